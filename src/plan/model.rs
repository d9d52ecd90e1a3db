//! The action plan as data: what every output format (markdown, HTML, Word, JSON) is made from.
//! The shape is documented for other tools in docs/plan-json.md; keep the two in step.
//!
//! Text fields hold the raw (unescaped) text; the renderers escape it for their format.
//! Every finding and table row carries the ids of the questions it came from
//! (`workbook.question`): the JSON always has them, the documents only with `--trace`.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use crate::profile::progress::Progress;

pub use super::escape::Block;
use super::words::Words;

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub city: String,
    /// The language of the workbooks' texts in the plan (a BCP 47 tag: "en", "fr", "ar").
    pub language: String,
    pub country: Option<String>,
    /// The plan's date, YYYY-MM-DD.
    pub date: String,
    /// The date in words ("1 December 2026").
    pub date_text: String,
    /// Whose questions are included: "mayor", "official" or "all".
    pub audience: String,
    /// Who the plan is prepared for, as a phrase ("the mayor").
    pub prepared_for: String,
    /// Who prepared it, as the cover says it.
    pub prepared_by: String,
    /// The questions the city works through: "full" (the whole workbooks) or "core".
    pub track: String,
    /// The track as the reader is told it ("the full workbooks").
    pub track_phrase: String,
    /// Which answers the plan may show, and how the cover names it.
    pub edition: EditionInfo,
    /// "draft", "for_decision" or "adopted", and its label.
    pub status: String,
    pub status_label: String,
    pub version: String,
    /// The currency the city's sums are in ("EUR"), if the city set one.
    pub currency: Option<String>,
    /// Whether the documents show where each line came from (question ids).
    pub trace: bool,
    /// Kept for older templates: true in the restricted edition.
    pub include_sensitive: bool,
    /// The closed round the plan was built for (`plan --round 2026`); `None` for the answers
    /// the city is working on now.
    pub round: Option<RoundInfo>,
    pub summary: Summary,
    /// What changed since the last round the city closed before these answers; `None` when
    /// it closed none.
    pub since_last_round: Option<SinceLastRound>,
    /// One chapter per workbook that has answers in this edition.
    pub chapters: Vec<Chapter>,
    pub governance: Vec<Finding>,
    pub review: Vec<Finding>,
    pub actions: Vec<TableRow>,
    pub indicators: Vec<TableRow>,
    pub stakeholders: Vec<TableRow>,
    pub risks: Vec<TableRow>,
    pub delivery_risks: Vec<TableRow>,
    /// The columns each consolidated table shows, by table ("actions"): those the edition
    /// shows and at least one row fills.
    pub columns: BTreeMap<String, Vec<ColumnHead>>,
    pub budget: Budget,
    /// The questions whose answers feed each consolidated table and part.
    pub sources: TableSources,
    pub open_questions: Vec<OpenWorkbook>,
    /// How complete the answers are, per workbook (for the open points).
    pub progress: Vec<AreaProgress>,
    pub examples: Vec<Citation>,
    pub withheld: Withheld,
    /// The plan's own words in its language, which every format writes it with.
    #[serde(skip)]
    pub words: Arc<Words>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EditionInfo {
    /// "public", "council" or "restricted".
    pub name: String,
    /// "Council edition".
    pub title: String,
    /// Who may read it ("internal, not for publication").
    pub notice: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct TableSources {
    pub actions: Vec<String>,
    pub indicators: Vec<String>,
    pub stakeholders: Vec<String>,
    pub risks: Vec<String>,
    pub delivery_risks: Vec<String>,
    pub governance: Vec<String>,
    pub review: Vec<String>,
    pub need: Vec<String>,
    pub objectives: Vec<String>,
    pub decisions: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// The opening paragraph: what the plan is for and what it covers.
    pub opening: String,
    /// The statement of need, as the city wrote it.
    pub need: Vec<Finding>,
    pub objectives: Vec<Finding>,
    /// The first actions of the sorted action table (at most five).
    pub priorities: Vec<TableRow>,
    /// What the costed actions add up to, against the funding found (one sentence).
    pub cost: Option<String>,
    /// What came of the actions and indicators since the last round (one sentence), when
    /// there was one.
    pub progress: Option<String>,
    /// Decisions the council is asked to take.
    pub decisions: Vec<String>,
    /// Required questions that apply but have no answer, over all workbooks.
    pub missing: usize,
    pub answered: usize,
    pub relevant: usize,
    /// Kept for older templates: the progress per workbook.
    pub areas: Vec<AreaProgress>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AreaProgress {
    pub workbook: String,
    pub title: String,
    pub area: String,
    pub progress: Progress,
    pub percent: u8,
}

#[derive(Debug, Clone, Serialize)]
pub struct Chapter {
    pub workbook: String,
    pub title: String,
    pub heading: String,
    /// The workbook's opening paragraph for the chapter (Markdown written by the workbook).
    pub intro: Option<String>,
    /// Ids of the questions whose answers this chapter shows.
    pub questions: Vec<String>,
    pub sections: Vec<ChapterSection>,
    pub progress: Progress,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChapterSection {
    pub id: String,
    pub title: String,
    pub findings: Vec<Finding>,
}

/// One answer as the plan says it: a sentence where the workbook gives one, else a label and
/// the value. `blocks`, `items` and `table` hold what follows the sentence or label.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub question: String,
    pub label: String,
    /// The label as it leads into a one-line value: "Budget:" (a question keeps its "?").
    pub lead: String,
    pub kind: String,
    pub feeds: String,
    /// The answer as a sentence (the workbook's `plan_sentence`, filled in).
    pub sentence: Option<String>,
    /// A one-line value printed after the label ("Label: value"), when there is no sentence.
    pub value: Option<String>,
    /// The answer in words on one line, whatever the document prints (for other tools).
    pub answer: String,
    /// A text answer as the user typed it: paragraphs (with their line breaks) and lists.
    pub blocks: Vec<Block>,
    pub items: Vec<String>,
    pub table: Option<Table>,
}

/// A column of a consolidated table: the cell key in each row, and its heading.
#[derive(Debug, Clone, Serialize)]
pub struct ColumnHead {
    pub id: String,
    pub heading: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A row of one of the plan's consolidated tables: the display text of each column by its id
/// (a choice column shows its label, and its value under `<id>_level`), plus what the table's
/// spec adds (an action's `timeline`, `cost`...).
#[derive(Debug, Clone, Serialize)]
pub struct TableRow {
    #[serde(flatten)]
    pub cells: BTreeMap<String, String>,
    /// The first question the row came from (kept for older templates).
    pub question: String,
    /// Every question the row came from: one action entered in two workbooks is one row.
    pub questions: Vec<String>,
    /// The workbook of the first question.
    pub workbook: String,
}

impl TableRow {
    pub fn get(&self, column: &str) -> &str {
        self.cells.get(column).map(String::as_str).unwrap_or("")
    }
}

/// The actions' costs, per area and in total, against the funding found.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Budget {
    pub areas: Vec<BudgetLine>,
    pub total: BudgetLine,
    /// Whether any action carries a sum (else the plan has no budget table).
    pub costed: bool,
    /// Whether this edition leaves out actions, so that the totals cover only those shown.
    pub partial: bool,
    /// Actions done or dropped, which the budget leaves out: it covers what is still to be
    /// delivered.
    pub closed_actions: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct BudgetLine {
    pub workbook: String,
    pub title: String,
    /// Actions with a sum, and actions without one (staff time, not costed).
    pub costed_actions: usize,
    pub other_actions: usize,
    /// Sums, written the city's way with its currency ("EUR 12,000").
    pub total: String,
    pub secured: String,
    pub applied: String,
    pub unfunded: String,
    /// The same sums as plain numbers, for other tools.
    pub total_value: f64,
    pub secured_value: f64,
    pub applied_value: f64,
    pub unfunded_value: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct OpenWorkbook {
    pub workbook: String,
    pub title: String,
    pub questions: Vec<OpenQuestion>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OpenQuestion {
    pub id: String,
    pub label: String,
}

/// A real city's practice cited by a question the city answered (or a section it worked on).
#[derive(Debug, Clone, Serialize)]
pub struct Citation {
    pub city: String,
    pub country: Option<String>,
    /// What the city did.
    pub text: String,
    /// The lesson the workbook draws for the reader, when it gives one.
    pub lesson: Option<String>,
    pub source: String,
    /// Ids of the sections (`workbook.section`) or questions that cite it.
    pub cited_by: Vec<String>,
}

/// Answers left out because the edition does not show their level.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Withheld {
    pub count: usize,
    /// The questions (and `question.column`s) left out.
    pub questions: Vec<String>,
    /// What was left out, as the cover says it.
    pub description: String,
    /// Whether whole action tables were left out (the budget then covers only those shown).
    pub actions: bool,
}

/// A closed round of the city's answers, as the cover names it.
#[derive(Debug, Clone, Serialize)]
pub struct RoundInfo {
    /// The round's name ("2026").
    pub label: String,
    /// When it was opened and closed, YYYY-MM-DD, and the close in words.
    pub opened: String,
    pub closed: String,
    pub closed_text: String,
}

/// The chapter "Progress since the last round": this plan set against the one the city's last
/// closed round gives in the same edition.
#[derive(Debug, Clone, Serialize)]
pub struct SinceLastRound {
    /// The round compared with.
    pub round: RoundInfo,
    /// What the chapter sets against what, in a sentence.
    pub opening: String,
    /// How many actions of this plan stand at each status, in a sentence, and how many are new.
    pub actions_sentence: String,
    /// The actions of this plan per status, in the order a council reads them.
    pub statuses: Vec<StatusCount>,
    /// The actions done, late and dropped (only the groups that have any), each in the
    /// action table's order.
    pub action_groups: Vec<ActionGroup>,
    /// Actions of this plan the last round did not have.
    pub new_actions: usize,
    /// Actions the last round had that this plan no longer lists (by their text).
    pub removed_actions: Vec<String>,
    /// Indicators with a latest value now or at the last round.
    pub indicators: Vec<IndicatorProgress>,
    /// Indicators with no value measured yet, by name.
    pub unmeasured_indicators: Vec<String>,
    /// Indicators the last round had that this plan no longer lists.
    pub removed_indicators: Vec<String>,
    /// What changed in the mapping, in the mapping's order: the stakeholder map, the risk and
    /// needs register, and the lists and choices answered at both rounds.
    pub mapping: Vec<MappingChange>,
    /// Lists and choices of the mapping answered for the first time since the last round, by
    /// their labels.
    pub new_mapping_parts: Vec<String>,
    /// Whether the plan (now or at the last round) covers the mapping at all, so that an
    /// empty `mapping` means nothing changed.
    pub mapping_compared: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusCount {
    /// The status's value ("in_progress"), or "" for actions without one.
    pub status: String,
    /// Its label as the workbook gives it ("In progress"), or "No status".
    pub label: String,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionGroup {
    /// "done", "late" or "dropped".
    pub status: String,
    /// The status's label, as the group's heading ("Done").
    pub label: String,
    /// The actions, rows of the action table (with their `progress_note` in the editions that
    /// show it).
    pub actions: Vec<TableRow>,
}

/// One indicator against its baseline and target.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorProgress {
    pub indicator: String,
    /// The cells as the city wrote them; `previous` is the latest value at the last round.
    pub baseline: String,
    pub previous: String,
    pub latest: String,
    pub target: String,
    /// Where it stands, in words ("Up 43 since 2025; 28% of the way from the baseline to the
    /// target"); empty when the values are not numbers.
    pub standing: String,
    /// The values as numbers, when the latest value and the target (and the baseline and
    /// previous value, where given) are numbers in the city's format: what the chart shows.
    pub chart: Option<IndicatorNumbers>,
    /// Every question the row came from.
    pub questions: Vec<String>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct IndicatorNumbers {
    pub baseline: Option<f64>,
    pub previous: Option<f64>,
    pub latest: f64,
    pub target: f64,
    /// Whether the values are percentages ("35%").
    pub percent: bool,
}

/// What changed in one part of the mapping since the last round.
#[derive(Debug, Clone, Serialize)]
pub struct MappingChange {
    /// The question (or, for a consolidated table, the questions) it came from.
    pub questions: Vec<String>,
    /// The part, as the plan names it ("Threats present in the city", "Stakeholder map").
    pub label: String,
    /// The label as it leads into what changed: "Stakeholder map." (a question keeps its "?").
    pub lead: String,
    /// Items, rows or choices listed now and not at the last round, and the other way round.
    pub added: Vec<String>,
    pub removed: Vec<String>,
    /// A single choice as it was and as it is now (both set when it changed).
    pub before: Option<String>,
    pub after: Option<String>,
}
