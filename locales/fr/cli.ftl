# Ce que dit la ligne de commande : l'aide, les erreurs d'utilisation, ce qu'affiche chaque commande.
# Les commandes, options, valeurs, noms de fichiers et lignes de commande des exemples restent tels
# quels ; seuls les mots qui les entourent et les commentaires après `#` sont traduits.

## Le programme

cli-about = Cahiers guidés pour les villes qui préviennent la haine, l'extrémisme et la polarisation et y répondent
cli-long-about = Accompagne les maires et les agents municipaux pas à pas dans des cahiers guidés (cartographie, stratégie, prévention, réponse aux attaques, coordination), enregistre chaque réponse dans un profil propre à chaque ville et transforme les réponses en plan d'action.
cli-after-help =
    Exemples :
      workbook list
      workbook list --questions mapping      # identifiants des questions, pour answer set
      workbook validate my-workbooks/
      workbook --workbooks ./my-workbooks list
cli-arg-data-dir = Dossier des profils des villes [par défaut : le dossier de données de la plateforme]
cli-arg-workbooks = Dossier de cahiers supplémentaires, superposés aux cahiers intégrés par identifiant (option répétable ; le dernier l'emporte)
cli-arg-theme = Couleurs de l'interface guidée : projector offre un fort contraste pour une salle [par défaut : le `theme` du fichier de configuration, sinon default]
cli-value-theme-default = Couleurs sur le fond propre du terminal
cli-value-theme-projector = Fort contraste pour un projecteur : blanc sur noir, mise en valeur en gras, sélection en vidéo inverse
cli-arg-lang = Langue des questions, des conseils et des choix des cahiers : en, fr, es ou ar (une étiquette BCP 47) [par défaut : la `lang` du fichier de configuration, sinon la langue du système (LC_ALL, LC_MESSAGES, LANG)]. Avec `city new` et `city edit`, la langue du plan de la ville ; avec `validate` et `translate`, la traduction à vérifier ou à compléter

cli-validate-about = Vérifier des fichiers de cahiers et signaler chaque problème, comme un compilateur
cli-validate-after-help =
    Exemples :
      workbook validate                 # tous les cahiers que le programme chargerait
      workbook validate mine.toml       # un seul fichier
      workbook validate --strict dir/   # les avertissements font aussi échouer
      workbook validate --lang fr       # ./workbooks et ./workbooks/i18n/fr
      workbook validate --lang es my-workbooks/
cli-validate-arg-paths = Fichiers de cahiers ou dossiers qui en contiennent [par défaut : tous les cahiers que le programme chargerait]
cli-validate-arg-strict = Traiter les avertissements (par exemple une question sans conseil) comme des erreurs
cli-validate-arg-json = Afficher les problèmes en JSON

cli-translate-about = Afficher un fichier de traduction à compléter : les entrées d'un cahier (ou du glossaire) manquantes ou périmées dans une langue, chacune à côté de l'anglais
cli-translate-after-help =
    Exemples :
      workbook translate --lang fr mapping     # ce qui manque à sa version française
      workbook translate --lang fr glossary
      workbook translate --lang es my-workbooks/local.toml
      # une première traduction, à compléter, puis à vérifier :
      workbook translate --lang fr strategy > workbooks/i18n/fr/strategy.toml
      workbook validate --lang fr
cli-translate-arg-workbook = Un cahier de `./workbooks` par son identifiant (`mapping`, ou `glossary` pour le glossaire commun), ou le chemin d'un fichier de cahier en anglais

cli-list-about = Lister les cahiers que le programme charge, avec leur provenance ; ou les questions d'un cahier (--questions)
cli-list-after-help =
    Exemples :
      workbook list
      workbook list --json
      workbook --workbooks ./mine list
      workbook list --questions mapping          # identifiants des questions pour `answer set`
      workbook list --questions mapping --json
cli-list-arg-json = Afficher la liste en JSON
cli-list-arg-questions = Lister plutôt les questions de ce cahier : identifiant, type et intitulé, par section, les questions de suivi sous celle qu'elles suivent (avec --json : aussi la section, la question parente et le public)

cli-city-about = Créer, lister, afficher, renommer, supprimer et restaurer les profils des villes
cli-city-after-help =
    Exemples :
      workbook city new "São Paulo" --country Brésil --role mayor
      workbook city list
      workbook city show "São Paulo" --json
      workbook city restore "São Paulo"

cli-city-new-about = Créer le profil d'une ville
cli-city-new-after-help =
    Exemples :
      workbook city new Lyon --country France --role official
      workbook city new "São Paulo" --role mayor --json
cli-city-new-arg-name = Le nom de la ville, un texte quelconque (il ne sert jamais tel quel de nom de fichier)
cli-city-new-arg-role = Qui répondra : affiche les questions rédigées pour ce rôle
cli-city-new-arg-number-format = Comment la ville écrit les décimales : point (12.5) ou comma (virgule, 12,5) [par défaut : d'après la langue du système (LC_ALL, LC_NUMERIC, LANG)]
cli-value-number-format-point = 1234.5
cli-value-number-format-comma = 1234,5
cli-city-new-arg-track = Les questions à traiter : les cahiers complets, ou le parcours essentiel (une trentaine de questions couvrant les cinq domaines, pour les petites communes et les premiers ateliers)
cli-value-track-full = Toutes les questions des cinq cahiers
cli-value-track-core = Une trentaine de questions couvrant les cinq domaines
cli-city-new-arg-currency = La monnaie des budgets de la ville, telle que le plan doit l'écrire (« EUR », « KES », « € »)
cli-city-new-arg-json = Afficher la nouvelle ville en JSON

cli-city-edit-about = Modifier le pays, le rôle, le format des nombres, le parcours ou la monnaie d'une ville
cli-city-edit-after-help =
    Exemples :
      workbook city edit Lyon --number-format comma
      workbook city edit Lyon --role mayor --country France
      workbook city edit Lyon --track core
cli-city-edit-arg-number-format = Comment la ville écrit les décimales : point (12.5) ou comma (virgule, 12,5)
cli-city-edit-arg-track = Les questions à traiter : full ou core (les réponses sont conservées dans les deux cas)
cli-city-edit-arg-currency = La monnaie des budgets de la ville (« EUR », « KES », « € ») ; un texte vide la retire
cli-arg-wait = Si une autre fenêtre ou un autre processus a ouvert la ville, l'attendre jusqu'à SECONDES secondes, puis s'arrêter avec le code de sortie 3 [par défaut : 10]
cli-arg-no-wait = Ne pas attendre : s'arrêter aussitôt avec le code de sortie 3 si une autre fenêtre ou un autre processus a ouvert la ville
cli-arg-city = La ville (son nom, sans tenir compte de la casse)
cli-arg-json = Afficher le résultat en JSON, pour les scripts
cli-arg-country = Le pays de la ville (facultatif)

cli-city-list-about = Lister les villes
cli-city-list-after-help =
    Exemples :
      workbook city list
      workbook city list --json

cli-city-show-about = Afficher une ville : ses informations, son avancement, ses réponses orphelines et ses migrations en attente
cli-city-show-after-help =
    Exemples :
      workbook city show Lyon
      workbook city show Lyon --json

cli-city-rename-about = Renommer une ville (les noms sont comparés sans tenir compte de la casse)
cli-city-rename-after-help =
    Exemples :
      workbook city rename Lyon "Lyon Métropole"

cli-city-delete-about = Supprimer une ville ; son profil est conservé dans une sauvegarde que `city restore` rétablit
cli-city-delete-after-help =
    Exemples :
      workbook city delete Lyon          # demande d'abord confirmation
      workbook city delete Lyon --yes
cli-city-delete-arg-yes = Ne pas demander de confirmation

cli-city-restore-about = Rétablir la sauvegarde lisible la plus récente du profil d'une ville
cli-city-restore-after-help =
    Exemples :
      workbook city restore Lyon

cli-answer-about = Saisir, lire, effacer, importer et exporter les réponses d'une ville
cli-answer-after-help =
    Exemples :
      workbook answer set --city Lyon mapping.has_mapped yes
      workbook answer get --city Lyon mapping.has_mapped
      workbook list --questions mapping      # les identifiants des questions
      workbook answer export --city Lyon > answers.toml

cli-answer-set-about = Saisir une réponse, vérifiée exactement comme dans le cahier interactif
cli-answer-set-after-help =
    Formes des valeurs :
      texte, date, nombre, échelle, oui/non, choix unique : la valeur telle quelle
      liste, choix multiple : éléments séparés par ; (ou un élément par argument)
      tableau : lignes séparées par ;, cellules par , sous la forme colonne=valeur (ou une ligne par argument)
      échappements dans les formes découpées : \; \, \= \\ et \n (saut de ligne)
      --json VALEUR : une valeur JSON ; - lit la valeur sur l'entrée standard
      une valeur qui commence par - (autre qu'un nombre) : placez -- devant

    Exemples :
      workbook answer set --city Lyon mapping.review_owner "Coordinateur de la prévention"
      workbook answer set --city Lyon mapping.threats "hate_incidents; extremism"
      workbook answer set --city Lyon mapping.stakeholders "name=Conseil des jeunes, role=Avis; name=Police"
      workbook answer set --city Lyon mapping.threats --json '["hate_incidents"]'
      cat notes.txt | workbook answer set --city Lyon mapping.last_mapping_findings -
cli-answer-set-arg-key = CAHIER.QUESTION, par exemple mapping.threats
cli-answer-set-arg-values = La valeur (voir ci-dessous), plusieurs valeurs pour une liste ou un tableau, ou - pour lire l'entrée standard
cli-answer-set-arg-json = La valeur est en JSON (chaîne, nombre, true/false, tableau de chaînes, tableau d'objets)
cli-answer-set-arg-other = Texte libre pour un choix « autre »

cli-answer-get-about = Afficher une réponse ; une liste ou un tableau sur une ligne, sous la forme que lit `answer set`, pour pouvoir la recoller
cli-answer-get-after-help =
    Exemples :
      workbook answer get --city Lyon mapping.threats
      workbook answer get --city Lyon mapping.stakeholders --json
      workbook answer set --city Gent mapping.stakeholders "$(workbook answer get --city Lyon mapping.stakeholders)"

cli-answer-clear-about = Effacer une réponse
cli-answer-clear-after-help =
    Exemples :
      workbook answer clear --city Lyon mapping.threats

cli-answer-resolve-about = Régler les notes d'une réponse : garder la réponse, ou retenir celle qu'une note conserve
cli-answer-resolve-after-help =
    Exemples :
      workbook answer get --city Lyon strategy.mandate_basis     # affiche les notes, numérotées
      workbook answer resolve --city Lyon strategy.mandate_basis            # garder la réponse actuelle
      workbook answer resolve --city Lyon strategy.mandate_basis --use 1    # retenir la réponse conservée par la note 1
cli-answer-resolve-arg-use-kept = Retenir la réponse conservée par cette note (numérotée comme dans `answer get`) au lieu de la réponse actuelle

cli-answer-confirm-about = Garder telles quelles les réponses reprises du cycle précédent comme réponses de ce cycle
cli-answer-confirm-after-help =
    Exemples :
      workbook answer confirm --city Lyon mapping.threats
      workbook answer confirm --city Lyon mapping.threats mapping.stakeholders
cli-answer-confirm-arg-keys = CAHIER.QUESTION (une ou plusieurs)

cli-answer-import-about = Importer des réponses depuis un fichier TOML de la forme que produit `answer export`, ou une réponse en tableau ou en liste depuis un tableur
cli-answer-import-after-help =
    Exemples :
      workbook answer export --city Lyon > reponses.toml
      workbook answer import --city Lyon reponses.toml
      workbook answer import --city Lyon mapping.stakeholders partenaires.xlsx --merge
      workbook answer import --city Lyon mapping.stakeholders liste.csv --map "Type d'organisme=sector" --replace
cli-answer-export-about = Afficher les réponses d'une ville en TOML, sous la forme que le profil enregistre, ou écrire une réponse en tableau ou en liste dans un fichier de tableur
cli-answer-export-after-help =
    Exemples :
      workbook answer export --city Lyon
      workbook answer export --city Lyon -o reponses.toml
      workbook answer export --city Lyon mapping.stakeholders -o parties-prenantes.xlsx
cli-answer-export-arg-output = Écrire dans ce fichier plutôt que sur la sortie standard

cli-round-about = Clôturer le cycle de réponses de l'année et ouvrir le suivant, ou lister les cycles d'une ville
cli-round-after-help =
    Exemples :
      workbook round close --city Lyon --dry-run
      workbook round close --city Lyon --label 2026
      workbook round list --city Lyon

cli-round-close-about = Figer les réponses de la ville dans un cycle nommé (en lecture seule désormais) et ouvrir le cycle suivant en y reprenant chaque réponse, marquée « à confirmer ou à mettre à jour »
cli-round-close-after-help =
    Exemples :
      workbook round close --city Lyon --dry-run      # ce qui se passerait
      workbook round close --city Lyon                # nommé d'après l'année
      workbook round close --city Lyon --label "Bilan 2026"
cli-round-close-arg-city = La ville (son nom, sans tenir compte de la casse)
cli-round-close-arg-label = Le nom du cycle [par défaut : l'année, par exemple 2026]
cli-round-close-arg-dry-run = Indiquer ce qui se passerait, sans rien enregistrer

cli-round-list-about = Les cycles de la ville, du plus ancien au plus récent, avec leurs dates et leur avancement, et le bilan du cycle ouvert
cli-round-list-after-help =
    Exemples :
      workbook round list --city Lyon
      workbook round list --city Lyon --json
cli-round-list-arg-city = La ville (son nom, sans tenir compte de la casse)

cli-diff-about = Ce qui a changé entre deux cycles d'une ville : réponses ajoutées, modifiées et retirées, actions dont le statut a changé, indicateurs par rapport à leur cible
cli-diff-after-help =
    Exemples :
      workbook diff --city Lyon                         # le dernier cycle clôturé par rapport à aujourd'hui
      workbook diff --city Lyon --from 2025 --to 2026
      workbook diff --city Lyon --format json
      workbook diff --city Lyon -o changes.md           # écrit de façon atomique
      workbook round list --city Lyon                   # les noms des cycles
cli-diff-arg-city = La ville dont les cycles sont à comparer (son nom, sans tenir compte de la casse)
cli-diff-arg-from = Le cycle le plus ancien : le nom d'un cycle clôturé, ou `current` [par défaut : le dernier cycle clôturé]
cli-diff-arg-to = Le cycle le plus récent : le nom d'un cycle clôturé, ou `current` pour le cycle ouvert
cli-diff-arg-output = Écrire dans ce fichier (de façon atomique) plutôt que sur la sortie standard

cli-progress-about = Pour chaque cahier d'une ville, le nombre de questions répondues, pertinentes et obligatoires
cli-progress-after-help =
    Exemples :
      workbook progress --city Lyon
      workbook progress --city Lyon --json

cli-migrate-about = Faire passer les réponses d'une ville aux versions plus récentes des cahiers
cli-migrate-after-help =
    Exemples :
      workbook migrate --city Lyon --dry-run   # montrer ce qui changerait
      workbook migrate --city Lyon             # appliquer et enregistrer
cli-migrate-arg-dry-run = Montrer ce qui changerait, sans rien enregistrer

cli-export-about = Écrire une ville dans un seul fichier paquet, pour la transférer sur une autre machine ou à un collègue
cli-export-after-help =
    Exemples :
      workbook export --city Lyon -o lyon.workbook.toml
      workbook export --city Lyon > lyon.workbook.toml
      workbook export --city Lyon --format xlsx -o lyon.xlsx --edition public
cli-export-arg-output = Écrire dans ce fichier plutôt que sur la sortie standard

cli-import-about = Importer un paquet ; dans une ville existante, il est fusionné réponse par réponse, la modification la plus récente l'emportant
cli-import-after-help =
    Exemples :
      workbook import lyon.workbook.toml
      workbook import lyon.workbook.toml --json
      workbook import demo/demo-city.toml      # un fichier de profil convient aussi
cli-import-arg-file = Un paquet écrit par `workbook export`, ou le fichier de profil d'une ville (comme la ville de démonstration)
cli-import-arg-json = Afficher le compte rendu de fusion en JSON

cli-open-about = Ouvrir l'interface guidée en plein écran sur un cahier, là où la ville s'était arrêtée
cli-open-after-help =
    Exemples :
      workbook                               # choisir une ville, puis un cahier
      workbook open mapping --city Lyon      # directement là où Lyon s'était arrêtée
      workbook open mapping --city Lyon --plain   # lignes de texte simples pour les lecteurs d'écran
      workbook open mapping --city Lyon < answers.txt   # par script, en mode texte
      NO_COLOR=1 workbook open               # sans couleurs
cli-open-arg-workbook = Le cahier à ouvrir (un identifiant donné par `workbook list`) [par défaut : l'écran d'accueil]
cli-open-arg-city = La ville sur laquelle travailler [par défaut : à choisir à l'écran]
cli-open-arg-plain = Mode texte : les questions en lignes de texte simples, les réponses lues ligne par ligne (pour les lecteurs d'écran et les scripts) ; choisi automatiquement quand l'entrée ou la sortie n'est pas un terminal ou que TERM=dumb. :quit ou Ctrl+C enregistre, indique ce qui a été enregistré et comment reprendre

cli-demo-about = Ouvrir la ville de démonstration pour les formations : une ville fictive aux réponses en partie remplies, conservée dans un dossier jetable, jamais dans votre dossier de données
cli-demo-after-help =
    Exemples :
      workbook demo            # l'interface guidée sur la ville de démonstration
      workbook demo --reset    # abandonner les modifications faites lors de démonstrations précédentes
      workbook plan --demo     # le plan d'action de la ville de démonstration
cli-demo-arg-reset = Repartir de la ville de démonstration d'origine, en abandonnant les modifications des démonstrations précédentes
cli-demo-arg-plain = Mode texte (voir `workbook open --help`)

cli-plan-about = Écrire le plan d'action d'une ville en markdown, HTML ou JSON
cli-plan-after-help =
    Exemples :
      workbook plan --city Riverton                      # markdown sur la sortie standard
      workbook plan --city Riverton --format html -o plan.html
      workbook plan --city Riverton --format docx -o plan.docx   # Word, pour finaliser le plan
      workbook plan --city Riverton --workbook mapping --audience mayor
      workbook plan --city Riverton --round 2026 --date 2026-12-15   # le plan d'un cycle clôturé
      workbook plan --print-template > my-plan.md.j2     # l'adapter, puis :
      workbook plan --city Riverton --template my-plan.md.j2
      workbook plan --demo --format html -o demo-plan.html   # pour les formateurs
cli-plan-arg-city = La ville dont les réponses forment le plan (son nom, sans tenir compte de la casse) [par défaut : `city` dans le fichier de configuration]
cli-plan-arg-workbook = Seulement ce cahier (option répétable) [par défaut : tous les cahiers]
cli-plan-arg-audience = Les questions de quel public inclure [par défaut : `audience` dans le fichier de configuration, sinon all]
cli-plan-arg-demo = Le plan de la ville de démonstration intégrée (sa copie jetable si une démonstration a eu lieu) ; ne touche à aucune donnée réelle
cli-plan-arg-format = Format de sortie
cli-value-format-docx = Un document Word (.docx) ; indiquez un fichier avec -o
cli-plan-arg-output = Écrire dans FICHIER (de façon atomique) plutôt que sur la sortie standard
cli-plan-arg-date = La date imprimée sur le plan [par défaut : aujourd'hui]
cli-plan-arg-round = Le plan d'un cycle clôturé (son nom, par ex. 2026), tel que la ville se présentait à sa clôture [par défaut : les réponses du cycle ouvert]
cli-plan-arg-edition = Les réponses que montre le plan : public (publiable), council (réponses publiques et internes, pour le conseil municipal) ou restricted (tout, données personnelles comprises)
cli-plan-arg-include-sensitive = Équivaut à --edition restricted
cli-plan-arg-status = L'état d'avancement du plan, tel que l'indique sa couverture
cli-plan-arg-plan-version = La version du document, telle que l'indique sa couverture
cli-plan-arg-prepared-by = Qui a préparé le plan, tel que l'indique sa couverture [par défaut : d'après le rôle de la ville]
cli-plan-arg-trace = Montrer d'où vient chaque ligne (identifiants des questions, lignes « From: »), pour vérification
cli-plan-arg-template = Utiliser ce modèle au lieu du modèle intégré (voir --print-template)
cli-plan-arg-print-template = Afficher le modèle de plan intégré et quitter

cli-compare-about = Comparer plusieurs villes : avancement par cahier et faits essentiels, pour un pôle régional
cli-compare-after-help =
    Exemples :
      workbook compare --all
      workbook compare --city Lyon --city Kumanovo --format csv -o hub.csv
      workbook compare --all --format json
      workbook compare --all --since-last-round     # qui a progressé depuis son dernier cycle
cli-compare-arg-cities = Une ville à comparer (option répétable)
cli-compare-arg-all = Comparer toutes les villes du dossier de données
cli-compare-arg-since-last-round = Ajouter, pour chaque ville, son dernier cycle clôturé et ce qui a évolué depuis : réponses d'alors et d'aujourd'hui, réponses modifiées, actions réalisées, en retard et abandonnées, indicateurs ayant atteint leur cible
cli-compare-arg-output = Écrire dans ce fichier plutôt que sur la sortie standard

cli-completions-about = Afficher un script de complétion pour le shell
cli-completions-after-help =
    Exemples :
      workbook completions bash > ~/.local/share/bash-completion/completions/workbook
      workbook completions zsh > ~/.zfunc/_workbook
      workbook completions fish > ~/.config/fish/completions/workbook.fish
cli-completions-arg-shell = Le shell pour lequel compléter

cli-man-about = Afficher la page de manuel (roff) sur la sortie standard
cli-man-after-help =
    Exemples :
      workbook man > workbook.1 && man ./workbook.1

## Ce que clap ajoute à chaque commande

cli-help-flag = Afficher l'aide
cli-help-flag-short = Afficher l'aide (plus de détails avec « --help »)
cli-help-flag-long = Afficher l'aide (un résumé avec « -h »)
cli-version-flag = Afficher la version
cli-help-command = Afficher ce message ou l'aide des sous-commandes indiquées
cli-help-command-arg = Afficher l'aide des sous-commandes

## La mise en page de l'aide

cli-heading-usage = Utilisation :
cli-heading-commands = Commandes :
cli-heading-arguments = Arguments :
cli-heading-options = Options :
cli-placeholder-options = [OPTIONS]
cli-spec-env = [variable d'environnement : { $name }]
cli-spec-default = [par défaut : { $value }]
cli-spec-possible = [valeurs possibles : { $values }]
cli-spec-possible-heading = Valeurs possibles :
cli-spec-possible-value = - { $value } : { $help }

## Les noms des valeurs des options, comme dans --city <NOM>

cli-placeholder-command = COMMANDE
cli-placeholder-name = NOM
cli-placeholder-dir = DOSSIER
cli-placeholder-theme = THÈME
cli-placeholder-lang = LANGUE
cli-placeholder-seconds = SECONDES
cli-placeholder-city = VILLE
cli-placeholder-text = TEXTE
cli-placeholder-output = SORTIE
cli-placeholder-key = CLÉ
cli-placeholder-keys = CLÉS
cli-placeholder-file = FICHIER
cli-placeholder-file-workbook-question = FICHIER|CAHIER.QUESTION
cli-placeholder-workbook-question = CAHIER.QUESTION
cli-placeholder-workbook = CAHIER
cli-placeholder-format = FORMAT
cli-placeholder-track = PARCOURS
cli-placeholder-round = CYCLE
cli-placeholder-role = RÔLE
cli-placeholder-number-format = FORMAT_NOMBRES
cli-placeholder-country = PAYS
cli-placeholder-yyyy-mm-dd = AAAA-MM-JJ
cli-placeholder-values = VALEURS
cli-placeholder-status = STATUT
cli-placeholder-shell = SHELL
cli-placeholder-paths = CHEMINS
cli-placeholder-other = AUTRE
cli-placeholder-old = ANCIEN
cli-placeholder-new = NOUVEAU
cli-placeholder-n = N
cli-placeholder-id = ID
cli-placeholder-edition = ÉDITION
cli-placeholder-audience = PUBLIC

## Les erreurs d'utilisation

cli-clap-error = erreur :
cli-clap-quoted = « { $text } »
cli-clap-invalid = la ligne de commande n'est pas valide
cli-clap-argument-twice = l'argument { $argument } ne peut pas être donné plusieurs fois
cli-clap-argument-conflict = l'argument { $argument } ne peut pas être utilisé avec { $other }
cli-clap-argument-conflict-many = l'argument { $argument } ne peut pas être utilisé avec :
cli-clap-argument-conflict-others = l'argument { $argument } ne peut pas être utilisé avec un ou plusieurs des autres arguments donnés
cli-clap-subcommand-conflict = la sous-commande { $argument } ne peut pas être utilisée avec { $other }
cli-clap-subcommand-conflict-many = la sous-commande { $argument } ne peut pas être utilisée avec :
cli-clap-subcommand-conflict-others = la sous-commande { $argument } ne peut pas être utilisée avec un ou plusieurs des autres arguments donnés
cli-clap-no-equals = un signe égal est nécessaire pour donner une valeur à { $argument }
cli-clap-value-required = une valeur est requise pour { $argument }, mais aucune n'a été donnée
cli-clap-invalid-value = valeur { $value } non valide pour { $argument }
cli-clap-invalid-value-because = valeur { $value } non valide pour { $argument } : { $reason }
cli-clap-possible-values = [valeurs possibles : { $values }]
cli-clap-unknown-subcommand = sous-commande { $subcommand } inconnue
cli-clap-missing-arguments = les arguments obligatoires suivants n'ont pas été donnés :
cli-clap-missing-subcommand = { $command } demande une sous-commande, mais aucune n'a été donnée
cli-clap-subcommands = [sous-commandes : { $values }]
cli-clap-invalid-utf8 = de l'UTF-8 non valide a été détecté dans un ou plusieurs arguments
cli-clap-too-many-values = valeur { $value } inattendue pour { $argument } ; aucune autre n'était attendue
cli-clap-too-few-values = { $expected } valeurs requises par { $argument } ; { $count ->
    [one] seule { $count } a été donnée
   *[other] seules { $count } ont été données
}
cli-clap-wrong-number-of-values = { $expected } valeurs requises pour { $argument }, mais { $count ->
    [one] { $count } a été donnée
   *[other] { $count } ont été données
}
cli-clap-unknown-argument = argument { $argument } inattendu
cli-clap-tip = conseil :
cli-clap-similar-subcommand = { $count ->
    [one] une sous-commande proche existe : { $names }
   *[other] des sous-commandes proches existent : { $names }
}
cli-clap-similar-argument = { $count ->
    [one] un argument proche existe : { $names }
   *[other] des arguments proches existent : { $names }
}
cli-clap-similar-value = { $count ->
    [one] une valeur proche existe : { $names }
   *[other] des valeurs proches existent : { $names }
}
cli-clap-tip-escape = pour donner { $argument } comme valeur, écrivez { $command }
cli-clap-tip-exists = { $command } existe
cli-clap-tip-double-dash = la sous-commande { $subcommand } existe ; pour l'utiliser, retirez le « -- » qui la précède
cli-clap-try-help = Pour en savoir plus, essayez « { $flag } ».
cli-wait-not-seconds = `{ $text }` n'est pas un nombre de secondes
cli-wait-out-of-range = l'attente doit être comprise entre 0 et { $max } secondes

## Ce qu'affichent les commandes

cli-failed = erreur : { $message }
cli-cannot-write-stdout = impossible d'écrire sur la sortie standard : { $error }
cli-list-separator = {", "}
cli-cannot-read-answer = impossible de lire la réponse : { $error }
cli-role = { $role ->
    [mayor] maire
   *[official] agent municipal
}
cli-track = { $track ->
    [core] parcours essentiel
   *[full] cahiers complets
}
cli-number-format = { $format ->
    [comma] virgule décimale : 1234,5
   *[point] point décimal : 1234.5
}

## city

cli-city-renamed = « { $old } » renommée en « { $new } ».
cli-city-unreadable-kept = Le profil illisible a été conservé sous { $path }.
cli-city-restored = « { $city } » restaurée depuis la sauvegarde { $generation } ({ $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}).
cli-city-created = « { $city } » créée ({ $path } ; nombres écrits avec { $format ->
    [comma] une virgule décimale : 1234,5
   *[point] un point décimal : 1234.5
}).
cli-city-country-control = un pays ne peut pas contenir de caractères de contrôle (U+{ $code } trouvé)
cli-city-currency-control = une monnaie ne peut pas contenir de caractères de contrôle (U+{ $code } trouvé)
cli-city-edit-nothing = indiquez ce qu'il faut modifier : --country NOM, --role mayor|official, --number-format point|comma, --track full|core, --currency TEXTE ou --lang en|fr|es|ar
cli-city-with-country = { $city }, { $country }
cli-city-numbers-with = nombres avec { $format ->
    [comma] une virgule décimale : 1234,5
   *[point] un point décimal : 1234.5
}
cli-city-plan-language = plan en { $language }
cli-city-saved = Enregistré : { $summary }.
cli-city-unchanged = Inchangé : { $summary }.
cli-city-none = Aucune ville pour l'instant. Créez-en une avec : workbook city new NOM
cli-city-unreadable = { $file }  ILLISIBLE : { $problem }
cli-city-listed = { $city }  ({ $role } ; dernière modification { $changed })
cli-show-city = Ville :
cli-show-country = Pays :
cli-show-role = Rôle :
cli-show-track = Parcours :
cli-show-numbers = Nombres :
cli-show-currency = Monnaie :
cli-show-created = Créée le :
cli-show-file = Fichier :
cli-show-answers = Réponses :
cli-show-rounds = Cycles :
cli-show-workbook = { $answered }/{ $relevant } répondues, { $required_answered }/{ $required } obligatoires{ $attention ->
    [0] {""}
    [one] , { $attention } à vérifier
   *[other] , { $attention } à vérifier
}
cli-show-rounds-closed = { $count ->
    [one] { $count } clôturé
   *[other] { $count } clôturés
} ({ $labels }) ; le dernier clôturé le { $date }
cli-show-to-confirm = { $count ->
    [one] { $count } réponse reprise
   *[other] { $count } réponses reprises
} de { $round }, à confirmer ou à mettre à jour
cli-show-pending-migrations = Migrations en attente (appliquées au prochain enregistrement, ou lancez `workbook migrate`) :
cli-orphaned-answers = Réponses orphelines (conservées dans le profil, affichées dans aucun cahier) :
cli-answers-needing-attention = Réponses à vérifier (conservées exactement telles qu'enregistrées ; répondez de nouveau à la question pour les remplacer) :
cli-answers-with-notes = Réponses dont les notes sont à régler (workbook answer get les affiche ; answer resolve les clôt) :
cli-city-not-deleted = Rien n'a été supprimé.
cli-city-deleted = « { $city } » supprimée. Son profil est conservé sous { $path } ; `workbook city restore` le rétablit.
cli-city-delete-unconfirmed = suppression refusée sans confirmation ; ajoutez --yes pour supprimer sans rien demander
cli-city-delete-confirm = Supprimer la ville « { $city } » ? Elle est conservée dans une sauvegarde. Tapez oui pour confirmer :{" "}

## answer

cli-answer-json-one-value = --json prend exactement une valeur
cli-answer-saved = { $key } enregistrée pour { $city }.
cli-answer-unchanged = Inchangée : { $key } pour { $city }.
cli-answer-kept = Gardée comme réponse de ce cycle : { $key } pour { $city }.
cli-answer-cleared-empty = Effacée (la valeur était vide) : { $key } pour { $city }.
cli-answer-none-yet = { $city } n'a pas encore de réponse à { $key }.
cli-answer-other = autre : { $text }
cli-answer-note = note { $number } : { $text }
cli-answer-note-kept = note { $number } : { $text } (conservée : { $kept })
cli-answer-resolve-with = Pour régler : workbook answer resolve --city { $city } { $key } [--use N]
cli-answer-from-round = Reprise de { $round } : à confirmer ou à mettre à jour. Pour la garder : workbook answer confirm --city { $city } { $key }
cli-answer-nothing-to-keep = { $key } n'a pas de réponse à garder.
cli-answer-already-this-round = { $key } est déjà une réponse de ce cycle.
cli-answer-kept-many = Gardées comme réponses de ce cycle pour { $city } : { $keys }.
cli-answer-cleared = { $key } effacée.
cli-answer-had-none = { $key } n'avait pas de réponse.
cli-answer-notes-from-one = les notes sont numérotées à partir de 1, comme les affiche `answer get`
cli-answer-resolved = Réponse à { $key } gardée ; ses notes sont closes.
cli-answer-resolved-with-note = La réponse conservée par la note { $number } est désormais la réponse à { $key } ; les notes sont closes.
cli-answer-import-refused = rien n'a été importé ; corrigez ces réponses dans { $file } :
cli-answer-imported = Importé dans { $city } : { $set } saisies, { $unchanged } inchangées, { $cleared } effacées.
cli-inline-one-value = une réponse de type { $kind } est une seule valeur ; mettez-la entre guillemets si elle contient des espaces
cli-inline-not-json = ce n'est pas une valeur de réponse JSON ({ $error }) ; utilisez une chaîne, un nombre, true/false, un tableau de chaînes ou un tableau d'objets de chaînes
cli-inline-not-cell = ligne { $row } : `{ $cell }` n'est pas de la forme colonne=valeur (écrivez un = littéral \=)
cli-inline-lone-backslash = une valeur se termine par une barre oblique inverse isolée ; écrivez \\ pour une barre oblique inverse
cli-inline-unknown-escape = échappement `\{ $escape }` inconnu ; utilisez \; \, \= \\ ou \n
cli-inline-lone-backslash-end = une valeur se termine par une barre oblique inverse isolée

## export et import

cli-bundle-exported = « { $city } » exportée dans { $path }.
cli-bundle-bad-name = rien n'a été importé ; le nom de ville figurant dans { $file } ne peut pas être utilisé : { $reason }
cli-bundle-newer = ce paquet a été écrit par une version plus récente de workbook ({ $program }) ; mettez le programme à jour pour l'importer
cli-bundle-created = « { $city } » créée : { $added ->
    [one] { $added } réponse ajoutée
   *[other] { $added } réponses ajoutées
}, { $same ->
    [one] { $same } identique
   *[other] { $same } identiques
}, { $conflicts ->
    [one] { $conflicts } conflit
   *[other] { $conflicts } conflits
}.
cli-bundle-merged = Fusionné dans « { $city } » : { $added ->
    [one] { $added } réponse ajoutée
   *[other] { $added } réponses ajoutées
}, { $same ->
    [one] { $same } identique
   *[other] { $same } identiques
}, { $conflicts ->
    [one] { $conflicts } conflit
   *[other] { $conflicts } conflits
}.
cli-bundle-conflict-kept-bundle = conflit { $key } : réponse du paquet gardée (modifiée le { $changed })
cli-bundle-conflict-kept-local = conflit { $key } : réponse de cette machine gardée (modifiée le { $changed })
cli-bundle-this-machine = cette machine
cli-bundle-the-bundle = le paquet
cli-bundle-rounds-added = Cycles clôturés ajoutés : { $rounds }.
cli-bundle-round-answers-replaced = Dans les cycles clôturés présents des deux côtés, { $count ->
    [one] { $count } réponse différente a été prise
   *[other] { $count } réponses différentes ont été prises
} dans la modification la plus récente.
cli-bundle-backup-kept = Le profil tel qu'il était avant l'import est conservé comme sa sauvegarde la plus récente (.bak.1).

## compare, et ce que disent plusieurs commandes

cli-compare-no-cities = il n'y a aucune ville à comparer ; créez-en une avec `workbook city new NOM`
cli-compare-skipping = avertissement : { $file } ignoré : { $problem }
cli-config-lang-invalid = workbook : la `lang` du fichier de configuration : { $problem } ; les cahiers sont affichés en anglais
cli-not-translated = workbook : les cahiers ne sont pas encore traduits en { $language } ; ils sont donc affichés en anglais (traductions disponibles : { $translated })
cli-workbooks-skipped = (les cahiers comportant des erreurs sont ignorés ; lancez `workbook validate` pour le détail)
cli-cannot-read-stdin = impossible de lire l'entrée standard : { $error }
cli-waiting = En attente de « { $city } » : une autre fenêtre ou un autre processus l'a ouverte…
cli-not-saved = la modification n'a PAS été enregistrée : { $problem }

## demo et diff

cli-demo-reset = { $city } a retrouvé ses réponses d'origine, dans { $dir }.
cli-demo-plain = DÉMONSTRATION : une ville fictive pour les formations ; rien ici ne touche à des données réelles.
cli-diff-no-round-closed = { $problem } ; clôturez-en un à la fin du cycle avec : workbook round close --city { $city }
cli-diff-unknown-round = { $problem }, ainsi que current (le cycle ouvert) ; pour les voir : workbook round list --city { $city }
cli-tui-not-saved = les dernières réponses n'ont PAS été enregistrées ({ $problem }) ; elles sont perdues à moins de les saisir de nouveau

## migrate, open, plan, list --questions

cli-migrate-none = Aucune migration ne s'applique.
cli-migrate-would-change = Changerait (simulation, rien n'est enregistré) :
cli-migrate-changed = Modifié et enregistré :
cli-no-such-workbook = aucun cahier `{ $id }` ; les cahiers sont : { $ids }
cli-open-plain-needs-city = le mode texte a besoin d'une ville : workbook open CAHIER --city NOM --plain (ou indiquez `city` dans le fichier de configuration)
cli-open-no-workbooks = il n'y a aucun cahier à ouvrir
cli-plain-stopped = le mode texte s'est arrêté : { $error }
cli-plan-which-city = indiquez la ville dont il faut écrire le plan : workbook plan --city NOM (voir `workbook plan --help`)
cli-plan-docx-needs-file = un document Word est un fichier binaire : indiquez un fichier avec -o plan.docx
cli-plan-cannot-read-template = impossible de lire le modèle { $path } : { $error }
cli-plan-template-too-large = le modèle { $path } fait { $size } octets ; les modèles sont limités à 1 Mio
cli-plan-cannot-write = impossible d'écrire le plan : { $error }
cli-questions-heading = { $title } ({ $id }) : { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
cli-questions-section = Section { $number } sur { $count } : { $title }

## Les colonnes de list, progress et round list

cli-list-id = ID
cli-list-title = TITRE
cli-list-sections = SECTIONS
cli-list-questions = QUESTIONS
cli-list-source = SOURCE
cli-progress-workbook = CAHIER
cli-progress-answered = RÉPONDUES
cli-progress-relevant = PERTINENTES
cli-progress-required = OBLIGATOIRES
cli-progress-done = FAIT

## round

cli-round-closed = Cycle { $round } de { $city } clôturé : { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}, du { $from } au { $to }.
cli-round-would-close = Le cycle { $round } de { $city } serait clôturé : { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}, du { $from } au { $to }.
cli-round-opened = Le cycle suivant est ouvert, chaque réponse y est reprise et marquée « de { $round } : à confirmer ou à mettre à jour ».
cli-round-would-open = Le cycle suivant serait ouvert, chaque réponse y serait reprise et marquée « de { $round } : à confirmer ou à mettre à jour ».
cli-round-moved-format = Le fichier de la ville est passé au format de profil { $format }, qui contient les cycles ; les versions de workbook antérieures à 0.2 ne peuvent pas l'ouvrir.
cli-round-would-move-format = Le fichier de la ville passerait au format de profil { $format }, qui contient les cycles ; les versions de workbook antérieures à 0.2 ne pourraient pas l'ouvrir.
cli-round-nothing-saved = Rien n'a été enregistré (simulation).
cli-round-see-rounds = Pour voir les cycles : workbook round list --city { $city }
cli-round-list-heading = Cycles de { $city } :
cli-round-column-round = CYCLE
cli-round-column-from = DU
cli-round-column-to = AU
cli-round-column-answers = RÉPONSES
cli-round-column-done = FAIT
cli-round-open-current = ouvert (en cours)
cli-round-none-closed = Aucun cycle clôturé pour l'instant. Clôturez celui-ci à la fin du cycle avec : workbook round close --city { $city }
cli-round-against = Ce cycle par rapport à { $round } :
cli-round-column-workbook = CAHIER
cli-round-column-to-confirm = À CONFIRMER
cli-round-column-confirmed = CONFIRMÉES
cli-round-column-updated = MODIFIÉES
cli-round-column-new = NOUVELLES
cli-round-column-removed = RETIRÉES

## translate et validate

cli-translate-missing = pas encore de traduction `{ $lang }` : { $path } n'existe pas ({ $count ->
    [one] { $count } texte à traduire
   *[other] { $count } textes à traduire
})
cli-translate-missing-hint = `workbook translate --lang { $lang } { $path }` affiche un fichier de départ
cli-translate-stray = cette traduction ne traduit aucun fichier : { $path } n'existe pas
cli-translate-stray-hint = nommez-la comme le cahier anglais qu'elle traduit, ou supprimez-la
cli-translate-glossary-hint = un fichier de glossaire contient des entrées [[glossary]] avec term, definition et aliases
cli-translate-which-language = indiquez la langue de la traduction, par exemple : workbook translate --lang fr mapping
cli-translate-fix-translation = corrigez d'abord { $path } : ses entrées ne peuvent pas toutes être lues
cli-translate-complete = { $path } : chaque texte de { $english } est traduit en { $lang } et à jour
cli-no-such-file = { $path } : fichier introuvable
cli-translate-no-workbook = aucun cahier `{ $id }` dans ./{ $folder } : lancez la commande dans le dossier qui contient { $folder }/ (le dépôt), ou indiquez le chemin du fichier anglais, par exemple : workbook translate --lang fr path/to/mapping.toml
cli-translate-fix-workbook = corrigez d'abord { $path } (workbook validate { $path } le vérifie)
cli-validate-summary = { $files ->
    [one] { $files } cahier vérifié
   *[other] { $files } cahiers vérifiés
} : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
cli-validate-summary-translations = { $files ->
    [one] { $files } cahier
   *[other] { $files } cahiers
} et { $translations ->
    [one] { $translations } fichier de traduction vérifié
   *[other] { $translations } fichiers de traduction vérifiés
} ({ $lang }) : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
cli-validate-no-folder = sans chemin, `validate --lang { $lang }` vérifie ./{ $folder } et ses traductions dans ./{ $folder }/i18n/{ $lang }, et il n'y a pas de ./{ $folder } ici : indiquez le dossier des cahiers, par exemple : workbook validate --lang { $lang } path/to/workbooks
cli-validate-no-toml = aucun fichier .toml dans { $path }
cli-no-such-file-or-folder = { $path } : fichier ou dossier introuvable

## La démonstration, le fichier de configuration, le dossier de données

cli-demo-broken = la ville de démonstration intégrée est endommagée : { $error }
cli-demo-no-home = impossible de trouver un dossier personnel pour la démonstration ; définissez { $variable }
cli-demo-cannot-reset = impossible de réinitialiser la démonstration dans { $dir }
cli-config-cannot-read = { $path } : impossible de lire le fichier de configuration
cli-config-fields = le fichier de configuration accepte city, audience (mayor, official ou all), data_dir, theme (default ou projector) et lang (en, fr, es ou ar)
cli-paths-no-home = impossible de trouver un dossier personnel pour le dossier de données ; utilisez --data-dir DOSSIER ou définissez WORKBOOK_DATA_DIR

cli-team-about = Partager les villes du dossier de données avec des collègues grâce à git : mise en place, état, synchronisation
cli-team-after-help =
    Exemples :
      workbook team init --remote git@example.org:hub/cities.git
      workbook team status
      workbook team sync
      workbook team sync --message "Lyon : atelier de cartographie"
cli-team-init-about = Faire du dossier de données un dépôt git pour partager les villes (ou préparer celui qui le contient)
cli-team-init-after-help =
    Exemples :
      workbook team init
      workbook team init --remote /mnt/partage/villes.git
      workbook team init --remote https://git.example.org/hub/cities.git
cli-team-init-arg-remote = Le dépôt partagé avec lequel synchroniser (tout dépôt git distant : un serveur, un service hébergé, un dépôt nu sur un lecteur partagé)
cli-team-status-about = Ce qui n'est pas encore enregistré, et l'avance ou le retard de cette copie sur la copie partagée
cli-team-status-after-help =
    Exemples :
      workbook team status
      workbook team status --json
cli-team-status-arg-json = Afficher l'état en JSON
cli-team-sync-about = Enregistrer les modifications de cette machine, récupérer celles des collègues (fusionnées réponse par réponse) et les envoyer
cli-team-sync-after-help =
    Exemples :
      workbook team sync
      workbook team sync --message "Lyon : atelier de cartographie avec le service jeunesse"
cli-team-sync-arg-message = Le message d'enregistrement [par défaut : les villes et réponses modifiées]
cli-merge-profile-about = Fusionner trois versions d'un profil de ville réponse par réponse (le pilote de fusion de git pour les fichiers de ville ; `team init` le met en place)
cli-merge-profile-after-help =
    Git l'appelle ainsi : workbook merge-profile %O %A %B %P
    Le résultat est écrit dans NOTRE. Si une version est illisible, la commande s'arrête sur une erreur et NOTRE reste tel quel.
    Exemples :
      git config merge.workbook-profile.driver "workbook merge-profile %O %A %B %P"   # ce que règle team init
      workbook merge-profile base.toml ours.toml theirs.toml   # à la main : le résultat va dans ours.toml
cli-merge-profile-arg-base = La version commune dont les deux côtés sont partis (vide quand les deux ont ajouté la ville)
cli-merge-profile-arg-ours = La version de ce côté ; le profil fusionné est écrit ici
cli-merge-profile-arg-theirs = La version de l'autre côté
cli-merge-profile-arg-path = Le chemin du fichier dans le dépôt, pour les messages
cli-city-log-about = Qui a modifié quelles réponses d'une ville et quand, du plus récent au plus ancien, d'après l'historique du dépôt partagé (voir `workbook team`)
cli-city-log-after-help =
    Exemples :
      workbook city log Lyon
      workbook city log Lyon mapping.threats
      workbook city log Lyon --json
cli-city-log-arg-answer = Seulement les modifications de cette réponse (CAHIER.QUESTION)
cli-city-log-arg-json = Afficher l'historique en JSON
cli-placeholder-url = URL
cli-placeholder-base = COMMUNE
cli-placeholder-ours = NOTRE
cli-placeholder-theirs = LEUR
cli-placeholder-path = CHEMIN
cli-placeholder-answer = RÉPONSE
cli-answer-import-arg-file = Un fichier TOML de réponses ; ou CAHIER.QUESTION, suivi d'un fichier de tableur pour cette question
cli-answer-import-arg-spreadsheet = Un fichier de tableur (CSV, .xlsx, .xls, .ods) dont les lignes répondent à la question en tableau ou en liste nommée avant lui ; sa première ligne nomme les colonnes
cli-answer-import-arg-sheet = La feuille à lire [par défaut : la première]
cli-answer-import-arg-map = Les en-têtes des colonnes que le programme ne reconnaît pas : "En-tête=colonne,Autre en-tête=colonne"
cli-answer-import-arg-merge = Ajouter les lignes à la réponse enregistrée ; une ligne dont la première colonne correspond à une ligne enregistrée la met à jour
cli-answer-import-arg-replace = Remplacer la réponse enregistrée par les lignes
cli-answer-import-arg-partial = Importer les lignes valables même si d'autres sont refusées
cli-answer-export-arg-key = Une réponse en tableau ou en liste à écrire dans un fichier de tableur (-o FICHIER.csv ou FICHIER.xlsx)
cli-export-arg-format = toml : un paquet pour déplacer la ville [par défaut] ; xlsx : toutes les réponses à lire, une feuille par tableau
cli-export-arg-edition = Avec --format xlsx : les réponses et colonnes que montre cette édition [par défaut : council]
cli-placeholder-map = CORRESPONDANCES
cli-placeholder-spreadsheet = TABLEUR
cli-city-edit-arg-name = La ville à modifier (son nom, sans tenir compte de la casse)
cli-city-edit-arg-role = Qui répondra : affiche les questions rédigées pour ce rôle
cli-city-show-arg-name = La ville à afficher (son nom, sans tenir compte de la casse)
cli-city-log-arg-name = La ville dont afficher l'historique (son nom, sans tenir compte de la casse)
cli-city-rename-arg-old = Le nom actuel de la ville (sans tenir compte de la casse)
cli-city-rename-arg-new = Son nouveau nom
cli-city-delete-arg-name = La ville à supprimer (son nom, sans tenir compte de la casse)
cli-city-restore-arg-name = La ville à rétablir depuis une sauvegarde (son nom, sans tenir compte de la casse)
cli-answer-get-arg-key = CAHIER.QUESTION, par exemple mapping.threats
cli-answer-clear-arg-key = CAHIER.QUESTION, par exemple mapping.threats
cli-answer-resolve-arg-key = CAHIER.QUESTION dont traiter les notes
cli-diff-arg-format = markdown à lire, json pour les scripts
cli-compare-arg-format = markdown à lire, csv pour un tableur, json pour les scripts
