# Lo que dice la línea de órdenes: la ayuda, los errores de uso, lo que muestra cada orden.
# Las órdenes, opciones, valores, nombres de archivo y líneas de orden de los ejemplos no se
# traducen; solo las palabras que los rodean y los comentarios después de `#`.

## El programa

cli-about = Cuadernos guiados para ciudades que previenen y responden al odio, el extremismo y la polarización
cli-long-about = Acompaña a alcaldes, alcaldesas y personal municipal a lo largo de cuadernos guiados (mapeo, estrategia, prevención, respuesta a atentados, coordinación), guarda cada respuesta en un perfil por ciudad y convierte las respuestas en un plan de acción.
cli-after-help =
    Ejemplos:
      workbook list
      workbook list --questions mapping      # identificadores de las preguntas, para answer set
      workbook validate my-workbooks/
      workbook --workbooks ./my-workbooks list
cli-arg-data-dir = Carpeta con los perfiles de las ciudades [por defecto: la carpeta de datos de la plataforma]
cli-arg-workbooks = Carpeta adicional de cuadernos, superpuestos a los integrados por identificador (se puede repetir; prevalece la última)
cli-arg-theme = Colores de la interfaz guiada: projector ofrece alto contraste para una sala [por defecto: el `theme` del archivo de configuración; si no, default]
cli-value-theme-default = Colores sobre el fondo propio del terminal
cli-value-theme-projector = Alto contraste para un proyector: blanco sobre negro, énfasis en negrita, selección en vídeo inverso
cli-arg-lang = Idioma de las preguntas, orientaciones y opciones de los cuadernos: en, fr, es o ar (una etiqueta BCP 47) [por defecto: el `lang` del archivo de configuración; si no, el idioma del sistema (LC_ALL, LC_MESSAGES, LANG)]. Con `city new` y `city edit`, el idioma del plan de la ciudad; con `validate` y `translate`, la traducción que se revisa o se completa

cli-validate-about = Revisar archivos de cuadernos e informar de cada problema, como un compilador
cli-validate-after-help =
    Ejemplos:
      workbook validate                 # todos los cuadernos que cargaría el programa
      workbook validate mine.toml       # un solo archivo
      workbook validate --strict dir/   # las advertencias también hacen fallar
      workbook validate --lang fr       # ./workbooks y ./workbooks/i18n/fr
      workbook validate --lang es my-workbooks/
cli-validate-arg-paths = Archivos de cuadernos o carpetas que los contienen [por defecto: todos los cuadernos que cargaría el programa]
cli-validate-arg-strict = Tratar las advertencias (por ejemplo, una pregunta sin orientación) como errores
cli-validate-arg-json = Mostrar los problemas en JSON

cli-translate-about = Mostrar un archivo de traducción para completar: las entradas de un cuaderno (o del glosario) que faltan o están desactualizadas en un idioma, cada una junto al inglés
cli-translate-after-help =
    Ejemplos:
      workbook translate --lang fr mapping     # lo que le falta a su versión francesa
      workbook translate --lang fr glossary
      workbook translate --lang es my-workbooks/local.toml
      # una primera traducción, para completar y luego revisar:
      workbook translate --lang fr strategy > workbooks/i18n/fr/strategy.toml
      workbook validate --lang fr
cli-translate-arg-workbook = Un cuaderno de `./workbooks` por su identificador (`mapping`, o `glossary` para el glosario común), o la ruta de un archivo de cuaderno en inglés

cli-list-about = Listar los cuadernos que carga el programa y su procedencia; o las preguntas de un cuaderno (--questions)
cli-list-after-help =
    Ejemplos:
      workbook list
      workbook list --json
      workbook --workbooks ./mine list
      workbook list --questions mapping          # identificadores de las preguntas para `answer set`
      workbook list --questions mapping --json
cli-list-arg-json = Mostrar la lista en JSON
cli-list-arg-questions = Listar en su lugar las preguntas de este cuaderno: identificador, tipo y enunciado, por sección, con las preguntas de seguimiento bajo la pregunta a la que siguen (con --json: también la sección, la pregunta de origen y el público)

cli-city-about = Crear, listar, mostrar, renombrar, eliminar y restaurar perfiles de ciudades
cli-city-after-help =
    Ejemplos:
      workbook city new "São Paulo" --country Brasil --role mayor
      workbook city list
      workbook city show "São Paulo" --json
      workbook city restore "São Paulo"

cli-city-new-about = Crear el perfil de una ciudad
cli-city-new-after-help =
    Ejemplos:
      workbook city new Lyon --country Francia --role official
      workbook city new "São Paulo" --role mayor --json
cli-city-new-arg-name = El nombre de la ciudad, cualquier texto (nunca se usa tal cual como nombre de archivo)
cli-city-new-arg-role = Quién responderá: muestra las preguntas redactadas para ese papel
cli-city-new-arg-number-format = Cómo escribe la ciudad los decimales: point (punto, 12.5) o comma (coma, 12,5) [por defecto: según el idioma del sistema (LC_ALL, LC_NUMERIC, LANG)]
cli-value-number-format-point = 1234.5
cli-value-number-format-comma = 1234,5
cli-city-new-arg-track = Qué preguntas trabajar: los cuadernos completos o el itinerario básico (unas 30 preguntas de las cinco áreas, para municipios pequeños y primeros talleres)
cli-value-track-full = Todas las preguntas de los cinco cuadernos
cli-value-track-core = Unas 30 preguntas de las cinco áreas
cli-city-new-arg-currency = La moneda de los presupuestos de la ciudad, tal como debe escribirla el plan ("EUR", "KES", "€")
cli-city-new-arg-json = Mostrar la nueva ciudad en JSON

cli-city-edit-about = Cambiar el país, el papel, el formato de los números, el itinerario o la moneda de una ciudad
cli-city-edit-after-help =
    Ejemplos:
      workbook city edit Lyon --number-format comma
      workbook city edit Lyon --role mayor --country Francia
      workbook city edit Lyon --track core
