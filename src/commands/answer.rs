//! `workbook answer set|get|clear|import|export`: scripted answers, validated exactly like
//! typed ones.

use std::path::Path;

use serde::Serialize;

use super::context::{
    catalog, load_migrated, print_json, read_stdin, save, store, wait, write_output,
};
use super::inline;
use crate::answer::{Response, plain_text, summary};
use crate::cli::{AnswerCommand, GlobalArgs, WaitArgs};
use crate::commands::exit::{FAILURE, Failure, SUCCESS};
use crate::profile::edit::{self, Recorded};
use crate::profile::store::{Session, read_toml};
use crate::profile::transfer::{self, AnswersFile};
use crate::profile::{Answer, Profile, migrate};
use crate::text::{sanitize, sanitize_line, shell_word};
use crate::tr;
use crate::workbook::Catalog;

pub fn run(global: &GlobalArgs, command: AnswerCommand) -> Result<u8, Failure> {
    match command {
        AnswerCommand::Set {
            city,
            key,
            values,
            json,
            other,
            wait,
        } => set(global, &city, &key, values, json, other, &wait),
        AnswerCommand::Get { city, key, json } => get(global, &city, &key, json),
        AnswerCommand::Clear { city, key, wait } => clear(global, &city, &key, &wait),
        AnswerCommand::Resolve {
            city,
            key,
            use_kept,
            wait,
        } => resolve(global, &city, &key, use_kept, &wait),
        AnswerCommand::Confirm { city, keys, wait } => confirm(global, &city, &keys, &wait),
        AnswerCommand::Import {
            city,
            file,
            spreadsheet: Some(spreadsheet),
            sheet,
            wait,
        } => {
            let key = file.to_string_lossy();
            super::sheet::import(global, &city, &key, &spreadsheet, &sheet, &wait)
        }
        AnswerCommand::Import {
            city, file, wait, ..
        } => import(global, &city, &file, &wait),
        AnswerCommand::Export {
            city,
            key: Some(key),
            output,
        } => {
            let output =
                output.ok_or_else(|| Failure::usage(crate::tr!("sheet-export-needs-output")))?;
            super::sheet::export(global, &city, &key, &output)
        }
        AnswerCommand::Export { city, output, .. } => {
            let profile = store(global)?.load(&city)?;
            let text = transfer::export(&profile).map_err(|e| Failure::failed(e.to_string()))?;
            write_output(output.as_deref(), &text)?;
            Ok(SUCCESS)
        }
    }
}

fn key_parts(key: &str) -> Result<(&str, &str), Failure> {
    edit::split_key(key).map_err(|e| Failure::usage(e.to_string()))
}

/// Opens a city for writing with migrations applied, as every writer does.
fn open(
    global: &GlobalArgs,
    catalog: &Catalog,
    city: &str,
    waiting: &WaitArgs,
) -> Result<(Session, Profile), Failure> {
    let (session, mut profile) = store(global)?.open_city(city, wait(waiting))?;
    migrate::migrate(&mut profile, catalog);
    Ok((session, profile))
}

fn set(
    global: &GlobalArgs,
    city: &str,
    key: &str,
    mut values: Vec<String>,
    json: bool,
    other: Option<String>,
    waiting: &WaitArgs,
) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let (workbook, question) = key_parts(key)?;
    let (_, q) =
        edit::find(&catalog, workbook, question).map_err(|e| Failure::failed(e.to_string()))?;
    if values.len() == 1 && values[0] == "-" {
        values[0] = read_stdin()?;
    }
    let value = if json {
        match values.as_slice() {
            [one] => inline::parse_json(one),
            _ => Err(tr!("cli-answer-json-one-value")),
        }
    } else {
        inline::parse(q.kind(), &values)
    }
    .map_err(|e| Failure::usage(format!("{key}: {e}")))?;
    let (mut session, mut profile) = open(global, &catalog, city, waiting)?;
    let response = Response::new(value, other);
    let outcome = edit::set_answer(
        &mut profile,
        &catalog,
        (workbook, question),
        &response,
        jiff::Timestamp::now(),
    )
    .map_err(|e| Failure::failed(e.to_string()))?;
    if session.is_dirty(&profile) {
        save(&mut session, &profile)?;
    }
    let (key, city) = (sanitize_line(key), sanitize_line(&profile.city.name));
    let said = match outcome {
        Recorded::Set | Recorded::KeptUnclear(_) => tr!("cli-answer-saved", key = key, city = city),
        Recorded::Unchanged => tr!("cli-answer-unchanged", key = key, city = city),
        Recorded::Confirmed => tr!("cli-answer-kept", key = key, city = city),
        Recorded::Cleared => tr!("cli-answer-cleared-empty", key = key, city = city),
    };
    println!("{said}");
    Ok(SUCCESS)
}

