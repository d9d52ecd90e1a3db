# La interfaz guiada: pantallas, teclas, mensajes.
# Los nombres de las teclas (Enter, Esc, Tab, Space, F1, Ctrl+…) y las letras que son teclas
# (a, d, e, l, m, n, o, v, y…) no se traducen: una tecla no cambia con el idioma.

tui-quit-not-saved = NO se ha guardado: corrija el problema indicado y vuelva a salir, o salga de nuevo para irse sin guardar

## El marco: cabecera, avisos.
tui-window-too-small = Amplíe la ventana: se necesita al menos { $min } (ahora { $now }).
tui-demo-banner = DEMO: una ciudad ficticia para formación (workbook demo --reset vuelve a empezar)
tui-read-only = solo lectura: otra ventana está editando esta ciudad
tui-header-all-questions = todas las preguntas
tui-header-read-only = solo lectura
tui-header-saved = guardado
tui-header-unsaved = cambios sin guardar
tui-header-not-saved = NO guardado (reintentando)

## Mensajes bajo la pantalla.
tui-can-edit-now = ya puede editar esta ciudad
tui-save-failed = NO se ha guardado: { $error }. Sus respuestas se conservan y se volverá a intentar guardar.
tui-lock-freed = la otra ventana ha cerrado esta ciudad: pulse F2 para editarla aquí
tui-still-locked = otra ventana sigue teniendo abierta esta ciudad; podrá editarla aquí cuando esa ventana se cierre
tui-kept-draft = guardado como borrador (aún no es válido): { $problem }
tui-notes-resolved = notas resueltas
tui-nothing-carried = aquí no hay ninguna respuesta traída del ciclo anterior que conservar
tui-kept-this-round = conservada como respuesta de este ciclo
tui-showing-all = se muestran todas las preguntas
tui-showing-for = { $role ->
    [mayor] { $track ->
        [core] se muestran las preguntas para la alcaldía, itinerario básico
       *[full] se muestran las preguntas para la alcaldía
    }
   *[official] { $track ->
        [core] se muestran las preguntas para el personal municipal, itinerario básico
       *[full] se muestran las preguntas para el personal municipal
    }
}
tui-english-only = los cuadernos solo están en inglés
tui-language-now = { $language } (l: siguiente idioma)
tui-theme-projector = colores para proyector: alto contraste (v: volver a lo normal)
tui-theme-normal = colores normales (v: proyector)
tui-now-core = { $count ->
    [one] itinerario básico: { $count } pregunta; sus demás respuestas se conservan
   *[other] itinerario básico: { $count } preguntas; sus demás respuestas se conservan
}
tui-now-full = cuadernos completos
tui-end-of-workbook = fin del cuaderno: estas son todas las respuestas
tui-required-all-answered = todas las preguntas obligatorias mostradas tienen respuesta
tui-workbook-empty = este cuaderno no tiene preguntas
tui-open-city-first = abra primero una ciudad

## Antes y después de la interfaz.
tui-error-terminal = no se puede usar la terminal
tui-error-signals = no se pueden vigilar las señales
tui-farewell-saved = { $city } guardada. Para continuar: { $command }
tui-farewell-read-only = { $city } cerrada (solo lectura; aquí no se cambió nada). Para continuar: { $command }
tui-plan-written = { $edition } escrita en { $path }
tui-plan-not-written = el plan NO se ha escrito: { $error }
tui-demo-failed = no se puede abrir la ciudad de demostración: { $error }
tui-cannot-edit-yet = todavía no se puede editar aquí: { $error }

## Nombres del papel y del itinerario de la ciudad, de las ediciones del plan, sí y no.
tui-role-mayor = alcaldía
tui-role-official = personal municipal
tui-track-full = cuadernos completos
tui-track-core = itinerario básico
tui-edition-public = Edición pública
tui-edition-council = Edición para el concejo municipal
tui-edition-restricted = Edición restringida
tui-yes = Sí
tui-no = No

