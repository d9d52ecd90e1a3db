# Problems between workbooks: questions one shows from another.

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
