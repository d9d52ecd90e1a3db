# Problems in a translation file, and the template `workbook translate` writes.

core-translation-unreadable = la traduction est illisible, son cahier est donc affiché en anglais : { $problem }
core-translation-missing = aucune traduction `{ $lang }` de `{ $key }`
core-translation-missing-hint = ajoutez [{ $key }] à { $file } avec source = "{ $hash }" (`workbook translate --lang { $lang } { $english }` l'affiche)
core-translation-empty = `{ $key }` n'est pas encore traduit (son texte est vide)
core-translation-empty-hint = écrivez la traduction ; d'ici là, l'anglais est affiché
core-translation-stale = `{ $key }` est périmé : l'anglais a changé depuis sa traduction ; il se lit maintenant « { $english } » ({ $place })
core-translation-stale-hint = mettez la traduction à jour, puis indiquez source = "{ $hash }"
core-translation-orphan = `{ $key }` est orphelin : il ne désigne aucun texte du fichier anglais
core-translation-orphan-hint = supprimez-le, ou renommez-le d'après les identifiants du fichier anglais (une question, un choix ou une colonne renommés ou supprimés)
core-translation-aliases = `{ $key }` a des `aliases`, que seul un terme de glossaire accepte
core-translation-aliases-hint = supprimez `aliases` ici
core-translation-layout = la traduction de `{ $key }` modifie la mise en page : l'anglais a { $english }, la traduction { $translation }
core-translation-layout-hint = gardez les listes et les titres de l'anglais ; une ligne qui commence par `#`, `-`, `*`, `+`, `1.` ou `>` ouvre un bloc, reformatez donc le texte pour qu'aucune n'en ouvre un par accident
core-translation-bold = la traduction de `{ $key }` ouvre une marque de gras `**` qu'elle ne ferme pas
core-translation-bold-hint = écrivez les mots en gras sous la forme **mot**, avec une paire de `**` autour de chacun
core-translation-link = la traduction de `{ $key }` perd le lien { $link }
core-translation-link-hint = gardez les liens exactement comme dans l'anglais
core-translation-placeholders-hint = gardez `{ $answer }`, `{ $other }` et `{ $city }` exactement comme dans l'anglais : le plan y place la réponse
core-translation-braces = la traduction de `{ $key }` contient { $problem }
core-translation-drops = la traduction de `{ $key }` perd { $placeholders }
core-translation-adds = la traduction de `{ $key }` ajoute { $placeholders }, que l'anglais n'a pas
core-translation-swaps = la traduction de `{ $key }` a { $translation } là où l'anglais a { $english }
core-translation-syntax-hint = vérifiez la syntaxe TOML à cet endroit : le texte doit être entre guillemets, une table commence par [nom], et chaque nom n'est défini qu'une fois
core-translation-not-entry = `{ $key }` est { $value }, et non une entrée avec `source` et `text`
core-translation-not-entry-hint = écrivez-la sous la forme { $example }, avec la source que donne `workbook translate`
core-translation-unknown-field = champ inconnu `{ $field }` dans `{ $key }`
core-translation-unknown-field-hint = une entrée contient `source` et `text` (et, pour un terme de glossaire, `aliases`) ; mettez les notes en anglais dans des commentaires #
core-translation-bad-hash = la `source` de `{ $key }` est `{ $hash }`, et non une empreinte de { $digits } chiffres hexadécimaux
core-translation-bad-hash-hint = copiez la source depuis `workbook translate` (ou `workbook validate --lang`), ne l'écrivez jamais à la main
core-translation-not-text = `{ $field }` de `{ $key }` est { $value }, et non du texte
core-translation-not-text-hint = mettez le texte entre guillemets
core-translation-no-field = `{ $key }` n'a pas de `{ $field }`
core-translation-no-field-hint = une entrée contient `source` (l'empreinte que donne `workbook translate`) et `text` (la traduction)
core-translation-aliases-list = les `aliases` de `{ $key }` doivent être une liste de textes
core-translation-aliases-list-hint = par exemple aliases = ["crimes de haine"]
