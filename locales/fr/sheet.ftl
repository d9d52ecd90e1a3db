sheet-quoted = « { $text } »

sheet-yes = oui
sheet-no = non

sheet-unreadable = impossible de lire { $file } : { $reason }
sheet-empty = { $file } est vide.
sheet-not-a-spreadsheet = { $file } n'est pas une feuille de calcul : fournissez un fichier CSV, ou un classeur Excel (.xlsx, .xls) ou OpenDocument (.ods).
sheet-encrypted = { $file } est protégé par un mot de passe : ouvrez-le dans votre tableur, enregistrez-en une copie sans mot de passe et importez cette copie.
sheet-damaged = { $file } n'a pas pu être lu comme une feuille de calcul ({ $reason }) ; ouvrez-le dans votre tableur et enregistrez-le de nouveau.
sheet-no-such-sheet = { $file } n'a pas de feuille nommée { $sheet } ; ses feuilles sont : { $sheets }
sheet-no-sheets = { $file } ne contient aucune feuille à lire.
sheet-no-rows = { $sheet } est vide : sa première ligne nomme les colonnes, et chaque ligne suivante est une entrée.
sheet-merged-header = { $sheet } : la ligne d'en-tête contient des cellules fusionnées ({ $cells }) ; annulez la fusion pour que chaque colonne ait son propre en-tête.
sheet-too-many-rows = { $sheet } compte plus de { $limit } lignes, davantage qu'une réponse ne peut en contenir ; découpez-le en fichiers plus petits.

sheet-no-matching-column = Aucune colonne de { $sheet } ne correspond aux colonnes de cette question ({ $expected }). Nommez les en-têtes d'après elles, dans l'une des langues du programme, ou indiquez la correspondance : --map "{ $example }"
sheet-same-column-twice = { $sheet } : les colonnes { $first } et { $second } remplissent toutes deux { $column } ; supprimez-en une, ou indiquez laquelle utiliser avec --map.
sheet-list-column = { $sheet } a plusieurs colonnes ({ $headers }) et aucune ne porte le nom de cette liste ; indiquez celle qui contient les éléments : --map "{ $example }"
sheet-map-bad-entry = --map : { $entry } n'est pas de la forme En-tête=colonne ; séparez les entrées par des virgules, et écrivez \, ou \= pour une virgule ou un signe égal dans un en-tête.
sheet-map-no-header = --map : la feuille n'a pas de colonne intitulée { $header } ; ses en-têtes sont : { $headers }
sheet-map-no-column = --map : { $column } n'est pas une colonne de cette question ; ses colonnes sont : { $columns }
sheet-not-a-table = une feuille de calcul remplit une question de type tableau ou liste ; cette question est de type { $kind }.
sheet-write-failed = impossible d'écrire la feuille de calcul : { $reason }

sheet-cell-error = la cellule contient l'erreur { $error }
sheet-not-a-choice = « { $value } » ne fait pas partie des choix : { $choices }
sheet-rejected-cell = { $sheet }, ligne { $row }, colonne { $column } : { $reason }
sheet-rejected-row = { $sheet }, ligne { $row } : { $reason }
sheet-more-rejected = … et { $count ->
    [one] { $count } autre
   *[other] { $count } autres
}.

sheet-import-done = { $city }, { $key } : { $added ->
    [one] { $added } ligne ajoutée
   *[other] { $added } lignes ajoutées
}, { $updated ->
    [one] { $updated } mise à jour
   *[other] { $updated } mises à jour
}, { $unchanged ->
    [one] { $unchanged } inchangée
   *[other] { $unchanged } inchangées
}.
sheet-import-replaced = { $city }, { $key } : la réponse se compose désormais { $count ->
    [one] de la ligne de la feuille
   *[other] des { $count } lignes de la feuille
}.
sheet-import-unchanged = { $city }, { $key } : rien n'a changé ; la réponse contient déjà ces lignes.
sheet-import-rejected = Rien n'a été importé : { $count ->
    [one] { $count } ligne a été rejetée
   *[other] { $count } lignes ont été rejetées
} (voir ci-dessus). Corrigez-les et importez de nouveau, ou ajoutez --partial pour n'importer que les lignes valides ({ $accepted }).
sheet-import-partial = { $count ->
    [one] { $count } ligne rejetée a été laissée de côté
   *[other] { $count } lignes rejetées ont été laissées de côté
} (--partial).
sheet-nothing-to-import = { $sheet } ne contient aucune ligne à importer sous son en-tête.
sheet-ignored-columns = Colonnes non importées (elles ne correspondent à aucune colonne de la question) : { $headers }
sheet-ask-mode = { $key } a déjà une réponse pour { $city } ({ $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}). Tapez m pour y fusionner les lignes de la feuille, r pour la remplacer, ou appuyez sur Enter pour annuler :{" "}
sheet-choose-mode = { $key } a déjà une réponse pour { $city } : ajoutez --merge pour y ajouter les lignes de la feuille (une ligne dont la première colonne correspond à une ligne enregistrée la met à jour), ou --replace pour la remplacer.
sheet-not-imported = Rien n'a été importé.
sheet-stored-unclear = la réponse enregistrée pour { $key } n'est pas comprise, la feuille ne peut donc pas y être fusionnée ; ajoutez --replace pour la remplacer.

sheet-exported = { $key } : { $count ->
    [one] { $count } ligne écrite
   *[other] { $count } lignes écrites
} dans { $file }.
sheet-export-no-answer = { $city } n'a pas encore de réponse à { $key } : rien à exporter.
sheet-export-format = { $file } : écrivez dans un fichier se terminant par .csv ou .xlsx.
sheet-export-needs-output = l'export d'une seule réponse produit une feuille de calcul : indiquez -o FICHIER.csv ou -o FICHIER.xlsx.

sheet-book-answers = Réponses
sheet-book-workbook = Cahier
sheet-book-question = Question
sheet-book-answer = Réponse
sheet-edition-public = édition publique
sheet-edition-council = édition pour le conseil municipal
sheet-edition-restricted = édition restreinte
sheet-book-exported = { $file } écrit pour { $city } ({ $edition }) : { $tables ->
    [one] { $tables } tableau
   *[other] { $tables } tableaux
} sur des feuilles séparées, { $answers ->
    [0] et aucune autre réponse.
    [one] { $answers } autre réponse sur la feuille { $sheet }.
   *[other] { $answers } autres réponses sur la feuille { $sheet }.
}
sheet-book-needs-output = un classeur xlsx s'écrit dans un fichier : indiquez -o FICHIER.xlsx.
sheet-book-edition-needs-xlsx = --edition choisit ce que montre un export xlsx : ajoutez --format xlsx.