cli-city-edit-arg-number-format = Cómo escribe la ciudad los decimales: point (punto, 12.5) o comma (coma, 12,5)
cli-city-edit-arg-track = Qué preguntas trabajar: full o core (las respuestas se conservan en ambos casos)
cli-city-edit-arg-currency = La moneda de los presupuestos de la ciudad ("EUR", "KES", "€"); un texto vacío la elimina
cli-arg-wait = Si otra ventana u otro proceso tiene abierta la ciudad, esperarla hasta SEGUNDOS segundos y después detenerse con el código de salida 3 [por defecto: 10]
cli-arg-no-wait = No esperar: detenerse de inmediato con el código de salida 3 si otra ventana u otro proceso tiene abierta la ciudad
cli-arg-city = La ciudad (su nombre, sin distinguir mayúsculas y minúsculas)
cli-arg-json = Mostrar el resultado en JSON, para scripts
cli-arg-country = El país de la ciudad (opcional)

cli-city-list-about = Listar las ciudades
cli-city-list-after-help =
    Ejemplos:
      workbook city list
      workbook city list --json

cli-city-show-about = Mostrar una ciudad: sus datos, su avance, sus respuestas huérfanas y sus migraciones pendientes
cli-city-show-after-help =
    Ejemplos:
      workbook city show Lyon
      workbook city show Lyon --json

cli-city-rename-about = Renombrar una ciudad (los nombres se comparan sin distinguir mayúsculas y minúsculas)
cli-city-rename-after-help =
    Ejemplos:
      workbook city rename Lyon "Lyon Métropole"

cli-city-delete-about = Eliminar una ciudad; su perfil se conserva en una copia de seguridad que `city restore` recupera
cli-city-delete-after-help =
    Ejemplos:
      workbook city delete Lyon          # pide confirmación antes
      workbook city delete Lyon --yes
cli-city-delete-arg-yes = No pedir confirmación

cli-city-restore-about = Recuperar la copia de seguridad legible más reciente del perfil de una ciudad
cli-city-restore-after-help =
    Ejemplos:
      workbook city restore Lyon

cli-answer-about = Registrar, leer, borrar, importar y exportar las respuestas de una ciudad
cli-answer-after-help =
    Ejemplos:
      workbook answer set --city Lyon mapping.has_mapped yes
      workbook answer get --city Lyon mapping.has_mapped
      workbook list --questions mapping      # los identificadores de las preguntas
      workbook answer export --city Lyon > answers.toml

cli-answer-set-about = Registrar una respuesta, validada exactamente como en el cuaderno interactivo
cli-answer-set-after-help =
    Formas de los valores:
      texto, fecha, número, escala, sí/no, opción única: el valor tal cual
      lista, opción múltiple: elementos separados por ; (o un elemento por argumento)
      tabla: filas separadas por ;, celdas por , en la forma columna=valor (o una fila por argumento)
      escapes en las formas divididas: \; \, \= \\ y \n (salto de línea)
      --json VALOR: un valor JSON; - lee el valor de la entrada estándar
      un valor que empieza por - (salvo un número): ponga -- delante

    Ejemplos:
      workbook answer set --city Lyon mapping.review_owner "Coordinación de prevención"
      workbook answer set --city Lyon mapping.threats "hate_incidents; extremism"
      workbook answer set --city Lyon mapping.stakeholders "name=Consejo de la juventud, role=Asesoría; name=Policía"
      workbook answer set --city Lyon mapping.threats --json '["hate_incidents"]'
      cat notes.txt | workbook answer set --city Lyon mapping.last_mapping_findings -
cli-answer-set-arg-key = CUADERNO.PREGUNTA, por ejemplo mapping.threats
cli-answer-set-arg-values = El valor (véase más abajo), varios valores para una lista o una tabla, o - para leer la entrada estándar
cli-answer-set-arg-json = El valor está en JSON (cadena, número, true/false, matriz de cadenas, matriz de objetos)
cli-answer-set-arg-other = Texto libre para una opción «otro»

cli-answer-get-about = Mostrar una respuesta; una lista o una tabla en una sola línea, en la forma que lee `answer set`, para poder volver a pegarla
cli-answer-get-after-help =
    Ejemplos:
      workbook answer get --city Lyon mapping.threats
      workbook answer get --city Lyon mapping.stakeholders --json
      workbook answer set --city Gent mapping.stakeholders "$(workbook answer get --city Lyon mapping.stakeholders)"

cli-answer-clear-about = Borrar una respuesta
cli-answer-clear-after-help =
    Ejemplos:
      workbook answer clear --city Lyon mapping.threats

cli-answer-resolve-about = Resolver las notas de una respuesta: mantener la respuesta o usar la que conserva una nota
cli-answer-resolve-after-help =
    Ejemplos:
      workbook answer get --city Lyon strategy.mandate_basis     # muestra las notas, numeradas
      workbook answer resolve --city Lyon strategy.mandate_basis            # mantener la respuesta actual
      workbook answer resolve --city Lyon strategy.mandate_basis --use 1    # usar la respuesta que conserva la nota 1
cli-answer-resolve-arg-use-kept = Usar la respuesta que conserva esta nota (numerada como en `answer get`) en lugar de la actual

cli-answer-confirm-about = Mantener sin cambios las respuestas traídas del ciclo anterior como respuestas de este ciclo
cli-answer-confirm-after-help =
    Ejemplos:
      workbook answer confirm --city Lyon mapping.threats
      workbook answer confirm --city Lyon mapping.threats mapping.stakeholders
cli-answer-confirm-arg-keys = CUADERNO.PREGUNTA (una o varias)

cli-answer-import-about = Importar respuestas desde un archivo TOML con la forma que produce `answer export`, o una respuesta de tabla o de lista desde una hoja de cálculo
cli-answer-import-after-help =
    Ejemplos:
      workbook answer export --city Lyon > respuestas.toml
      workbook answer import --city Lyon respuestas.toml
      workbook answer import --city Lyon mapping.stakeholders socios.xlsx --merge
      workbook answer import --city Lyon mapping.stakeholders lista.csv --map "Tipo de entidad=sector" --replace
cli-answer-export-about = Mostrar las respuestas de una ciudad en TOML, con la forma que guarda el perfil, o escribir una respuesta de tabla o de lista en una hoja de cálculo
cli-answer-export-after-help =
    Ejemplos:
      workbook answer export --city Lyon
      workbook answer export --city Lyon -o respuestas.toml
      workbook answer export --city Lyon mapping.stakeholders -o actores.xlsx
cli-answer-export-arg-output = Escribir en este archivo en lugar de la salida estándar

