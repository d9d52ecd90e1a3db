//! The plan as a Word document (.docx): the same parts, order and wording as the built-in
//! markdown template (templates/plan.md.j2), with real heading styles, tables whose header row
//! repeats on every page, real bullet and numbered lists, the charts as pictures, A4 pages
//! and page numbers in the footer.
//!
//! The document is built with docx-rs, which escapes every text for XML. Text from answers is
//! only ever put in a text run: it never becomes a field, a hyperlink or markup. Before that,
//! [`clean`] drops the characters XML cannot hold at all (most control characters) and those
//! that could reorder the displayed line (bidirectional overrides), as every other format does.
//! The only hyperlinks are the sources' `http`/`https` addresses, on the same terms as the
//! markdown's autolinks ([`super::escape::link`]).
//!
//! The same plan gives the same bytes: the package's timestamps are fixed (the zip writer has
//! no clock), the document's created and modified dates are the plan's date, and every id is
//! counted from the start of the document.

use std::collections::BTreeMap;
use std::io::Cursor;

use comrak::nodes::{AstNode, ListType, NodeValue};
use comrak::{Arena, Options, parse_document};
use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, Hyperlink, HyperlinkData,
    HyperlinkType, IndentLevel, Level, LevelJc, LevelOverride, LevelText, LineSpacing, NumPages,
    NumberFormat, Numbering, NumberingId, PageMargin, PageNum, Paragraph, ParagraphChild, Pic, Run,
    RunChild, RunFonts, Shading, SpecialIndentType, Start, Style, StyleType, Table, TableBorder,
    TableBorderPosition, TableBorders, TableCell, TableCellMargins, TableLayoutType, TableRow,
    VAlignType, WidthType,
};

use crate::messages::Messages;
use crate::tr;

use super::PlanError;
use super::escape::{Block, one_line};
use super::markdown::dated;
use super::model::{Finding, Plan, TableRow as PlanRow};
use super::raster::{Picture, Rasterizer};
use super::svg;
use super::words::W;

mod progress;

/// A4 in twentieths of a point.
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
/// 2 cm margins all round; header and footer 1 cm from the edge.
const MARGIN: i32 = 1134;
const HEADER_FOOTER: i32 = 567;
/// The width between the margins, which every table and picture fills at most.
const TEXT_WIDTH: usize = PAGE_WIDTH as usize - 2 * MARGIN as usize;
/// English Metric Units per twip (pictures are sized in EMU).
const EMU_PER_TWIP: u64 = 635;

const ACCENT: &str = "1D4E89";
const RULE: &str = "C8D3E0";
const HEADER_FILL: &str = "EEF3F8";
const MUTED: &str = "555555";

/// The numbering definitions of bullet and of numbered lists (docx-rs always writes one of its
/// own as number 1). Bullet lists share the instance [`BULLETS`]; each numbered list has its
/// own instance of [`NUMBERS`], numbered after it, so that it counts from 1.
const BULLETS: usize = 2;
const NUMBERS: usize = 3;

/// Writes `plan` as a .docx package.
pub fn render(plan: &Plan) -> Result<Vec<u8>, PlanError> {
    let charts = draw_charts(plan)?;
    let mut writer = Writer::new(plan, charts);
    writer.cover();
    writer.summary();
    writer.since_last_round();
    writer.chapters();
    writer.registers();
    writer.finish()
}

/// Text as a Word run may hold it: on one line (line breaks are the caller's), with runs of
/// white space folded, and without control characters, bidirectional overrides, private-use
/// characters or the two non-characters XML forbids.
pub fn clean(text: &str) -> String {
    one_line(text)
        .chars()
        .filter(|c| !matches!(c, '\u{fffe}' | '\u{ffff}'))
        .collect()
}

/// Builds the document in the template's order.
struct Writer<'a> {
    plan: &'a Plan,
    /// The plan's language, and whether it is written right to left (Arabic): its paragraphs
    /// and tables then run from the right.
    messages: &'static Messages,
    rtl: bool,
    docx: Docx,
    /// The last numbering instance used; each numbered list gets its own, counting from 1.
    numbering: usize,
    /// Pictures and hyperlinks so far, for their relationship ids.
    pictures: usize,
    links: usize,
    /// Alternative text of each picture, in document order.
    descriptions: Vec<String>,
    /// The charts, drawn beforehand: `None` for each one the computer had no font to draw.
    charts: BTreeMap<Chart, Option<Picture>>,
}

