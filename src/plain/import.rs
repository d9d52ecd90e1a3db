//! `:import FILE` in plain mode: a table or list answer from a spreadsheet, for a screen-reader
//! user who cannot use the guided interface's dialog. The file is read as `answer import` reads
//! it; what it would add, update and leave out is said line by line, and nothing is recorded
//! until the user confirms.

use std::io::{self, Write};

use super::input::Lines;
use crate::answer::Response;
use crate::profile::Profile;
use crate::sheet::{self, Mode, Stored, Target, row_count};
use crate::text::sanitize_line;
use crate::tr;
use crate::workbook::{Catalog, Kind, Question, Workbook};

/// How many rows left out are read out; the rest are counted.
const SAID_REJECTIONS: usize = 20;

/// Reads the spreadsheet at `typed` for `question` (its answer lives in `home`), says what it
/// would do and asks whether to add the rows, replace the stored ones, or not import. The
/// answer to record, or `None` when nothing is to be recorded (the question is asked again).
pub fn import<L: Lines, W: Write>(
    catalog: &Catalog,
    home: &Workbook,
    question: &Question,
    profile: &Profile,
    typed: &str,
    lines: &mut L,
    out: &mut W,
) -> io::Result<Option<Response>> {
    if !matches!(question.kind(), Kind::Table | Kind::List) {
        writeln!(out, "{}", tr!("plain-import-not-here"))?;
        return Ok(None);
    }
    if typed.trim().is_empty() {
        writeln!(out, "{}", tr!("plain-import-give-path"))?;
        return Ok(None);
    }
    let working = std::env::current_dir().unwrap_or_default();
    let home_dir = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    let file = crate::paths::typed_path(typed, &working, home_dir.as_deref());
    let format = profile.city.number_format;
    let others = sheet::other_languages(catalog);
    let target = Target::new(question, home.id(), &others, format);
    let import = match sheet::read(&file, None)
        .and_then(|s| sheet::rows(&s, &target, &sheet::Map::default()).map(|i| (s, i)))
    {
        Ok((_, import)) => import,
        Err(e) => {
            writeln!(out, "{}", tr!("plain-not-done", reason = e.to_string()))?;
            return Ok(None);
        }
    };
    let accepted = import.accepted();
    let rejected = import.rejected.len();
    writeln!(
        out,
        "{}",
        tr!(
            "plain-import-read",
            file = sheet::file_name(&file),
            rows = accepted + rejected,
            accepted = accepted,
            rejected = rejected
        )
    )?;
    for rejection in import.rejected.iter().take(SAID_REJECTIONS) {
        writeln!(out, "{rejection}")?;
    }
    if rejected > SAID_REJECTIONS {
        writeln!(
            out,
            "{}",
            tr!(
                "plain-import-more-left-out",
                count = rejected - SAID_REJECTIONS
            )
        )?;
    }
    if !import.ignored.is_empty() {
        let headers = sanitize_line(&import.ignored.join(", "));
        writeln!(out, "{}", tr!("plain-import-ignored", headers = headers))?;
    }
    if accepted == 0 {
        writeln!(out, "{}", tr!("plain-import-nothing"))?;
        return Ok(None);
    }
    let stored = Stored::of(profile, home.id(), question);
    let mode = match stored.rows() {
        Some(value) => {
            let count = row_count(value);
            let (_, tally) = sheet::combine(question, Some(value), &import, Mode::Merge);
            writeln!(
                out,
                "{}",
                tr!(
                    "plain-import-ask-mode",
                    stored = count,
                    added = tally.added,
                    updated = tally.updated
                )
            )?;
            match answer(lines, out)?.as_str() {
                "m" => Mode::Merge,
                "r" => Mode::Replace,
                _ => return cancelled(out),
            }
        }
        None => {
            writeln!(out, "{}", tr!("plain-import-ask", count = accepted))?;
            // Yes in the user's language, as a yes/no answer takes it.
            let said = answer(lines, out)?;
            if crate::answer::yes_no(&said) == Ok(true) {
                Mode::Replace
            } else {
                return cancelled(out);
            }
        }
    };
    let (value, _) = sheet::combine(question, stored.rows(), &import, mode);
    writeln!(
        out,
        "{}",
        tr!("plain-import-done", count = row_count(&value))
    )?;
    Ok(Some(Response::new(
        sheet::typed(question, value, format),
        None,
    )))
}

/// The next line, trimmed and in lower case (empty when input ended).
fn answer<L: Lines, W: Write>(lines: &mut L, out: &mut W) -> io::Result<String> {
    out.flush()?;
    Ok(lines
        .next_line()?
        .map(|l| l.trim().to_lowercase())
        .unwrap_or_default())
}

fn cancelled<W: Write>(out: &mut W) -> io::Result<Option<Response>> {
    writeln!(out, "{}", tr!("plain-import-cancelled"))?;
    Ok(None)
}
