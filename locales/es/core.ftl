core-answers-count = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
