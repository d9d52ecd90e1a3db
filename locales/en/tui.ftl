# The guided interface: screens, keys, notes.

tui-quit-not-saved = NOT saved: fix the problem shown and quit again, or quit again to leave without saving

## The frame: header, banners.
tui-window-too-small = Enlarge the window: at least { $min } is needed (now { $now }).
tui-demo-banner = DEMO: a fictional city for training (workbook demo --reset starts over)
tui-read-only = read-only: another window is editing this city
tui-header-all-questions = all questions
tui-header-read-only = read-only
tui-header-saved = saved
tui-header-unsaved = unsaved changes
tui-header-not-saved = NOT saved (retrying)

## Notes on the message line, under the screen.
tui-can-edit-now = you can edit this city now
tui-save-failed = NOT saved: { $error }. Your answers are kept and saving is retried.
tui-lock-freed = the other window has closed this city: press F2 to edit here
tui-still-locked = another window still has this city open; it can be edited here once that window closes
tui-kept-draft = kept as a draft (not valid yet): { $problem }
tui-notes-resolved = notes resolved
tui-nothing-carried = nothing carried over from the last round to keep here
tui-kept-this-round = kept as this round's answer
tui-showing-all = showing all questions
tui-showing-for = { $role ->
    [mayor] { $track ->
        [core] showing the questions for a mayor on the core track
       *[full] showing the questions for a mayor
    }
   *[official] { $track ->
        [core] showing the questions for an official on the core track
       *[full] showing the questions for an official
    }
}
tui-english-only = the workbooks come in English only
tui-language-now = { $language } (l: next language)
tui-theme-projector = projector colours: high contrast (v: back to normal)
tui-theme-normal = normal colours (v: projector)
tui-now-core = { $count ->
    [one] now on the core track: { $count } question; your other answers are kept
   *[other] now on the core track: { $count } questions; your other answers are kept
}
tui-now-full = now on the full workbooks
tui-end-of-workbook = end of the workbook: here is every answer
tui-required-all-answered = every required question shown is answered
tui-workbook-empty = this workbook has no questions
tui-open-city-first = open a city first

## Before and after the interface runs.
tui-error-terminal = cannot use the terminal
tui-error-signals = cannot watch for signals
tui-farewell-saved = Saved { $city }. Resume: { $command }
tui-farewell-read-only = Closed { $city } (read-only; nothing was changed here). Resume: { $command }
tui-plan-written = { $edition } written to { $path }
tui-plan-not-written = the plan was NOT written: { $error }
tui-demo-failed = cannot open the demo city: { $error }
tui-cannot-edit-yet = cannot edit here yet: { $error }

## Names of the city's role and track, the plan's editions, yes and no.
tui-role-mayor = mayor
tui-role-official = official
tui-track-full = full workbooks
tui-track-core = core track
tui-edition-public = Public edition
tui-edition-council = Council edition
tui-edition-restricted = Restricted edition
tui-yes = Yes
tui-no = No

## The home screen: the city's workbooks.
tui-home-continue-where = Continue where you left off: { $workbook }
tui-home-continue = Continue: { $workbook }
tui-home-start = Start with the first workbook
tui-home-required-open = { $count } required open
tui-home-required-done = required done
# When a workbook's answers last changed: a date and time (2026-11-30 14:02).
tui-home-edited = edited { $when }
tui-home-not-started = not started

