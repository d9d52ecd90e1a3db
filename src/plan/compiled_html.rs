//! The built-in template written as Rust that writes the HTML page's body directly: what
//! comrak makes of [`super::compiled`]'s markdown, without writing the markdown and parsing it
//! again. Parsing the demo plan's 70 KB of markdown was a quarter of `plan --format html`.
//!
//! Every value the template prints is escaped text, so it is written as comrak writes text;
//! only what the workbooks write in markdown (a chapter's opening) and what the user typed as
//! paragraphs and lists (a finding's blocks), and the list of sources with its links, are
//! handed to comrak, each on its own. Tests compare the page with the one comrak makes of the
//! whole markdown, byte for byte, on the demo and fixture cities in every edition and on
//! generated plans. `None` where the markdown path must decide: a plan the template would
//! refuse, or a chapter opening that could reach past its own end.
//!
//! Keep it in step with [`super::compiled`]: the tests fail on any difference.

use comrak::{Arena, format_html, parse_document};

use super::escape::{self, one_line};
use super::html;
use super::markdown::gantt;
use super::model::{Finding, Plan, SinceLastRound, TableRow};
use super::template::MARKER;

/// The page's body (its sections) as the built-in template and comrak would make it.
pub fn body(plan: &Plan) -> Option<String> {
    if !html::intros_stay_in_place(plan)
        || plan
            .chapters
            .iter()
            .filter_map(|c| c.intro.as_deref())
            .any(|intro| intro.contains('|'))
    {
        return None;
    }
    let mut page = Page {
        out: String::with_capacity(128 * 1024),
        section: String::with_capacity(32 * 1024),
        heading: false,
        wide: false,
        trace: plan.trace,
        list: None,
    };
    page.cover(plan);
    page.summary(plan)?;
    if let Some(since) = &plan.since_last_round {
        page.since_last_round(plan, since)?;
    }
    for chapter in &plan.chapters {
        page.chapter(&chapter.heading);
        if plan.trace {
            page.open("<p><em>From: ");
            page.text(&chapter.questions.join(", "));
            page.close(".</em></p>\n");
        }
        if let Some(intro) = chapter.intro.as_deref().filter(|i| !i.is_empty()) {
            let intro: String = intro.chars().filter(|c| *c != MARKER).collect();
            page.markdown(&intro);
        }
        for section in &chapter.sections {
            page.block("h3", &section.title);
            page.findings(&section.findings);
        }
    }
    page.registers(plan)?;
    page.open_points(plan);
    page.examples(plan);
    page.end_section();
    Some(page.out)
}

/// The body being written: finished sections, and the one being written.
struct Page {
    out: String,
    section: String,
    /// Whether the section starts with a chapter heading, and holds a table too wide for a
    /// portrait page.
    heading: bool,
    wide: bool,
    trace: bool,
    /// The list being written (`ul` or `ol`), which the next block that is not one of its
    /// items closes.
    list: Option<&'static str>,
}

/// Text as comrak writes it: `&`, `<`, `>` and `"` as entities.
fn push_escaped(out: &mut String, text: &str) {
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => continue,
        };
        out.push_str(&text[start..i]);
        out.push_str(entity);
        start = i + 1;
    }
    out.push_str(&text[start..]);
}

/// What a value reads as once its markdown is parsed: one line, without the spaces around it.
fn cleaned(value: &str) -> std::borrow::Cow<'_, str> {
    let line = one_line(value);
    if line.len() == value.len() && line.trim().len() == value.len() {
        std::borrow::Cow::Borrowed(value)
    } else {
        std::borrow::Cow::Owned(line.trim().to_string())
    }
}

impl Page {
    /// Markup, as it is.
    fn open(&mut self, markup: &str) {
        self.end_list();
        self.section.push_str(markup);
    }

    /// Markup inside a block.
    fn close(&mut self, markup: &str) {
        self.section.push_str(markup);
    }

