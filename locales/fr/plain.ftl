# Le mode texte : un cahier en lignes de texte simples, une question à la fois, pour les lecteurs
# d'écran et les scripts. Tout est lu à voix haute dans l'ordre : gardez les phrases entières. Les
# commandes (:back, :keep, :use N) et le point qui termine une réponse se tapent tels quels.

plain-help =
    Commandes (à taper à la place d'une réponse) :
      :back   revenir à la question précédente
      :skip   laisser cette question telle quelle et continuer
      :clear  effacer la réponse à cette question
      :help   afficher cette aide
      :quit   enregistrer et arrêter (Ctrl+C aussi)
      :keep   garder la réponse actuelle : comme réponse de ce cycle si elle a été reprise du cycle précédent, et clore ses notes
      :use N  retenir à la place la réponse que conserve la note N
      :import FICHIER  remplir un tableau ou une liste depuis une feuille de calcul (CSV, Excel, OpenDocument) : ce qui est ajouté et écarté est dit d'abord
    Une ligne vide garde la réponse actuelle (une réponse reprise du cycle précédent reste à confirmer).
    Les réponses longues et les listes se terminent par une ligne ne contenant qu'un point (.).
    Les tableaux sont demandés ligne par ligne, colonne par colonne ; un point en début de ligne les termine.
    Chaque réponse est enregistrée dès qu'elle est acceptée.
plain-heading = { $title } : { $city }, pour { $audience ->
    [mayor] un maire
    [official] un agent municipal
   *[both] tous les publics
}
plain-type-help = Tapez :help pour la liste des commandes.
plain-your-answer = Votre réponse :
plain-table-row = Ligne { $row }, { $column } (un point . termine le tableau) :
plain-other-say-what = Autre : précisez :
plain-yes-words = oui o
plain-no-words = non n
plain-saved = Enregistré.
plain-not-saved = PAS enregistré : { $reason }. Vos réponses sont gardées en mémoire et seront enregistrées avec la prochaine réponse.
plain-not-accepted = Non acceptée : { $reason }. Réessayez.
plain-answer-removed = Réponse effacée.
plain-notes-resolved = Notes réglées.
plain-notes-not-resolved = Notes non réglées : { $reason }.
plain-not-done = Non effectué : { $reason }.
plain-nothing-to-keep = Non effectué : il n'y a ici aucune réponse à garder.
plain-already-this-round = Non effectué : cette réponse est déjà celle de ce cycle et n'a pas de notes à clore.
plain-no-notes-to-close = Non effectué : cette réponse n'a pas de notes à clore.
plain-kept = Gardée comme réponse de ce cycle.
plain-end = Fin du cahier.
plain-all-required-answered = Toutes les questions obligatoires ont une réponse.
plain-required-unanswered = { $count ->
    [one] { $count } question obligatoire reste sans réponse :
   *[other] { $count } questions obligatoires restent sans réponse :
}

## Une question

plain-section = Section { $number } sur { $count } : { $title }
plain-question = Question { $number } sur { $count }{ $follow_up ->
    [yes] {" "}(question de suivi)
   *[no] {""}
}{ $required ->
    [yes] , obligatoire
   *[no] {""}
}
plain-shared = Commune avec { $workbook } : une seule réponse pour les deux.
plain-guidance = Conseil : { $text }
plain-current-answer = Réponse actuelle : { $answer }
plain-stored-needing-attention = Réponse enregistrée à vérifier (conservée telle quelle jusqu'à ce que vous répondiez de nouveau) : { $answer } ({ $reason })
plain-note = Note { $number } : { $text }
plain-note-kept = Note { $number } : { $text } (conservée : { $kept })
plain-notes-how = Tapez :keep pour garder la réponse actuelle et clore les notes, ou :use N pour retenir la réponse que conserve la note N.
plain-carried = Reprise de { $round }, pas encore confirmée : tapez :keep pour la garder comme réponse de ce cycle, ou tapez une nouvelle réponse.
plain-last-round-same = Reprise du cycle précédent ({ $round }) : la même réponse.
plain-last-round = Cycle précédent ({ $round }) : { $answer }
plain-choices = Choix :
plain-choice-other = Autre (précisez)
plain-columns = Colonnes : { $columns }
plain-how = { $how } ; { $empty ->
    [confirm-later] une ligne vide la laisse à confirmer plus tard
    [keeps] une ligne vide garde la réponse actuelle
   *[skips] une ligne vide passe la question
}. Commandes : { $commands }
plain-how-short-text = Tapez une ligne
plain-how-long-text = Tapez votre réponse ; terminez-la par une ligne ne contenant qu'un point (.)
plain-how-single-choice = Tapez le numéro d'un choix
plain-how-multi-choice = Tapez les numéros de vos choix, séparés par des virgules
plain-how-yes-no = Tapez oui ou non
plain-how-scale = Tapez un nombre entier de { $min } à { $max }
plain-how-date = Tapez une date sous la forme AAAA-MM-JJ
plain-how-list = Tapez un élément par ligne ; terminez par une ligne ne contenant qu'un point (.)
plain-how-table = Chaque ligne est demandée colonne par colonne ; tapez un point (.) en début de ligne pour terminer
plain-how-number = Tapez { $whole ->
    [yes] un nombre entier
   *[no] un nombre (avec { $format ->
        [comma] une virgule décimale : 1234,5
       *[point] un point décimal : 1234.5
    })
}{ $range ->
    [between] {" "}de { $min } à { $max }
    [at-least] {" "}d'au moins { $min }
    [at-most] {" "}d'au plus { $max }
   *[any] {""}
}
plain-with-unit = { $hint } ({ $unit })

## Une réponse, et le départ

plain-row = Ligne { $number } : { $cells }
plain-cell = { $column } : { $value }
plain-cell-separator = {" ; "}
plain-leaving-saved = { $city } enregistrée : { $count ->
    [0] aucune réponse modifiée
    [one] { $count } réponse modifiée
   *[other] { $count } réponses modifiées
} cette fois. Pour reprendre : { $command }
plain-leaving-not-saved = { $city } PAS enregistrée : { $reason } ; les réponses données depuis le dernier enregistrement sont perdues. Pour reprendre : { $command }
plain-import-command = :import FICHIER
plain-import-not-here = Seule une question en tableau ou en liste se remplit depuis une feuille de calcul.
plain-import-give-path = Indiquez le fichier après :import, par exemple :import partenaires.xlsx
plain-import-read = { $file } : { $rows ->
    [one] { $rows } ligne lue
   *[other] { $rows } lignes lues
}, { $accepted } importables, { $rejected } écartées.
plain-import-more-left-out = … et { $count } autres lignes écartées.
plain-import-ignored = Colonnes non utilisées : { $headers }
plain-import-nothing = Aucune ligne de cette feuille ne peut être importée ; la réponse est inchangée.
plain-import-ask-mode = La réponse a { $stored ->
    [one] { $stored } ligne
   *[other] { $stored } lignes
} ; celles du fichier en ajouteraient { $added } et en mettraient { $updated } à jour. Tapez m pour les ajouter, r pour remplacer les lignes de la réponse par celles du fichier, ou une ligne vide pour laisser la réponse telle quelle.
plain-import-ask = Importer { $count ->
    [one] cette ligne
   *[other] ces { $count } lignes
} comme réponse ? Tapez oui, ou une ligne vide pour laisser la réponse telle quelle.
plain-import-cancelled = Rien n'a été importé.
plain-import-done = { $count ->
    [one] La réponse a maintenant { $count } ligne.
   *[other] La réponse a maintenant { $count } lignes.
}
