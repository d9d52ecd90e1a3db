core-answers-count = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
