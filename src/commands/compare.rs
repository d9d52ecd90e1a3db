//! `workbook compare`: several cities side by side.

use crate::cli::{CompareArgs, CompareFormat, GlobalArgs};
use crate::compare::compare;
use crate::exit::{Failure, SUCCESS};

use super::context::{catalog, load_migrated, store, write_output};

pub fn run(global: &GlobalArgs, args: &CompareArgs) -> Result<u8, Failure> {
    let store = store(global)?;
    let catalog = catalog(global);
    let names: Vec<String> = if args.all {
        let entries = store.list()?;
        for entry in entries.iter().filter(|e| e.problem.is_some()) {
            eprintln!(
                "warning: skipping {}: {}",
                crate::text::sanitize_line(&entry.file.display().to_string()),
                crate::text::sanitize_line(entry.problem.as_deref().unwrap_or(""))
            );
        }
        entries
            .into_iter()
            .filter(|e| e.problem.is_none())
            .map(|e| e.name)
            .collect()
    } else {
        args.cities.clone()
    };
    if names.is_empty() {
        return Err(Failure::failed(
            "there are no cities to compare; create one with `workbook city new NAME`",
        ));
    }
    let profiles = names
        .iter()
        .map(|name| load_migrated(&store, &catalog, name))
        .collect::<Result<Vec<_>, _>>()?;
    let comparison = compare(&catalog, &profiles);
    let text = match args.format {
        CompareFormat::Markdown => comparison.to_markdown(),
        CompareFormat::Csv => comparison.to_csv(),
        CompareFormat::Json => {
            let mut json = crate::encode::json::to_string_pretty(&comparison)
                .map_err(|e| Failure::failed(e.to_string()))?;
            json.push('\n');
            json
        }
    };
    write_output(args.output.as_deref(), &text)?;
    Ok(SUCCESS)
}