    /// A value, escaped.
    fn text(&mut self, value: &str) {
        push_escaped(&mut self.section, &cleaned(value));
    }

    /// `**value**`: strong, unless the value is empty (four asterisks are text).
    fn strong(&mut self, value: &str) {
        let value = cleaned(value);
        if value.is_empty() {
            self.section.push_str("****");
        } else {
            self.section.push_str("<strong>");
            push_escaped(&mut self.section, &value);
            self.section.push_str("</strong>");
        }
    }

    /// A block holding one value: `<p>`, `<h3>`.
    fn block(&mut self, tag: &str, value: &str) {
        let value = cleaned(value);
        if value.is_empty() && tag == "p" {
            self.end_list();
            return;
        }
        self.open("<");
        self.close(tag);
        self.close(">");
        push_escaped(&mut self.section, &value);
        self.close("</");
        self.close(tag);
        self.close(">\n");
    }

    /// Starts an item of a `ul` or `ol` list, opening the list if it is not open.
    fn item(&mut self, list: &'static str) {
        if self.list != Some(list) {
            self.end_list();
            self.section.push('<');
            self.section.push_str(list);
            self.section.push_str(">\n");
            self.list = Some(list);
        }
        self.section.push_str("<li>");
    }

    /// Ends a list item; comrak drops the spaces an item's text ends with.
    fn end_item(&mut self) {
        while self.section.ends_with(' ') && !self.section.ends_with("<li> ") {
            self.section.pop();
        }
        self.section.push_str("</li>\n");
    }

    /// A paragraph written by `write`, without the spaces it starts and ends with, and
    /// nothing at all when it is empty, as comrak writes it.
    fn para(&mut self, write: impl FnOnce(&mut Page)) {
        self.end_list();
        let start = self.section.len();
        self.section.push_str("<p>");
        let inner = self.section.len();
        write(self);
        let leading =
            self.section[inner..].len() - self.section[inner..].trim_start_matches(' ').len();
        self.section.replace_range(inner..inner + leading, "");
        while self.section.len() > inner && self.section.ends_with(' ') {
            self.section.pop();
        }
        if self.section.len() == inner {
            self.section.truncate(start);
        } else {
            self.section.push_str("</p>\n");
        }
    }

    /// Ends a list the next block does not continue.
    fn end_list(&mut self) {
        if let Some(list) = self.list.take() {
            self.section.push_str("</");
            self.section.push_str(list);
            self.section.push_str(">\n");
        }
    }

    /// `## heading`: a new section.
    fn chapter(&mut self, heading: &str) {
        self.end_section();
        self.heading = true;
        self.block("h2", heading);
    }

    /// Closes the section being written, with its class, its words marked and its tables in
    /// their scroll boxes.
    fn end_section(&mut self) {
        self.end_list();
        if !self.section.is_empty() {
            html::push_section(&mut self.out, &self.section, self.heading, self.wide);
        }
        self.section.clear();
        self.heading = false;
        self.wide = false;
    }

    /// Markdown written by a workbook or typed by the user (already escaped), as comrak
    /// makes it into HTML on its own.
    fn markdown(&mut self, markdown: &str) {
        self.end_list();
        let options = html::options();
        let arena = Arena::new();
        let root = parse_document(&arena, markdown, &options);
        // Writing to a String cannot fail.
        let _ = format_html(root, &options, &mut self.section);
    }

