//! `workbook city new|list|show|rename|delete|restore`.

use std::io::{BufRead, IsTerminal, Write};

use serde::Serialize;

use super::context::{self, catalog, print_json, store};
use crate::answer::NumberFormat;
use crate::cli::{CityCommand, GlobalArgs, NumberFormatArg, RoleArg, TrackArg, WaitArgs};
use crate::commands::exit::{FAILURE, Failure, SUCCESS};
use crate::profile::migrate::{self, Change, Orphan};
use crate::profile::round;
use crate::profile::store::Wait;
use crate::profile::{City, CityEntry, Profile, Progress, Reader, Status};
use crate::text::{sanitize, sanitize_line};

pub fn run(global: &GlobalArgs, command: CityCommand) -> Result<u8, Failure> {
    match command {
        CityCommand::New {
            name,
            country,
            role,
            number_format,
            track,
            currency,
            json,
        } => {
            let mut city = City::new(name, role.into(), jiff::Timestamp::now());
            city.country = clean_country(country)?;
            city.currency = clean_text("currency", currency)?;
            city.number_format = number_format.map_or_else(NumberFormat::from_env, Into::into);
            city.track = track.into();
            city.lang = global.lang.clone();
            new(global, city, json)
        }
        CityCommand::Edit {
            name,
            country,
            role,
            number_format,
            track,
            currency,
            wait,
        } => edit(
            global,
            &name,
            CityChanges {
                country,
                role,
                number_format,
                track,
                currency,
            },
            &wait,
        ),
        CityCommand::List { json } => list(global, json),
        CityCommand::Show { name, json } => show(global, &name, json),
        CityCommand::Log { name, answer, json } => {
            super::team::log(global, &name, answer.as_deref(), json)
        }
        CityCommand::Rename { old, new, wait } => {
            let profile = store(global)?.rename(&old, &new, context::wait(&wait))?;
            println!(
                "Renamed \"{}\" to \"{}\".",
                sanitize_line(&old),
                sanitize_line(&profile.city.name)
            );
            Ok(SUCCESS)
        }
        CityCommand::Delete { name, yes, wait } => delete(global, &name, yes, &wait),
        CityCommand::Restore { name, wait } => {
            let restored = store(global)?.restore(&name, context::wait(&wait))?;
            if let Some(aside) = &restored.moved_aside {
                println!("The unreadable profile was kept as {}.", aside.display());
            }
            println!(
                "Restored \"{}\" from backup {} ({} answers).",
                sanitize_line(&restored.profile.city.name),
                restored.generation,
                restored.profile.answer_count()
            );
            Ok(SUCCESS)
        }
    }
}

fn new(global: &GlobalArgs, city: City, json: bool) -> Result<u8, Failure> {
    let number_format = city.number_format;
    let (session, profile) = store(global)?.create(city, Wait::NO)?;
    if json {
        print_json(&profile.city)?;
    } else {
        println!(
            "Created \"{}\" ({}; numbers written with a {}).",
            sanitize_line(&profile.city.name),
            session.path().display(),
            number_format.describe()
        );
    }
    Ok(SUCCESS)
}

fn clean_country(country: Option<String>) -> Result<Option<String>, Failure> {
    clean_text("country", country)
}

/// A short text setting of the city, trimmed; empty is none; control characters refused.
fn clean_text(what: &str, text: Option<String>) -> Result<Option<String>, Failure> {
    let text = text.map(|c| c.trim().to_string()).filter(|c| !c.is_empty());
    if let Some(c) = text
        .as_deref()
        .and_then(|c| c.chars().find(|c| c.is_control()))
    {
        return Err(Failure::usage(format!(
            "a {what} cannot contain control characters (found U+{:04X})",
            c as u32
        )));
    }
    Ok(text)
}

/// What `city edit` changes; `None` leaves a setting as it is.
struct CityChanges {
    country: Option<String>,
    role: Option<RoleArg>,
    number_format: Option<NumberFormatArg>,
    track: Option<TrackArg>,
    currency: Option<String>,
}