impl<'a> Writer<'a> {
    fn new(plan: &'a Plan, charts: BTreeMap<Chart, Option<Picture>>) -> Writer<'a> {
        // docx-rs numbers paragraphs with a per-thread counter that only its `build` resets
        // (its reset is private): building an empty document starts this one at 1 too.
        drop(Docx::new().build());
        let messages = plan.words.messages;
        let rtl = messages.is_right_to_left() || super::html::right_to_left(&plan.language);
        let date = format!("{}T00:00:00Z", plan.date);
        let footer = Footer::new().add_paragraph(bidi(footer(plan, messages), rtl));
        let docx = styles(Docx::new(), messages, rtl)
            .page_size(PAGE_WIDTH, PAGE_HEIGHT)
            .page_margin(
                PageMargin::new()
                    .top(MARGIN)
                    .bottom(MARGIN)
                    .left(MARGIN)
                    .right(MARGIN)
                    .header(HEADER_FOOTER)
                    .footer(HEADER_FOOTER),
            )
            .footer(footer)
            .created_at(&date)
            .updated_at(&date)
            .add_abstract_numbering(list_definition(BULLETS, "bullet", "\u{2022}"))
            .add_abstract_numbering(list_definition(NUMBERS, "decimal", "%1."))
            .add_numbering(Numbering::new(BULLETS, BULLETS));
        Writer {
            plan,
            messages,
            rtl,
            docx,
            numbering: NUMBERS,
            pictures: 0,
            links: 0,
            descriptions: Vec::new(),
            charts,
        }
    }

    fn add(&mut self, paragraph: Paragraph) {
        let paragraph = bidi(paragraph, self.rtl);
        self.docx = std::mem::take(&mut self.docx).add_paragraph(paragraph);
    }

    /// A title or heading: in a right-to-left document it runs from the right whatever its
    /// first word (a workbook's heading, the city's name).
    fn add_heading(&mut self, mut paragraph: Paragraph) {
        if self.rtl {
            paragraph.property = paragraph.property.bidi(true);
        }
        self.docx = std::mem::take(&mut self.docx).add_paragraph(paragraph);
    }

    fn add_table(&mut self, table: Table) {
        self.docx = std::mem::take(&mut self.docx).add_table(table);
    }

    /// A heading of the plan's own words.
    fn heading_of(&mut self, level: u8, id: &str) {
        let text = self.messages.text(id);
        self.heading(level, &text);
    }

    fn heading(&mut self, level: u8, text: &str) {
        let style = if level == 1 { "Heading1" } else { "Heading2" };
        self.add_heading(
            Paragraph::new()
                .style(style)
                .keep_next(true)
                .add_run(text_run(text)),
        );
    }

    fn paragraph(&mut self, runs: Vec<Run>) {
        let paragraph = runs
            .into_iter()
            .fold(Paragraph::new().style("Normal"), Paragraph::add_run);
        self.add(paragraph);
    }

    /// A paragraph that introduces what follows (a list or a table): kept on its page.
    fn lead_in(&mut self, runs: Vec<Run>) {
        let paragraph = runs.into_iter().fold(
            Paragraph::new().style("Normal").keep_next(true),
            Paragraph::add_run,
        );
        self.add(paragraph);
    }

    /// `[id, id]` after a line, when the plan shows where each line came from.
    fn source<S: AsRef<str>>(&self, ids: &[S]) -> Option<Run> {
        if !self.plan.trace {
            return None;
        }
        let ids: Vec<&str> = ids.iter().map(AsRef::as_ref).collect();
        Some(
            text_run(&format!(" [{}]", ids.join(", ")))
                .color(MUTED)
                .size(18),
        )
    }

    /// A list: each item a paragraph of runs, numbered (from 1) or with bullets.
    fn list(&mut self, ordered: bool, items: Vec<Vec<Run>>) {
        if items.is_empty() {
            return;
        }
        let id = if ordered {
            self.numbering += 1;
            self.docx = std::mem::take(&mut self.docx).add_numbering(
                Numbering::new(self.numbering, NUMBERS)
                    .add_override(LevelOverride::new(0).start(1)),
            );
            self.numbering
        } else {
            BULLETS
        };
        for runs in items {
            let paragraph = runs.into_iter().fold(
                Paragraph::new()
                    .style("ListParagraph")
                    .numbering(NumberingId::new(id), IndentLevel::new(0)),
                Paragraph::add_run,
            );
            self.add(paragraph);
        }
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            match block {
                Block::Paragraph { lines } => {
                    let lines: Vec<String> = lines
                        .iter()
                        .map(|l| clean(l))
                        .filter(|l| !l.is_empty())
                        .collect();
                    if lines.is_empty() {
                        continue;
                    }
                    let mut paragraph = Paragraph::new().style("Normal");
                    for (index, line) in lines.iter().enumerate() {
                        let mut run = Run::new();
                        if index > 0 {
                            run = run.add_break(BreakType::TextWrapping);
                        }
                        paragraph = paragraph.add_run(run.add_text(line));
                    }
                    self.add(paragraph);
                }
                Block::List { ordered, items } => {
                    let items = items
                        .iter()
                        .map(|i| clean(i))
                        .filter(|i| !i.is_empty())
                        .map(|i| vec![Run::new().add_text(i)])
                        .collect();
                    self.list(*ordered, items);
                }
            }
        }
    }

    /// One answer, as the template's `finding` macro writes it.
    fn finding(&mut self, finding: &Finding) {
        let mut runs = if let Some(sentence) = &finding.sentence {
            vec![text_run(sentence)]
        } else if let Some(value) = &finding.value {
            vec![
                text_run(&finding.lead).bold(),
                text_run(&format!(" {value}")),
            ]
        } else {
            vec![text_run(&finding.label).bold()]
        };
        runs.extend(self.source(&[&finding.question]));
        if finding.blocks.is_empty() && finding.items.is_empty() && finding.table.is_none() {
            self.paragraph(runs);
        } else {
            self.lead_in(runs);
        }
        self.blocks(&finding.blocks);
        let items = finding
            .items
            .iter()
            .map(|item| vec![text_run(item)])
            .collect();
        self.list(false, items);
        if let Some(table) = &finding.table {
            let rows: Vec<Vec<Cell>> = table
                .rows
                .iter()
                .map(|row| row.iter().map(|c| Cell::text(c)).collect())
                .collect();
            self.table(&table.columns, rows);
        }
    }

    fn findings(&mut self, findings: &[Finding]) {
        for finding in findings {
            self.finding(finding);
        }
    }

    /// A table with a repeated header row; rows shorter than the header are padded.
    fn table<S: AsRef<str>>(&mut self, columns: &[S], rows: Vec<Vec<Cell>>) {
        if columns.is_empty() {
            return;
        }
        let headings: Vec<String> = columns.iter().map(|c| clean(c.as_ref())).collect();
        let widths = column_widths(&headings, &rows);
        let header = TableRow::new(
            headings
                .iter()
                .zip(&widths)
                .map(|(heading, width)| {
                    cell(vec![text_run(heading).bold()], *width, self.rtl)
                        .shading(Shading::new().fill(HEADER_FILL))
                })
                .collect(),
        )
        .cant_split();
        let mut table_rows = vec![header];
        for row in rows {
            let cells = (0..headings.len())
                .map(|index| {
                    let runs = match row.get(index) {
                        Some(c) => c.runs(),
                        None => Vec::new(),
                    };
                    cell(runs, widths[index], self.rtl)
                })
                .collect();
            table_rows.push(TableRow::new(cells).cant_split());
        }
        let rule = |position| TableBorder::new(position).color(RULE).size(4);
        let borders = TableBorders::new()
            .set(rule(TableBorderPosition::Top))
            .set(rule(TableBorderPosition::Bottom))
            .set(rule(TableBorderPosition::Left))
            .set(rule(TableBorderPosition::Right))
            .set(rule(TableBorderPosition::InsideH))
            .set(rule(TableBorderPosition::InsideV));
        let table = Table::new(table_rows)
            .set_grid(widths)
            .layout(TableLayoutType::Fixed)
            .width(TEXT_WIDTH, WidthType::Dxa)
            .margins(TableCellMargins::new().margin(30, CELL_MARGIN, 30, CELL_MARGIN))
            .set_borders(borders);
        self.add_table(table);
        // A table directly followed by another would merge with it in Word.
        self.add(Paragraph::new().style("Normal"));
    }

