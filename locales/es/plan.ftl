# Lo que dice el plan de acción, en todos los formatos (markdown, HTML, Word, JSON) y todas las
# ediciones. El plan se redacta en el idioma de su municipio, que puede no ser el de la interfaz.
#
# Un mensaje impreso en el plan markdown se escapa entero, como cualquier valor: escriba texto
# llano. Los valores llegan ya redactados (importes con su moneda, fechas en palabras, listas
# unidas).

## La portada

plan-title = { $city }: plan de acción contra el odio, el extremismo y la polarización
plan-cover-status = Estado:
plan-cover-version = Versión:
plan-cover-date = Fecha:
plan-cover-round = Ciclo:
plan-cover-round-value = { $round }, con las respuestas tal como estaban al cerrarse el ciclo, el { $closed }
plan-cover-prepared-by = Elaborado por:
plan-cover-country = País:
plan-cover-scope = Alcance:
plan-cover-scope-value = las preguntas para { $audience }
plan-cover-built-from = Elaborado a partir de:
plan-cover-edition = Edición:
plan-cover-edition-value = { $edition }, { $notice }

plan-audience-mayor = la alcaldía
plan-audience-official = el personal municipal
plan-audience-all = la alcaldía y el personal municipal

plan-prepared-by-mayor = El gabinete de la alcaldía
plan-prepared-by-official = Los servicios municipales

plan-track-full = los cuadernos completos
plan-track-core = las preguntas básicas, un conjunto más breve pensado para municipios pequeños y primeros talleres

plan-edition-public = Edición pública
plan-edition-council = Edición para el concejo municipal
plan-edition-restricted = Edición restringida
plan-edition-public-notice = apta para su publicación
plan-edition-council-notice = uso interno, no publicar
plan-edition-restricted-notice = contiene datos personales e información sobre personas y lugares en riesgo; compártase solo con quienes la necesiten

plan-status-draft = Borrador
plan-status-for-decision = Pendiente de decisión del concejo municipal
plan-status-adopted = Aprobado por el concejo municipal

plan-withheld-public = { $count ->
    [one] Esta edición omite { $count } respuesta reservada al concejo municipal y a sus socios.
   *[other] Esta edición omite { $count } respuestas reservadas al concejo municipal y a sus socios.
}
plan-withheld-personal = { $count ->
    [one] Esta edición omite { $count } respuesta con datos personales o información sobre personas y lugares en riesgo.
   *[other] Esta edición omite { $count } respuestas con datos personales o información sobre personas y lugares en riesgo.
}

## Títulos de capítulos y apartados

plan-heading-summary = Resumen ejecutivo
plan-heading-need = La necesidad
plan-heading-objectives = Objetivos
plan-heading-priorities = Acciones prioritarias
plan-heading-cost = Coste y financiación
plan-heading-decisions = Decisiones que se someten al concejo municipal
plan-heading-since = Avances desde el último ciclo
plan-heading-since-actions = Acciones
plan-heading-since-indicators = Indicadores
plan-heading-since-mapping = Cambios en el mapeo
plan-heading-risks = Registro de riesgos y necesidades
plan-heading-governance = Gobernanza y rendición de cuentas
plan-heading-actions = Plan de acción
plan-heading-timeline = Calendario
plan-heading-budget = Presupuesto
plan-heading-monitoring = Seguimiento, evaluación y aprendizaje
plan-heading-review = Calendario de revisión
plan-heading-delivery-risks = Riesgos para la ejecución
plan-heading-stakeholders = Mapa de actores
plan-heading-open = Cuestiones pendientes
plan-heading-sources = Fuentes

## El resumen ejecutivo

plan-opening = Este plan expone cómo { $city } prevendrá el odio, el extremismo y la polarización, y cómo responderá cuando causen daño.
plan-opening-covers = Abarca { $areas }.
plan-opening-area-mapping = lo que el municipio sabe sobre las amenazas, las necesidades y los recursos locales
plan-opening-area-strategy = su estrategia de prevención
plan-opening-area-prevention = el trabajo de prevención
plan-opening-area-response = la preparación y la respuesta ante atentados
plan-opening-area-coordination = la coordinación con el Gobierno nacional y los socios

