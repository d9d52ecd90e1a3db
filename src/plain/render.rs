//! How a question and its answer read as plain lines: no colour, no cursor movement, so that a
//! screen reader reads them in order and a script can parse them.

use crate::answer::{Number, NumberFormat, Reading, Value, cell_text, summary};
use crate::markdown::to_plain;
use crate::text::{sanitize, sanitize_line};
use crate::tr;
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
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let section = tr!(
        "plain-section",
        number = place.section_number,
        count = place.section_count,
        title = sanitize_line(place.section_title)
    );
    let number = tr!(
        "plain-question",
        number = place.number,
        count = place.count,
        follow_up = yes_no(place.follow_up),
        required = yes_no(question.required)
    );
    let prompt = sanitize_line(&question.prompt);
    out.push_str(&format!("\n{section}\n{number}\n{prompt}\n"));
    if let Some(home) = place.shared_with {
        out.push_str(&tr!("plain-shared", workbook = sanitize_line(home)));
        out.push('\n');
    }
    if let Some(guidance) = &question.guidance {
        out.push_str(&tr!("plain-guidance", text = sanitize(&to_plain(guidance))));
        out.push('\n');
    }
    out.push_str(&options(question));
    match current.map(|c| (c.reading.value(), c)) {
        Some((Some(value), c)) => {
            let answer = describe(question, value, c.other, format);
            out.push_str(&tr!("plain-current-answer", answer = answer));
            out.push('\n');
        }
        Some((None, c)) => {
            let why = match &c.reading {
                Reading::Unclear(why) => sanitize_line(why),
                _ => String::new(),
            };
            out.push_str(&tr!(
                "plain-stored-needing-attention",
                answer = sanitize_line(&crate::answer::plain_text(c.raw, format)),
                reason = why
            ));
            out.push('\n');
        }
        None => {}
    }
    for (n, note) in current.map(|c| c.notes).unwrap_or(&[]).iter().enumerate() {
        let (number, text) = (n + 1, sanitize_line(&note.text));
        let line = match &note.value {
            Some(v) => {
                let kept = describe(question, v, note.other.as_deref(), format);
                tr!("plain-note-kept", number = number, text = text, kept = kept)
            }
            None => tr!("plain-note", number = number, text = text),
        };
        out.push_str(&line);
        out.push('\n');
    }
    if current.is_some_and(|c| !c.notes.is_empty()) {
        out.push_str(&tr!("plain-notes-how"));
        out.push('\n');
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
        return format!("{}\n", tr!("plain-carried", round = sanitize_line(from)));
    }
    let Some(previous) = last.previous else {
        return String::new();
    };
    let label = sanitize_line(last.label);
    let same =
        current.is_some_and(|c| c.raw == &previous.value && c.other == previous.other.as_deref());
    if same {
        return format!("{}\n", tr!("plain-last-round-same", round = label));
    }
    let other = previous.other.as_deref();
    let text = match crate::answer::read(question, &previous.value, other, format).value() {
        Some(value) => describe(question, value, other, format),
        None => sanitize_line(&crate::answer::plain_text(&previous.value, format)),
    };
    format!(
        "{}\n",
        tr!("plain-last-round", round = label, answer = text)
    )
}

fn options(question: &Question) -> String {
    let mut out = String::new();
    match question.kind() {
        Kind::SingleChoice | Kind::MultiChoice => {
            out.push_str(&tr!("plain-choices"));
            out.push('\n');
            for (i, choice) in question.choices().iter().enumerate() {
                out.push_str(&format!("  {}. {}\n", i + 1, sanitize_line(&choice.label)));
            }
            if question.other {
                out.push_str(&format!(
                    "  {}. {}\n",
                    question.choices().len() + 1,
                    tr!("plain-choice-other")
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
            let columns = crate::commands::joined(&columns);
            out.push_str(&tr!("plain-columns", columns = columns));
            out.push('\n');
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
    let (empty, commands) = match (has_answer, carried) {
        (true, true) => ("confirm-later", ":keep :back :skip :clear :help :quit"),
        (true, false) => ("keeps", ":back :skip :clear :help :quit"),
        (false, _) => ("skips", ":back :skip :clear :help :quit"),
    };
    // A table or list can be filled from a spreadsheet.
    let commands = match question.kind() {
        Kind::Table | Kind::List => format!("{} {commands}", tr!("plain-import-command")),
        _ => commands.to_string(),
    };
    let how = match question.kind() {
        Kind::ShortText => tr!("plain-how-short-text"),
        Kind::LongText => tr!("plain-how-long-text"),
        Kind::SingleChoice => tr!("plain-how-single-choice"),
        Kind::MultiChoice => tr!("plain-how-multi-choice"),
        Kind::YesNo => tr!("plain-how-yes-no"),
        Kind::Scale => {
            let (min, max) = crate::answer::scale_range(question);
            tr!(
                "plain-how-scale",
                min = min.to_string(),
                max = max.to_string()
            )
        }
        Kind::Number => number_hint(question, format),
        Kind::Date => tr!("plain-how-date"),
        Kind::List => tr!("plain-how-list"),
        Kind::Table => tr!("plain-how-table"),
    };
    format!(
        "{}\n",
        tr!("plain-how", how = how, empty = empty, commands = commands)
    )
}

fn number_hint(question: &Question, format: NumberFormat) -> String {
    let format_number = |n: f64| {
        Number::from_f64(n)
            .map(|n| n.format(format))
            .unwrap_or_else(|| n.to_string())
    };
    let (min, max) = (
        question.min().map(format_number),
        question.max().map(format_number),
    );
    let range = match (&min, &max) {
        (Some(_), Some(_)) => "between",
        (Some(_), None) => "at-least",
        (None, Some(_)) => "at-most",
        (None, None) => "any",
    };
    let hint = tr!(
        "plain-how-number",
        whole = if question.integer { "yes" } else { "no" },
        format = format.name(),
        range = range,
        min = min.unwrap_or_default(),
        max = max.unwrap_or_default()
    );
    match &question.unit {
        Some(unit) => tr!("plain-with-unit", hint = hint, unit = sanitize_line(unit)),
        None => hint,
    }
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
            let cell_separator = tr!("plain-cell-separator");
            for (i, row) in rows.iter().enumerate() {
                let cells: Vec<String> = question
                    .columns()
                    .iter()
                    .filter_map(|c| {
                        row.get(c.id()).map(|v| {
                            let shown = cell_text(c, v, format);
                            tr!(
                                "plain-cell",
                                column = sanitize_line(&c.label),
                                value = sanitize_line(&shown)
                            )
                        })
                    })
                    .collect();
                let row = tr!(
                    "plain-row",
                    number = i + 1,
                    cells = cells.join(&cell_separator)
                );
                out.push_str(&format!("\n  {row}"));
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
        None => tr!(
            "plain-leaving-saved",
            city = city,
            count = walked.changed,
            command = resume
        ),
        Some(error) => tr!(
            "plain-leaving-not-saved",
            city = city,
            reason = sanitize_line(error),
            command = resume
        ),
    }
}
