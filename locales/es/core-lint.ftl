# Problems in a workbook file, as `workbook validate` reports them.

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
