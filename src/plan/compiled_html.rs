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

use crate::messages::Messages;
use crate::tr;

use super::escape;
use super::html;
use super::markdown::dated;
use super::model::{Finding, Plan, SinceLastRound, TableRow};
use super::template::MARKER;
use super::words::{W, Words};

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
    let words = &*plan.words;
    let mut page = Page {
        out: String::with_capacity(128 * 1024),
        section: String::with_capacity(32 * 1024),
        heading: false,
        wide: false,
        trace: plan.trace,
        list: None,
        words,
        messages: words.messages,
        comma: separator(words.text(W::ListComma)),
        semicolon: separator(words.text(W::ListSemicolon)),
        colon: separator(words.text(W::ListColon)),
    };
    page.cover(plan);
    page.summary(plan)?;
    if let Some(since) = &plan.since_last_round {
        page.since_last_round(plan, since)?;
    }
    for chapter in &plan.chapters {
        page.chapter(&chapter.heading);
        if plan.trace {
            let from =
                tr!(in page.messages; "plan-trace-from", questions = chapter.questions.join(", "));
            page.open("<p><em>");
            page.text(&from);
            page.close("</em></p>\n");
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
struct Page<'w> {
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
    words: &'w Words,
    messages: &'static Messages,
    /// The template's `punct.comma`, `punct.semicolon` and `punct.colon` as comrak writes them.
    comma: String,
    semicolon: String,
    colon: String,
}

/// A separator of the plan's words as comrak writes what [`escape::separator`] makes of it.
fn separator(text: &str) -> String {
    let core = cleaned(text);
    let mut out = String::new();
    if text.starts_with(char::is_whitespace) {
        out.push(' ');
    }
    push_escaped(&mut out, &core);
    if text.ends_with(char::is_whitespace) && !core.is_empty() {
        out.push(' ');
    }
    out
}

/// Text as comrak writes it: `&`, `<`, `>` and `"` as entities.
fn push_escaped(out: &mut String, text: &str) {
    // Most text has nothing to escape: a look at every byte at once, without stopping early
    // (which the compiler turns into whole-vector compares), before one at a time.
    let special = text
        .bytes()
        .fold(false, |any, b| any | matches!(b, b'&' | b'<' | b'>' | b'"'));
    if !special {
        out.push_str(text);
        return;
    }
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
    match escape::one_line_cow(value) {
        // One clean line has no space at either end.
        line @ std::borrow::Cow::Borrowed(_) => line,
        std::borrow::Cow::Owned(line) => std::borrow::Cow::Owned(line.trim().to_string()),
    }
}

impl Page<'_> {
    /// A separator of the template's `punct`.
    fn separator(&mut self, which: W) {
        let separator = match which {
            W::ListComma => &self.comma,
            W::ListSemicolon => &self.semicolon,
            _ => &self.colon,
        };
        self.section.push_str(separator);
    }

    /// A block holding a message without values: `<h3>`, `<p>`.
    fn message(&mut self, tag: &str, id: &str) {
        let text = self.messages.text(id);
        self.block(tag, &text);
    }

    /// `## heading` of a message.
    fn chapter_of(&mut self, id: &str) {
        let text = self.messages.text(id);
        self.chapter(&text);
    }

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
        let m = self.messages;
        self.block("h1", &tr!(in m; "plan-title", city = &plan.city));
        let line = |page: &mut Page, label: &str, value: &str| {
            page.item("ul");
            page.strong(&m.text(label));
            page.close(" ");
            page.text(value);
            page.end_item();
        };
        line(self, "plan-cover-status", &plan.status_label);
        line(self, "plan-cover-version", &plan.version);
        line(self, "plan-cover-date", &plan.date_text);
        if let Some(round) = &plan.round {
            let value = tr!(in m; "plan-cover-round-value", round = &round.label, closed = &round.closed_text);
            line(self, "plan-cover-round", &value);
        }
        line(self, "plan-cover-prepared-by", &plan.prepared_by);
        if let Some(country) = plan.country.as_deref().filter(|c| !c.is_empty()) {
            line(self, "plan-cover-country", country);
        }
        if plan.audience != "all" {
            let value = tr!(in m; "plan-cover-scope-value", audience = &plan.prepared_for);
            line(self, "plan-cover-scope", &value);
        }
        line(self, "plan-cover-built-from", &plan.track_phrase);
        let edition = tr!(in m; "plan-cover-edition-value", edition = &plan.edition.title, notice = &plan.edition.notice);
        line(self, "plan-cover-edition", &edition);
        if plan.withheld.count > 0 {
            self.open("<blockquote>\n<p>");
            self.text(&plan.withheld.description);
            self.sources(&plan.withheld.questions);
            self.close("</p>\n</blockquote>\n");
        }
    }

    fn summary(&mut self, plan: &Plan) -> Option<()> {
        let summary = &plan.summary;
        self.chapter_of("plan-heading-summary");
        self.block("p", &summary.opening);
        if let Some(progress) = summary.progress.as_deref().filter(|p| !p.is_empty()) {
            self.block("p", progress);
        }
        if !summary.need.is_empty() {
            self.message("h3", "plan-heading-need");
            self.findings(&summary.need);
        }
        if !summary.objectives.is_empty() {
            self.message("h3", "plan-heading-objectives");
            self.findings(&summary.objectives);
        }
        if !summary.priorities.is_empty() {
            self.message("h3", "plan-heading-priorities");
            for action in &summary.priorities {
                self.priority(action)?;
            }
        }
        if let Some(cost) = summary.cost.as_deref().filter(|c| !c.is_empty()) {
            self.message("h3", "plan-heading-cost");
            self.block("p", cost);
        }
        if !summary.decisions.is_empty() {
            self.message("h3", "plan-heading-decisions");
            self.message(
                "p",
                if plan.status == "adopted" {
                    "plan-decisions-adopted"
                } else {
                    "plan-decisions-asked"
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
                self.separator(W::ListComma);
            }
            self.text(cell("timeline")?);
            if set("cost") && (set("owner") || set("timeline")) {
                self.separator(W::ListSemicolon);
            }
            self.text(cell("cost")?);
            self.close(")");
        }
        self.sources(&action.questions);
        self.end_item();
        Some(())
    }

    fn since_last_round(&mut self, plan: &Plan, since: &SinceLastRound) -> Option<()> {
        let m = self.messages;
        let words = self.words;
        let list = |items: &[String]| words.list(items);
        let label = &since.round.label;
        self.chapter_of("plan-heading-since");
        self.block("p", &since.opening);
        if !plan.actions.is_empty() || !since.removed_actions.is_empty() {
            self.message("h3", "plan-heading-since-actions");
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
                            self.separator(W::ListComma);
                        }
                        self.text(cell("timeline")?);
                        self.close(")");
                    }
                    if let Some(note) = cell("progress_note").filter(|n| !n.is_empty()) {
                        self.separator(W::ListColon);
                        self.text(note);
                    }
                    self.sources(&action.questions);
                    self.end_item();
                }
            }
            if !since.removed_actions.is_empty() {
                let actions = list(&since.removed_actions);
                self.block(
                    "p",
                    &tr!(in m; "plan-since-removed-actions", round = label, actions = actions),
                );
            }
        }
        if !since.indicators.is_empty()
            || !since.unmeasured_indicators.is_empty()
            || !since.removed_indicators.is_empty()
        {
            self.message("h3", "plan-heading-since-indicators");
            if !since.indicators.is_empty() {
                let columns = [
                    m.text("plan-column-indicator"),
                    m.text("plan-column-baseline"),
                    words.fill(W::RoundColumn, &[label]),
                    m.text("plan-column-latest"),
                    m.text("plan-column-target"),
                    m.text("plan-column-standing"),
                ];
                let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
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
                let indicators = list(&since.unmeasured_indicators);
                let text = if since.indicators.is_empty() {
                    tr!(in m; "plan-since-none-measured", indicators = indicators)
                } else {
                    tr!(in m; "plan-since-unmeasured", indicators = indicators)
                };
                self.block("p", &text);
            }
            if !since.removed_indicators.is_empty() {
                let indicators = list(&since.removed_indicators);
                self.block("p", &tr!(in m; "plan-since-removed-indicators", round = label, indicators = indicators));
            }
        }
        if since.mapping_compared {
            self.message("h3", "plan-heading-since-mapping");
            for change in &since.mapping {
                self.item("ul");
                self.strong(&change.lead);
                if change.after.as_deref().is_some_and(|a| !a.is_empty()) {
                    self.close(" ");
                    self.text(&tr!(in m; "plan-since-mapping-changed",
                        before = change.before.as_deref().unwrap_or_default(),
                        round = label,
                        after = change.after.as_deref().unwrap_or_default()));
                }
                if !change.added.is_empty() {
                    self.close(" ");
                    self.text(&tr!(in m; "plan-since-mapping-new", items = list(&change.added)));
                }
                if !change.removed.is_empty() {
                    self.close(" ");
                    self.text(
                        &tr!(in m; "plan-since-mapping-removed", items = list(&change.removed)),
                    );
                }
                self.sources(&change.questions);
                self.end_item();
            }
            if !since.new_mapping_parts.is_empty() {
                let parts = list(&since.new_mapping_parts);
                self.block(
                    "p",
                    &tr!(in m; "plan-since-mapping-first", round = label, parts = parts),
                );
            }
            if since.mapping.is_empty() && since.new_mapping_parts.is_empty() {
                self.block("p", &tr!(in m; "plan-since-mapping-same", round = label));
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
        let source = self.messages.text("plan-trace-source");
        let mut headings: Vec<&str> = columns.iter().map(|c| c.heading.as_str()).collect();
        if self.trace {
            headings.push(&source);
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
            self.chapter_of("plan-heading-risks");
            self.rows_table(plan, "risks", &plan.risks)?;
        }
        if !plan.governance.is_empty() {
            self.chapter_of("plan-heading-governance");
            self.findings(&plan.governance);
        }
        if !plan.actions.is_empty() {
            self.chapter_of("plan-heading-actions");
            let status = plan
                .columns
                .get("actions")
                .is_some_and(|columns| columns.iter().any(|c| c.id == "status"));
            self.message(
                "p",
                if status {
                    "plan-actions-order-status"
                } else {
                    "plan-actions-order"
                },
            );
            self.rows_table(plan, "actions", &plan.actions)?;
            if dated(&plan.actions) {
                self.message("h3", "plan-heading-timeline");
                self.chart("timeline");
            }
        }
        self.budget(plan);
        if !plan.indicators.is_empty() || !plan.review.is_empty() {
            self.chapter_of("plan-heading-monitoring");
            if !plan.indicators.is_empty() {
                self.rows_table(plan, "indicators", &plan.indicators)?;
            }
            if !plan.review.is_empty() {
                self.message("h3", "plan-heading-review");
                self.findings(&plan.review);
            }
        }
        if !plan.delivery_risks.is_empty() {
            self.chapter_of("plan-heading-delivery-risks");
            self.rows_table(plan, "delivery_risks", &plan.delivery_risks)?;
        }
        if !plan.stakeholders.is_empty() {
            self.chapter_of("plan-heading-stakeholders");
            self.chart("stakeholders");
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
        self.chapter_of("plan-heading-budget");
        let columns = super::tables::BUDGET_COLUMNS.map(|id| m.text(id));
        let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
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
            total.title.clone(),
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
            self.message("p", "plan-budget-partial");
        }
        if budget.closed_actions > 0 {
            self.block(
                "p",
                &tr!(in m; "plan-budget-closed", count = budget.closed_actions),
            );
        }
        if total.other_actions > 0 {
            self.block(
                "p",
                &tr!(in m; "plan-budget-others", count = total.other_actions),
            );
        }
    }

    fn open_points(&mut self, plan: &Plan) {
        if plan.edition.name == "public" {
            return;
        }
        let m = self.messages;
        self.chapter_of("plan-heading-open");
        if plan.open_questions.is_empty() {
            self.message("p", "plan-open-none");
        } else {
            self.message("p", "plan-open-questions");
            for workbook in &plan.open_questions {
                self.item("ul");
                self.strong(&self.words.fill(W::OpenWorkbook, &[&workbook.title]));
                self.close(" ");
                for (index, question) in workbook.questions.iter().enumerate() {
                    self.text(&question.label);
                    self.source(&question.id);
                    if index + 1 < workbook.questions.len() {
                        self.separator(W::ListSemicolon);
                    }
                }
                self.end_item();
            }
        }
        self.chart("progress");
        let columns = [
            m.text("plan-column-area"),
            m.text("plan-column-answered"),
            m.text("plan-column-required"),
        ];
        let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
        let of = |done: usize, total: usize| {
            self.words
                .fill(W::Of, &[&done.to_string(), &total.to_string()])
        };
        let rows: Vec<[String; 3]> = plan
            .progress
            .iter()
            .map(|area| {
                let p = &area.progress;
                [
                    area.title.clone(),
                    of(p.answered, p.relevant),
                    of(p.required_answered, p.required),
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
        self.chapter_of("plan-heading-sources");
        self.message("p", "plan-sources-intro");
        let colon = escape::separator(self.words.text(W::ListColon));
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
            markdown.push_str(&colon);
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
