//! The action plan: a pure function of the workbooks, a city's profile and the options.
//!
//! [`build`] turns answers into [`Plan`] data; [`render`] writes it as markdown (through a
//! template), HTML (comrak from that markdown, plus SVG pictures) or JSON, and
//! [`render_bytes`] writes any format, Word (.docx) included.

pub mod build;
pub mod compiled;
pub mod compiled_html;
pub mod docx;
pub mod escape;
pub mod html;
pub mod markdown;
pub mod model;
pub mod money;
pub mod progress;
pub mod raster;
pub mod sentence;
pub mod svg;
pub mod tables;
pub mod template;
pub mod words;

use jiff::civil::Date;

use crate::messages::Messages;
use crate::profile::Profile;
use crate::tr;
use crate::workbook::{Audience, Catalog, Sensitivity};

pub use build::build;
pub use model::Plan;
pub use template::DEFAULT_TEMPLATE;

/// The output formats of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Markdown,
    Html,
    Json,
    /// A Word document: bytes, not text (see [`render_bytes`]).
    Docx,
}

impl Format {
    /// Whether the format is text (markdown, HTML, JSON) rather than a binary package.
    pub fn is_text(self) -> bool {
        self != Format::Docx
    }
}

/// Whose questions a plan covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlanAudience {
    Mayor,
    Official,
    #[default]
    All,
}

impl PlanAudience {
    pub fn as_audience(self) -> Audience {
        match self {
            PlanAudience::Mayor => Audience::Mayor,
            PlanAudience::Official => Audience::Official,
            PlanAudience::All => Audience::Both,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            PlanAudience::Mayor => "mayor",
            PlanAudience::Official => "official",
            PlanAudience::All => "all",
        }
    }

    /// Who the plan is prepared for, as it reads in the title block.
    pub fn phrase(self, messages: &Messages) -> String {
        match self {
            PlanAudience::Mayor => tr!(in messages; "plan-audience-mayor"),
            PlanAudience::Official => tr!(in messages; "plan-audience-official"),
            PlanAudience::All => tr!(in messages; "plan-audience-all"),
        }
    }
}

/// Who may read a plan, from the sensitivity levels of the questions it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Edition {
    /// Only public answers: fit for publication.
    Public,
    /// Public and internal answers: for the council and partners.
    #[default]
    Council,
    /// Every answer, personal data included.
    Restricted,
}

impl Edition {
    pub fn name(self) -> &'static str {
        match self {
            Edition::Public => "public",
            Edition::Council => "council",
            Edition::Restricted => "restricted",
        }
    }

    /// Whether an answer (or column) at `level` is shown in this edition.
    pub fn shows(self, level: Sensitivity) -> bool {
        level
            <= match self {
                Edition::Public => Sensitivity::Public,
                Edition::Council => Sensitivity::Internal,
                Edition::Restricted => Sensitivity::Restricted,
            }
    }

    /// Its name in the interface's language ("Council edition").
    pub fn title(self) -> String {
        self.title_in(crate::messages::ui())
    }

    /// Its name in a plan's language.
    pub fn title_in(self, messages: &Messages) -> String {
        match self {
            Edition::Public => tr!(in messages; "plan-edition-public"),
            Edition::Council => tr!(in messages; "plan-edition-council"),
            Edition::Restricted => tr!(in messages; "plan-edition-restricted"),
        }
    }

    /// Who may read it, as the cover says.
    pub fn notice(self, messages: &Messages) -> String {
        match self {
            Edition::Public => tr!(in messages; "plan-edition-public-notice"),
            Edition::Council => tr!(in messages; "plan-edition-council-notice"),
            Edition::Restricted => tr!(in messages; "plan-edition-restricted-notice"),
        }
    }
}

/// Where the plan stands on its way to the council.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    Draft,
    ForDecision,
    Adopted,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::ForDecision => "for_decision",
            Status::Adopted => "adopted",
        }
    }

    /// Its label in a plan's language.
    pub fn label(self, messages: &Messages) -> String {
        match self {
            Status::Draft => tr!(in messages; "plan-status-draft"),
            Status::ForDecision => tr!(in messages; "plan-status-for-decision"),
            Status::Adopted => tr!(in messages; "plan-status-adopted"),
        }
    }
}

