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
core-brace-unopened = una `{"}"}` sin su `{"{"}`
core-brace-unclosed = una `{"{"}` sin su `{"}"}`

## Comprobaciones entre cuadernos.

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

## Traducciones de los cuadernos.
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
