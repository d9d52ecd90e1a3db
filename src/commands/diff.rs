//! `workbook diff`: what changed between two rounds of a city.

use crate::cli::{DiffArgs, DiffFormat, GlobalArgs};
use crate::commands::exit::{Failure, SUCCESS};
use crate::profile::round::{self, RoundError};
use crate::profile::round_diff::{self, DiffError};
use crate::text::shell_word;
use crate::tr;

use super::context::{catalog, load_migrated, store, write_output};

pub fn run(global: &GlobalArgs, args: &DiffArgs) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let profile = load_migrated(&store(global)?, &catalog, &args.city)?;
    if round::last(&profile).is_none() {
        let none = DiffError::NoRoundClosed {
            city: profile.city.name.clone(),
        };
        return Err(failure(&profile.city.name, &none));
    }
    let between = round_diff::between(&catalog, &profile, args.from.as_deref(), &args.to)
        .map_err(|e| failure(&profile.city.name, &e))?;
    let text = match args.format {
        DiffFormat::Markdown => crate::diff::to_markdown(&between),
        DiffFormat::Json => {
            let mut json = crate::encode::json::to_string_pretty(&between)
                .map_err(|e| Failure::failed(e.to_string()))?;
            json.push('\n');
            json
        }
    };
    // Crash-safe like a profile save, so a reader never sees half a document.
    write_output(args.output.as_deref(), &text)?;
    Ok(SUCCESS)
}

/// The error with what to do next: how to close a round, or how to see the rounds there are.
fn failure(city: &str, error: &DiffError) -> Failure {
    let city = shell_word(city);
    let message = match error {
        DiffError::NoRoundClosed { .. } => tr!(
            "cli-diff-no-round-closed",
            problem = error.to_string(),
            city = city
        ),
        DiffError::Round(RoundError::Unknown { .. }) => tr!(
            "cli-diff-unknown-round",
            problem = error.to_string(),
            city = city
        ),
        DiffError::Round(_) => error.to_string(),
    };
    Failure::failed(message)
}
