core-answers-count = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}

core-date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
core-month-1 = janvier
core-month-2 = février
core-month-3 = mars
core-month-4 = avril
core-month-5 = mai
core-month-6 = juin
core-month-7 = juillet
core-month-8 = août
core-month-9 = septembre
core-month-10 = octobre
core-month-11 = novembre
core-month-12 = décembre

## Oui et non.
core-yes = oui
core-no = non
core-yes-words = oui, o, vrai
core-no-words = non, faux
core-answer-other = autre : { $text }
core-rows = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
core-date-form = AAAA-MM-JJ

## Vérification d'une réponse.
core-not-usable-number = `{ $value }` n'est pas un nombre utilisable par une ville
core-list-holds-tables = une réponse de type liste contient des éléments de texte ; celle-ci contient des tableaux
core-table-shape = une réponse de type tableau est une liste de lignes de la forme colonne = texte
core-wrong-shape = { $given } ne peut pas répondre à une question de type « { $kind } » ; { $accepted }
core-shape-yes-no = `{ $value }` (oui/non)
core-shape-number = le nombre { $number }
core-shape-text = le texte `{ $text }`
core-shape-list = une liste
core-shape-table = un tableau
core-shape-other = `{ $value }`
core-kind-short-text = texte sur une ligne
core-kind-long-text = texte
core-kind-single-choice = choix unique
core-kind-multi-choice = choix multiple
core-kind-yes-no = oui/non
core-kind-scale = échelle
core-kind-number = nombre
core-kind-date = date
core-kind-list = liste
core-kind-table = tableau
core-accept-text = saisissez du texte
core-accept-date = saisissez une date comme 2026-03-31
core-accept-yes-no = répondez oui ou non
core-accept-number = saisissez un nombre comme { $example }
core-accept-scale = choisissez un point entier de { $min } à { $max }
core-accept-choice = choisissez l'une des valeurs : { $choices }
core-accept-list = saisissez une liste d'éléments
core-accept-table = saisissez des lignes avec { $columns }
core-answer-too-large = cette réponse fait { $bytes } octets ; la limite est de { $limit } octets (1 Mio)
core-short-text-one-line = une réponse courte tient sur une ligne ; supprimez les retours à la ligne
core-not-a-date = `{ $text }` n'est pas une date ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-03-31
core-not-yes-no = `{ $text }` n'est ni oui ni non
core-not-whole = { $number } n'est pas un nombre entier ; saisissez-en un comme 12
core-below-min = { $number } est inférieur au minimum de { $min }
core-above-max = { $number } est supérieur au maximum de { $max }
core-not-on-scale = { $number } n'est pas sur l'échelle ; choisissez un point entier de { $min } à { $max }
core-not-a-choice = `{ $text }` ne fait pas partie des choix : { $choices }
core-choice-ambiguous = `{ $text }` peut désigner plusieurs choix ; indiquez la valeur du choix
core-in-row = ligne { $row } : { $problem }
core-unknown-column = aucune colonne `{ $column }` ; les colonnes sont { $columns }
core-in-column = { $column } : { $problem }
core-column-required = { $column } est obligatoire
core-not-a-column-choice = `{ $text }` ne fait pas partie de { $choices }
core-other-needs-text = vous avez choisi « autre » : précisez de quoi il s'agit
core-other-not-picked = un texte est donné pour « autre », mais « autre » n'est pas choisi

## Lecture d'un nombre saisi.
core-number-format-point = point décimal : 1234.5
core-number-format-comma = virgule décimale : 1234,5
core-number-example = 1234 ou { $decimal }
core-number-empty = aucun nombre n'a été saisi
core-number-bad-character = `{ $text }` n'est pas un nombre (`{ $character }` n'est pas un chiffre) ; écrivez-le comme { $example }
core-number-no-digits = `{ $text }` n'est pas un nombre ; écrivez-le comme { $example }
core-number-not-a-number = `{ $text }` n'est pas un nombre
core-number-marks = `{ $text }` contient { $count } séparateurs décimaux (`{ $mark }`) ; cette ville écrit les décimales avec { $format ->
        [comma] une virgule
       *[other] un point
    } ({ $example })
core-number-mixed = `{ $text }` mélange `{ $mark }` et `{ $group }` ; cette ville écrit les décimales avec { $format ->
        [comma] une virgule
       *[other] un point
    } ({ $example })
core-number-other-format = `{ $text }` utilise { $other ->
        [comma] une virgule décimale
       *[other] un point décimal
    }, mais cette ville écrit les décimales avec { $format ->
        [comma] une virgule
       *[other] un point
    } : écrivez { $typed }, ou changez le format des nombres de la ville (workbook city edit NOM --number-format { $other })