## La pantalla de inicio: los cuadernos de la ciudad.
tui-home-continue-where = Continuar donde lo dejó: { $workbook }
tui-home-continue = Continuar: { $workbook }
tui-home-start = Empezar por el primer cuaderno
tui-home-required-open = { $count ->
    [one] { $count } obligatoria pendiente
   *[other] { $count } obligatorias pendientes
}
tui-home-required-done = obligatorias completas
tui-home-edited = editado el { $when }
tui-home-not-started = sin empezar

## La pantalla de una pregunta.
tui-unclear = La respuesta guardada `{ $answer }` se conserva tal cual: { $why }. Responda de nuevo para sustituirla.
tui-no-round-yet = todavía no se ha cerrado ningún ciclo: todas las respuestas son de este ciclo
tui-kept-last-dropped = se conservó la respuesta del ciclo anterior ({ $round }); lo que había escrito aquí se descartó
tui-last-round-empty = el ciclo anterior ({ $round }) no tenía respuesta aquí: no hay nada que conservar
tui-already-kept = ya conservada: es la respuesta del ciclo anterior ({ $round })
tui-changed-this-round = cambiada en este ciclo; vuelva a dar la respuesta de { $round } para recuperarla
tui-no-answer-this-round = sin respuesta en este ciclo; vuelva a dar la respuesta de { $round } para conservarla
tui-no-note = esta respuesta no tiene notas que resolver
tui-resolve-keep = Mantener la respuesta actual y cerrar las notas
tui-resolve-use = Usar en su lugar la respuesta conservada: { $answer }
tui-resolve-title = Resolver las notas (Enter: elegir, Esc: ahora no)
tui-question-id = Identificador de la pregunta: { $id } — workbook answer set --city { $city } { $id } VALOR
tui-question-id-city = NOMBRE
tui-note-kept = { $note } (conservada: { $answer })
tui-note-kept-on = { $note } (conservada: { $answer }, { $date })
## Dónde está el usuario, encima de la pregunta.
tui-q-position = Pregunta { $number } de { $total }
tui-q-position-short = P { $number }/{ $total }
tui-q-follow-up = de seguimiento
tui-q-section = sección { $number }/{ $count }
tui-q-section-titled = sección { $number }/{ $count }: { $title }
tui-q-required = obligatoria
tui-q-shared = compartida con { $workbook }: una sola respuesta para ambos
tui-q-not-applicable = no corresponde (respuestas anteriores)
tui-q-notes = { $count ->
    [one] Esta respuesta tiene una nota que revisar (F3 la resuelve):
   *[other] Esta respuesta tiene { $count } notas que revisar (F3 las resuelve):
}
## Cómo responder, en el marco del campo.
tui-hint-short-text = una línea
tui-hint-long-text = texto · Enter: nueva línea
tui-hint-single-choice = elija una · Space
tui-hint-multi-choice = elija varias · Space
tui-hint-yes-no = y / n
tui-hint-scale = ← → o un dígito
tui-hint-integer = número entero (p. ej., 1234)
tui-hint-integer-unit = número entero ({ $unit }, p. ej., 1234)
tui-hint-number = número ({ $format })
tui-hint-number-unit = número ({ $unit }, { $format })
tui-number-point = punto decimal: 1234.5
tui-number-comma = coma decimal: 1234,5
tui-hint-date = fecha AAAA-MM-DD
tui-hint-list = lista · a añadir · Enter editar · d borrar · i importar una hoja de cálculo
tui-hint-table = tabla · a añadir fila · Enter editar o elegir · i importar una hoja de cálculo
## Las orientaciones o el ejemplo de una ciudad, bajo el campo.
tui-guidance-title = Orientaciones
tui-guidance-title-example = Orientaciones (F4: el ejemplo de una ciudad)
tui-example-title = Ejemplo (F4: orientaciones)
tui-example-none = No hay ejemplo de ciudad para esta pregunta.
tui-example-source = Fuente: { $source }

