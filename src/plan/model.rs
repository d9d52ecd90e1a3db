//! The action plan as data: what every output format (markdown, HTML, JSON) is made from.
//! The shape is documented for other tools in docs/plan-json.md; keep the two in step.
//!
//! Text fields hold the raw (unescaped) text; the renderers escape it for their format.
//! Every row and finding carries the id of the question it came from (`workbook.question`).

use serde::Serialize;

use crate::profile::progress::Progress;

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub city: String,
    pub country: Option<String>,
    /// The plan's date, YYYY-MM-DD.
    pub date: String,
    /// Whose questions are included: "mayor", "official" or "all".
    pub audience: String,
    /// Who the plan is prepared for, as a phrase ("the mayor").
    pub prepared_for: String,
    /// The role of whoever keeps the profile: "mayor" or "official".
    pub prepared_by: String,
    /// The questions the city works through: "full" (the whole workbooks) or "core".
    pub track: String,
    /// The track as the reader is told it ("the full workbooks").
    pub track_phrase: String,
    pub include_sensitive: bool,
    pub summary: Summary,
    pub chapters: Vec<Chapter>,
    pub actions: Vec<ActionRow>,
    pub indicators: Vec<IndicatorRow>,
    pub stakeholders: Vec<StakeholderRow>,
    pub risks: Vec<RiskRow>,
    /// The questions whose answers feed each consolidated table.
    pub sources: TableSources,
    pub open_questions: Vec<OpenWorkbook>,
    pub examples: Vec<Citation>,
    pub withheld: Withheld,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct TableSources {
    pub actions: Vec<String>,
    pub indicators: Vec<String>,
    pub stakeholders: Vec<String>,
    pub risks: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub areas: Vec<AreaProgress>,
    /// The first actions of the sorted action table (at most five).
    pub priorities: Vec<ActionRow>,
    /// Required questions that apply but have no answer, over all workbooks.
    pub missing: usize,
    pub answered: usize,
    pub relevant: usize,
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

/// One answer as it appears in a chapter. Exactly one of `paragraphs`, `items` and `table`
/// is filled (a table feeding a consolidated table may have none, only `note`).
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub question: String,
    pub label: String,
    pub kind: String,
    pub feeds: String,
    pub paragraphs: Vec<String>,
    pub items: Vec<String>,
    pub table: Option<Table>,
    /// Where the rows went, for an answer feeding a consolidated table.
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionRow {
    pub action: String,
    pub owner: String,
    pub partners: String,
    pub start: Option<String>,
    pub due: Option<String>,
    /// `start` and `due` as one phrase ("2026-01-01 to 2026-03-31").
    pub timeline: String,
    /// The priority's label as the workbook names it.
    pub priority: String,
    /// "high", "medium", "low" or "" when not set.
    pub priority_level: String,
    pub budget: String,
    pub indicator: String,
    pub question: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorRow {
    pub indicator: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub baseline: String,
    pub target: String,
    pub source: String,
    pub frequency: String,
    pub owner: String,
    pub question: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StakeholderRow {
    pub name: String,
    pub sector: String,
    pub role: String,
    pub influence: String,
    pub influence_level: String,
    pub interest: String,
    pub interest_level: String,
    pub relationship: String,
    pub contact: String,
    pub question: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RiskRow {
    pub risk: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub affected: String,
    pub likelihood: String,
    pub impact: String,
    pub current_response: String,
    pub evidence: String,
    pub question: String,
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

/// A real city's practice cited by a workbook section or question the plan covers.
#[derive(Debug, Clone, Serialize)]
pub struct Citation {
    pub city: String,
    pub country: Option<String>,
    pub text: String,
    pub source: String,
    /// Ids of the sections (`workbook.section`) or questions that cite it.
    pub cited_by: Vec<String>,
}

/// Sensitive answers left out because `include_sensitive` was off.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Withheld {
    pub count: usize,
    pub questions: Vec<String>,
}
