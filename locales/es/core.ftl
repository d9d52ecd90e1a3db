core-answers-count = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}

core-date-long = { $day } de { $month } de { $year }
core-month-1 = enero
core-month-2 = febrero
core-month-3 = marzo
core-month-4 = abril
core-month-5 = mayo
core-month-6 = junio
core-month-7 = julio
core-month-8 = agosto
core-month-9 = septiembre
core-month-10 = octubre
core-month-11 = noviembre
core-month-12 = diciembre