## Los ciclos: las respuestas del ciclo anterior junto a las de este.
tui-needs-attention = requiere atención: `{ $answer }` se conserva tal cual
tui-round-carried = Traída de { $round }: consérvela ({ $key }) o cámbiela
tui-round-kept = Conservada del ciclo anterior ({ $round }): la misma respuesta
tui-round-last = Ciclo anterior ({ $round }):
tui-tally-since = Desde { $round }:
tui-tally-to-confirm = { $count } por confirmar
tui-tally-none = sin respuestas
tui-tally-all-confirmed = todo confirmado
tui-tally-kept = { $count ->
    [one] { $count } conservada
   *[other] { $count } conservadas
}
tui-tally-changed = { $count ->
    [one] { $count } cambiada
   *[other] { $count } cambiadas
}
tui-tally-new = { $count ->
    [one] { $count } nueva
   *[other] { $count } nuevas
}
tui-tally-cleared = { $count ->
    [one] { $count } borrada
   *[other] { $count } borradas
}
tui-filter-all = todas las respuestas
tui-filter-to-confirm = por confirmar
tui-filter-changed = cambiadas desde { $round }

## La revisión: todas las respuestas de un cuaderno.
tui-review-head = Revisión{ $filter }: { $workbook } · { $answered }/{ $total } respondidas · { $open } obligatorias pendientes
tui-review-nothing-to-confirm = Nada que confirmar: no queda ninguna respuesta traída de { $round } pendiente.
tui-review-nothing-changed = Nada ha cambiado desde { $round }.
tui-review-required = obligatoria
tui-review-kept-not-applicable = { $answer } (conservada; no corresponde)
tui-review-not-applicable = no corresponde
tui-review-draft-only = solo borrador: aún no es una respuesta válida
tui-review-not-answered = sin responder
tui-review-to-confirm = traída de { $round }, por confirmar:
tui-review-changed = cambiada:
tui-review-before = { $round }: { $answer }
tui-review-filter-count = { $filter }: { $count }

## El índice: todas las secciones y preguntas de un cuaderno.
tui-outline-title = Índice de { $workbook }
tui-outline-none-applies = todavía no corresponde ninguna pregunta de esta sección
tui-outline-not-applicable = no corresponde
tui-outline-legend = ✓ respondida   ! obligatoria, sin responder   · sin responder
tui-outline-legend-short = ✓ respondida  ! obligatoria  · pendiente
tui-outline-legend-round = ✓ respondida  ↻ traída de { $round }, por confirmar  ! obligatoria, sin responder  · sin responder
tui-outline-legend-round-short = ✓ respondida  ↻ por confirmar  ! obligatoria  · pendiente
tui-outline-legend-round-shortest = ✓ hecha ↻ por confirmar ! obligatoria · pendiente
## La búsqueda.
tui-search-label = Buscar:
tui-search-placeholder = escriba para buscar
tui-search-empty = Escriba palabras de una pregunta, de sus orientaciones o de una respuesta.
tui-search-nothing = No se ha encontrado nada.
tui-search-in-question = pregunta
tui-search-in-guidance = orientaciones
tui-search-in-answer = respuesta

## Elegir o crear la ciudad.
tui-city-which = ¿En qué ciudad está trabajando?
tui-city-demo = Probar la ciudad de demostración (ficticia, para formación)
tui-city-new = Nueva ciudad
tui-city-new-title = Una nueva ciudad
tui-city-intro-first = Las respuestas se guardan por ciudad. Esc: probar la ciudad de demostración.
tui-city-intro = Las respuestas se guardan por ciudad. Su papel determina qué preguntas se muestran.
tui-city-field-name = Ciudad
tui-city-field-country = País
tui-city-field-role = Su papel
tui-city-field-numbers = Números
tui-city-name-placeholder = por ejemplo Riverton
tui-city-country-placeholder = opcional
tui-city-role-mayor = Alcaldía
tui-city-role-official = Personal municipal
tui-city-role-hint = Space o ←→ cambia el papel (m: alcaldía, o: personal municipal)
tui-city-numbers-hint = Space o ←→ cambia cómo se escriben los números
tui-city-form-keys = Tab: campo siguiente · Space o ←→: papel/números · Enter: crear · Esc: volver
tui-city-name-missing = escriba primero el nombre de la ciudad

