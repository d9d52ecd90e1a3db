//! `workbook plan`: the action plan of a city, as markdown, HTML, JSON or a Word document.

use std::fs;
use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::cli::{GlobalArgs, PlanArgs};
use crate::commands::exit::{Failure, SUCCESS};
use crate::config::{AudienceSetting, Config};
use crate::plan::{self, DEFAULT_TEMPLATE, PlanAudience, PlanOptions};

use super::context::{Longer, catalog_beside, store, write_output_bytes};
use crate::profile::{Profile, migrate};
use crate::tr;
use crate::workbook::translation::Lang;

/// The language the city's plan is written in, when the city names one and `--lang` does not
/// (`Some(None)`: English).
fn city_language(global: &GlobalArgs, profile: &Profile) -> Option<Option<Lang>> {
    if global.lang.is_some() {
        return None;
    }
    let tag = profile.city.lang.as_deref()?;
    let wanted = crate::language::parse(tag).ok()?;
    Some(wanted.and_then(|lang| super::context::available_language(global, &lang)))
}

/// Largest template file read; a plan template is a few kilobytes.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

pub fn run(global: &GlobalArgs, args: &PlanArgs) -> Result<u8, Failure> {
    if args.print_template {
        write_stdout(DEFAULT_TEMPLATE.as_bytes())?;
        return Ok(SUCCESS);
    }
    let config = Config::load()?;
    let city = args.city.clone().or(config.city);
    if !args.demo && city.is_none() {
        return Err(Failure::usage(tr!("cli-plan-which-city")));
    }
    // The demo city is embedded decoded; a city of the user's is TOML.
    let longer = if args.demo {
        Longer::Workbooks
    } else {
        Longer::Profile
    };
    let (catalog, profile) = catalog_beside(global, longer, || -> Result<Profile, Failure> {
        match &city {
            Some(city) if !args.demo => Ok(store(global)?.load(city)?),
            _ => Ok(crate::demo::current()?),
        }
    });
    let mut profile = profile?;
    // The plan is the city's document: in its language unless --lang says otherwise.
    let catalog = match city_language(global, &profile) {
        Some(language) if language != catalog.language => {
            super::context::catalog_in(global, language.as_ref())
        }
        _ => catalog,
    };
    if !args.demo {
        migrate::migrate(&mut profile, &catalog);
    }
    let audience = match (args.audience, config.audience) {
        (Some(arg), _) => arg.into(),
        (None, Some(AudienceSetting::Mayor)) => PlanAudience::Mayor,
        (None, Some(AudienceSetting::Official)) => PlanAudience::Official,
        (None, Some(AudienceSetting::All) | None) => PlanAudience::All,
    };
    let options = PlanOptions {
        format: args.format.into(),
        audience,
        workbooks: args.workbook.clone(),
        edition: if args.include_sensitive {
            plan::Edition::Restricted
        } else {
            args.edition.into()
        },
        status: args.status.into(),
        version: args.plan_version.clone(),
        prepared_by: args.prepared_by.clone(),
        trace: args.trace,
        date: args.date.unwrap_or_else(crate::clock::today),
        template: args.template.as_deref().map(read_template).transpose()?,
        round: args.round.clone(),
    };
    let binary = !options.format.is_text();
    if binary && args.output.is_none() && std::io::stdout().is_terminal() {
        return Err(Failure::usage(tr!("cli-plan-docx-needs-file")));
    }
    if binary && options.template.is_some() {
        return Err(Failure::usage(plan::PlanError::TemplateForDocx.to_string()));
    }
    let failed = |e: plan::PlanError| Failure::failed(e.to_string());
    let built = plan::build(&catalog, &profile, &options).map_err(failed)?;
    let bytes = plan::render_plan_bytes(&built, &options).map_err(failed)?;
    match &args.output {
        // Crash-safe like a profile save, so a reader never sees half a plan.
        Some(path) => write_output_bytes(path, &bytes)?,
        None => write_stdout(&bytes)?,
    }
    // The process ends now: taking the workbooks, the city and the plan apart piece by piece
    // would only cost time (2.4 M instructions, a twentieth of the HTML plan's).
    std::mem::forget((catalog, profile, built, bytes));
    Ok(SUCCESS)
}

fn read_template(path: &Path) -> Result<String, Failure> {
    let cannot = |e: std::io::Error| {
        Failure::failed(tr!(
            "cli-plan-cannot-read-template",
            path = path.display().to_string(),
            error = e.to_string()
        ))
    };
    let size = fs::metadata(path).map_err(cannot)?.len();
    if size > MAX_TEMPLATE_BYTES {
        return Err(Failure::failed(tr!(
            "cli-plan-template-too-large",
            path = path.display().to_string(),
            size = size
        )));
    }
    fs::read_to_string(path).map_err(cannot)
}

fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        // A closed pipe (`workbook plan ... | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        result => {
            result.map_err(|e| Failure::failed(tr!("cli-plan-cannot-write", error = e.to_string())))
        }
    }
}