core-number-two-ways = `{ $text }` peut se lire de deux façons : { $grouped } (`{ $group }` séparant les milliers) ou { $decimal } (`{ $group }` comme séparateur décimal) ; cette ville écrit les décimales avec { $format ->
        [comma] une virgule
       *[other] un point
    }, saisissez donc { $grouped } ou { $typed }
core-number-uneven = `{ $text }` regroupe ses chiffres de façon irrégulière ; groupez-les par trois ({ $example }) ou pas du tout (1234567)

## Problèmes dans les fichiers de cahiers et de traductions.
core-diag-error = erreur
core-diag-warning = avertissement
core-diag-hint = conseil
core-did-you-mean = vouliez-vous dire `{ $name }` ?
core-split-hint = répartissez-le en plusieurs cahiers

## Vérifications d'un cahier.
core-brace-unopened = une `{"}"}` sans son `{"{"}`
core-brace-unclosed = une `{"{"}` sans sa `{"}"}`

## Vérifications entre cahiers.

## Lecture des fichiers de cahiers.
core-origin-built-in = intégré
core-load-unreadable = impossible de lire le fichier : { $cause }
core-load-too-large = le fichier fait { $size } octets ; les cahiers sont limités à { $limit } octets (4 Mio)
core-load-bom = le fichier commence par une marque d'ordre des octets (BOM)
core-load-bom-hint = enregistrez le fichier en UTF-8 sans BOM (dans la plupart des éditeurs : encodage « UTF-8 », et non « UTF-8 avec BOM »)
core-load-utf16 = le fichier est en UTF-16, et non en UTF-8
core-load-utf8-hint = enregistrez le fichier en UTF-8
core-load-not-utf8 = le fichier n'est pas en UTF-8 valide (l'octet { $byte } est illisible)
core-load-empty = le fichier est vide
core-load-empty-hint = un cahier a besoin au minimum de id, title, area, version, summary et d'une [[sections]] ; voir docs/workbook-format.md
core-parse-unknown-field-hint = supprimez cette clé ou corrigez son orthographe ; le message indique les clés autorisées ici
core-parse-missing-field-hint = ajoutez la clé manquante à cette table (voir docs/workbook-format.md)
core-parse-unknown-variant-hint = utilisez l'une des valeurs indiquées dans le message
core-parse-invalid-type-hint = vérifiez le type de la valeur : le texte entre guillemets, les nombres et true/false sans guillemets, les listes entre [ ]
core-parse-nesting-hint = réduisez l'imbrication : des conditions et des tableaux aussi profonds ne sont pas pris en charge
core-parse-syntax-hint = vérifiez la syntaxe TOML à cet endroit : le texte doit être entre guillemets, une table commence par [nom], une liste de tables par [[nom]]

## Traductions des cahiers.
core-value-text = du texte
core-value-number = un nombre
core-value-boolean = true ou false
core-value-date = une date
core-value-list = une liste
core-value-table = une table
core-layout-none = ni titre ni liste
core-layout-items = { $count ->
    [one] { $count } élément de liste
   *[other] { $count } éléments de liste
}
core-layout-headings = { $count ->
    [one] { $count } titre
   *[other] { $count } titres
}
core-layout-quotes = { $count ->
    [one] { $count } citation
   *[other] { $count } citations
}
core-layout-code-blocks = { $count ->
    [one] { $count } bloc de code
   *[other] { $count } blocs de code
}
core-layout-rules = { $count ->
    [one] { $count } ligne de séparation
   *[other] { $count } lignes de séparation
}
core-list-and = { $first } et { $last }
core-template-header =
    Traduction `{ $lang }` de { $english } : { $missing ->
        [one] { $missing } manquante
       *[other] { $missing } manquantes
    }, { $stale ->
        [one] { $stale } périmée
       *[other] { $stale } périmées
    }.
    Écrivez chaque `text` (l'anglais figure dans le commentaire au-dessus) et gardez chaque
    `source` : c'est l'empreinte de l'anglais que traduit le texte. Placez ces entrées dans
    { $target } (une entrée marquée périmée remplace celle du même
    nom), puis vérifiez avec : workbook validate --lang { $lang }
core-template-stale = Périmée : remplace [{ $key }] à { $place } ; faites dire au texte ce que dit maintenant l'anglais.
core-template-english = Anglais :
core-template-aliases = (facultatif : autres graphies du terme à mettre en évidence)
core-lang-not-a-tag = `{ $tag }` n'est pas une étiquette de langue : utilisez une étiquette BCP 47 comme fr, es, ar ou pt-BR
core-lang-underscore = `{ $tag }` n'est pas une étiquette de langue (écrivez `{ $written }`) : utilisez une étiquette BCP 47 comme fr, es, ar ou pt-BR
core-lang-english = `{ $tag }` désigne l'anglais, la langue dans laquelle les cahiers sont écrits : --lang indique la langue d'une traduction, par exemple fr