    /// What the user typed as paragraphs and lists, as comrak makes [`escape::markdown_blocks`]
    /// into HTML: a paragraph's lines joined by line breaks, each list its own (the markdown
    /// keeps two lists of one kind apart), empty lines and items left out.
    fn blocks(&mut self, blocks: &[escape::Block]) {
        for block in blocks {
            match block {
                escape::Block::Paragraph { lines } => {
                    let lines: Vec<std::borrow::Cow<str>> = lines
                        .iter()
                        .map(|l| cleaned(l))
                        .filter(|l| !l.is_empty())
                        .collect();
                    if lines.is_empty() {
                        continue;
                    }
                    self.open("<p>");
                    for (index, line) in lines.iter().enumerate() {
                        if index > 0 {
                            self.section.push_str("<br />\n");
                        }
                        push_escaped(&mut self.section, line);
                    }
                    self.close("</p>\n");
                }
                escape::Block::List { ordered, items } => {
                    let items: Vec<std::borrow::Cow<str>> = items
                        .iter()
                        .map(|i| cleaned(i))
                        .filter(|i| !i.is_empty())
                        .collect();
                    if items.is_empty() {
                        continue;
                    }
                    let tag = if *ordered { "ol" } else { "ul" };
                    self.end_list();
                    self.section.push('<');
                    self.section.push_str(tag);
                    self.section.push_str(">\n");
                    for item in &items {
                        self.section.push_str("<li>");
                        push_escaped(&mut self.section, item);
                        self.section.push_str("</li>\n");
                    }
                    self.section.push_str("</");
                    self.section.push_str(tag);
                    self.section.push_str(">\n");
                }
            }
        }
    }

    /// A table of `columns` headings and rows of cells.
    fn table<'a, R, C>(&mut self, columns: &[&str], rows: R)
    where
        R: IntoIterator<Item = C>,
        C: IntoIterator<Item = &'a str>,
    {
        self.table_with(columns, rows, None);
    }

    /// A table whose row `strong` (if any) has each cell in bold.
    fn table_with<'a, R, C>(&mut self, columns: &[&str], rows: R, strong: Option<usize>)
    where
        R: IntoIterator<Item = C>,
        C: IntoIterator<Item = &'a str>,
    {
        self.open("<table>\n<thead>\n<tr>\n");
        for column in columns {
            self.close("<th>");
            self.text(column);
            self.close("</th>\n");
        }
        self.close("</tr>\n</thead>\n");
        let mut body = false;
        for (index, row) in rows.into_iter().enumerate() {
            if !body {
                self.close("<tbody>\n");
                body = true;
            }
            self.close("<tr>\n");
            let mut cells = row.into_iter();
            for _ in columns {
                self.close("<td>");
                let cell = cells.next().unwrap_or_default();
                if strong == Some(index) {
                    self.strong(cell);
                } else {
                    self.text(cell);
                }
                self.close("</td>\n");
            }
            self.close("</tr>\n");
        }
        if body {
            self.close("</tbody>\n");
        }
        self.close("</table>\n");
        self.wide |= columns.len() >= html::WIDE_TABLE;
    }

    /// The `source(ids)` macro's text, with `--trace`.
    fn source(&mut self, ids: &str) {
        if self.trace {
            self.section.push_str(" [");
            push_escaped(&mut self.section, &cleaned(ids));
            self.section.push(']');
        }
    }

    fn sources(&mut self, ids: &[String]) {
        if self.trace {
            self.source(&ids.join(", "));
        }
    }

    /// A chart's marker in a paragraph of its own, which the page replaces with the picture.
    fn chart(&mut self, name: &str) {
        self.open("<p>");
        self.section.push(MARKER);
        self.section.push_str("chart:");
        self.section.push_str(name);
        self.section.push(MARKER);
        self.close("</p>\n");
    }

