//! `workbook round close|list`: the city's yearly rounds of answers.

use serde::Serialize;

use super::city::workbook_progress;
use super::context::{catalog, print_json, save, store, wait};
use crate::cli::{GlobalArgs, RoundCommand, WaitArgs};
use crate::commands::exit::{Failure, SUCCESS};
use crate::profile::model::Profile;
use crate::profile::round::{self, Closed, Tally};
use crate::profile::{Progress, migrate};
use crate::text::{sanitize_line, shell_word};
use crate::workbook::Catalog;

pub fn run(global: &GlobalArgs, command: RoundCommand) -> Result<u8, Failure> {
    match command {
        RoundCommand::Close {
            city,
            label,
            dry_run,
            json,
            wait,
        } => close(global, &city, label, dry_run, json, &wait),
        RoundCommand::List { city, json } => list(global, &city, json),
    }
}

#[derive(Serialize)]
struct CloseReport {
    dry_run: bool,
    city: String,
    #[serde(flatten)]
    closed: Closed,
    /// The profile format before and after: the first round moves a city to the format that
    /// holds rounds, which older versions of the program refuse to open.
    format_before: u32,
    format_after: u32,
}

fn close(
    global: &GlobalArgs,
    city: &str,
    label: Option<String>,
    dry_run: bool,
    json: bool,
    waiting: &WaitArgs,
) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let now = jiff::Timestamp::now();
    let label = label.unwrap_or_else(|| round::default_label(crate::clock::today()));
    round::check_label(&label).map_err(|e| Failure::usage(e.to_string()))?;
    let store = store(global)?;
    let fail = |e: round::RoundError| Failure::failed(e.to_string());
    let report = if dry_run {
        let mut profile = store.load(city)?;
        let format_before = profile.format;
        let closed = round::close(&mut profile, &label, now).map_err(fail)?;
        report(true, &profile, closed, format_before)
    } else {
        let (mut session, mut profile) = store.open_city(city, wait(waiting))?;
        // Workbook migrations first, as every writer does, so the frozen round holds answers
        // in the form the workbooks now ask them.
        migrate::migrate(&mut profile, &catalog);
        let format_before = profile.format;
        let closed = round::close(&mut profile, &label, now).map_err(fail)?;
        save(&mut session, &profile)?;
        report(false, &profile, closed, format_before)
    };
    if json {
        print_json(&report)?;
        return Ok(SUCCESS);
    }
    let name = sanitize_line(&report.city);
    let label = sanitize_line(&report.closed.label);
    let verb = if report.dry_run {
        "Would close"
    } else {
        "Closed"
    };
    println!(
        "{verb} round {label} of {name}: {} answers, {} to {}.",
        report.closed.answers,
        day(report.closed.opened),
        day(report.closed.closed),
    );
    println!(
        "{} the next round with every answer carried over, marked \"from {label}: confirm or update\".",
        if report.dry_run {
            "Would open"
        } else {
            "Opened"
        }
    );
    if report.format_before < report.format_after {
        println!(
            "{} the city's file to profile format {}, which holds rounds; versions of workbook before 0.2 cannot open it.",
            if report.dry_run {
                "Would move"
            } else {
                "Moved"
            },
            report.format_after
        );
    }
    if report.dry_run {
        println!("Nothing was saved (dry run).");
    } else {
        println!(
            "See the rounds with: workbook round list --city {}",
            shell_word(city)
        );
    }
    Ok(SUCCESS)
}

fn report(dry_run: bool, profile: &Profile, closed: Closed, format_before: u32) -> CloseReport {
    CloseReport {
        dry_run,
        city: profile.city.name.clone(),
        closed,
        format_before,
        format_after: profile.format,
    }
}

/// A round as listed: a closed one, or the open one.
#[derive(Serialize)]
struct Listed {
    label: String,
    open: bool,
    opened: jiff::Timestamp,
    closed: Option<jiff::Timestamp>,
    answers: usize,
    /// Per workbook: answered and relevant questions.
    progress: Vec<RoundProgress>,
    /// The open round against the last closed one, per workbook (empty for a closed round
    /// and before any round was closed).
    review: Vec<WorkbookReview>,
}