## La vista previa del plan de acción, y su escritura en un archivo.
tui-plan-head-public = Vista previa del plan: edición pública, apta para publicar (e: edición)
tui-plan-head-council = Vista previa del plan: edición para el concejo municipal, no publicable (e: edición)
tui-plan-head-restricted = Vista previa del plan: edición restringida, con datos personales (e: edición)
tui-plan-write-public = Escribir la edición pública en formato
tui-plan-write-council = Escribir la edición para el concejo municipal en formato
tui-plan-write-restricted = Escribir la edición restringida en formato
tui-plan-format-markdown = Markdown, para editar como texto
tui-plan-format-html = HTML, para el navegador y para imprimir
tui-plan-format-docx = Word, para terminar en un procesador de textos
tui-plan-format-file = { $format }: { $file }
tui-plan-replace-title = ¿Sustituir el archivo?
tui-plan-file-exists = { $file } ya existe en esta carpeta.
tui-plan-replace-keys = y: sustituirlo   n o Esc: conservarlo
tui-plan-file-kept = el archivo se ha conservado tal cual

## Los campos de respuesta.
tui-date-placeholder = AAAA-MM-DD
tui-choice-other = Otro:
tui-choice-other-placeholder = especifique
tui-list-item = elemento
tui-list-empty = Todavía no hay ningún elemento ({ $item }). Pulse a para añadir uno.
tui-scale-none = todavía no se ha elegido ningún punto
tui-table-leave-empty = (dejar vacío)
tui-table-empty = Todavía no hay filas. Pulse a para añadir una.
tui-table-hint-typing = Enter confirma · Esc cancela
tui-table-hint-pick = Enter: elegir de la lista
tui-table-hint-edit = Enter: editar
tui-table-cell = { $column } · fila { $row }

## La ayuda (F1).
tui-help-editing = Edición de texto
tui-help-editing-same = (igual en todos los campos)
tui-help-mouse = Ratón
tui-help-mouse-does = seleccione texto para copiarlo (un enlace, una respuesta); los clics y la rueda no hacen nada aquí
tui-help-title-scroll = Teclas (↑↓ desplazar, Esc cierra)
tui-help-title = Teclas (Esc cierra)
## Cuántas líneas quedan ocultas arriba o abajo (tras una flecha).
tui-more-above = ↑ { $count } más
tui-more-below = ↓ { $count } más
tui-more-both = ↑ { $above } más · ↓ { $below } más

## Lo que hacen las teclas de edición, en la ayuda de un campo de texto.
tui-edit-line-start = inicio de la línea
tui-edit-line-end = final de la línea
tui-edit-word-back = una palabra atrás
tui-edit-word-forward = una palabra adelante
tui-edit-delete-to-start = borrar hasta el inicio de la línea
tui-edit-delete-to-end = borrar hasta el final de la línea
tui-edit-delete-word-before = borrar la palabra antes del cursor
tui-edit-delete-word-after = borrar la palabra después del cursor
tui-edit-delete-char = borrar el carácter bajo el cursor

## El pie de pantalla: una o dos palabras por tecla (sea breve).
tui-footer-create = crear
tui-footer-write = escribir
tui-footer-edit = editar
tui-footer-done = listo
tui-footer-open = abrir
tui-footer-quit = salir
tui-footer-help = ayuda
tui-footer-back = volver
tui-footer-next = siguiente
tui-footer-previous = anterior
tui-footer-outline = índice
tui-footer-review = revisar
tui-footer-plan = plan
tui-footer-write-file = escribir
tui-footer-edition = edición
tui-footer-yes = sí
tui-footer-no = no
tui-footer-continue = continuar
tui-footer-track = itinerario
tui-footer-projector = proyector
tui-footer-language = idioma
tui-footer-add = añadir
tui-footer-delete = borrar
tui-footer-pick = elegir
tui-footer-move-up = subir
tui-footer-move-down = bajar
tui-footer-move = mover
tui-footer-keep = conservar
tui-footer-filter = filtro
tui-footer-import = importar
tui-footer-read = leer
tui-footer-complete = completar
tui-footer-merge = añadir
tui-footer-replace = reemplazar