    /// One of the consolidated tables: the columns the plan lists for it, and the sources.
    fn rows_table(&mut self, name: &str, rows: &[PlanRow]) {
        let columns = self.plan.columns.get(name).cloned().unwrap_or_default();
        let mut headings: Vec<String> = columns.iter().map(|c| c.heading.clone()).collect();
        if self.plan.trace {
            headings.push(self.messages.text("plan-trace-source"));
        }
        let rows = rows
            .iter()
            .map(|row| {
                let mut cells: Vec<Cell> =
                    columns.iter().map(|c| Cell::text(row.get(&c.id))).collect();
                if self.plan.trace {
                    cells.push(Cell::text(&row.questions.join(", ")));
                }
                cells
            })
            .collect();
        self.table(&headings, rows);
    }

    /// A chart where the template shows it: its picture, no wider than the text; nothing when
    /// there is nothing to draw; a note when the computer has no font for its labels.
    fn chart(&mut self, chart: Chart) {
        let description = chart.description(self.plan);
        let picture = match self.charts.remove(&chart) {
            None => return,
            Some(None) => {
                let note = tr!(in self.messages; "plan-chart-not-drawn", chart = description);
                self.paragraph(vec![text_run(&note).italic().color(MUTED)]);
                return;
            }
            Some(Some(picture)) => picture,
        };
        let Picture { png, width, height } = picture;
        self.pictures += 1;
        // CSS pixels are 15 twips; never wider than the text.
        let mut cx = u64::from(width) * 15 * EMU_PER_TWIP;
        let mut cy = u64::from(height) * 15 * EMU_PER_TWIP;
        let max = TEXT_WIDTH as u64 * EMU_PER_TWIP;
        if cx > max {
            cy = cy * max / cx;
            cx = max;
        }
        let picture = Pic::new_with_dimensions(png, width, height)
            .id(format!("rIdImage{}", self.pictures))
            .size(cx as u32, cy as u32);
        self.descriptions.push(description);
        self.add(
            Paragraph::new()
                .style("Normal")
                .keep_lines(true)
                .add_run(Run::new().add_image(picture)),
        );
    }

    fn cover(&mut self) {
        let plan = self.plan;
        let m = self.messages;
        self.add_heading(
            Paragraph::new()
                .style("Title")
                .add_run(text_run(&tr!(in m; "plan-title", city = &plan.city))),
        );
        let mut lines: Vec<(&str, String)> = vec![
            ("plan-cover-status", plan.status_label.clone()),
            ("plan-cover-version", plan.version.clone()),
            ("plan-cover-date", plan.date_text.clone()),
        ];
        if let Some(round) = &plan.round {
            lines.push((
                "plan-cover-round",
                tr!(in m; "plan-cover-round-value", round = &round.label, closed = &round.closed_text),
            ));
        }
        lines.push(("plan-cover-prepared-by", plan.prepared_by.clone()));
        if let Some(country) = &plan.country {
            lines.push(("plan-cover-country", country.clone()));
        }
        if plan.audience != "all" {
            lines.push((
                "plan-cover-scope",
                tr!(in m; "plan-cover-scope-value", audience = &plan.prepared_for),
            ));
        }
        lines.push(("plan-cover-built-from", plan.track_phrase.clone()));
        lines.push((
            "plan-cover-edition",
            tr!(in m; "plan-cover-edition-value", edition = &plan.edition.title, notice = &plan.edition.notice),
        ));
        for (label, value) in lines {
            self.add(
                Paragraph::new()
                    .style("Cover")
                    .add_run(text_run(&m.text(label)).bold())
                    .add_run(text_run(&format!(" {value}"))),
            );
        }
        if plan.withheld.count > 0 {
            let mut paragraph = Paragraph::new()
                .style("Notice")
                .add_run(text_run(&plan.withheld.description));
            if let Some(source) = self.source(&plan.withheld.questions) {
                paragraph = paragraph.add_run(source);
            }
            self.add(paragraph);
        }
    }

    fn summary(&mut self) {
        let plan = self.plan;
        let summary = &plan.summary;
        let words = &plan.words;
        self.heading_of(1, "plan-heading-summary");
        self.paragraph(vec![text_run(&summary.opening)]);
        if let Some(progress) = &summary.progress {
            self.paragraph(vec![text_run(progress)]);
        }
        if !summary.need.is_empty() {
            self.heading_of(2, "plan-heading-need");
            self.findings(&summary.need);
        }
        if !summary.objectives.is_empty() {
            self.heading_of(2, "plan-heading-objectives");
            self.findings(&summary.objectives);
        }
        if !summary.priorities.is_empty() {
            self.heading_of(2, "plan-heading-priorities");
            let items = summary
                .priorities
                .iter()
                .map(|action| {
                    let mut runs = vec![text_run(action.get("action")).bold()];
                    let (owner, timeline, cost) = (
                        action.get("owner"),
                        action.get("timeline"),
                        action.get("cost"),
                    );
                    // As the template has it: the parenthesis opens on owner, timeline or cost.
                    if !owner.is_empty() || !timeline.is_empty() || !action.get("cost").is_empty() {
                        let mut text = String::from(" (");
                        text.push_str(owner);
                        if !owner.is_empty() && !timeline.is_empty() {
                            text.push_str(words.text(W::ListComma));
                        }
                        text.push_str(timeline);
                        if !cost.is_empty() && (!owner.is_empty() || !timeline.is_empty()) {
                            text.push_str(words.text(W::ListSemicolon));
                        }
                        text.push_str(cost);
                        text.push(')');
                        runs.push(text_run(&text));
                    }
                    runs.extend(self.source(&action.questions));
                    runs
                })
                .collect();
            self.list(true, items);
        }
        if let Some(cost) = &summary.cost {
            self.heading_of(2, "plan-heading-cost");
            self.paragraph(vec![text_run(cost)]);
        }
        if !summary.decisions.is_empty() {
            self.heading_of(2, "plan-heading-decisions");
            let lead = self.messages.text(if plan.status == "adopted" {
                "plan-decisions-adopted"
            } else {
                "plan-decisions-asked"
            });
            self.lead_in(vec![text_run(&lead)]);
            let items = summary
                .decisions
                .iter()
                .map(|d| vec![text_run(d)])
                .collect();
            self.list(true, items);
        }
    }