cli-round-about = Cerrar el ciclo anual de respuestas y abrir el siguiente, o listar los ciclos de una ciudad
cli-round-after-help =
    Ejemplos:
      workbook round close --city Lyon --dry-run
      workbook round close --city Lyon --label 2026
      workbook round list --city Lyon

cli-round-close-about = Fijar las respuestas de la ciudad en un ciclo con nombre (de solo lectura a partir de entonces) y abrir el ciclo siguiente con cada respuesta traída, marcada «confirmar o actualizar»
cli-round-close-after-help =
    Ejemplos:
      workbook round close --city Lyon --dry-run      # lo que ocurriría
      workbook round close --city Lyon                # con el año como nombre
      workbook round close --city Lyon --label "Revisión 2026"
cli-round-close-arg-city = La ciudad (su nombre, sin distinguir mayúsculas y minúsculas)
cli-round-close-arg-label = El nombre del ciclo [por defecto: el año, por ejemplo 2026]
cli-round-close-arg-dry-run = Indicar lo que ocurriría, sin guardar nada

cli-round-list-about = Los ciclos de la ciudad, del más antiguo al más reciente, con sus fechas y su avance, y la revisión del ciclo abierto
cli-round-list-after-help =
    Ejemplos:
      workbook round list --city Lyon
      workbook round list --city Lyon --json
cli-round-list-arg-city = La ciudad (su nombre, sin distinguir mayúsculas y minúsculas)

cli-diff-about = Qué cambió entre dos ciclos de una ciudad: respuestas añadidas, modificadas y eliminadas, acciones cuyo estado cambió, indicadores frente a su meta
cli-diff-after-help =
    Ejemplos:
      workbook diff --city Lyon                         # el último ciclo cerrado frente a hoy
      workbook diff --city Lyon --from 2025 --to 2026
      workbook diff --city Lyon --format json
      workbook diff --city Lyon -o changes.md           # escrito de forma atómica
      workbook round list --city Lyon                   # los nombres de los ciclos
cli-diff-arg-city = La ciudad cuyos ciclos se comparan (su nombre, sin distinguir mayúsculas y minúsculas)
cli-diff-arg-from = El ciclo anterior: el nombre de un ciclo cerrado, o `current` [por defecto: el último ciclo cerrado]
cli-diff-arg-to = El ciclo posterior: el nombre de un ciclo cerrado, o `current` para el ciclo abierto
cli-diff-arg-output = Escribir en este archivo (de forma atómica) en lugar de la salida estándar

cli-progress-about = Para cada cuaderno de una ciudad, cuántas preguntas están respondidas, son pertinentes y son obligatorias
cli-progress-after-help =
    Ejemplos:
      workbook progress --city Lyon
      workbook progress --city Lyon --json

cli-migrate-about = Llevar las respuestas de una ciudad a las versiones más recientes de los cuadernos
cli-migrate-after-help =
    Ejemplos:
      workbook migrate --city Lyon --dry-run   # mostrar lo que cambiaría
      workbook migrate --city Lyon             # aplicar y guardar
cli-migrate-arg-dry-run = Mostrar lo que cambiaría, sin guardar nada

cli-export-about = Escribir una ciudad en un único archivo de paquete, para llevarla a otro equipo o a un colega
cli-export-after-help =
    Ejemplos:
      workbook export --city Lyon -o lyon.workbook.toml
      workbook export --city Lyon > lyon.workbook.toml
      workbook export --city Lyon --format xlsx -o lyon.xlsx --edition public
cli-export-arg-output = Escribir en este archivo en lugar de la salida estándar

cli-import-about = Importar un paquete; en una ciudad existente se fusiona respuesta por respuesta y prevalece el cambio más reciente
cli-import-after-help =
    Ejemplos:
      workbook import lyon.workbook.toml
      workbook import lyon.workbook.toml --json
      workbook import demo/demo-city.toml      # también sirve un archivo de perfil
cli-import-arg-file = Un paquete escrito por `workbook export`, o el archivo de perfil de una ciudad (como la ciudad de demostración)
cli-import-arg-json = Mostrar el informe de fusión en JSON

cli-open-about = Abrir la interfaz guiada a pantalla completa en un cuaderno, donde la ciudad lo dejó
cli-open-after-help =
    Ejemplos:
      workbook                               # elegir una ciudad y luego un cuaderno
      workbook open mapping --city Lyon      # directamente donde Lyon lo dejó
      workbook open mapping --city Lyon --plain   # líneas de texto sencillas para lectores de pantalla
      workbook open mapping --city Lyon < answers.txt   # con un script, en modo texto
      NO_COLOR=1 workbook open               # sin colores
cli-open-arg-workbook = El cuaderno que se abre (un identificador de `workbook list`) [por defecto: la pantalla de inicio]
cli-open-arg-city = La ciudad con la que trabajar [por defecto: se elige en pantalla]
cli-open-arg-plain = Modo texto: las preguntas en líneas de texto sencillas y las respuestas leídas línea a línea (para lectores de pantalla y scripts); se elige automáticamente cuando la entrada o la salida no es un terminal o cuando TERM=dumb. :quit o Ctrl+C guarda, indica lo que se guardó y cómo continuar

cli-demo-about = Abrir la ciudad de demostración para formaciones: una ciudad ficticia con respuestas en parte completadas, guardada en una carpeta desechable, nunca en su carpeta de datos
cli-demo-after-help =
    Ejemplos:
      workbook demo            # la interfaz guiada con la ciudad de demostración
      workbook demo --reset    # descartar los cambios hechos en demostraciones anteriores
      workbook plan --demo     # el plan de acción de la ciudad de demostración
cli-demo-arg-reset = Volver a empezar desde la ciudad de demostración original, descartando los cambios de demostraciones anteriores
cli-demo-arg-plain = Modo texto (véase `workbook open --help`)

cli-plan-about = Escribir el plan de acción de una ciudad en markdown, HTML o JSON
cli-plan-after-help =
    Ejemplos:
      workbook plan --city Riverton                      # markdown en la salida estándar
      workbook plan --city Riverton --format html -o plan.html
      workbook plan --city Riverton --format docx -o plan.docx   # Word, para terminar el plan
      workbook plan --city Riverton --workbook mapping --audience mayor
      workbook plan --city Riverton --round 2026 --date 2026-12-15   # el plan de un ciclo cerrado
      workbook plan --print-template > my-plan.md.j2     # adáptela y luego:
      workbook plan --city Riverton --template my-plan.md.j2
      workbook plan --demo --format html -o demo-plan.html   # para formadores
