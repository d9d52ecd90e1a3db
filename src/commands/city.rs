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
use crate::tr;
use unicode_width::UnicodeWidthStr;

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
            city.currency = clean_text(Setting::Currency, currency)?;
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
                "{}",
                tr!(
                    "cli-city-renamed",
                    old = sanitize_line(&old),
                    new = sanitize_line(&profile.city.name)
                )
            );
            Ok(SUCCESS)
        }
        CityCommand::Delete { name, yes, wait } => delete(global, &name, yes, &wait),
        CityCommand::Restore { name, wait } => {
            let restored = store(global)?.restore(&name, context::wait(&wait))?;
            if let Some(aside) = &restored.moved_aside {
                let path = aside.display().to_string();
                println!("{}", tr!("cli-city-unreadable-kept", path = path));
            }
            println!(
                "{}",
                tr!(
                    "cli-city-restored",
                    city = sanitize_line(&restored.profile.city.name),
                    generation = restored.generation,
                    count = restored.profile.answer_count()
                )
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
            "{}",
            tr!(
                "cli-city-created",
                city = sanitize_line(&profile.city.name),
                path = session.path().display().to_string(),
                format = number_format.name()
            )
        );
    }
    Ok(SUCCESS)
}

fn clean_country(country: Option<String>) -> Result<Option<String>, Failure> {
    clean_text(Setting::Country, country)
}

/// A text setting of the city.
#[derive(Clone, Copy)]
enum Setting {
    Country,
    Currency,
}

/// A short text setting of the city, trimmed; empty is none; control characters refused.
fn clean_text(what: Setting, text: Option<String>) -> Result<Option<String>, Failure> {
    let text = text.map(|c| c.trim().to_string()).filter(|c| !c.is_empty());
    if let Some(c) = text
        .as_deref()
        .and_then(|c| c.chars().find(|c| c.is_control()))
    {
        let code = format!("{:04X}", c as u32);
        return Err(Failure::usage(match what {
            Setting::Country => tr!("cli-city-country-control", code = code),
            Setting::Currency => tr!("cli-city-currency-control", code = code),
        }));
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
        return Err(Failure::usage(tr!("cli-city-edit-nothing")));
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
        city.currency = clean_text(Setting::Currency, currency)?;
    }
    if lang.is_some() {
        city.lang = lang;
    }
    let mut parts = vec![
        with_country(&city.name, city.country.as_deref()),
        tr!("cli-role", role = city.role.name()),
        tr!("cli-track", track = city.track.name()),
        tr!("cli-city-numbers-with", format = city.number_format.name()),
    ];
    if let Some(tag) = city.lang.as_deref() {
        let language = crate::language::native_name(tag);
        parts.push(tr!("cli-city-plan-language", language = language));
    }
    let shown = parts.join(" · ");
    profile.settle_format();
    if session.is_dirty(&profile) {
        context::save(&mut session, &profile)?;
        println!("{}", tr!("cli-city-saved", summary = shown));
    } else {
        println!("{}", tr!("cli-city-unchanged", summary = shown));
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
        println!("{}", tr!("cli-city-none"));
    }
    for city in &cities {
        println!("{}", describe(city));
    }
    Ok(SUCCESS)
}