fn edit(
    global: &GlobalArgs,
    name: &str,
    changes: CityChanges,
    waiting: &WaitArgs,
) -> Result<u8, Failure> {
    let CityChanges {
        country,
        role,
        number_format,
        track,
        currency,
    } = changes;
    // The city's plan language from `--lang` (`en` is English, recorded as such).
    let lang = global.lang.clone();
    if country.is_none()
        && role.is_none()
        && number_format.is_none()
        && track.is_none()
        && currency.is_none()
        && lang.is_none()
    {
        return Err(Failure::usage(
            "say what to change: --country NAME, --role mayor|official, --number-format point|comma, --track full|core, --currency TEXT or --lang en|fr|es|ar",
        ));
    }
    let (mut session, mut profile) = store(global)?.open_city(name, context::wait(waiting))?;
    let city = &mut profile.city;
    if country.is_some() {
        city.country = clean_country(country)?;
    }
    if let Some(role) = role {
        city.role = role.into();
    }
    if let Some(format) = number_format {
        city.number_format = format.into();
    }
    if let Some(track) = track {
        city.track = track.into();
    }
    if currency.is_some() {
        city.currency = clean_text("currency", currency)?;
    }
    if lang.is_some() {
        city.lang = lang;
    }
    let language = city
        .lang
        .as_deref()
        .map(|tag| format!(" · plan in {}", crate::language::native_name(tag)))
        .unwrap_or_default();
    let shown = format!(
        "{}{} · {} · {} · numbers with a {}{language}",
        sanitize_line(&city.name),
        city.country
            .as_deref()
            .map(|c| format!(", {}", sanitize_line(c)))
            .unwrap_or_default(),
        city.role.name(),
        city.track.describe(),
        city.number_format.describe()
    );
    profile.settle_format();
    if session.is_dirty(&profile) {
        context::save(&mut session, &profile)?;
        println!("Saved: {shown}.");
    } else {
        println!("Unchanged: {shown}.");
    }
    Ok(SUCCESS)
}

fn list(global: &GlobalArgs, json: bool) -> Result<u8, Failure> {
    let cities = store(global)?.list()?;
    if json {
        print_json(&cities)?;
        return Ok(SUCCESS);
    }
    if cities.is_empty() {
        println!("No cities yet. Create one with: workbook city new NAME");
    }
    for city in &cities {
        println!("{}", describe(city));
    }
    Ok(SUCCESS)
}

fn describe(city: &CityEntry) -> String {
    if let Some(problem) = &city.problem {
        return format!(
            "{}  UNREADABLE: {}",
            city.file.display(),
            sanitize_line(problem)
        );
    }
    let country = city
        .country
        .as_deref()
        .map(|c| format!(", {}", sanitize_line(c)))
        .unwrap_or_default();
    let changed = city
        .last_change
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default();
    format!(
        "{}{country}  ({}; last change {changed})",
        sanitize_line(&city.name),
        city.role.name()
    )
}

#[derive(Serialize)]
struct Shown<'a> {
    city: &'a City,
    file: String,
    answers: usize,
    progress: Vec<WorkbookProgress<'a>>,
    orphans: Vec<Orphan>,
    /// Answers kept as they are because they are not understood for their question.
    attention: Vec<Orphan>,
    /// Answers with notes to resolve.
    notes: Vec<Orphan>,
    pending_migrations: Vec<Change>,
    /// Closed rounds, oldest first.
    rounds: Vec<ShownRound>,
    /// Answers carried over from the last round and not yet confirmed or updated.
    to_confirm: usize,
}

#[derive(Serialize)]
struct ShownRound {
    label: String,
    opened: jiff::Timestamp,
    closed: jiff::Timestamp,
    answers: usize,
}

#[derive(Serialize)]
pub struct WorkbookProgress<'a> {
    pub workbook: &'a str,
    pub title: &'a str,
    #[serde(flatten)]
    pub progress: Progress,
}

fn show(global: &GlobalArgs, name: &str, json: bool) -> Result<u8, Failure> {
    let store = store(global)?;
    let catalog = catalog(global);
    let (file, raw) = store.find(name)?;
    let pending_migrations = migrate::dry_run(&raw, &catalog);
    let mut profile = raw;
    migrate::migrate(&mut profile, &catalog);
    let shown = Shown {
        city: &profile.city,
        file: file.display().to_string(),
        answers: profile.answer_count(),
        progress: workbook_progress(&catalog, &profile),
        orphans: migrate::orphans(&profile, &catalog),
        attention: migrate::unclear(&profile, &catalog),
        notes: migrate::noted(&profile),
        pending_migrations,
        rounds: round::rounds(&profile)
            .into_iter()
            .map(|(label, r)| ShownRound {
                label: label.to_string(),
                opened: r.opened,
                closed: r.closed,
                answers: r.answer_count(),
            })
            .collect(),
        to_confirm: catalog
            .iter()
            .map(|w| round::tally(&profile, w.id()).to_confirm)
            .sum(),
    };
    if json {
        print_json(&shown)?;
    } else {
        print_shown(&shown);
    }
    Ok(SUCCESS)
}

pub fn workbook_progress<'c>(
    catalog: &'c crate::workbook::Catalog,
    profile: &Profile,
) -> Vec<WorkbookProgress<'c>> {
    let status = Status::new(catalog, profile);
    let reader = Reader::of(profile);
    catalog
        .iter()
        .enumerate()
        .map(|(i, w)| WorkbookProgress {
            workbook: w.id(),
            title: &w.title,
            progress: status.progress(catalog, i, reader),
        })
        .collect()
}

