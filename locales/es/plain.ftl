# El modo texto: un cuaderno en líneas de texto sencillas, una pregunta cada vez, para lectores de
# pantalla y scripts. Todo se lee en voz alta en orden: mantenga las frases completas. Las órdenes
# (:back, :keep, :use N) y el punto que termina una respuesta se escriben igual en todos los idiomas.

plain-help =
    Órdenes (escríbalas en lugar de una respuesta):
      :back   volver a la pregunta anterior
      :skip   dejar esta pregunta como está y seguir
      :clear  borrar la respuesta a esta pregunta
      :help   mostrar esta ayuda
      :quit   guardar y terminar (también Ctrl+C)
      :keep   mantener la respuesta actual: como respuesta de este ciclo si se trajo del ciclo anterior, y cerrar sus notas
      :use N  usar en su lugar la respuesta que conserva la nota N
      :import ARCHIVO  llenar una tabla o una lista desde una hoja de cálculo (CSV, Excel, OpenDocument): primero se dice qué se añade y qué se descarta
    Una línea vacía mantiene la respuesta actual (una respuesta traída del ciclo anterior sigue pendiente de confirmar).
    Las respuestas largas y las listas terminan con una línea que solo contiene un punto (.).
    Las tablas se piden fila por fila, columna por columna; un punto al principio de una fila las termina.
    Cada respuesta se guarda en cuanto se acepta.
plain-heading = { $title }: { $city }, para { $audience ->
    [mayor] alcalde o alcaldesa
    [official] personal municipal
   *[both] todos los públicos
}
plain-type-help = Escriba :help para ver las órdenes.
plain-your-answer = Su respuesta:
plain-table-row = Fila { $row }, { $column } (un punto . termina la tabla):
plain-other-say-what = Otro: indique cuál:
plain-yes-words = sí si s
plain-no-words = no n
plain-saved = Guardado.
plain-not-saved = NO guardado: { $reason }. Sus respuestas se mantienen en memoria y se guardarán con la siguiente respuesta.
plain-not-accepted = No aceptada: { $reason }. Inténtelo de nuevo.
plain-answer-removed = Respuesta borrada.
plain-notes-resolved = Notas resueltas.
plain-notes-not-resolved = Notas sin resolver: { $reason }.
plain-not-done = No se hizo: { $reason }.
plain-nothing-to-keep = No se hizo: aquí no hay ninguna respuesta que mantener.
plain-already-this-round = No se hizo: esta respuesta ya es de este ciclo y no tiene notas que cerrar.
plain-no-notes-to-close = No se hizo: esta respuesta no tiene notas que cerrar.
plain-kept = Mantenida como respuesta de este ciclo.
plain-end = Fin del cuaderno.
plain-all-required-answered = Todas las preguntas obligatorias tienen respuesta.
plain-required-unanswered = { $count ->
    [one] { $count } pregunta obligatoria sigue sin respuesta:
   *[other] { $count } preguntas obligatorias siguen sin respuesta:
}

## Una pregunta

plain-section = Sección { $number } de { $count }: { $title }
plain-question = Pregunta { $number } de { $count }{ $follow_up ->
    [yes] {" "}(de seguimiento)
   *[no] {""}
}{ $required ->
    [yes] , obligatoria
   *[no] {""}
}
plain-shared = Compartida con { $workbook }: una sola respuesta para ambos.
plain-guidance = Orientación: { $text }
plain-current-answer = Respuesta actual: { $answer }
plain-stored-needing-attention = Respuesta guardada por revisar (se conserva tal cual hasta que vuelva a responder): { $answer } ({ $reason })
plain-note = Nota { $number }: { $text }
plain-note-kept = Nota { $number }: { $text } (conserva: { $kept })
plain-notes-how = Escriba :keep para mantener la respuesta actual y cerrar las notas, o :use N para usar la respuesta que conserva la nota N.
plain-carried = Traída de { $round }, todavía sin confirmar: escriba :keep para mantenerla como respuesta de este ciclo, o escriba una respuesta nueva.
plain-last-round-same = Mantenida del ciclo anterior ({ $round }): la misma respuesta.
plain-last-round = Ciclo anterior ({ $round }): { $answer }
plain-choices = Opciones:
plain-choice-other = Otro (indique cuál)
plain-columns = Columnas: { $columns }
plain-how = { $how }; { $empty ->
    [confirm-later] una línea vacía la deja para confirmar más tarde
    [keeps] una línea vacía mantiene la respuesta actual
   *[skips] una línea vacía la salta
}. Órdenes: { $commands }
plain-how-short-text = Escriba una línea
plain-how-long-text = Escriba su respuesta; termínela con una línea que solo contenga un punto (.)
plain-how-single-choice = Escriba el número de una opción
plain-how-multi-choice = Escriba los números de sus opciones, separados por comas
plain-how-yes-no = Escriba sí o no
plain-how-scale = Escriba un número entero del { $min } al { $max }
plain-how-date = Escriba una fecha con la forma AAAA-MM-DD
plain-how-list = Escriba un elemento por línea; termine con una línea que solo contenga un punto (.)
plain-how-table = Cada fila se pide columna por columna; escriba un punto (.) al principio de una fila para terminar
plain-how-number = Escriba { $whole ->
    [yes] un número entero
   *[no] un número (con { $format ->
        [comma] coma decimal: 1234,5
       *[point] punto decimal: 1234.5
    })
}{ $range ->
    [between] {" "}entre { $min } y { $max }
    [at-least] {" "}de al menos { $min }
    [at-most] {" "}de como máximo { $max }
   *[any] {""}
}
plain-with-unit = { $hint } ({ $unit })

## Una respuesta, y la salida

plain-row = Fila { $number }: { $cells }
plain-cell = { $column }: { $value }
plain-cell-separator = {"; "}
plain-leaving-saved = { $city } guardada: { $count ->
    [0] ninguna respuesta cambiada
    [one] { $count } respuesta cambiada
   *[other] { $count } respuestas cambiadas
} esta vez. Para continuar: { $command }
plain-leaving-not-saved = { $city } NO guardada: { $reason }; se pierden las respuestas dadas desde el último guardado. Para continuar: { $command }
plain-import-command = :import ARCHIVO
plain-import-not-here = Solo una pregunta de tabla o de lista se llena desde una hoja de cálculo.
plain-import-give-path = Indique el archivo después de :import, por ejemplo :import socios.xlsx
plain-import-read = { $file }: { $rows ->
    [one] { $rows } fila leída
   *[other] { $rows } filas leídas
}, { $accepted } se pueden importar, { $rejected } descartadas.
plain-import-more-left-out = … y { $count } filas descartadas más.
plain-import-ignored = Columnas no utilizadas: { $headers }
plain-import-nothing = Ninguna fila de esta hoja se puede importar; la respuesta no cambia.
plain-import-ask-mode = La respuesta tiene { $stored ->
    [one] { $stored } fila
   *[other] { $stored } filas
}; las del archivo añadirían { $added } y actualizarían { $updated }. Escriba m para añadirlas, r para reemplazar las filas de la respuesta por las del archivo, o una línea vacía para dejar la respuesta como está.
plain-import-ask = ¿Importar { $count ->
    [one] esta fila
   *[other] estas { $count } filas
} como respuesta? Escriba sí, o una línea vacía para dejarla como está.
plain-import-cancelled = No se importó nada.
plain-import-done = { $count ->
    [one] La respuesta tiene ahora { $count } fila.
   *[other] La respuesta tiene ahora { $count } filas.
}