    fn chapters(&mut self) {
        let plan = self.plan;
        for chapter in &plan.chapters {
            self.heading(1, &chapter.heading);
            if plan.trace {
                let from = tr!(in self.messages; "plan-trace-from", questions = chapter.questions.join(", "));
                self.paragraph(vec![text_run(&from).italic()]);
            }
            if let Some(intro) = &chapter.intro {
                self.workbook_markdown(intro);
            }
            for section in &chapter.sections {
                self.heading(2, &section.title);
                self.findings(&section.findings);
            }
        }
    }

    /// The consolidated parts after the chapters, in the template's order.
    fn registers(&mut self) {
        let plan = self.plan;
        if !plan.risks.is_empty() {
            self.heading_of(1, "plan-heading-risks");
            self.rows_table("risks", &plan.risks);
        }
        if !plan.governance.is_empty() {
            self.heading_of(1, "plan-heading-governance");
            self.findings(&plan.governance);
        }
        if !plan.actions.is_empty() {
            self.heading_of(1, "plan-heading-actions");
            let statuses = plan
                .columns
                .get("actions")
                .is_some_and(|columns| columns.iter().any(|c| c.id == "status"));
            let order = self.messages.text(if statuses {
                "plan-actions-order-status"
            } else {
                "plan-actions-order"
            });
            self.lead_in(vec![text_run(&order)]);
            self.rows_table("actions", &plan.actions);
            if dated(&plan.actions) {
                self.heading_of(2, "plan-heading-timeline");
                self.chart(Chart::Timeline);
            }
        }
        if plan.budget.costed {
            self.heading_of(1, "plan-heading-budget");
            self.budget();
        }
        if !plan.indicators.is_empty() || !plan.review.is_empty() {
            self.heading_of(1, "plan-heading-monitoring");
            if !plan.indicators.is_empty() {
                self.rows_table("indicators", &plan.indicators);
            }
            if !plan.review.is_empty() {
                self.heading_of(2, "plan-heading-review");
                self.findings(&plan.review);
            }
        }
        if !plan.delivery_risks.is_empty() {
            self.heading_of(1, "plan-heading-delivery-risks");
            self.rows_table("delivery_risks", &plan.delivery_risks);
        }
        if !plan.stakeholders.is_empty() {
            self.heading_of(1, "plan-heading-stakeholders");
            self.chart(Chart::Stakeholders);
            self.rows_table("stakeholders", &plan.stakeholders);
        }
        if plan.edition.name != "public" {
            self.open_points();
        }
        if !plan.examples.is_empty() {
            self.sources();
        }
    }

    fn budget(&mut self) {
        let m = self.messages;
        let budget = &self.plan.budget;
        let columns = super::tables::BUDGET_COLUMNS.map(|id| m.text(id));
        let mut rows: Vec<Vec<Cell>> = budget
            .areas
            .iter()
            .map(|line| {
                vec![
                    Cell::text(&line.title),
                    Cell::text(&line.costed_actions.to_string()),
                    Cell::text(&line.total),
                    Cell::text(&line.secured),
                    Cell::text(&line.applied),
                    Cell::text(&line.unfunded),
                ]
            })
            .collect();
        let total = &budget.total;
        rows.push(vec![
            Cell::bold(&total.title),
            Cell::bold(&total.costed_actions.to_string()),
            Cell::bold(&total.total),
            Cell::bold(&total.secured),
            Cell::bold(&total.applied),
            Cell::bold(&total.unfunded),
        ]);
        self.table(&columns, rows);
        if budget.partial {
            self.paragraph(vec![text_run(&m.text("plan-budget-partial"))]);
        }
        if budget.closed_actions > 0 {
            let text = tr!(in m; "plan-budget-closed", count = budget.closed_actions);
            self.paragraph(vec![text_run(&text)]);
        }
        if total.other_actions > 0 {
            let text = tr!(in m; "plan-budget-others", count = total.other_actions);
            self.paragraph(vec![text_run(&text)]);
        }
    }

    fn open_points(&mut self) {
        let plan = self.plan;
        let m = self.messages;
        let words = &plan.words;
        self.heading_of(1, "plan-heading-open");
        if plan.open_questions.is_empty() {
            self.paragraph(vec![text_run(&m.text("plan-open-none"))]);
        } else {
            self.lead_in(vec![text_run(&m.text("plan-open-questions"))]);
            let items = plan
                .open_questions
                .iter()
                .map(|workbook| {
                    let title = words.fill(W::OpenWorkbook, &[&workbook.title]);
                    let mut runs = vec![text_run(&title).bold()];
                    for (index, question) in workbook.questions.iter().enumerate() {
                        let lead = if index == 0 {
                            " "
                        } else {
                            words.text(W::ListSemicolon)
                        };
                        runs.push(text_run(&format!("{lead}{}", question.label)));
                        runs.extend(self.source(&[&question.id]));
                    }
                    runs
                })
                .collect();
            self.list(false, items);
        }
        self.chart(Chart::Progress);
        let of =
            |done: usize, total: usize| words.fill(W::Of, &[&done.to_string(), &total.to_string()]);
        let rows = plan
            .progress
            .iter()
            .map(|area| {
                let p = &area.progress;
                vec![
                    Cell::text(&area.title),
                    Cell::text(&of(p.answered, p.relevant)),
                    Cell::text(&of(p.required_answered, p.required)),
                ]
            })
            .collect();
        let columns = [
            m.text("plan-column-area"),
            m.text("plan-column-answered"),
            m.text("plan-column-required"),
        ];
        self.table(&columns, rows);
    }

