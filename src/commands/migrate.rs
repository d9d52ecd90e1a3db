//! `workbook migrate --city NAME [--dry-run]`: apply workbook migrations to a city's answers
//! and report answers no workbook asks for any more.

use serde::Serialize;

use super::city::{print_changes, print_orphans};
use super::context::{catalog, print_json, save, store, wait};
use crate::cli::{GlobalArgs, MigrateArgs};
use crate::exit::{Failure, SUCCESS};
use crate::profile::migrate::{self, Change, Orphan};

#[derive(Serialize)]
struct Report {
    dry_run: bool,
    changes: Vec<Change>,
    orphans: Vec<Orphan>,
}

pub fn run(global: &GlobalArgs, args: &MigrateArgs) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let store = store(global)?;
    let (changes, orphans) = if args.dry_run {
        let profile = store.load(&args.city)?;
        let changes = migrate::dry_run(&profile, &catalog);
        let mut migrated = profile;
        migrate::migrate(&mut migrated, &catalog);
        (changes, migrate::orphans(&migrated, &catalog))
    } else {
        let (mut session, mut profile) = store.open_city(&args.city, wait(&args.wait))?;
        let changes = migrate::migrate(&mut profile, &catalog);
        if session.is_dirty(&profile) {
            save(&mut session, &profile)?;
        }
        (changes, migrate::orphans(&profile, &catalog))
    };
    let report = Report {
        dry_run: args.dry_run,
        changes,
        orphans,
    };
    if args.json {
        print_json(&report)?;
        return Ok(SUCCESS);
    }
    match (report.changes.is_empty(), args.dry_run) {
        (true, _) => println!("No migrations apply."),
        (false, true) => println!("Would change (dry run, nothing saved):"),
        (false, false) => println!("Changed and saved:"),
    }
    print_changes(&report.changes);
    print_orphans(&report.orphans);
    Ok(SUCCESS)
}
