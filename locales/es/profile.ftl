# Lo que el programa dice sobre los perfiles de ciudad: el almacenamiento, los ciclos, las
# migraciones, las importaciones y los documentos de `workbook diff` y `workbook compare`.

## El almacenamiento de los perfiles de ciudad.
profile-locked = la ciudad «{ $city }» está abierta en otra ventana o proceso ({ $path } está bloqueado); ciérrela allí y vuelva a intentarlo (un comando espera hasta 10 segundos; --wait SEGUNDOS espera más)
profile-corrupt =
    { $place }: no se puede leer este perfil: { $problem }
    El archivo no se ha modificado. Corríjalo a mano, o ejecute `workbook city restore NOMBRE` para volver a la última copia de seguridad válida.
profile-bad-file = { $place }: no se puede leer este archivo: { $problem }
profile-newer-format = { $path } fue escrito por una versión más reciente de workbook (formato de perfil { $found }; esta versión entiende hasta el { $supported }); actualice workbook para usarlo. El archivo no se ha modificado.
profile-too-large = { $path } ocupa { $size } bytes; se rechazan los perfiles de más de { $limit } bytes
profile-not-found = no hay ninguna ciudad llamada «{ $name }»; `workbook city list` muestra las ciudades, `workbook city new` añade una
profile-ambiguous = dos perfiles tienen el nombre de ciudad «{ $name }»: { $first } y { $second }; edite la línea `name` de uno de ellos (o saque de la carpeta el que no necesite) para que cada ciudad tenga su propio nombre
profile-exists = ya existe una ciudad llamada «{ $name }» (los nombres se comparan sin tener en cuenta mayúsculas, anchura de caracteres ni composición Unicode)
profile-file-taken = el archivo { $path } ya contiene otra ciudad («{ $other }»); cambie ligeramente el nombre de la nueva ciudad
profile-read-only = la ciudad «{ $city }» está abierta en modo de solo lectura; sus respuestas no se pueden guardar desde aquí
profile-no-backup = no se ha encontrado ninguna copia de seguridad legible de «{ $name }» junto a { $path }; no se ha modificado nada
profile-self-check = no se pudo guardar { $path }: el archivo escrito no se relee igual ({ $detail }); no se ha reemplazado nada y las respuestas siguen en memoria
profile-self-check-bytes = los bytes del disco difieren de los bytes escritos
profile-self-check-profile = el perfil no se relee igual
profile-serialize = no se pudo escribir el perfil: { $cause }
profile-io = { $action } { $path }: { $cause }
profile-io-read = no se puede leer
profile-io-read-back = no se puede releer
profile-io-open = no se puede abrir
profile-io-open-lock = no se puede abrir el archivo de bloqueo
profile-io-create-temporary = no se puede crear un archivo temporal en
profile-io-write = no se puede escribir
profile-io-replace = no se puede reemplazar
profile-io-move-aside = no se puede apartar
profile-io-rotate-backup = no se puede rotar la copia de seguridad
profile-io-back-up = no se puede hacer una copia de seguridad de
profile-io-sync-folder = no se puede sincronizar la carpeta
profile-io-create-folder = no se puede crear la carpeta
profile-io-list = no se puede listar
profile-io-lock = no se puede bloquear
profile-not-utf8 = el archivo no es texto UTF-8 válido
profile-no-format = no hay ninguna línea `format = 1`: esto no parece un perfil de ciudad de workbook
profile-bad-time = `{ $text }` no es una hora con desfase UTC, como 2026-03-01T10:15:00Z ({ $cause })

