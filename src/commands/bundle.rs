//! `workbook export --city NAME [-o FILE]` and `workbook import FILE`: move a whole city
//! between machines as one TOML file. Importing into an existing city merges answer by answer.

use serde::Serialize;

use super::context::{catalog, print_json, save, store, wait, write_output};
use crate::cli::{ExportArgs, GlobalArgs, ImportArgs};
use crate::commands::exit::{CORRUPT, Failure, SUCCESS};
use crate::profile::bundle::{BUNDLE_VERSION, Bundle, MergeReport, Side, merge};
use crate::profile::migrate::{self, Orphan};
use crate::profile::model::FORMAT_VERSION;
use crate::profile::store::{read_profile_file, read_toml};
use crate::profile::{Profile, StoreError};
use crate::text::sanitize_line;
use crate::tr;
use crate::workbook::Catalog;
use unicode_width::UnicodeWidthStr;

pub fn export(global: &GlobalArgs, args: &ExportArgs) -> Result<u8, Failure> {
    if args.format == Some(crate::cli::ExportFormat::Xlsx) {
        return super::sheet::export_city(global, args);
    }
    if args.edition.is_some() {
        return Err(Failure::usage(crate::tr!("sheet-book-edition-needs-xlsx")));
    }
    let profile = store(global)?.load(&args.city)?;
    let bundle = Bundle::new(profile, jiff::Timestamp::now());
    let text =
        crate::encode::toml::to_string(&bundle).map_err(|e| Failure::failed(e.to_string()))?;
    write_output(args.output.as_deref(), &text)?;
    if let Some(path) = &args.output {
        eprintln!(
            "{}",
            tr!(
                "cli-bundle-exported",
                city = sanitize_line(&bundle.profile.city.name),
                path = path.display().to_string()
            )
        );
    }
    Ok(SUCCESS)
}

#[derive(Serialize)]
struct Imported {
    city: String,
    #[serde(skip)]
    number_format: crate::answer::NumberFormat,
    created: bool,
    #[serde(flatten)]
    merge: MergeReport,
    orphans: Vec<Orphan>,
    /// Answers kept as they are because they are not understood for their question.
    attention: Vec<Orphan>,
}

pub fn import(global: &GlobalArgs, args: &ImportArgs) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let bundle = read_bundle_or_profile(&args.file)?;
    check_versions(&bundle)?;
    let store = store(global)?;
    let name = bundle.profile.city.name.clone();
    let wait = wait(&args.wait);
    let report = match store.open_city(&name, wait) {
        Ok((mut session, mut profile)) => {
            migrate::migrate(&mut profile, &catalog);
            let merge = merge(&mut profile, &bundle.profile, &catalog);
            if session.is_dirty(&profile) {
                save(&mut session, &profile)?;
            }
            imported(&profile, false, merge, &catalog)
        }
        Err(StoreError::NotFound { .. }) => {
            let (mut session, mut profile) = store
                .create(bundle.profile.city.clone(), wait)
                .map_err(|e| refused_name(e, &args.file))?;
            let merge = merge(&mut profile, &bundle.profile, &catalog);
            save(&mut session, &profile)?;
            imported(&profile, true, merge, &catalog)
        }
        Err(other) => return Err(other.into()),
    };
    if args.json {
        print_json(&report)?;
    } else {
        print_report(&report);
    }
    Ok(SUCCESS)
}

/// A city name this machine would not accept from the keyboard is not accepted from a file
/// either; the bundle is bad data, not bad usage, so this is a plain failure.
fn refused_name(error: StoreError, file: &std::path::Path) -> Failure {
    match error {
        StoreError::BadName(reason) => Failure::failed(tr!(
            "cli-bundle-bad-name",
            file = file.display().to_string(),
            reason = reason.to_string()
        )),
        other => other.into(),
    }
}

/// A bundle, or a profile file copied by hand (such as the demo city), taken as a bundle.
fn read_bundle_or_profile(path: &std::path::Path) -> Result<Bundle, Failure> {
    let table: toml::Table = read_toml(path, None)?;
    if table.contains_key("bundle") {
        return Ok(read_toml(path, Some(("bundle", BUNDLE_VERSION)))?);
    }
    let profile = read_profile_file(path)?;
    Ok(Bundle::new(profile, jiff::Timestamp::now()))
}

fn imported(profile: &Profile, created: bool, merge: MergeReport, catalog: &Catalog) -> Imported {
    Imported {
        city: profile.city.name.clone(),
        number_format: profile.city.number_format,
        created,
        merge,
        orphans: migrate::orphans(profile, catalog),
        attention: migrate::unclear(profile, catalog),
    }
}

fn check_versions(bundle: &Bundle) -> Result<(), Failure> {
    if bundle.bundle > BUNDLE_VERSION || bundle.profile.format > FORMAT_VERSION {
        return Err(Failure::new(
            CORRUPT,
            tr!("cli-bundle-newer", program = sanitize_line(&bundle.program)),
        ));
    }
    Ok(())
}

fn print_report(report: &Imported) {
    let merge = &report.merge;
    let format = report.number_format;
    let city = sanitize_line(&report.city);
    let (added, same, conflicts) = (merge.added.len(), merge.same, merge.conflicts.len());
    let said = if report.created {
        tr!(
            "cli-bundle-created",
            city = city,
            added = added,
            same = same,
            conflicts = conflicts
        )
    } else {
        tr!(
            "cli-bundle-merged",
            city = city,
            added = added,
            same = same,
            conflicts = conflicts
        )
    };
    println!("{said}");
    // The labels of the two sides line up, in any language.
    let here = tr!("cli-bundle-this-machine");
    let there = tr!("cli-bundle-the-bundle");
    let width = here.width().max(there.width());
    let side = |label: &str| format!("{label}{}", " ".repeat(width - label.width()));
    for c in &merge.conflicts {
        let (workbook, question) = (sanitize_line(&c.workbook), sanitize_line(&c.question));
        let key = format!("{workbook}.{question}");
        let line = match c.kept {
            Side::Incoming => tr!(
                "cli-bundle-conflict-kept-bundle",
                key = key,
                changed = c.incoming.changed.to_string()
            ),
            Side::Local => tr!(
                "cli-bundle-conflict-kept-local",
                key = key,
                changed = c.local.changed.to_string()
            ),
        };
        println!("  {line}");
        println!(
            "    {} ({}): {}",
            side(&here),
            c.local.changed,
            preview(&c.local.value, format)
        );
        println!(
            "    {} ({}): {}",
            side(&there),
            c.incoming.changed,
            preview(&c.incoming.value, format)
        );
    }
    if !merge.rounds_added.is_empty() {
        let labels: Vec<String> = merge
            .rounds_added
            .iter()
            .map(|l| sanitize_line(l))
            .collect();
        println!(
            "{}",
            tr!("cli-bundle-rounds-added", rounds = super::joined(&labels))
        );
    }
    if merge.round_answers_replaced > 0 {
        println!(
            "{}",
            tr!(
                "cli-bundle-round-answers-replaced",
                count = merge.round_answers_replaced
            )
        );
    }
    if !merge.conflicts.is_empty() || merge.round_answers_replaced > 0 {
        println!("{}", tr!("cli-bundle-backup-kept"));
    }
    super::city::print_orphans(&report.orphans);
    super::city::print_attention(&report.attention);
}

/// The first 60 characters of a value on one line.
fn preview(value: &crate::answer::Value, format: crate::answer::NumberFormat) -> String {
    let line = sanitize_line(&crate::answer::plain_text(value, format));
    match line.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}
