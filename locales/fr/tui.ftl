# L'interface guidée : écrans, touches, messages.
# Les noms de touches (Enter, Esc, Tab, Space, F1, Ctrl+…) et les lettres qui sont des touches
# (a, d, e, l, m, n, o, v, y…) restent tels quels : une touche ne change pas avec la langue.

tui-quit-not-saved = PAS enregistré : corrigez le problème indiqué puis quittez de nouveau, ou quittez de nouveau pour partir sans enregistrer

## Le cadre : en-tête, bandeaux.
tui-window-too-small = Agrandissez la fenêtre : il faut au moins { $min } (actuellement { $now }).
tui-demo-banner = DÉMO : une ville fictive pour la formation (workbook demo --reset pour repartir de zéro)
tui-read-only = lecture seule : une autre fenêtre modifie cette ville
tui-header-all-questions = toutes les questions
tui-header-read-only = lecture seule
tui-header-saved = enregistré
tui-header-unsaved = modifications non enregistrées
tui-header-not-saved = PAS enregistré (nouvel essai)

## Messages sous l'écran.
tui-can-edit-now = vous pouvez maintenant modifier cette ville
tui-save-failed = PAS enregistré : { $error }. Vos réponses sont conservées et l'enregistrement sera retenté.
tui-lock-freed = l'autre fenêtre a fermé cette ville : appuyez sur F2 pour la modifier ici
tui-still-locked = une autre fenêtre a encore cette ville ouverte ; vous pourrez la modifier ici dès que cette fenêtre sera fermée
tui-kept-draft = conservé comme brouillon (pas encore valide) : { $problem }
tui-notes-resolved = notes traitées
tui-nothing-carried = aucune réponse reprise du cycle précédent à conserver ici
tui-kept-this-round = conservée comme réponse de ce cycle
tui-showing-all = toutes les questions sont affichées
tui-showing-for = { $role ->
    [mayor] { $track ->
        [core] questions affichées : celles du maire, parcours essentiel
       *[full] questions affichées : celles du maire
    }
   *[official] { $track ->
        [core] questions affichées : celles des agents municipaux, parcours essentiel
       *[full] questions affichées : celles des agents municipaux
    }
}
tui-english-only = les cahiers n'existent qu'en anglais
tui-language-now = { $language } (l : langue suivante)
tui-theme-projector = couleurs pour projecteur : contraste élevé (v : retour à la normale)
tui-theme-normal = couleurs normales (v : projecteur)
tui-now-core = { $count ->
    [one] parcours essentiel : { $count } question ; vos autres réponses sont conservées
   *[other] parcours essentiel : { $count } questions ; vos autres réponses sont conservées
}
tui-now-full = cahiers complets
tui-end-of-workbook = fin du cahier : voici toutes les réponses
tui-required-all-answered = toutes les questions obligatoires affichées ont une réponse
tui-workbook-empty = ce cahier ne contient aucune question
tui-open-city-first = ouvrez d'abord une ville