#[derive(Serialize)]
struct Shown<'a> {
    workbook: &'a str,
    question: &'a str,
    #[serde(flatten)]
    answer: &'a Answer,
}

fn get(global: &GlobalArgs, city: &str, key: &str, json: bool) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let (workbook, question) = key_parts(key)?;
    let profile = load_migrated(&store(global)?, &catalog, city)?;
    // A question shown in several workbooks is read where its answer lives.
    let home = edit::find(&catalog, workbook, question)
        .map(|(home, _)| home.id())
        .unwrap_or(workbook);
    let Some(answer) = profile.answer(home, question) else {
        edit::find(&catalog, workbook, question).map_err(|e| Failure::failed(e.to_string()))?;
        eprintln!(
            "{}",
            tr!(
                "cli-answer-none-yet",
                city = sanitize_line(&profile.city.name),
                key = sanitize_line(key)
            )
        );
        return Ok(FAILURE);
    };
    if json {
        print_json(&Shown {
            workbook: home,
            question,
            answer,
        })?;
    } else {
        let asked = edit::find(&catalog, workbook, question)
            .ok()
            .map(|(_, q)| q);
        let format = profile.city.number_format;
        // Lists and tables in the form `answer set` reads, so that the line can be pasted back.
        let shown = asked
            .and_then(|q| inline::format(q, &answer.value, format))
            .unwrap_or_else(|| sanitize(&plain_text(&answer.value, format)));
        println!("{shown}");
        if let Some(other) = &answer.other {
            println!("{}", tr!("cli-answer-other", text = sanitize(other)));
        }
        // Notes go to standard error, so that the answer itself can be piped or pasted. The
        // kept answer is read by a person: choices by their labels.
        for (n, note) in answer.notes.iter().enumerate() {
            let (number, text) = (n + 1, sanitize_line(&note.text));
            let line = match &note.value {
                Some(v) => {
                    let kept = match asked {
                        Some(q) => summary(q, v, note.other.as_deref(), format),
                        None => sanitize_line(&plain_text(v, format)),
                    };
                    tr!(
                        "cli-answer-note-kept",
                        number = number,
                        text = text,
                        kept = kept
                    )
                }
                None => tr!("cli-answer-note", number = number, text = text),
            };
            eprintln!("{line}");
        }
        if !answer.notes.is_empty() {
            eprintln!(
                "{}",
                tr!(
                    "cli-answer-resolve-with",
                    city = shell_word(city),
                    key = shell_word(key)
                )
            );
        }
        if let Some(from) = &answer.from_round {
            eprintln!(
                "{}",
                tr!(
                    "cli-answer-from-round",
                    round = sanitize_line(from),
                    city = shell_word(city),
                    key = shell_word(key)
                )
            );
        }
    }
    Ok(SUCCESS)
}