    fn sources(&mut self) {
        let plan = self.plan;
        self.heading_of(1, "plan-heading-sources");
        let intro = self.messages.text("plan-sources-intro");
        self.lead_in(vec![text_run(&intro)]);
        let colon = plan.words.text(W::ListColon);
        // Built as paragraphs here, since an item holds a hyperlink as well as runs.
        let mut paragraphs = Vec::new();
        for example in &plan.examples {
            let mut paragraph = Paragraph::new()
                .style("ListParagraph")
                .numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
                .add_run(text_run(&example.city).bold());
            if let Some(country) = &example.country {
                paragraph = paragraph.add_run(text_run(&format!(" ({country})")));
            }
            paragraph = paragraph.add_run(text_run(&format!("{colon}{} ", example.text)));
            paragraph = match super::escape::web_address(&example.source) {
                Some(address) => {
                    self.links += 1;
                    let mut link = Hyperlink::new("", HyperlinkType::External)
                        .add_run(Run::new().style("Hyperlink").add_text(address));
                    // docx-rs numbers links with a process-wide counter: count them here.
                    link.link = HyperlinkData::External {
                        rid: format!("rIdHyperlink{}", self.links),
                        path: super::escape::xml(address),
                    };
                    paragraph.add_hyperlink(link)
                }
                None => paragraph.add_run(text_run(&example.source)),
            };
            if let Some(source) = self.source(&example.cited_by) {
                paragraph = paragraph.add_run(source);
            }
            paragraphs.push(paragraph);
        }
        for paragraph in paragraphs {
            self.add(paragraph);
        }
    }

    /// Workbook-written markdown (a chapter's opening): its paragraphs, emphasis and lists.
    /// Anything else it holds (raw HTML, code) is shown as the text it is.
    fn workbook_markdown(&mut self, text: &str) {
        let arena = Arena::new();
        let root = parse_document(&arena, text, &Options::default());
        for node in root.children() {
            match &node.data.borrow().value {
                NodeValue::List(list) => {
                    let ordered = list.list_type == ListType::Ordered;
                    let items = node
                        .children()
                        .map(|item| inline_runs(item, Emphasis::default()))
                        .collect();
                    self.list(ordered, items);
                }
                _ => {
                    let runs = inline_runs(node, Emphasis::default());
                    if !runs.is_empty() {
                        self.add(
                            runs.into_iter()
                                .fold(Paragraph::new().style("Normal"), Paragraph::add_run),
                        );
                    }
                }
            }
        }
    }

    fn finish(self) -> Result<Vec<u8>, PlanError> {
        let mut xml = self.docx.build();
        xml.document = finish_document(&xml.document, &self.descriptions)?;
        if self.rtl {
            xml.document = right_to_left(&xml.document)?;
            for footer in &mut xml.footers {
                *footer = right_to_left(footer)?;
            }
        }
        xml.document_rels = sort_relationships(&xml.document_rels)?;
        let mut bytes = Cursor::new(Vec::new());
        xml.pack(&mut bytes)
            .map_err(|e| PlanError::Docx(format!("cannot write the package: {e}")))?;
        repack(&bytes.into_inner())
            .map_err(|e| PlanError::Docx(format!("cannot write the package: {e}")))
    }
}

/// The charts the document draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Chart {
    Timeline,
    Stakeholders,
    Progress,
    /// The chart of an indicator of the progress since the last round, by its index.
    Indicator(usize),
}

impl Chart {
    /// Every chart the plan could show.
    fn all(plan: &Plan) -> Vec<Chart> {
        let indicators = plan
            .since_last_round
            .as_ref()
            .map_or(0, |since| since.indicators.len());
        [Chart::Timeline, Chart::Stakeholders, Chart::Progress]
            .into_iter()
            .chain((0..indicators).map(Chart::Indicator))
            .collect()
    }

    /// The chart as SVG, empty when the plan does not show it (the timeline without dated
    /// actions; the progress chart, in the open points, in the public edition; an indicator
    /// whose values are not numbers).
    fn svg(self, plan: &Plan) -> String {
        let words = &plan.words;
        match self {
            Chart::Timeline => svg::timeline(&plan.actions, words),
            Chart::Stakeholders => svg::stakeholders(&plan.stakeholders, words),
            Chart::Progress if plan.edition.name == "public" => String::new(),
            Chart::Progress => svg::progress(&plan.progress, words),
            Chart::Indicator(index) => plan
                .since_last_round
                .as_ref()
                .and_then(|since| {
                    let indicator = since.indicators.get(index)?;
                    Some(svg::indicator(indicator, &since.round.label, words))
                })
                .unwrap_or_default(),
        }
    }

    /// Its alternative text (the SVG's title).
    fn description(self, plan: &Plan) -> String {
        let m = plan.words.messages;
        match self {
            Chart::Timeline => tr!(in m; "plan-chart-timeline"),
            Chart::Stakeholders => tr!(in m; "plan-chart-stakeholders"),
            Chart::Progress => tr!(in m; "plan-chart-progress"),
            Chart::Indicator(index) => plan
                .since_last_round
                .as_ref()
                .and_then(|since| since.indicators.get(index))
                .map_or_else(String::new, |i| clean(&i.indicator)),
        }
    }
}

/// Draws the charts the plan shows, before the document is written, in two lanes of about the
/// same work side by side, so that two cores take about half the time of one.
/// Each is `None` when the computer has no font for the labels.
fn draw_charts(plan: &Plan) -> Result<BTreeMap<Chart, Option<Picture>>, PlanError> {
    let mut wanted: Vec<(Chart, String)> = Chart::all(plan)
        .into_iter()
        .map(|chart| (chart, chart.svg(plan)))
        .filter(|(_, svg)| !svg.is_empty())
        .collect();
    if wanted.is_empty() {
        return Ok(BTreeMap::new());
    }
    let Some(rasterizer) = Rasterizer::new() else {
        return Ok(wanted.into_iter().map(|(chart, _)| (chart, None)).collect());
    };
    // Two lanes of about the same work (the SVG's length stands for it), largest first: one
    // on a thread of its own, the other on this one.
    wanted.sort_by_key(|(_, svg)| std::cmp::Reverse(svg.len()));
    let (mut lanes, mut loads) = ([Vec::new(), Vec::new()], [0, 0]);
    for chart in wanted {
        let lane = usize::from(loads[1] < loads[0]);
        loads[lane] += chart.1.len();
        lanes[lane].push(chart);
    }
    let [apart, here] = lanes;
    let rasterizer = &rasterizer;
    let draw = move |charts: Vec<(Chart, String)>| -> Result<Vec<(Chart, Picture)>, PlanError> {
        charts
            .into_iter()
            .map(|(chart, svg)| Ok((chart, rasterizer.png(&svg)?)))
            .collect()
    };
    std::thread::scope(|scope| {
        let other = scope.spawn(move || draw(apart));
        let mut drawn = draw(here)?;
        drawn.extend(
            other
                .join()
                .map_err(|_| PlanError::Docx("drawing a chart failed".to_string()))??,
        );
        Ok(drawn
            .into_iter()
            .map(|(chart, picture)| (chart, Some(picture)))
            .collect())
    })
}

