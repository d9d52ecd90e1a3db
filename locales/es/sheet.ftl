sheet-quoted = «{ $text }»

sheet-yes = sí
sheet-no = no

sheet-unreadable = no se puede leer { $file }: { $reason }
sheet-empty = { $file } está vacío.
sheet-not-a-spreadsheet = { $file } no es una hoja de cálculo: proporcione un archivo CSV o un libro de Excel (.xlsx, .xls) u OpenDocument (.ods).
sheet-encrypted = { $file } está protegido con contraseña: ábralo en su programa de hojas de cálculo, guarde una copia sin contraseña e importe esa copia.
sheet-damaged = { $file } no se pudo leer como hoja de cálculo ({ $reason }); ábralo en su programa de hojas de cálculo y vuelva a guardarlo.
sheet-no-such-sheet = { $file } no tiene ninguna hoja llamada { $sheet }; sus hojas son: { $sheets }
sheet-no-sheets = { $file } no tiene ninguna hoja que leer.
sheet-no-rows = { $sheet } está vacía: su primera fila nombra las columnas y cada fila siguiente es una entrada.
sheet-merged-header = { $sheet }: la fila de encabezados tiene celdas combinadas ({ $cells }); sepárelas para que cada columna tenga su propio encabezado.
sheet-too-many-rows = { $sheet } tiene más de { $limit } filas, más de las que caben en una respuesta; divídala en archivos más pequeños.

sheet-no-matching-column = Ninguna columna de { $sheet } corresponde a las columnas de esta pregunta ({ $expected }). Dé esos nombres a los encabezados, en cualquiera de los idiomas del programa, o indique la correspondencia: --map "{ $example }"
sheet-same-column-twice = { $sheet }: las columnas { $first } y { $second } rellenan ambas { $column }; elimine una o indique cuál usar con --map.
sheet-list-column = { $sheet } tiene varias columnas ({ $headers }) y ninguna lleva el nombre de esta lista; indique cuál contiene los elementos: --map "{ $example }"
sheet-map-bad-entry = --map: { $entry } no tiene la forma Encabezado=columna; separe las entradas con comas y escriba \, o \= para una coma o un signo igual dentro de un encabezado.
sheet-map-no-header = --map: la hoja no tiene ninguna columna con el encabezado { $header }; sus encabezados son: { $headers }
sheet-map-no-column = --map: { $column } no es una columna de esta pregunta; sus columnas son: { $columns }
sheet-not-a-table = una hoja de cálculo rellena preguntas de tabla o de lista; esta pregunta es de tipo { $kind }.
sheet-write-failed = no se puede escribir la hoja de cálculo: { $reason }

sheet-cell-error = la celda contiene el error { $error }
sheet-not-a-choice = «{ $value }» no es una de las opciones: { $choices }
sheet-rejected-cell = { $sheet }, fila { $row }, columna { $column }: { $reason }
sheet-rejected-row = { $sheet }, fila { $row }: { $reason }
sheet-more-rejected = … y { $count } más.

sheet-import-done = { $city }, { $key }: { $added ->
    [one] { $added } fila añadida
   *[other] { $added } filas añadidas
}, { $updated ->
    [one] { $updated } actualizada
   *[other] { $updated } actualizadas
}, { $unchanged } sin cambios.
sheet-import-replaced = { $city }, { $key }: la respuesta consta ahora { $count ->
    [one] de la fila de la hoja
   *[other] de las { $count } filas de la hoja
}.
sheet-import-unchanged = { $city }, { $key }: no ha cambiado nada; la respuesta ya contiene estas filas.
sheet-import-rejected = No se ha importado nada: { $count ->
    [one] se ha rechazado { $count } fila
   *[other] se han rechazado { $count } filas
} (véase arriba). Corríjalas y vuelva a importar, o añada --partial para importar solo las filas válidas ({ $accepted }).
sheet-import-partial = { $count ->
    [one] Se ha rechazado y omitido { $count } fila
   *[other] Se han rechazado y omitido { $count } filas
} (--partial).
sheet-nothing-to-import = { $sheet } no tiene ninguna fila que importar bajo su encabezado.
sheet-ignored-columns = Columnas no importadas (no corresponden a ninguna columna de la pregunta): { $headers }
sheet-ask-mode = { $key } ya tiene una respuesta para { $city } ({ $count ->
    [one] { $count } fila
   *[other] { $count } filas
}). Escriba m para combinar con ella las filas de la hoja, r para reemplazarla, o pulse Enter para cancelar:{" "}
sheet-choose-mode = { $key } ya tiene una respuesta para { $city }: añada --merge para agregarle las filas de la hoja (una fila cuya primera columna coincide con una fila guardada la actualiza), o --replace para reemplazarla.
sheet-not-imported = No se ha importado nada.
sheet-stored-unclear = la respuesta guardada para { $key } no se entiende, así que la hoja no puede combinarse con ella; añada --replace para reemplazarla.

sheet-exported = { $key }: { $count ->
    [one] { $count } fila escrita
   *[other] { $count } filas escritas
} en { $file }.
sheet-export-no-answer = { $city } aún no tiene respuesta a { $key }: no hay nada que exportar.
sheet-export-format = { $file }: escriba en un archivo que termine en .csv o .xlsx.
sheet-export-needs-output = exportar una sola respuesta produce una hoja de cálculo: indique -o ARCHIVO.csv o -o ARCHIVO.xlsx.

sheet-book-answers = Respuestas
sheet-book-workbook = Cuaderno
sheet-book-question = Pregunta
sheet-book-answer = Respuesta
sheet-edition-public = edición pública
sheet-edition-council = edición para el concejo municipal
sheet-edition-restricted = edición restringida
sheet-book-exported = { $file } escrito para { $city } ({ $edition }): { $tables ->
    [one] { $tables } tabla
   *[other] { $tables } tablas
} en hojas propias, { $answers ->
    [0] y ninguna otra respuesta.
    [one] { $answers } respuesta más en la hoja { $sheet }.
   *[other] { $answers } respuestas más en la hoja { $sheet }.
}
sheet-book-needs-output = un libro xlsx se escribe en un archivo: indique -o ARCHIVO.xlsx.
sheet-book-edition-needs-xlsx = --edition elige lo que muestra una exportación xlsx: añada --format xlsx.
