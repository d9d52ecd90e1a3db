//! The workbook file format as serde types.
//!
//! Every struct denies unknown keys so that a typo in a workbook is an error with a location,
//! never a silently ignored setting. Kind-specific settings (choices, columns, unit...) live on
//! one flat `Question` struct instead of a tagged enum because serde cannot combine
//! `deny_unknown_fields` with `flatten`; the linter checks that each setting fits its kind.

use serde::{Deserialize, Serialize};
use toml::Spanned;

/// One workbook: a guided exercise for one area of the guides.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Workbook {
    pub id: Spanned<String>,
    pub title: String,
    pub area: String,
    pub version: u32,
    pub summary: String,
    #[serde(default = "default_audiences")]
    pub audiences: Vec<Spanned<String>>,
    /// Heading and opening paragraph of this workbook's chapter in the action plan.
    #[serde(default)]
    pub plan: Option<PlanChapter>,
    #[serde(default)]
    pub glossary: Vec<GlossaryEntry>,
    #[serde(default)]
    pub migrations: Vec<Migration>,
    #[serde(default)]
    pub sections: Vec<Section>,
}

fn default_audiences() -> Vec<Spanned<String>> {
    vec![
        Spanned::new(0..0, "mayor".to_string()),
        Spanned::new(0..0, "official".to_string()),
    ]
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PlanChapter {
    /// Chapter heading; the workbook title when absent.
    #[serde(default)]
    pub heading: Option<String>,
    /// Markdown paragraph that opens the chapter.
    #[serde(default)]
    pub intro: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub term: Spanned<String>,
    pub definition: String,
    /// Other spellings that should be highlighted as this term.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: Spanned<String>,
    pub title: String,
    #[serde(default)]
    pub intro: Option<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
    #[serde(default)]
    pub questions: Vec<Question>,
}

/// A real city's practice, shown on demand and cited in the plan's appendix.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub city: String,
    #[serde(default)]
    pub country: Option<String>,
    pub text: String,
    pub source: String,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    ShortText,
    LongText,
    SingleChoice,
    MultiChoice,
    YesNo,
    Scale,
    Number,
    Date,
    List,
    Table,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::ShortText => "short_text",
            Kind::LongText => "long_text",
            Kind::SingleChoice => "single_choice",
            Kind::MultiChoice => "multi_choice",
            Kind::YesNo => "yes_no",
            Kind::Scale => "scale",
            Kind::Number => "number",
            Kind::Date => "date",
            Kind::List => "list",
            Kind::Table => "table",
        }
    }

    pub fn has_choices(self) -> bool {
        matches!(self, Kind::SingleChoice | Kind::MultiChoice)
    }
}

/// Who a question is written for.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash, Default)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Mayor,
    Official,
    #[default]
    Both,
}

impl Audience {
    pub fn name(self) -> &'static str {
        match self {
            Audience::Mayor => "mayor",
            Audience::Official => "official",
            Audience::Both => "both",
        }
    }

    /// Whether a question for `self` is shown to a reader in `role`.
    pub fn includes(self, role: Audience) -> bool {
        self == Audience::Both || role == Audience::Both || self == role
    }
}

/// Which part of the action plan an answer feeds.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash, Default)]
#[serde(rename_all = "snake_case")]
pub enum Feed {
    /// A line or paragraph in the workbook's chapter.
    #[default]
    Finding,
    /// Rows of the consolidated action table (a table with an `action` column).
    Actions,
    /// Rows of the stakeholder map (a table with a `name` column).
    Stakeholders,
    /// Rows of the risk and needs register (a table with a `risk` column).
    Risks,
    /// Rows of the monitoring, evaluation and learning table (a table with an `indicator` column).
    Indicators,
}

