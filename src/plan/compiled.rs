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

use crate::messages::Messages;
use crate::tr;

use super::escape;
use super::markdown::gantt;
use super::model::{Finding, Plan, SinceLastRound, TableRow};
use super::template::MARKER;
use super::words::{W, Words};

/// The plan as the built-in template writes it; `None` when the interpreter must say why not.
/// With `html`, charts are markers for the HTML renderer (the template's `format == "html"`).
pub fn render(plan: &Plan, html: bool) -> Option<String> {
    let words = &*plan.words;
    let separator = |which| escape::separator(words.text(which));
    let mut out = Doc {
        text: String::with_capacity(64 * 1024),
        trace: plan.trace,
        words,
        messages: words.messages,
        comma: separator(W::ListComma),
        semicolon: separator(W::ListSemicolon),
        colon: separator(W::ListColon),
    };
    let m = words.messages;
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
            out.raw("*");
            out.value(&tr!(in m; "plan-trace-from", questions = chapter.questions.join(", ")));
            out.raw("*\n\n");
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
struct Doc<'w> {
    text: String,
    /// `plan.trace`: where each line came from is shown.
    trace: bool,
    words: &'w Words,
    messages: &'static Messages,
    /// The template's `punct.comma`, `punct.semicolon` and `punct.colon`.
    comma: String,
    semicolon: String,
    colon: String,
}