## La ayuda: lo que hace cada tecla.
tui-key-quit = guardar y salir
tui-key-take-edit = editar aquí cuando la otra ventana haya cerrado esta ciudad
tui-key-resolve = resolver las notas de esta respuesta
tui-key-show-id = mostrar el identificador de la pregunta, para `answer set` y scripts
tui-key-keep-last = conservar sin cambios la respuesta del ciclo anterior para este ciclo
tui-key-help = ayuda: todas las teclas
tui-key-back = volver / cerrar
tui-key-next-short = pregunta siguiente (respuesta corta)
tui-key-next = pregunta siguiente
tui-key-prev = pregunta anterior
tui-key-outline-jump = índice: ir a cualquier sección o pregunta
tui-key-outline = índice del cuaderno
tui-key-next-required = ir a la siguiente pregunta obligatoria sin responder
tui-key-search = buscar en preguntas, orientaciones y respuestas
tui-key-review-all = revisar todas las respuestas de este cuaderno
tui-key-review = revisar el cuaderno seleccionado
tui-key-plan = vista previa del plan de acción
tui-key-filter = mostrar todas las respuestas, las que faltan por confirmar en este ciclo o las cambiadas desde el ciclo anterior
tui-key-write-plan = escribir el plan en un archivo: Markdown, HTML o Word
tui-key-edition = mostrar la edición pública, la edición para el concejo municipal o la restringida
tui-key-yes-replace = sí, sustituir el archivo
tui-key-no-keep = no, conservar el archivo
tui-key-audience = mostrar todas las preguntas / solo las de su papel
tui-key-example = mostrar u ocultar el ejemplo de una ciudad
tui-key-save = guardar ahora
tui-key-track = cambiar entre el itinerario básico y los cuadernos completos
tui-key-theme = colores para proyector (alto contraste) / colores normales
tui-key-language = idioma de la interfaz y de los cuadernos: English, français, español, العربية
tui-key-continue = continuar donde lo dejó
tui-key-new-city = crear una nueva ciudad
tui-key-demo = probar la ciudad de demostración: ficticia, para formación
tui-key-scroll-up = desplazar las orientaciones hacia arriba
tui-key-scroll-down = desplazar las orientaciones hacia abajo
tui-key-select = abrir / editar / confirmar
tui-key-toggle = elegir / quitar
tui-key-toggle-cell = editar una celda, o abrir la lista de una celda de opciones
tui-key-add = añadir un elemento o una fila
tui-key-delete = borrar el elemento o la fila
tui-key-clear = borrar la respuesta
tui-key-move-item-up = subir el elemento o la fila
tui-key-move-item-down = bajar el elemento o la fila
tui-key-next-field = campo / celda siguiente
tui-key-prev-field = campo / celda anterior
tui-key-up = subir
tui-key-down = bajar
tui-key-left = ir a la izquierda / punto más bajo
tui-key-right = ir a la derecha / punto más alto
tui-key-page-up = página anterior
tui-key-page-down = página siguiente
tui-key-first = primer elemento
tui-key-last = último elemento
tui-key-import = llenar la tabla o la lista desde una hoja de cálculo (CSV, Excel, OpenDocument)
tui-key-complete = completar el nombre del archivo o de la carpeta
tui-key-import-read = leer el archivo y mostrar lo que cambiaría
tui-key-import-save = guardar: la respuesta toma las filas mostradas
tui-key-import-merge = añadir las filas a las que ya tiene la respuesta
tui-key-import-replace = reemplazar las filas de la respuesta por las del archivo
tui-key-import-next-sheet = leer la hoja siguiente del libro
## Importar una hoja de cálculo en una respuesta de tabla o lista (i en la pregunta).
tui-import-title = Importar desde una hoja de cálculo
tui-import-path-prompt = El archivo que se importará (CSV, Excel u OpenDocument), desde { $folder }:
tui-import-path-placeholder = ruta del archivo; Tab completa
tui-import-path-empty = Escriba la ruta del archivo que desea importar y pulse Enter.
tui-import-no-match = Nada en esa carpeta empieza así: solo se ofrecen carpetas y hojas de cálculo.
tui-import-more = … y { $count } más
tui-import-cancelled = No se importó nada.
tui-import-sheet = { $file }, hoja { $sheet }
tui-import-sheet-of = { $file }, hoja { $sheet } ({ $number } de { $count }; Tab lee la siguiente)
tui-import-read = { $rows ->
    [one] { $rows } fila leída: { $accepted } se puede importar, { $rejected } descartada.
   *[other] { $rows } filas leídas: { $accepted } se pueden importar, { $rejected } descartadas.
}
tui-import-empty-answer = La respuesta está vacía: estas filas pasan a ser las suyas. Enter guarda.
tui-import-unclear = No se pudo leer la respuesta guardada: la importación la reemplaza. Enter guarda.
tui-import-merge-chosen = { $stored ->
    [one] Se añaden a la fila de la respuesta
   *[other] Se añaden a las { $stored } filas de la respuesta
}: { $added ->
    [one] { $added } nueva
   *[other] { $added } nuevas
}, { $updated ->
    [one] { $updated } actualizada
   *[other] { $updated } actualizadas
}, { $unchanged } sin cambios. Enter guarda; r las reemplaza en su lugar.
tui-import-replace-chosen = { $stored ->
    [one] La fila de la respuesta se reemplaza
   *[other] Las { $stored } filas de la respuesta se reemplazan
} por { $count ->
    [one] esta
   *[other] estas { $count }
}. Enter guarda; m las añade en su lugar.
tui-import-nothing-stored = La respuesta está vacía: las filas simplemente se añaden.
tui-import-ignored = Columnas no utilizadas: { $headers }
tui-import-new-rows = { $count ->
    [one] { $count } fila nueva
   *[other] { $count } filas nuevas
}
tui-import-rows-after = { $count ->
    [one] La fila de la respuesta después de la importación
   *[other] Las { $count } filas de la respuesta después de la importación
}
tui-import-updated-rows = { $count ->
    [one] { $count } fila actualizada
   *[other] { $count } filas actualizadas
}
tui-import-left-out = { $count ->
    [one] { $count } fila descartada
   *[other] { $count } filas descartadas
}
tui-import-nothing = Ninguna fila de esta hoja se puede importar: vea el motivo abajo, o Esc para elegir otro archivo.
tui-import-merged = Importado desde { $file }: { $added ->
    [one] { $added } fila nueva
   *[other] { $added } filas nuevas
}, { $updated ->
    [one] { $updated } actualizada
   *[other] { $updated } actualizadas
}.
tui-import-replaced = { $count ->
    [one] { $count } fila importada desde { $file }.
   *[other] { $count } filas importadas desde { $file }.
}
tui-import-no-matching-column = Ninguna columna de { $sheet } corresponde a las columnas de esta pregunta ({ $expected }). Nombre los encabezados como ellas, en cualquier idioma del programa, o lea otra hoja u otro archivo.
tui-import-list-column = { $sheet } tiene varias columnas ({ $headers }) y ninguna lleva el nombre de esta lista: nombre la columna que contiene los elementos como la pregunta, o lea otra hoja u otro archivo.
tui-import-same-column-twice = { $sheet }: las columnas { $first } y { $second } llenan ambas { $column }; quite una de la hoja y vuelva a leerla.
tui-import-unchanged = Nada que cambiar: la respuesta ya tiene todas las filas de { $file }.
tui-import-cell = { $column }: { $value }
