core-answers-count = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}

core-date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
core-month-1 = janvier
core-month-2 = février
core-month-3 = mars
core-month-4 = avril
core-month-5 = mai
core-month-6 = juin
core-month-7 = juillet
core-month-8 = août
core-month-9 = septembre
core-month-10 = octobre
core-month-11 = novembre
core-month-12 = décembre
