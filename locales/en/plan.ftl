# What the action plan says, in every format (markdown, HTML, Word, JSON) and edition. The plan
# is written in its city's language, which may not be the interface's.
#
# A message printed in the markdown plan is escaped as a whole, like any value: write plain text.
# Values are given already written (sums with their currency, dates in words, lists joined).

## The cover

# The document's title.
plan-title = { $city }: action plan on hate, extremism and polarisation
# The cover's lines: a label in bold, then its value.
plan-cover-status = Status:
plan-cover-version = Version:
plan-cover-date = Date:
plan-cover-round = Round:
plan-cover-round-value = { $round }, the answers as they stood when the round closed on { $closed }
plan-cover-prepared-by = Prepared by:
plan-cover-country = Country:
plan-cover-scope = Scope:
# $audience: plan-audience-mayor or plan-audience-official.
plan-cover-scope-value = the questions for { $audience }
plan-cover-built-from = Built from:
plan-cover-edition = Edition:
# $edition: plan-edition-…; $notice: plan-edition-…-notice.
plan-cover-edition-value = { $edition }, { $notice }

# Whose questions the plan covers.
plan-audience-mayor = the mayor
plan-audience-official = city officials
plan-audience-all = the mayor and city officials

# Who prepared the plan, when the command line does not say.
plan-prepared-by-mayor = The mayor's office
plan-prepared-by-official = City officials

# Which questions the city works through.
plan-track-full = the full workbooks
plan-track-core = the core questions, a shorter set for small towns and first workshops

# Who may read the plan.
plan-edition-public = Public edition
plan-edition-council = Council edition
plan-edition-restricted = Restricted edition
plan-edition-public-notice = fit for publication
plan-edition-council-notice = internal, not for publication
plan-edition-restricted-notice = holds personal data and details of people and places at risk; share only with those who need them

# Where the plan stands on its way to the council.
plan-status-draft = Draft
plan-status-for-decision = For decision by the council
plan-status-adopted = Adopted by the council

# What the edition leaves out, under the cover.
plan-withheld-public = { $count ->
    [one] { $count } answer meant for the council and its partners only is left out of this edition.
   *[other] { $count } answers meant for the council and its partners only are left out of this edition.
}
plan-withheld-personal = { $count ->
    [one] { $count } answer holding personal data or details of people and places at risk is left out of this edition.
   *[other] { $count } answers holding personal data or details of people and places at risk are left out of this edition.
}

## Chapter and part headings

plan-heading-summary = Executive summary
plan-heading-need = The need
plan-heading-objectives = Objectives
plan-heading-priorities = Priority actions
plan-heading-cost = Cost and funding
plan-heading-decisions = Decisions for the council
plan-heading-since = Progress since the last round
plan-heading-since-actions = Actions
plan-heading-since-indicators = Indicators
plan-heading-since-mapping = What changed in the mapping
plan-heading-risks = Risk and needs register
plan-heading-governance = Governance and reporting
plan-heading-actions = Action plan
plan-heading-timeline = Timeline
plan-heading-budget = Budget
plan-heading-monitoring = Monitoring, evaluation and learning
plan-heading-review = Review schedule
plan-heading-delivery-risks = Risks to delivery
plan-heading-stakeholders = Stakeholder map
plan-heading-open = Open points
plan-heading-sources = Sources

## The executive summary

# $city: the city's name.
plan-opening = This plan sets out how { $city } will prevent hate, extremism and polarisation and respond when they lead to harm.
# $areas: the areas below, joined ("a, b and c").
plan-opening-covers = It covers { $areas }.
plan-opening-area-mapping = what the city knows about local threats, needs and assets
plan-opening-area-strategy = its prevention strategy
plan-opening-area-prevention = prevention work
plan-opening-area-response = preparing for and responding to attacks
plan-opening-area-coordination = coordination with national government and partners

