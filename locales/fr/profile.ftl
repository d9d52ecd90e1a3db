# Ce que le programme dit des profils de ville : le stockage, les cycles, les migrations, les
# imports, et les documents que produisent `workbook diff` et `workbook compare`.

## Le stockage des profils de ville.
profile-locked = la ville « { $city } » est ouverte dans une autre fenêtre ou un autre processus ({ $path } est verrouillé) ; fermez-la là-bas et réessayez (une commande attend jusqu'à 10 secondes ; --wait SECONDES attend plus longtemps)
profile-corrupt =
    { $place } : impossible de lire ce profil : { $problem }
    Le fichier n'a pas été modifié. Corrigez-le à la main, ou lancez `workbook city restore NOM` pour revenir à la dernière sauvegarde valide.
profile-bad-file = { $place } : impossible de lire ce fichier : { $problem }
profile-newer-format = { $path } a été écrit par une version plus récente de workbook (format de profil { $found } ; cette version comprend jusqu'au format { $supported }) ; mettez workbook à jour pour l'utiliser. Le fichier n'a pas été modifié.
profile-too-large = { $path } fait { $size } octets ; les profils de plus de { $limit } octets sont refusés
profile-not-found = aucune ville nommée « { $name } » ; `workbook city list` affiche les villes, `workbook city new` en ajoute une
profile-ambiguous = deux profils portent le nom de ville « { $name } » : { $first } et { $second } ; modifiez la ligne `name` de l'un d'eux (ou sortez du dossier celui dont vous n'avez pas besoin) pour que chaque ville ait son propre nom
profile-exists = une ville nommée « { $name } » existe déjà (les noms sont comparés sans tenir compte de la casse, de la largeur des caractères ni de la composition Unicode)
profile-file-taken = le fichier { $path } contient déjà une autre ville (« { $other } ») ; modifiez légèrement le nom de la nouvelle ville
profile-read-only = la ville « { $city } » est ouverte en lecture seule ; ses réponses ne peuvent pas être enregistrées ici
profile-no-backup = aucune sauvegarde lisible de « { $name } » n'a été trouvée à côté de { $path } ; rien n'a été modifié
profile-self-check = impossible d'enregistrer { $path } : le fichier écrit ne se relit pas à l'identique ({ $detail }) ; rien n'a été remplacé et les réponses sont toujours en mémoire
profile-self-check-bytes = les octets sur le disque diffèrent des octets écrits
profile-self-check-profile = le profil ne se relit pas à l'identique
profile-serialize = impossible d'écrire le profil : { $cause }
profile-io = { $action } { $path } : { $cause }
profile-io-read = impossible de lire
profile-io-read-back = impossible de relire
profile-io-open = impossible d'ouvrir
profile-io-open-lock = impossible d'ouvrir le fichier de verrou
profile-io-create-temporary = impossible de créer un fichier temporaire dans
profile-io-write = impossible d'écrire
profile-io-replace = impossible de remplacer
profile-io-move-aside = impossible de mettre de côté
profile-io-rotate-backup = impossible de faire tourner la sauvegarde
profile-io-back-up = impossible de sauvegarder
profile-io-sync-folder = impossible de synchroniser le dossier
profile-io-create-folder = impossible de créer le dossier
profile-io-list = impossible de lister
profile-io-lock = impossible de verrouiller
profile-not-utf8 = le fichier n'est pas du texte UTF-8 valide
profile-no-format = aucune ligne `format = 1` : ce fichier ne ressemble pas à un profil de ville workbook
profile-bad-time = `{ $text }` n'est pas une heure avec un décalage UTC, comme 2026-03-01T10:15:00Z ({ $cause })

## Noms de ville.
profile-name-empty = un nom de ville ne peut pas être vide
profile-name-control = un nom de ville ne peut pas contenir de caractères de contrôle ({ $code } trouvé, caractère { $position })
profile-name-invisible = un nom de ville ne peut pas contenir { $code } (caractère { $position }), { $what } : il ne s'affiche pas, si bien que deux noms différents auraient l'air identiques. Saisissez le nom uniquement avec des lettres, signes, chiffres, ponctuations et symboles visibles, et des espaces ordinaires.
profile-name-too-long = un nom de ville peut compter au plus { $most } caractères
profile-name-format-character = un caractère de formatage invisible (espace ou liant sans largeur, marque de direction ou autre)
profile-name-separator = un séparateur de ligne ou de paragraphe
profile-name-unassigned = un point de code auquel aucun caractère n'est attribué
profile-name-variation-selector = un sélecteur de variante, qui change seulement la façon dont le caractère précédent est dessiné
profile-name-blank-filler = un caractère de remplissage vide

## Les cycles : le cycle annuel d'une ville, chacun clos sous un nom comme 2026.
profile-round-nothing = { $city } n'a encore aucune réponse, il n'y a donc rien à clore ; répondez d'abord à quelques questions
profile-round-taken = { $city } a déjà un cycle nommé « { $label } » ; donnez un autre nom au nouveau, par exemple --label "{ $label }-b"
profile-round-bad-label = le nom de cycle « { $label } » { $why } ; choisissez un nom court comme 2026 ou "bilan 2026"
profile-round-label-empty = est vide
profile-round-label-spaces = commence ou finit par une espace
profile-round-label-long = dépasse 40 caractères
profile-round-label-control = contient un caractère de contrôle
profile-round-label-current = est réservé au cycle en cours
profile-round-unknown = { $city } n'a pas de cycle « { $label } » ; ses cycles sont : { $known }
profile-round-unknown-none = { $city } n'a pas de cycle « { $label } » ; ses cycles sont : aucun pour l'instant (clôturez-en un avec `workbook round close`)
profile-diff-no-round = { $city } n'a encore clos aucun cycle, il n'y a donc rien à quoi comparer ses réponses

## Les réponses.
profile-answer-bad-key = `{ $key }` ne désigne pas une question ; écrivez CAHIER.QUESTION, par exemple mapping.threats
profile-answer-unknown-workbook = aucun cahier `{ $workbook }` ; les cahiers chargés sont : { $known }
profile-answer-unknown-question = le cahier `{ $workbook }` n'a pas de question `{ $question }` ; ses questions sont : { $known }
profile-resolve-no-answer = { $question } n'a pas de réponse
profile-resolve-no-note = la réponse à { $question } n'a aucune note à traiter
profile-resolve-no-kept = il n'y a pas de réponse conservée { $kept } ; la réponse a { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
profile-resolve-nothing-kept = la note { $note } ne conserve aucune réponse à reprendre ; elle vous demande de vérifier la réponse actuelle
profile-track-full = cahiers complets
profile-track-core = parcours essentiel

## Les migrations.
profile-migrate-not-renamed = non renommée en `{ $to }` : cette question a déjà une réponse ; l'ancienne réponse est conservée telle quelle
profile-migrate-renamed = question `{ $from }` renommée en `{ $to }`
profile-migrate-choice-renamed = choix `{ $from }` renommé en `{ $to }`
profile-migrate-choice-retired = le choix `{ $from }` a été retiré ; il est conservé comme texte « autre »
profile-migrate-moved = réponse déplacée de `{ $from }` vers `{ $to }`
profile-migrate-moved-orphan = réponse déplacée de `{ $from }` vers `{ $to }` (aucun cahier chargé ne pose cette question)
profile-migrate-converted = réponse convertie vers les nouveaux choix de la question
profile-migrate-normalised = `{ $before }` enregistré sous la forme `{ $after }`
profile-migrate-earlier-question = une question antérieure du cahier « { $workbook } »
profile-orphan-no-workbook = aucun cahier `{ $workbook }` n'est chargé
profile-orphan-no-question = le cahier `{ $workbook }` (version { $version }) n'a pas de question `{ $question }`

## Notes conservées avec une réponse.
profile-note-kept-earlier = Réponse antérieure à cette question, conservée parce que la réponse déplacée ici depuis { $source } est plus récente et différente
profile-note-kept-moved = Réponse à { $source }, conservée à côté de celle-ci, plus récente, parce qu'elles diffèrent
profile-note-earlier-answer = { $note } (la réponse antérieure était : { $earlier })
profile-note-kept-local = Réponse présente sur cet ordinateur, conservée parce que la réponse importée est plus récente et différente
profile-note-kept-incoming = Réponse du fichier importé, conservée à côté de celle-ci, plus récente, parce qu'elles diffèrent

## `workbook diff`.
profile-diff-title = { $city } : ce qui a changé entre { $from } et { $to }
profile-diff-nothing = Rien n'a changé entre { $from } et { $to }.
profile-diff-compared = { $start }, comparé avec { $to }.
profile-diff-backwards = { $later } est le cycle le plus récent : ce document remonte donc le temps ; « ajoutée » désigne ce que seul { $to } contient, « supprimée » ce que seul { $from } contient.
profile-diff-current-round = le cycle en cours
profile-diff-round = le cycle { $label }
profile-diff-closed = { $round } (clos le { $date })
profile-diff-open-since = { $round } (ouvert depuis le { $date })
profile-diff-now = aujourd'hui
profile-diff-in = en { $label }
profile-diff-answers = Réponses
profile-diff-counts = { $counts }.
profile-diff-count-added = { $count ->
        [one] { $count } ajoutée
       *[other] { $count } ajoutées
    }
profile-diff-count-changed = { $count ->
        [one] { $count } modifiée
       *[other] { $count } modifiées
    }
profile-diff-count-removed = { $count ->
        [one] { $count } supprimée
       *[other] { $count } supprimées
    }
profile-diff-added = **{ $label }** (ajoutée) : { $value }
profile-diff-removed = **{ $label }** (supprimée) : était { $value }
profile-diff-changed = **{ $label }** (modifiée) : était { $before } ; désormais { $after }
profile-diff-changed-items = **{ $label }** (modifiée) : { $changes }
profile-diff-items-added = ajoutés : { $items }
profile-diff-items-removed = supprimés : { $items }
profile-diff-items-changed = modifiés : { $items }
profile-diff-items-reordered = les mêmes, dans un autre ordre
profile-diff-separator = {"\u00A0; "}
profile-diff-actions = Actions
profile-diff-actions-intro = Les actions de chaque tableau d'actions dont l'état a changé, et les actions nouvelles ou disparues.
profile-diff-column-action = Action
profile-diff-column-status = État { $when }
profile-diff-column-note = Note d'avancement
profile-diff-no-status = sans état
profile-diff-not-listed = absente
profile-diff-gone = supprimée
profile-diff-indicator-not-listed = absent
profile-diff-indicator-gone = supprimé
profile-diff-indicators = Indicateurs par rapport à la cible
profile-diff-column-indicator = Indicateur
profile-diff-column-baseline = Situation de référence
profile-diff-column-target = Cible
profile-diff-column-latest = Dernière valeur { $when }
profile-diff-column-reached = Cible atteinte { $when }
profile-diff-reached = oui
profile-diff-not-reached = pas encore
profile-row = ligne { $row }

## `workbook compare`.
profile-compare-city = Ville
profile-compare-country = Pays
profile-compare-actions = Actions
profile-compare-entries = { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    }
profile-compare-progress = { $percent } % ({ $answered }/{ $relevant })
profile-compare-last-round = Dernier cycle
profile-compare-closed = Clos le
profile-compare-answered-then = Réponses alors
profile-compare-answered-now = Réponses aujourd'hui
profile-compare-answers-changed = Réponses modifiées
profile-compare-actions-done = Actions réalisées
profile-compare-actions-late = Actions en retard
profile-compare-actions-dropped = Actions abandonnées
profile-compare-indicators-reached = Indicateurs atteints
profile-compare-none-closed = aucun clos
profile-compare-of = { $part } sur { $total }
