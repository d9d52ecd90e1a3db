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
