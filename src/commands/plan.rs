//! `workbook plan`: the action plan of a city, as markdown, HTML or JSON.

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::cli::{GlobalArgs, PlanArgs};
use crate::exit::{Failure, SUCCESS};
use crate::paths::{data_dir, workbook_dirs};
use crate::plan::{self, DEFAULT_TEMPLATE, PlanOptions};
use crate::profile::store::Store;
use crate::workbook::Catalog;

/// Largest template file read; a plan template is a few kilobytes.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

pub fn run(global: &GlobalArgs, args: &PlanArgs) -> Result<u8, Failure> {
    if args.print_template {
        write_stdout(DEFAULT_TEMPLATE)?;
        return Ok(SUCCESS);
    }
    let Some(city) = args.city.as_deref() else {
        return Err(Failure::usage(
            "say which city's plan to write: workbook plan --city NAME (see `workbook plan --help`)",
        ));
    };
    let catalog = Catalog::load(&workbook_dirs(&global.workbooks));
    for problem in &catalog.problems {
        eprint!("{problem}");
    }
    let store = Store::open(&data_dir(global.data_dir.as_deref())?)?;
    let profile = store.load(city)?;
    let options = PlanOptions {
        format: args.format.into(),
        audience: args.audience.into(),
        workbooks: args.workbook.clone(),
        include_sensitive: args.include_sensitive,
        date: args
            .date
            .unwrap_or_else(|| jiff::ZonedDateTime::now().date()),
        template: args.template.as_deref().map(read_template).transpose()?,
    };
    let text =
        plan::render(&catalog, &profile, &options).map_err(|e| Failure::failed(e.to_string()))?;
    match &args.output {
        Some(path) => write_atomic(path, &text),
        None => write_stdout(&text),
    }?;
    Ok(SUCCESS)
}

fn read_template(path: &Path) -> Result<String, Failure> {
    let cannot = |e: std::io::Error| {
        Failure::failed(format!("cannot read the template {}: {e}", path.display()))
    };
    let size = fs::metadata(path).map_err(cannot)?.len();
    if size > MAX_TEMPLATE_BYTES {
        return Err(Failure::failed(format!(
            "the template {} is {size} bytes; templates are limited to 1 MiB",
            path.display()
        )));
    }
    fs::read_to_string(path).map_err(cannot)
}

fn write_stdout(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        // A closed pipe (`workbook plan ... | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        result => result.map_err(|e| Failure::failed(format!("cannot write the plan: {e}"))),
    }
}

/// Writes to a temporary file beside `path`, syncs it and renames it over `path`, so a reader
/// never sees half a plan and a failed write leaves any earlier plan as it was.
fn write_atomic(path: &Path, text: &str) -> Result<(), Failure> {
    let failed =
        |e: std::io::Error| Failure::failed(format!("cannot write {}: {e}", path.display()));
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut file = tempfile::Builder::new()
        .prefix(".plan-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(failed)?;
    file.write_all(text.as_bytes()).map_err(failed)?;
    file.as_file().sync_all().map_err(failed)?;
    file.persist(path).map_err(|e| failed(e.error))?;
    Ok(())
}
