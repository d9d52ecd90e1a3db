//! `workbook compare`: several cities side by side.

use crate::cli::{CompareArgs, CompareFormat, GlobalArgs};
use crate::commands::exit::{Failure, SUCCESS};
use crate::compare::{compare, compare_since_last_round};
use crate::profile::{Profile, Store, migrate};
use crate::text::sanitize_line;
use crate::tr;
use crate::workbook::Catalog;

use super::context::{catalog, load_migrated, store, write_output};

pub fn run(global: &GlobalArgs, args: &CompareArgs) -> Result<u8, Failure> {
    let store = store(global)?;
    let catalog = catalog(global);
    let profiles = if args.all {
        every_city(&store, &catalog)?
    } else {
        args.cities
            .iter()
            .map(|name| load_migrated(&store, &catalog, name))
            .collect::<Result<Vec<_>, _>>()?
    };
    if profiles.is_empty() {
        return Err(Failure::failed(tr!("cli-compare-no-cities")));
    }
    let comparison = if args.since_last_round {
        compare_since_last_round(&catalog, &profiles)
    } else {
        compare(&catalog, &profiles)
    };
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

/// Every city that can be read, each taken from its own file: one odd file (unreadable, of a
/// newer format, or holding a name another file holds too) is reported and left out, never
/// allowed to stop a hub's comparison of all the others.
fn every_city(store: &Store, catalog: &Catalog) -> Result<Vec<Profile>, Failure> {
    let survey = store.survey()?;
    for (file, problem) in &survey.problems {
        eprintln!(
            "{}",
            tr!(
                "cli-compare-skipping",
                file = sanitize_line(&file.display().to_string()),
                problem = sanitize_line(&problem.to_string())
            )
        );
    }
    Ok(survey
        .cities
        .into_iter()
        .map(|(_, mut profile)| {
            migrate::migrate(&mut profile, catalog);
            profile
        })
        .collect())
}