impl Doc<'_> {
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

    /// `{{ t(id) }}`: a message without values.
    fn text(&mut self, id: &str) {
        let text = self.messages.text(id);
        self.value(&text);
    }

    /// `prefix {{ t(id) }}` and a blank line: a heading.
    fn heading(&mut self, prefix: &str, id: &str) {
        self.raw(prefix);
        self.text(id);
        self.raw("\n\n");
    }

    /// A separator of the template's `punct`.
    fn separator(&mut self, which: W) {
        let separator = match which {
            W::ListComma => &self.comma,
            W::ListSemicolon => &self.semicolon,
            _ => &self.colon,
        };
        self.text.push_str(separator);
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

    /// `- **label** value`: a line of the cover.
    fn cover_line(&mut self, label: &str, value: &str) {
        self.raw("- **");
        self.text(label);
        self.raw("** ");
        self.value(value);
        self.raw("\n");
    }

    fn cover(&mut self, plan: &Plan) {
        let m = self.messages;
        self.raw("# ");
        self.value(&tr!(in m; "plan-title", city = &plan.city));
        self.raw("\n\n");
        self.cover_line("plan-cover-status", &plan.status_label);
        self.cover_line("plan-cover-version", &plan.version);
        self.cover_line("plan-cover-date", &plan.date_text);
        if let Some(round) = &plan.round {
            let value = tr!(in m; "plan-cover-round-value", round = &round.label, closed = &round.closed_text);
            self.cover_line("plan-cover-round", &value);
        }
        self.cover_line("plan-cover-prepared-by", &plan.prepared_by);
        if let Some(country) = plan.country.as_deref().filter(|c| !c.is_empty()) {
            self.cover_line("plan-cover-country", country);
        }
        if plan.audience != "all" {
            let value = tr!(in m; "plan-cover-scope-value", audience = &plan.prepared_for);
            self.cover_line("plan-cover-scope", &value);
        }
        self.cover_line("plan-cover-built-from", &plan.track_phrase);
        let edition = tr!(in m; "plan-cover-edition-value", edition = &plan.edition.title, notice = &plan.edition.notice);
        self.cover_line("plan-cover-edition", &edition);
        self.raw("\n");
        if plan.withheld.count > 0 {
            self.raw("> ");
            self.value(&plan.withheld.description);
            self.sources(&plan.withheld.questions);
            self.raw("\n\n");
        }
    }

    fn summary(&mut self, plan: &Plan) -> Option<()> {
        let summary = &plan.summary;
        self.heading("## ", "plan-heading-summary");
        self.value(&summary.opening);
        self.raw("\n\n");
        if let Some(progress) = summary.progress.as_deref().filter(|p| !p.is_empty()) {
            self.value(progress);
            self.raw("\n\n");
        }
        if !summary.need.is_empty() {
            self.heading("### ", "plan-heading-need");
            self.findings(&summary.need);
        }
        if !summary.objectives.is_empty() {
            self.heading("### ", "plan-heading-objectives");
            self.findings(&summary.objectives);
        }
        if !summary.priorities.is_empty() {
            self.heading("### ", "plan-heading-priorities");
            for (index, action) in summary.priorities.iter().enumerate() {
                self.priority(index + 1, action)?;
            }
            self.raw("\n");
        }
        if let Some(cost) = summary.cost.as_deref().filter(|c| !c.is_empty()) {
            self.heading("### ", "plan-heading-cost");
            self.value(cost);
            self.raw("\n\n");
        }
        if !summary.decisions.is_empty() {
            self.heading("### ", "plan-heading-decisions");
            self.text(if plan.status == "adopted" {
                "plan-decisions-adopted"
            } else {
                "plan-decisions-asked"
            });
            self.raw("\n\n");
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
                self.separator(W::ListComma);
            }
            self.value(cell("timeline")?);
            if set("cost") && (set("owner") || set("timeline")) {
                self.separator(W::ListSemicolon);
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
        let m = self.messages;
        let label = &since.round.label;
        let words = self.words;
        let list = |items: &[String]| words.list(items);
        self.heading("## ", "plan-heading-since");
        self.value(&since.opening);
        self.raw("\n\n");
        if !plan.actions.is_empty() || !since.removed_actions.is_empty() {
            self.heading("### ", "plan-heading-since-actions");
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
                            self.separator(W::ListComma);
                        }
                        self.value(cell("timeline")?);
                        self.raw(")");
                    }
                    if let Some(note) = cell("progress_note").filter(|n| !n.is_empty()) {
                        self.separator(W::ListColon);
                        self.value(note);
                    }
                    self.sources(&action.questions);
                    self.raw("\n");
                }
                self.raw("\n");
            }
            if !since.removed_actions.is_empty() {
                let actions = list(&since.removed_actions);
                self.value(
                    &tr!(in m; "plan-since-removed-actions", round = label, actions = actions),
                );
                self.raw("\n\n");
            }
        }
        if !since.indicators.is_empty()
            || !since.unmeasured_indicators.is_empty()
            || !since.removed_indicators.is_empty()
        {
            self.heading("### ", "plan-heading-since-indicators");
            if !since.indicators.is_empty() {
                self.raw("| ");
                self.text("plan-column-indicator");
                self.raw(" | ");
                self.text("plan-column-baseline");
                self.raw(" | ");
                self.value(&self.words.fill(W::RoundColumn, &[label]));
                self.raw(" | ");
                self.text("plan-column-latest");
                self.raw(" | ");
                self.text("plan-column-target");
                self.raw(" | ");
                self.text("plan-column-standing");
                self.raw(" |\n| --- | --- | --- | --- | --- | --- |\n");
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
                let indicators = list(&since.unmeasured_indicators);
                self.value(&if since.indicators.is_empty() {
                    tr!(in m; "plan-since-none-measured", indicators = indicators)
                } else {
                    tr!(in m; "plan-since-unmeasured", indicators = indicators)
                });
                self.raw("\n\n");
            }
            if !since.removed_indicators.is_empty() {
                let indicators = list(&since.removed_indicators);
                self.value(&tr!(in m; "plan-since-removed-indicators", round = label, indicators = indicators));
                self.raw("\n\n");
            }
        }
        if since.mapping_compared {
            self.heading("### ", "plan-heading-since-mapping");
            for change in &since.mapping {
                self.raw("- **");
                self.value(&change.lead);
                self.raw("**");
                if change.after.as_deref().is_some_and(|a| !a.is_empty()) {
                    self.raw(" ");
                    self.value(&tr!(in m; "plan-since-mapping-changed",
                        before = change.before.as_deref().unwrap_or_default(),
                        round = label,
                        after = change.after.as_deref().unwrap_or_default()));
                }
                if !change.added.is_empty() {
                    self.raw(" ");
                    self.value(&tr!(in m; "plan-since-mapping-new", items = list(&change.added)));
                }
                if !change.removed.is_empty() {
                    self.raw(" ");
                    self.value(
                        &tr!(in m; "plan-since-mapping-removed", items = list(&change.removed)),
                    );
                }
                self.sources(&change.questions);
                self.raw("\n");
            }
            if !since.mapping.is_empty() {
                self.raw("\n");
            }
            if !since.new_mapping_parts.is_empty() {
                let parts = list(&since.new_mapping_parts);
                self.value(&tr!(in m; "plan-since-mapping-first", round = label, parts = parts));
                self.raw("\n\n");
            }
            if since.mapping.is_empty() && since.new_mapping_parts.is_empty() {
                self.value(&tr!(in m; "plan-since-mapping-same", round = label));
                self.raw("\n\n");
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
            self.raw(" ");
            self.text("plan-trace-source");
            self.raw(" |");
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
            self.heading("## ", "plan-heading-risks");
            self.rows_table(plan, "risks", &plan.risks)?;
        }
        if !plan.governance.is_empty() {
            self.heading("## ", "plan-heading-governance");
            self.findings(&plan.governance);
        }
        if !plan.actions.is_empty() {
            self.heading("## ", "plan-heading-actions");
            let status = plan
                .columns
                .get("actions")
                .is_some_and(|columns| columns.iter().any(|c| c.id == "status"));
            self.heading(
                "",
                if status {
                    "plan-actions-order-status"
                } else {
                    "plan-actions-order"
                },
            );
            self.rows_table(plan, "actions", &plan.actions)?;
            let timeline = gantt(&plan.actions, self.words);
            if !timeline.is_empty() {
                self.heading("### ", "plan-heading-timeline");
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
            self.heading("## ", "plan-heading-monitoring");
            if !plan.indicators.is_empty() {
                self.rows_table(plan, "indicators", &plan.indicators)?;
            }
            if !plan.review.is_empty() {
                self.heading("### ", "plan-heading-review");
                self.findings(&plan.review);
            }
        }
        if !plan.delivery_risks.is_empty() {
            self.heading("## ", "plan-heading-delivery-risks");
            self.rows_table(plan, "delivery_risks", &plan.delivery_risks)?;
        }
        if !plan.stakeholders.is_empty() {
            self.heading("## ", "plan-heading-stakeholders");
            if html {
                self.chart("stakeholders");
                self.raw("\n\n");
            }
            self.rows_table(plan, "stakeholders", &plan.stakeholders)?;
        }
        Some(())
    }

    fn budget(&mut self, plan: &Plan) {
        let m = self.messages;
        let budget = &plan.budget;
        if !budget.costed {
            return;
        }
        self.heading("## ", "plan-heading-budget");
        self.raw("|");
        for column in super::tables::BUDGET_COLUMNS {
            self.raw(" ");
            self.text(column);
            self.raw(" |");
        }
        self.raw("\n| --- | --- | --- | --- | --- | --- |\n");
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
        self.raw("| **");
        self.value(&total.title);
        self.raw("** | **");
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
            self.heading("", "plan-budget-partial");
        }
        if budget.closed_actions > 0 {
            self.value(&tr!(in m; "plan-budget-closed", count = budget.closed_actions));
            self.raw("\n\n");
        }
        if total.other_actions > 0 {
            self.value(&tr!(in m; "plan-budget-others", count = total.other_actions));
            self.raw("\n\n");
        }
    }

    fn open_points(&mut self, plan: &Plan, html: bool) {
        if plan.edition.name == "public" {
            return;
        }
        self.heading("## ", "plan-heading-open");
        if plan.open_questions.is_empty() {
            self.heading("", "plan-open-none");
        } else {
            self.heading("", "plan-open-questions");
            for workbook in &plan.open_questions {
                self.raw("- **");
                self.value(&self.words.fill(W::OpenWorkbook, &[&workbook.title]));
                self.raw("** ");
                for (index, question) in workbook.questions.iter().enumerate() {
                    self.value(&question.label);
                    self.source(&question.id);
                    if index + 1 < workbook.questions.len() {
                        self.separator(W::ListSemicolon);
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
        self.raw("| ");
        self.text("plan-column-area");
        self.raw(" | ");
        self.text("plan-column-answered");
        self.raw(" | ");
        self.text("plan-column-required");
        self.raw(" |\n| --- | --- | --- |\n");
        for area in &plan.progress {
            let p = &area.progress;
            self.raw("| ");
            self.value(&area.title);
            self.raw(" | ");
            let of = |done: usize, total: usize| {
                self.words
                    .fill(W::Of, &[&done.to_string(), &total.to_string()])
            };
            let (answered, required) = (
                of(p.answered, p.relevant),
                of(p.required_answered, p.required),
            );
            self.value(&answered);
            self.raw(" | ");
            self.value(&required);
            self.raw(" |\n");
        }
        self.raw("\n");
    }

    fn examples(&mut self, plan: &Plan) {
        if plan.examples.is_empty() {
            return;
        }
        self.heading("## ", "plan-heading-sources");
        self.heading("", "plan-sources-intro");
        for example in &plan.examples {
            self.raw("- **");
            self.value(&example.city);
            self.raw("**");
            if let Some(country) = example.country.as_deref().filter(|c| !c.is_empty()) {
                self.raw(" (");
                self.value(country);
                self.raw(")");
            }
            self.separator(W::ListColon);
            self.value(&example.text);
            self.raw(" ");
            self.raw(&escape::link(&example.source));
            self.sources(&example.cited_by);
            self.raw("\n");
        }
    }
}
