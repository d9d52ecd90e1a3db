//! `workbook answer import|export --city X WORKBOOK.QUESTION ...`: one table or list answer
//! from or to a spreadsheet. The rows go through the same validation and the same recording
//! path as a typed answer, and the profile is saved through the store with its lock.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use super::context::{catalog, load_migrated, save, store, wait, write_output_bytes};
use crate::answer::{Reading, Response, Value, read};
use crate::cli::{ExportArgs, GlobalArgs, SheetImportArgs, WaitArgs};
use crate::commands::exit::{FAILURE, Failure, SUCCESS};
use crate::plan::Edition;
use crate::profile::edit::{self, Given};
use crate::profile::{Profile, migrate};
use crate::sheet::{self, Import, Map, Mode, Target};
use crate::text::sanitize_line;
use crate::tr;
use crate::workbook::{Kind, Question};

/// How many rejected rows are listed; the rest are counted.
const SHOWN_REJECTIONS: usize = 50;

pub fn import(
    global: &GlobalArgs,
    city: &str,
    key: &str,
    file: &Path,
    args: &SheetImportArgs,
    waiting: &WaitArgs,
) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let (workbook, question) = edit::split_key(key).map_err(|e| Failure::usage(e.to_string()))?;
    let (book, q) =
        edit::find(&catalog, workbook, question).map_err(|e| Failure::failed(e.to_string()))?;
    check_kind(q)?;
    let map = Map::parse(&args.map).map_err(|e| Failure::usage(e.to_string()))?;
    let sheet = sheet::read(file, args.sheet.as_deref()).map_err(failed)?;
    let before = load_migrated(&store(global)?, &catalog, city)?;
    let format = before.city.number_format;
    let others = sheet::other_languages(&catalog);
    let target = Target::new(q, book.id(), &others, format);
    let import = sheet::rows(&sheet, &target, &map).map_err(failed)?;
    report_rejections(&import);
    if !import.ignored.is_empty() {
        eprintln!(
            "{}",
            tr!("sheet-ignored-columns", headers = import.ignored.join(", "))
        );
    }
    if !import.rejected.is_empty() && !args.partial {
        return Err(Failure::failed(tr!(
            "sheet-import-rejected",
            count = import.rejected.len(),
            accepted = import.accepted()
        )));
    }
    if import.accepted() == 0 {
        return Err(Failure::failed(tr!(
            "sheet-nothing-to-import",
            sheet = sheet.name.as_str()
        )));
    }
    let key_shown = sanitize_line(key);
    let mode = match (args.merge, args.replace) {
        (true, _) => Some(Mode::Merge),
        (_, true) => Some(Mode::Replace),
        // Asked before the city is opened for writing, so that no other window waits on the
        // answer.
        _ => match stored_rows(&before, book.id(), q) {
            Some(rows) => match ask_mode(&key_shown, &before.city.name, rows)? {
                Some(mode) => Some(mode),
                None => {
                    eprintln!("{}", tr!("sheet-not-imported"));
                    return Ok(FAILURE);
                }
            },
            None => None,
        },
    };
    let (mut session, mut profile) = store(global)?.open_city(city, wait(waiting))?;
    migrate::migrate(&mut profile, &catalog);
    let existing = match profile.answer(book.id(), q.id()) {
        None => None,
        Some(answer) => match read(q, &answer.value, answer.other.as_deref(), format) {
            Reading::Unclear(_) if mode == Some(Mode::Merge) => {
                return Err(Failure::failed(tr!(
                    "sheet-stored-unclear",
                    key = key_shown.as_str()
                )));
            }
            reading => reading.value().cloned(),
        },
    };
    let mode = match (mode, &existing) {
        (Some(mode), _) => mode,
        (None, None) => Mode::Replace,
        // Answered since it was asked (another window): the user must choose again.
        (None, Some(_)) => {
            return Err(Failure::usage(choose_mode(&key_shown, &profile.city.name)));
        }
    };
    let (value, tally) = sheet::combine(q, existing.as_ref(), &import, mode);
    let response = Response::new(sheet::typed(q, value, format), None);
    let now = jiff::Timestamp::now();
    edit::record(&mut profile, book, q, &response, Given::Typed, now)
        .map_err(|e| Failure::failed(format!("{key_shown}: {e}")))?;
    let changed = session.is_dirty(&profile);
    if changed {
        save(&mut session, &profile)?;
    }
    if !import.rejected.is_empty() {
        eprintln!(
            "{}",
            tr!("sheet-import-partial", count = import.rejected.len())
        );
    }
    let city_name = sanitize_line(&profile.city.name);
    let said = match mode {
        _ if !changed => tr!("sheet-import-unchanged", city = city_name, key = key_shown),
        Mode::Replace => tr!(
            "sheet-import-replaced",
            city = city_name,
            key = key_shown,
            count = import.accepted()
        ),
        Mode::Merge => tr!(
            "sheet-import-done",
            city = city_name,
            key = key_shown,
            added = tally.added,
            updated = tally.updated,
            unchanged = tally.unchanged
        ),
    };
    println!("{said}");
    Ok(SUCCESS)
}

fn failed(error: sheet::SheetError) -> Failure {
    Failure::failed(error.to_string())
}

