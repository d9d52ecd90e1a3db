# Problems between workbooks: questions one shows from another.

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