/// One table cell's text.
struct Cell {
    text: String,
    bold: bool,
}

impl Cell {
    fn text(text: &str) -> Cell {
        Cell {
            text: clean(text).trim().to_string(),
            bold: false,
        }
    }

    fn bold(text: &str) -> Cell {
        Cell {
            bold: true,
            ..Cell::text(text)
        }
    }

    fn runs(&self) -> Vec<Run> {
        if self.text.is_empty() {
            return Vec::new();
        }
        let run = Run::new().add_text(&self.text);
        vec![if self.bold { run.bold() } else { run }]
    }
}

/// Text in a run, cleaned by [`clean_run`].
fn text_run(text: &str) -> Run {
    Run::new().add_text(clean_run(text))
}

/// [`clean`] for a piece of a line: a leading or trailing space is kept, so that runs join up
/// as the markdown's words do.
fn clean_run(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() && c != super::escape::NARROW_NO_BREAK_SPACE {
            space = true;
            continue;
        }
        if c.is_control() || super::escape::is_hidden(c) || matches!(c, '\u{fffe}' | '\u{ffff}') {
            continue;
        }
        if space {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    if space {
        out.push(' ');
    }
    out
}

fn cell(runs: Vec<Run>, width: usize, rtl: bool) -> TableCell {
    let paragraph = runs
        .into_iter()
        .fold(Paragraph::new().style("TableText"), Paragraph::add_run);
    let paragraph = bidi(paragraph, rtl);
    TableCell::new()
        .add_paragraph(paragraph)
        .width(width, WidthType::Dxa)
        .vertical_align(VAlignType::Top)
}

/// About the width of one character of table text (9 pt), in twips, and in bold.
const CHAR_WIDTH: usize = 95;
const BOLD_CHAR_WIDTH: usize = 110;
/// A cell's left and right margins (twips), and room to spare.
const CELL_MARGIN: usize = 60;
const CELL_PAD: usize = 2 * CELL_MARGIN + 20;
/// Longer words than this may break inside a column rather than widen it.
const LONGEST_WORD: usize = 13;

/// Column widths (twips) that fill the text width: each column is first as wide as its longest
/// word (up to [`LONGEST_WORD`] characters, so that "High" or a date never breaks), then the
/// rest of the width goes to the columns that hold more text than fits in that, in proportion
/// to how much more.
fn column_widths(headings: &[String], rows: &[Vec<Cell>]) -> Vec<usize> {
    let (minimum, wanted): (Vec<f64>, Vec<f64>) = (0..headings.len())
        .map(|index| {
            let cells: Vec<&str> = rows
                .iter()
                .filter_map(|r| r.get(index))
                .map(|c| c.text.as_str())
                .collect();
            let longest_word = |texts: &mut dyn Iterator<Item = &str>| {
                texts
                    .flat_map(str::split_whitespace)
                    .map(|w| w.chars().count().min(LONGEST_WORD))
                    .max()
                    .unwrap_or(0)
            };
            // A heading is bold, so its letters are wider.
            let heading = longest_word(&mut std::iter::once(headings[index].as_str()));
            let word = (heading * BOLD_CHAR_WIDTH)
                .max(longest_word(&mut cells.iter().copied()) * CHAR_WIDTH)
                .max(3 * CHAR_WIDTH);
            let lengths: Vec<usize> = cells.iter().map(|t| t.chars().count()).collect();
            let longest = lengths.iter().copied().max().unwrap_or(0).min(80);
            let mean = lengths.iter().sum::<usize>() as f64 / lengths.len().max(1) as f64;
            let minimum = (word + CELL_PAD) as f64;
            let wanted = (0.7 * mean + 0.3 * longest as f64) * CHAR_WIDTH as f64 + CELL_PAD as f64;
            (minimum, (wanted - minimum).max(0.0))
        })
        .unzip();
    let least: f64 = minimum.iter().sum();
    if least >= TEXT_WIDTH as f64 {
        return share(&minimum, TEXT_WIDTH);
    }
    let spare = TEXT_WIDTH - least.ceil() as usize;
    let extra = if wanted.iter().sum::<f64>() > 0.0 {
        share(&wanted, spare)
    } else {
        share(&vec![1.0; wanted.len()], spare)
    };
    let mut widths: Vec<usize> = minimum
        .iter()
        .zip(extra)
        .map(|(m, e)| m.floor() as usize + e)
        .collect();
    let short = TEXT_WIDTH.saturating_sub(widths.iter().sum());
    if let Some(widest) = (0..widths.len()).max_by_key(|&i| widths[i]) {
        widths[widest] += short;
    }
    widths
}

/// `total` split in proportion to `weights`, in whole twips that add up to `total`.
fn share(weights: &[f64], total: usize) -> Vec<usize> {
    let sum: f64 = weights.iter().sum();
    if sum <= 0.0 {
        return vec![total / weights.len().max(1); weights.len()];
    }
    let mut widths: Vec<usize> = weights
        .iter()
        .map(|w| (w / sum * total as f64).floor() as usize)
        .collect();
    let short = total - widths.iter().sum::<usize>();
    if let Some(widest) = (0..widths.len()).max_by_key(|&i| widths[i]) {
        widths[widest] += short;
    }
    widths
}

/// Bold and italic, as they apply to the runs of workbook-written markdown.
#[derive(Debug, Default, Clone, Copy)]
struct Emphasis {
    bold: bool,
    italic: bool,
}

impl Emphasis {
    fn run(self, text: &str) -> Run {
        let mut run = text_run(text);
        if self.bold {
            run = run.bold();
        }
        if self.italic {
            run = run.italic();
        }
        run
    }
}

/// The text of a markdown node as runs, with its emphasis.
fn inline_runs<'a>(node: &'a AstNode<'a>, emphasis: Emphasis) -> Vec<Run> {
    let mut runs = Vec::new();
    collect_runs(node, emphasis, &mut runs);
    runs
}

