//! The built-in template (`templates/plan.md.j2`) written as Rust: what minijinja makes of it,
//! without interpreting it at every run. Interpreting took about half of an HTML plan's time.
//!
//! It mirrors the template line by line (block tags take the line break after them with them,
//! as the template's `trim_blocks` and `lstrip_blocks` say) and prints every value through the
//! same escaper, so its output is the interpreter's byte for byte: tests compare the two on
//! the demo and fixture cities in every edition and format, and on generated plans. A plan the
//! template would refuse (a table row without a column the table shows) gives `None`, and the
//! caller interprets the template to report it. A user's `--template` is always interpreted.
//!
//! Keep it in step with the template: the tests fail on any difference.

use super::escape;
use super::markdown::gantt;
use super::model::{Finding, Plan, SinceLastRound, TableRow};
use super::template::MARKER;

/// The plan as the built-in template writes it; `None` when the interpreter must say why not.
/// With `html`, charts are markers for the HTML renderer (the template's `format == "html"`).
pub fn render(plan: &Plan, html: bool) -> Option<String> {
    let mut out = Doc {
        text: String::with_capacity(64 * 1024),
        trace: plan.trace,
    };
    out.cover(plan);
    out.summary(plan)?;
    if let Some(since) = &plan.since_last_round {
        out.since_last_round(plan, since, html)?;
    }
    for chapter in &plan.chapters {
        out.raw("## ");
        out.value(&chapter.heading);
        out.raw("\n\n");
        if plan.trace {
            out.raw("*From: ");
            out.value(&chapter.questions.join(", "));
            out.raw(".*\n\n");
        }
        if let Some(intro) = chapter.intro.as_deref().filter(|i| !i.is_empty()) {
            out.text.extend(intro.chars().filter(|c| *c != MARKER));
            out.raw("\n\n");
        }
        for section in &chapter.sections {
            out.raw("### ");
            out.value(&section.title);
            out.raw("\n\n");
            out.findings(&section.findings);
        }
    }
    out.registers(plan, html)?;
    out.open_points(plan, html);
    out.examples(plan);
    Some(out.text)
}

/// The document being written.
struct Doc {
    text: String,
    /// `plan.trace`: where each line came from is shown.
    trace: bool,
}

