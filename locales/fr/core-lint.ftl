# Problems in a workbook file, as `workbook validate` reports them.

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
