# What the workbook library says: answers, values, problems in workbook files.

core-answers-count = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