    fn cover(&mut self, plan: &Plan) {
        self.open("<h1>");
        self.text(&plan.city);
        self.close(": action plan on hate, extremism and polarisation</h1>\n");
        let line = |page: &mut Page, label: &str, value: &str| {
            page.item("ul");
            page.close("<strong>");
            page.close(label);
            page.close("</strong> ");
            page.text(value);
            page.end_item();
        };
        line(self, "Status:", &plan.status_label);
        line(self, "Version:", &plan.version);
        line(self, "Date:", &plan.date_text);
        if let Some(round) = &plan.round {
            self.item("ul");
            self.close("<strong>Round:</strong> ");
            self.text(&round.label);
            self.close(", the answers as they stood when the round closed on ");
            self.text(&round.closed_text);
            self.end_item();
        }
        line(self, "Prepared by:", &plan.prepared_by);
        if let Some(country) = plan.country.as_deref().filter(|c| !c.is_empty()) {
            line(self, "Country:", country);
        }
        if plan.audience != "all" {
            self.item("ul");
            self.close("<strong>Scope:</strong> the questions for ");
            self.text(&plan.prepared_for);
            self.end_item();
        }
        line(self, "Built from:", &plan.track_phrase);
        self.item("ul");
        self.close("<strong>Edition:</strong> ");
        self.text(&plan.edition.title);
        self.close(", ");
        self.text(&plan.edition.notice);
        self.end_item();
        if plan.withheld.count > 0 {
            self.open("<blockquote>\n<p>");
            self.text(&plan.withheld.description);
            self.sources(&plan.withheld.questions);
            self.close("</p>\n</blockquote>\n");
        }
    }

    fn summary(&mut self, plan: &Plan) -> Option<()> {
        let summary = &plan.summary;
        self.chapter("Executive summary");
        self.block("p", &summary.opening);
        if let Some(progress) = summary.progress.as_deref().filter(|p| !p.is_empty()) {
            self.block("p", progress);
        }
        if !summary.need.is_empty() {
            self.block("h3", "The need");
            self.findings(&summary.need);
        }
        if !summary.objectives.is_empty() {
            self.block("h3", "Objectives");
            self.findings(&summary.objectives);
        }
        if !summary.priorities.is_empty() {
            self.block("h3", "Priority actions");
            for action in &summary.priorities {
                self.priority(action)?;
            }
        }
        if let Some(cost) = summary.cost.as_deref().filter(|c| !c.is_empty()) {
            self.block("h3", "Cost and funding");
            self.block("p", cost);
        }
        if !summary.decisions.is_empty() {
            self.block("h3", "Decisions for the council");
            self.block(
                "p",
                if plan.status == "adopted" {
                    "The council has decided to:"
                } else {
                    "The council is asked to:"
                },
            );
            for decision in &summary.decisions {
                self.item("ol");
                self.text(decision);
                self.end_item();
            }
        }
        Some(())
    }

    /// `1. **Action** (owner, timeline; cost)`, as [`super::compiled`] writes it.
    fn priority(&mut self, action: &TableRow) -> Option<()> {
        let cell = |key: &str| action.cells.get(key).map(String::as_str);
        let set = |key: &str| cell(key).is_some_and(|v| !v.is_empty());
        self.item("ol");
        self.strong(cell("action")?);
        if set("owner") || set("timeline") || set("cost") {
            self.close(" (");
            if let Some(owner) = cell("owner").filter(|o| !o.is_empty()) {
                self.text(owner);
            }
            if set("owner") && set("timeline") {
                self.close(", ");
            }
            self.text(cell("timeline")?);
            if set("cost") && (set("owner") || set("timeline")) {
                self.close("; ");
            }
            self.text(cell("cost")?);
            self.close(")");
        }
        self.sources(&action.questions);
        self.end_item();
        Some(())
    }

