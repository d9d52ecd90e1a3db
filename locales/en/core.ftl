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
core-lint-bad-id = { $what } id `{ $id }` must start with a lowercase letter and use only a-z, 0-9, `_` and `-`
core-lint-bad-id-hint = ids appear in files and commands; for example `stakeholder_map`
core-lint-version-zero = the workbook version must be 1 or more
core-lint-version-zero-hint = start at version = 1 and raise it when questions change
core-lint-no-sections = the workbook has no sections
core-lint-no-sections-hint = add a [[sections]] table with at least one [[sections.questions]]
core-lint-too-many-questions = the workbook has { $count } questions; the limit is { $limit }
core-lint-no-audience = the workbook serves no audience
core-lint-no-audience-hint = set audiences = ["mayor", "official"]
core-lint-unknown-audience = unknown audience `{ $audience }`
core-lint-unknown-audience-hint = audiences are "mayor" and "official"
core-lint-term-twice = glossary term `{ $term }` is defined twice (first on line { $line })
core-lint-term-twice-hint = keep one definition and add other spellings to its `aliases`
core-lint-term-empty = glossary term `{ $term }` has an empty definition
core-lint-term-empty-hint = define the term in a sentence or two
core-lint-section-twice = duplicate section id `{ $id }` (first defined on line { $line })
core-lint-section-twice-hint = give each section its own id
core-lint-section-empty = section `{ $id }` has no questions
core-lint-section-empty-hint = add [[sections.questions]] under it, or remove the section
core-lint-section-no-example = section `{ $id }` has no city example
core-lint-section-no-example-hint = add an [[sections.examples]] with city, text and source
core-lint-example-source = the example from { $city } has a source that is not a web address
core-lint-example-source-hint = give the page the example comes from, starting with https://
core-lint-question-shape = a question needs an id and a kind (or `uses` to show another workbook's question)
core-lint-question-shape-hint = for example id = "has_plan", kind = "yes_no", or uses = "strategy.mandate_basis"
core-lint-question-twice = duplicate question id `{ $id }` (first defined on line { $line })
core-lint-question-twice-hint = question ids must be unique within a workbook
core-lint-empty-prompt = question `{ $id }` has an empty prompt
core-lint-empty-prompt-hint = write the question the user should answer
core-lint-no-guidance = question `{ $id }` has no guidance
core-lint-no-guidance-hint = say why the question matters and what a good answer contains
core-lint-audience-missing = question `{ $id }` is for `{ $audience }`, which is not among the workbook's audiences
core-lint-audience-missing-hint = add the audience to the workbook's `audiences`, or change the question's
core-lint-uses-not-question = `uses = "{ $name }"` does not name a question
core-lint-uses-not-question-hint = write the home question as workbook.question, for example uses = "mapping.stakeholders"
core-lint-uses-key = `{ $key }` cannot be set on `uses = "{ $name }"`: the question is the home workbook's
core-lint-uses-key-hint = a reused question may only give its own prompt, guidance and core; change the rest in the home workbook
core-lint-uses-twice = `{ $name }` is already shown in this workbook (line { $line })
core-lint-uses-twice-hint = show a question once per workbook
core-lint-sentence-empty = plan sentence of `{ $id }` is empty
core-lint-sentence-empty-hint = write the sentence the plan should print, or leave plan_sentence out
# $problem is core-brace-unclosed or core-brace-unopened; $text the sentence, in quotes.
core-lint-sentence-braces = plan sentence of `{ $id }` has { $problem }: { $text }
# $answer, $other and $city are the placeholders {answer}, {other} and {city}.
core-lint-sentence-braces-hint = placeholders are { $answer }, { $other } and { $city }; write braces only around them
core-lint-placeholders-hint = placeholders are { $answer }, { $other } and { $city }
core-lint-sentence-unknown = plan sentence of `{ $id }` has an unknown placeholder `{ $placeholder }`
core-lint-sentence-other = plan sentence of `{ $id }` uses `{ $placeholder }`, but the question has no "other" choice
core-lint-sentence-other-hint = use { $answer }, or set other = true
core-lint-sentence-no-values = plan sentence of `{ $id }` gives a sentence per value, but a { $kind } answer has no values to choose from
core-lint-sentence-no-values-hint = write one sentence with { $answer }, for example plan_sentence = "The city last mapped these issues in { $answer }."
core-lint-sentence-key = plan sentence of `{ $id }` has a sentence for `{ $key }`, which is not one of its answers
core-lint-sentence-key-hint = the keys are: { $keys }
core-lint-sentence-missing = plan sentence of `{ $id }` has no sentence for { $keys }
core-lint-sentence-missing-hint = those answers are printed as a label and a value; add a sentence for each
core-lint-sensitivity-both = `{ $owner }` sets both sensitivity and sensitive
core-lint-sensitivity-both-hint = keep sensitivity = "public", "internal" or "restricted" and remove sensitive
core-lint-sensitive-old = `{ $owner }` uses `sensitive`, which `sensitivity` replaces
core-lint-sensitive-old-restricted = write sensitivity = "restricted"
core-lint-sensitive-old-internal = write sensitivity = "internal" (the default), or remove it
core-lint-column-more-open = column `{ $column }` of `{ $id }` is { $level }, more open than its question ({ $question_level })
core-lint-column-more-open-hint = a column may be stricter than its question, never more open
# Two question kinds, in core-lint-misplaced-hint.
core-lint-kinds-two = { $first } and { $second }
core-lint-misplaced = `{ $setting }` does not apply to { $kind } question `{ $id }`
core-lint-misplaced-hint = `{ $setting }` is for { $fits } questions; remove it or change the kind
core-lint-no-choices = { $kind } question `{ $id }` has no choices
# $example is how choices are written in the file.
core-lint-no-choices-hint = add { $example }
core-lint-empty-choices = question `{ $id }` has an empty choice list
core-lint-empty-choices-hint = list at least two choices
core-lint-other-twice = question `{ $id }` has a choice `other` and also other = true
core-lint-other-twice-hint = remove the `other` choice; other = true adds it with a free-text box
# $of: question or column; $owner its id.
core-lint-choice-twice = { $of ->
    [column] column
   *[question] question
} `{ $owner }` has the choice `{ $value }` twice (first on line { $line })
core-lint-choice-twice-hint = choice values must be unique
core-lint-choice-empty = { $of ->
    [column] column
   *[question] question
} `{ $owner }` has a choice with an empty value
core-lint-choice-empty-hint = give the choice a short value such as `yes_partly`
core-lint-scale-no-range = scale question `{ $id }` has no range
core-lint-scale-no-range-hint = set min and max, for example min = 1 and max = 5
core-lint-scale-bad-range = scale question `{ $id }` needs whole numbers with min below max (got { $min } to { $max })
core-lint-scale-bad-range-hint = for example min = 1 and max = 5
core-lint-scale-points = scale question `{ $id }` has { $points } points; the most is { $most }
core-lint-scale-points-hint = use a number question for wider ranges
core-lint-scale-labels = scale question `{ $id }` has { $labels } labels for { $points } points
core-lint-scale-labels-hint = give one label per point, from min to max
core-lint-min-above-max = question `{ $id }` has min { $min } above max { $max }
core-lint-min-above-max-hint = swap them, or fix one
core-lint-no-columns = table question `{ $id }` has no columns
core-lint-no-columns-hint = add { $example }
core-lint-column-twice = table question `{ $id }` has the column `{ $column }` twice (first on line { $line })
core-lint-column-twice-hint = column ids must be unique within a table
core-lint-column-no-choices = choice column `{ $column }` has no choices
core-lint-column-no-choices-hint = add { $example } to the column
core-lint-column-empty-choices = choice column `{ $column }` has an empty choice list
core-lint-column-choices = column `{ $column }` is { $kind } but has choices
core-lint-column-choices-hint = set kind = "choice" or remove the choices
core-lint-feeds-summary = question `{ $id }` feeds the executive summary's { $feed } but is a { $kind } question
core-lint-feeds-summary-hint = the summary quotes text: use a short_text, long_text or list question
core-lint-feeds-table = question `{ $id }` feeds the plan's { $feed } but is not a table
core-lint-feeds-table-hint = only table questions can feed the plan's tables; use feeds = "finding" or make it a table
core-lint-feeds-key = table `{ $id }` feeds the plan's { $feed } but has no `{ $column }` column
core-lint-feeds-key-hint = add a column with that id; see docs/workbook-format.md for the columns each plan table uses
core-lint-condition-deep = the condition on `{ $id }` is nested more than { $depth } levels deep
core-lint-condition-deep-hint = simplify it
# $test and $combine are how conditions are written in the file.
core-lint-condition-shape-hint = write { $test } (or one_of, contains, answered), or combine with { $combine }
core-lint-condition-empty-list = the condition on `{ $id }` combines an empty list
core-lint-condition-empty-list-hint = put at least one condition inside all = [...] or any = [...]
core-lint-condition-no-test = the condition on `{ $id }` names a question but no test
core-lint-condition-empty = the condition on `{ $id }` is empty
core-lint-condition-mixed = the condition on `{ $id }` mixes several tests in one table
core-lint-condition-itself = the condition on `{ $id }` refers to the question itself
core-lint-condition-itself-hint = a condition can only look at earlier questions
core-lint-condition-later = the condition on `{ $id }` refers to `{ $name }`, which comes later
core-lint-condition-later-hint = a condition can only look at earlier questions; move this question after the one it depends on
core-lint-condition-unknown = the condition on `{ $id }` refers to unknown question `{ $name }`
core-lint-condition-unknown-hint = name the id of an earlier question in this workbook
core-lint-condition-empty-one-of = the condition on `{ $id }` has an empty one_of list
core-lint-condition-empty-one-of-hint = list the values that show the question
core-lint-condition-contains = the condition on `{ $id }` uses `contains` on { $kind } question `{ $name }`
core-lint-condition-contains-hint = `contains` works on multi_choice, list and text questions; use equals or one_of
# $value is one of the core-lint-value messages, or true or false.
core-lint-condition-compares = the condition on `{ $id }` compares { $kind } question `{ $name }` with { $value }
core-lint-compare-yes-no-hint = compare it with true or false
core-lint-compare-number-hint = compare it with a number
core-lint-compare-nothing-hint = compare it with nothing: use `answered` or `contains`
core-lint-compare-text-hint = compare it with text in quotes
core-lint-value-text = the text "{ $text }"
core-lint-value-number = the number { $number }
# $kind is a TOML type: array, table, datetime.
core-lint-value-other = a { $kind }
core-lint-condition-choice = the condition on `{ $id }` uses `{ $value }`, which is not a choice of `{ $question }`
core-lint-choices-hint = the choices are: { $choices }
core-lint-migration-version = a migration is for version { $migration }, but the workbook is version { $version }
core-lint-migration-version-hint = raise the workbook's version to the migration's
core-lint-migration-shape = this migration is missing a key
core-lint-migration-shape-hint = rename_question and move_question need from and to; rename_choice needs question, from and to; retire_choice needs question and from; map_values needs question and values
core-lint-migration-rename-unknown = the migration renames to unknown question `{ $question }`
core-lint-migration-rename-unknown-hint = `to` must be a question id in this workbook
core-lint-migration-move-unknown = the migration moves to unknown question `{ $question }`
core-lint-migration-move-unknown-hint = `to` must be a question id in this workbook, or workbook.question
core-lint-migration-unknown = the migration names unknown question `{ $question }`
core-lint-migration-unknown-hint = `question` must be a question id in this workbook
core-lint-migration-map-choice = the migration maps to `{ $value }`, which is not a choice of `{ $question }`
core-lint-migration-map-choice-hint = map old answers to the question's choice values
core-lint-migration-rename-choice = the migration renames to `{ $value }`, which is not a choice of `{ $question }`
core-lint-migration-rename-choice-hint = `to` must be one of the question's choice values
# In a plan sentence (core-lint-sentence-braces) or its translation (core-translation-placeholders).
core-brace-unopened = a `{"}"}` without its `{"{"}`
core-brace-unclosed = a `{"{"}` without its `{"}"}`

## Checks across the loaded workbooks: questions one shows from another (`uses`), migrations,
## conditions and the glossary.
core-resolve-unknown-workbook = `uses` names unknown workbook `{ $workbook }`
core-resolve-unknown-workbook-hint = the loaded workbooks are: { $known }
core-resolve-uses-own = `uses = "{ $name }"` names a question of this same workbook
core-resolve-uses-own-hint = a workbook shows its own questions directly; `uses` shows another workbook's
core-resolve-unknown-question = workbook `{ $workbook }` has no question `{ $question }` of its own
core-resolve-unknown-question-hint = name one of `{ $workbook }`'s own questions, as workbook.question
core-resolve-follow-up = `{ $name }` is a follow-up of `{ $full }`, which this workbook does not show, so its condition cannot hold here
core-resolve-follow-up-hint = show it here first with uses = "{ $full }", or reuse a question that is not a follow-up
core-resolve-migration-move-unknown-hint = `to` must name a question of a loaded workbook, as workbook.question
core-resolve-migration-map-choice-hint = map old answers to the target question's choice values
core-resolve-circle = the show-if conditions go round in a circle: { $cycle }
core-resolve-circle-hint = a question can only depend on questions that do not depend on it
core-resolve-term-differs-shared = glossary term `{ $term }` is defined differently here and in the shared glossary
core-resolve-term-differs = glossary term `{ $term }` is defined differently here and in workbook `{ $workbook }`
core-resolve-term-differs-hint = keep one definition: remove this entry to use the other, or make them the same

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
core-translation-unreadable = the translation cannot be read, so its workbook is shown in English: { $problem }

## Translations of workbooks (`workbook validate --lang`, `workbook translate`). Keys such as
## `questions.has_plan.prompt`, `source`, `text` and `aliases` are written as in the file.
core-translation-missing = no `{ $lang }` translation of `{ $key }`
core-translation-missing-hint = add [{ $key }] to { $file } with source = "{ $hash }" (`workbook translate --lang { $lang } { $english }` prints it)
core-translation-empty = `{ $key }` is not translated yet (its text is empty)
core-translation-empty-hint = write the translation; until then the English is shown
# $place is where the English text is: file:line:column.
core-translation-stale = `{ $key }` is stale: the English changed since it was translated; it now reads "{ $english }" ({ $place })
core-translation-stale-hint = update the translation, then set source = "{ $hash }"
core-translation-orphan = `{ $key }` is orphaned: it names no text of the English file
core-translation-orphan-hint = remove it, or rename it after the English file's ids (a question, choice or column that was renamed or removed)
core-translation-aliases = `{ $key }` has `aliases`, which only a glossary term takes
core-translation-aliases-hint = remove `aliases` here
# $english and $translation are core-layout descriptions ("2 list items and 1 heading").
core-translation-layout = the translation of `{ $key }` changes the layout: the English has { $english }, the translation { $translation }
core-translation-layout-hint = keep the English's lists and headings; a line that starts with `#`, `-`, `*`, `+`, `1.` or `>` starts a block, so rewrap the text so that none starts one by accident
core-translation-bold = the translation of `{ $key }` opens a `**` bold mark it does not close
core-translation-bold-hint = write bold words as **mot**, with a pair of `**` around each
core-translation-link = the translation of `{ $key }` drops the link { $link }
core-translation-link-hint = keep links exactly as in the English
# $answer, $other and $city are the placeholders {answer}, {other} and {city}.
core-translation-placeholders-hint = keep `{ $answer }`, `{ $other }` and `{ $city }` exactly as in the English: the plan puts the answer there
core-translation-braces = the translation of `{ $key }` has { $problem }
core-translation-drops = the translation of `{ $key }` drops { $placeholders }
core-translation-adds = the translation of `{ $key }` adds { $placeholders }, which the English does not have
core-translation-swaps = the translation of `{ $key }` has { $translation } where the English has { $english }
core-translation-syntax-hint = check the TOML syntax here: text needs quotes, a table starts with [name], and each name is defined once
# $value is one of the core-value messages.
core-translation-not-entry = `{ $key }` is { $value }, not an entry with `source` and `text`
# $example is an entry as the file writes it.
core-translation-not-entry-hint = write it as { $example }, with the source `workbook translate` gives
core-translation-unknown-field = unknown field `{ $field }` in `{ $key }`
core-translation-unknown-field-hint = an entry holds `source` and `text` (and a glossary term `aliases`); put English notes in # comments
core-translation-bad-hash = `source` of `{ $key }` is `{ $hash }`, not a hash of { $digits } hex digits
core-translation-bad-hash-hint = copy the source from `workbook translate` (or from `workbook validate --lang`), never write it by hand
core-translation-not-text = `{ $field }` of `{ $key }` is { $value }, not text
core-translation-not-text-hint = put the text in quotes
core-translation-no-field = `{ $key }` has no `{ $field }`
core-translation-no-field-hint = an entry holds `source` (the hash `workbook translate` gives) and `text` (the translation)
core-translation-aliases-list = `aliases` of `{ $key }` must be a list of texts
core-translation-aliases-list-hint = for example aliases = ["crimes de haine"]
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
