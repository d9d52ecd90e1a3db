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

## Sí y no.
core-yes = sí
core-no = no
core-yes-words = sí, si, s, verdadero
core-no-words = no, falso
core-answer-other = otro: { $text }
core-rows = { $count ->
    [one] { $count } fila
   *[other] { $count } filas
}
core-date-form = AAAA-MM-DD

## Comprobación de una respuesta.
core-not-usable-number = `{ $value }` no es un número que una ciudad pueda usar
core-list-holds-tables = una respuesta de tipo lista contiene elementos de texto; esta contiene tablas
core-table-shape = una respuesta de tipo tabla es una lista de filas de la forma columna = texto
core-wrong-shape = { $given } no puede responder a una pregunta de tipo «{ $kind }»; { $accepted }
core-shape-yes-no = `{ $value }` (sí/no)
core-shape-number = el número { $number }
core-shape-text = el texto `{ $text }`
core-shape-list = una lista
core-shape-table = una tabla
core-shape-other = `{ $value }`
core-kind-short-text = texto de una línea
core-kind-long-text = texto
core-kind-single-choice = opción única
core-kind-multi-choice = opción múltiple
core-kind-yes-no = sí/no
core-kind-scale = escala
core-kind-number = número
core-kind-date = fecha
core-kind-list = lista
core-kind-table = tabla
core-accept-text = escriba un texto
core-accept-date = escriba una fecha como 2026-03-31
core-accept-yes-no = responda sí o no
core-accept-number = escriba un número como { $example }
core-accept-scale = elija un punto entero de { $min } a { $max }
core-accept-choice = elija uno de estos valores: { $choices }
core-accept-list = escriba una lista de elementos
core-accept-table = escriba filas con { $columns }
core-answer-too-large = esta respuesta ocupa { $bytes } bytes; el límite es { $limit } bytes (1 MiB)
core-short-text-one-line = una respuesta corta ocupa una sola línea; quite los saltos de línea
core-not-a-date = `{ $text }` no es una fecha; escríbala con la forma AAAA-MM-DD, por ejemplo 2026-03-31
core-not-yes-no = `{ $text }` no es ni sí ni no
core-not-whole = { $number } no es un número entero; escriba uno como 12
core-below-min = { $number } es inferior al mínimo de { $min }
core-above-max = { $number } es superior al máximo de { $max }
core-not-on-scale = { $number } no está en la escala; elija un punto entero de { $min } a { $max }
core-not-a-choice = `{ $text }` no es una de las opciones: { $choices }
core-choice-ambiguous = `{ $text }` puede referirse a más de una opción; indique el valor de la opción
core-in-row = fila { $row }: { $problem }
core-unknown-column = no existe la columna `{ $column }`; las columnas son { $columns }
core-in-column = { $column }: { $problem }
core-column-required = { $column } es obligatorio
core-not-a-column-choice = `{ $text }` no es uno de estos valores: { $choices }
core-other-needs-text = ha elegido «otro»: indique de qué se trata
core-other-not-picked = se ha escrito un texto para «otro», pero «otro» no está elegido

## Lectura de un número escrito.
core-number-format-point = punto decimal: 1234.5
core-number-format-comma = coma decimal: 1234,5
core-number-example = 1234 o { $decimal }
core-number-empty = no se ha escrito ningún número
core-number-bad-character = `{ $text }` no es un número (`{ $character }` no es una cifra); escríbalo como { $example }
core-number-no-digits = `{ $text }` no es un número; escríbalo como { $example }
core-number-not-a-number = `{ $text }` no es un número
core-number-marks = `{ $text }` tiene { $count } separadores decimales (`{ $mark }`); esta ciudad escribe los decimales con { $format ->
        [comma] coma
       *[other] punto
    } ({ $example })
core-number-mixed = `{ $text }` mezcla `{ $mark }` y `{ $group }`; esta ciudad escribe los decimales con { $format ->
        [comma] coma
       *[other] punto
    } ({ $example })