cli-plan-arg-city = La ciudad cuyas respuestas forman el plan (su nombre, sin distinguir mayúsculas y minúsculas) [por defecto: `city` en el archivo de configuración]
cli-plan-arg-workbook = Solo este cuaderno (se puede repetir) [por defecto: todos los cuadernos]
cli-plan-arg-audience = De qué público incluir las preguntas [por defecto: `audience` en el archivo de configuración; si no, all]
cli-plan-arg-demo = El plan de la ciudad de demostración integrada (su copia desechable si ya se hizo una demostración); no toca datos reales
cli-plan-arg-format = Formato de salida
cli-value-format-docx = Un documento de Word (.docx); indique un archivo con -o
cli-plan-arg-output = Escribir en ARCHIVO (de forma atómica) en lugar de la salida estándar
cli-plan-arg-date = La fecha que figura en el plan [por defecto: hoy]
cli-plan-arg-round = El plan de un ciclo cerrado (su nombre, p. ej. 2026), tal como estaba la ciudad al cerrarlo [por defecto: las respuestas del ciclo abierto]
cli-plan-arg-edition = Qué respuestas muestra el plan: public (apto para publicación), council (respuestas públicas e internas, para el concejo municipal) o restricted (todo, incluidos los datos personales)
cli-plan-arg-include-sensitive = Equivale a --edition restricted
cli-plan-arg-status = En qué punto está el plan, tal como lo indica su portada
cli-plan-arg-plan-version = La versión del documento, tal como la indica su portada
cli-plan-arg-prepared-by = Quién preparó el plan, tal como lo indica su portada [por defecto: según el papel de la ciudad]
cli-plan-arg-trace = Mostrar de dónde procede cada línea (identificadores de las preguntas, líneas «From:»), para verificarlo
cli-plan-arg-template = Usar esta plantilla en lugar de la integrada (véase --print-template)
cli-plan-arg-print-template = Mostrar la plantilla de plan integrada y salir

cli-compare-about = Comparar varias ciudades: avance por cuaderno y datos clave, para un centro regional
cli-compare-after-help =
    Ejemplos:
      workbook compare --all
      workbook compare --city Lyon --city Kumanovo --format csv -o hub.csv
      workbook compare --all --format json
      workbook compare --all --since-last-round     # quién avanzó desde su último ciclo
cli-compare-arg-cities = Una ciudad que comparar (se puede repetir)
cli-compare-arg-all = Comparar todas las ciudades de la carpeta de datos
cli-compare-arg-since-last-round = Añadir, para cada ciudad, su último ciclo cerrado y lo que avanzó desde entonces: respuestas de entonces y de ahora, respuestas modificadas, acciones realizadas, retrasadas y abandonadas, indicadores que alcanzaron su meta
cli-compare-arg-output = Escribir en este archivo en lugar de la salida estándar

cli-completions-about = Mostrar un script de autocompletado para el shell
cli-completions-after-help =
    Ejemplos:
      workbook completions bash > ~/.local/share/bash-completion/completions/workbook
      workbook completions zsh > ~/.zfunc/_workbook
      workbook completions fish > ~/.config/fish/completions/workbook.fish
cli-completions-arg-shell = El shell para el que autocompletar

cli-man-about = Mostrar la página de manual (roff) en la salida estándar
cli-man-after-help =
    Ejemplos:
      workbook man > workbook.1 && man ./workbook.1

## Lo que clap añade a cada orden

cli-help-flag = Mostrar la ayuda
cli-help-flag-short = Mostrar la ayuda (más detalles con «--help»)
cli-help-flag-long = Mostrar la ayuda (un resumen con «-h»)
cli-version-flag = Mostrar la versión
cli-help-command = Mostrar este mensaje o la ayuda de las subórdenes indicadas
cli-help-command-arg = Mostrar la ayuda de las subórdenes

## La disposición de la ayuda

cli-heading-usage = Uso:
cli-heading-commands = Órdenes:
cli-heading-arguments = Argumentos:
cli-heading-options = Opciones:
cli-placeholder-options = [OPCIONES]
cli-spec-env = [variable de entorno: { $name }]
cli-spec-default = [por defecto: { $value }]
cli-spec-possible = [valores posibles: { $values }]
cli-spec-possible-heading = Valores posibles:
cli-spec-possible-value = - { $value }: { $help }

## Los nombres de los valores de las opciones, como en --city <NOMBRE>

cli-placeholder-command = ORDEN
cli-placeholder-name = NOMBRE
cli-placeholder-dir = CARPETA
cli-placeholder-theme = TEMA
cli-placeholder-lang = IDIOMA
cli-placeholder-seconds = SEGUNDOS
cli-placeholder-city = CIUDAD
cli-placeholder-text = TEXTO
cli-placeholder-output = SALIDA
cli-placeholder-key = CLAVE
cli-placeholder-keys = CLAVES
cli-placeholder-file = ARCHIVO
cli-placeholder-file-workbook-question = ARCHIVO|CUADERNO.PREGUNTA
cli-placeholder-workbook-question = CUADERNO.PREGUNTA
cli-placeholder-workbook = CUADERNO
cli-placeholder-format = FORMATO
cli-placeholder-track = ITINERARIO
cli-placeholder-round = CICLO
cli-placeholder-role = PAPEL
cli-placeholder-number-format = FORMATO_NÚMEROS
cli-placeholder-country = PAÍS
cli-placeholder-yyyy-mm-dd = AAAA-MM-DD
cli-placeholder-values = VALORES
cli-placeholder-status = ESTADO
cli-placeholder-shell = SHELL
cli-placeholder-paths = RUTAS
cli-placeholder-other = OTRO
cli-placeholder-old = ANTIGUO
cli-placeholder-new = NUEVO
cli-placeholder-n = N
cli-placeholder-id = ID
cli-placeholder-edition = EDICIÓN
cli-placeholder-audience = PÚBLICO

## Los errores de uso

