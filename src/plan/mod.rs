//! The action plan: a pure function of the workbooks, a city's profile and the options.
//!
//! [`build`] turns answers into [`Plan`] data; [`render`] writes it as markdown (through a
//! template), HTML (comrak from that markdown, plus SVG pictures) or JSON.

pub mod build;
pub mod escape;
pub mod html;
pub mod markdown;
pub mod model;
pub mod svg;
pub mod template;

use jiff::civil::Date;

use crate::profile::Profile;
use crate::workbook::{Audience, Catalog};

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

/// Everything that shapes a plan besides the workbooks and the profile.
#[derive(Debug, Clone)]
pub struct PlanOptions {
    pub format: Format,
    pub audience: PlanAudience,
    /// Only these workbooks, by id, in catalog order; all when empty.
    pub workbooks: Vec<String>,
    /// Include answers to questions marked `sensitive`.
    pub include_sensitive: bool,
    /// The date printed on the plan; the caller passes today's date by default.
    pub date: Date,
    /// A user template's text; the built-in template when `None`.
    pub template: Option<String>,
}

impl PlanOptions {
    pub fn new(date: Date) -> PlanOptions {
        PlanOptions {
            format: Format::default(),
            audience: PlanAudience::default(),
            workbooks: Vec::new(),
            include_sensitive: false,
            date,
            template: None,
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

/// Writes already built plan data in the chosen format.
pub fn render_plan(plan: &Plan, options: &PlanOptions) -> Result<String, PlanError> {
    let template = options.template.as_deref().unwrap_or(DEFAULT_TEMPLATE);
    match options.format {
        Format::Markdown => markdown::render(plan, template, false),
        Format::Html => {
            let markdown = markdown::render(plan, template, true)?;
            Ok(html::render(&markdown, plan))
        }
        Format::Json => {
            let mut json = crate::encode::json::to_string_pretty(plan)?;
            json.push('\n');
            Ok(json)
        }
    }
}