core-number-other-format = `{ $text }` usa { $other ->
        [comma] coma decimal
       *[other] punto decimal
    }, pero esta ciudad escribe los decimales con { $format ->
        [comma] coma
       *[other] punto
    }: escriba { $typed }, o cambie el formato de números de la ciudad (workbook city edit NOMBRE --number-format { $other })
core-number-two-ways = `{ $text }` puede leerse de dos maneras: { $grouped } (`{ $group }` separando los miles) o { $decimal } (`{ $group }` como separador decimal); esta ciudad escribe los decimales con { $format ->
        [comma] coma
       *[other] punto
    }, así que escriba { $grouped } o { $typed }
core-number-uneven = `{ $text }` agrupa sus cifras de forma irregular; agrúpelas de tres en tres ({ $example }) o no las agrupe (1234567)

## Problemas en los archivos de cuadernos y de traducciones.
core-diag-error = error
core-diag-warning = aviso
core-diag-hint = sugerencia
core-did-you-mean = ¿quería decir `{ $name }`?
core-split-hint = divídalo en varios cuadernos

## Comprobaciones de un cuaderno.
core-lint-bad-id = el identificador { $what ->
        [workbook] de cuaderno
        [section] de sección
        [column] de columna
       *[question] de pregunta
    } `{ $id }` debe empezar por una letra minúscula y usar solo a-z, 0-9, `_` y `-`