fn describe(city: &CityEntry) -> String {
    if let Some(problem) = &city.problem {
        return tr!(
            "cli-city-unreadable",
            file = city.file.display().to_string(),
            problem = sanitize_line(problem)
        );
    }
    let changed = city
        .last_change
        .map(|t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default();
    tr!(
        "cli-city-listed",
        city = with_country(&city.name, city.country.as_deref()),
        role = tr!("cli-role", role = city.role.name()),
        changed = changed
    )
}

/// The city's name, and its country when it has one: "Lyon, France".
fn with_country(name: &str, country: Option<&str>) -> String {
    match country {
        Some(country) => tr!(
            "cli-city-with-country",
            city = sanitize_line(name),
            country = sanitize_line(country)
        ),
        None => sanitize_line(name),
    }
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

/// The labels of `city show`, in the order shown; the values line up after the longest.
const LABELS: [&str; 10] = [
    "cli-show-city",
    "cli-show-country",
    "cli-show-role",
    "cli-show-track",
    "cli-show-numbers",
    "cli-show-currency",
    "cli-show-created",
    "cli-show-file",
    "cli-show-answers",
    "cli-show-rounds",
];

fn print_shown(shown: &Shown) {
    let labels = LABELS.map(|id| workbook_core::messages::ui().text(id));
    let width = labels.iter().map(|l| l.width()).max().unwrap_or(0) + 1;
    let line = |index: usize, value: &str| {
        let label = &labels[index];
        let pad = width.saturating_sub(label.width());
        println!("{label}{}{value}", " ".repeat(pad));
    };
    let city = shown.city;
    line(0, &sanitize_line(&city.name));
    if let Some(country) = &city.country {
        line(1, &sanitize_line(country));
    }
    line(2, &tr!("cli-role", role = city.role.name()));
    line(3, &tr!("cli-track", track = city.track.name()));
    line(
        4,
        &tr!("cli-number-format", format = city.number_format.name()),
    );
    if let Some(currency) = &city.currency {
        line(5, &sanitize_line(currency));
    }
    line(6, &city.created.strftime("%Y-%m-%d %H:%M UTC").to_string());
    line(7, &shown.file);
    line(8, &shown.answers.to_string());
    for p in &shown.progress {
        let counts = tr!(
            "cli-show-workbook",
            answered = p.progress.answered,
            relevant = p.progress.relevant,
            required_answered = p.progress.required_answered,
            required = p.progress.required,
            attention = p.progress.attention
        );
        println!("  {:<14} {counts}", sanitize_line(p.workbook));
    }
    if let Some(last) = shown.rounds.last() {
        let labels: Vec<String> = shown
            .rounds
            .iter()
            .map(|r| sanitize_line(&r.label))
            .collect();
        line(
            9,
            &tr!(
                "cli-show-rounds-closed",
                count = shown.rounds.len(),
                labels = super::joined(&labels),
                date = last.closed.strftime("%Y-%m-%d").to_string()
            ),
        );
        if shown.to_confirm > 0 {
            let to_confirm = tr!(
                "cli-show-to-confirm",
                count = shown.to_confirm,
                round = sanitize_line(&last.label)
            );
            println!("  {to_confirm}");
        }
    }
    print_attention(&shown.attention);
    print_notes(&shown.notes);
    print_orphans(&shown.orphans);
    if !shown.pending_migrations.is_empty() {
        println!("{}", tr!("cli-show-pending-migrations"));
        print_changes(&shown.pending_migrations);
    }
}

pub fn print_orphans(orphans: &[Orphan]) {
    if orphans.is_empty() {
        return;
    }
    println!("{}", tr!("cli-orphaned-answers"));
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
    println!("{}", tr!("cli-answers-needing-attention"));
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
    println!("{}", tr!("cli-answers-with-notes"));
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
        eprintln!("{}", tr!("cli-city-not-deleted"));
        return Ok(FAILURE);
    }
    let backup = store.delete(name, context::wait(wait))?;
    println!(
        "{}",
        tr!(
            "cli-city-deleted",
            city = sanitize_line(&profile.city.name),
            path = backup.display().to_string()
        )
    );
    Ok(SUCCESS)
}

fn confirm(name: &str) -> Result<bool, Failure> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(Failure::usage(tr!("cli-city-delete-unconfirmed")));
    }
    eprint!(
        "{}",
        tr!("cli-city-delete-confirm", city = sanitize_line(name))
    );
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .map_err(|e| Failure::failed(tr!("cli-cannot-read-answer", error = e.to_string())))?;
    Ok(super::is_yes(&line))
}