plan-cost-costed = { $count ->
    [one] La única acción presupuestada de este plan asciende a { $total }.
   *[other] Las { $count } acciones presupuestadas de este plan ascienden a { $total }.
}
plan-cost-costed-funding = { $count ->
    [one] La única acción presupuestada de este plan asciende a { $total }: { $funding }.
   *[other] Las { $count } acciones presupuestadas de este plan ascienden a { $total }: { $funding }.
}
plan-cost-secured = { $amount } están asegurados
plan-cost-applied = { $amount } se han solicitado
plan-cost-unfunded = { $amount } aún deben conseguirse
plan-cost-others = { $count ->
    [one] Otra acción depende del tiempo del personal o no tiene coste.
   *[other] Otras { $count } acciones dependen del tiempo del personal o no tienen coste.
}
plan-cost-closed = No se cuentan las acciones ya realizadas o descartadas.
plan-cost-partial = En esta edición no se cuentan las acciones reservadas al concejo municipal.

plan-decisions-adopted = El concejo municipal ha acordado:
plan-decisions-asked = Se solicita al concejo municipal:
plan-decision-adopt = aprobar este plan como el plan municipal contra el odio, el extremismo y la polarización;
plan-decision-approve = aprobar las acciones presupuestadas ({ $total } en total);
plan-decision-approve-funding = aprobar las acciones presupuestadas ({ $total } en total) y acordar cómo se financiará el resto ({ $open });
plan-decision-open-both = { $applied } solicitados y { $unfunded } aún por conseguir
plan-decision-open-applied = { $applied } solicitados
plan-decision-open-unfunded = { $unfunded } aún por conseguir
plan-decision-report = solicitar un informe de avances respecto de los indicadores en cada revisión.

plan-summary-progress = Desde el ciclo { $round }, cerrado el { $closed }, { $reports }. El capítulo sobre los avances desde el último ciclo ofrece los detalles.
plan-summary-progress-indicators = { $measured ->
    [one] Desde el ciclo { $round }, cerrado el { $closed }, { $reports }, y { $moved } de { $measured } indicador medido en cifras ha avanzado hacia su meta. El capítulo sobre los avances desde el último ciclo ofrece los detalles.
   *[other] Desde el ciclo { $round }, cerrado el { $closed }, { $reports }, y { $moved } de los { $measured } indicadores medidos en cifras { $moved ->
        [one] ha avanzado
       *[other] han avanzado
    } hacia su meta. El capítulo sobre los avances desde el último ciclo ofrece los detalles.
}
plan-summary-none-reported = no se ha informado de ninguna acción realizada, en curso, con retraso o descartada
plan-summary-reports = el municipio informa de { $parts }
plan-summary-first-count = { $count ->
    [one] { $count } acción { $status }
   *[other] { $count } acciones { $status }
}

## Avances desde el último ciclo

plan-action-status-done = { $count ->
    [one] realizada
   *[other] realizadas
}
plan-action-status-in-progress = { $count ->
   *[other] en curso
}
plan-action-status-late = { $count ->
   *[other] con retraso
}
plan-action-status-dropped = { $count ->
    [one] descartada
   *[other] descartadas
}
plan-action-status-carried-over = { $count ->
    [one] trasladada al siguiente periodo
   *[other] trasladadas al siguiente periodo
}
plan-action-status-planned = { $count ->
    [one] prevista
   *[other] previstas
}
plan-action-status-none = { $count ->
   *[other] sin estado
}
plan-status-none = Sin estado

plan-since-opening = Este capítulo compara el plan con el ciclo { $round } del municipio, cerrado el { $closed }.
plan-since-opening-parts = Este capítulo compara el plan con el ciclo { $round } del municipio, cerrado el { $closed }: { $parts }.
plan-since-part-actions = qué ha sido de las acciones
plan-since-part-indicators = en qué punto están los indicadores
plan-since-part-mapping = qué ha cambiado en el mapeo