fn collect_runs<'a>(node: &'a AstNode<'a>, emphasis: Emphasis, runs: &mut Vec<Run>) {
    let mut inner = emphasis;
    match &node.data.borrow().value {
        NodeValue::Text(text) => return runs.push(emphasis.run(text)),
        NodeValue::Code(code) => return runs.push(emphasis.run(&code.literal)),
        NodeValue::HtmlInline(html) => return runs.push(emphasis.run(html)),
        NodeValue::SoftBreak => return runs.push(emphasis.run(" ")),
        NodeValue::LineBreak => return runs.push(Run::new().add_break(BreakType::TextWrapping)),
        NodeValue::CodeBlock(block) => return runs.push(emphasis.run(&block.literal)),
        NodeValue::HtmlBlock(block) => return runs.push(emphasis.run(&block.literal)),
        NodeValue::Emph => inner.italic = true,
        NodeValue::Strong => inner.bold = true,
        _ => {}
    }
    for (index, child) in node.children().enumerate() {
        // Blocks inside a block (two paragraphs in a list item) are joined by a space.
        if index > 0 && child.data.borrow().value.block() {
            runs.push(Run::new().add_text(" "));
        }
        collect_runs(child, inner, runs);
    }
}

/// A paragraph that runs from the right in a right-to-left document (`w:bidi`), unless its
/// letters are all of left-to-right scripts (an answer typed in English, a name alone), which
/// then runs from the left so that its words and punctuation stay in order.
fn bidi(mut paragraph: Paragraph, rtl: bool) -> Paragraph {
    if rtl && letters(&paragraph.children) != Some(Direction::LeftToRight) {
        paragraph.property = paragraph.property.bidi(true);
    }
    paragraph
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    LeftToRight,
    RightToLeft,
}

/// Which way a paragraph's letters run: right to left if any does, else left to right; `None`
/// without letters. docx-rs keeps the text escaped for XML, so entities are skipped.
fn letters(children: &[ParagraphChild]) -> Option<Direction> {
    let mut found = None;
    let mut text = |xml: &str| {
        let mut entity = false;
        for c in xml.chars() {
            match c {
                '&' => entity = true,
                ';' if entity => entity = false,
                _ if entity => {}
                _ if is_right_to_left(c) => return Some(Direction::RightToLeft),
                _ if c.is_alphabetic() => found = Some(Direction::LeftToRight),
                _ => {}
            }
        }
        None
    };
    for child in children {
        let rtl = match child {
            ParagraphChild::Run(run) => run.children.iter().find_map(|c| match c {
                RunChild::Text(t) => text(&t.text),
                _ => None,
            }),
            ParagraphChild::Hyperlink(link) => (letters(&link.children)
                == Some(Direction::RightToLeft))
            .then_some(Direction::RightToLeft),
            _ => None,
        };
        if rtl.is_some() {
            return rtl;
        }
    }
    found
}

/// The footer's line: the edition and "page 3 of 12", the numbers Word's own fields, in the
/// order the plan's language says them.
fn footer(plan: &Plan, messages: &Messages) -> Paragraph {
    let (page, pages) = ('\u{F0000}', '\u{F0001}');
    let text = tr!(in messages; "plan-docx-footer",
        edition = clean(&plan.edition.title),
        page = page.to_string(),
        pages = pages.to_string());
    let mut paragraph = Paragraph::new().style("Footer");
    let mut words = String::new();
    for c in text.chars() {
        if c != page && c != pages {
            words.push(c);
            continue;
        }
        if !words.is_empty() {
            paragraph = paragraph.add_run(Run::new().add_text(clean_run(&words)));
            words.clear();
        }
        paragraph = if c == page {
            paragraph.add_page_num(PageNum::new())
        } else {
            paragraph.add_num_pages(NumPages::new())
        };
    }
    if !words.is_empty() {
        paragraph = paragraph.add_run(Run::new().add_text(clean_run(&words)));
    }
    paragraph
}

/// The styles the document uses, named as Word names its built-in ones ("heading 1"), so that
/// Word's navigation pane, LibreOffice's navigator and other tools see the headings (Word
/// shows a built-in style's name in its own language); the document's own styles ("Cover")
/// are named in the plan's language. A right-to-left document's text is set in a font that
/// has its script.
fn styles(docx: Docx, messages: &Messages, rtl: bool) -> Docx {
    let spacing = |before: u32, after: u32| {
        LineSpacing::new()
            .before(before)
            .after(after)
            .line(264)
            .line_rule(docx_rs::LineSpacingType::Auto)
    };
    let paragraph = |id: &str, name: &str| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
    };
    // Calibri has no Arabic letters; Arial has them on every system Word runs on.
    let complex = if rtl { "Arial" } else { "Calibri" };
    docx.default_fonts(
        RunFonts::new()
            .ascii("Calibri")
            .hi_ansi("Calibri")
            .cs(complex)
            .east_asia("Calibri"),
    )
    .default_size(22)
    .add_style(
        Style::new("Normal", StyleType::Paragraph)
            .name("Normal")
            .q_format(true)
            .line_spacing(spacing(0, 120)),
    )
    .add_style(
        paragraph("Title", "Title")
            .size(44)
            .bold()
            .color(ACCENT)
            .line_spacing(spacing(0, 240)),
    )
    .add_style(
        paragraph("Heading1", "heading 1")
            .size(32)
            .bold()
            .color(ACCENT)
            .outline_lvl(0)
            .line_spacing(spacing(360, 120)),
    )
    .add_style(
        paragraph("Heading2", "heading 2")
            .size(26)
            .bold()
            .outline_lvl(1)
            .line_spacing(spacing(240, 80)),
    )
    .add_style(paragraph("ListParagraph", "List Paragraph").line_spacing(spacing(0, 60)))
    .add_style(paragraph("Cover", &messages.text("plan-style-cover")).line_spacing(spacing(0, 40)))
    .add_style(
        paragraph("Notice", &messages.text("plan-style-notice"))
            .italic()
            .indent(Some(284), None, Some(284), None)
            .line_spacing(spacing(200, 200)),
    )
    .add_style(
        paragraph("TableText", &messages.text("plan-style-table-text"))
            .size(18)
            .line_spacing(spacing(0, 0)),
    )
    .add_style(
        paragraph("Footer", "footer")
            .size(18)
            .color(MUTED)
            .align(AlignmentType::Center),
    )
    .add_style(
        Style::new("Hyperlink", StyleType::Character)
            .name("Hyperlink")
            .color("0563C1")
            .underline("single"),
    )
}