    fn since_last_round(&mut self, plan: &Plan, since: &SinceLastRound) -> Option<()> {
        let label = &since.round.label;
        self.chapter("Progress since the last round");
        self.block("p", &since.opening);
        if !plan.actions.is_empty() || !since.removed_actions.is_empty() {
            self.block("h3", "Actions");
            self.block("p", &since.actions_sentence);
            for group in &since.action_groups {
                self.open("<p>");
                self.strong(&group.label);
                self.close("</p>\n");
                for action in &group.actions {
                    let cell = |key: &str| action.cells.get(key).map(String::as_str);
                    let set = |key: &str| cell(key).is_some_and(|v| !v.is_empty());
                    self.item("ul");
                    self.text(cell("action")?);
                    if set("owner") || set("timeline") {
                        self.close(" (");
                        self.text(cell("owner")?);
                        if set("owner") && set("timeline") {
                            self.close(", ");
                        }
                        self.text(cell("timeline")?);
                        self.close(")");
                    }
                    if let Some(note) = cell("progress_note").filter(|n| !n.is_empty()) {
                        self.close(": ");
                        self.text(note);
                    }
                    self.sources(&action.questions);
                    self.end_item();
                }
            }
            if !since.removed_actions.is_empty() {
                self.open("<p>No longer in the plan since the ");
                self.text(label);
                self.close(" round: ");
                self.text(&since.removed_actions.join("; "));
                self.close(".</p>\n");
            }
        }
        if !since.indicators.is_empty()
            || !since.unmeasured_indicators.is_empty()
            || !since.removed_indicators.is_empty()
        {
            self.block("h3", "Indicators");
            if !since.indicators.is_empty() {
                let round = format!("{} round", one_line(label).trim());
                let columns = [
                    "Indicator",
                    "Baseline",
                    round.as_str(),
                    "Latest value",
                    "Target",
                    "Where it stands",
                ];
                let trace = self.trace;
                let rows: Vec<[String; 6]> = since
                    .indicators
                    .iter()
                    .map(|i| {
                        let mut name = cleaned(&i.indicator).into_owned();
                        if trace {
                            name.push_str(" [");
                            name.push_str(&cleaned(&i.questions.join(", ")));
                            name.push(']');
                        }
                        [
                            name,
                            i.baseline.clone(),
                            i.previous.clone(),
                            i.latest.clone(),
                            i.target.clone(),
                            i.standing.clone(),
                        ]
                    })
                    .collect();
                self.table(&columns, rows.iter().map(|r| r.iter().map(String::as_str)));
                for (index, indicator) in since.indicators.iter().enumerate() {
                    if indicator.chart.is_some() {
                        self.chart(&format!("indicator:{index}"));
                    }
                }
            }
            if !since.unmeasured_indicators.is_empty() {
                self.open("<p>");
                self.text(if since.indicators.is_empty() {
                    "No indicator has a measured value yet"
                } else {
                    "Not measured yet"
                });
                self.close(": ");
                self.text(&since.unmeasured_indicators.join("; "));
                self.close(".</p>\n");
            }
            if !since.removed_indicators.is_empty() {
                self.open("<p>No longer followed since the ");
                self.text(label);
                self.close(" round: ");
                self.text(&since.removed_indicators.join("; "));
                self.close(".</p>\n");
            }
        }
        if since.mapping_compared {
            self.block("h3", "What changed in the mapping");
            for change in &since.mapping {
                self.item("ul");
                self.strong(&change.lead);
                if change.after.as_deref().is_some_and(|a| !a.is_empty()) {
                    self.close(" “");
                    self.text(change.before.as_deref().unwrap_or_default());
                    self.close("” at the ");
                    self.text(label);
                    self.close(" round, now “");
                    self.text(change.after.as_deref().unwrap_or_default());
                    self.close("”.");
                }
                if !change.added.is_empty() {
                    self.close(" New: ");
                    self.text(&change.added.join("; "));
                    self.close(".");
                }
                if !change.removed.is_empty() {
                    self.close(" No longer listed: ");
                    self.text(&change.removed.join("; "));
                    self.close(".");
                }
                self.sources(&change.questions);
                self.end_item();
            }
            if !since.new_mapping_parts.is_empty() {
                self.open("<p>Set out for the first time since the ");
                self.text(label);
                self.close(" round: ");
                self.text(&since.new_mapping_parts.join("; "));
                self.close(".</p>\n");
            }
            if since.mapping.is_empty() && since.new_mapping_parts.is_empty() {
                self.open(
                    "<p>The mapping's lists, stakeholder map and register are as they were at the ",
                );
                self.text(label);
                self.close(" round.</p>\n");
            }
        }
        Some(())
    }

