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
core-lint-bad-id = l'identifiant { $what ->
        [workbook] de cahier
        [section] de section
        [column] de colonne
       *[question] de question
    } `{ $id }` doit commencer par une lettre minuscule et n'utiliser que a-z, 0-9, `_` et `-`
core-lint-bad-id-hint = les identifiants figurent dans les fichiers et les commandes ; par exemple `stakeholder_map`
core-lint-version-zero = la version du cahier doit être 1 ou plus
core-lint-version-zero-hint = commencez à version = 1 et augmentez-la quand les questions changent
core-lint-no-sections = le cahier n'a aucune section
core-lint-no-sections-hint = ajoutez une table [[sections]] avec au moins une [[sections.questions]]
core-lint-too-many-questions = le cahier contient { $count } questions ; la limite est de { $limit }
core-lint-no-audience = le cahier ne s'adresse à aucun public
core-lint-no-audience-hint = indiquez audiences = ["mayor", "official"]
core-lint-unknown-audience = public inconnu `{ $audience }`
core-lint-unknown-audience-hint = les publics sont "mayor" et "official"
core-lint-term-twice = le terme de glossaire `{ $term }` est défini deux fois (d'abord à la ligne { $line })
core-lint-term-twice-hint = gardez une seule définition et ajoutez les autres graphies à ses `aliases`
core-lint-term-empty = le terme de glossaire `{ $term }` a une définition vide
core-lint-term-empty-hint = définissez le terme en une phrase ou deux
core-lint-section-twice = identifiant de section `{ $id }` en double (défini d'abord à la ligne { $line })
core-lint-section-twice-hint = donnez à chaque section son propre identifiant
core-lint-section-empty = la section `{ $id }` n'a aucune question
core-lint-section-empty-hint = ajoutez des [[sections.questions]] sous elle, ou supprimez la section
core-lint-section-no-example = la section `{ $id }` n'a aucun exemple de ville
core-lint-section-no-example-hint = ajoutez une [[sections.examples]] avec city, text et source
core-lint-example-source = l'exemple de { $city } a une source qui n'est pas une adresse web
core-lint-example-source-hint = indiquez la page d'où vient l'exemple, en commençant par https://
core-lint-question-shape = une question a besoin d'un id et d'un kind (ou de `uses` pour montrer la question d'un autre cahier)
core-lint-question-shape-hint = par exemple id = "has_plan", kind = "yes_no", ou uses = "strategy.mandate_basis"
core-lint-question-twice = identifiant de question `{ $id }` en double (défini d'abord à la ligne { $line })
core-lint-question-twice-hint = les identifiants de question doivent être uniques dans un cahier
core-lint-empty-prompt = la question `{ $id }` a un énoncé vide
core-lint-empty-prompt-hint = écrivez la question à laquelle l'utilisateur doit répondre
core-lint-no-guidance = la question `{ $id }` n'a pas de conseils
core-lint-no-guidance-hint = expliquez pourquoi la question compte et ce que contient une bonne réponse
core-lint-audience-missing = la question `{ $id }` s'adresse à `{ $audience }`, qui ne fait pas partie des publics du cahier
core-lint-audience-missing-hint = ajoutez ce public aux `audiences` du cahier, ou changez celui de la question
core-lint-uses-not-question = `uses = "{ $name }"` ne désigne pas une question
core-lint-uses-not-question-hint = écrivez la question d'origine sous la forme cahier.question, par exemple uses = "mapping.stakeholders"
core-lint-uses-key = `{ $key }` ne peut pas être défini sur `uses = "{ $name }"` : la question appartient à son cahier d'origine
core-lint-uses-key-hint = une question réutilisée ne peut donner que son propre énoncé, ses conseils et core ; modifiez le reste dans le cahier d'origine
core-lint-uses-twice = `{ $name }` est déjà affichée dans ce cahier (ligne { $line })
core-lint-uses-twice-hint = affichez une question une seule fois par cahier
core-lint-sentence-empty = la phrase de plan de `{ $id }` est vide
core-lint-sentence-empty-hint = écrivez la phrase que le plan doit afficher, ou retirez plan_sentence
core-lint-sentence-braces = la phrase de plan de `{ $id }` contient { $problem } : { $text }
core-lint-sentence-braces-hint = les emplacements sont { $answer }, { $other } et { $city } ; n'utilisez d'accolades qu'autour d'eux
core-lint-placeholders-hint = les emplacements sont { $answer }, { $other } et { $city }
core-lint-sentence-unknown = la phrase de plan de `{ $id }` contient un emplacement inconnu `{ $placeholder }`
core-lint-sentence-other = la phrase de plan de `{ $id }` utilise `{ $placeholder }`, mais la question n'a pas de choix « autre »
core-lint-sentence-other-hint = utilisez { $answer }, ou indiquez other = true
core-lint-sentence-no-values = la phrase de plan de `{ $id }` prévoit une phrase par valeur, mais une réponse de type { $kind } n'a pas de valeurs à choisir
core-lint-sentence-no-values-hint = écrivez une seule phrase avec { $answer }, par exemple plan_sentence = "La ville a cartographié ces questions pour la dernière fois en { $answer }."
core-lint-sentence-key = la phrase de plan de `{ $id }` a une phrase pour `{ $key }`, qui ne fait pas partie de ses réponses
core-lint-sentence-key-hint = les clés sont : { $keys }
core-lint-sentence-missing = la phrase de plan de `{ $id }` n'a pas de phrase pour { $keys }
core-lint-sentence-missing-hint = ces réponses sont affichées sous forme d'intitulé et de valeur ; ajoutez une phrase pour chacune
core-lint-sensitivity-both = `{ $owner }` définit à la fois sensitivity et sensitive
core-lint-sensitivity-both-hint = gardez sensitivity = "public", "internal" ou "restricted" et supprimez sensitive
core-lint-sensitive-old = `{ $owner }` utilise `sensitive`, que remplace `sensitivity`
core-lint-sensitive-old-restricted = écrivez sensitivity = "restricted"
core-lint-sensitive-old-internal = écrivez sensitivity = "internal" (la valeur par défaut), ou supprimez-la
core-lint-column-more-open = la colonne `{ $column }` de `{ $id }` est { $level }, plus ouverte que sa question ({ $question_level })
core-lint-column-more-open-hint = une colonne peut être plus stricte que sa question, jamais plus ouverte
core-lint-kinds-two = { $first } et { $second }
core-lint-misplaced = `{ $setting }` ne s'applique pas à la question { $kind } `{ $id }`
core-lint-misplaced-hint = `{ $setting }` est réservé aux questions { $fits } ; supprimez-le ou changez le kind
core-lint-no-choices = la question { $kind } `{ $id }` n'a aucun choix
core-lint-no-choices-hint = ajoutez { $example }
core-lint-empty-choices = la question `{ $id }` a une liste de choix vide
core-lint-empty-choices-hint = indiquez au moins deux choix
core-lint-other-twice = la question `{ $id }` a un choix `other` et aussi other = true
core-lint-other-twice-hint = supprimez le choix `other` ; other = true l'ajoute avec une zone de texte libre
core-lint-choice-twice = { $of ->
        [column] la colonne
       *[question] la question
    } `{ $owner }` a le choix `{ $value }` deux fois (d'abord à la ligne { $line })
core-lint-choice-twice-hint = les valeurs des choix doivent être uniques
core-lint-choice-empty = { $of ->
        [column] la colonne
       *[question] la question
    } `{ $owner }` a un choix dont la valeur est vide
core-lint-choice-empty-hint = donnez au choix une valeur courte comme `yes_partly`
core-lint-scale-no-range = la question d'échelle `{ $id }` n'a pas de plage
core-lint-scale-no-range-hint = indiquez min et max, par exemple min = 1 et max = 5
core-lint-scale-bad-range = la question d'échelle `{ $id }` a besoin de nombres entiers avec min inférieur à max (reçu { $min } à { $max })
core-lint-scale-bad-range-hint = par exemple min = 1 et max = 5
core-lint-scale-points = la question d'échelle `{ $id }` a { $points } points ; le maximum est { $most }
core-lint-scale-points-hint = utilisez une question de type nombre pour des plages plus larges
core-lint-scale-labels = la question d'échelle `{ $id }` a { $labels } intitulés pour { $points } points
core-lint-scale-labels-hint = donnez un intitulé par point, de min à max
core-lint-min-above-max = la question `{ $id }` a un min { $min } supérieur au max { $max }
core-lint-min-above-max-hint = inversez-les, ou corrigez l'un des deux
core-lint-no-columns = la question de type tableau `{ $id }` n'a aucune colonne
core-lint-no-columns-hint = ajoutez { $example }
core-lint-column-twice = la question de type tableau `{ $id }` a la colonne `{ $column }` deux fois (d'abord à la ligne { $line })
core-lint-column-twice-hint = les identifiants de colonne doivent être uniques dans un tableau
core-lint-column-no-choices = la colonne à choix `{ $column }` n'a aucun choix
core-lint-column-no-choices-hint = ajoutez { $example } à la colonne
core-lint-column-empty-choices = la colonne à choix `{ $column }` a une liste de choix vide
core-lint-column-choices = la colonne `{ $column }` est de type { $kind } mais a des choix
core-lint-column-choices-hint = indiquez kind = "choice" ou supprimez les choix
core-lint-feeds-summary = la question `{ $id }` alimente la rubrique { $feed } de la synthèse, mais c'est une question { $kind }
core-lint-feeds-summary-hint = la synthèse cite du texte : utilisez une question short_text, long_text ou list
core-lint-feeds-table = la question `{ $id }` alimente la rubrique { $feed } du plan, mais ce n'est pas un tableau
core-lint-feeds-table-hint = seules les questions de type tableau peuvent alimenter les tableaux du plan ; utilisez feeds = "finding" ou faites-en un tableau
core-lint-feeds-key = le tableau `{ $id }` alimente la rubrique { $feed } du plan, mais n'a pas de colonne `{ $column }`
core-lint-feeds-key-hint = ajoutez une colonne avec cet identifiant ; voir docs/workbook-format.md pour les colonnes de chaque tableau du plan
core-lint-condition-deep = la condition sur `{ $id }` est imbriquée sur plus de { $depth } niveaux
core-lint-condition-deep-hint = simplifiez-la
core-lint-condition-shape-hint = écrivez { $test } (ou one_of, contains, answered), ou combinez avec { $combine }
core-lint-condition-empty-list = la condition sur `{ $id }` combine une liste vide
core-lint-condition-empty-list-hint = placez au moins une condition dans all = [...] ou any = [...]
core-lint-condition-no-test = la condition sur `{ $id }` désigne une question mais aucun test
core-lint-condition-empty = la condition sur `{ $id }` est vide
core-lint-condition-mixed = la condition sur `{ $id }` mélange plusieurs tests dans une même table
core-lint-condition-itself = la condition sur `{ $id }` renvoie à la question elle-même
core-lint-condition-itself-hint = une condition ne peut porter que sur des questions précédentes
core-lint-condition-later = la condition sur `{ $id }` renvoie à `{ $name }`, qui vient plus loin
core-lint-condition-later-hint = une condition ne peut porter que sur des questions précédentes ; placez cette question après celle dont elle dépend
core-lint-condition-unknown = la condition sur `{ $id }` renvoie à une question inconnue `{ $name }`
core-lint-condition-unknown-hint = indiquez l'identifiant d'une question précédente de ce cahier
core-lint-condition-empty-one-of = la condition sur `{ $id }` a une liste one_of vide
core-lint-condition-empty-one-of-hint = indiquez les valeurs qui affichent la question
core-lint-condition-contains = la condition sur `{ $id }` utilise `contains` sur la question { $kind } `{ $name }`
core-lint-condition-contains-hint = `contains` fonctionne sur les questions multi_choice, list et texte ; utilisez equals ou one_of
core-lint-condition-compares = la condition sur `{ $id }` compare la question { $kind } `{ $name }` avec { $value }
core-lint-compare-yes-no-hint = comparez-la avec true ou false
core-lint-compare-number-hint = comparez-la avec un nombre
core-lint-compare-nothing-hint = ne la comparez avec rien : utilisez `answered` ou `contains`
core-lint-compare-text-hint = comparez-la avec un texte entre guillemets
core-lint-value-text = le texte "{ $text }"
core-lint-value-number = le nombre { $number }
core-lint-value-other = { $kind ->
        [array] une liste
        [table] une table
        [datetime] une date
       *[other] une valeur { $kind }
    }
core-lint-condition-choice = la condition sur `{ $id }` utilise `{ $value }`, qui n'est pas un choix de `{ $question }`
core-lint-choices-hint = les choix sont : { $choices }
core-lint-migration-version = une migration concerne la version { $migration }, mais le cahier est en version { $version }
core-lint-migration-version-hint = portez la version du cahier à celle de la migration
core-lint-migration-shape = il manque une clé à cette migration
core-lint-migration-shape-hint = rename_question et move_question demandent from et to ; rename_choice demande question, from et to ; retire_choice demande question et from ; map_values demande question et values
core-lint-migration-rename-unknown = la migration renomme vers une question inconnue `{ $question }`
core-lint-migration-rename-unknown-hint = `to` doit être un identifiant de question de ce cahier
core-lint-migration-move-unknown = la migration déplace vers une question inconnue `{ $question }`
core-lint-migration-move-unknown-hint = `to` doit être un identifiant de question de ce cahier, ou cahier.question
core-lint-migration-unknown = la migration désigne une question inconnue `{ $question }`
core-lint-migration-unknown-hint = `question` doit être un identifiant de question de ce cahier
core-lint-migration-map-choice = la migration convertit vers `{ $value }`, qui n'est pas un choix de `{ $question }`
core-lint-migration-map-choice-hint = convertissez les anciennes réponses vers les valeurs de choix de la question
core-lint-migration-rename-choice = la migration renomme en `{ $value }`, qui n'est pas un choix de `{ $question }`
core-lint-migration-rename-choice-hint = `to` doit être l'une des valeurs de choix de la question
core-brace-unopened = une `{"}"}` sans son `{"{"}`
core-brace-unclosed = une `{"{"}` sans sa `{"}"}`

## Vérifications entre cahiers.
core-resolve-unknown-workbook = `uses` désigne un cahier inconnu `{ $workbook }`
core-resolve-unknown-workbook-hint = les cahiers chargés sont : { $known }
core-resolve-uses-own = `uses = "{ $name }"` désigne une question de ce même cahier
core-resolve-uses-own-hint = un cahier montre directement ses propres questions ; `uses` montre celles d'un autre cahier
core-resolve-unknown-question = le cahier `{ $workbook }` n'a pas de question `{ $question }` qui lui soit propre
core-resolve-unknown-question-hint = indiquez l'une des questions propres à `{ $workbook }`, sous la forme cahier.question
core-resolve-follow-up = `{ $name }` est une question de suivi de `{ $full }`, que ce cahier n'affiche pas : sa condition ne peut donc pas être remplie ici
core-resolve-follow-up-hint = affichez-la d'abord ici avec uses = "{ $full }", ou réutilisez une question qui n'est pas une question de suivi
core-resolve-migration-move-unknown-hint = `to` doit désigner une question d'un cahier chargé, sous la forme cahier.question
core-resolve-migration-map-choice-hint = convertissez les anciennes réponses vers les valeurs de choix de la question cible
core-resolve-circle = les conditions d'affichage tournent en rond : { $cycle }
core-resolve-circle-hint = une question ne peut dépendre que de questions qui ne dépendent pas d'elle
core-resolve-term-differs-shared = le terme de glossaire `{ $term }` est défini différemment ici et dans le glossaire commun
core-resolve-term-differs = le terme de glossaire `{ $term }` est défini différemment ici et dans le cahier `{ $workbook }`
core-resolve-term-differs-hint = gardez une seule définition : supprimez cette entrée pour utiliser l'autre, ou rendez-les identiques

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
core-translation-unreadable = la traduction est illisible, son cahier est donc affiché en anglais : { $problem }

## Traductions des cahiers.
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
