# What the program says about city profiles: the store, rounds, migrations, imports, and the
# documents `workbook diff` and `workbook compare` write. City names, paths, ids and commands
# stay as they are.

## The store of city profiles.
profile-locked = the city "{ $city }" is open in another window or process ({ $path } is locked); close it there and try again (a command waits up to 10 seconds for it; --wait SECONDS waits longer)
# $place is file:line:column.
profile-corrupt =
    { $place }: cannot read this profile: { $problem }
    The file was not changed. Fix it by hand, or run `workbook city restore NAME` to go back to the newest good backup.
profile-bad-file = { $place }: cannot read this file: { $problem }
profile-newer-format = { $path } was written by a newer version of workbook (profile format { $found }; this version understands up to { $supported }); upgrade workbook to use it. The file was not changed.
profile-too-large = { $path } is { $size } bytes; profiles larger than { $limit } bytes are refused
profile-not-found = no city named "{ $name }"; `workbook city list` shows the cities, `workbook city new` adds one
profile-ambiguous = two profiles hold the city name "{ $name }": { $first } and { $second }; edit the `name` line in one of them (or move the one you do not need out of the folder) so that every city has its own name
profile-exists = a city named "{ $name }" already exists (names are compared ignoring case, character width and Unicode composition)
profile-file-taken = the file { $path } already holds another city ("{ $other }"); rename the new city slightly
profile-read-only = the city "{ $city }" is open read-only; its answers cannot be saved from here
profile-no-backup = no readable backup of "{ $name }" was found next to { $path }; nothing was changed
profile-self-check = could not save { $path }: the written file did not read back the same ({ $detail }); nothing was replaced and the answers are still in memory
profile-self-check-bytes = the bytes on disk differ from the bytes written
profile-self-check-profile = the profile did not read back the same
profile-serialize = could not write the profile: { $cause }
# $action is one of the profile-io- messages below, $cause what the system said.
profile-io = { $action } { $path }: { $cause }
profile-io-read = cannot read
profile-io-read-back = cannot read back
profile-io-open = cannot open
profile-io-open-lock = cannot open lock file
profile-io-create-temporary = cannot create a temporary file in
profile-io-write = cannot write
profile-io-replace = cannot replace
profile-io-move-aside = cannot move aside
profile-io-rotate-backup = cannot rotate backup
profile-io-back-up = cannot back up
profile-io-sync-folder = cannot sync folder
profile-io-create-folder = cannot create folder
profile-io-list = cannot list
profile-io-lock = cannot lock
profile-not-utf8 = the file is not valid UTF-8 text
profile-no-format = no `format = 1` line: this does not look like a workbook city profile
profile-bad-time = `{ $text }` is not a time with a UTC offset, such as 2026-03-01T10:15:00Z ({ $cause })

## City names.
profile-name-empty = a city name cannot be empty
# $code is the character's code point (U+0007), $position its place in the name (1 is the first).
profile-name-control = a city name cannot contain control characters (found { $code }, character { $position })
# $what is one of the profile-name- kinds of character below.
profile-name-invisible = a city name cannot contain { $code } (character { $position }), { $what }: it shows as nothing, so two different names would look the same. Type the name with visible letters, marks, digits, punctuation, symbols and ordinary spaces only.
profile-name-too-long = a city name can have at most { $most } characters
profile-name-format-character = an invisible format character (a zero-width space or joiner, a direction mark or the like)
profile-name-separator = a line or paragraph separator
profile-name-unassigned = a code point with no character assigned to it
profile-name-variation-selector = a variation selector, which only changes how the character before it is drawn
profile-name-blank-filler = a blank filler character

## Rounds: a city's yearly cycle, each closed under a name such as 2026.
profile-round-nothing = { $city } has no answers yet, so there is nothing to close; answer some questions first
profile-round-taken = { $city } already has a round named "{ $label }"; give the new one another name, for example --label "{ $label }-b"
# $why is one of the profile-round-label- messages.
profile-round-bad-label = round name "{ $label }" { $why }; write a short name such as 2026 or "2026 review"
profile-round-label-empty = is empty
profile-round-label-spaces = starts or ends with a space
profile-round-label-long = is longer than 40 characters
profile-round-label-control = holds a control character
profile-round-label-current = is kept for the open round
profile-round-unknown = { $city } has no round "{ $label }"; its rounds are: { $known }
profile-round-unknown-none = { $city } has no round "{ $label }"; its rounds are: none yet (close one with `workbook round close`)
profile-diff-no-round = { $city } has no closed round yet, so there is nothing to compare its answers with

## Answers.
profile-answer-bad-key = `{ $key }` does not name a question; write WORKBOOK.QUESTION, for example mapping.threats
profile-answer-unknown-workbook = no workbook `{ $workbook }`; the loaded workbooks are: { $known }
profile-answer-unknown-question = workbook `{ $workbook }` has no question `{ $question }`; its questions are: { $known }
# $question is workbook.question, as commands name it.
profile-resolve-no-answer = { $question } has no answer
profile-resolve-no-note = the answer to { $question } has no note to resolve
profile-resolve-no-kept = there is no kept answer { $kept }; the answer has { $count } note(s)
profile-resolve-nothing-kept = note { $note } keeps no answer to use; it asks you to check the current one
# How much of the workbooks a city works through.
profile-track-full = full workbooks
profile-track-core = core track