core-lint-bad-id-hint = los identificadores aparecen en los archivos y en los comandos; por ejemplo `stakeholder_map`
core-lint-version-zero = la versión del cuaderno debe ser 1 o más
core-lint-version-zero-hint = empiece por version = 1 y súbala cuando cambien las preguntas
core-lint-no-sections = el cuaderno no tiene secciones
core-lint-no-sections-hint = añada una tabla [[sections]] con al menos una [[sections.questions]]
core-lint-too-many-questions = el cuaderno tiene { $count } preguntas; el límite es { $limit }
core-lint-no-audience = el cuaderno no se dirige a ningún público
core-lint-no-audience-hint = indique audiences = ["mayor", "official"]
core-lint-unknown-audience = público desconocido `{ $audience }`
core-lint-unknown-audience-hint = los públicos son "mayor" y "official"
core-lint-term-twice = el término del glosario `{ $term }` está definido dos veces (primero en la línea { $line })
core-lint-term-twice-hint = conserve una sola definición y añada las demás grafías a sus `aliases`
core-lint-term-empty = el término del glosario `{ $term }` tiene una definición vacía
core-lint-term-empty-hint = defina el término en una o dos frases
core-lint-section-twice = identificador de sección `{ $id }` repetido (definido primero en la línea { $line })
core-lint-section-twice-hint = dé a cada sección su propio identificador
core-lint-section-empty = la sección `{ $id }` no tiene preguntas
core-lint-section-empty-hint = añada [[sections.questions]] debajo, o elimine la sección
core-lint-section-no-example = la sección `{ $id }` no tiene ningún ejemplo de ciudad
core-lint-section-no-example-hint = añada una [[sections.examples]] con city, text y source
core-lint-example-source = el ejemplo de { $city } tiene una fuente que no es una dirección web
core-lint-example-source-hint = indique la página de la que procede el ejemplo, empezando por https://
core-lint-question-shape = una pregunta necesita un id y un kind (o `uses` para mostrar la pregunta de otro cuaderno)
core-lint-question-shape-hint = por ejemplo id = "has_plan", kind = "yes_no", o uses = "strategy.mandate_basis"
core-lint-question-twice = identificador de pregunta `{ $id }` repetido (definido primero en la línea { $line })
core-lint-question-twice-hint = los identificadores de pregunta deben ser únicos dentro de un cuaderno
core-lint-empty-prompt = la pregunta `{ $id }` tiene un enunciado vacío
core-lint-empty-prompt-hint = escriba la pregunta que debe responder el usuario
core-lint-no-guidance = la pregunta `{ $id }` no tiene orientación
core-lint-no-guidance-hint = explique por qué importa la pregunta y qué contiene una buena respuesta
core-lint-audience-missing = la pregunta `{ $id }` se dirige a `{ $audience }`, que no está entre los públicos del cuaderno
core-lint-audience-missing-hint = añada ese público a las `audiences` del cuaderno, o cambie el de la pregunta
core-lint-uses-not-question = `uses = "{ $name }"` no designa una pregunta
core-lint-uses-not-question-hint = escriba la pregunta de origen con la forma cuaderno.pregunta, por ejemplo uses = "mapping.stakeholders"
core-lint-uses-key = `{ $key }` no puede definirse en `uses = "{ $name }"`: la pregunta pertenece a su cuaderno de origen
core-lint-uses-key-hint = una pregunta reutilizada solo puede dar su propio enunciado, su orientación y core; cambie lo demás en el cuaderno de origen
core-lint-uses-twice = `{ $name }` ya se muestra en este cuaderno (línea { $line })
core-lint-uses-twice-hint = muestre cada pregunta una sola vez por cuaderno
core-lint-sentence-empty = la frase del plan de `{ $id }` está vacía
core-lint-sentence-empty-hint = escriba la frase que debe mostrar el plan, o quite plan_sentence
core-lint-sentence-braces = la frase del plan de `{ $id }` tiene { $problem }: { $text }
core-lint-sentence-braces-hint = los marcadores son { $answer }, { $other } y { $city }; use llaves solo alrededor de ellos
core-lint-placeholders-hint = los marcadores son { $answer }, { $other } y { $city }
core-lint-sentence-unknown = la frase del plan de `{ $id }` tiene un marcador desconocido `{ $placeholder }`
core-lint-sentence-other = la frase del plan de `{ $id }` usa `{ $placeholder }`, pero la pregunta no tiene la opción «otro»
core-lint-sentence-other-hint = use { $answer }, o indique other = true
core-lint-sentence-no-values = la frase del plan de `{ $id }` da una frase por valor, pero una respuesta de tipo { $kind } no tiene valores entre los que elegir
core-lint-sentence-no-values-hint = escriba una sola frase con { $answer }, por ejemplo plan_sentence = "La ciudad mapeó estos problemas por última vez en { $answer }."
core-lint-sentence-key = la frase del plan de `{ $id }` tiene una frase para `{ $key }`, que no es una de sus respuestas
core-lint-sentence-key-hint = las claves son: { $keys }
core-lint-sentence-missing = la frase del plan de `{ $id }` no tiene frase para { $keys }
core-lint-sentence-missing-hint = esas respuestas se muestran como una etiqueta y un valor; añada una frase para cada una
core-lint-sensitivity-both = `{ $owner }` define a la vez sensitivity y sensitive
core-lint-sensitivity-both-hint = conserve sensitivity = "public", "internal" o "restricted" y quite sensitive
core-lint-sensitive-old = `{ $owner }` usa `sensitive`, que `sensitivity` sustituye
core-lint-sensitive-old-restricted = escriba sensitivity = "restricted"
core-lint-sensitive-old-internal = escriba sensitivity = "internal" (el valor por defecto), o quítelo
core-lint-column-more-open = la columna `{ $column }` de `{ $id }` es { $level }, más abierta que su pregunta ({ $question_level })
core-lint-column-more-open-hint = una columna puede ser más estricta que su pregunta, nunca más abierta
core-lint-kinds-two = { $first } y { $second }
core-lint-misplaced = `{ $setting }` no se aplica a la pregunta { $kind } `{ $id }`
core-lint-misplaced-hint = `{ $setting }` es para preguntas { $fits }; quítelo o cambie el kind
core-lint-no-choices = la pregunta { $kind } `{ $id }` no tiene opciones
core-lint-no-choices-hint = añada { $example }
core-lint-empty-choices = la pregunta `{ $id }` tiene una lista de opciones vacía
core-lint-empty-choices-hint = indique al menos dos opciones
core-lint-other-twice = la pregunta `{ $id }` tiene una opción `other` y además other = true
core-lint-other-twice-hint = quite la opción `other`; other = true la añade con un cuadro de texto libre
core-lint-choice-twice = { $of ->
        [column] la columna
       *[question] la pregunta
    } `{ $owner }` tiene la opción `{ $value }` dos veces (primero en la línea { $line })
