# Spreadsheets in and out of table and list answers: `answer import` and `answer export`
# with a WORKBOOK.QUESTION.

## A name from a file (a header, a sheet), quoted.
sheet-quoted = “{ $text }”

## Yes and no as a CSV file says them; an import takes the words of every language.
sheet-yes = yes
sheet-no = no

## Files that cannot be used.
sheet-unreadable = cannot read { $file }: { $reason }
sheet-empty = { $file } is empty.
sheet-not-a-spreadsheet = { $file } is not a spreadsheet: give a CSV file, or an Excel (.xlsx, .xls) or OpenDocument (.ods) workbook.
sheet-encrypted = { $file } is protected by a password: open it in your spreadsheet program, save a copy without the password, and import that copy.
sheet-damaged = { $file } could not be read as a spreadsheet ({ $reason }); open it in your spreadsheet program and save it again.
sheet-no-such-sheet = { $file } has no sheet named { $sheet }; its sheets are: { $sheets }
sheet-no-sheets = { $file } has no sheet to read.
sheet-no-rows = { $sheet } is empty: its first row names the columns, and each row under it is one entry.
sheet-merged-header = { $sheet }: the header row has merged cells ({ $cells }); unmerge them so that each column has its own header.
sheet-too-many-rows = { $sheet } has more than { $limit } rows, more than an answer can hold; split it into smaller files.

## Headers that do not fit the question.
sheet-no-matching-column = No column of { $sheet } matches this question's columns ({ $expected }). Name the headers after them, in any language of the program, or map them: --map "{ $example }"
sheet-same-column-twice = { $sheet }: columns { $first } and { $second } both fill { $column }; remove one, or say which to use with --map.
sheet-list-column = { $sheet } has several columns ({ $headers }) and none is named after this list; say which one holds the items: --map "{ $example }"
sheet-map-bad-entry = --map: { $entry } is not Header=column; separate entries with commas, and write \, or \= for a comma or an equals sign inside a header.
sheet-map-no-header = --map: the sheet has no column headed { $header }; its headers are: { $headers }
sheet-map-no-column = --map: { $column } is not a column of this question; its columns are: { $columns }
sheet-not-a-table = spreadsheets fill table and list questions; this question is of kind { $kind }.
sheet-write-failed = cannot write the spreadsheet: { $reason }

## Rows left out, each with where it is and why.
sheet-cell-error = the cell holds the error { $error }
sheet-not-a-choice = “{ $value }” is not one of the choices: { $choices }
sheet-rejected-cell = { $sheet }, row { $row }, column { $column }: { $reason }
sheet-rejected-row = { $sheet }, row { $row }: { $reason }
sheet-more-rejected = … and { $count } more.

## What an import did.
sheet-import-done = { $city }, { $key }: { $added ->
    [one] { $added } row added
   *[other] { $added } rows added
}, { $updated } updated, { $unchanged } unchanged.
sheet-import-replaced = { $city }, { $key }: the answer is now the sheet's { $count ->
    [one] { $count } row
   *[other] { $count } rows
}.
sheet-import-unchanged = { $city }, { $key }: nothing changed; the answer already holds these rows.
sheet-import-rejected = Nothing was imported: { $count ->
    [one] { $count } row was rejected
   *[other] { $count } rows were rejected
} (listed above). Fix them and import again, or pass --partial to import only the rows that passed ({ $accepted }).
sheet-import-partial = { $count ->
    [one] { $count } row was rejected and left out
   *[other] { $count } rows were rejected and left out
} (--partial).
sheet-nothing-to-import = { $sheet } has no row to import under its header.
sheet-ignored-columns = Columns left out (they match no column of the question): { $headers }
sheet-ask-mode = { $key } already has an answer for { $city } ({ $count ->
    [one] { $count } row
   *[other] { $count } rows
}). Type m to merge the sheet's rows into it, r to replace it, or press Enter to cancel:{" "}
sheet-choose-mode = { $key } already has an answer for { $city }: pass --merge to add the sheet's rows to it (a row whose first column matches a stored row updates it), or --replace to replace it.
sheet-not-imported = Not imported.
sheet-stored-unclear = the stored answer to { $key } is not understood, so the sheet cannot be merged into it; pass --replace to replace it.

## Export.
sheet-exported = Wrote { $count ->
    [one] { $count } row
   *[other] { $count } rows
} of { $key } to { $file }.
sheet-export-no-answer = { $city } has no answer to { $key } yet: nothing to export.
sheet-export-format = { $file }: write to a file ending in .csv or .xlsx.
sheet-export-needs-output = exporting one answer writes a spreadsheet: give -o FILE.csv or -o FILE.xlsx.

## A city's answers as one xlsx workbook: `workbook export --format xlsx`.
sheet-book-answers = Answers
sheet-book-workbook = Workbook
sheet-book-question = Question
sheet-book-answer = Answer
sheet-edition-public = public edition
sheet-edition-council = council edition
sheet-edition-restricted = restricted edition
sheet-book-exported = Wrote { $file } for { $city } ({ $edition }): { $tables ->
    [one] { $tables } table
   *[other] { $tables } tables
} on sheets of their own, { $answers ->
    [0] and no other answer.
    [one] { $answers } other answer on the sheet { $sheet }.
   *[other] { $answers } other answers on the sheet { $sheet }.
}
sheet-book-needs-output = an xlsx workbook is written to a file: give -o FILE.xlsx.
sheet-book-edition-needs-xlsx = --edition chooses what an xlsx export shows: add --format xlsx.
