# Problems in a translation file, and the template `workbook translate` writes.

core-translation-unreadable = la traducción no se puede leer, así que su cuaderno se muestra en inglés: { $problem }
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