# The cost of the plan: $total is the sum with its currency; $funding the parts below, joined.
plan-cost-costed = { $count ->
    [one] The one costed action in this plan comes to { $total }.
   *[other] The { $count } costed actions in this plan come to { $total }.
}
plan-cost-costed-funding = { $count ->
    [one] The one costed action in this plan comes to { $total }: { $funding }.
   *[other] The { $count } costed actions in this plan come to { $total }: { $funding }.
}
plan-cost-secured = { $amount } is secured
plan-cost-applied = { $amount } has been applied for
plan-cost-unfunded = { $amount } is still to be found
plan-cost-others = { $count ->
    [one] One further action relies on staff time or carries no cost.
   *[other] { $count } further actions rely on staff time or carry no cost.
}
plan-cost-closed = Actions already done or dropped are not counted.
plan-cost-partial = Actions meant for the council only are not counted in this edition.

plan-decisions-adopted = The council has decided to:
plan-decisions-asked = The council is asked to:
# What the council is asked when the city listed no decisions of its own.
plan-decision-adopt = adopt this plan as the city's plan on hate, extremism and polarisation;
plan-decision-approve = approve the costed actions ({ $total } in all);
# $open: plan-decision-open-….
plan-decision-approve-funding = approve the costed actions ({ $total } in all) and agree how the rest will be funded ({ $open });
plan-decision-open-both = { $applied } applied for and { $unfunded } still to be found
plan-decision-open-applied = { $applied } applied for
plan-decision-open-unfunded = { $unfunded } still to be found
plan-decision-report = ask for a report on progress against the indicators at each review.

# The summary's sentence on progress since the last round. $reports: plan-summary-reports or
# plan-summary-none-reported.
plan-summary-progress = Since the { $round } round, closed on { $closed }, { $reports }. The chapter on progress since the last round gives the details.
plan-summary-progress-indicators = { $measured ->
    [one] Since the { $round } round, closed on { $closed }, { $reports }, and { $moved } of the { $measured } indicator measured in numbers has moved towards its target. The chapter on progress since the last round gives the details.
   *[other] Since the { $round } round, closed on { $closed }, { $reports }, and { $moved } of the { $measured } indicators measured in numbers have moved towards their targets. The chapter on progress since the last round gives the details.
}
plan-summary-none-reported = no action has been reported done, in progress, late or dropped
# $parts: plan-summary-first-count, then plan-count-…, joined.
plan-summary-reports = the city reports { $parts }
# $status: plan-action-status-….
plan-summary-first-count = { $count ->
    [one] { $count } action { $status }
   *[other] { $count } actions { $status }
}

## Progress since the last round

# The statuses of actions, as a sentence counts them ($count: how many actions).
plan-action-status-done = { $count ->
   *[other] done
}
plan-action-status-in-progress = { $count ->
   *[other] in progress
}
plan-action-status-late = { $count ->
   *[other] late
}
plan-action-status-dropped = { $count ->
   *[other] dropped
}
plan-action-status-carried-over = { $count ->
   *[other] carried over
}
plan-action-status-planned = { $count ->
   *[other] planned
}
plan-action-status-none = { $count ->
   *[other] without a status
}
# The label of the actions without a status, among the workbook's status labels.
plan-status-none = No status

plan-since-opening = This chapter sets the plan against the city's { $round } round, closed on { $closed }.
# $parts: plan-since-part-…, joined.
plan-since-opening-parts = This chapter sets the plan against the city's { $round } round, closed on { $closed }: { $parts }.
plan-since-part-actions = what became of the actions
plan-since-part-indicators = where the indicators stand
plan-since-part-mapping = what changed in the mapping