core-lint-choice-twice-hint = los valores de las opciones deben ser únicos
core-lint-choice-empty = { $of ->
        [column] la columna
       *[question] la pregunta
    } `{ $owner }` tiene una opción con un valor vacío
core-lint-choice-empty-hint = dé a la opción un valor corto como `yes_partly`
core-lint-scale-no-range = la pregunta de escala `{ $id }` no tiene rango
core-lint-scale-no-range-hint = indique min y max, por ejemplo min = 1 y max = 5
core-lint-scale-bad-range = la pregunta de escala `{ $id }` necesita números enteros con min menor que max (se indicó de { $min } a { $max })
core-lint-scale-bad-range-hint = por ejemplo min = 1 y max = 5
core-lint-scale-points = la pregunta de escala `{ $id }` tiene { $points } puntos; el máximo es { $most }
core-lint-scale-points-hint = use una pregunta de tipo número para rangos más amplios
core-lint-scale-labels = la pregunta de escala `{ $id }` tiene { $labels } etiquetas para { $points } puntos
core-lint-scale-labels-hint = dé una etiqueta por punto, de min a max
core-lint-min-above-max = la pregunta `{ $id }` tiene un min { $min } superior al max { $max }
core-lint-min-above-max-hint = intercámbielos, o corrija uno de los dos
core-lint-no-columns = la pregunta de tipo tabla `{ $id }` no tiene columnas
core-lint-no-columns-hint = añada { $example }
core-lint-column-twice = la pregunta de tipo tabla `{ $id }` tiene la columna `{ $column }` dos veces (primero en la línea { $line })
core-lint-column-twice-hint = los identificadores de columna deben ser únicos dentro de una tabla
core-lint-column-no-choices = la columna de opciones `{ $column }` no tiene opciones
core-lint-column-no-choices-hint = añada { $example } a la columna
core-lint-column-empty-choices = la columna de opciones `{ $column }` tiene una lista de opciones vacía
core-lint-column-choices = la columna `{ $column }` es de tipo { $kind } pero tiene opciones
core-lint-column-choices-hint = indique kind = "choice" o quite las opciones
core-lint-feeds-summary = la pregunta `{ $id }` alimenta el apartado { $feed } del resumen ejecutivo, pero es una pregunta { $kind }
core-lint-feeds-summary-hint = el resumen cita texto: use una pregunta short_text, long_text o list
core-lint-feeds-table = la pregunta `{ $id }` alimenta el apartado { $feed } del plan, pero no es una tabla
core-lint-feeds-table-hint = solo las preguntas de tipo tabla pueden alimentar las tablas del plan; use feeds = "finding" o conviértala en tabla
core-lint-feeds-key = la tabla `{ $id }` alimenta el apartado { $feed } del plan, pero no tiene columna `{ $column }`
core-lint-feeds-key-hint = añada una columna con ese identificador; consulte docs/workbook-format.md para ver las columnas de cada tabla del plan
core-lint-condition-deep = la condición sobre `{ $id }` está anidada en más de { $depth } niveles
core-lint-condition-deep-hint = simplifíquela
core-lint-condition-shape-hint = escriba { $test } (o one_of, contains, answered), o combine con { $combine }
core-lint-condition-empty-list = la condición sobre `{ $id }` combina una lista vacía
core-lint-condition-empty-list-hint = ponga al menos una condición dentro de all = [...] o any = [...]
core-lint-condition-no-test = la condición sobre `{ $id }` nombra una pregunta pero ninguna prueba
core-lint-condition-empty = la condición sobre `{ $id }` está vacía
core-lint-condition-mixed = la condición sobre `{ $id }` mezcla varias pruebas en una misma tabla
core-lint-condition-itself = la condición sobre `{ $id }` se refiere a la propia pregunta
core-lint-condition-itself-hint = una condición solo puede referirse a preguntas anteriores
core-lint-condition-later = la condición sobre `{ $id }` se refiere a `{ $name }`, que viene después
core-lint-condition-later-hint = una condición solo puede referirse a preguntas anteriores; coloque esta pregunta después de aquella de la que depende
core-lint-condition-unknown = la condición sobre `{ $id }` se refiere a una pregunta desconocida `{ $name }`
core-lint-condition-unknown-hint = indique el identificador de una pregunta anterior de este cuaderno
core-lint-condition-empty-one-of = la condición sobre `{ $id }` tiene una lista one_of vacía
core-lint-condition-empty-one-of-hint = indique los valores que muestran la pregunta
core-lint-condition-contains = la condición sobre `{ $id }` usa `contains` en la pregunta { $kind } `{ $name }`
core-lint-condition-contains-hint = `contains` funciona en preguntas multi_choice, list y de texto; use equals o one_of
core-lint-condition-compares = la condición sobre `{ $id }` compara la pregunta { $kind } `{ $name }` con { $value }
core-lint-compare-yes-no-hint = compárela con true o false
core-lint-compare-number-hint = compárela con un número
core-lint-compare-nothing-hint = no la compare con nada: use `answered` o `contains`
core-lint-compare-text-hint = compárela con un texto entre comillas
core-lint-value-text = el texto "{ $text }"
core-lint-value-number = el número { $number }
core-lint-value-other = { $kind ->
        [array] una lista
        [table] una tabla
        [datetime] una fecha
       *[other] un valor { $kind }
    }
