core-answers-count = { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
   *[other] { $count } إجابة
}

core-date-long = { $day } { $month } { $year }
core-month-1 = يناير
core-month-2 = فبراير
core-month-3 = مارس
core-month-4 = أبريل
core-month-5 = مايو
core-month-6 = يونيو
core-month-7 = يوليو
core-month-8 = أغسطس
core-month-9 = سبتمبر
core-month-10 = أكتوبر
core-month-11 = نوفمبر
core-month-12 = ديسمبر
