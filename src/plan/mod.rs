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

use jiff::civil::Date;

use crate::profile::Profile;
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
    pub fn phrase(self) -> &'static str {
        match self {
            PlanAudience::Mayor => "the mayor",
            PlanAudience::Official => "city officials",
            PlanAudience::All => "the mayor and city officials",
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

    pub fn title(self) -> &'static str {
        match self {
            Edition::Public => "Public edition",
            Edition::Council => "Council edition",
            Edition::Restricted => "Restricted edition",
        }
    }

    /// Who may read it, as the cover says.
    pub fn notice(self) -> &'static str {
        match self {
            Edition::Public => "fit for publication",
            Edition::Council => "internal, not for publication",
            Edition::Restricted => {
                "holds personal data and details of people and places at risk; share only with those who need them"
            }
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

    pub fn label(self) -> &'static str {
        match self {
            Status::Draft => "Draft",
            Status::ForDecision => "For decision by the council",
            Status::Adopted => "Adopted by the council",
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

#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("there is no workbook `{id}`; the workbooks are: {known}")]
    UnknownWorkbook { id: String, known: String },
    #[error("the plan template has an error: {message} (check it against docs/plan-template.md)")]
    Template { message: String },
    #[error("could not write the plan as JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("could not write the Word document: {0}")]
    Docx(String),
    #[error("a Word document is binary, not text: render it with plan::render_bytes")]
    Binary,
    #[error(
        "--template shapes the markdown and HTML plans; the Word document follows the built-in layout (leave out --template)"
    )]
    TemplateForDocx,
    #[error(transparent)]
    Round(#[from] crate::profile::round::RoundError),
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