## Nombres de ciudad.
profile-name-empty = el nombre de una ciudad no puede estar vacío
profile-name-control = el nombre de una ciudad no puede contener caracteres de control (se encontró { $code }, carácter { $position })
profile-name-invisible = el nombre de una ciudad no puede contener { $code } (carácter { $position }), { $what }: no se ve, así que dos nombres distintos parecerían iguales. Escriba el nombre solo con letras, signos, cifras, puntuación y símbolos visibles, y espacios normales.
profile-name-too-long = el nombre de una ciudad puede tener como máximo { $most } caracteres
profile-name-format-character = un carácter de formato invisible (un espacio o unión de anchura cero, una marca de dirección o similar)
profile-name-separator = un separador de línea o de párrafo
profile-name-unassigned = un punto de código sin ningún carácter asignado
profile-name-variation-selector = un selector de variación, que solo cambia cómo se dibuja el carácter anterior
profile-name-blank-filler = un carácter de relleno en blanco

## Los ciclos: el ciclo anual de una ciudad, cada uno cerrado con un nombre como 2026.
profile-round-nothing = { $city } aún no tiene respuestas, así que no hay nada que cerrar; responda primero a algunas preguntas
profile-round-taken = { $city } ya tiene un ciclo llamado «{ $label }»; dé otro nombre al nuevo, por ejemplo --label "{ $label }-b"
profile-round-bad-label = el nombre de ciclo «{ $label }» { $why }; escriba un nombre corto como 2026 o "revisión 2026"
profile-round-label-empty = está vacío
profile-round-label-spaces = empieza o termina con un espacio
profile-round-label-long = tiene más de 40 caracteres
profile-round-label-control = contiene un carácter de control
profile-round-label-current = está reservado para el ciclo abierto
profile-round-unknown = { $city } no tiene ningún ciclo «{ $label }»; sus ciclos son: { $known }
profile-round-unknown-none = { $city } no tiene ningún ciclo «{ $label }»; sus ciclos son: ninguno todavía (cierre uno con `workbook round close`)
profile-diff-no-round = { $city } aún no ha cerrado ningún ciclo, así que no hay nada con qué comparar sus respuestas

## Las respuestas.
profile-answer-bad-key = `{ $key }` no designa una pregunta; escriba CUADERNO.PREGUNTA, por ejemplo mapping.threats
profile-answer-unknown-workbook = no existe el cuaderno `{ $workbook }`; los cuadernos cargados son: { $known }
profile-answer-unknown-question = el cuaderno `{ $workbook }` no tiene la pregunta `{ $question }`; sus preguntas son: { $known }
profile-resolve-no-answer = { $question } no tiene respuesta
profile-resolve-no-note = la respuesta a { $question } no tiene ninguna nota que resolver
profile-resolve-no-kept = no hay ninguna respuesta conservada { $kept }; la respuesta tiene { $count ->
        [one] { $count } nota
       *[other] { $count } notas
    }
profile-resolve-nothing-kept = la nota { $note } no conserva ninguna respuesta que usar; le pide que revise la respuesta actual
profile-track-full = cuadernos completos
profile-track-core = itinerario básico

## Las migraciones.
profile-migrate-not-renamed = no se renombró a `{ $to }`: esa pregunta ya tiene respuesta; la respuesta antigua se conserva tal cual
profile-migrate-renamed = pregunta `{ $from }` renombrada a `{ $to }`
profile-migrate-choice-renamed = opción `{ $from }` renombrada a `{ $to }`
profile-migrate-choice-retired = la opción `{ $from }` se retiró; se conserva como texto de «otro»
profile-migrate-moved = respuesta trasladada de `{ $from }` a `{ $to }`
profile-migrate-moved-orphan = respuesta trasladada de `{ $from }` a `{ $to }` (ningún cuaderno cargado hace esa pregunta)
profile-migrate-converted = respuesta convertida a las nuevas opciones de la pregunta
profile-migrate-normalised = `{ $before }` guardado como `{ $after }`
profile-migrate-earlier-question = una pregunta anterior del cuaderno «{ $workbook }»
profile-orphan-no-workbook = no hay ningún cuaderno `{ $workbook }` cargado
profile-orphan-no-question = el cuaderno `{ $workbook }` (versión { $version }) no tiene la pregunta `{ $question }`

