# Ce que dit le plan d'action, dans tous les formats (markdown, HTML, Word, JSON) et toutes les
# éditions. Le plan est rédigé dans la langue de sa ville, qui peut différer de celle de
# l'interface.
#
# Un message imprimé dans le plan markdown est échappé d'un bloc, comme toute valeur : écrivez du
# texte brut. Les valeurs arrivent déjà rédigées (sommes avec leur devise, dates en toutes lettres,
# listes jointes).

## La page de garde

plan-title = { $city } : plan d'action contre la haine, l'extrémisme et la polarisation
plan-cover-status = Statut :
plan-cover-version = Version :
plan-cover-date = Date :
plan-cover-round = Cycle :
plan-cover-round-value = { $round }, les réponses telles qu'elles étaient à la clôture du cycle, le { $closed }
plan-cover-prepared-by = Préparé par :
plan-cover-country = Pays :
plan-cover-scope = Périmètre :
plan-cover-scope-value = les questions qui concernent { $audience }
plan-cover-built-from = Établi à partir de :
plan-cover-edition = Édition :
plan-cover-edition-value = { $edition }, { $notice }

plan-audience-mayor = le maire
plan-audience-official = les agents municipaux
plan-audience-all = le maire et les agents municipaux

plan-prepared-by-mayor = Le cabinet du maire
plan-prepared-by-official = Les services municipaux

plan-track-full = les cahiers complets
plan-track-core = les questions essentielles, un ensemble plus court conçu pour les petites communes et les premiers ateliers

plan-edition-public = Édition publique
plan-edition-council = Édition pour le conseil municipal
plan-edition-restricted = Édition restreinte
plan-edition-public-notice = publiable
plan-edition-council-notice = document interne, à ne pas publier
plan-edition-restricted-notice = contient des données personnelles et des informations sur des personnes et des lieux exposés ; à ne communiquer qu'aux personnes qui en ont besoin

plan-status-draft = Projet
plan-status-for-decision = Soumis à la décision du conseil municipal
plan-status-adopted = Adopté par le conseil municipal

plan-withheld-public = { $count ->
    [one] { $count } réponse réservée au conseil municipal et à ses partenaires n'apparaît pas dans cette édition.
   *[other] { $count } réponses réservées au conseil municipal et à ses partenaires n'apparaissent pas dans cette édition.
}
plan-withheld-personal = { $count ->
    [one] { $count } réponse contenant des données personnelles ou des informations sur des personnes et des lieux exposés n'apparaît pas dans cette édition.
   *[other] { $count } réponses contenant des données personnelles ou des informations sur des personnes et des lieux exposés n'apparaissent pas dans cette édition.
}

## Titres des chapitres et des parties

plan-heading-summary = Synthèse
plan-heading-need = Les besoins
plan-heading-objectives = Objectifs
plan-heading-priorities = Actions prioritaires
plan-heading-cost = Coût et financement
plan-heading-decisions = Décisions soumises au conseil municipal
plan-heading-since = Avancement depuis le dernier cycle
plan-heading-since-actions = Actions
plan-heading-since-indicators = Indicateurs
plan-heading-since-mapping = Évolutions de la cartographie
plan-heading-risks = Registre des risques et des besoins
plan-heading-governance = Gouvernance et compte rendu
plan-heading-actions = Plan d'action
plan-heading-timeline = Calendrier
plan-heading-budget = Budget
plan-heading-monitoring = Suivi, évaluation et apprentissage
plan-heading-review = Calendrier de révision
plan-heading-delivery-risks = Risques pour la mise en œuvre
plan-heading-stakeholders = Cartographie des parties prenantes
plan-heading-open = Points en suspens
plan-heading-sources = Sources

## La synthèse

plan-opening = Ce plan expose comment { $city } entend prévenir la haine, l'extrémisme et la polarisation, et réagir lorsqu'ils causent des dommages.
plan-opening-covers = Il porte sur { $areas }.
plan-opening-area-mapping = ce que la ville sait des menaces, des besoins et des atouts locaux
plan-opening-area-strategy = sa stratégie de prévention
plan-opening-area-prevention = le travail de prévention
plan-opening-area-response = la préparation et la réponse aux attaques
plan-opening-area-coordination = la coordination avec l'État et les partenaires

