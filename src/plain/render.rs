//! How a question and its answer read as plain lines: no colour, no cursor movement, so that a
//! screen reader reads them in order and a script can parse them.

use crate::answer::{Number, NumberFormat, Reading, Value, cell_text, summary};
use crate::markdown::to_plain;
use crate::text::{sanitize, sanitize_line};
use crate::workbook::{Kind, Question};

/// Where a question sits, for the heading line.
pub struct Place<'a> {
    pub section_title: &'a str,
    pub section_number: usize,
    pub section_count: usize,
    pub number: usize,
    pub count: usize,
    /// The question follows up the one numbered `number`.
    pub follow_up: bool,
    /// The title of the workbook a shared question's answer lives in.
    pub shared_with: Option<&'a str>,
}

/// A stored answer as plain mode shows it: what it means, or the raw value it keeps.
pub struct Current<'a> {
    pub reading: Reading<'a>,
    pub raw: &'a Value,
    pub other: Option<&'a str>,
    /// Notes on the answer the user has not resolved.
    pub notes: &'a [crate::profile::Note],
}

/// The question against the last closed round.
pub struct LastRound<'a> {
    /// The round's label.
    pub label: &'a str,
    /// Its answer to the question, if it had one.
    pub previous: Option<&'a crate::profile::Answer>,
    /// The round the current answer is carried over from, while it waits to be kept or changed.
    pub carried: Option<&'a str>,
}

pub fn question(
    place: &Place,
    question: &Question,
    current: Option<&Current>,
    last: Option<&LastRound>,
    format: NumberFormat,
) -> String {
    let mut out = String::new();
    let required = if question.required { ", required" } else { "" };
    let follow = if place.follow_up { " (follow-up)" } else { "" };
    out.push_str(&format!(
        "\nSection {} of {}: {}\nQuestion {} of {}{follow}{required}\n{}\n",
        place.section_number,
        place.section_count,
        sanitize_line(place.section_title),
        place.number,
        place.count,
        sanitize_line(&question.prompt),
    ));
    if let Some(home) = place.shared_with {
        out.push_str(&format!(
            "Shared with {}: one answer for both.\n",
            sanitize_line(home)
        ));
    }
    if let Some(guidance) = &question.guidance {
        out.push_str(&format!("Guidance: {}\n", sanitize(&to_plain(guidance))));
    }
    out.push_str(&options(question));
    match current.map(|c| (c.reading.value(), c)) {
        Some((Some(value), c)) => out.push_str(&format!(
            "Current answer: {}\n",
            describe(question, value, c.other, format)
        )),
        Some((None, c)) => out.push_str(&format!(
            "Stored answer needing attention (kept as it is until you answer again): {} ({})\n",
            sanitize_line(&crate::answer::plain_text(c.raw, format)),
            match &c.reading {
                Reading::Unclear(why) => sanitize_line(why),
                _ => String::new(),
            }
        )),
        None => {}
    }
    for (n, note) in current.map(|c| c.notes).unwrap_or(&[]).iter().enumerate() {
        let kept = note
            .value
            .as_ref()
            .map(|v| {
                format!(
                    " (kept: {})",
                    describe(question, v, note.other.as_deref(), format)
                )
            })
            .unwrap_or_default();
        out.push_str(&format!(
            "Note {}: {}{kept}\n",
            n + 1,
            sanitize_line(&note.text)
        ));
    }
    if current.is_some_and(|c| !c.notes.is_empty()) {
        out.push_str("Type :keep to keep the current answer and close the notes, or :use N to use the answer note N keeps.\n");
    }
    let carried = last.and_then(|l| l.carried);
    out.push_str(&last_round(question, last, current, format));
    out.push_str(&how_to_answer(
        question,
        current.is_some(),
        carried.is_some(),
        format,
    ));
    out
}

/// Last round's answer beside this one: a carried answer to keep or change, or what last round
/// said when this round says something else (or nothing).
fn last_round(
    question: &Question,
    last: Option<&LastRound>,
    current: Option<&Current>,
    format: NumberFormat,
) -> String {
    let Some(last) = last else {
        return String::new();
    };
    if let Some(from) = last.carried {
        return format!(
            "Carried over from {}, not yet confirmed: type :keep to keep it as this round's answer, or type a new answer.\n",
            sanitize_line(from)
        );
    }
    let Some(previous) = last.previous else {
        return String::new();
    };
    let label = sanitize_line(last.label);
    let same =
        current.is_some_and(|c| c.raw == &previous.value && c.other == previous.other.as_deref());
    if same {
        return format!("Kept from last round ({label}): the same answer.\n");
    }
    let other = previous.other.as_deref();
    let text = match crate::answer::read(question, &previous.value, other, format).value() {
        Some(value) => describe(question, value, other, format),
        None => sanitize_line(&crate::answer::plain_text(&previous.value, format)),
    };
    format!("Last round ({label}): {text}\n")
}

