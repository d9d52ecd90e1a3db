# Problems between workbooks: questions one shows from another.

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