impl Feed {
    pub fn name(self) -> &'static str {
        match self {
            Feed::Finding => "finding",
            Feed::Actions => "actions",
            Feed::Stakeholders => "stakeholders",
            Feed::Risks => "risks",
            Feed::Indicators => "indicators",
        }
    }

    /// The column a table must have to feed this part of the plan.
    pub fn key_column(self) -> Option<&'static str> {
        match self {
            Feed::Finding => None,
            Feed::Actions => Some("action"),
            Feed::Stakeholders => Some("name"),
            Feed::Risks => Some("risk"),
            Feed::Indicators => Some("indicator"),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: Spanned<String>,
    pub kind: Spanned<Kind>,
    pub prompt: String,
    #[serde(default)]
    pub guidance: Option<String>,
    #[serde(default)]
    pub example: Option<Example>,
    #[serde(default)]
    pub required: bool,
    #[serde(default = "default_audience")]
    pub audience: Spanned<Audience>,
    #[serde(default)]
    pub show_if: Option<Spanned<Condition>>,
    #[serde(default)]
    pub sensitive: bool,
    #[serde(default)]
    pub feeds: Feed,
    /// Short label for this answer in the plan; the prompt when absent.
    #[serde(default)]
    pub plan_label: Option<String>,
    /// Placeholder shown in an empty editor.
    #[serde(default)]
    pub placeholder: Option<String>,
    /// Column heading under which `workbook compare` shows this answer across cities.
    #[serde(default)]
    pub compare: Option<String>,

    // Kind-specific settings; the linter rejects those that do not fit the kind.
    #[serde(default)]
    pub choices: Option<Spanned<Vec<Choice>>>,
    /// Offer a free-text "other" choice (single and multiple choice).
    #[serde(default)]
    pub other: bool,
    #[serde(default)]
    pub min: Option<Spanned<f64>>,
    #[serde(default)]
    pub max: Option<Spanned<f64>>,
    #[serde(default)]
    pub unit: Option<String>,
    /// Number answers must be whole numbers.
    #[serde(default)]
    pub integer: bool,
    /// One label per point of a scale, from `min` to `max`.
    #[serde(default)]
    pub labels: Option<Spanned<Vec<String>>>,
    /// Label for one item of a list ("risk", "partner"...).
    #[serde(default)]
    pub item_label: Option<String>,
    #[serde(default)]
    pub columns: Option<Spanned<Vec<Column>>>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub value: Spanned<String>,
    pub label: String,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum ColumnKind {
    Text,
    Number,
    Date,
    Choice,
    YesNo,
}

impl ColumnKind {
    pub fn name(self) -> &'static str {
        match self {
            ColumnKind::Text => "text",
            ColumnKind::Number => "number",
            ColumnKind::Date => "date",
            ColumnKind::Choice => "choice",
            ColumnKind::YesNo => "yes_no",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub id: Spanned<String>,
    pub label: String,
    #[serde(default = "default_column_kind")]
    pub kind: ColumnKind,
    #[serde(default)]
    pub required: bool,
    /// Cells of this column (contact details, names) stay out of shared plans, while the
    /// rest of the table is shown.
    #[serde(default)]
    pub sensitive: bool,
    /// Allowed values of a `choice` column.
    #[serde(default)]
    pub choices: Option<Spanned<Vec<Choice>>>,
}

fn default_audience() -> Spanned<Audience> {
    Spanned::new(0..0, Audience::Both)
}

fn default_column_kind() -> ColumnKind {
    ColumnKind::Text
}

/// A show-if condition on earlier answers. Exactly one form per table:
/// `{ question, equals }`, `{ question, one_of }`, `{ question, contains }`,
/// `{ question, answered }`, `{ all = [...] }`, `{ any = [...] }`, `{ not = {...} }`.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    #[serde(default)]
    pub question: Option<Spanned<String>>,
    #[serde(default)]
    pub equals: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub one_of: Option<Spanned<Vec<toml::Value>>>,
    #[serde(default)]
    pub contains: Option<Spanned<String>>,
    #[serde(default)]
    pub answered: Option<bool>,
    #[serde(default)]
    pub all: Option<Vec<Spanned<Condition>>>,
    #[serde(default)]
    pub any: Option<Vec<Spanned<Condition>>>,
    #[serde(default)]
    pub not: Option<Box<Spanned<Condition>>>,
}

/// How answers given under an older workbook version are carried forward.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Migration {
    /// The workbook version that made this change; answers given under an older version are
    /// migrated.
    pub version: u32,
    pub action: Spanned<MigrationAction>,
    /// The question affected (for choice changes) .
    #[serde(default)]
    pub question: Option<Spanned<String>>,
    #[serde(default)]
    pub from: Option<Spanned<String>>,
    #[serde(default)]
    pub to: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum MigrationAction {
    /// A question id changed from `from` to `to`.
    RenameQuestion,
    /// In `question`, choice value `from` became `to`.
    RenameChoice,
    /// In `question`, choice value `from` no longer exists; answers keep it as "other" text.
    RetireChoice,
}

impl Workbook {
    pub fn id(&self) -> &str {
        self.id.get_ref()
    }

    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    pub fn question_count(&self) -> usize {
        self.sections.iter().map(|s| s.questions.len()).sum()
    }

    pub fn chapter_heading(&self) -> &str {
        self.plan
            .as_ref()
            .and_then(|p| p.heading.as_deref())
            .unwrap_or(&self.title)
    }
}

impl Question {
    pub fn id(&self) -> &str {
        self.id.get_ref()
    }

    pub fn kind(&self) -> Kind {
        *self.kind.get_ref()
    }

    pub fn audience(&self) -> Audience {
        *self.audience.get_ref()
    }

    pub fn label(&self) -> &str {
        self.plan_label.as_deref().unwrap_or(&self.prompt)
    }

    pub fn choices(&self) -> &[Choice] {
        self.choices
            .as_ref()
            .map(|c| c.get_ref().as_slice())
            .unwrap_or(&[])
    }

    pub fn choice_label(&self, value: &str) -> Option<&str> {
        self.choices()
            .iter()
            .find(|c| c.value.get_ref() == value)
            .map(|c| c.label.as_str())
    }

    pub fn columns(&self) -> &[Column] {
        self.columns
            .as_ref()
            .map(|c| c.get_ref().as_slice())
            .unwrap_or(&[])
    }

    pub fn min(&self) -> Option<f64> {
        self.min.as_ref().map(|m| *m.get_ref())
    }

    pub fn max(&self) -> Option<f64> {
        self.max.as_ref().map(|m| *m.get_ref())
    }

    pub fn scale_labels(&self) -> &[String] {
        self.labels
            .as_ref()
            .map(|l| l.get_ref().as_slice())
            .unwrap_or(&[])
    }
}

impl Column {
    pub fn id(&self) -> &str {
        self.id.get_ref()
    }

    pub fn choices(&self) -> &[Choice] {
        self.choices
            .as_ref()
            .map(|c| c.get_ref().as_slice())
            .unwrap_or(&[])
    }
}

impl Choice {
    pub fn value(&self) -> &str {
        self.value.get_ref()
    }
}