cli-clap-error = error:
cli-clap-quoted = «{ $text }»
cli-clap-invalid = la línea de órdenes no es válida
cli-clap-argument-twice = el argumento { $argument } no se puede usar más de una vez
cli-clap-argument-conflict = el argumento { $argument } no se puede usar con { $other }
cli-clap-argument-conflict-many = el argumento { $argument } no se puede usar con:
cli-clap-argument-conflict-others = el argumento { $argument } no se puede usar con uno o varios de los otros argumentos indicados
cli-clap-subcommand-conflict = la suborden { $argument } no se puede usar con { $other }
cli-clap-subcommand-conflict-many = la suborden { $argument } no se puede usar con:
cli-clap-subcommand-conflict-others = la suborden { $argument } no se puede usar con uno o varios de los otros argumentos indicados
cli-clap-no-equals = hace falta un signo igual para dar un valor a { $argument }
cli-clap-value-required = { $argument } necesita un valor, pero no se indicó ninguno
cli-clap-invalid-value = valor { $value } no válido para { $argument }
cli-clap-invalid-value-because = valor { $value } no válido para { $argument }: { $reason }
cli-clap-possible-values = [valores posibles: { $values }]
cli-clap-unknown-subcommand = suborden { $subcommand } desconocida
cli-clap-missing-arguments = no se indicaron los siguientes argumentos obligatorios:
cli-clap-missing-subcommand = { $command } necesita una suborden, pero no se indicó ninguna
cli-clap-subcommands = [subórdenes: { $values }]
cli-clap-invalid-utf8 = se detectó UTF-8 no válido en uno o varios argumentos
cli-clap-too-many-values = valor { $value } inesperado para { $argument }; no se esperaban más
cli-clap-too-few-values = { $argument } necesita { $expected } valores; { $count ->
    [one] solo se indicó { $count }
   *[other] solo se indicaron { $count }
}
cli-clap-wrong-number-of-values = { $argument } necesita { $expected } valores, pero { $count ->
    [one] se indicó { $count }
   *[other] se indicaron { $count }
}
cli-clap-unknown-argument = argumento { $argument } inesperado
cli-clap-tip = consejo:
cli-clap-similar-subcommand = { $count ->
    [one] existe una suborden parecida: { $names }
   *[other] existen subórdenes parecidas: { $names }
}
cli-clap-similar-argument = { $count ->
    [one] existe un argumento parecido: { $names }
   *[other] existen argumentos parecidos: { $names }
}
cli-clap-similar-value = { $count ->
    [one] existe un valor parecido: { $names }
   *[other] existen valores parecidos: { $names }
}
cli-clap-tip-escape = para dar { $argument } como valor, escriba { $command }
cli-clap-tip-exists = { $command } existe
cli-clap-tip-double-dash = la suborden { $subcommand } existe; para usarla, quite el «--» que la precede
cli-clap-try-help = Para más información, pruebe «{ $flag }».
cli-wait-not-seconds = `{ $text }` no es un número de segundos
cli-wait-out-of-range = la espera debe estar entre 0 y { $max } segundos

## Lo que muestran las órdenes

cli-failed = error: { $message }
cli-cannot-write-stdout = no se puede escribir en la salida estándar: { $error }
cli-list-separator = {", "}
cli-cannot-read-answer = no se puede leer la respuesta: { $error }
cli-role = { $role ->
    [mayor] alcalde o alcaldesa
   *[official] personal municipal
}
cli-track = { $track ->
    [core] itinerario básico
   *[full] cuadernos completos
}
cli-number-format = { $format ->
    [comma] coma decimal: 1234,5
   *[point] punto decimal: 1234.5
}

## city

cli-city-renamed = «{ $old }» pasa a llamarse «{ $new }».
cli-city-unreadable-kept = El perfil ilegible se conservó como { $path }.
cli-city-restored = «{ $city }» restaurada desde la copia de seguridad { $generation } ({ $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}).
cli-city-created = «{ $city }» creada ({ $path }; números escritos con { $format ->
    [comma] coma decimal: 1234,5
   *[point] punto decimal: 1234.5
}).
cli-city-country-control = un país no puede contener caracteres de control (se encontró U+{ $code })
cli-city-currency-control = una moneda no puede contener caracteres de control (se encontró U+{ $code })
cli-city-edit-nothing = indique qué cambiar: --country NOMBRE, --role mayor|official, --number-format point|comma, --track full|core, --currency TEXTO o --lang en|fr|es|ar
cli-city-with-country = { $city }, { $country }
cli-city-numbers-with = números con { $format ->
    [comma] coma decimal: 1234,5
   *[point] punto decimal: 1234.5
}
cli-city-plan-language = plan en { $language }
cli-city-saved = Guardado: { $summary }.
cli-city-unchanged = Sin cambios: { $summary }.
cli-city-none = Todavía no hay ciudades. Cree una con: workbook city new NOMBRE
cli-city-unreadable = { $file }  ILEGIBLE: { $problem }
cli-city-listed = { $city }  ({ $role }; último cambio { $changed })
cli-show-city = Ciudad:
cli-show-country = País:
cli-show-role = Papel:
cli-show-track = Itinerario:
cli-show-numbers = Números:
cli-show-currency = Moneda:
cli-show-created = Creada:
cli-show-file = Archivo:
cli-show-answers = Respuestas:
cli-show-rounds = Ciclos:
cli-show-workbook = { $answered }/{ $relevant } respondidas, { $required_answered }/{ $required } obligatorias{ $attention ->
    [0] {""}
   *[other] , { $attention } por revisar
}
cli-show-rounds-closed = { $count ->
    [one] { $count } cerrado
   *[other] { $count } cerrados
} ({ $labels }); el último se cerró el { $date }
cli-show-to-confirm = { $count ->
    [one] { $count } respuesta traída
   *[other] { $count } respuestas traídas
} de { $round } por confirmar o actualizar
cli-show-pending-migrations = Migraciones pendientes (se aplican al guardar la próxima vez, o ejecute `workbook migrate`):
cli-orphaned-answers = Respuestas huérfanas (se conservan en el perfil, pero no aparecen en ningún cuaderno):
cli-answers-needing-attention = Respuestas por revisar (se conservan tal como están guardadas; responda de nuevo a la pregunta para sustituirlas):
cli-answers-with-notes = Respuestas con notas por resolver (workbook answer get las muestra; answer resolve las cierra):
cli-city-not-deleted = No se eliminó nada.
cli-city-deleted = «{ $city }» eliminada. Su perfil se conserva como { $path }; `workbook city restore` lo recupera.
cli-city-delete-unconfirmed = no se elimina sin confirmación; añada --yes para eliminar sin preguntar
cli-city-delete-confirm = ¿Eliminar la ciudad «{ $city }»? Se conserva en una copia de seguridad. Escriba sí para confirmar:{" "}