plan-cost-costed = { $count ->
    [one] La seule action chiffrée de ce plan s'élève à { $total }.
   *[other] Les { $count } actions chiffrées de ce plan s'élèvent à { $total }.
}
plan-cost-costed-funding = { $count ->
    [one] La seule action chiffrée de ce plan s'élève à { $total } : { $funding }.
   *[other] Les { $count } actions chiffrées de ce plan s'élèvent à { $total } : { $funding }.
}
plan-cost-secured = { $amount } sont acquis
plan-cost-applied = { $amount } ont fait l'objet d'une demande de financement
plan-cost-unfunded = { $amount } restent à trouver
plan-cost-others = { $count ->
    [one] Une autre action repose sur du temps de travail des agents ou n'a pas de coût.
   *[other] { $count } autres actions reposent sur du temps de travail des agents ou n'ont pas de coût.
}
plan-cost-closed = Les actions déjà réalisées ou abandonnées ne sont pas comptées.
plan-cost-partial = Les actions réservées au conseil municipal ne sont pas comptées dans cette édition.

plan-decisions-adopted = Le conseil municipal a décidé de :
plan-decisions-asked = Le conseil municipal est invité à :
plan-decision-adopt = adopter ce plan comme plan de la ville contre la haine, l'extrémisme et la polarisation ;
plan-decision-approve = approuver les actions chiffrées ({ $total } au total) ;
plan-decision-approve-funding = approuver les actions chiffrées ({ $total } au total) et décider de la manière de financer le reste ({ $open }) ;
plan-decision-open-both = { $applied } demandés et { $unfunded } restant à trouver
plan-decision-open-applied = { $applied } demandés
plan-decision-open-unfunded = { $unfunded } restant à trouver
plan-decision-report = demander, à chaque révision, un rapport sur l'avancement au regard des indicateurs.

plan-summary-progress = Depuis le cycle { $round }, clos le { $closed }, { $reports }. Le chapitre sur l'avancement depuis le dernier cycle donne le détail.
plan-summary-progress-indicators = { $measured ->
    [one] Depuis le cycle { $round }, clos le { $closed }, { $reports }, et { $moved } indicateur chiffré sur { $measured } a progressé vers sa cible. Le chapitre sur l'avancement depuis le dernier cycle donne le détail.
   *[other] Depuis le cycle { $round }, clos le { $closed }, { $reports }, et { $moved } des { $measured } indicateurs chiffrés { $moved ->
        [one] a progressé
       *[other] ont progressé
    } vers leur cible. Le chapitre sur l'avancement depuis le dernier cycle donne le détail.
}
plan-summary-none-reported = aucune action n'a été signalée comme réalisée, en cours, en retard ou abandonnée
plan-summary-reports = la ville fait état de { $parts }
plan-summary-first-count = { $count ->
    [one] { $count } action { $status }
   *[other] { $count } actions { $status }
}

## Avancement depuis le dernier cycle

plan-action-status-done = { $count ->
    [one] réalisée
   *[other] réalisées
}
plan-action-status-in-progress = { $count ->
   *[other] en cours
}
plan-action-status-late = { $count ->
   *[other] en retard
}
plan-action-status-dropped = { $count ->
    [one] abandonnée
   *[other] abandonnées
}
plan-action-status-carried-over = { $count ->
    [one] reportée
   *[other] reportées
}
plan-action-status-planned = { $count ->
    [one] prévue
   *[other] prévues
}
plan-action-status-none = { $count ->
   *[other] sans statut
}
plan-status-none = Sans statut

plan-since-opening = Ce chapitre compare le plan au cycle { $round } de la ville, clos le { $closed }.
plan-since-opening-parts = Ce chapitre compare le plan au cycle { $round } de la ville, clos le { $closed } : { $parts }.
plan-since-part-actions = ce que sont devenues les actions
plan-since-part-indicators = où en sont les indicateurs
plan-since-part-mapping = ce qui a changé dans la cartographie

