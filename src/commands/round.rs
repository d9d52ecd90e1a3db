//! `workbook round close|list`: the city's yearly rounds of answers.

use serde::Serialize;

use super::city::workbook_progress;
use super::columns::{headings, left, right};
use super::context::{catalog, print_json, save, store, wait};
use crate::cli::{GlobalArgs, RoundCommand, WaitArgs};
use crate::commands::exit::{Failure, SUCCESS};
use crate::profile::model::Profile;
use crate::profile::round::{self, Closed, Tally};
use crate::profile::{Progress, migrate};
use crate::text::{sanitize_line, shell_word};
use crate::tr;
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
    let (count, from, to) = (
        report.closed.answers,
        day(report.closed.opened),
        day(report.closed.closed),
    );
    let (closed, opened) = if report.dry_run {
        (
            tr!(
                "cli-round-would-close",
                round = label.as_str(),
                city = name,
                count = count,
                from = from,
                to = to
            ),
            tr!("cli-round-would-open", round = label.as_str()),
        )
    } else {
        (
            tr!(
                "cli-round-closed",
                round = label.as_str(),
                city = name,
                count = count,
                from = from,
                to = to
            ),
            tr!("cli-round-opened", round = label.as_str()),
        )
    };
    println!("{closed}");
    println!("{opened}");
    if report.format_before < report.format_after {
        let format = report.format_after;
        let moved = if report.dry_run {
            tr!("cli-round-would-move-format", format = format)
        } else {
            tr!("cli-round-moved-format", format = format)
        };
        println!("{moved}");
    }
    if report.dry_run {
        println!("{}", tr!("cli-round-nothing-saved"));
    } else {
        println!("{}", tr!("cli-round-see-rounds", city = shell_word(city)));
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
    println!(
        "{}",
        tr!(
            "cli-round-list-heading",
            city = sanitize_line(&profile.city.name)
        )
    );
    let (h, w) = headings(
        [
            "cli-round-column-round",
            "cli-round-column-from",
            "cli-round-column-to",
            "cli-round-column-answers",
            "cli-round-column-done",
        ],
        [20, 10, 10, 8, 6],
    );
    println!(
        "{} {} {} {} {}",
        left(&h[0], w[0]),
        left(&h[1], w[1]),
        left(&h[2], w[2]),
        right(&h[3], w[3]),
        right(&h[4], w[4])
    );
    let open_round = tr!("cli-round-open-current");
    for row in listed {
        let (answered, relevant) = row.progress.iter().fold((0, 0), |(a, r), p| {
            (a + p.progress.answered, r + p.progress.relevant)
        });
        let done = (answered * 100).checked_div(relevant).unwrap_or(0);
        let name = if row.open {
            open_round.clone()
        } else {
            sanitize_line(&row.label)
        };
        println!(
            "{} {} {} {} {}",
            left(&name, w[0]),
            left(&day(row.opened), w[1]),
            left(&row.closed.map_or_else(|| "-".to_string(), day), w[2]),
            right(&row.answers.to_string(), w[3]),
            right(&format!("{done}%"), w[4]),
        );
    }
    let Some(open) = listed.last().filter(|r| !r.review.is_empty()) else {
        if listed.len() == 1 {
            println!(
                "{}",
                tr!(
                    "cli-round-none-closed",
                    city = shell_word(&profile.city.name)
                )
            );
        }
        return;
    };
    let since = round::last(profile).map_or("", |(l, _)| l);
    println!();
    println!("{}", tr!("cli-round-against", round = sanitize_line(since)));
    let (h, w) = headings(
        [
            "cli-round-column-workbook",
            "cli-round-column-to-confirm",
            "cli-round-column-confirmed",
            "cli-round-column-updated",
            "cli-round-column-new",
            "cli-round-column-removed",
        ],
        [16, 10, 10, 8, 5, 8],
    );
    println!(
        "{} {} {} {} {} {}",
        left(&h[0], w[0]),
        right(&h[1], w[1]),
        right(&h[2], w[2]),
        right(&h[3], w[3]),
        right(&h[4], w[4]),
        right(&h[5], w[5])
    );
    for book in &open.review {
        let t = &book.tally;
        println!(
            "{} {} {} {} {} {}",
            left(&sanitize_line(&book.workbook), w[0]),
            right(&t.to_confirm.to_string(), w[1]),
            right(&t.confirmed.to_string(), w[2]),
            right(&t.updated.to_string(), w[3]),
            right(&t.new.to_string(), w[4]),
            right(&t.removed.to_string(), w[5])
        );
    }
}

fn day(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%d").to_string()
}