plan-since-no-actions = This plan lists no actions.
plan-since-none-reported = { $total ->
    [one] The one action in this plan has not been reported on yet.
   *[other] None of the { $total } actions in this plan has been reported on yet.
}
# $parts: plan-since-first-count, then plan-count-…, joined.
plan-since-actions = { $total ->
    [one] Of the { $total } action in this plan, { $parts }.
   *[other] Of the { $total } actions in this plan, { $parts }.
}
# $status: plan-action-status-….
plan-since-first-count = { $count ->
    [one] { $count } is { $status }
   *[other] { $count } are { $status }
}
plan-count = { $count } { $status }
plan-since-new = { $count ->
    [one] { $count } is new since the { $round } round.
   *[other] { $count } are new since the { $round } round.
}
# $actions: the actions' texts, joined with plan-list-semicolon.
plan-since-removed-actions = No longer in the plan since the { $round } round: { $actions }.
plan-since-unmeasured = Not measured yet: { $indicators }.
plan-since-none-measured = No indicator has a measured value yet: { $indicators }.
plan-since-removed-indicators = No longer followed since the { $round } round: { $indicators }.
# An action in the lists of actions done, late and dropped: $when is its owner and dates.
plan-since-action-when = { $action } ({ $when })

# The indicators' table: the value at the last round.
plan-round-column = { $round } round
plan-column-standing = Where it stands
# Where an indicator stands, in parts joined with plan-list-semicolon.
plan-standing-up = up { $amount } since the { $round } round
plan-standing-down = down { $amount } since the { $round } round
plan-standing-unchanged = unchanged since the { $round } round
plan-standing-reached = target reached
plan-standing-share = { $percent }% of the way from the baseline to the target
plan-standing-no-change = no change from the baseline
plan-standing-further = further from the target than at the baseline
# A change in percentages.
plan-standing-points = { $amount } points

plan-since-mapping-changed = “{ $before }” at the { $round } round, now “{ $after }”.
plan-since-mapping-new = New: { $items }.
plan-since-mapping-removed = No longer listed: { $items }.
plan-since-mapping-first = Set out for the first time since the { $round } round: { $parts }.
plan-since-mapping-same = The mapping's lists, stakeholder map and register are as they were at the { $round } round.

## The registers and tables

plan-actions-order = Actions are listed by priority, then by start date.
plan-actions-order-status = Actions are listed by priority, then by start date; those done or dropped come last.

# The consolidated tables' columns.
plan-column-action = Action
plan-column-owner = Owner
plan-column-partners = Partners
plan-column-timeline = Timeline
plan-column-status = Status
plan-column-priority = Priority
plan-column-budget = Budget
plan-column-budget-currency = Budget ({ $currency })
plan-column-funding = Funding
plan-column-indicator = Indicator
plan-column-start = Start
plan-column-due = Due
plan-column-type = Type
plan-column-baseline = Baseline
plan-column-latest = Latest value
plan-column-target = Target
plan-column-source = Source
plan-column-frequency = Frequency
plan-column-name = Name
plan-column-sector = Sector
plan-column-role = Role
plan-column-influence = Influence
plan-column-interest = Interest
plan-column-relationship = Relationship
plan-column-contact = Contact
plan-column-risk = Risk
plan-column-affected = Affected
plan-column-likelihood = Likelihood
plan-column-impact = Impact
plan-column-current-response = Current response
plan-column-evidence = Evidence
plan-column-mitigation = Mitigation

# An action's dates, in the Timeline column.
plan-timeline-range = { $start } to { $due }
plan-timeline-from = from { $start }
plan-timeline-by = by { $due }

# The budget table.
plan-column-area = Area
plan-column-costed = Costed actions
plan-column-cost = Cost
plan-column-secured = Secured
plan-column-applied = Applied for
plan-column-unfunded = Still to be found
plan-budget-total = Total
plan-budget-partial = This edition leaves out actions meant for the council only; the totals cover the actions shown here.
plan-budget-closed = { $count ->
    [one] The action already done or dropped is not counted.
   *[other] The { $count } actions already done or dropped are not counted.
}
plan-budget-others = { $count ->
    [one] { $count } further action relies on staff time or carries no cost.
   *[other] { $count } further actions rely on staff time or carry no cost.
}

