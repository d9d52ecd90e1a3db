# What the workbook library says: answers, values, problems in workbook files.

core-answers-count = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}

## Dates in words: the day, the month's name, the year.
core-date-long = { $day } { $month } { $year }
core-month-1 = January
core-month-2 = February
core-month-3 = March
core-month-4 = April
core-month-5 = May
core-month-6 = June
core-month-7 = July
core-month-8 = August
core-month-9 = September
core-month-10 = October
core-month-11 = November
core-month-12 = December

## Yes and no: the words answers show, and the words read as yes or no when typed (besides
## yes, y, true, no, n, false), comma-separated.
core-yes = yes
core-no = no
core-yes-words = yes, y, true
core-no-words = no, n, false
# The free text of an "other" choice, in a one-line summary of an answer.
core-answer-other = other: { $text }
core-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
# The accepted form of a date, as a hint: the date itself is always typed and stored as 2026-03-31.
core-date-form = YYYY-MM-DD

## Checking an answer: each message names the value and shows what is accepted.
core-not-usable-number = `{ $value }` is not a number a city can use
core-list-holds-tables = a list answer holds text items; this one holds tables
core-table-shape = a table answer is a list of rows of column = text
# $given is one of the core-shape messages, $kind one of the core-kind ones, $accepted one of
# the core-accept ones.
core-wrong-shape = { $given } cannot answer a { $kind } question; { $accepted }
core-shape-yes-no = `{ $value }` (yes/no)
core-shape-number = the number { $number }
core-shape-text = the text `{ $text }`
core-shape-list = a list
core-shape-table = a table
core-shape-other = `{ $value }`
core-kind-short-text = one-line text
core-kind-long-text = text
core-kind-single-choice = single choice
core-kind-multi-choice = multiple choice
core-kind-yes-no = yes/no
core-kind-scale = scale
core-kind-number = number
core-kind-date = date
core-kind-list = list
core-kind-table = table
core-accept-text = give text
core-accept-date = give a date like 2026-03-31
core-accept-yes-no = give yes or no
core-accept-number = give a number like { $example }
core-accept-scale = give a whole point from { $min } to { $max }
core-accept-choice = give one of: { $choices }
core-accept-list = give a list of items
core-accept-table = give rows of { $columns }
core-answer-too-large = this answer is { $bytes } bytes; the limit is { $limit } bytes (1 MiB)
core-short-text-one-line = a short answer is one line; remove the line breaks
core-not-a-date = `{ $text }` is not a date; write it as YYYY-MM-DD, for example 2026-03-31
core-not-yes-no = `{ $text }` is not yes or no
core-not-whole = { $number } is not a whole number; give one like 12
core-below-min = { $number } is below the minimum of { $min }
core-above-max = { $number } is above the maximum of { $max }
core-not-on-scale = { $number } is not on the scale; pick a whole point from { $min } to { $max }
# $choices are the choices' values (ids), as typed in commands.
core-not-a-choice = `{ $text }` is not one of the choices: { $choices }
core-choice-ambiguous = `{ $text }` could mean more than one choice; give the choice's value
core-in-row = row { $row }: { $problem }
core-unknown-column = no column `{ $column }`; columns are { $columns }
core-in-column = { $column }: { $problem }
core-column-required = { $column } is required
core-not-a-column-choice = `{ $text }` is not one of { $choices }
core-other-needs-text = you picked "other": say what it is
core-other-not-picked = text for "other" was given but "other" is not picked

## Reading a typed number. $format is how the city writes decimals and $other the other way:
## `point` (12.5) or `comma` (12,5); in core-number-other-format, `--number-format { $other }`
## is a command and stays as it is.
core-number-format-point = decimal point: 1234.5
core-number-format-comma = decimal comma: 1234,5
core-number-example = 1234 or { $decimal }
core-number-empty = no number was typed
core-number-bad-character = `{ $text }` is not a number (`{ $character }` is not a digit); write it like { $example }
core-number-no-digits = `{ $text }` is not a number; write it like { $example }
core-number-not-a-number = `{ $text }` is not a number
core-number-marks = `{ $text }` has { $count } decimal marks (`{ $mark }`); this city writes decimals with a { $format } ({ $example })
core-number-mixed = `{ $text }` mixes `{ $mark }` and `{ $group }`; this city writes decimals with a { $format } ({ $example })
core-number-other-format = `{ $text }` uses a decimal { $other } but this city writes decimals with a { $format }: write { $typed }, or change the city's number format (workbook city edit NAME --number-format { $other })
core-number-two-ways = `{ $text }` can be read two ways: { $grouped } (`{ $group }` grouping thousands) or { $decimal } (`{ $group }` as a decimal mark); this city writes decimals with a { $format }, so type { $grouped } or { $typed }
core-number-uneven = `{ $text }` groups its digits unevenly; group them by three ({ $example }) or not at all (1234567)