plan-since-no-actions = Este plan no incluye acciones.
plan-since-none-reported = { $total ->
    [one] Todavía no se ha informado sobre la única acción de este plan.
   *[other] Todavía no se ha informado sobre ninguna de las { $total } acciones de este plan.
}
plan-since-actions = { $total ->
    [one] De la única acción de este plan, { $parts }.
   *[other] De las { $total } acciones de este plan, { $parts }.
}
plan-since-first-count = { $count ->
    [one] { $count } está { $status }
   *[other] { $count } están { $status }
}
plan-count = { $count } { $status }
plan-since-new = { $count ->
    [one] { $count } es nueva desde el ciclo { $round }.
   *[other] { $count } son nuevas desde el ciclo { $round }.
}
plan-since-removed-actions = Acciones que ya no figuran en el plan desde el ciclo { $round }: { $actions }.
plan-since-unmeasured = Aún sin medir: { $indicators }.
plan-since-none-measured = Ningún indicador tiene todavía un valor medido: { $indicators }.
plan-since-removed-indicators = Indicadores que ya no se siguen desde el ciclo { $round }: { $indicators }.
plan-since-action-when = { $action } ({ $when })

plan-round-column = Ciclo { $round }
plan-column-standing = Situación
plan-standing-up = { $amount } más que en el ciclo { $round }
plan-standing-down = { $amount } menos que en el ciclo { $round }
plan-standing-unchanged = sin cambios desde el ciclo { $round }
plan-standing-reached = meta alcanzada
plan-standing-share = { $percent } % del camino entre la línea de base y la meta
plan-standing-no-change = sin cambios respecto de la línea de base
plan-standing-further = más lejos de la meta que en la línea de base
plan-standing-points = { $amount } puntos

plan-since-mapping-changed = «{ $before }» en el ciclo { $round }; ahora, «{ $after }».
plan-since-mapping-new = Elementos nuevos: { $items }.
plan-since-mapping-removed = Elementos retirados: { $items }.
plan-since-mapping-first = Desde el ciclo { $round }, se exponen por primera vez los siguientes elementos: { $parts }.
plan-since-mapping-same = Las listas del mapeo, el mapa de actores y el registro siguen como estaban en el ciclo { $round }.

## Registros y tablas

plan-actions-order = Las acciones se ordenan por prioridad y, después, por fecha de inicio.
plan-actions-order-status = Las acciones se ordenan por prioridad y, después, por fecha de inicio; las realizadas o descartadas figuran al final.

plan-column-action = Acción
plan-column-owner = Responsable
plan-column-partners = Socios
plan-column-timeline = Calendario
plan-column-status = Estado
plan-column-priority = Prioridad
plan-column-budget = Presupuesto
plan-column-budget-currency = Presupuesto ({ $currency })
plan-column-funding = Financiación
plan-column-indicator = Indicador
plan-column-start = Inicio
plan-column-due = Plazo
plan-column-type = Tipo
plan-column-baseline = Línea de base
plan-column-latest = Último valor
plan-column-target = Meta
plan-column-source = Fuente
plan-column-frequency = Frecuencia
plan-column-name = Nombre
plan-column-sector = Sector
plan-column-role = Función
plan-column-influence = Influencia
plan-column-interest = Interés
plan-column-relationship = Relación
plan-column-contact = Contacto
plan-column-risk = Riesgo
plan-column-affected = Personas afectadas
plan-column-likelihood = Probabilidad
plan-column-impact = Impacto
plan-column-current-response = Respuesta actual
plan-column-evidence = Evidencias
plan-column-mitigation = Medidas de mitigación

plan-timeline-range = del { $start } al { $due }
plan-timeline-from = a partir del { $start }
plan-timeline-by = a más tardar el { $due }