## Migrations: what `workbook migrate` did to a city's answers when a workbook changed.
profile-migrate-not-renamed = not renamed to `{ $to }`: that question is already answered; the old answer is kept as it is
profile-migrate-renamed = question `{ $from }` renamed to `{ $to }`
profile-migrate-choice-renamed = choice `{ $from }` renamed to `{ $to }`
profile-migrate-choice-retired = choice `{ $from }` was retired; kept as "other" text
profile-migrate-moved = answer moved from `{ $from }` to `{ $to }`
profile-migrate-moved-orphan = answer moved from `{ $from }` to `{ $to }` (not asked by any loaded workbook)
profile-migrate-converted = answer converted to the question's new choices
# $before and $after are the answer as stored before and after, in words.
profile-migrate-normalised = stored `{ $before }` as `{ $after }`
# Where a moved answer came from, in profile-note-kept-earlier and profile-note-kept-moved;
# $workbook is the workbook's title.
profile-migrate-earlier-question = an earlier question in the "{ $workbook }" workbook
profile-orphan-no-workbook = no workbook `{ $workbook }` is loaded
profile-orphan-no-question = workbook `{ $workbook }` (version { $version }) has no question `{ $question }`

## Notes kept with an answer, which the user reads and resolves: written once, in the language
## spoken when they are made.
profile-note-kept-earlier = Earlier answer to this question, kept because the answer moved here from { $source } is newer and differs
profile-note-kept-moved = Answer to { $source }, kept beside this newer one because they differ
# $note is the workbook's note about the change; $earlier the answer before it was converted.
profile-note-earlier-answer = { $note } (the earlier answer was: { $earlier })
profile-note-kept-local = Answer this machine had, kept because the imported one is newer and differs
profile-note-kept-incoming = Answer from the imported file, kept beside this newer one because they differ

## `workbook diff`: what changed between two rounds of a city, as a markdown document.
profile-diff-title = { $city }: what changed from { $from } to { $to }
# $from and $to are profile-diff-closed or profile-diff-open-since.
profile-diff-nothing = Nothing changed between { $from } and { $to }.
# $start is $from with a capital letter, to start the sentence.
profile-diff-compared = { $start } compared with { $to }.
# $later is $from with a capital letter, to start the sentence.
profile-diff-backwards = { $later } is the later round, so this reads back in time: "added" is what only { $to } has, "removed" what only { $from } has.
profile-diff-current-round = the current round
profile-diff-round = round { $label }
# $round is profile-diff-current-round or profile-diff-round; $date is written 2026-03-31.
profile-diff-closed = { $round } (closed { $date })
profile-diff-open-since = { $round } (open since { $date })
# In column headings: "Status now", "Status in 2026".
profile-diff-now = now
profile-diff-in = in { $label }
profile-diff-answers = Answers
# $counts lists the profile-diff-count- messages: "1 added, 2 changed".
profile-diff-counts = { $counts }.
profile-diff-count-added = { $count } added
profile-diff-count-changed = { $count } changed
profile-diff-count-removed = { $count } removed
# One line per answer: $label is the question, in bold.
profile-diff-added = **{ $label }** (added): { $value }
profile-diff-removed = **{ $label }** (removed): was { $value }
profile-diff-changed = **{ $label }** (changed): was { $before }; now { $after }
# $changes lists the profile-diff-items- messages, separated by semicolons.
profile-diff-changed-items = **{ $label }** (changed): { $changes }
profile-diff-items-added = added { $items }
profile-diff-items-removed = removed { $items }
profile-diff-items-changed = changed { $items }
profile-diff-items-reordered = the same, in another order
# Between the changes of one answer: "2 rows → 3 rows; added Hold a forum".
profile-diff-separator = {"; "}
profile-diff-actions = Actions
profile-diff-actions-intro = Actions of every action table whose status changed, and actions new or gone.
profile-diff-column-action = Action
# $when is profile-diff-now or profile-diff-in.
profile-diff-column-status = Status { $when }
profile-diff-column-note = Progress note
profile-diff-no-status = no status
profile-diff-not-listed = not listed
profile-diff-gone = removed
profile-diff-indicator-not-listed = not listed
profile-diff-indicator-gone = removed
profile-diff-indicators = Indicators against target
profile-diff-column-indicator = Indicator
profile-diff-column-baseline = Baseline
profile-diff-column-target = Target
profile-diff-column-latest = Latest value { $when }
profile-diff-column-reached = Target reached { $when }
profile-diff-reached = yes
profile-diff-not-reached = not yet
# A table row with no text in its key column, named by its place: "row 3".
profile-row = row { $row }

## `workbook compare`: cities side by side, a table for a regional hub.
profile-compare-city = City
profile-compare-country = Country
profile-compare-actions = Actions
# Rows of a table answer, in a cell.
profile-compare-entries = { $count } entries
# The share of questions answered, then answered of relevant: 80% (12/15).
profile-compare-progress = { $percent }% ({ $answered }/{ $relevant })
profile-compare-last-round = Last round
profile-compare-closed = Closed
profile-compare-answered-then = Answered then
profile-compare-answered-now = Answered now
profile-compare-answers-changed = Answers changed
profile-compare-actions-done = Actions done
profile-compare-actions-late = Actions late
profile-compare-actions-dropped = Actions dropped
profile-compare-indicators-reached = Indicators reached
profile-compare-none-closed = none closed
# Indicators reached: 2 of 3.
profile-compare-of = { $part } of { $total }