# A sum of money: the amount written the city's way, and its currency ("EUR").
plan-money = { $currency } { $amount }

## Open points and sources

plan-open-questions = These questions still need an answer before the plan is complete:
plan-open-none = Every required question has an answer.
# A workbook's title before its open questions.
plan-open-workbook = { $title }:
plan-column-answered = Questions answered
plan-column-required = Required questions answered
# How many of how many, in the progress table and chart.
plan-of = { $done } of { $total }
plan-sources-intro = Practice from other cities that informed this plan:
# What a workbook's example of a city's practice calls the lesson it draws (as the workbooks'
# translations write it, before a space).
plan-example-lesson = Lesson:

## Answers in words

plan-yes = yes
plan-no = no
# A self-rating without a label for its point.
plan-scale-out-of = { $value } out of { $max }
plan-entries = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
# An answer of the city's own, beside the workbook's choices.
plan-other = Other: { $text }
# A question's label leading into its answer on the same line ("Budget: EUR 5,000").
plan-lead = { $label }:
# A label leading into the sentences that follow ("Stakeholder map. New: …").
plan-lead-sentence = { $label }.

# Lists in sentences: "a, b and c", and lists of items: "a; b".
plan-list-comma = {", "}
plan-list-and = { $first } and { $last }
# Three parts or more of one sentence: "a, b, and c".
plan-list-and-serial = { $first }, and { $last }
plan-list-semicolon = {"; "}
# Between a line and its note ("Open the desk: a note").
plan-list-colon = {": "}

## Where the plan shows where each line came from (--trace)

plan-trace-from = From: { $questions }.
plan-trace-source = Source

## Charts

plan-chart-progress = Progress per area
plan-chart-progress-value = { $percent }% ({ $done } of { $total })
plan-chart-stakeholders = Stakeholders by influence and interest
plan-chart-more = +{ $count } more
plan-level-high = High
plan-level-medium = Medium
plan-level-low = Low
plan-chart-axes = Interest → (influence ↑)
plan-chart-axes-unplaced = Interest → (influence ↑); { $count } without influence and interest not shown
plan-chart-timeline = Timeline of dated actions
plan-chart-more-in-table = +{ $count } more in the table
# The mermaid timeline of the markdown plan.
plan-gantt-title = Action timeline
plan-gantt-no-priority = No priority set
# A chart the Word document cannot draw.
plan-chart-not-drawn = ({ $chart }: not drawn, as this computer has no font for its labels.)

## The page and the document

plan-html-title = Action plan for { $city }
plan-html-footer = Action plan for { $city } · { $edition }
plan-page-of = Page { $page } of { $pages }
# The Word document's footer.
plan-docx-footer = { $edition } – page { $page } of { $pages }
# The names of the Word document's own styles (Word names its built-in ones itself).
plan-style-cover = Cover
plan-style-notice = Notice
plan-style-table-text = Table Text

## Errors (in the interface's language)

plan-error-unknown-workbook = there is no workbook `{ $id }`; the workbooks are: { $known }
plan-error-template = the plan template has an error: { $message } (check it against docs/plan-template.md)
plan-error-json = could not write the plan as JSON: { $error }
plan-error-docx = could not write the Word document: { $error }
plan-error-binary = a Word document is binary, not text: render it with plan::render_bytes
plan-error-template-for-docx = --template shapes the markdown and HTML plans; the Word document follows the built-in layout (leave out --template)
plan-error-unknown-chart = unknown chart `{ $name }`; charts are { $charts }
plan-error-indicator-chart = chart("indicator", n) needs the indicator's index in plan.since_last_round.indicators (loop.index0)
plan-error-unknown-message = there is no message `{ $id }` (the plan's messages are in locales/en/plan.ftl)