## The question screen.
tui-unclear = The stored answer `{ $answer }` is kept as it is: { $why }. Answer again to replace it.
tui-no-round-yet = no round was closed yet: every answer is this round's
tui-kept-last-dropped = kept last round's answer ({ $round }); what you typed here was dropped
tui-last-round-empty = last round ({ $round }) had no answer here: nothing to keep
tui-already-kept = already kept: this is last round's ({ $round }) answer
tui-changed-this-round = changed this round; give { $round }'s answer again to go back to it
tui-no-answer-this-round = no answer this round; give { $round }'s answer again to keep it
tui-no-note = this answer has no note to resolve
tui-resolve-keep = Keep the current answer and close the notes
tui-resolve-use = Use the kept answer instead: { $answer }
tui-resolve-title = Resolve the notes (Enter: choose, Esc: not now)
# F5: the question's id and the command that sets its answer (keep the command as it is;
# VALUE stands for the answer).
tui-question-id = Question id: { $id } — workbook answer set --city { $city } { $id } VALUE
tui-question-id-city = NAME
# A note on an answer: what happened, and the answer it keeps (with the day it was given).
tui-note-kept = { $note } (kept: { $answer })
tui-note-kept-on = { $note } (kept: { $answer }, { $date })
## Where the user is, above the question.
tui-q-position = Question { $number } of { $total }
tui-q-position-short = Q { $number }/{ $total }
tui-q-follow-up = follow-up
tui-q-section = section { $number }/{ $count }
tui-q-section-titled = section { $number }/{ $count }: { $title }
tui-q-required = required
tui-q-shared = shared with { $workbook }: one answer for both
tui-q-not-applicable = does not apply (earlier answers)
tui-q-notes = { $count ->
    [one] This answer has a note to check (F3 resolves):
   *[other] This answer has { $count } notes to check (F3 resolves):
}
## How to answer, on the editor's frame.
tui-hint-short-text = one line
tui-hint-long-text = text · Enter: new line
tui-hint-single-choice = pick one · Space
tui-hint-multi-choice = pick any · Space
tui-hint-yes-no = y / n
tui-hint-scale = ← → or a digit
tui-hint-integer = whole number (e.g. 1234)
tui-hint-integer-unit = whole number ({ $unit }, e.g. 1234)
tui-hint-number = number ({ $format })
tui-hint-number-unit = number ({ $unit }, { $format })
tui-number-point = decimal point: 1234.5
tui-number-comma = decimal comma: 1234,5
tui-hint-date = date YYYY-MM-DD
tui-hint-list = list · a add · Enter edit · d delete · i import a spreadsheet
tui-hint-table = table · a add row · Enter edit or pick · i import a spreadsheet
## The guidance or a city's example, under the editor.
tui-guidance-title = Guidance
tui-guidance-title-example = Guidance (F4: a city's example)
tui-example-title = Example (F4: guidance)
tui-example-none = No city example for this question.
tui-example-source = Source: { $source }

## Rounds: last round's answers beside this round's. A round is named by its label (2026).
tui-needs-attention = needs attention: `{ $answer }` is kept as it is
tui-round-carried = From { $round }: keep it ({ $key }) or change it
tui-round-kept = Kept from last round ({ $round }): the same answer
tui-round-last = Last round ({ $round }):
tui-tally-since = Since { $round }:
tui-tally-to-confirm = { $count } to confirm
tui-tally-none = no answers
tui-tally-all-confirmed = all confirmed
tui-tally-kept = { $count } kept
tui-tally-changed = { $count } changed
tui-tally-new = { $count } new
tui-tally-cleared = { $count } cleared
tui-filter-all = all answers
tui-filter-to-confirm = to confirm
tui-filter-changed = changed since { $round }

## The review: every answer of a workbook.
# $filter is empty, or what the list shows in brackets with a space before: " (to confirm: 3)".
tui-review-head = Review{ $filter }: { $workbook } · { $answered }/{ $total } answered · { $open } required open
tui-review-nothing-to-confirm = Nothing to confirm: no answer carried over from { $round } is waiting.
tui-review-nothing-changed = Nothing changed since { $round }.
tui-review-required = required
tui-review-kept-not-applicable = { $answer } (kept; does not apply)
tui-review-not-applicable = does not apply
tui-review-draft-only = draft only: not yet a valid answer
tui-review-not-answered = not answered
tui-review-to-confirm = from { $round }, to confirm:
tui-review-changed = changed:
# Last round's answer beside one that changed, in brackets.
tui-review-before = { $round }: { $answer }
tui-review-filter-count = { $filter }: { $count }

## The outline: every section and question of a workbook.
tui-outline-title = Outline of { $workbook }
tui-outline-none-applies = no question of this section applies yet
tui-outline-not-applicable = does not apply
# What the marks before each question mean, from the widest to the narrowest; the first that
# fits the window is shown. Keep the marks (✓ ↻ ! ·) as they are.
tui-outline-legend = ✓ answered   ! required, not answered   · not answered
tui-outline-legend-short = ✓ answered  ! required  · open
tui-outline-legend-round = ✓ answered  ↻ from { $round }, to confirm  ! required, not answered  · not answered
tui-outline-legend-round-short = ✓ answered  ↻ to confirm  ! required  · open
tui-outline-legend-round-shortest = ✓ done ↻ to confirm ! required · open
## Search.
tui-search-label = Search:
tui-search-placeholder = type to search
tui-search-empty = Type words from a question, its guidance or an answer.
tui-search-nothing = Nothing found.
# Where a search found the words.
tui-search-in-question = question
tui-search-in-guidance = guidance
tui-search-in-answer = answer

## Picking or creating the city.
tui-city-which = Which city are you working on?
tui-city-demo = Try the demo city (fictional, for training)
tui-city-new = New city
tui-city-new-title = A new city
tui-city-intro-first = Answers are saved per city. Esc: try the demo city instead.
tui-city-intro = Answers are saved per city. Your role chooses which questions are shown.
# The form's labels sit in a column of their own: keep them short.
tui-city-field-name = City name
tui-city-field-country = Country
tui-city-field-role = Your role
tui-city-field-numbers = Numbers
tui-city-name-placeholder = for example Riverton
tui-city-country-placeholder = optional
tui-city-role-mayor = Mayor
tui-city-role-official = City official
# m and o are keys: they stay m and o in every language.
tui-city-role-hint = Space or ←→ changes the role (m: mayor, o: official)
tui-city-numbers-hint = Space or ←→ changes how numbers are written
tui-city-form-keys = Tab: next field · Space or ←→: change role/numbers · Enter: create · Esc: back
tui-city-name-missing = type the city's name first

## The plan preview, and writing the plan to a file.
tui-plan-head-public = Plan preview: public edition, fit for publication (e: edition)
tui-plan-head-council = Plan preview: council edition, not for publication (e: edition)
tui-plan-head-restricted = Plan preview: restricted edition, holds personal data (e: edition)
tui-plan-write-public = Write the public edition as
tui-plan-write-council = Write the council edition as
tui-plan-write-restricted = Write the restricted edition as
tui-plan-format-markdown = Markdown, for editing as text
tui-plan-format-html = HTML, for the browser and for printing
tui-plan-format-docx = Word, to finish in a word processor
# A format the plan can be written in, and the file it is written to.
tui-plan-format-file = { $format }: { $file }
tui-plan-replace-title = Replace the file?
tui-plan-file-exists = { $file } already exists in this folder.
# y, n and Esc are keys: they stay as they are.
tui-plan-replace-keys = y: replace it   n or Esc: keep it
tui-plan-file-kept = the file was kept as it is

## Answer editors.
# How a date is typed (year, month, day), in the letters of the language's words for them.
tui-date-placeholder = YYYY-MM-DD
tui-choice-other = Other:
tui-choice-other-placeholder = say what
# What a list holds when its question names nothing better.
tui-list-item = item
tui-list-empty = No { $item } yet. Press a to add one.
tui-scale-none = no point picked yet
tui-table-leave-empty = (leave empty)
tui-table-empty = No rows yet. Press a to add one.
tui-table-hint-typing = Enter confirms · Esc cancels
tui-table-hint-pick = Enter: pick from the list
tui-table-hint-edit = Enter: edit
# The cell shown in full under a table: its column, and the row's number.
tui-table-cell = { $column } · row { $row }

## The help overlay (F1).
tui-help-editing = Editing text
tui-help-editing-same = (the same in every field)
tui-help-mouse = Mouse
tui-help-mouse-does = select text to copy it (a link, an answer); clicks and the wheel do nothing here
tui-help-title-scroll = Keys (↑↓ scroll, Esc closes)
tui-help-title = Keys (Esc closes)
## How many lines or rows are out of sight above or below (after an arrow).
tui-more-above = ↑ { $count } more
tui-more-below = ↓ { $count } more
tui-more-both = ↑ { $above } more · ↓ { $below } more

## What the editing keys do, in the help of a text field.
tui-edit-line-start = start of the line
tui-edit-line-end = end of the line
tui-edit-word-back = a word back
tui-edit-word-forward = a word forward
tui-edit-delete-to-start = delete to the start of the line
tui-edit-delete-to-end = delete to the end of the line
tui-edit-delete-word-before = delete the word before the cursor
tui-edit-delete-word-after = delete the word after the cursor
tui-edit-delete-char = delete the character under the cursor

## The footer: a word or two for each key shown (keep them short).
tui-footer-create = create
tui-footer-write = write
tui-footer-edit = edit
tui-footer-done = done
tui-footer-open = open
tui-footer-quit = quit
tui-footer-help = help
tui-footer-back = back
tui-footer-next = next
tui-footer-previous = previous
tui-footer-outline = outline
tui-footer-review = review
tui-footer-plan = plan
tui-footer-write-file = write file
tui-footer-edition = edition
tui-footer-yes = yes
tui-footer-no = no
tui-footer-continue = continue
tui-footer-track = track
tui-footer-projector = projector
tui-footer-language = language
tui-footer-add = add
tui-footer-delete = delete
tui-footer-pick = pick
tui-footer-move-up = move up
tui-footer-move-down = move down
tui-footer-move = move
tui-footer-keep = keep
tui-footer-filter = filter
tui-footer-import = import
tui-footer-read = read
tui-footer-complete = complete
tui-footer-merge = add to
tui-footer-replace = replace

## The help: what each key does.
tui-key-quit = save and quit
tui-key-take-edit = edit here once the other window has closed this city
tui-key-resolve = resolve the notes on this answer
tui-key-show-id = show the question's id, for `answer set` and scripts
tui-key-keep-last = keep last round's answer as this round's, unchanged
tui-key-help = help: every key
tui-key-back = back / close
tui-key-next-short = next question (a short answer)
tui-key-next = next question
tui-key-prev = previous question
tui-key-outline-jump = outline: jump to any section or question
tui-key-outline = outline of the workbook
tui-key-next-required = go to the next unanswered required question
tui-key-search = search questions, guidance and answers
tui-key-review-all = review every answer of this workbook
tui-key-review = review the highlighted workbook
tui-key-plan = preview the action plan
tui-key-filter = show every answer, those still to confirm this round, or those changed since the last round
tui-key-write-plan = write the plan to a file: markdown, HTML or Word
tui-key-edition = show the public, council or restricted edition
tui-key-yes-replace = yes, replace the file
tui-key-no-keep = no, keep the file
tui-key-audience = show all questions / only those for your role
tui-key-example = show or hide a city's example
tui-key-save = save now
tui-key-track = switch between the core track and the full workbooks
tui-key-theme = projector colours (high contrast) / normal colours
tui-key-language = language of the interface and the workbooks: English, français, español, العربية
tui-key-continue = continue where you left off
tui-key-new-city = create a new city
tui-key-demo = try the demo city: fictional, for training
tui-key-scroll-up = scroll the guidance up
tui-key-scroll-down = scroll the guidance down
tui-key-select = open / edit / confirm
tui-key-toggle = pick / unpick
tui-key-toggle-cell = edit a cell, or open the list of a choice cell
tui-key-add = add an item or row
tui-key-delete = delete the item or row
tui-key-clear = clear the answer
tui-key-move-item-up = move the item or row up
tui-key-move-item-down = move the item or row down
tui-key-next-field = next field / cell
tui-key-prev-field = previous field / cell
tui-key-up = move up
tui-key-down = move down
tui-key-left = move left / lower point
tui-key-right = move right / higher point
tui-key-page-up = page up
tui-key-page-down = page down
tui-key-first = first item
tui-key-last = last item
tui-key-import = fill the table or list from a spreadsheet (CSV, Excel, OpenDocument)
tui-key-complete = complete the file or folder name
tui-key-import-read = read the file and show what it would change
tui-key-import-save = save: the answer takes the rows shown
tui-key-import-merge = add the rows to those already in the answer
tui-key-import-replace = replace the answer's rows with the file's
tui-key-import-next-sheet = read the workbook's next sheet
## Importing a spreadsheet into a table or list answer (i on the question).
tui-import-title = Import from a spreadsheet
tui-import-path-prompt = The file to import (CSV, Excel or OpenDocument), from { $folder }:
tui-import-path-placeholder = path of the file; Tab completes
tui-import-path-empty = Type the path of the file to import, then Enter.
tui-import-no-match = Nothing in that folder starts with this: only folders and spreadsheet files are offered.
tui-import-more = … and { $count } more
tui-import-cancelled = Nothing was imported.
tui-import-sheet = { $file }, sheet { $sheet }
tui-import-sheet-of = { $file }, sheet { $sheet } ({ $number } of { $count }; Tab reads the next)
tui-import-read = { $rows ->
    [one] 1 row read: { $accepted } can be imported, { $rejected } left out.
   *[other] { $rows } rows read: { $accepted } can be imported, { $rejected } left out.
}
tui-import-empty-answer = The answer is empty: these rows become its rows. Enter saves.
tui-import-unclear = The stored answer could not be read: importing replaces it. Enter saves.
tui-import-merge-chosen = Added to the answer's { $stored ->
    [one] row
   *[other] { $stored } rows
}: { $added } new, { $updated } updated, { $unchanged } unchanged. Enter saves; r replaces them instead.
tui-import-replace-chosen = { $stored ->
    [one] The answer's row is
   *[other] The answer's { $stored } rows are
} replaced by { $count ->
    [one] this one
   *[other] these { $count }
}. Enter saves; m adds to them instead.
tui-import-nothing-stored = The answer is empty: the rows are simply added.
tui-import-ignored = Columns not used: { $headers }
tui-import-new-rows = { $count ->
    [one] 1 new row
   *[other] { $count } new rows
}
tui-import-rows-after = { $count ->
    [one] The answer's row after the import
   *[other] The answer's { $count } rows after the import
}
tui-import-updated-rows = { $count ->
    [one] 1 row updated
   *[other] { $count } rows updated
}
tui-import-left-out = { $count ->
    [one] 1 row left out
   *[other] { $count } rows left out
}
tui-import-nothing = No row of this sheet can be imported: see why below, or Esc to choose another file.
tui-import-merged = Imported from { $file }: { $added ->
    [one] 1 new row
   *[other] { $added } new rows
}, { $updated } updated.
tui-import-replaced = { $count ->
    [one] Imported 1 row from { $file }.
   *[other] Imported { $count } rows from { $file }.
}
tui-import-no-matching-column = No column of { $sheet } matches this question's columns ({ $expected }). Name the headers after them, in any language of the program, or read another sheet or file.
tui-import-list-column = { $sheet } has several columns ({ $headers }) and none is named after this list: name the column that holds the items after the question, or read another sheet or file.
tui-import-same-column-twice = { $sheet }: columns { $first } and { $second } both fill { $column }; remove one from the sheet, then read it again.
tui-import-unchanged = Nothing to change: the answer already has every row of { $file }.
tui-import-cell = { $column }: { $value }
