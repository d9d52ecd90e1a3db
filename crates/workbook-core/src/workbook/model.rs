//! The workbook file format as serde types.
//!
//! Every struct denies unknown keys so that a typo in a workbook is an error with a location,
//! never a silently ignored setting. Kind-specific settings (choices, columns, unit...) live on
//! one flat `Question` struct instead of a tagged enum because serde cannot combine
//! `deny_unknown_fields` with `flatten`; the linter checks that each setting fits its kind.

use super::span::Spanned;
use serde::{Deserialize, Serialize};

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
    /// Rows of the risks to delivering the plan (a table with a `risk` column).
    DeliveryRisks,
    /// The plan's chapter on governance and reporting to the council.
    Governance,
    /// The review schedule, in the plan's monitoring, evaluation and learning chapter.
    Review,
    /// The statement of need that opens the executive summary (text).
    Need,
    /// The objectives in the executive summary (a list or text).
    Objectives,
    /// Decisions the council is asked to take, in the executive summary (a list or text).
    Decisions,
}

impl Feed {
    pub fn name(self) -> &'static str {
        match self {
            Feed::Finding => "finding",
            Feed::Actions => "actions",
            Feed::Stakeholders => "stakeholders",
            Feed::Risks => "risks",
            Feed::Indicators => "indicators",
            Feed::DeliveryRisks => "delivery_risks",
            Feed::Governance => "governance",
            Feed::Review => "review",
            Feed::Need => "need",
            Feed::Objectives => "objectives",
            Feed::Decisions => "decisions",
        }
    }

    /// Whether the answer is text the executive summary quotes (so it takes text or a list).
    pub fn is_summary(self) -> bool {
        matches!(self, Feed::Need | Feed::Objectives | Feed::Decisions)
    }

    /// The column a table must have to feed this part of the plan.
    pub fn key_column(self) -> Option<&'static str> {
        match self {
            Feed::Actions => Some("action"),
            Feed::Stakeholders => Some("name"),
            Feed::Risks => Some("risk"),
            Feed::Indicators => Some("indicator"),
            Feed::DeliveryRisks => Some("risk"),
            Feed::Finding
            | Feed::Governance
            | Feed::Review
            | Feed::Need
            | Feed::Objectives
            | Feed::Decisions => None,
        }
    }
}

/// The sentence the plan prints for an answer. `{answer}` stands for the answer in words (a
/// choice's label, a number with its unit, the text typed), `{other}` for the text of an
/// "other" choice and `{city}` for the city's name.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(untagged)]
pub enum PlanSentence {
    /// One sentence for any answer.
    One(String),
    /// A sentence per answer: `yes`/`no`, a choice's value (and `other`), or a scale point.
    ByValue(std::collections::BTreeMap<String, String>),
}

/// The placeholders a plan sentence may hold.
pub const PLAN_SENTENCE_PLACEHOLDERS: &[&str] = &["answer", "other", "city"];

impl PlanSentence {
    /// The sentence for an answer whose value key is `key` (`yes`, a choice value, `3`); the
    /// one sentence when there is no sentence per value.
    pub fn for_key(&self, key: &str) -> Option<&str> {
        match self {
            PlanSentence::One(text) => Some(text),
            PlanSentence::ByValue(map) => map.get(key).map(String::as_str),
        }
    }

    /// Every sentence, with its key (empty for the one sentence).
    pub fn sentences(&self) -> Vec<(&str, &str)> {
        match self {
            PlanSentence::One(text) => vec![("", text.as_str())],
            PlanSentence::ByValue(map) => {
                map.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
            }
        }
    }
}

/// The `{name}` placeholders in `sentence`, or the text that is not a placeholder.
pub fn placeholders(sentence: &str) -> Result<Vec<&str>, String> {
    let mut found = Vec::new();
    let mut rest = sentence;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(crate::tr!("core-brace-unopened"));
        }
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(crate::tr!("core-brace-unclosed"));
        };
        found.push(&after[..close]);
        rest = &after[close + 1..];
    }
    Ok(found)
}

/// Who may read an answer, from the most open to the most closed. A plan edition includes the
/// answers up to its level.
#[derive(
    Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord, Hash, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Sensitivity {
    /// Fit for a published plan.
    Public,
    /// For the council and partners.
    #[default]
    Internal,
    /// Personal data, named people and places at risk: only in a restricted edition.
    Restricted,
}

impl Sensitivity {
    pub fn name(self) -> &'static str {
        match self {
            Sensitivity::Public => "public",
            Sensitivity::Internal => "internal",
            Sensitivity::Restricted => "restricted",
        }
    }
}