/// Everything that shapes a plan besides the workbooks and the profile.
#[derive(Debug, Clone)]
pub struct PlanOptions {
    pub format: Format,
    pub audience: PlanAudience,
    /// Only these workbooks, by id, in catalog order; all when empty.
    pub workbooks: Vec<String>,
    pub edition: Edition,
    pub status: Status,
    /// The document's version, as the cover prints it.
    pub version: String,
    /// Who prepared it; the city's role when `None`.
    pub prepared_by: Option<String>,
    /// Show where every line came from (question ids) in the documents.
    pub trace: bool,
    /// The date printed on the plan; the caller passes today's date by default.
    pub date: Date,
    /// A user template's text; the built-in template when `None`.
    pub template: Option<String>,
    /// Build the plan of this closed round (its label), as the city stood when it closed;
    /// the answers the city is working on now when `None`.
    pub round: Option<String>,
}

impl PlanOptions {
    pub fn new(date: Date) -> PlanOptions {
        PlanOptions {
            format: Format::default(),
            audience: PlanAudience::default(),
            workbooks: Vec::new(),
            edition: Edition::default(),
            status: Status::default(),
            version: "1".to_string(),
            prepared_by: None,
            trace: false,
            date,
            template: None,
            round: None,
        }
    }
}

/// What can keep a plan from being written; said in the interface's language.
#[derive(Debug)]
pub enum PlanError {
    UnknownWorkbook { id: String, known: String },
    Template { message: String },
    Json(serde_json::Error),
    Docx(String),
    Binary,
    TemplateForDocx,
    Round(crate::profile::round::RoundError),
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            PlanError::UnknownWorkbook { id, known } => {
                tr!("plan-error-unknown-workbook", id = id, known = known)
            }
            PlanError::Template { message } => tr!("plan-error-template", message = message),
            PlanError::Json(error) => tr!("plan-error-json", error = error.to_string()),
            PlanError::Docx(error) => tr!("plan-error-docx", error = error),
            PlanError::Binary => tr!("plan-error-binary"),
            PlanError::TemplateForDocx => tr!("plan-error-template-for-docx"),
            PlanError::Round(error) => return error.fmt(f),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for PlanError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PlanError::Json(error) => Some(error),
            PlanError::Round(error) => error.source(),
            _ => None,
        }
    }
}

impl From<serde_json::Error> for PlanError {
    fn from(error: serde_json::Error) -> Self {
        PlanError::Json(error)
    }
}

impl From<crate::profile::round::RoundError> for PlanError {
    fn from(error: crate::profile::round::RoundError) -> Self {
        PlanError::Round(error)
    }
}

/// Builds the plan and writes it in the chosen format.
pub fn render(
    catalog: &Catalog,
    profile: &Profile,
    options: &PlanOptions,
) -> Result<String, PlanError> {
    let plan = build(catalog, profile, options)?;
    render_plan(&plan, options)
}

/// Builds the plan and writes it in the chosen format, as bytes: the only way to a Word
/// document, and the text formats as UTF-8.
pub fn render_bytes(
    catalog: &Catalog,
    profile: &Profile,
    options: &PlanOptions,
) -> Result<Vec<u8>, PlanError> {
    let plan = build(catalog, profile, options)?;
    render_plan_bytes(&plan, options)
}

/// Writes already built plan data in the chosen format, as bytes.
pub fn render_plan_bytes(plan: &Plan, options: &PlanOptions) -> Result<Vec<u8>, PlanError> {
    match options.format {
        Format::Docx if options.template.is_some() => Err(PlanError::TemplateForDocx),
        Format::Docx => docx::render(plan),
        _ => render_plan(plan, options).map(String::into_bytes),
    }
}

/// Writes already built plan data in the chosen text format; a Word document is
/// [`PlanError::Binary`] (use [`render_plan_bytes`]).
pub fn render_plan(plan: &Plan, options: &PlanOptions) -> Result<String, PlanError> {
    let template = options.template.as_deref().unwrap_or(DEFAULT_TEMPLATE);
    match options.format {
        Format::Docx => Err(PlanError::Binary),
        Format::Markdown => markdown::render(plan, template, false),
        Format::Html => {
            if template == DEFAULT_TEMPLATE
                && let Some(body) = compiled_html::body(plan)
            {
                return Ok(html::page(body, plan));
            }
            let markdown = markdown::render(plan, template, true)?;
            Ok(html::render(&markdown, plan, template == DEFAULT_TEMPLATE))
        }
        Format::Json => {
            let mut json = crate::encode::json::to_string_pretty(plan)?;
            json.push('\n');
            Ok(json)
        }
    }
}