plan-since-no-actions = Ce plan ne comporte aucune action.
plan-since-none-reported = { $total ->
    [one] La seule action de ce plan n'a encore fait l'objet d'aucun point d'avancement.
   *[other] Aucune des { $total } actions de ce plan n'a encore fait l'objet d'un point d'avancement.
}
plan-since-actions = { $total ->
    [one] Sur l'unique action que compte ce plan, { $parts }.
   *[other] Sur les { $total } actions que compte ce plan, { $parts }.
}
plan-since-first-count = { $count ->
    [one] { $count } est { $status }
   *[other] { $count } sont { $status }
}
plan-count = { $count } { $status }
plan-since-new = { $count ->
    [one] { $count } est nouvelle depuis le cycle { $round }.
   *[other] { $count } sont nouvelles depuis le cycle { $round }.
}
plan-since-removed-actions = Actions retirées du plan depuis le cycle { $round } : { $actions }.
plan-since-unmeasured = Indicateurs pas encore mesurés : { $indicators }.
plan-since-none-measured = Aucun indicateur n'a encore de valeur mesurée : { $indicators }.
plan-since-removed-indicators = Indicateurs qui ne sont plus suivis depuis le cycle { $round } : { $indicators }.
plan-since-action-when = { $action } ({ $when })

plan-round-column = Cycle { $round }
plan-column-standing = Où en est-on
plan-standing-up = en hausse de { $amount } depuis le cycle { $round }
plan-standing-down = en baisse de { $amount } depuis le cycle { $round }
plan-standing-unchanged = inchangé depuis le cycle { $round }
plan-standing-reached = cible atteinte
plan-standing-share = { $percent } % du chemin entre la valeur de référence et la cible
plan-standing-no-change = aucun changement par rapport à la valeur de référence
plan-standing-further = plus loin de la cible qu'au départ
plan-standing-points = { $amount } points

plan-since-mapping-changed = « { $before } » lors du cycle { $round }, désormais « { $after } ».
plan-since-mapping-new = Nouveaux éléments : { $items }.
plan-since-mapping-removed = Éléments retirés : { $items }.
plan-since-mapping-first = Depuis le cycle { $round }, les éléments suivants sont exposés pour la première fois : { $parts }.
plan-since-mapping-same = Les listes de la cartographie, la cartographie des parties prenantes et le registre sont inchangés depuis le cycle { $round }.

## Registres et tableaux

plan-actions-order = Les actions sont classées par priorité, puis par date de début.
plan-actions-order-status = Les actions sont classées par priorité, puis par date de début ; celles qui sont réalisées ou abandonnées figurent en dernier.

plan-column-action = Action
plan-column-owner = Responsable
plan-column-partners = Partenaires
plan-column-timeline = Calendrier
plan-column-status = Statut
plan-column-priority = Priorité
plan-column-budget = Budget
plan-column-budget-currency = Budget ({ $currency })
plan-column-funding = Financement
plan-column-indicator = Indicateur
plan-column-start = Début
plan-column-due = Échéance
plan-column-type = Type
plan-column-baseline = Valeur de référence
plan-column-latest = Dernière valeur
plan-column-target = Cible
plan-column-source = Source
plan-column-frequency = Fréquence
plan-column-name = Nom
plan-column-sector = Secteur
plan-column-role = Rôle
plan-column-influence = Influence
plan-column-interest = Intérêt
plan-column-relationship = Relation
plan-column-contact = Contact
plan-column-risk = Risque
plan-column-affected = Personnes touchées
plan-column-likelihood = Probabilité
plan-column-impact = Impact
plan-column-current-response = Réponse actuelle
plan-column-evidence = Éléments probants
plan-column-mitigation = Mesures d'atténuation

plan-timeline-range = du { $start } au { $due }
plan-timeline-from = à partir du { $start }
plan-timeline-by = d'ici le { $due }