core-lint-condition-choice = la condición sobre `{ $id }` usa `{ $value }`, que no es una opción de `{ $question }`
core-lint-choices-hint = las opciones son: { $choices }
core-lint-migration-version = una migración es para la versión { $migration }, pero el cuaderno está en la versión { $version }
core-lint-migration-version-hint = suba la versión del cuaderno a la de la migración
core-lint-migration-shape = a esta migración le falta una clave
core-lint-migration-shape-hint = rename_question y move_question necesitan from y to; rename_choice necesita question, from y to; retire_choice necesita question y from; map_values necesita question y values
core-lint-migration-rename-unknown = la migración renombra a una pregunta desconocida `{ $question }`
core-lint-migration-rename-unknown-hint = `to` debe ser un identificador de pregunta de este cuaderno
core-lint-migration-move-unknown = la migración traslada a una pregunta desconocida `{ $question }`
core-lint-migration-move-unknown-hint = `to` debe ser un identificador de pregunta de este cuaderno, o cuaderno.pregunta
core-lint-migration-unknown = la migración nombra una pregunta desconocida `{ $question }`
core-lint-migration-unknown-hint = `question` debe ser un identificador de pregunta de este cuaderno
core-lint-migration-map-choice = la migración convierte a `{ $value }`, que no es una opción de `{ $question }`
core-lint-migration-map-choice-hint = convierta las respuestas antiguas a los valores de opción de la pregunta
core-lint-migration-rename-choice = la migración renombra a `{ $value }`, que no es una opción de `{ $question }`
core-lint-migration-rename-choice-hint = `to` debe ser uno de los valores de opción de la pregunta
core-brace-unopened = una `{"}"}` sin su `{"{"}`
core-brace-unclosed = una `{"{"}` sin su `{"}"}`

## Comprobaciones entre cuadernos.
core-resolve-unknown-workbook = `uses` nombra un cuaderno desconocido `{ $workbook }`
core-resolve-unknown-workbook-hint = los cuadernos cargados son: { $known }
core-resolve-uses-own = `uses = "{ $name }"` nombra una pregunta de este mismo cuaderno
core-resolve-uses-own-hint = un cuaderno muestra sus propias preguntas directamente; `uses` muestra las de otro cuaderno
core-resolve-unknown-question = el cuaderno `{ $workbook }` no tiene una pregunta propia `{ $question }`
core-resolve-unknown-question-hint = indique una de las preguntas propias de `{ $workbook }`, con la forma cuaderno.pregunta
core-resolve-follow-up = `{ $name }` es una pregunta de seguimiento de `{ $full }`, que este cuaderno no muestra, así que su condición no puede cumplirse aquí
core-resolve-follow-up-hint = muéstrela primero aquí con uses = "{ $full }", o reutilice una pregunta que no sea de seguimiento
core-resolve-migration-move-unknown-hint = `to` debe nombrar una pregunta de un cuaderno cargado, con la forma cuaderno.pregunta
core-resolve-migration-map-choice-hint = convierta las respuestas antiguas a los valores de opción de la pregunta de destino
core-resolve-circle = las condiciones de visualización forman un círculo: { $cycle }
core-resolve-circle-hint = una pregunta solo puede depender de preguntas que no dependan de ella
core-resolve-term-differs-shared = el término del glosario `{ $term }` está definido de otra manera aquí y en el glosario común
core-resolve-term-differs = el término del glosario `{ $term }` está definido de otra manera aquí y en el cuaderno `{ $workbook }`
core-resolve-term-differs-hint = conserve una sola definición: quite esta entrada para usar la otra, o haga que sean iguales

