# Problems in a workbook file, as `workbook validate` reports them.

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
core-lint-sentence-braces = plan sentence of `{ $id }` has { $problem }: { $text }
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
core-lint-kinds-two = { $first } and { $second }
core-lint-misplaced = `{ $setting }` does not apply to { $kind } question `{ $id }`
core-lint-misplaced-hint = `{ $setting }` is for { $fits } questions; remove it or change the kind
core-lint-no-choices = { $kind } question `{ $id }` has no choices
core-lint-no-choices-hint = add { $example }
core-lint-empty-choices = question `{ $id }` has an empty choice list
core-lint-empty-choices-hint = list at least two choices
core-lint-other-twice = question `{ $id }` has a choice `other` and also other = true
core-lint-other-twice-hint = remove the `other` choice; other = true adds it with a free-text box
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
core-lint-condition-compares = the condition on `{ $id }` compares { $kind } question `{ $name }` with { $value }
core-lint-compare-yes-no-hint = compare it with true or false
core-lint-compare-number-hint = compare it with a number
core-lint-compare-nothing-hint = compare it with nothing: use `answered` or `contains`
core-lint-compare-text-hint = compare it with text in quotes
core-lint-value-text = the text "{ $text }"
core-lint-value-number = the number { $number }
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