fn report_rejections(import: &Import) {
    for rejection in import.rejected.iter().take(SHOWN_REJECTIONS) {
        eprintln!("{rejection}");
    }
    if import.rejected.len() > SHOWN_REJECTIONS {
        eprintln!(
            "{}",
            tr!(
                "sheet-more-rejected",
                count = import.rejected.len() - SHOWN_REJECTIONS
            )
        );
    }
}

/// How many rows (or items) the stored answer has, if it has one.
fn stored_rows(profile: &Profile, workbook: &str, question: &Question) -> Option<usize> {
    let answer = profile.answer(workbook, question.id())?;
    Some(match &answer.value {
        Value::Table(rows) => rows.len(),
        Value::List(items) => items.len(),
        _ => 1,
    })
}

fn choose_mode(key: &str, city: &str) -> String {
    tr!("sheet-choose-mode", key = key, city = sanitize_line(city))
}

/// Spreadsheets fill tables and lists (a multiple-choice answer is a list of choices).
fn check_kind(question: &Question) -> Result<(), Failure> {
    match question.kind() {
        Kind::Table | Kind::List | Kind::MultiChoice => Ok(()),
        kind => Err(Failure::failed(
            sheet::SheetError::NotATable {
                kind: kind.name().to_string(),
            }
            .to_string(),
        )),
    }
}

/// Asks in a terminal whether to merge or replace; a script is told to say which.
fn ask_mode(key: &str, city: &str, rows: usize) -> Result<Option<Mode>, Failure> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(Failure::usage(choose_mode(key, city)));
    }
    let city = sanitize_line(city);
    eprint!(
        "{}",
        tr!("sheet-ask-mode", key = key, city = city, count = rows)
    );
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .map_err(|e| Failure::failed(e.to_string()))?;
    Ok(match line.trim().to_lowercase().as_str() {
        "m" => Some(Mode::Merge),
        "r" => Some(Mode::Replace),
        _ => None,
    })
}

pub fn export(global: &GlobalArgs, city: &str, key: &str, output: &Path) -> Result<u8, Failure> {
    let catalog = catalog(global);
    let (workbook, question) = edit::split_key(key).map_err(|e| Failure::usage(e.to_string()))?;
    let (book, q) =
        edit::find(&catalog, workbook, question).map_err(|e| Failure::failed(e.to_string()))?;
    check_kind(q)?;
    let extension = output
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase());
    let xlsx = match extension.as_deref() {
        Some("csv") => false,
        Some("xlsx") => true,
        _ => {
            return Err(Failure::usage(tr!(
                "sheet-export-format",
                file = sanitize_line(&output.display().to_string())
            )));
        }
    };
    let profile = load_migrated(&store(global)?, &catalog, city)?;
    let format = profile.city.number_format;
    let key_shown = sanitize_line(key);
    let value = profile
        .answer(book.id(), q.id())
        .and_then(|a| {
            read(q, &a.value, a.other.as_deref(), format)
                .value()
                .cloned()
        })
        .filter(|v| matches!(v, Value::Table(_) | Value::List(_)));
    let Some(value) = value else {
        return Err(Failure::failed(tr!(
            "sheet-export-no-answer",
            city = sanitize_line(&profile.city.name),
            key = key_shown
        )));
    };
    let grid = sheet::grid(q, &value);
    let bytes = if xlsx {
        sheet::to_xlsx(&grid, q.label(), format).map_err(failed)?
    } else {
        sheet::to_csv(&grid, format).into_bytes()
    };
    write_output_bytes(output, &bytes)?;
    println!(
        "{}",
        tr!(
            "sheet-exported",
            count = grid.rows.len(),
            key = key_shown,
            file = sanitize_line(&output.display().to_string())
        )
    );
    Ok(SUCCESS)
}

/// `workbook export --city X --format xlsx -o FILE.xlsx [--edition E]`: every answer of the
/// city that the edition shows, a sheet for each table and one for the others.
pub fn export_city(global: &GlobalArgs, args: &ExportArgs) -> Result<u8, Failure> {
    let Some(output) = args.output.as_deref() else {
        return Err(Failure::usage(tr!("sheet-book-needs-output")));
    };
    let catalog = catalog(global);
    let profile = load_migrated(&store(global)?, &catalog, &args.city)?;
    let edition: Edition = args.edition.map(Edition::from).unwrap_or_default();
    let sheets = sheet::city_sheets(&catalog, &profile, |level| edition.shows(level));
    let named: Vec<(&str, &sheet::Grid)> = sheets.iter().map(|(n, g)| (n.as_str(), g)).collect();
    let bytes = sheet::to_xlsx_book(&named, profile.city.number_format).map_err(failed)?;
    write_output_bytes(output, &bytes)?;
    let answers_sheet = tr!("sheet-book-answers");
    let others = sheets
        .iter()
        .find(|(n, _)| *n == answers_sheet)
        .map_or(0, |(_, g)| g.rows.len());
    let tables = sheets.len() - usize::from(others > 0);
    let edition_name = match edition {
        Edition::Public => tr!("sheet-edition-public"),
        Edition::Council => tr!("sheet-edition-council"),
        Edition::Restricted => tr!("sheet-edition-restricted"),
    };
    println!(
        "{}",
        tr!(
            "sheet-book-exported",
            file = sanitize_line(&output.display().to_string()),
            city = sanitize_line(&profile.city.name),
            edition = edition_name,
            tables = tables,
            answers = others,
            sheet = sheet::quoted(&answers_sheet)
        )
    );
    Ok(SUCCESS)
}
