# Problems in a translation file, and the template `workbook translate` writes.

core-translation-unreadable = the translation cannot be read, so its workbook is shown in English: { $problem }
core-translation-missing = no `{ $lang }` translation of `{ $key }`
core-translation-missing-hint = add [{ $key }] to { $file } with source = "{ $hash }" (`workbook translate --lang { $lang } { $english }` prints it)
core-translation-empty = `{ $key }` is not translated yet (its text is empty)
core-translation-empty-hint = write the translation; until then the English is shown
core-translation-stale = `{ $key }` is stale: the English changed since it was translated; it now reads "{ $english }" ({ $place })
core-translation-stale-hint = update the translation, then set source = "{ $hash }"
core-translation-orphan = `{ $key }` is orphaned: it names no text of the English file
core-translation-orphan-hint = remove it, or rename it after the English file's ids (a question, choice or column that was renamed or removed)
core-translation-aliases = `{ $key }` has `aliases`, which only a glossary term takes
core-translation-aliases-hint = remove `aliases` here
core-translation-layout = the translation of `{ $key }` changes the layout: the English has { $english }, the translation { $translation }
core-translation-layout-hint = keep the English's lists and headings; a line that starts with `#`, `-`, `*`, `+`, `1.` or `>` starts a block, so rewrap the text so that none starts one by accident
core-translation-bold = the translation of `{ $key }` opens a `**` bold mark it does not close
core-translation-bold-hint = write bold words as **mot**, with a pair of `**` around each
core-translation-link = the translation of `{ $key }` drops the link { $link }
core-translation-link-hint = keep links exactly as in the English
core-translation-placeholders-hint = keep `{ $answer }`, `{ $other }` and `{ $city }` exactly as in the English: the plan puts the answer there
core-translation-braces = the translation of `{ $key }` has { $problem }
core-translation-drops = the translation of `{ $key }` drops { $placeholders }
core-translation-adds = the translation of `{ $key }` adds { $placeholders }, which the English does not have
core-translation-swaps = the translation of `{ $key }` has { $translation } where the English has { $english }
core-translation-syntax-hint = check the TOML syntax here: text needs quotes, a table starts with [name], and each name is defined once
core-translation-not-entry = `{ $key }` is { $value }, not an entry with `source` and `text`
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