/// A question, or (with `uses`) a question of another workbook shown here: its answer is the
/// home question's answer. A `uses` entry names the question as `workbook.question` and may give
/// a local `prompt` and `guidance` (why it matters here) and `core`; everything else comes from
/// the home question when the catalog is loaded.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    #[serde(default)]
    pub id: Option<Spanned<String>>,
    #[serde(default)]
    pub kind: Option<Spanned<Kind>>,
    /// The home question this entry shows, as `workbook.question`.
    #[serde(default)]
    pub uses: Option<Spanned<String>>,
    /// Set when the catalog resolves `uses`: the workbook the answer lives in (never read
    /// from a file; the embedded catalog keeps it beside the workbooks).
    #[serde(skip)]
    pub home: Option<String>,
    #[serde(default)]
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
    /// Who may read the answer; `internal` when not given.
    #[serde(default)]
    pub sensitivity: Option<Spanned<Sensitivity>>,
    /// The yes/no flag `sensitivity` replaces: true is `restricted`, false `internal`.
    #[serde(default)]
    pub sensitive: Option<Spanned<bool>>,
    /// Part of the core track: the questions a small town or a first workshop starts with.
    #[serde(default)]
    pub core: bool,
    #[serde(default)]
    pub feeds: Feed,
    /// Short label for this answer in the plan; the prompt when absent.
    #[serde(default)]
    pub plan_label: Option<String>,
    /// How the plan says the answer, as a sentence, instead of a label and a bare value.
    #[serde(default)]
    pub plan_sentence: Option<Spanned<PlanSentence>>,
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
    /// Who may read this column's cells (contact details, names may be stricter than the
    /// table); the question's level when not given. A column may be stricter than its
    /// question, never more open.
    #[serde(default)]
    pub sensitivity: Option<Spanned<Sensitivity>>,
    /// The yes/no flag `sensitivity` replaces: true is `restricted`.
    #[serde(default)]
    pub sensitive: Option<Spanned<bool>>,
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
    /// The question affected (for choice changes and value maps).
    #[serde(default)]
    pub question: Option<Spanned<String>>,
    #[serde(default)]
    pub from: Option<Spanned<String>>,
    #[serde(default)]
    pub to: Option<Spanned<String>>,
    /// Old answer values to new ones (`move_question`, `map_values`); a number is written as
    /// its text (`"3" = "medium"`).
    #[serde(default)]
    pub values: Option<Spanned<std::collections::BTreeMap<String, String>>>,
    /// A note kept with every answer this migration carries, for the user to check.
    #[serde(default)]
    pub note: Option<String>,
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
    /// The answer to `from` (this workbook's question) now lives at `to`, a question of this
    /// or another workbook (`workbook.question`), with `values` mapped. Where `to` is already
    /// answered differently, the newer answer stays and the other is kept beside it as a note.
    MoveQuestion,
    /// In `question`, answers change value as `values` says (a scale turned into choices).
    MapValues,
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
        self.id.as_ref().map_or("", |id| id.get_ref().as_str())
    }

    /// Where the question is written in its file: its id, or its `uses`.
    pub fn span(&self) -> std::ops::Range<usize> {
        match (&self.uses, &self.id) {
            (Some(uses), _) => uses.span(),
            (None, Some(id)) => id.span(),
            (None, None) => 0..0,
        }
    }

    pub fn kind(&self) -> Kind {
        self.kind.as_ref().map_or(Kind::ShortText, |k| *k.get_ref())
    }

    /// Where the kind is written, for messages about kind-specific settings.
    pub fn kind_span(&self) -> std::ops::Range<usize> {
        self.kind
            .as_ref()
            .map_or_else(|| self.span(), Spanned::span)
    }

    /// The workbook the answer to this question lives in: its home when it is shown here from
    /// another workbook, else `workbook`.
    pub fn home_workbook<'a>(&'a self, workbook: &'a str) -> &'a str {
        self.home.as_deref().unwrap_or(workbook)
    }

    /// Whether this question belongs to another workbook and is shown here.
    pub fn is_reused(&self) -> bool {
        self.home.is_some()
    }

    pub fn sensitivity(&self) -> Sensitivity {
        level(&self.sensitivity, &self.sensitive)
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

/// The level a `sensitivity` key gives, else the legacy `sensitive` flag, else internal.
fn level(
    sensitivity: &Option<Spanned<Sensitivity>>,
    sensitive: &Option<Spanned<bool>>,
) -> Sensitivity {
    match (sensitivity, sensitive) {
        (Some(level), _) => *level.get_ref(),
        (None, Some(flag)) if *flag.get_ref() => Sensitivity::Restricted,
        _ => Sensitivity::Internal,
    }
}

impl Column {
    pub fn id(&self) -> &str {
        self.id.get_ref()
    }

    /// The column's level: its own, else its question's (a column is never more open than
    /// the question it belongs to).
    pub fn sensitivity(&self, question: Sensitivity) -> Sensitivity {
        let own = match (&self.sensitivity, &self.sensitive) {
            (None, None) => question,
            _ => level(&self.sensitivity, &self.sensitive),
        };
        own.max(question)
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