## Lectura de los archivos de cuadernos.
core-origin-built-in = integrado
core-load-unreadable = no se puede leer el archivo: { $cause }
core-load-too-large = el archivo ocupa { $size } bytes; los cuadernos están limitados a { $limit } bytes (4 MiB)
core-load-bom = el archivo empieza con una marca de orden de bytes (BOM)
core-load-bom-hint = guarde el archivo como UTF-8 sin BOM (en la mayoría de los editores: codificación «UTF-8», no «UTF-8 con BOM»)
core-load-utf16 = el archivo está en UTF-16, no en UTF-8
core-load-utf8-hint = guarde el archivo como UTF-8
core-load-not-utf8 = el archivo no es UTF-8 válido (el byte { $byte } no se puede leer)
core-load-empty = el archivo está vacío
core-load-empty-hint = un cuaderno necesita al menos id, title, area, version, summary y una [[sections]]; consulte docs/workbook-format.md
core-parse-unknown-field-hint = quite esta clave o corrija su ortografía; el mensaje indica las claves permitidas aquí
core-parse-missing-field-hint = añada la clave que falta a esta tabla (consulte docs/workbook-format.md)
core-parse-unknown-variant-hint = use uno de los valores indicados en el mensaje
core-parse-invalid-type-hint = compruebe el tipo del valor: el texto entre comillas, los números y true/false sin comillas, las listas entre [ ]
core-parse-nesting-hint = reduzca el anidamiento: no se admiten condiciones ni tablas tan profundas
core-parse-syntax-hint = compruebe aquí la sintaxis TOML: el texto va entre comillas, una tabla empieza por [nombre], una lista de tablas por [[nombre]]
core-translation-unreadable = la traducción no se puede leer, así que su cuaderno se muestra en inglés: { $problem }