## Avant et après l'interface.
tui-error-terminal = impossible d'utiliser le terminal
tui-error-signals = impossible de surveiller les signaux
tui-farewell-saved = { $city } enregistrée. Pour reprendre : { $command }
tui-farewell-read-only = { $city } fermée (lecture seule ; rien n'a été modifié ici). Pour reprendre : { $command }
tui-plan-written = { $edition } écrite dans { $path }
tui-plan-not-written = le plan n'a PAS été écrit : { $error }
tui-demo-failed = impossible d'ouvrir la ville de démonstration : { $error }
tui-cannot-edit-yet = impossible de modifier ici pour l'instant : { $error }

## Noms du rôle et du parcours de la ville, des éditions du plan, oui et non.
tui-role-mayor = maire
tui-role-official = agent municipal
tui-track-full = cahiers complets
tui-track-core = parcours essentiel
tui-edition-public = Édition publique
tui-edition-council = Édition pour le conseil municipal
tui-edition-restricted = Édition restreinte
tui-yes = Oui
tui-no = Non

## L'accueil : les cahiers de la ville.
tui-home-continue-where = Reprendre là où vous en étiez : { $workbook }
tui-home-continue = Reprendre : { $workbook }
tui-home-start = Commencer par le premier cahier
tui-home-required-open = { $count ->
    [one] { $count } obligatoire à remplir
   *[other] { $count } obligatoires à remplir
}
tui-home-required-done = obligatoires remplies
tui-home-edited = modifié le { $when }
tui-home-not-started = pas commencé

## L'écran d'une question.
tui-unclear = La réponse enregistrée `{ $answer }` est conservée telle quelle : { $why }. Répondez de nouveau pour la remplacer.
tui-no-round-yet = aucun cycle n'a encore été clos : toutes les réponses sont celles de ce cycle
tui-kept-last-dropped = réponse du cycle précédent conservée ({ $round }) ; ce que vous aviez saisi ici a été abandonné
tui-last-round-empty = le cycle précédent ({ $round }) n'avait pas de réponse ici : rien à conserver
tui-already-kept = déjà conservée : c'est la réponse du cycle précédent ({ $round })
tui-changed-this-round = modifiée dans ce cycle ; redonnez la réponse de { $round } pour y revenir
tui-no-answer-this-round = pas de réponse dans ce cycle ; redonnez la réponse de { $round } pour la conserver
tui-no-note = cette réponse n'a aucune note à traiter
tui-resolve-keep = Garder la réponse actuelle et clore les notes
tui-resolve-use = Reprendre plutôt la réponse conservée : { $answer }
tui-resolve-title = Traiter les notes (Enter : choisir, Esc : plus tard)
tui-question-id = Identifiant de la question : { $id } — workbook answer set --city { $city } { $id } VALEUR
tui-question-id-city = NOM
tui-note-kept = { $note } (conservée : { $answer })
tui-note-kept-on = { $note } (conservée : { $answer }, { $date })
## Où en est l'utilisateur, au-dessus de la question.
tui-q-position = Question { $number } sur { $total }
tui-q-position-short = Q { $number }/{ $total }
tui-q-follow-up = question de suivi
tui-q-section = partie { $number }/{ $count }
tui-q-section-titled = partie { $number }/{ $count } : { $title }
tui-q-required = obligatoire
tui-q-shared = commune avec { $workbook } : une seule réponse pour les deux
tui-q-not-applicable = ne s'applique pas (réponses précédentes)
tui-q-notes = { $count ->
    [one] Cette réponse a une note à vérifier (F3 pour la traiter) :
   *[other] Cette réponse a { $count } notes à vérifier (F3 pour les traiter) :
}
## Comment répondre, sur le cadre de saisie.
tui-hint-short-text = une ligne
tui-hint-long-text = texte · Enter : nouvelle ligne
tui-hint-single-choice = un seul choix · Space
tui-hint-multi-choice = plusieurs choix · Space
tui-hint-yes-no = y / n
tui-hint-scale = ← → ou un chiffre
tui-hint-integer = nombre entier (p. ex. 1234)
tui-hint-integer-unit = nombre entier ({ $unit }, p. ex. 1234)
tui-hint-number = nombre ({ $format })
tui-hint-number-unit = nombre ({ $unit }, { $format })
tui-number-point = point décimal : 1234.5
tui-number-comma = virgule décimale : 1234,5
tui-hint-date = date AAAA-MM-JJ
tui-hint-list = liste · a ajouter · Enter modifier · d supprimer · i importer une feuille de calcul
tui-hint-table = tableau · a ajouter une ligne · Enter modifier ou choisir · i importer une feuille de calcul
## Les repères ou l'exemple d'une ville, sous la saisie.
tui-guidance-title = Repères
tui-guidance-title-example = Repères (F4 : l'exemple d'une ville)
tui-example-title = Exemple (F4 : repères)
tui-example-none = Aucun exemple de ville pour cette question.
tui-example-source = Source : { $source }

## Les cycles : les réponses du cycle précédent à côté de celles de ce cycle.
tui-needs-attention = à vérifier : `{ $answer }` est conservée telle quelle
tui-round-carried = Reprise de { $round } : conservez-la ({ $key }) ou modifiez-la
tui-round-kept = Conservée du cycle précédent ({ $round }) : la même réponse
tui-round-last = Cycle précédent ({ $round }) :
tui-tally-since = Depuis { $round } :
tui-tally-to-confirm = { $count } à confirmer
tui-tally-none = aucune réponse
tui-tally-all-confirmed = tout est confirmé
tui-tally-kept = { $count ->
    [one] { $count } conservée
   *[other] { $count } conservées
}
tui-tally-changed = { $count ->
    [one] { $count } modifiée
   *[other] { $count } modifiées
}
tui-tally-new = { $count ->
    [one] { $count } nouvelle
   *[other] { $count } nouvelles
}
tui-tally-cleared = { $count ->
    [one] { $count } effacée
   *[other] { $count } effacées
}
tui-filter-all = toutes les réponses
tui-filter-to-confirm = à confirmer
tui-filter-changed = modifiées depuis { $round }

## La revue : toutes les réponses d'un cahier.
tui-review-head = Revue{ $filter } : { $workbook } · { $answered }/{ $total } répondues · { $open } obligatoires à remplir
tui-review-nothing-to-confirm = Rien à confirmer : aucune réponse reprise de { $round } n'est en attente.
tui-review-nothing-changed = Rien n'a changé depuis { $round }.
tui-review-required = obligatoire
tui-review-kept-not-applicable = { $answer } (conservée ; ne s'applique pas)
tui-review-not-applicable = ne s'applique pas
tui-review-draft-only = brouillon seulement : pas encore une réponse valide
tui-review-not-answered = sans réponse
tui-review-to-confirm = reprise de { $round }, à confirmer :
tui-review-changed = modifiée :
tui-review-before = { $round } : { $answer }
tui-review-filter-count = { $filter } : { $count }

## Le sommaire : toutes les parties et questions d'un cahier.
tui-outline-title = Sommaire de { $workbook }
tui-outline-none-applies = aucune question de cette partie ne s'applique pour l'instant
tui-outline-not-applicable = ne s'applique pas
tui-outline-legend = ✓ répondue   ! obligatoire, sans réponse   · sans réponse
tui-outline-legend-short = ✓ répondue  ! obligatoire  · à faire
tui-outline-legend-round = ✓ répondue  ↻ reprise de { $round }, à confirmer  ! obligatoire, sans réponse  · sans réponse
tui-outline-legend-round-short = ✓ répondue  ↻ à confirmer  ! obligatoire  · à faire
tui-outline-legend-round-shortest = ✓ faite ↻ à confirmer ! obligatoire · à faire
## La recherche.
tui-search-label = Chercher :
tui-search-placeholder = tapez pour chercher
tui-search-empty = Tapez des mots d'une question, de ses repères ou d'une réponse.
tui-search-nothing = Aucun résultat.
tui-search-in-question = question
tui-search-in-guidance = repères
tui-search-in-answer = réponse

## Choisir ou créer la ville.
tui-city-which = Sur quelle ville travaillez-vous ?
tui-city-demo = Essayer la ville de démonstration (fictive, pour la formation)
tui-city-new = Nouvelle ville
tui-city-new-title = Une nouvelle ville
tui-city-intro-first = Les réponses sont enregistrées par ville. Esc : essayer plutôt la ville de démonstration.
tui-city-intro = Les réponses sont enregistrées par ville. Votre rôle détermine les questions affichées.
tui-city-field-name = Ville
tui-city-field-country = Pays
tui-city-field-role = Votre rôle
tui-city-field-numbers = Nombres
tui-city-name-placeholder = par exemple Riverton
tui-city-country-placeholder = facultatif
tui-city-role-mayor = Maire
tui-city-role-official = Agent municipal
tui-city-role-hint = Space ou ←→ change le rôle (m : maire, o : agent municipal)
tui-city-numbers-hint = Space ou ←→ change l'écriture des nombres
tui-city-form-keys = Tab : champ suivant · Space ou ←→ : rôle/nombres · Enter : créer · Esc : retour
tui-city-name-missing = saisissez d'abord le nom de la ville

## L'aperçu du plan d'action, et son écriture dans un fichier.
tui-plan-head-public = Aperçu du plan : édition publique, publiable (e : édition)
tui-plan-head-council = Aperçu du plan : édition pour le conseil municipal, non publiable (e : édition)
tui-plan-head-restricted = Aperçu du plan : édition restreinte, avec données personnelles (e : édition)
tui-plan-write-public = Écrire l'édition publique au format
tui-plan-write-council = Écrire l'édition pour le conseil municipal au format
tui-plan-write-restricted = Écrire l'édition restreinte au format
tui-plan-format-markdown = Markdown, à retravailler comme texte
tui-plan-format-html = HTML, pour le navigateur et l'impression
tui-plan-format-docx = Word, à finaliser dans un traitement de texte
tui-plan-format-file = { $format } : { $file }
tui-plan-replace-title = Remplacer le fichier ?
tui-plan-file-exists = { $file } existe déjà dans ce dossier.
tui-plan-replace-keys = y : le remplacer   n ou Esc : le garder
tui-plan-file-kept = le fichier a été gardé tel quel

## Les champs de réponse.
tui-date-placeholder = AAAA-MM-JJ
tui-choice-other = Autre :
tui-choice-other-placeholder = précisez
tui-list-item = élément
tui-list-empty = Aucune entrée ({ $item }) pour l'instant. Appuyez sur a pour en ajouter.
tui-scale-none = aucun niveau choisi pour l'instant
tui-table-leave-empty = (laisser vide)
tui-table-empty = Aucune ligne pour l'instant. Appuyez sur a pour en ajouter.
tui-table-hint-typing = Enter valide · Esc annule
tui-table-hint-pick = Enter : choisir dans la liste
tui-table-hint-edit = Enter : modifier
tui-table-cell = { $column } · ligne { $row }

## L'aide (F1).
tui-help-editing = Saisie de texte
tui-help-editing-same = (la même dans tous les champs)
tui-help-mouse = Souris
tui-help-mouse-does = sélectionnez du texte pour le copier (un lien, une réponse) ; les clics et la molette n'ont pas d'effet ici
tui-help-title-scroll = Touches (↑↓ défiler, Esc ferme)
tui-help-title = Touches (Esc ferme)
## Combien de lignes sont cachées au-dessus ou en dessous (après une flèche).
tui-more-above = ↑ { $count } de plus
tui-more-below = ↓ { $count } de plus
tui-more-both = ↑ { $above } de plus · ↓ { $below } de plus

## Ce que font les touches de saisie, dans l'aide d'un champ de texte.
tui-edit-line-start = début de la ligne
tui-edit-line-end = fin de la ligne
tui-edit-word-back = un mot en arrière
tui-edit-word-forward = un mot en avant
tui-edit-delete-to-start = effacer jusqu'au début de la ligne
tui-edit-delete-to-end = effacer jusqu'à la fin de la ligne
tui-edit-delete-word-before = effacer le mot avant le curseur
tui-edit-delete-word-after = effacer le mot après le curseur
tui-edit-delete-char = effacer le caractère sous le curseur

## Le bas de l'écran : un ou deux mots par touche (restez bref).
tui-footer-create = créer
tui-footer-write = écrire
tui-footer-edit = modifier
tui-footer-done = terminé
tui-footer-open = ouvrir
tui-footer-quit = quitter
tui-footer-help = aide
tui-footer-back = retour
tui-footer-next = suivante
tui-footer-previous = précédente
tui-footer-outline = sommaire
tui-footer-review = revue
tui-footer-plan = plan
tui-footer-write-file = écrire
tui-footer-edition = édition
tui-footer-yes = oui
tui-footer-no = non
tui-footer-continue = reprendre
tui-footer-track = parcours
tui-footer-projector = projecteur
tui-footer-language = langue
tui-footer-add = ajouter
tui-footer-delete = supprimer
tui-footer-pick = choisir
tui-footer-move-up = monter
tui-footer-move-down = descendre
tui-footer-move = déplacer
tui-footer-keep = conserver
tui-footer-filter = filtre
tui-footer-import = importer
tui-footer-read = lire
tui-footer-complete = compléter
tui-footer-merge = ajouter
tui-footer-replace = remplacer

## L'aide : ce que fait chaque touche.
tui-key-quit = enregistrer et quitter
tui-key-take-edit = modifier ici une fois que l'autre fenêtre a fermé cette ville
tui-key-resolve = traiter les notes sur cette réponse
tui-key-show-id = afficher l'identifiant de la question, pour `answer set` et les scripts
tui-key-keep-last = conserver telle quelle la réponse du cycle précédent pour ce cycle
tui-key-help = aide : toutes les touches
tui-key-back = retour / fermer
tui-key-next-short = question suivante (réponse courte)
tui-key-next = question suivante
tui-key-prev = question précédente
tui-key-outline-jump = sommaire : aller à n'importe quelle partie ou question
tui-key-outline = sommaire du cahier
tui-key-next-required = aller à la prochaine question obligatoire sans réponse
tui-key-search = chercher dans les questions, les repères et les réponses
tui-key-review-all = revoir toutes les réponses de ce cahier
tui-key-review = revoir le cahier sélectionné
tui-key-plan = aperçu du plan d'action
tui-key-filter = afficher toutes les réponses, celles encore à confirmer dans ce cycle, ou celles modifiées depuis le cycle précédent
tui-key-write-plan = écrire le plan dans un fichier : Markdown, HTML ou Word
tui-key-edition = afficher l'édition publique, l'édition pour le conseil municipal ou l'édition restreinte
tui-key-yes-replace = oui, remplacer le fichier
tui-key-no-keep = non, garder le fichier
tui-key-audience = afficher toutes les questions / seulement celles de votre rôle
tui-key-example = afficher ou masquer l'exemple d'une ville
tui-key-save = enregistrer maintenant
tui-key-track = passer du parcours essentiel aux cahiers complets, et inversement
tui-key-theme = couleurs pour projecteur (contraste élevé) / couleurs normales
tui-key-language = langue de l'interface et des cahiers : English, français, español, العربية
tui-key-continue = reprendre là où vous en étiez
tui-key-new-city = créer une nouvelle ville
tui-key-demo = essayer la ville de démonstration : fictive, pour la formation
tui-key-scroll-up = faire défiler les repères vers le haut
tui-key-scroll-down = faire défiler les repères vers le bas
tui-key-select = ouvrir / modifier / valider
tui-key-toggle = choisir / retirer
tui-key-toggle-cell = modifier une cellule, ou ouvrir la liste d'une cellule à choix
tui-key-add = ajouter un élément ou une ligne
tui-key-delete = supprimer l'élément ou la ligne
tui-key-clear = effacer la réponse
tui-key-move-item-up = monter l'élément ou la ligne
tui-key-move-item-down = descendre l'élément ou la ligne
tui-key-next-field = champ / cellule suivante
tui-key-prev-field = champ / cellule précédente
tui-key-up = monter
tui-key-down = descendre
tui-key-left = aller à gauche / niveau inférieur
tui-key-right = aller à droite / niveau supérieur
tui-key-page-up = page précédente
tui-key-page-down = page suivante
tui-key-first = premier élément
tui-key-last = dernier élément
tui-key-import = remplir le tableau ou la liste depuis une feuille de calcul (CSV, Excel, OpenDocument)
tui-key-complete = compléter le nom du fichier ou du dossier
tui-key-import-read = lire le fichier et montrer ce qu'il changerait
tui-key-import-save = enregistrer : la réponse prend les lignes affichées
tui-key-import-merge = ajouter les lignes à celles que la réponse contient déjà
tui-key-import-replace = remplacer les lignes de la réponse par celles du fichier
tui-key-import-next-sheet = lire la feuille suivante du classeur
## Importer une feuille de calcul dans une réponse en tableau ou en liste (i sur la question).
tui-import-title = Importer depuis une feuille de calcul
tui-import-path-prompt = Le fichier à importer (CSV, Excel ou OpenDocument), depuis { $folder } :
tui-import-path-placeholder = chemin du fichier ; Tab complète
tui-import-path-empty = Tapez le chemin du fichier à importer, puis Enter.
tui-import-no-match = Rien dans ce dossier ne commence ainsi : seuls les dossiers et les feuilles de calcul sont proposés.
tui-import-more = … et { $count } de plus
tui-import-cancelled = Rien n'a été importé.
tui-import-sheet = { $file }, feuille { $sheet }
tui-import-sheet-of = { $file }, feuille { $sheet } ({ $number } sur { $count } ; Tab lit la suivante)
tui-import-read = { $rows ->
    [one] { $rows } ligne lue : { $accepted } peut être importée, { $rejected } écartée.
   *[other] { $rows } lignes lues : { $accepted } peuvent être importées, { $rejected } écartées.
}
tui-import-empty-answer = La réponse est vide : ces lignes deviennent les siennes. Enter enregistre.
tui-import-unclear = La réponse enregistrée n'a pas pu être lue : l'import la remplace. Enter enregistre.
tui-import-merge-chosen = { $stored ->
    [one] Ajout à la ligne de la réponse
   *[other] Ajout aux { $stored } lignes de la réponse
} : { $added ->
    [one] { $added } nouvelle
   *[other] { $added } nouvelles
}, { $updated ->
    [one] { $updated } mise à jour
   *[other] { $updated } mises à jour
}, { $unchanged ->
    [one] { $unchanged } inchangée
   *[other] { $unchanged } inchangées
}. Enter enregistre ; r les remplace plutôt.
tui-import-replace-chosen = { $stored ->
    [one] La ligne de la réponse est remplacée
   *[other] Les { $stored } lignes de la réponse sont remplacées
} par { $count ->
    [one] celle-ci
   *[other] ces { $count }
}. Enter enregistre ; m les ajoute plutôt.
tui-import-nothing-stored = La réponse est vide : les lignes sont simplement ajoutées.
tui-import-ignored = Colonnes non utilisées : { $headers }
tui-import-new-rows = { $count ->
    [one] { $count } nouvelle ligne
   *[other] { $count } nouvelles lignes
}
tui-import-rows-after = { $count ->
    [one] La ligne de la réponse après l'import
   *[other] Les { $count } lignes de la réponse après l'import
}
tui-import-updated-rows = { $count ->
    [one] { $count } ligne mise à jour
   *[other] { $count } lignes mises à jour
}
tui-import-left-out = { $count ->
    [one] { $count } ligne écartée
   *[other] { $count } lignes écartées
}
tui-import-nothing = Aucune ligne de cette feuille ne peut être importée : voyez pourquoi ci-dessous, ou Esc pour choisir un autre fichier.
tui-import-merged = Importé depuis { $file } : { $added ->
    [one] { $added } nouvelle ligne
   *[other] { $added } nouvelles lignes
}, { $updated ->
    [one] { $updated } mise à jour
   *[other] { $updated } mises à jour
}.
tui-import-replaced = { $count ->
    [one] { $count } ligne importée depuis { $file }.
   *[other] { $count } lignes importées depuis { $file }.
}
tui-import-no-matching-column = Aucune colonne de { $sheet } ne correspond aux colonnes de cette question ({ $expected }). Nommez les en-têtes d'après elles, dans l'une des langues du programme, ou lisez une autre feuille ou un autre fichier.
tui-import-list-column = { $sheet } a plusieurs colonnes ({ $headers }) et aucune ne porte le nom de cette liste : nommez la colonne qui contient les éléments d'après la question, ou lisez une autre feuille ou un autre fichier.
tui-import-same-column-twice = { $sheet } : les colonnes { $first } et { $second } remplissent toutes deux { $column } ; supprimez-en une de la feuille, puis relisez-la.
tui-import-unchanged = Rien à changer : la réponse contient déjà chaque ligne de { $file }.
tui-import-cell = { $column } : { $value }