## answer

cli-answer-json-one-value = --json admite exactamente un valor
cli-answer-saved = { $key } guardada para { $city }.
cli-answer-unchanged = Sin cambios: { $key } para { $city }.
cli-answer-kept = Mantenida como respuesta de este ciclo: { $key } para { $city }.
cli-answer-cleared-empty = Borrada (el valor estaba vacío): { $key } para { $city }.
cli-answer-none-yet = { $city } todavía no tiene respuesta para { $key }.
cli-answer-other = otro: { $text }
cli-answer-note = nota { $number }: { $text }
cli-answer-note-kept = nota { $number }: { $text } (conserva: { $kept })
cli-answer-resolve-with = Para resolverlo: workbook answer resolve --city { $city } { $key } [--use N]
cli-answer-from-round = Traída de { $round }: confirmar o actualizar. Para mantenerla: workbook answer confirm --city { $city } { $key }
cli-answer-nothing-to-keep = { $key } no tiene respuesta que mantener.
cli-answer-already-this-round = { $key } ya es una respuesta de este ciclo.
cli-answer-kept-many = Mantenidas como respuestas de este ciclo para { $city }: { $keys }.
cli-answer-cleared = { $key } borrada.
cli-answer-had-none = { $key } no tenía respuesta.
cli-answer-notes-from-one = las notas se numeran a partir de 1, como las muestra `answer get`
cli-answer-resolved = Se mantiene la respuesta a { $key }; sus notas quedan cerradas.
cli-answer-resolved-with-note = La respuesta que conservaba la nota { $number } es ahora la respuesta a { $key }; las notas quedan cerradas.
cli-answer-import-refused = no se importó nada; corrija estas respuestas en { $file }:
cli-answer-imported = Importado en { $city }: { $set } registradas, { $unchanged } sin cambios, { $cleared } borradas.
cli-inline-one-value = una respuesta de tipo { $kind } es un solo valor; póngala entre comillas si contiene espacios
cli-inline-not-json = no es un valor de respuesta JSON ({ $error }); use una cadena, un número, true/false, una matriz de cadenas o una matriz de objetos de cadenas
cli-inline-not-cell = fila { $row }: `{ $cell }` no tiene la forma columna=valor (escriba un = literal como \=)
cli-inline-lone-backslash = un valor termina con una barra invertida suelta; escriba \\ para una barra invertida
cli-inline-unknown-escape = escape `\{ $escape }` desconocido; use \; \, \= \\ o \n
cli-inline-lone-backslash-end = un valor termina con una barra invertida suelta

## export e import

cli-bundle-exported = «{ $city }» exportada a { $path }.
cli-bundle-bad-name = no se importó nada; el nombre de ciudad de { $file } no se puede usar: { $reason }
cli-bundle-newer = este paquete lo escribió una versión más reciente de workbook ({ $program }); actualice el programa para importarlo
cli-bundle-created = «{ $city }» creada: { $added ->
    [one] { $added } respuesta añadida
   *[other] { $added } respuestas añadidas
}, { $same ->
    [one] { $same } igual
   *[other] { $same } iguales
}, { $conflicts ->
    [one] { $conflicts } conflicto
   *[other] { $conflicts } conflictos
}.
cli-bundle-merged = Fusionado en «{ $city }»: { $added ->
    [one] { $added } respuesta añadida
   *[other] { $added } respuestas añadidas
}, { $same ->
    [one] { $same } igual
   *[other] { $same } iguales
}, { $conflicts ->
    [one] { $conflicts } conflicto
   *[other] { $conflicts } conflictos
}.
cli-bundle-conflict-kept-bundle = conflicto { $key }: se mantuvo la respuesta del paquete (modificada { $changed })
cli-bundle-conflict-kept-local = conflicto { $key }: se mantuvo la respuesta de este equipo (modificada { $changed })
cli-bundle-this-machine = este equipo
cli-bundle-the-bundle = el paquete
cli-bundle-rounds-added = Ciclos cerrados añadidos: { $rounds }.
cli-bundle-round-answers-replaced = En los ciclos cerrados que tienen ambas partes, { $count ->
    [one] { $count } respuesta distinta se tomó
   *[other] { $count } respuestas distintas se tomaron
} del cambio más reciente.
cli-bundle-backup-kept = El perfil tal como estaba antes de la importación se conserva como su copia de seguridad más reciente (.bak.1).

## compare, y lo que dicen varias órdenes

cli-compare-no-cities = no hay ciudades que comparar; cree una con `workbook city new NOMBRE`
cli-compare-skipping = advertencia: se omite { $file }: { $problem }
cli-config-lang-invalid = workbook: el `lang` del archivo de configuración: { $problem }; los cuadernos se muestran en inglés
cli-not-translated = workbook: los cuadernos todavía no están traducidos a { $language }, así que se muestran en inglés (traducciones disponibles: { $translated })
cli-workbooks-skipped = (se omiten los cuadernos con errores; ejecute `workbook validate` para ver el detalle)
cli-cannot-read-stdin = no se puede leer la entrada estándar: { $error }
cli-waiting = Esperando a «{ $city }»: otra ventana u otro proceso la tiene abierta...
cli-not-saved = el cambio NO se guardó: { $problem }

## demo y diff

cli-demo-reset = { $city } vuelve a tener sus respuestas originales, en { $dir }.
cli-demo-plain = DEMOSTRACIÓN: una ciudad ficticia para formaciones; nada de lo que se haga aquí toca datos reales.
cli-diff-no-round-closed = { $problem }; cierre uno al final del ciclo con: workbook round close --city { $city }
cli-diff-unknown-round = { $problem }, además de current (el ciclo abierto); para verlos: workbook round list --city { $city }
cli-tui-not-saved = las últimas respuestas NO se guardaron ({ $problem }); se pierden a menos que las vuelva a escribir

## migrate, open, plan, list --questions