plan-column-area = Ámbito
plan-column-costed = Acciones presupuestadas
plan-column-cost = Coste
plan-column-secured = Asegurado
plan-column-applied = Solicitado
plan-column-unfunded = Por conseguir
plan-budget-total = Total
plan-budget-partial = Esta edición omite las acciones reservadas al concejo municipal; los totales corresponden a las acciones que aquí figuran.
plan-budget-closed = { $count ->
    [one] No se cuenta la acción ya realizada o descartada.
   *[other] No se cuentan las { $count } acciones ya realizadas o descartadas.
}
plan-budget-others = { $count ->
    [one] { $count } acción más depende del tiempo del personal o no tiene coste.
   *[other] { $count } acciones más dependen del tiempo del personal o no tienen coste.
}

plan-money = { $amount } { $currency }

## Cuestiones pendientes y fuentes

plan-open-questions = Estas preguntas aún necesitan respuesta para completar el plan:
plan-open-none = Todas las preguntas obligatorias tienen respuesta.
plan-open-workbook = { $title }:
plan-column-answered = Preguntas respondidas
plan-column-required = Preguntas obligatorias respondidas
plan-of = { $done } de { $total }
plan-sources-intro = Prácticas de otras ciudades que han inspirado este plan:
plan-example-lesson = Lección:

## Las respuestas en palabras

plan-yes = sí
plan-no = no
plan-scale-out-of = { $value } de { $max }
plan-entries = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
plan-other = Otro: { $text }
plan-lead = { $label }:
plan-lead-sentence = { $label }.

plan-list-comma = {", "}
plan-list-and = { $first } y { $last }
plan-list-and-serial = { $first } y { $last }
plan-list-semicolon = {"; "}
plan-list-colon = {": "}

## De dónde procede cada línea (--trace)

plan-trace-from = Procede de: { $questions }.
plan-trace-source = Procedencia

## Gráficos

plan-chart-progress = Avance por ámbito
plan-chart-progress-value = { $percent } % ({ $done } de { $total })
plan-chart-stakeholders = Actores según su influencia y su interés
plan-chart-more = +{ $count } más
plan-level-high = Alta
plan-level-medium = Media
plan-level-low = Baja
plan-chart-axes = Interés → (influencia ↑)
plan-chart-axes-unplaced = Interés → (influencia ↑); { $count } sin influencia ni interés indicados, no representados
plan-chart-timeline = Calendario de las acciones con fecha
plan-chart-more-in-table = +{ $count } más en la tabla
plan-gantt-title = Calendario de las acciones
plan-gantt-no-priority = Sin prioridad
plan-chart-not-drawn = ({ $chart }: no se ha dibujado porque este equipo no tiene una fuente para sus etiquetas.)

## La página y el documento

plan-html-title = Plan de acción de { $city }
plan-html-footer = Plan de acción de { $city } · { $edition }
plan-page-of = Página { $page } de { $pages }
plan-docx-footer = { $edition } – página { $page } de { $pages }
plan-style-cover = Portada
plan-style-notice = Aviso
plan-style-table-text = Texto de tabla

## Errores (en el idioma de la interfaz)

plan-error-unknown-workbook = no existe el cuaderno `{ $id }`; los cuadernos son: { $known }
plan-error-template = la plantilla del plan tiene un error: { $message } (compruébela con docs/plan-template.md)
plan-error-json = no se ha podido escribir el plan en JSON: { $error }
plan-error-docx = no se ha podido escribir el documento de Word: { $error }
plan-error-binary = un documento de Word es binario, no texto: genérelo con plan::render_bytes
plan-error-template-for-docx = --template da forma a los planes en markdown y HTML; el documento de Word sigue el diseño integrado (omita --template)
plan-error-unknown-chart = gráfico «{ $name }» desconocido; los gráficos son: { $charts }
plan-error-indicator-chart = chart("indicator", n) necesita la posición del indicador en plan.since_last_round.indicators (loop.index0)
plan-error-unknown-message = no existe el mensaje «{ $id }» (los mensajes del plan están en locales/en/plan.ftl)