#[derive(Serialize)]
struct RoundProgress {
    workbook: String,
    #[serde(flatten)]
    progress: Progress,
}

#[derive(Serialize)]
struct WorkbookReview {
    workbook: String,
    #[serde(flatten)]
    tally: Tally,
}

fn list(global: &GlobalArgs, city: &str, json: bool) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let mut profile = store(global)?.load(city)?;
    migrate::migrate(&mut profile, &catalog);
    let mut listed = Vec::new();
    for (label, r) in round::rounds(&profile) {
        let then = round::as_closed(&profile, label).map_err(|e| Failure::failed(e.to_string()))?;
        listed.push(Listed {
            label: label.to_string(),
            open: false,
            opened: r.opened,
            closed: Some(r.closed),
            answers: r.answer_count(),
            progress: progress_of(&catalog, &then),
            review: Vec::new(),
        });
    }
    let reviewing = round::last(&profile).is_some();
    listed.push(Listed {
        label: round::CURRENT.to_string(),
        open: true,
        opened: round::opened_at(&profile),
        closed: None,
        answers: profile.answer_count(),
        progress: progress_of(&catalog, &profile),
        review: if reviewing {
            catalog
                .iter()
                .map(|w| WorkbookReview {
                    workbook: w.id().to_string(),
                    tally: round::tally(&profile, w.id()),
                })
                .collect()
        } else {
            Vec::new()
        },
    });
    if json {
        print_json(&listed)?;
        return Ok(SUCCESS);
    }
    print_list(&profile, &listed);
    Ok(SUCCESS)
}

fn progress_of(catalog: &Catalog, profile: &Profile) -> Vec<RoundProgress> {
    workbook_progress(catalog, profile)
        .into_iter()
        .map(|row| RoundProgress {
            workbook: row.workbook.to_string(),
            progress: row.progress,
        })
        .collect()
}

fn print_list(profile: &Profile, listed: &[Listed]) {
    println!("Rounds of {}:", sanitize_line(&profile.city.name));
    println!(
        "{:<20} {:<10} {:<10} {:>8} {:>6}",
        "ROUND", "FROM", "TO", "ANSWERS", "DONE"
    );
    for row in listed {
        let (answered, relevant) = row.progress.iter().fold((0, 0), |(a, r), p| {
            (a + p.progress.answered, r + p.progress.relevant)
        });
        let done = (answered * 100).checked_div(relevant).unwrap_or(0);
        let name = if row.open {
            "open (current)".to_string()
        } else {
            sanitize_line(&row.label)
        };
        println!(
            "{:<20} {:<10} {:<10} {:>8} {:>5}%",
            name,
            day(row.opened),
            row.closed.map_or_else(|| "-".to_string(), day),
            row.answers,
            done,
        );
    }
    let Some(open) = listed.last().filter(|r| !r.review.is_empty()) else {
        if listed.len() == 1 {
            println!(
                "No round closed yet. Close this one at the end of the cycle with: workbook round close --city {}",
                shell_word(&profile.city.name)
            );
        }
        return;
    };
    let since = round::last(profile).map_or("", |(l, _)| l);
    println!();
    println!("This round against {}:", sanitize_line(since));
    println!(
        "{:<16} {:>10} {:>10} {:>8} {:>5} {:>8}",
        "WORKBOOK", "TO CONFIRM", "CONFIRMED", "UPDATED", "NEW", "REMOVED"
    );
    for w in &open.review {
        let t = &w.tally;
        println!(
            "{:<16} {:>10} {:>10} {:>8} {:>5} {:>8}",
            sanitize_line(&w.workbook),
            t.to_confirm,
            t.confirmed,
            t.updated,
            t.new,
            t.removed
        );
    }
}

fn day(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%d").to_string()
}