cli-migrate-none = No hay migraciones que aplicar.
cli-migrate-would-change = Cambiaría (simulación, no se guarda nada):
cli-migrate-changed = Cambiado y guardado:
cli-no-such-workbook = no existe el cuaderno `{ $id }`; los cuadernos son: { $ids }
cli-open-plain-needs-city = el modo texto necesita una ciudad: workbook open CUADERNO --city NOMBRE --plain (o indique `city` en el archivo de configuración)
cli-open-no-workbooks = no hay cuadernos que abrir
cli-plain-stopped = el modo texto se detuvo: { $error }
cli-plan-which-city = indique de qué ciudad escribir el plan: workbook plan --city NOMBRE (véase `workbook plan --help`)
cli-plan-docx-needs-file = un documento de Word es binario: indique un archivo con -o plan.docx
cli-plan-cannot-read-template = no se puede leer la plantilla { $path }: { $error }
cli-plan-template-too-large = la plantilla { $path } ocupa { $size } bytes; las plantillas están limitadas a 1 MiB
cli-plan-cannot-write = no se puede escribir el plan: { $error }
cli-questions-heading = { $title } ({ $id }): { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
cli-questions-section = Sección { $number } de { $count }: { $title }

## Las columnas de list, progress y round list

cli-list-id = ID
cli-list-title = TÍTULO
cli-list-sections = SECCIONES
cli-list-questions = PREGUNTAS
cli-list-source = ORIGEN
cli-progress-workbook = CUADERNO
cli-progress-answered = RESPONDIDAS
cli-progress-relevant = PERTINENTES
cli-progress-required = OBLIGATORIAS
cli-progress-done = HECHO

## round

cli-round-closed = Ciclo { $round } de { $city } cerrado: { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}, del { $from } al { $to }.
cli-round-would-close = Se cerraría el ciclo { $round } de { $city }: { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}, del { $from } al { $to }.
cli-round-opened = Se abrió el ciclo siguiente con cada respuesta traída, marcada «de { $round }: confirmar o actualizar».
cli-round-would-open = Se abriría el ciclo siguiente con cada respuesta traída, marcada «de { $round }: confirmar o actualizar».
cli-round-moved-format = El archivo de la ciudad pasó al formato de perfil { $format }, que incluye los ciclos; las versiones de workbook anteriores a la 0.2 no pueden abrirlo.
cli-round-would-move-format = El archivo de la ciudad pasaría al formato de perfil { $format }, que incluye los ciclos; las versiones de workbook anteriores a la 0.2 no podrían abrirlo.
cli-round-nothing-saved = No se guardó nada (simulación).
cli-round-see-rounds = Para ver los ciclos: workbook round list --city { $city }
cli-round-list-heading = Ciclos de { $city }:
cli-round-column-round = CICLO
cli-round-column-from = DESDE
cli-round-column-to = HASTA
cli-round-column-answers = RESPUESTAS
cli-round-column-done = HECHO
cli-round-open-current = abierto (actual)
cli-round-none-closed = Todavía no se ha cerrado ningún ciclo. Cierre este al final del ciclo con: workbook round close --city { $city }
cli-round-against = Este ciclo frente a { $round }:
cli-round-column-workbook = CUADERNO
cli-round-column-to-confirm = POR CONFIRMAR
cli-round-column-confirmed = CONFIRMADAS
cli-round-column-updated = ACTUALIZADAS
cli-round-column-new = NUEVAS
cli-round-column-removed = ELIMINADAS

## translate y validate

cli-translate-missing = todavía no hay traducción `{ $lang }`: { $path } no existe ({ $count ->
    [one] { $count } texto por traducir
   *[other] { $count } textos por traducir
})
cli-translate-missing-hint = `workbook translate --lang { $lang } { $path }` muestra un archivo para empezar
cli-translate-stray = esta traducción no traduce ningún archivo: no existe { $path }
cli-translate-stray-hint = póngale el nombre del cuaderno en inglés que traduce, o elimínela
cli-translate-glossary-hint = un archivo de glosario contiene entradas [[glossary]] con term, definition y aliases
cli-translate-which-language = indique el idioma de la traducción, por ejemplo: workbook translate --lang fr mapping
cli-translate-fix-translation = corrija primero { $path }: no se pueden leer todas sus entradas
cli-translate-complete = { $path }: todos los textos de { $english } están traducidos y al día en { $lang }
cli-no-such-file = { $path }: no existe ese archivo
cli-translate-no-workbook = no existe el cuaderno `{ $id }` en ./{ $folder }: ejecute esto en la carpeta que contiene { $folder }/ (el repositorio), o indique la ruta del archivo en inglés, por ejemplo: workbook translate --lang fr path/to/mapping.toml
cli-translate-fix-workbook = corrija primero { $path } (workbook validate { $path } lo revisa)
cli-validate-summary = { $files ->
    [one] { $files } cuaderno revisado
   *[other] { $files } cuadernos revisados
}: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}
cli-validate-summary-translations = { $files ->
    [one] { $files } cuaderno
   *[other] { $files } cuadernos
} y { $translations ->
    [one] { $translations } archivo de traducción revisados
   *[other] { $translations } archivos de traducción revisados
} ({ $lang }): { $errors ->
    [one] { $errors } error
   *[other] { $errors } errores
}, { $warnings ->
    [one] { $warnings } advertencia
   *[other] { $warnings } advertencias
}
cli-validate-no-folder = sin una ruta, `validate --lang { $lang }` revisa ./{ $folder } y sus traducciones en ./{ $folder }/i18n/{ $lang }, y aquí no hay ./{ $folder }: indique la carpeta de los cuadernos, por ejemplo: workbook validate --lang { $lang } path/to/workbooks
cli-validate-no-toml = no hay archivos .toml en { $path }
cli-no-such-file-or-folder = { $path }: no existe ese archivo o carpeta

## La demostración, el archivo de configuración, la carpeta de datos

cli-demo-broken = la ciudad de demostración integrada está dañada: { $error }
cli-demo-no-home = no se encuentra una carpeta personal para la demostración; defina { $variable }
cli-demo-cannot-reset = no se puede restablecer la demostración en { $dir }
cli-config-cannot-read = { $path }: no se puede leer el archivo de configuración
cli-config-fields = el archivo de configuración admite city, audience (mayor, official o all), data_dir, theme (default o projector) y lang (en, fr, es o ar)
cli-paths-no-home = no se encuentra una carpeta personal para la carpeta de datos; use --data-dir CARPETA o defina WORKBOOK_DATA_DIR