## Notas guardadas con una respuesta.
profile-note-kept-earlier = Respuesta anterior a esta pregunta, conservada porque la respuesta trasladada aquí desde { $source } es más reciente y distinta
profile-note-kept-moved = Respuesta a { $source }, conservada junto a esta, más reciente, porque son distintas
profile-note-earlier-answer = { $note } (la respuesta anterior era: { $earlier })
profile-note-kept-local = Respuesta que tenía este equipo, conservada porque la importada es más reciente y distinta
profile-note-kept-incoming = Respuesta del archivo importado, conservada junto a esta, más reciente, porque son distintas

## `workbook diff`.
profile-diff-title = { $city }: qué cambió entre { $from } y { $to }
profile-diff-nothing = No cambió nada entre { $from } y { $to }.
profile-diff-compared = { $start }, comparado con { $to }.
profile-diff-backwards = { $later } es el ciclo más reciente, así que este documento va hacia atrás en el tiempo: «añadida» es lo que solo tiene { $to }, «eliminada» lo que solo tiene { $from }.
profile-diff-current-round = el ciclo en curso
profile-diff-round = el ciclo { $label }
profile-diff-closed = { $round } (cerrado el { $date })
profile-diff-open-since = { $round } (abierto desde el { $date })
profile-diff-now = ahora
profile-diff-in = en { $label }
profile-diff-answers = Respuestas
profile-diff-counts = { $counts }.
profile-diff-count-added = { $count ->
        [one] { $count } añadida
       *[other] { $count } añadidas
    }
profile-diff-count-changed = { $count ->
        [one] { $count } modificada
       *[other] { $count } modificadas
    }
profile-diff-count-removed = { $count ->
        [one] { $count } eliminada
       *[other] { $count } eliminadas
    }
profile-diff-added = **{ $label }** (añadida): { $value }
profile-diff-removed = **{ $label }** (eliminada): era { $value }
profile-diff-changed = **{ $label }** (modificada): era { $before }; ahora { $after }
profile-diff-changed-items = **{ $label }** (modificada): { $changes }
profile-diff-items-added = añadidos: { $items }
profile-diff-items-removed = eliminados: { $items }
profile-diff-items-changed = modificados: { $items }
profile-diff-items-reordered = los mismos, en otro orden
profile-diff-separator = {"; "}
profile-diff-actions = Acciones
profile-diff-actions-intro = Las acciones de cada tabla de acciones cuyo estado cambió, y las acciones nuevas o desaparecidas.
profile-diff-column-action = Acción
profile-diff-column-status = Estado { $when }
profile-diff-column-note = Nota de avance
profile-diff-no-status = sin estado
profile-diff-not-listed = no figura
profile-diff-gone = eliminada
profile-diff-indicator-not-listed = no figura
profile-diff-indicator-gone = eliminado
profile-diff-indicators = Indicadores frente a la meta
profile-diff-column-indicator = Indicador
profile-diff-column-baseline = Línea de base
profile-diff-column-target = Meta
profile-diff-column-latest = Último valor { $when }
profile-diff-column-reached = Meta alcanzada { $when }
profile-diff-reached = sí
profile-diff-not-reached = todavía no
profile-row = fila { $row }

## `workbook compare`.
profile-compare-city = Ciudad
profile-compare-country = País
profile-compare-actions = Acciones
profile-compare-entries = { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }
profile-compare-progress = { $percent } % ({ $answered }/{ $relevant })
profile-compare-last-round = Último ciclo
profile-compare-closed = Cerrado
profile-compare-answered-then = Respondidas entonces
profile-compare-answered-now = Respondidas ahora
profile-compare-answers-changed = Respuestas cambiadas
profile-compare-actions-done = Acciones hechas
profile-compare-actions-late = Acciones con retraso
profile-compare-actions-dropped = Acciones abandonadas
profile-compare-indicators-reached = Indicadores alcanzados
profile-compare-none-closed = ninguno cerrado
profile-compare-of = { $part } de { $total }
