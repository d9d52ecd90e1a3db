team-no-git = cette commande a besoin du programme git, qui n'est pas installé sur cette machine. Installez git (par exemple `apt install git`, `brew install git` ou https://git-scm.com/downloads) puis réessayez.
team-git-failed = `{ $command }` a échoué : { $detail }
team-not-a-repository = le dossier de données { $dir } n'est pas encore partagé : lancez `workbook team init` (ajoutez `--remote URL` pour le synchroniser avec un dépôt partagé).
team-no-identity = git a besoin de votre nom et de votre adresse électronique pour noter qui a modifié quoi. Indiquez-les une fois pour toutes :
    git config --global user.name "Votre Nom"
    git config --global user.email "vous@exemple.org"
team-cannot-write = impossible d'écrire { $path } : { $detail }
team-pull-conflict = les modifications d'un collègue n'ont pas pu être fusionnées avec les vôtres : rien n'a été modifié et votre travail est enregistré ici. Fichiers que git n'a pas pu fusionner : { $files }. Voyez avec la personne qui les a modifiés, ou lisez « Travailler en équipe » dans le README.
team-first-commit = Partager les villes de ce dossier de données

team-message-new = { $city } : nouvelle ville
team-message-deleted = { $city } : ville supprimée
team-message-details = { $city } : informations sur la ville
team-message-answers = { $city } : { $count ->
    [one] 1 réponse
   *[other] { $count } réponses
} ({ $answers }{ $more ->
    [0] {""}
   *[other] , et { $more } de plus
})
team-message-subject = { $count } villes modifiées

team-init-created = Le dossier de données { $dir } est désormais un dépôt git pour partager les villes.
team-init-adopted = Le dépôt git { $dir } est prêt pour partager les villes.
team-init-committed = Les villes sont enregistrées dans l'historique.
team-init-remote = Dépôt partagé : { $url }
team-init-no-remote = Pas encore de dépôt partagé : les modifications restent sur cette machine. Ajoutez-en un avec `workbook team init --remote URL`.

team-status-folder = Dossier : { $dir }
team-status-remote = Dépôt partagé : { $url }
team-status-clean = Rien à enregistrer : toutes les modifications sont dans l'historique.
team-status-changes = { $count ->
    [one] 1 ville modifiée depuis la dernière synchronisation :
   *[other] { $count } villes modifiées depuis la dernière synchronisation :
}
team-status-ahead-behind = Cette copie a { $ahead } commits absents du dépôt partagé, et il lui manque { $behind } de ses commits (à la dernière synchronisation).
team-status-never-synced = Pas encore synchronisé : lancez `workbook team sync`.
team-change-new = { $city } : nouvelle ville
team-change-deleted = { $city } : supprimée
team-change-details = { $city } : informations sur la ville ou positions
team-change-answers = { $city } : { $count ->
    [one] 1 réponse
   *[other] { $count } réponses
} ({ $answers })

team-sync-committed = Enregistré : { $message }
team-sync-nothing-to-commit = Rien de nouveau à enregistrer ici.
team-sync-pulled = Les modifications des collègues ont été récupérées et fusionnées réponse par réponse.
team-sync-conflict = Modifiée ici et par un collègue : { $answer }
team-sync-resolve = La réponse la plus récente a été gardée à chaque fois, l'autre figure dans une note à côté : tranchez dans l'interface guidée (touche F3) ou avec `workbook answer resolve`.
team-sync-offline = Le dépôt partagé est injoignable : vos modifications sont enregistrées ici et seront envoyées à la prochaine synchronisation. (git : { $detail })
team-sync-pushed = Envoyé au dépôt partagé.

team-merge-unreadable = impossible de fusionner { $file } : { $side ->
    [ours] cette copie
    [theirs] l'autre copie
   *[other] la version commune
} est illisible : { $detail }. Rien n'a été modifié ; réparez ou restaurez cette copie, puis fusionnez de nouveau.
team-merge-deleted = impossible de fusionner { $file } : un côté a supprimé la ville et l'autre l'a modifiée. Gardez l'une des deux avec `git checkout --theirs` ou `--ours` sur ce fichier, puis enregistrez (commit).
team-note-other-copy = Réponse d'une autre copie de cette ville, gardée à côté de la plus récente car les deux ont été modifiées
team-note-cleared = Une autre copie de cette ville a effacé cette réponse alors que celle-ci l'a modifiée
team-merge-conflicts = { $city } : { $count ->
    [one] 1 réponse a été modifiée
   *[other] { $count } réponses ont été modifiées
} des deux côtés ({ $answers }) : la modification la plus récente a été gardée, l'autre est une note à trancher.
team-merge-details = { $city } : les deux côtés ont modifié { $fields } ; la valeur de cette copie a été gardée.

team-log-empty = Pas encore d'historique partagé pour cette ville.
team-log-created = ville créée ({ $count ->
    [one] 1 réponse
   *[other] { $count } réponses
})