cli-team-about = Compartir las ciudades de la carpeta de datos con colegas mediante git: preparación, estado, sincronización
cli-team-after-help =
    Ejemplos:
      workbook team init --remote git@example.org:hub/cities.git
      workbook team status
      workbook team sync
      workbook team sync --message "Lyon: taller de mapeo"
cli-team-init-about = Convertir la carpeta de datos en un repositorio git para compartir ciudades (o preparar el que la contiene)
cli-team-init-after-help =
    Ejemplos:
      workbook team init
      workbook team init --remote /mnt/compartido/ciudades.git
      workbook team init --remote https://git.example.org/hub/cities.git
cli-team-init-arg-remote = El repositorio compartido con el que sincronizar (cualquier remoto de git: un servidor, un servicio alojado, un repositorio vacío en una unidad compartida)
cli-team-status-about = Lo que aún no está registrado, y cuánto va esta copia por delante o por detrás de la compartida
cli-team-status-after-help =
    Ejemplos:
      workbook team status
      workbook team status --json
cli-team-status-arg-json = Mostrar el estado en JSON
cli-team-sync-about = Registrar los cambios de este equipo, traer los de los colegas (combinados respuesta por respuesta) y enviarlos
cli-team-sync-after-help =
    Ejemplos:
      workbook team sync
      workbook team sync --message "Lyon: taller de mapeo con el servicio de juventud"
cli-team-sync-arg-message = El mensaje del registro [por defecto: las ciudades y respuestas cambiadas]
cli-merge-profile-about = Combinar tres versiones de un perfil de ciudad respuesta por respuesta (el controlador de combinación de git para los archivos de ciudad; `team init` lo prepara)
cli-merge-profile-after-help =
    Git lo llama así: workbook merge-profile %O %A %B %P
    El resultado se escribe en NUESTRA. Si una versión no se puede leer, se detiene con un error y NUESTRA queda como estaba.
    Ejemplos:
      git config merge.workbook-profile.driver "workbook merge-profile %O %A %B %P"   # lo que configura team init
      workbook merge-profile base.toml ours.toml theirs.toml   # a mano: el resultado va a ours.toml
cli-merge-profile-arg-base = La versión común de la que partieron ambos lados (vacía si ambos añadieron la ciudad)
cli-merge-profile-arg-ours = La versión de este lado; el perfil combinado se escribe aquí
cli-merge-profile-arg-theirs = La versión del otro lado
cli-merge-profile-arg-path = La ruta del archivo en el repositorio, para los mensajes
cli-city-log-about = Quién cambió qué respuestas de una ciudad y cuándo, de la más reciente a la más antigua, según el historial del repositorio compartido (vea `workbook team`)
cli-city-log-after-help =
    Ejemplos:
      workbook city log Lyon
      workbook city log Lyon mapping.threats
      workbook city log Lyon --json
cli-city-log-arg-answer = Solo los cambios de esta respuesta (CUADERNO.PREGUNTA)
cli-city-log-arg-json = Mostrar el historial en JSON
cli-placeholder-url = URL
cli-placeholder-base = COMÚN
cli-placeholder-ours = NUESTRA
cli-placeholder-theirs = SUYA
cli-placeholder-path = RUTA
cli-placeholder-answer = RESPUESTA
cli-answer-import-arg-file = Un archivo TOML de respuestas; o CUADERNO.PREGUNTA, seguido de una hoja de cálculo para esa pregunta
cli-answer-import-arg-spreadsheet = Una hoja de cálculo (CSV, .xlsx, .xls, .ods) cuyas filas responden a la pregunta de tabla o de lista nombrada antes; su primera fila nombra las columnas
cli-answer-import-arg-sheet = La hoja que se lee [por defecto: la primera]
cli-answer-import-arg-map = Encabezados de columnas que el programa no reconoce: "Encabezado=columna,Otro encabezado=columna"
cli-answer-import-arg-merge = Añadir las filas a la respuesta guardada; una fila cuya primera columna coincide con una fila guardada la actualiza
cli-answer-import-arg-replace = Sustituir la respuesta guardada por las filas
cli-answer-import-arg-partial = Importar las filas válidas aunque se rechacen otras
cli-answer-export-arg-key = Una respuesta de tabla o de lista para escribir en una hoja de cálculo (-o ARCHIVO.csv o ARCHIVO.xlsx)
cli-export-arg-format = toml: un paquete para trasladar la ciudad [por defecto]; xlsx: todas las respuestas para leer, una hoja por tabla
cli-export-arg-edition = Con --format xlsx: las respuestas y columnas que muestra esta edición [por defecto: council]
cli-placeholder-map = CORRESPONDENCIAS
cli-placeholder-spreadsheet = HOJA_DE_CALCULO
cli-city-edit-arg-name = La ciudad que se modifica (su nombre, sin distinguir mayúsculas y minúsculas)
cli-city-edit-arg-role = Quién responderá: muestra las preguntas redactadas para ese papel
cli-city-show-arg-name = La ciudad que se muestra (su nombre, sin distinguir mayúsculas y minúsculas)
cli-city-log-arg-name = La ciudad cuyo historial se muestra (su nombre, sin distinguir mayúsculas y minúsculas)
cli-city-rename-arg-old = El nombre actual de la ciudad (sin distinguir mayúsculas y minúsculas)
cli-city-rename-arg-new = Su nuevo nombre
cli-city-delete-arg-name = La ciudad que se elimina (su nombre, sin distinguir mayúsculas y minúsculas)
cli-city-restore-arg-name = La ciudad que se recupera de una copia de seguridad (su nombre, sin distinguir mayúsculas y minúsculas)
cli-answer-get-arg-key = CUADERNO.PREGUNTA, por ejemplo mapping.threats
cli-answer-clear-arg-key = CUADERNO.PREGUNTA, por ejemplo mapping.threats
cli-answer-resolve-arg-key = CUADERNO.PREGUNTA cuyas notas se resuelven
cli-diff-arg-format = markdown para leer, json para scripts
cli-compare-arg-format = markdown para leer, csv para una hoja de cálculo, json para scripts