## Problems in workbook and translation files, as a compiler reports them:
## `file:line:column: error: message`, then `= hint: what to do`. Ids, keys, values and
## code in backticks stay as they are.
core-diag-error = error
core-diag-warning = warning
core-diag-hint = hint
core-did-you-mean = did you mean `{ $name }`?
core-split-hint = split it into several workbooks

## Checks on a workbook file (`workbook validate`). Key names, kinds (`yes_no`, `single_choice`),
## feeds, sensitivity levels and audiences are written as in the file and stay in English.
# $what: workbook, section, question or column.
# $problem is core-brace-unclosed or core-brace-unopened; $text the sentence, in quotes.
# $answer, $other and $city are the placeholders {answer}, {other} and {city}.
# Two question kinds, in core-lint-misplaced-hint.
# $example is how choices are written in the file.
# $of: question or column; $owner its id.
# $test and $combine are how conditions are written in the file.
# $value is one of the core-lint-value messages, or true or false.
# $kind is a TOML type: array, table, datetime.
# In a plan sentence (core-lint-sentence-braces) or its translation (core-translation-placeholders).
core-brace-unopened = a `{"}"}` without its `{"{"}`
core-brace-unclosed = a `{"{"}` without its `{"}"}`

## Checks across the loaded workbooks: questions one shows from another (`uses`), migrations,
## conditions and the glossary.

## Reading workbook files.
# Where a workbook comes from, in `workbook list`: built into the program, or a file's path.
core-origin-built-in = built in
core-load-unreadable = cannot read the file: { $cause }
core-load-too-large = the file is { $size } bytes; workbooks are limited to { $limit } bytes (4 MiB)
core-load-bom = the file starts with a byte-order mark (BOM)
core-load-bom-hint = save the file as UTF-8 without BOM (in most editors: encoding "UTF-8", not "UTF-8 with BOM")
core-load-utf16 = the file is UTF-16, not UTF-8
core-load-utf8-hint = save the file as UTF-8
core-load-not-utf8 = the file is not valid UTF-8 (byte { $byte } cannot be read)
core-load-empty = the file is empty
core-load-empty-hint = a workbook needs at least id, title, area, version, summary and one [[sections]]; see docs/workbook-format.md
## Hints for the TOML reader's messages, which stay in English.
core-parse-unknown-field-hint = remove this key or fix its spelling; the keys allowed here are listed in the message
core-parse-missing-field-hint = add the missing key to this table (see docs/workbook-format.md)
core-parse-unknown-variant-hint = use one of the values listed in the message
core-parse-invalid-type-hint = check the value's type: text in quotes, numbers and true/false without quotes, lists in [ ]
core-parse-nesting-hint = flatten the nesting: conditions and tables this deep are not supported
core-parse-syntax-hint = check the TOML syntax here: text needs quotes, a table starts with [name], a list of tables with [[name]]

## Translations of workbooks (`workbook validate --lang`, `workbook translate`). Keys such as
## `questions.has_plan.prompt`, `source`, `text` and `aliases` are written as in the file.
# $place is where the English text is: file:line:column.
# $english and $translation are core-layout descriptions ("2 list items and 1 heading").
# $answer, $other and $city are the placeholders {answer}, {other} and {city}.
# $value is one of the core-value messages.
# $example is an entry as the file writes it.
core-value-text = text
core-value-number = a number
core-value-boolean = true or false
core-value-date = a date
core-value-list = a list
core-value-table = a table
## The layout of a text, in core-translation-layout.
core-layout-none = no heading or list
core-layout-items = { $count ->
    [one] { $count } list item
   *[other] { $count } list items
}
core-layout-headings = { $count ->
    [one] { $count } heading
   *[other] { $count } headings
}
core-layout-quotes = { $count ->
    [one] { $count } quote
   *[other] { $count } quotes
}
core-layout-code-blocks = { $count ->
    [one] { $count } code block
   *[other] { $count } code blocks
}
core-layout-rules = { $count ->
    [one] { $count } rule
   *[other] { $count } rules
}
# The last two of a list: "2 list items, 1 quote and 1 heading".
core-list-and = { $first } and { $last }
## The file `workbook translate` writes for a translator: each line becomes a # comment.
core-template-header =
    `{ $lang }` translation of { $english }: { $missing } missing, { $stale } stale.
    Write each `text` (the English is in the comment above it) and keep each `source`: it
    is the hash of the English the text translates. Put these entries in
    { $target } (an entry marked stale replaces the one of the same
    name there), then check with: workbook validate --lang { $lang }
core-template-stale = Stale: replaces [{ $key }] at { $place }; make the text say what the English now says.
core-template-english = English:
core-template-aliases = (optional: other spellings of the term to highlight)
## Language tags (`--lang`).
core-lang-not-a-tag = `{ $tag }` is not a language tag: use a BCP 47 language tag such as fr, es, ar or pt-BR
core-lang-underscore = `{ $tag }` is not a language tag (write `{ $written }`): use a BCP 47 language tag such as fr, es, ar or pt-BR
core-lang-english = `{ $tag }` is English, the language the workbooks are written in: --lang names the language of a translation, such as fr
