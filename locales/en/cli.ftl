# What the command line says: help, usage errors, what each command prints.
#
# Help: `cli-PATH-about` is a command's one-line description (PATH is the command's words,
# `city-new`; `cli-about` is the program's own), `cli-PATH-after-help` its examples,
# `cli-PATH-arg-ID` an option's or argument's help (`cli-arg-ID` for the global options and
# --wait/--no-wait), `cli-value-ARG-VALUE` the help of one value of an option. Keep commands,
# options, values, file names and examples' command lines as they are; translate the words
# around them and the comments after `#` in the examples.

## The program

cli-about = Guided workbooks for cities preventing and responding to hate, extremism and polarisation
cli-long-about = Walks mayors and city officials through guided workbooks (mapping, strategy, prevention, response to attacks, coordination), saves every answer to a profile per city, and turns the answers into an action plan.
cli-after-help =
    Examples:
      workbook list
      workbook list --questions mapping      # question ids, for answer set
      workbook validate my-workbooks/
      workbook --workbooks ./my-workbooks list
cli-arg-data-dir = Folder holding city profiles [default: the platform's data directory]
cli-arg-workbooks = Extra folder of workbooks, layered over the built-in ones by id (repeatable; later wins)
cli-arg-theme = Colours of the guided interface: projector is high contrast for a room [default: the config file's `theme`, else default]
cli-value-theme-default = Colours on the terminal's own background
cli-value-theme-projector = High contrast for a projector: white on black, bold emphasis, reverse selection
cli-arg-lang = Language of the workbooks' questions, guidance and choices: en, fr, es or ar (a BCP 47 tag) [default: the config file's `lang`, else the system locale (LC_ALL, LC_MESSAGES, LANG)]. With `city new` and `city edit`, the language of the city's plan; with `validate` and `translate`, the translation to check or fill in

cli-validate-about = Check workbook files and report every problem, like a compiler
cli-validate-after-help =
    Examples:
      workbook validate                 # every workbook the program would load
      workbook validate mine.toml       # one file
      workbook validate --strict dir/   # warnings fail too
      workbook validate --lang fr       # ./workbooks and ./workbooks/i18n/fr
      workbook validate --lang es my-workbooks/
cli-validate-arg-paths = Workbook files or folders of them [default: every workbook the program would load]
cli-validate-arg-strict = Treat warnings (such as a question without guidance) as errors
cli-validate-arg-json = Print the problems as JSON

cli-translate-about = Print a translation file to fill in: the entries of one workbook (or the glossary) that are missing or stale in a language, with the English beside each
cli-translate-after-help =
    Examples:
      workbook translate --lang fr mapping     # what its French lacks
      workbook translate --lang fr glossary
      workbook translate --lang es my-workbooks/local.toml
      # a first translation, to fill in, then check:
      workbook translate --lang fr strategy > workbooks/i18n/fr/strategy.toml
      workbook validate --lang fr
cli-translate-arg-workbook = A workbook of `./workbooks` by id (`mapping`, or `glossary` for the shared glossary), or the path of an English workbook file

cli-list-about = List the workbooks the program loads, and where each comes from; or one workbook's questions (--questions)
cli-list-after-help =
    Examples:
      workbook list
      workbook list --json
      workbook --workbooks ./mine list
      workbook list --questions mapping          # question ids for `answer set`
      workbook list --questions mapping --json
cli-list-arg-json = Print the list as JSON
cli-list-arg-questions = List this workbook's questions instead: id, kind and prompt, by section, follow-ups under the question they follow (with --json: also section, parent and audience)

cli-city-about = Create, list, show, rename, delete and restore city profiles
cli-city-after-help =
    Examples:
      workbook city new "São Paulo" --country Brazil --role mayor
      workbook city list
      workbook city show "São Paulo" --json
      workbook city restore "São Paulo"

cli-city-new-about = Create a city profile
cli-city-new-after-help =
    Examples:
      workbook city new Lyon --country France --role official
      workbook city new "São Paulo" --role mayor --json
cli-city-new-arg-name = The city's name, any text (it is never used as a file name as is)
cli-city-new-arg-role = Who will answer: shows the questions written for this role
cli-city-new-arg-number-format = How the city writes decimals: point (12.5) or comma (12,5) [default: from the system locale (LC_ALL, LC_NUMERIC, LANG)]
cli-value-number-format-point = 1234.5
cli-value-number-format-comma = 1234,5
cli-city-new-arg-track = Which questions to work through: the full workbooks, or the core track (about 30 questions across the five areas, for small towns and first workshops)
cli-value-track-full = Every question of the five workbooks
cli-value-track-core = About 30 questions across the five areas
cli-city-new-arg-currency = The currency the city's budgets are in, as the plan should write it ("EUR", "KES", "€")
cli-city-new-arg-json = Print the new city as JSON

cli-city-edit-about = Change a city's country, role, number format, track or currency
cli-city-edit-after-help =
    Examples:
      workbook city edit Lyon --number-format comma
      workbook city edit Lyon --role mayor --country France
      workbook city edit Lyon --track core
cli-city-edit-arg-number-format = How the city writes decimals: point (12.5) or comma (12,5)
cli-city-edit-arg-track = Which questions to work through: full or core (answers are kept either way)
cli-city-edit-arg-currency = The currency the city's budgets are in ("EUR", "KES", "€"); an empty text removes it
cli-arg-wait = If another window or process has the city open, wait up to SECONDS for it, then stop with exit code 3 [default: 10]
cli-arg-no-wait = Do not wait: stop at once with exit code 3 if another window or process has the city open
cli-arg-city = The city (its name, in any case)
cli-arg-json = Print the result as JSON, for scripts
cli-arg-country = The city's country (optional)

cli-city-list-about = List the cities
cli-city-list-after-help =
    Examples:
      workbook city list
      workbook city list --json

cli-city-show-about = Show a city: its details, progress, orphaned answers and pending migrations
cli-city-show-after-help =
    Examples:
      workbook city show Lyon
      workbook city show Lyon --json

cli-city-rename-about = Rename a city (names are compared ignoring case)
cli-city-rename-after-help =
    Examples:
      workbook city rename Lyon "Lyon Métropole"

cli-city-delete-about = Delete a city; its profile is kept as a backup that `city restore` brings back
cli-city-delete-after-help =
    Examples:
      workbook city delete Lyon          # asks first
      workbook city delete Lyon --yes
cli-city-delete-arg-yes = Do not ask for confirmation

cli-city-restore-about = Put back the newest readable backup of a city's profile
cli-city-restore-after-help =
    Examples:
      workbook city restore Lyon

cli-answer-about = Set, read, clear, import and export a city's answers
cli-answer-after-help =
    Examples:
      workbook answer set --city Lyon mapping.has_mapped yes
      workbook answer get --city Lyon mapping.has_mapped
      workbook list --questions mapping      # the question ids
      workbook answer export --city Lyon > answers.toml

cli-answer-set-about = Set an answer, validated exactly as in the interactive workbook
cli-answer-set-after-help =
    Value forms:
      text, date, number, scale, yes/no, single choice: the value as given
      list, multiple choice: items separated by ; (or one item per argument)
      table: rows separated by ;, cells by , as column=value (or one row per argument)
      escapes in the split forms: \; \, \= \\ and \n (line break)
      --json VALUE: a JSON value; - reads the value from standard input
      a value that starts with - (other than a number): put -- before it

    Examples:
      workbook answer set --city Lyon mapping.review_owner "Prevention Coordinator"
      workbook answer set --city Lyon mapping.threats "hate_incidents; extremism"
      workbook answer set --city Lyon mapping.stakeholders "name=Youth council, role=Advice; name=Police"
      workbook answer set --city Lyon mapping.threats --json '["hate_incidents"]'
      cat notes.txt | workbook answer set --city Lyon mapping.last_mapping_findings -
cli-answer-set-arg-key = WORKBOOK.QUESTION, for example mapping.threats
cli-answer-set-arg-values = The value (see below), several values for a list or table, or - to read standard input
cli-answer-set-arg-json = The value is JSON (string, number, true/false, array of strings, array of objects)
cli-answer-set-arg-other = Free text for an "other" choice

cli-answer-get-about = Print an answer; a list or table on one line in the form `answer set` reads, so it can be pasted back
cli-answer-get-after-help =
    Examples:
      workbook answer get --city Lyon mapping.threats
      workbook answer get --city Lyon mapping.stakeholders --json
      workbook answer set --city Gent mapping.stakeholders "$(workbook answer get --city Lyon mapping.stakeholders)"

cli-answer-clear-about = Remove an answer
cli-answer-clear-after-help =
    Examples:
      workbook answer clear --city Lyon mapping.threats

cli-answer-resolve-about = Resolve the notes on an answer: keep the answer, or use an answer a note keeps
cli-answer-resolve-after-help =
    Examples:
      workbook answer get --city Lyon strategy.mandate_basis     # shows the notes, numbered
      workbook answer resolve --city Lyon strategy.mandate_basis            # keep the current answer
      workbook answer resolve --city Lyon strategy.mandate_basis --use 1    # use the answer note 1 keeps
cli-answer-resolve-arg-use-kept = Use the answer kept by this note (as numbered by `answer get`) instead of the current one

cli-answer-confirm-about = Keep answers carried over from the last round as this round's answers, unchanged
cli-answer-confirm-after-help =
    Examples:
      workbook answer confirm --city Lyon mapping.threats
      workbook answer confirm --city Lyon mapping.threats mapping.stakeholders
cli-answer-confirm-arg-keys = WORKBOOK.QUESTION (one or more)

cli-answer-import-about = Import answers from a TOML file shaped like `answer export` output, or one table or list answer from a spreadsheet
cli-answer-import-after-help =
    Examples:
      workbook answer export --city Lyon > answers.toml
      workbook answer import --city Lyon answers.toml
      workbook answer import --city Lyon mapping.stakeholders partners.xlsx --merge
      workbook answer import --city Lyon mapping.stakeholders list.csv --map "Org type=sector" --replace
cli-answer-export-about = Print a city's answers as TOML, in the shape the profile stores, or write one table or list answer as a spreadsheet
cli-answer-export-after-help =
    Examples:
      workbook answer export --city Lyon
      workbook answer export --city Lyon -o answers.toml
      workbook answer export --city Lyon mapping.stakeholders -o stakeholders.xlsx
cli-answer-export-arg-output = Write to this file instead of standard output

cli-round-about = Close the year's round of answers and open the next, or list a city's rounds
cli-round-after-help =
    Examples:
      workbook round close --city Lyon --dry-run
      workbook round close --city Lyon --label 2026
      workbook round list --city Lyon

cli-round-close-about = Freeze the city's answers as a named round (read-only from then on) and open the next round with every answer carried over, marked "confirm or update"
cli-round-close-after-help =
    Examples:
      workbook round close --city Lyon --dry-run      # what would happen
      workbook round close --city Lyon                # named after the year
      workbook round close --city Lyon --label "2026 review"
cli-round-close-arg-city = The city (its name, in any case)
cli-round-close-arg-label = The round's name [default: the year, for example 2026]
cli-round-close-arg-dry-run = Say what would happen without saving

cli-round-list-about = The city's rounds, oldest first, with dates and progress, and the open round's review
cli-round-list-after-help =
    Examples:
      workbook round list --city Lyon
      workbook round list --city Lyon --json
cli-round-list-arg-city = The city (its name, in any case)

cli-diff-about = What changed between two rounds of a city: answers added, changed and removed, actions whose status changed, indicators against target
cli-diff-after-help =
    Examples:
      workbook diff --city Lyon                         # the last closed round against now
      workbook diff --city Lyon --from 2025 --to 2026
      workbook diff --city Lyon --format json
      workbook diff --city Lyon -o changes.md           # written atomically
      workbook round list --city Lyon                   # the rounds' names
cli-diff-arg-city = The city whose rounds to compare (its name, in any case)
cli-diff-arg-from = The earlier round: a closed round's name, or `current` [default: the last closed round]
cli-diff-arg-to = The later round: a closed round's name, or `current` for the open round
cli-diff-arg-output = Write to this file (atomically) instead of standard output

cli-progress-about = Each workbook's answered, relevant and required counts for a city
cli-progress-after-help =
    Examples:
      workbook progress --city Lyon
      workbook progress --city Lyon --json

cli-migrate-about = Carry a city's answers forward to newer workbook versions
cli-migrate-after-help =
    Examples:
      workbook migrate --city Lyon --dry-run   # show what would change
      workbook migrate --city Lyon             # apply and save
cli-migrate-arg-dry-run = Show what would change without saving

cli-export-about = Write a city to a single bundle file, to move it to another machine or colleague
cli-export-after-help =
    Examples:
      workbook export --city Lyon -o lyon.workbook.toml
      workbook export --city Lyon > lyon.workbook.toml
      workbook export --city Lyon --format xlsx -o lyon.xlsx --edition public
cli-export-arg-output = Write to this file instead of standard output

cli-import-about = Import a bundle; into an existing city it merges answer by answer, the newer change wins
cli-import-after-help =
    Examples:
      workbook import lyon.workbook.toml
      workbook import lyon.workbook.toml --json
      workbook import demo/demo-city.toml      # a profile file works too
cli-import-arg-file = A bundle written by `workbook export`, or a city profile file (such as the demo city)
cli-import-arg-json = Print the merge report as JSON

cli-open-about = Open the guided full-screen interface at a workbook, where the city left off
cli-open-after-help =
    Examples:
      workbook                               # pick a city, then a workbook
      workbook open mapping --city Lyon      # straight to where Lyon left off
      workbook open mapping --city Lyon --plain   # plain lines for screen readers
      workbook open mapping --city Lyon < answers.txt   # scripted, plain mode
      NO_COLOR=1 workbook open               # no colours
cli-open-arg-workbook = The workbook to open (an id from `workbook list`) [default: the home screen]
cli-open-arg-city = The city to work on [default: pick one on screen]
cli-open-arg-plain = Plain mode: questions as plain lines, answers read line by line (for screen readers and scripts); chosen automatically when input or output is not a terminal or TERM=dumb. :quit or Ctrl+C saves, says what was saved and how to resume

cli-demo-about = Open the demo city for training: a fictional city with partly complete answers, kept in a throwaway folder, never in your data folder
cli-demo-after-help =
    Examples:
      workbook demo            # the guided interface on the demo city
      workbook demo --reset    # throw away changes made in earlier demos
      workbook plan --demo     # the demo city's action plan
cli-demo-arg-reset = Start again from the pristine demo city, throwing away earlier demo changes
cli-demo-arg-plain = Plain mode (see `workbook open --help`)

cli-plan-about = Write a city's action plan as markdown, HTML or JSON
cli-plan-after-help =
    Examples:
      workbook plan --city Riverton                      # markdown on standard output
      workbook plan --city Riverton --format html -o plan.html
      workbook plan --city Riverton --format docx -o plan.docx   # Word, to finish the plan
      workbook plan --city Riverton --workbook mapping --audience mayor
      workbook plan --city Riverton --round 2026 --date 2026-12-15   # a closed round's plan
      workbook plan --print-template > my-plan.md.j2     # adapt it, then:
      workbook plan --city Riverton --template my-plan.md.j2
      workbook plan --demo --format html -o demo-plan.html   # for trainers
cli-plan-arg-city = The city whose answers make the plan (its name, in any case) [default: `city` in the config file]
cli-plan-arg-workbook = Only this workbook (repeatable) [default: every workbook]
cli-plan-arg-audience = Whose questions to include [default: `audience` in the config file, else all]
cli-plan-arg-demo = The built-in demo city's plan (its throwaway copy if a demo has run); touches no real data
cli-plan-arg-format = Output format
cli-value-format-docx = A Word document (.docx); give a file with -o
cli-plan-arg-output = Write to FILE (atomically) instead of standard output
cli-plan-arg-date = The date printed on the plan [default: today]
cli-plan-arg-round = The plan of a closed round (its name, e.g. 2026), as the city stood when it closed [default: the answers of the open round]
cli-plan-arg-edition = Which answers the plan shows: public (fit for publication), council (public and internal answers) or restricted (everything, personal data included)
cli-plan-arg-include-sensitive = The same as --edition restricted
cli-plan-arg-status = Where the plan stands, as its cover says
cli-plan-arg-plan-version = The document's version, as its cover says
cli-plan-arg-prepared-by = Who prepared the plan, as its cover says [default: from the city's role]
cli-plan-arg-trace = Show where every line came from (question ids, "From:" lines), for checking
cli-plan-arg-template = Use this template instead of the built-in one (see --print-template)
cli-plan-arg-print-template = Print the built-in plan template and exit

cli-compare-about = Compare several cities: progress per workbook and key facts, for a regional hub
cli-compare-after-help =
    Examples:
      workbook compare --all
      workbook compare --city Lyon --city Kumanovo --format csv -o hub.csv
      workbook compare --all --format json
      workbook compare --all --since-last-round     # who moved since their last round
cli-compare-arg-cities = A city to compare (repeatable)
cli-compare-arg-all = Compare every city in the data folder
cli-compare-arg-since-last-round = Add, per city, its last closed round and what moved since: answered then and now, answers changed, actions done, late and dropped, indicators that reached their target
cli-compare-arg-output = Write to this file instead of standard output

cli-completions-about = Print a shell completion script
cli-completions-after-help =
    Examples:
      workbook completions bash > ~/.local/share/bash-completion/completions/workbook
      workbook completions zsh > ~/.zfunc/_workbook
      workbook completions fish > ~/.config/fish/completions/workbook.fish
cli-completions-arg-shell = The shell to complete for

cli-man-about = Print the manual page (roff) to standard output
cli-man-after-help =
    Examples:
      workbook man > workbook.1 && man ./workbook.1

## What clap adds to every command

cli-help-flag = Print help
cli-help-flag-short = Print help (see more with '--help')
cli-help-flag-long = Print help (see a summary with '-h')
cli-version-flag = Print version
cli-help-command = Print this message or the help of the given subcommand(s)
cli-help-command-arg = Print help for the subcommand(s)

## The layout of the help in another language than English (English keeps clap's own)

cli-heading-usage = Usage:
cli-heading-commands = Commands:
cli-heading-arguments = Arguments:
cli-heading-options = Options:
cli-placeholder-options = [OPTIONS]
cli-spec-env = [env: { $name }]
cli-spec-default = [default: { $value }]
cli-spec-possible = [possible values: { $values }]
cli-spec-possible-heading = Possible values:
cli-spec-possible-value = - { $value }: { $help }

## Placeholders for an option's value, as in --city <NAME>

cli-placeholder-command = COMMAND
cli-placeholder-name = NAME
cli-placeholder-dir = DIR
cli-placeholder-theme = THEME
cli-placeholder-lang = LANG
cli-placeholder-seconds = SECONDS
cli-placeholder-city = CITY
cli-placeholder-text = TEXT
cli-placeholder-output = OUTPUT
cli-placeholder-key = KEY
cli-placeholder-keys = KEYS
cli-placeholder-file = FILE
cli-placeholder-file-workbook-question = FILE|WORKBOOK.QUESTION
cli-placeholder-workbook-question = WORKBOOK.QUESTION
cli-placeholder-workbook = WORKBOOK
cli-placeholder-format = FORMAT
cli-placeholder-track = TRACK
cli-placeholder-round = ROUND
cli-placeholder-role = ROLE
cli-placeholder-number-format = NUMBER_FORMAT
cli-placeholder-country = COUNTRY
cli-placeholder-yyyy-mm-dd = YYYY-MM-DD
cli-placeholder-values = VALUES
cli-placeholder-status = STATUS
cli-placeholder-shell = SHELL
cli-placeholder-paths = PATHS
cli-placeholder-other = OTHER
cli-placeholder-old = OLD
cli-placeholder-new = NEW
cli-placeholder-n = N
cli-placeholder-id = ID
cli-placeholder-edition = EDITION
cli-placeholder-audience = AUDIENCE

## Usage errors (in English, clap's own words are used)

cli-clap-error = error:
cli-clap-quoted = '{ $text }'
cli-clap-invalid = the command line is not valid
cli-clap-argument-twice = the argument { $argument } cannot be used multiple times
cli-clap-argument-conflict = the argument { $argument } cannot be used with { $other }
cli-clap-argument-conflict-many = the argument { $argument } cannot be used with:
cli-clap-argument-conflict-others = the argument { $argument } cannot be used with one or more of the other specified arguments
cli-clap-subcommand-conflict = the subcommand { $argument } cannot be used with { $other }
cli-clap-subcommand-conflict-many = the subcommand { $argument } cannot be used with:
cli-clap-subcommand-conflict-others = the subcommand { $argument } cannot be used with one or more of the other specified arguments
cli-clap-no-equals = equal sign is needed when assigning values to { $argument }
cli-clap-value-required = a value is required for { $argument } but none was supplied
cli-clap-invalid-value = invalid value { $value } for { $argument }
cli-clap-invalid-value-because = invalid value { $value } for { $argument }: { $reason }
cli-clap-possible-values = [possible values: { $values }]
cli-clap-unknown-subcommand = unrecognized subcommand { $subcommand }
cli-clap-missing-arguments = the following required arguments were not provided:
cli-clap-missing-subcommand = { $command } requires a subcommand but one was not provided
cli-clap-subcommands = [subcommands: { $values }]
cli-clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
cli-clap-too-many-values = unexpected value { $value } for { $argument } found; no more were expected
cli-clap-too-few-values = { $expected } values required by { $argument }; only { $count } { $count ->
    [one] was
   *[other] were
} provided
cli-clap-wrong-number-of-values = { $expected } values required for { $argument } but { $count } { $count ->
    [one] was
   *[other] were
} provided
cli-clap-unknown-argument = unexpected argument { $argument } found
cli-clap-tip = tip:
cli-clap-similar-subcommand = { $count ->
    [one] a similar subcommand exists: { $names }
   *[other] some similar subcommands exist: { $names }
}
cli-clap-similar-argument = { $count ->
    [one] a similar argument exists: { $names }
   *[other] some similar arguments exist: { $names }
}
cli-clap-similar-value = { $count ->
    [one] a similar value exists: { $names }
   *[other] some similar values exist: { $names }
}
cli-clap-tip-escape = to pass { $argument } as a value, use { $command }
cli-clap-tip-exists = { $command } exists
cli-clap-tip-double-dash = subcommand { $subcommand } exists; to use it, remove the '--' before it
cli-clap-try-help = For more information, try '{ $flag }'.
cli-wait-not-seconds = `{ $text }` is not a number of seconds
cli-wait-out-of-range = the wait must be 0 to { $max } seconds

## What the commands print

cli-failed = error: { $message }
cli-cannot-write-stdout = cannot write to standard output: { $error }
cli-list-separator = {", "}
cli-cannot-read-answer = cannot read the answer: { $error }
cli-role = { $role ->
    [mayor] mayor
   *[official] official
}
cli-track = { $track ->
    [core] core track
   *[full] full workbooks
}
cli-number-format = { $format ->
    [comma] decimal comma: 1234,5
   *[point] decimal point: 1234.5
}

## city

cli-city-renamed = Renamed "{ $old }" to "{ $new }".
cli-city-unreadable-kept = The unreadable profile was kept as { $path }.
cli-city-restored = Restored "{ $city }" from backup { $generation } ({ $count ->
    [one] { $count } answer
   *[other] { $count } answers
}).
cli-city-created = Created "{ $city }" ({ $path }; numbers written with a { $format ->
    [comma] decimal comma: 1234,5
   *[point] decimal point: 1234.5
}).
cli-city-country-control = a country cannot contain control characters (found U+{ $code })
cli-city-currency-control = a currency cannot contain control characters (found U+{ $code })
cli-city-edit-nothing = say what to change: --country NAME, --role mayor|official, --number-format point|comma, --track full|core, --currency TEXT or --lang en|fr|es|ar
cli-city-with-country = { $city }, { $country }
cli-city-numbers-with = numbers with a { $format ->
    [comma] decimal comma: 1234,5
   *[point] decimal point: 1234.5
}
cli-city-plan-language = plan in { $language }
cli-city-saved = Saved: { $summary }.
cli-city-unchanged = Unchanged: { $summary }.
cli-city-none = No cities yet. Create one with: workbook city new NAME
cli-city-unreadable = { $file }  UNREADABLE: { $problem }
cli-city-listed = { $city }  ({ $role }; last change { $changed })
cli-show-city = City:
cli-show-country = Country:
cli-show-role = Role:
cli-show-track = Track:
cli-show-numbers = Numbers:
cli-show-currency = Currency:
cli-show-created = Created:
cli-show-file = File:
cli-show-answers = Answers:
cli-show-rounds = Rounds:
cli-show-workbook = { $answered }/{ $relevant } answered, { $required_answered }/{ $required } required{ $attention ->
    [0] {""}
   *[other] , { $attention } needing attention
}
cli-show-rounds-closed = { $count } closed ({ $labels }); the last closed { $date }
cli-show-to-confirm = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
} carried over from { $round } to confirm or update
cli-show-pending-migrations = Pending migrations (applied on the next save, or run `workbook migrate`):
cli-orphaned-answers = Orphaned answers (kept in the profile, not shown in any workbook):
cli-answers-needing-attention = Answers needing attention (kept exactly as stored; answer the question again to replace them):
cli-answers-with-notes = Answers with notes to resolve (workbook answer get shows them; answer resolve closes them):
cli-city-not-deleted = Not deleted.
cli-city-deleted = Deleted "{ $city }". Its profile is kept as { $path }; `workbook city restore` brings it back.
cli-city-delete-unconfirmed = refusing to delete without confirmation; pass --yes to delete without asking
cli-city-delete-confirm = Delete the city "{ $city }"? It is kept as a backup. Type yes to confirm:{" "}

## answer

cli-answer-json-one-value = --json takes exactly one value
cli-answer-saved = Saved { $key } for { $city }.
cli-answer-unchanged = Unchanged: { $key } for { $city }.
cli-answer-kept = Kept as this round's answer: { $key } for { $city }.
cli-answer-cleared-empty = Cleared (the value was empty): { $key } for { $city }.
cli-answer-none-yet = { $city } has no answer to { $key } yet.
cli-answer-other = other: { $text }
cli-answer-note = note { $number }: { $text }
cli-answer-note-kept = note { $number }: { $text } (kept: { $kept })
cli-answer-resolve-with = Resolve with: workbook answer resolve --city { $city } { $key } [--use N]
cli-answer-from-round = From { $round }: confirm or update. Keep it with: workbook answer confirm --city { $city } { $key }
cli-answer-nothing-to-keep = { $key } has no answer to keep.
cli-answer-already-this-round = { $key } is already this round's answer.
cli-answer-kept-many = Kept as this round's answers for { $city }: { $keys }.
cli-answer-cleared = Cleared { $key }.
cli-answer-had-none = { $key } had no answer.
cli-answer-notes-from-one = notes are numbered from 1, as `answer get` shows them
cli-answer-resolved = Kept the answer to { $key }; its notes are closed.
cli-answer-resolved-with-note = The answer kept by note { $number } is now the answer to { $key }; the notes are closed.
cli-answer-import-refused = nothing was imported; fix these answers in { $file }:
cli-answer-imported = Imported into { $city }: { $set } set, { $unchanged } unchanged, { $cleared } cleared.
cli-inline-one-value = a { $kind } answer is one value; quote it if it has spaces
cli-inline-not-json = not a JSON answer value ({ $error }); use a string, number, true/false, an array of strings or an array of objects of strings
cli-inline-not-cell = row { $row }: `{ $cell }` is not column=value (escape a literal = as \=)
cli-inline-lone-backslash = a value ends with a lone backslash; write \\ for a backslash
cli-inline-unknown-escape = unknown escape `\{ $escape }`; use \; \, \= \\ or \n
cli-inline-lone-backslash-end = a value ends with a lone backslash

## export and import

cli-bundle-exported = Exported "{ $city }" to { $path }.
cli-bundle-bad-name = nothing was imported; the city name in { $file } cannot be used: { $reason }
cli-bundle-newer = this bundle was written by a newer workbook ({ $program }); upgrade to import it
cli-bundle-created = Created "{ $city }": { $added ->
    [one] { $added } answer
   *[other] { $added } answers
} added, { $same } the same, { $conflicts ->
    [one] { $conflicts } conflict
   *[other] { $conflicts } conflicts
}.
cli-bundle-merged = Merged into "{ $city }": { $added ->
    [one] { $added } answer
   *[other] { $added } answers
} added, { $same } the same, { $conflicts ->
    [one] { $conflicts } conflict
   *[other] { $conflicts } conflicts
}.
cli-bundle-conflict-kept-bundle = conflict { $key }: kept the bundle's answer (changed { $changed })
cli-bundle-conflict-kept-local = conflict { $key }: kept this machine's answer (changed { $changed })
# The two sides of a conflict, each followed by when it changed and its answer; they are lined up.
cli-bundle-this-machine = this machine
cli-bundle-the-bundle = the bundle
cli-bundle-rounds-added = Added closed rounds: { $rounds }.
cli-bundle-round-answers-replaced = In closed rounds both sides hold, { $count ->
    [one] { $count } differing answer
   *[other] { $count } differing answers
} kept from the later change.
cli-bundle-backup-kept = The profile as it was before the import is kept as its newest backup (.bak.1).

## compare, and what several commands say

cli-compare-no-cities = there are no cities to compare; create one with `workbook city new NAME`
cli-compare-skipping = warning: skipping { $file }: { $problem }
cli-config-lang-invalid = workbook: the config file's `lang`: { $problem }; the workbooks are shown in English
cli-not-translated = workbook: the workbooks are not translated into { $language } yet, so they are shown in English (translated: { $translated })
cli-workbooks-skipped = (workbooks with errors are skipped; run `workbook validate` for details)
cli-cannot-read-stdin = cannot read standard input: { $error }
cli-waiting = Waiting for "{ $city }": another window or process has it open...
cli-not-saved = the change was NOT saved: { $problem }

## demo and diff

cli-demo-reset = Reset { $city } to its original answers, in { $dir }.
cli-demo-plain = DEMO: a fictional city for training; nothing here touches real data.
cli-diff-no-round-closed = { $problem }; close one at the end of the cycle with: workbook round close --city { $city }
cli-diff-unknown-round = { $problem } and current (the open round); see them with: workbook round list --city { $city }
cli-tui-not-saved = the last answers were NOT saved ({ $problem }); they are lost unless you type them again

## migrate, open, plan, list --questions

cli-migrate-none = No migrations apply.
cli-migrate-would-change = Would change (dry run, nothing saved):
cli-migrate-changed = Changed and saved:
cli-no-such-workbook = no workbook `{ $id }`; the workbooks are: { $ids }
cli-open-plain-needs-city = plain mode needs a city: workbook open WORKBOOK --city NAME --plain (or set `city` in the config file)
cli-open-no-workbooks = there are no workbooks to open
cli-plain-stopped = plain mode stopped: { $error }
cli-plan-which-city = say which city's plan to write: workbook plan --city NAME (see `workbook plan --help`)
cli-plan-docx-needs-file = a Word document is binary: give a file with -o plan.docx
cli-plan-cannot-read-template = cannot read the template { $path }: { $error }
cli-plan-template-too-large = the template { $path } is { $size } bytes; templates are limited to 1 MiB
cli-plan-cannot-write = cannot write the plan: { $error }
cli-questions-heading = { $title } ({ $id }): { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
cli-questions-section = Section { $number } of { $count }: { $title }

## The columns of list, progress and round list: short, in capitals where the language has them

cli-list-id = ID
cli-list-title = TITLE
cli-list-sections = SECTIONS
cli-list-questions = QUESTIONS
cli-list-source = SOURCE
cli-progress-workbook = WORKBOOK
cli-progress-answered = ANSWERED
cli-progress-relevant = RELEVANT
cli-progress-required = REQUIRED
cli-progress-done = DONE

## round

cli-round-closed = Closed round { $round } of { $city }: { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}, { $from } to { $to }.
cli-round-would-close = Would close round { $round } of { $city }: { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}, { $from } to { $to }.
cli-round-opened = Opened the next round with every answer carried over, marked "from { $round }: confirm or update".
cli-round-would-open = Would open the next round with every answer carried over, marked "from { $round }: confirm or update".
cli-round-moved-format = Moved the city's file to profile format { $format }, which holds rounds; versions of workbook before 0.2 cannot open it.
cli-round-would-move-format = Would move the city's file to profile format { $format }, which holds rounds; versions of workbook before 0.2 cannot open it.
cli-round-nothing-saved = Nothing was saved (dry run).
cli-round-see-rounds = See the rounds with: workbook round list --city { $city }
cli-round-list-heading = Rounds of { $city }:
cli-round-column-round = ROUND
cli-round-column-from = FROM
cli-round-column-to = TO
cli-round-column-answers = ANSWERS
cli-round-column-done = DONE
cli-round-open-current = open (current)
cli-round-none-closed = No round closed yet. Close this one at the end of the cycle with: workbook round close --city { $city }
cli-round-against = This round against { $round }:
cli-round-column-workbook = WORKBOOK
cli-round-column-to-confirm = TO CONFIRM
cli-round-column-confirmed = CONFIRMED
cli-round-column-updated = UPDATED
cli-round-column-new = NEW
cli-round-column-removed = REMOVED

## translate and validate

cli-translate-missing = no `{ $lang }` translation yet: { $path } does not exist ({ $count ->
    [one] { $count } text
   *[other] { $count } texts
} to translate)
cli-translate-missing-hint = `workbook translate --lang { $lang } { $path }` prints a file to start from
cli-translate-stray = this translation translates no file: there is no { $path }
cli-translate-stray-hint = name it after the English workbook it translates, or remove it
cli-translate-glossary-hint = a glossary file holds [[glossary]] entries with term, definition and aliases
cli-translate-which-language = say which language to translate into, for example: workbook translate --lang fr mapping
cli-translate-fix-translation = fix { $path } first: its entries cannot all be read
cli-translate-complete = { $path }: every text of { $english } is translated into { $lang } and current
cli-no-such-file = { $path }: no such file
cli-translate-no-workbook = no workbook `{ $id }` in ./{ $folder }: run this in the folder that holds { $folder }/ (the repository), or give the English file's path, for example: workbook translate --lang fr path/to/mapping.toml
cli-translate-fix-workbook = fix { $path } first (workbook validate { $path } checks it)
cli-validate-summary = checked { $files ->
    [one] { $files } workbook
   *[other] { $files } workbooks
}: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
cli-validate-summary-translations = checked { $files ->
    [one] { $files } workbook
   *[other] { $files } workbooks
} and { $translations ->
    [one] { $translations } translation file
   *[other] { $translations } translation files
} ({ $lang }): { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
cli-validate-no-folder = without a path, `validate --lang { $lang }` checks ./{ $folder } and its translations in ./{ $folder }/i18n/{ $lang }, and there is no ./{ $folder } here: give the folder of workbooks, for example: workbook validate --lang { $lang } path/to/workbooks
cli-validate-no-toml = no .toml files in { $path }
cli-no-such-file-or-folder = { $path }: no such file or folder

## The demo, the config file, the data folder

cli-demo-broken = the built-in demo city is broken: { $error }
cli-demo-no-home = cannot find a home directory for the demo; set { $variable }
cli-demo-cannot-reset = cannot reset the demo in { $dir }
cli-config-cannot-read = { $path }: cannot read the config file
cli-config-fields = the config file accepts city, audience (mayor, official or all), data_dir, theme (default or projector) and lang (en, fr, es or ar)
cli-paths-no-home = cannot find a home directory for the data folder; pass --data-dir DIR or set WORKBOOK_DATA_DIR

## Sharing the data folder through git.
cli-team-about = Share the data folder's cities with colleagues through git: set up, status, sync
cli-team-after-help =
    Examples:
      workbook team init --remote git@example.org:hub/cities.git
      workbook team status
      workbook team sync
      workbook team sync --message "Lyon: mapping workshop"
cli-team-init-about = Make the data folder a git repository for sharing cities (or set up the one it is in)
cli-team-init-after-help =
    Examples:
      workbook team init
      workbook team init --remote /mnt/shared/cities.git
      workbook team init --remote https://git.example.org/hub/cities.git
cli-team-init-arg-remote = The shared repository to sync with (any git remote: a server, a hosted service, a bare repository on a shared drive)
cli-team-status-about = What is not yet committed, and how far this copy is ahead of or behind the shared one
cli-team-status-after-help =
    Examples:
      workbook team status
      workbook team status --json
cli-team-status-arg-json = Print the status as JSON
cli-team-sync-about = Commit this machine's changes, bring in colleagues' (merged answer by answer) and send them
cli-team-sync-after-help =
    Examples:
      workbook team sync
      workbook team sync --message "Lyon: mapping workshop with the youth service"
cli-team-sync-arg-message = The commit message [default: the cities and answers changed]
cli-merge-profile-about = Merge three versions of a city profile answer by answer (git's merge driver for city files; `team init` sets it up)
cli-merge-profile-after-help =
    Git calls it as: workbook merge-profile %O %A %B %P
    The result is written to OURS. When a version cannot be read it stops with an error and OURS stays as it was.
    Examples:
      git config merge.workbook-profile.driver "workbook merge-profile %O %A %B %P"   # what team init sets
      workbook merge-profile base.toml ours.toml theirs.toml   # by hand: the result goes to ours.toml
cli-merge-profile-arg-base = The common version both sides started from (empty when both added the city)
cli-merge-profile-arg-ours = This side's version; the merged profile is written here
cli-merge-profile-arg-theirs = The other side's version
cli-merge-profile-arg-path = The file's path in the repository, for messages
cli-city-log-about = Who changed which answers of a city and when, newest first, from the shared repository's history (see `workbook team`)
cli-city-log-after-help =
    Examples:
      workbook city log Lyon
      workbook city log Lyon mapping.threats
      workbook city log Lyon --json
cli-city-log-arg-answer = Only the changes to this answer (WORKBOOK.QUESTION)
cli-city-log-arg-json = Print the history as JSON
cli-placeholder-url = URL
cli-placeholder-base = BASE
cli-placeholder-ours = OURS
cli-placeholder-theirs = THEIRS
cli-placeholder-path = PATH
cli-placeholder-answer = ANSWER
cli-answer-import-arg-file = A TOML answers file; or WORKBOOK.QUESTION, followed by a spreadsheet for it
cli-answer-import-arg-spreadsheet = A spreadsheet (CSV, .xlsx, .xls, .ods) whose rows answer the table or list question named before it; its first row names the columns
cli-answer-import-arg-sheet = The sheet to read [default: the first]
cli-answer-import-arg-map = Headers for columns the program does not recognise: "Header=column,Other header=column"
cli-answer-import-arg-merge = Add the rows to the stored answer; a row whose first column matches a stored row updates it
cli-answer-import-arg-replace = Replace the stored answer with the rows
cli-answer-import-arg-partial = Import the rows that pass even when others are rejected
cli-answer-export-arg-key = One table or list answer to write as a spreadsheet (-o FILE.csv or FILE.xlsx)
cli-export-arg-format = toml: a bundle to move the city [default]; xlsx: every answer for reading, one sheet per table
cli-export-arg-edition = With --format xlsx: the answers and columns this edition shows [default: council]
cli-placeholder-map = MAP
cli-placeholder-spreadsheet = SPREADSHEET
cli-city-edit-arg-name = The city to change (its name, in any case)
cli-city-edit-arg-role = Who will answer: shows the questions written for this role
cli-city-show-arg-name = The city to show (its name, in any case)
cli-city-log-arg-name = The city whose history to show (its name, in any case)
cli-city-rename-arg-old = The city's name now (in any case)
cli-city-rename-arg-new = Its new name
cli-city-delete-arg-name = The city to delete (its name, in any case)
cli-city-restore-arg-name = The city to bring back from a backup (its name, in any case)
cli-answer-get-arg-key = WORKBOOK.QUESTION, for example mapping.threats
cli-answer-clear-arg-key = WORKBOOK.QUESTION, for example mapping.threats
cli-answer-resolve-arg-key = WORKBOOK.QUESTION whose notes to resolve
cli-diff-arg-format = markdown to read, json for scripts
cli-compare-arg-format = markdown to read, csv for a spreadsheet, json for scripts