/// A one-level list definition: bullets or decimal numbers, hanging from the left margin.
fn list_definition(id: usize, format: &str, text: &str) -> AbstractNumbering {
    AbstractNumbering::new(id).add_level(
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(Some(360), Some(SpecialIndentType::Hanging(360)), None, None),
    )
}

/// What docx-rs cannot say: marks the first row of every table as its header (`w:tblHeader`,
/// repeated at the top of each page the table runs onto), and gives each picture its own id
/// and its alternative text. A plain search is safe here: docx-rs escapes every `<` in text,
/// so `<w:tbl>` and the like can only be markup.
fn finish_document(document: &[u8], descriptions: &[String]) -> Result<Vec<u8>, PlanError> {
    let unexpected = |what: &str| {
        PlanError::Docx(format!(
            "the document's XML is not as expected ({what}); docx-rs may have changed"
        ))
    };
    let text = std::str::from_utf8(document).map_err(|_| unexpected("not UTF-8"))?;
    let mut out = String::with_capacity(text.len() + 4096);
    let mut rest = text;
    const TABLE: &str = "<w:tbl>";
    const ROW: &str = "<w:trPr>";
    while let Some(at) = rest.find(TABLE) {
        let after = &rest[at..];
        let row = after
            .find(ROW)
            .ok_or_else(|| unexpected("a table without rows"))?
            + ROW.len();
        out.push_str(&rest[..at]);
        out.push_str(&after[..row]);
        out.push_str("<w:tblHeader />");
        rest = &after[row..];
    }
    out.push_str(rest);

    const PICTURE: &str = "<wp:docPr id=\"1\" name=\"Figure\" />";
    let mut numbered = String::with_capacity(out.len() + 256);
    let mut rest = out.as_str();
    for (index, description) in descriptions.iter().enumerate() {
        let at = rest
            .find(PICTURE)
            .ok_or_else(|| unexpected("a picture without its properties"))?;
        numbered.push_str(&rest[..at]);
        numbered.push_str(&format!(
            "<wp:docPr id=\"{}\" name=\"Chart {}\" descr=\"{}\" />",
            index + 1,
            index + 1,
            super::escape::xml(description)
        ));
        rest = &rest[at + PICTURE.len()..];
    }
    numbered.push_str(rest);
    Ok(numbered.into_bytes())
}

/// A right-to-left document's XML: each table visually from the right (`w:bidiVisual`) and
/// each run holding right-to-left letters marked as such (`w:rtl`), so that Word lays out
/// its neutral characters and chooses its complex-script font and size. As in
/// [`finish_document`], a plain search is safe: docx-rs escapes every `<` in text.
fn right_to_left(document: &[u8]) -> Result<Vec<u8>, PlanError> {
    let unexpected = |what: &str| {
        PlanError::Docx(format!(
            "the document's XML is not as expected ({what}); docx-rs may have changed"
        ))
    };
    let text = std::str::from_utf8(document).map_err(|_| unexpected("not UTF-8"))?;
    let text = text.replace("<w:tblPr>", "<w:tblPr><w:bidiVisual />");
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut rest = text.as_str();
    const RUN: &str = "<w:r>";
    while let Some(at) = rest.find(RUN) {
        out.push_str(&rest[..at]);
        let run = &rest[at..];
        let end = run
            .find("</w:r>")
            .map(|i| i + "</w:r>".len())
            .ok_or_else(|| unexpected("a run without its end"))?;
        let (run, after) = run.split_at(end);
        if run.chars().any(is_right_to_left) {
            if let Some(properties) = run.find("<w:rPr />") {
                out.push_str(&run[..properties]);
                out.push_str("<w:rPr><w:rtl /></w:rPr>");
                out.push_str(&run[properties + "<w:rPr />".len()..]);
            } else if let Some(close) = run.find("</w:rPr>") {
                out.push_str(&run[..close]);
                out.push_str("<w:rtl />");
                out.push_str(&run[close..]);
            } else {
                out.push_str(run);
            }
        } else {
            out.push_str(run);
        }
        rest = after;
    }
    out.push_str(rest);
    Ok(out.into_bytes())
}

/// A letter of a right-to-left script (Hebrew, Arabic and its presentation forms, Syriac,
/// Thaana, N'Ko).
fn is_right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// The document's relationships in a fixed order: docx-rs lists the hyperlinks from a hash
/// map, in a different order each run. Each `<Relationship .../>` is one self-closed element
/// whose values docx-rs escaped, so they can be sorted as text.
fn sort_relationships(rels: &[u8]) -> Result<Vec<u8>, PlanError> {
    let unexpected = || {
        PlanError::Docx(
            "the document's relationships are not as expected; docx-rs may have changed".into(),
        )
    };
    let text = std::str::from_utf8(rels).map_err(|_| unexpected())?;
    let (Some(start), Some(end)) = (text.find("<Relationship "), text.rfind("</Relationships>"))
    else {
        return Ok(rels.to_vec());
    };
    let mut items: Vec<&str> = text[start..end].split_inclusive("/>").collect();
    if items.iter().any(|i| !i.starts_with("<Relationship ")) {
        return Err(unexpected());
    }
    items.sort_unstable();
    Ok([&text[..start], &items.concat(), &text[end..]]
        .concat()
        .into_bytes())
}

/// docx-rs stores every part uncompressed, and marks the files executable: the same parts,
/// deflated (pictures stay stored: PNG is compressed already), with plain file permissions
/// and the zip format's earliest timestamp, 1980-01-01, so that no clock gets in.
fn repack(package: &[u8]) -> zip::result::ZipResult<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(package))?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(package.len() / 2)));
    let mut data = Vec::new();
    for index in 0..archive.len() {
        let mut part = archive.by_index(index)?;
        if part.is_dir() {
            continue;
        }
        let method = if part.name().starts_with("word/media/") {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(zip::DateTime::default())
            .unix_permissions(0o644);
        data.clear();
        std::io::Read::read_to_end(&mut part, &mut data)?;
        out.start_file(part.name(), options)?;
        std::io::Write::write_all(&mut out, &data)?;
    }
    Ok(out.finish()?.into_inner())
}