fn print_shown(shown: &Shown) {
    let city = shown.city;
    println!("City:     {}", sanitize_line(&city.name));
    if let Some(country) = &city.country {
        println!("Country:  {}", sanitize_line(country));
    }
    println!("Role:     {}", city.role.name());
    println!("Track:    {}", city.track.describe());
    println!("Numbers:  {}", city.number_format.describe());
    if let Some(currency) = &city.currency {
        println!("Currency: {}", sanitize_line(currency));
    }
    println!("Created:  {}", city.created.strftime("%Y-%m-%d %H:%M UTC"));
    println!("File:     {}", shown.file);
    println!("Answers:  {}", shown.answers);
    for p in &shown.progress {
        let attention = match p.progress.attention {
            0 => String::new(),
            n => format!(", {n} needing attention"),
        };
        println!(
            "  {:<14} {}/{} answered, {}/{} required{attention}",
            sanitize_line(p.workbook),
            p.progress.answered,
            p.progress.relevant,
            p.progress.required_answered,
            p.progress.required
        );
    }
    if let Some(last) = shown.rounds.last() {
        let labels: Vec<String> = shown
            .rounds
            .iter()
            .map(|r| sanitize_line(&r.label))
            .collect();
        println!(
            "Rounds:   {} closed ({}); the last closed {}",
            shown.rounds.len(),
            labels.join(", "),
            last.closed.strftime("%Y-%m-%d")
        );
        if shown.to_confirm > 0 {
            let (n, noun) = match shown.to_confirm {
                1 => (1, "answer"),
                n => (n, "answers"),
            };
            println!(
                "  {n} {noun} carried over from {} to confirm or update",
                sanitize_line(&last.label)
            );
        }
    }
    print_attention(&shown.attention);
    print_notes(&shown.notes);
    print_orphans(&shown.orphans);
    if !shown.pending_migrations.is_empty() {
        println!("Pending migrations (applied on the next save, or run `workbook migrate`):");
        print_changes(&shown.pending_migrations);
    }
}

pub fn print_orphans(orphans: &[Orphan]) {
    if orphans.is_empty() {
        return;
    }
    println!("Orphaned answers (kept in the profile, not shown in any workbook):");
    for o in orphans {
        println!(
            "  {}.{}: {}",
            sanitize_line(&o.workbook),
            sanitize_line(&o.question),
            sanitize_line(&o.reason)
        );
    }
}

/// Answers the program keeps as they are because it does not understand them for their
/// question: the user decides what they should be.
pub fn print_attention(unclear: &[Orphan]) {
    if unclear.is_empty() {
        return;
    }
    println!(
        "Answers needing attention (kept exactly as stored; answer the question again to replace them):"
    );
    for o in unclear {
        println!(
            "  {}.{}: {}",
            sanitize_line(&o.workbook),
            sanitize_line(&o.question),
            sanitize_line(&o.reason)
        );
    }
}

/// Answers with notes the user has not resolved yet.
pub fn print_notes(noted: &[Orphan]) {
    if noted.is_empty() {
        return;
    }
    println!(
        "Answers with notes to resolve (workbook answer get shows them; answer resolve closes them):"
    );
    for o in noted {
        println!(
            "  {}.{}: {}",
            sanitize_line(&o.workbook),
            sanitize_line(&o.question),
            sanitize_line(&o.reason)
        );
    }
}

pub fn print_changes(changes: &[Change]) {
    for c in changes {
        println!(
            "  {}.{}: {}",
            sanitize_line(&c.workbook),
            sanitize_line(&c.question),
            sanitize(&c.description)
        );
    }
}

fn delete(global: &GlobalArgs, name: &str, yes: bool, wait: &WaitArgs) -> Result<u8, Failure> {
    let store = store(global)?;
    let profile = store.load(name)?;
    if !yes && !confirm(&profile.city.name)? {
        eprintln!("Not deleted.");
        return Ok(FAILURE);
    }
    let backup = store.delete(name, context::wait(wait))?;
    println!(
        "Deleted \"{}\". Its profile is kept as {}; `workbook city restore` brings it back.",
        sanitize_line(&profile.city.name),
        backup.display()
    );
    Ok(SUCCESS)
}

fn confirm(name: &str) -> Result<bool, Failure> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(Failure::usage(
            "refusing to delete without confirmation; pass --yes to delete without asking",
        ));
    }
    eprint!(
        "Delete the city \"{}\"? It is kept as a backup. Type yes to confirm: ",
        sanitize_line(name)
    );
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .map_err(|e| Failure::failed(format!("cannot read the answer: {e}")))?;
    Ok(matches!(line.trim().to_lowercase().as_str(), "yes" | "y"))
}