    fn findings(&mut self, findings: &[Finding]) {
        for finding in findings {
            self.finding(finding);
        }
    }

    fn finding(&mut self, f: &Finding) {
        fn text(v: &Option<String>) -> Option<&str> {
            v.as_deref().filter(|v| !v.is_empty())
        }
        self.para(|page| {
            if let Some(sentence) = text(&f.sentence) {
                page.text(sentence);
            } else if let Some(value) = text(&f.value) {
                page.strong(&f.lead);
                page.close(" ");
                page.text(value);
            } else {
                page.strong(&f.label);
            }
            page.source(&f.question);
        });
        self.blocks(&f.blocks);
        for item in &f.items {
            self.item("ul");
            self.text(item);
            self.end_item();
        }
        if let Some(table) = &f.table {
            let columns: Vec<&str> = table.columns.iter().map(String::as_str).collect();
            self.table(
                &columns,
                table.rows.iter().map(|r| r.iter().map(String::as_str)),
            );
        }
    }

    /// The `rows_table(name, rows)` macro. `None` where [`super::compiled`] refuses the table.
    fn rows_table(&mut self, plan: &Plan, name: &str, rows: &[TableRow]) -> Option<()> {
        let columns = plan.columns.get(name)?;
        if columns
            .iter()
            .any(|c| matches!(c.id.as_str(), "question" | "questions" | "workbook"))
        {
            return None;
        }
        let mut headings: Vec<&str> = columns.iter().map(|c| c.heading.as_str()).collect();
        if self.trace {
            headings.push("Source");
        }
        let mut cells: Vec<Vec<String>> = Vec::with_capacity(rows.len());
        for row in rows {
            let mut line = Vec::with_capacity(headings.len());
            for column in columns {
                line.push(row.cells.get(&column.id)?.clone());
            }
            if self.trace {
                line.push(row.questions.join(", "));
            }
            cells.push(line);
        }
        self.table(
            &headings,
            cells.iter().map(|r| r.iter().map(String::as_str)),
        );
        Some(())
    }

    fn registers(&mut self, plan: &Plan) -> Option<()> {
        if !plan.risks.is_empty() {
            self.chapter("Risk and needs register");
            self.rows_table(plan, "risks", &plan.risks)?;
        }
        if !plan.governance.is_empty() {
            self.chapter("Governance and reporting");
            self.findings(&plan.governance);
        }
        if !plan.actions.is_empty() {
            self.chapter("Action plan");
            let status = plan
                .columns
                .get("actions")
                .is_some_and(|columns| columns.iter().any(|c| c.id == "status"));
            self.block(
                "p",
                if status {
                    "Actions are listed by priority, then by start date; those done or dropped come last."
                } else {
                    "Actions are listed by priority, then by start date."
                },
            );
            self.rows_table(plan, "actions", &plan.actions)?;
            if !gantt(&plan.actions).is_empty() {
                self.block("h3", "Timeline");
                self.chart("timeline");
            }
        }
        self.budget(plan);
        if !plan.indicators.is_empty() || !plan.review.is_empty() {
            self.chapter("Monitoring, evaluation and learning");
            if !plan.indicators.is_empty() {
                self.rows_table(plan, "indicators", &plan.indicators)?;
            }
            if !plan.review.is_empty() {
                self.block("h3", "Review schedule");
                self.findings(&plan.review);
            }
        }
        if !plan.delivery_risks.is_empty() {
            self.chapter("Risks to delivery");
            self.rows_table(plan, "delivery_risks", &plan.delivery_risks)?;
        }
        if !plan.stakeholders.is_empty() {
            self.chapter("Stakeholder map");
            self.chart("stakeholders");
            self.rows_table(plan, "stakeholders", &plan.stakeholders)?;
        }
        Some(())
    }