fn options(question: &Question) -> String {
    let mut out = String::new();
    match question.kind() {
        Kind::SingleChoice | Kind::MultiChoice => {
            out.push_str("Choices:\n");
            for (i, choice) in question.choices().iter().enumerate() {
                out.push_str(&format!("  {}. {}\n", i + 1, sanitize_line(&choice.label)));
            }
            if question.other {
                out.push_str(&format!(
                    "  {}. Other (say what)\n",
                    question.choices().len() + 1
                ));
            }
        }
        Kind::Scale => {
            let min = question.min().unwrap_or(1.0) as i64;
            for (i, label) in question.scale_labels().iter().enumerate() {
                out.push_str(&format!(
                    "  {} = {}\n",
                    min + i as i64,
                    sanitize_line(label)
                ));
            }
        }
        Kind::Table => {
            let columns: Vec<String> = question
                .columns()
                .iter()
                .map(|c| sanitize_line(&c.label))
                .collect();
            out.push_str(&format!("Columns: {}\n", columns.join(", ")));
        }
        _ => {}
    }
    out
}

fn how_to_answer(
    question: &Question,
    has_answer: bool,
    carried: bool,
    format: NumberFormat,
) -> String {
    // An empty line never confirms a carried answer: it stays to confirm later.
    let (keep, commands) = match (has_answer, carried) {
        (true, true) => (
            "; an empty line leaves it to confirm later",
            ":keep :back :skip :clear :help :quit",
        ),
        (true, false) => (
            "; an empty line keeps the current answer",
            ":back :skip :clear :help :quit",
        ),
        (false, _) => ("; an empty line skips", ":back :skip :clear :help :quit"),
    };
    let how = match question.kind() {
        Kind::ShortText => "Type one line".to_string(),
        Kind::LongText => "Type your answer; end it with a line holding only a dot (.)".to_string(),
        Kind::SingleChoice => "Type the number of one choice".to_string(),
        Kind::MultiChoice => "Type the numbers of your choices, separated by commas".to_string(),
        Kind::YesNo => "Type yes or no".to_string(),
        Kind::Scale => {
            let (min, max) = crate::answer::scale_range(question);
            format!("Type a whole number from {min} to {max}")
        }
        Kind::Number => number_hint(question, format),
        Kind::Date => "Type a date as YYYY-MM-DD".to_string(),
        Kind::List => "Type one item per line; end with a line holding only a dot (.)".to_string(),
        Kind::Table => {
            "Each row is asked column by column; type a dot (.) at the start of a row to finish"
                .to_string()
        }
    };
    format!("{how}{keep}. Commands: {commands}\n")
}

fn number_hint(question: &Question, format: NumberFormat) -> String {
    let mut hint = if question.integer {
        "Type a whole number".to_string()
    } else {
        format!("Type a number (with a {})", format.describe())
    };
    let format_number = |n: f64| {
        Number::from_f64(n)
            .map(|n| n.format(format))
            .unwrap_or_else(|| n.to_string())
    };
    match (question.min(), question.max()) {
        (Some(min), Some(max)) => hint.push_str(&format!(
            " from {} to {}",
            format_number(min),
            format_number(max)
        )),
        (Some(min), None) => hint.push_str(&format!(" of at least {}", format_number(min))),
        (None, Some(max)) => hint.push_str(&format!(" of at most {}", format_number(max))),
        (None, None) => {}
    }
    if let Some(unit) = &question.unit {
        hint.push_str(&format!(" ({})", sanitize_line(unit)));
    }
    hint
}

/// An answer as plain text: long text keeps its lines, a table lists its rows, anything else
/// is the one-line summary the guided interface shows.
pub fn describe(
    question: &Question,
    value: &Value,
    other: Option<&str>,
    format: NumberFormat,
) -> String {
    match value {
        Value::Text(t) if !question.kind().has_choices() => sanitize(t),
        Value::Table(rows) => {
            let mut out = summary(question, value, other, format);
            for (i, row) in rows.iter().enumerate() {
                let cells: Vec<String> = question
                    .columns()
                    .iter()
                    .filter_map(|c| {
                        row.get(c.id()).map(|v| {
                            let shown = cell_text(c, v, format);
                            format!("{}: {}", sanitize_line(&c.label), sanitize_line(&shown))
                        })
                    })
                    .collect();
                out.push_str(&format!("\n  Row {}: {}", i + 1, cells.join("; ")));
            }
            out
        }
        _ => summary(question, value, other, format),
    }
}

/// The one line said on leaving with :quit or Ctrl+C: what was saved for `city` this time,
/// and the command that comes back to the same place.
pub fn leaving(city: &str, walked: &super::Walked, resume: &str) -> String {
    let city = sanitize_line(city);
    match &walked.unsaved {
        None => {
            let answers = match walked.changed {
                0 => "no answers changed".to_string(),
                1 => "1 answer changed".to_string(),
                n => format!("{n} answers changed"),
            };
            format!("Saved {city}: {answers} this time. Resume: {resume}")
        }
        Some(error) => format!(
            "{city} NOT saved: {}; answers given since the last save are lost. Resume: {resume}",
            sanitize_line(error)
        ),
    }
}