plan-column-area = Domaine
plan-column-costed = Actions chiffrées
plan-column-cost = Coût
plan-column-secured = Acquis
plan-column-applied = Demandé
plan-column-unfunded = Reste à trouver
plan-budget-total = Total
plan-budget-partial = Cette édition ne reprend pas les actions réservées au conseil municipal ; les totaux portent sur les actions présentées ici.
plan-budget-closed = { $count ->
    [one] L'action déjà réalisée ou abandonnée n'est pas comptée.
   *[other] Les { $count } actions déjà réalisées ou abandonnées ne sont pas comptées.
}
plan-budget-others = { $count ->
    [one] { $count } autre action repose sur du temps de travail des agents ou n'a pas de coût.
   *[other] { $count } autres actions reposent sur du temps de travail des agents ou n'ont pas de coût.
}

plan-money = { $amount } { $currency }

## Points en suspens et sources

plan-open-questions = Ces questions attendent encore une réponse pour que le plan soit complet :
plan-open-none = Toutes les questions obligatoires ont reçu une réponse.
plan-open-workbook = { $title } :
plan-column-answered = Questions traitées
plan-column-required = Questions obligatoires traitées
plan-of = { $done } sur { $total }
plan-sources-intro = Pratiques d'autres villes dont ce plan s'est inspiré :
plan-example-lesson = Leçon :

## Les réponses en mots

plan-yes = oui
plan-no = non
plan-scale-out-of = { $value } sur { $max }
plan-entries = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
plan-other = Autre : { $text }
plan-lead = { $label } :
plan-lead-sentence = { $label }.

plan-list-comma = {", "}
plan-list-and = { $first } et { $last }
plan-list-and-serial = { $first } et { $last }
plan-list-semicolon = {" ; "}
plan-list-colon = {" : "}

## Provenance de chaque ligne (--trace)

plan-trace-from = D'après : { $questions }.
plan-trace-source = Provenance

## Graphiques

plan-chart-progress = Avancement par domaine
plan-chart-progress-value = { $percent } % ({ $done } sur { $total })
plan-chart-stakeholders = Parties prenantes selon leur influence et leur intérêt
plan-chart-more = +{ $count } autres
plan-level-high = Élevé
plan-level-medium = Moyen
plan-level-low = Faible
plan-chart-axes = Intérêt → (influence ↑)
plan-chart-axes-unplaced = Intérêt → (influence ↑) ; { $count } sans influence ni intérêt renseignés, non représentées
plan-chart-timeline = Calendrier des actions datées
plan-chart-more-in-table = +{ $count } autres dans le tableau
plan-gantt-title = Calendrier des actions
plan-gantt-no-priority = Sans priorité
plan-chart-not-drawn = ({ $chart } : non représenté, faute de police pour ses libellés sur cet ordinateur.)

## La page et le document

plan-html-title = { $city } : plan d'action
plan-html-footer = { $city } : plan d'action · { $edition }
plan-page-of = Page { $page } sur { $pages }
plan-docx-footer = { $edition } – page { $page } sur { $pages }
plan-style-cover = Page de garde
plan-style-notice = Avertissement
plan-style-table-text = Texte de tableau

## Erreurs (dans la langue de l'interface)

plan-error-unknown-workbook = il n'existe pas de cahier `{ $id }` ; les cahiers sont : { $known }
plan-error-template = le modèle du plan contient une erreur : { $message } (vérifiez-le à l'aide de docs/plan-template.md)
plan-error-json = impossible d'écrire le plan en JSON : { $error }
plan-error-docx = impossible d'écrire le document Word : { $error }
plan-error-binary = un document Word est un fichier binaire, pas du texte : produisez-le avec plan::render_bytes
plan-error-template-for-docx = --template façonne les plans markdown et HTML ; le document Word suit la mise en page intégrée (retirez --template)
plan-error-unknown-chart = graphique « { $name } » inconnu ; les graphiques sont : { $charts }
plan-error-indicator-chart = chart("indicator", n) a besoin du rang de l'indicateur dans plan.since_last_round.indicators (loop.index0)
plan-error-unknown-message = il n'existe pas de message « { $id } » (les messages du plan se trouvent dans locales/en/plan.ftl)