    fn budget(&mut self, plan: &Plan) {
        let budget = &plan.budget;
        if !budget.costed {
            return;
        }
        self.chapter("Budget");
        let columns = super::tables::BUDGET_COLUMNS;
        let mut rows: Vec<[String; 6]> = budget
            .areas
            .iter()
            .map(|line| {
                [
                    line.title.clone(),
                    line.costed_actions.to_string(),
                    line.total.clone(),
                    line.secured.clone(),
                    line.applied.clone(),
                    line.unfunded.clone(),
                ]
            })
            .collect();
        let total = &budget.total;
        rows.push([
            "Total".to_string(),
            total.costed_actions.to_string(),
            total.total.clone(),
            total.secured.clone(),
            total.applied.clone(),
            total.unfunded.clone(),
        ]);
        let last = rows.len() - 1;
        self.table_with(
            &columns,
            rows.iter().map(|r| r.iter().map(String::as_str)),
            Some(last),
        );
        if budget.partial {
            self.block(
                "p",
                "This edition leaves out actions meant for the council only; the totals cover the actions shown here.",
            );
        }
        if budget.closed_actions > 0 {
            self.open("<p>");
            self.text(&if budget.closed_actions == 1 {
                "The action already done or dropped is".to_string()
            } else {
                format!(
                    "The {} actions already done or dropped are",
                    budget.closed_actions
                )
            });
            self.close(" not counted.</p>\n");
        }
        if total.other_actions > 0 {
            let one = total.other_actions == 1;
            self.open("<p>");
            self.text(&total.other_actions.to_string());
            self.close(" further ");
            self.close(if one { "action relies" } else { "actions rely" });
            self.close(" on staff time or ");
            self.close(if one { "carries" } else { "carry" });
            self.close(" no cost.</p>\n");
        }
    }

    fn open_points(&mut self, plan: &Plan) {
        if plan.edition.name == "public" {
            return;
        }
        self.chapter("Open points");
        if plan.open_questions.is_empty() {
            self.block("p", "Every required question has an answer.");
        } else {
            self.block(
                "p",
                "These questions still need an answer before the plan is complete:",
            );
            for workbook in &plan.open_questions {
                self.item("ul");
                self.close("<strong>");
                self.text(&workbook.title);
                self.close(":</strong> ");
                for (index, question) in workbook.questions.iter().enumerate() {
                    self.text(&question.label);
                    self.source(&question.id);
                    if index + 1 < workbook.questions.len() {
                        self.close("; ");
                    }
                }
                self.end_item();
            }
        }
        self.chart("progress");
        let columns = ["Area", "Questions answered", "Required questions answered"];
        let rows: Vec<[String; 3]> = plan
            .progress
            .iter()
            .map(|area| {
                let p = &area.progress;
                [
                    area.title.clone(),
                    format!("{} of {}", p.answered, p.relevant),
                    format!("{} of {}", p.required_answered, p.required),
                ]
            })
            .collect();
        self.table(&columns, rows.iter().map(|r| r.iter().map(String::as_str)));
    }

    /// The sources, with their links, as comrak makes them of [`super::compiled`]'s markdown.
    fn examples(&mut self, plan: &Plan) {
        if plan.examples.is_empty() {
            return;
        }
        self.chapter("Sources");
        self.block("p", "Practice from other cities that informed this plan:");
        let mut markdown = String::new();
        for example in &plan.examples {
            markdown.push_str("- **");
            markdown.push_str(&escape::markdown(&example.city));
            markdown.push_str("**");
            if let Some(country) = example.country.as_deref().filter(|c| !c.is_empty()) {
                markdown.push_str(" (");
                markdown.push_str(&escape::markdown(country));
                markdown.push(')');
            }
            markdown.push_str(": ");
            markdown.push_str(&escape::markdown(&example.text));
            markdown.push(' ');
            markdown.push_str(&escape::link(&example.source));
            if self.trace {
                markdown.push_str(" [");
                markdown.push_str(&escape::markdown(&example.cited_by.join(", ")));
                markdown.push(']');
            }
            markdown.push('\n');
        }
        self.markdown(&markdown);
    }
}