## Traducciones de los cuadernos.
core-translation-missing = no hay traducción `{ $lang }` de `{ $key }`
core-translation-missing-hint = añada [{ $key }] a { $file } con source = "{ $hash }" (`workbook translate --lang { $lang } { $english }` lo muestra)
core-translation-empty = `{ $key }` aún no está traducido (su texto está vacío)
core-translation-empty-hint = escriba la traducción; mientras tanto se muestra el inglés
core-translation-stale = `{ $key }` está desactualizado: el inglés ha cambiado desde que se tradujo; ahora dice «{ $english }» ({ $place })
core-translation-stale-hint = actualice la traducción y después indique source = "{ $hash }"
core-translation-orphan = `{ $key }` está huérfano: no nombra ningún texto del archivo en inglés
core-translation-orphan-hint = quítelo, o cámbiele el nombre según los identificadores del archivo en inglés (una pregunta, opción o columna renombrada o eliminada)
core-translation-aliases = `{ $key }` tiene `aliases`, que solo admite un término del glosario
core-translation-aliases-hint = quite `aliases` aquí
core-translation-layout = la traducción de `{ $key }` cambia la maquetación: el inglés tiene { $english }, la traducción { $translation }
core-translation-layout-hint = conserve las listas y los títulos del inglés; una línea que empieza por `#`, `-`, `*`, `+`, `1.` o `>` abre un bloque, así que reparta el texto para que ninguna abra uno por accidente
core-translation-bold = la traducción de `{ $key }` abre una marca de negrita `**` que no cierra
core-translation-bold-hint = escriba las palabras en negrita como **palabra**, con un par de `**` alrededor de cada una
core-translation-link = la traducción de `{ $key }` pierde el enlace { $link }
core-translation-link-hint = conserve los enlaces exactamente como en el inglés
core-translation-placeholders-hint = conserve `{ $answer }`, `{ $other }` y `{ $city }` exactamente como en el inglés: el plan pone ahí la respuesta
core-translation-braces = la traducción de `{ $key }` tiene { $problem }
core-translation-drops = la traducción de `{ $key }` pierde { $placeholders }
core-translation-adds = la traducción de `{ $key }` añade { $placeholders }, que el inglés no tiene
core-translation-swaps = la traducción de `{ $key }` tiene { $translation } donde el inglés tiene { $english }
core-translation-syntax-hint = compruebe aquí la sintaxis TOML: el texto va entre comillas, una tabla empieza por [nombre], y cada nombre se define una sola vez
core-translation-not-entry = `{ $key }` es { $value }, no una entrada con `source` y `text`
core-translation-not-entry-hint = escríbala como { $example }, con la fuente que da `workbook translate`
core-translation-unknown-field = campo desconocido `{ $field }` en `{ $key }`
core-translation-unknown-field-hint = una entrada contiene `source` y `text` (y, en un término del glosario, `aliases`); ponga las notas en inglés en comentarios #
core-translation-bad-hash = la `source` de `{ $key }` es `{ $hash }`, no una huella de { $digits } cifras hexadecimales
core-translation-bad-hash-hint = copie la fuente de `workbook translate` (o de `workbook validate --lang`), nunca la escriba a mano
core-translation-not-text = `{ $field }` de `{ $key }` es { $value }, no texto
core-translation-not-text-hint = ponga el texto entre comillas
core-translation-no-field = `{ $key }` no tiene `{ $field }`
core-translation-no-field-hint = una entrada contiene `source` (la huella que da `workbook translate`) y `text` (la traducción)
core-translation-aliases-list = los `aliases` de `{ $key }` deben ser una lista de textos
core-translation-aliases-list-hint = por ejemplo aliases = ["delitos de odio"]
core-value-text = texto
core-value-number = un número
core-value-boolean = true o false
core-value-date = una fecha
core-value-list = una lista
core-value-table = una tabla
core-layout-none = ningún título ni lista
core-layout-items = { $count ->
    [one] { $count } elemento de lista
   *[other] { $count } elementos de lista
}
core-layout-headings = { $count ->
    [one] { $count } título
   *[other] { $count } títulos
}
core-layout-quotes = { $count ->
    [one] { $count } cita
   *[other] { $count } citas
}
core-layout-code-blocks = { $count ->
    [one] { $count } bloque de código
   *[other] { $count } bloques de código
}
core-layout-rules = { $count ->
    [one] { $count } línea separadora
   *[other] { $count } líneas separadoras
}
core-list-and = { $first } y { $last }
core-template-header =
    Traducción `{ $lang }` de { $english }: { $missing ->
        [one] { $missing } pendiente
       *[other] { $missing } pendientes
    }, { $stale ->
        [one] { $stale } desactualizada
       *[other] { $stale } desactualizadas
    }.
    Escriba cada `text` (el inglés está en el comentario de encima) y conserve cada `source`:
    es la huella del inglés que traduce el texto. Ponga estas entradas en
    { $target } (una entrada marcada como desactualizada sustituye a la del mismo
    nombre), y compruébelo después con: workbook validate --lang { $lang }
core-template-stale = Desactualizada: sustituye a [{ $key }] en { $place }; haga que el texto diga lo que dice ahora el inglés.
core-template-english = Inglés:
core-template-aliases = (opcional: otras grafías del término que se resaltarán)
core-lang-not-a-tag = `{ $tag }` no es una etiqueta de idioma: use una etiqueta BCP 47 como fr, es, ar o pt-BR
core-lang-underscore = `{ $tag }` no es una etiqueta de idioma (escriba `{ $written }`): use una etiqueta BCP 47 como fr, es, ar o pt-BR
core-lang-english = `{ $tag }` es el inglés, el idioma en que están escritos los cuadernos: --lang indica el idioma de una traducción, por ejemplo fr
