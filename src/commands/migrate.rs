//! `workbook migrate --city NAME [--dry-run]`: apply workbook migrations to a city's answers
//! and report answers no workbook asks for any more.

use serde::Serialize;

use super::city::{print_attention, print_changes, print_orphans};
use super::context::{catalog, print_json, save, store, wait};
use crate::cli::{GlobalArgs, MigrateArgs};
use crate::commands::exit::{Failure, SUCCESS};
use crate::profile::Profile;
use crate::profile::migrate::{self, Change, Orphan};
use crate::tr;

#[derive(Serialize)]
struct Report {
    dry_run: bool,
    changes: Vec<Change>,
    orphans: Vec<Orphan>,
    /// Answers kept as they are because they are not understood for their question.
    attention: Vec<Orphan>,
}

pub fn run(global: &GlobalArgs, args: &MigrateArgs) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let store = store(global)?;
    // Workbook migrations first, then answers stored in another form than this program's
    // (a label, "Yes") are stored in canonical form; both keep each answer's change time.
    let apply = |profile: &mut Profile| {
        let mut changes = migrate::migrate(profile, &catalog);
        changes.extend(migrate::normalise(profile, &catalog));
        changes
    };
    let (changes, profile) = if args.dry_run {
        let mut profile = store.load(&args.city)?;
        (apply(&mut profile), profile)
    } else {
        let (mut session, mut profile) = store.open_city(&args.city, wait(&args.wait))?;
        let changes = apply(&mut profile);
        if session.is_dirty(&profile) {
            save(&mut session, &profile)?;
        }
        (changes, profile)
    };
    let report = Report {
        dry_run: args.dry_run,
        changes,
        orphans: migrate::orphans(&profile, &catalog),
        attention: migrate::unclear(&profile, &catalog),
    };
    if args.json {
        print_json(&report)?;
        return Ok(SUCCESS);
    }
    let said = match (report.changes.is_empty(), args.dry_run) {
        (true, _) => tr!("cli-migrate-none"),
        (false, true) => tr!("cli-migrate-would-change"),
        (false, false) => tr!("cli-migrate-changed"),
    };
    println!("{said}");
    print_changes(&report.changes);
    print_attention(&report.attention);
    print_orphans(&report.orphans);
    Ok(SUCCESS)
}