impl Doc {
    /// Template text, as it is.
    fn raw(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// `{{ value }}`: escaped for markdown, as the template's formatter does.
    fn value(&mut self, value: &str) {
        self.text.push_str(&escape::markdown(value));
    }

    /// `{{ n }}` for a number.
    fn number(&mut self, n: usize) {
        self.value(&n.to_string());
    }

    /// The `source(ids)` macro: the question ids in brackets, with `--trace`.
    fn source(&mut self, ids: &str) {
        if self.trace {
            self.raw(" [");
            self.value(ids);
            self.raw("]");
        }
    }

    /// `source(list)`: the ids joined by ", ".
    fn sources(&mut self, ids: &[String]) {
        if self.trace {
            self.source(&ids.join(", "));
        }
    }

    fn cover(&mut self, plan: &Plan) {
        self.raw("# ");
        self.value(&plan.city);
        self.raw(": action plan on hate, extremism and polarisation\n\n- **Status:** ");
        self.value(&plan.status_label);
        self.raw("\n- **Version:** ");
        self.value(&plan.version);
        self.raw("\n- **Date:** ");
        self.value(&plan.date_text);
        self.raw("\n");
        if let Some(round) = &plan.round {
            self.raw("- **Round:** ");
            self.value(&round.label);
            self.raw(", the answers as they stood when the round closed on ");
            self.value(&round.closed_text);
            self.raw("\n");
        }
        self.raw("- **Prepared by:** ");
        self.value(&plan.prepared_by);
        self.raw("\n");
        if let Some(country) = plan.country.as_deref().filter(|c| !c.is_empty()) {
            self.raw("- **Country:** ");
            self.value(country);
            self.raw("\n");
        }
        if plan.audience != "all" {
            self.raw("- **Scope:** the questions for ");
            self.value(&plan.prepared_for);
            self.raw("\n");
        }
        self.raw("- **Built from:** ");
        self.value(&plan.track_phrase);
        self.raw("\n- **Edition:** ");
        self.value(&plan.edition.title);
        self.raw(", ");
        self.value(&plan.edition.notice);
        self.raw("\n\n");
        if plan.withheld.count > 0 {
            self.raw("> ");
            self.value(&plan.withheld.description);
            self.sources(&plan.withheld.questions);
            self.raw("\n\n");
        }
    }

    fn summary(&mut self, plan: &Plan) -> Option<()> {
        let summary = &plan.summary;
        self.raw("## Executive summary\n\n");
        self.value(&summary.opening);
        self.raw("\n\n");
        if let Some(progress) = summary.progress.as_deref().filter(|p| !p.is_empty()) {
            self.value(progress);
            self.raw("\n\n");
        }
        if !summary.need.is_empty() {
            self.raw("### The need\n\n");
            self.findings(&summary.need);
        }
        if !summary.objectives.is_empty() {
            self.raw("### Objectives\n\n");
            self.findings(&summary.objectives);
        }
        if !summary.priorities.is_empty() {
            self.raw("### Priority actions\n\n");
            for (index, action) in summary.priorities.iter().enumerate() {
                self.priority(index + 1, action)?;
            }
            self.raw("\n");
        }
        if let Some(cost) = summary.cost.as_deref().filter(|c| !c.is_empty()) {
            self.raw("### Cost and funding\n\n");
            self.value(cost);
            self.raw("\n\n");
        }
        if !summary.decisions.is_empty() {
            self.raw("### Decisions for the council\n\n");
            self.raw(if plan.status == "adopted" {
                "The council has decided to:\n"
            } else {
                "The council is asked to:\n"
            });
            self.raw("\n");
            for (index, decision) in summary.decisions.iter().enumerate() {
                self.number(index + 1);
                self.raw(". ");
                self.value(decision);
                self.raw("\n");
            }
            self.raw("\n");
        }
        Some(())
    }

    /// `1. **Action** (owner, timeline; cost)`: the parts the row has. `None` when a part the
    /// template prints is missing from the row (the template refuses to print it).
    fn priority(&mut self, index: usize, action: &TableRow) -> Option<()> {
        let cell = |key: &str| action.cells.get(key).map(String::as_str);
        let set = |key: &str| cell(key).is_some_and(|v| !v.is_empty());
        self.number(index);
        self.raw(". **");
        self.value(cell("action")?);
        self.raw("**");
        if set("owner") || set("timeline") || set("cost") {
            self.raw(" (");
            if let Some(owner) = cell("owner").filter(|o| !o.is_empty()) {
                self.value(owner);
            }
            if set("owner") && set("timeline") {
                self.raw(", ");
            }
            self.value(cell("timeline")?);
            if set("cost") && (set("owner") || set("timeline")) {
                self.raw("; ");
            }
            self.value(cell("cost")?);
            self.raw(")");
        }
        self.sources(&action.questions);
        self.raw("\n");
        Some(())
    }

    /// The chapter "Progress since the last round". `None` where the template would refuse a
    /// row (an action without the owner or timeline it prints).
    fn since_last_round(&mut self, plan: &Plan, since: &SinceLastRound, html: bool) -> Option<()> {
        let label = &since.round.label;
        self.raw("## Progress since the last round\n\n");
        self.value(&since.opening);
        self.raw("\n\n");
        if !plan.actions.is_empty() || !since.removed_actions.is_empty() {
            self.raw("### Actions\n\n");
            self.value(&since.actions_sentence);
            self.raw("\n\n");
            for group in &since.action_groups {
                self.raw("**");
                self.value(&group.label);
                self.raw("**\n\n");
                for action in &group.actions {
                    let cell = |key: &str| action.cells.get(key).map(String::as_str);
                    let set = |key: &str| cell(key).is_some_and(|v| !v.is_empty());
                    self.raw("- ");
                    self.value(cell("action")?);
                    if set("owner") || set("timeline") {
                        self.raw(" (");
                        self.value(cell("owner")?);
                        if set("owner") && set("timeline") {
                            self.raw(", ");
                        }
                        self.value(cell("timeline")?);
                        self.raw(")");
                    }
                    if let Some(note) = cell("progress_note").filter(|n| !n.is_empty()) {
                        self.raw(": ");
                        self.value(note);
                    }
                    self.sources(&action.questions);
                    self.raw("\n");
                }
                self.raw("\n");
            }
            if !since.removed_actions.is_empty() {
                self.raw("No longer in the plan since the ");
                self.value(label);
                self.raw(" round: ");
                self.value(&since.removed_actions.join("; "));
                self.raw(".\n\n");
            }
        }
        if !since.indicators.is_empty()
            || !since.unmeasured_indicators.is_empty()
            || !since.removed_indicators.is_empty()
        {
            self.raw("### Indicators\n\n");
            if !since.indicators.is_empty() {
                self.raw("| Indicator | Baseline | ");
                self.value(label);
                self.raw(" round | Latest value | Target | Where it stands |\n| --- | --- | --- | --- | --- | --- |\n");
                for indicator in &since.indicators {
                    self.raw("| ");
                    self.value(&indicator.indicator);
                    self.sources(&indicator.questions);
                    for cell in [
                        &indicator.baseline,
                        &indicator.previous,
                        &indicator.latest,
                        &indicator.target,
                        &indicator.standing,
                    ] {
                        self.raw(" | ");
                        self.value(cell);
                    }
                    self.raw(" |\n");
                }
                self.raw("\n");
                if html {
                    for (index, indicator) in since.indicators.iter().enumerate() {
                        if indicator.chart.is_some() {
                            self.chart(&format!("indicator:{index}"));
                            self.raw("\n\n");
                        }
                    }
                }
            }
            if !since.unmeasured_indicators.is_empty() {
                self.value(if since.indicators.is_empty() {
                    "No indicator has a measured value yet"
                } else {
                    "Not measured yet"
                });
                self.raw(": ");
                self.value(&since.unmeasured_indicators.join("; "));
                self.raw(".\n\n");
            }
            if !since.removed_indicators.is_empty() {
                self.raw("No longer followed since the ");
                self.value(label);
                self.raw(" round: ");
                self.value(&since.removed_indicators.join("; "));
                self.raw(".\n\n");
            }
        }
        if since.mapping_compared {
            self.raw("### What changed in the mapping\n\n");
            for change in &since.mapping {
                self.raw("- **");
                self.value(&change.lead);
                self.raw("**");
                if change.after.as_deref().is_some_and(|a| !a.is_empty()) {
                    self.raw(" “");
                    self.value(change.before.as_deref().unwrap_or_default());
                    self.raw("” at the ");
                    self.value(label);
                    self.raw(" round, now “");
                    self.value(change.after.as_deref().unwrap_or_default());
                    self.raw("”.");
                }
                if !change.added.is_empty() {
                    self.raw(" New: ");
                    self.value(&change.added.join("; "));
                    self.raw(".");
                }
                if !change.removed.is_empty() {
                    self.raw(" No longer listed: ");
                    self.value(&change.removed.join("; "));
                    self.raw(".");
                }
                self.sources(&change.questions);
                self.raw("\n");
            }
            if !since.mapping.is_empty() {
                self.raw("\n");
            }
            if !since.new_mapping_parts.is_empty() {
                self.raw("Set out for the first time since the ");
                self.value(label);
                self.raw(" round: ");
                self.value(&since.new_mapping_parts.join("; "));
                self.raw(".\n\n");
            }
            if since.mapping.is_empty() && since.new_mapping_parts.is_empty() {
                self.raw(
                    "The mapping's lists, stakeholder map and register are as they were at the ",
                );
                self.value(label);
                self.raw(" round.\n\n");
            }
        }
        Some(())
    }

    /// The `finding(f)` macro, for each finding.
    fn findings(&mut self, findings: &[Finding]) {
        for finding in findings {
            self.finding(finding);
        }
    }

    fn finding(&mut self, f: &Finding) {
        fn text(v: &Option<String>) -> Option<&str> {
            v.as_deref().filter(|v| !v.is_empty())
        }
        if let Some(sentence) = text(&f.sentence) {
            self.value(sentence);
        } else if let Some(value) = text(&f.value) {
            self.raw("**");
            self.value(&f.lead);
            self.raw("** ");
            self.value(value);
        } else {
            self.raw("**");
            self.value(&f.label);
            self.raw("**");
        }
        self.source(&f.question);
        self.raw("\n\n");
        if !f.blocks.is_empty() {
            self.raw(&escape::markdown_blocks(&f.blocks));
            self.raw("\n\n");
        }
        for item in &f.items {
            self.raw("- ");
            self.value(item);
            self.raw("\n");
        }
        if !f.items.is_empty() {
            self.raw("\n");
        }
        if let Some(table) = &f.table {
            self.raw("|");
            for column in &table.columns {
                self.raw(" ");
                self.value(column);
                self.raw(" |");
            }
            self.raw("\n|");
            for _ in &table.columns {
                self.raw(" --- |");
            }
            self.raw("\n");
            for row in &table.rows {
                self.raw("|");
                for cell in row {
                    self.raw(" ");
                    self.value(cell);
                    self.raw(" |");
                }
                self.raw("\n");
            }
            self.raw("\n");
        }
    }

    /// The `rows_table(name, rows)` macro, and the line break after its call. `None` when a
    /// row lacks a column the table shows, or a column is named like a row's own field: the
    /// template would print it differently or refuse it.
    fn rows_table(&mut self, plan: &Plan, name: &str, rows: &[TableRow]) -> Option<()> {
        let columns = plan.columns.get(name)?;
        if columns
            .iter()
            .any(|c| matches!(c.id.as_str(), "question" | "questions" | "workbook"))
        {
            return None;
        }
        self.raw("|");
        for column in columns {
            self.raw(" ");
            self.value(&column.heading);
            self.raw(" |");
        }
        if self.trace {
            self.raw(" Source |");
        }
        self.raw("\n|");
        for _ in columns {
            self.raw(" --- |");
        }
        if self.trace {
            self.raw(" --- |");
        }
        self.raw("\n");
        for row in rows {
            self.raw("|");
            for column in columns {
                self.raw(" ");
                self.value(row.cells.get(&column.id)?);
                self.raw(" |");
            }
            if self.trace {
                self.raw(" ");
                self.value(&row.questions.join(", "));
                self.raw(" |");
            }
            self.raw("\n");
        }
        self.raw("\n\n");
        Some(())
    }

    /// A chart where the HTML page draws it: the marker the HTML renderer replaces.
    fn chart(&mut self, name: &str) {
        self.text.push(MARKER);
        self.raw("chart:");
        self.raw(name);
        self.text.push(MARKER);
    }

    /// Risks, governance, actions, budget, monitoring, delivery risks and stakeholders.
    fn registers(&mut self, plan: &Plan, html: bool) -> Option<()> {
        if !plan.risks.is_empty() {
            self.raw("## Risk and needs register\n\n");
            self.rows_table(plan, "risks", &plan.risks)?;
        }
        if !plan.governance.is_empty() {
            self.raw("## Governance and reporting\n\n");
            self.findings(&plan.governance);
        }
        if !plan.actions.is_empty() {
            self.raw("## Action plan\n\nActions are listed by priority, then by start date");
            let status = plan
                .columns
                .get("actions")
                .is_some_and(|columns| columns.iter().any(|c| c.id == "status"));
            if status {
                self.raw("; those done or dropped come last");
            }
            self.raw(".\n\n");
            self.rows_table(plan, "actions", &plan.actions)?;
            let timeline = gantt(&plan.actions);
            if !timeline.is_empty() {
                self.raw("### Timeline\n\n");
                if html {
                    self.chart("timeline");
                    self.raw("\n");
                } else {
                    self.raw("```mermaid\n");
                    self.raw(&timeline);
                    self.raw("\n```\n");
                }
                self.raw("\n");
            }
        }
        self.budget(plan);
        if !plan.indicators.is_empty() || !plan.review.is_empty() {
            self.raw("## Monitoring, evaluation and learning\n\n");
            if !plan.indicators.is_empty() {
                self.rows_table(plan, "indicators", &plan.indicators)?;
            }
            if !plan.review.is_empty() {
                self.raw("### Review schedule\n\n");
                self.findings(&plan.review);
            }
        }
        if !plan.delivery_risks.is_empty() {
            self.raw("## Risks to delivery\n\n");
            self.rows_table(plan, "delivery_risks", &plan.delivery_risks)?;
        }
        if !plan.stakeholders.is_empty() {
            self.raw("## Stakeholder map\n\n");
            if html {
                self.chart("stakeholders");
                self.raw("\n\n");
            }
            self.rows_table(plan, "stakeholders", &plan.stakeholders)?;
        }
        Some(())
    }

    fn budget(&mut self, plan: &Plan) {
        let budget = &plan.budget;
        if !budget.costed {
            return;
        }
        self.raw("## Budget\n\n| Area | Costed actions | Cost | Secured | Applied for | Still to be found |\n| --- | --- | --- | --- | --- | --- |\n");
        for line in &budget.areas {
            self.raw("| ");
            self.value(&line.title);
            self.raw(" | ");
            self.number(line.costed_actions);
            for sum in [&line.total, &line.secured, &line.applied, &line.unfunded] {
                self.raw(" | ");
                self.value(sum);
            }
            self.raw(" |\n");
        }
        let total = &budget.total;
        self.raw("| **Total** | **");
        self.number(total.costed_actions);
        for sum in [
            &total.total,
            &total.secured,
            &total.applied,
            &total.unfunded,
        ] {
            self.raw("** | **");
            self.value(sum);
        }
        self.raw("** |\n\n");
        if budget.partial {
            self.raw("This edition leaves out actions meant for the council only; the totals cover the actions shown here.\n\n");
        }
        if budget.closed_actions > 0 {
            self.value(&if budget.closed_actions == 1 {
                "The action already done or dropped is".to_string()
            } else {
                format!(
                    "The {} actions already done or dropped are",
                    budget.closed_actions
                )
            });
            self.raw(" not counted.\n\n");
        }
        if total.other_actions > 0 {
            let one = total.other_actions == 1;
            self.number(total.other_actions);
            self.raw(" further ");
            self.value(if one { "action relies" } else { "actions rely" });
            self.raw(" on staff time or ");
            self.value(if one { "carries" } else { "carry" });
            self.raw(" no cost.\n\n");
        }
    }

    fn open_points(&mut self, plan: &Plan, html: bool) {
        if plan.edition.name == "public" {
            return;
        }
        self.raw("## Open points\n\n");
        if plan.open_questions.is_empty() {
            self.raw("Every required question has an answer.\n\n");
        } else {
            self.raw("These questions still need an answer before the plan is complete:\n\n");
            for workbook in &plan.open_questions {
                self.raw("- **");
                self.value(&workbook.title);
                self.raw(":** ");
                for (index, question) in workbook.questions.iter().enumerate() {
                    self.value(&question.label);
                    self.source(&question.id);
                    if index + 1 < workbook.questions.len() {
                        self.raw("; ");
                    }
                }
                self.raw("\n");
            }
            self.raw("\n");
        }
        if html {
            self.chart("progress");
            self.raw("\n\n");
        }
        self.raw(
            "| Area | Questions answered | Required questions answered |\n| --- | --- | --- |\n",
        );
        for area in &plan.progress {
            let progress = &area.progress;
            self.raw("| ");
            self.value(&area.title);
            self.raw(" | ");
            self.number(progress.answered);
            self.raw(" of ");
            self.number(progress.relevant);
            self.raw(" | ");
            self.number(progress.required_answered);
            self.raw(" of ");
            self.number(progress.required);
            self.raw(" |\n");
        }
        self.raw("\n");
    }

    fn examples(&mut self, plan: &Plan) {
        if plan.examples.is_empty() {
            return;
        }
        self.raw("## Sources\n\nPractice from other cities that informed this plan:\n\n");
        for example in &plan.examples {
            self.raw("- **");
            self.value(&example.city);
            self.raw("**");
            if let Some(country) = example.country.as_deref().filter(|c| !c.is_empty()) {
                self.raw(" (");
                self.value(country);
                self.raw(")");
            }
            self.raw(": ");
            self.value(&example.text);
            self.raw(" ");
            self.raw(&escape::link(&example.source));
            self.sources(&example.cited_by);
            self.raw("\n");
        }
    }
}