/// `answer confirm`: keeps carried-over answers as this round's, unchanged. A key that names
/// no question stops it before anything is saved; a question with nothing to confirm is said.
fn confirm(
    global: &GlobalArgs,
    city: &str,
    keys: &[String],
    waiting: &WaitArgs,
) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let mut homes = Vec::with_capacity(keys.len());
    for key in keys {
        let (workbook, question) = key_parts(key)?;
        let (book, q) =
            edit::find(&catalog, workbook, question).map_err(|e| Failure::failed(e.to_string()))?;
        homes.push((key, book.id(), q.id()));
    }
    let (mut session, mut profile) = open(global, &catalog, city, waiting)?;
    let now = jiff::Timestamp::now();
    let mut kept = Vec::new();
    let mut problems = Vec::new();
    for (key, workbook, question) in homes {
        match profile.answer(workbook, question) {
            None => problems.push(tr!("cli-answer-nothing-to-keep", key = sanitize_line(key))),
            Some(a) if a.from_round.is_none() => problems.push(tr!(
                "cli-answer-already-this-round",
                key = sanitize_line(key)
            )),
            Some(_) => {
                edit::confirm(&mut profile, workbook, question, now);
                kept.push(sanitize_line(key));
            }
        }
    }
    if session.is_dirty(&profile) {
        save(&mut session, &profile)?;
    }
    if !kept.is_empty() {
        println!(
            "{}",
            tr!(
                "cli-answer-kept-many",
                city = sanitize_line(&profile.city.name),
                keys = kept.join(", ")
            )
        );
    }
    for problem in &problems {
        eprintln!("{problem}");
    }
    Ok(if kept.is_empty() { FAILURE } else { SUCCESS })
}

fn clear(global: &GlobalArgs, city: &str, key: &str, waiting: &WaitArgs) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let (workbook, question) = key_parts(key)?;
    let (book, q) =
        edit::find(&catalog, workbook, question).map_err(|e| Failure::failed(e.to_string()))?;
    let (mut session, mut profile) = open(global, &catalog, city, waiting)?;
    let outcome = edit::record(
        &mut profile,
        book,
        q,
        &Response::clear(),
        edit::Given::Typed,
        jiff::Timestamp::now(),
    )
    .map_err(|e| Failure::failed(e.to_string()))?;
    if session.is_dirty(&profile) {
        save(&mut session, &profile)?;
    }
    match outcome {
        Recorded::Cleared => println!("{}", tr!("cli-answer-cleared", key = sanitize_line(key))),
        _ => println!("{}", tr!("cli-answer-had-none", key = sanitize_line(key))),
    }
    Ok(SUCCESS)
}

fn resolve(
    global: &GlobalArgs,
    city: &str,
    key: &str,
    use_kept: Option<usize>,
    waiting: &WaitArgs,
) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let (workbook, question) = key_parts(key)?;
    let (book, q) =
        edit::find(&catalog, workbook, question).map_err(|e| Failure::failed(e.to_string()))?;
    let resolution = match use_kept {
        None => edit::Resolution::KeepCurrent,
        Some(0) => {
            return Err(Failure::usage(tr!("cli-answer-notes-from-one")));
        }
        Some(n) => edit::Resolution::UseKept(n - 1),
    };
    let (mut session, mut profile) = open(global, &catalog, city, waiting)?;
    edit::resolve(&mut profile, book, q, resolution, jiff::Timestamp::now())
        .map_err(|e| Failure::failed(format!("{}: {e}", sanitize_line(key))))?;
    save(&mut session, &profile)?;
    let key = sanitize_line(key);
    match use_kept {
        None => println!("{}", tr!("cli-answer-resolved", key = key)),
        Some(n) => println!(
            "{}",
            tr!("cli-answer-resolved-with-note", number = n, key = key)
        ),
    }
    Ok(SUCCESS)
}

fn import(global: &GlobalArgs, city: &str, file: &Path, waiting: &WaitArgs) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let answers: AnswersFile = read_toml(file, None)?;
    let (mut session, mut profile) = open(global, &catalog, city, waiting)?;
    let report = transfer::import(&mut profile, &catalog, &answers, jiff::Timestamp::now())
        .map_err(|problems| {
            let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
            Failure::failed(format!(
                "{}\n{}",
                tr!(
                    "cli-answer-import-refused",
                    file = file.display().to_string()
                ),
                lines.join("\n")
            ))
        })?;
    if session.is_dirty(&profile) {
        save(&mut session, &profile)?;
    }
    println!(
        "{}",
        tr!(
            "cli-answer-imported",
            city = sanitize_line(&profile.city.name),
            set = report.set,
            unchanged = report.unchanged,
            cleared = report.cleared
        )
    );
    Ok(SUCCESS)
}
