//! How a question and its answer read as plain lines: no colour, no cursor movement, so that a
//! screen reader reads them in order and a script can parse them.

use crate::answer::{Value, format_number, summary};
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
}

pub fn question(
    place: &Place,
    question: &Question,
    current: Option<(&Value, Option<&str>)>,
) -> String {
    let mut out = String::new();
    let required = if question.required { ", required" } else { "" };
    out.push_str(&format!(
        "\nSection {} of {}: {}\nQuestion {} of {}{required}\n{}\n",
        place.section_number,
        place.section_count,
        sanitize_line(place.section_title),
        place.number,
        place.count,
        sanitize_line(&question.prompt),
    ));
    if let Some(guidance) = &question.guidance {
        out.push_str(&format!("Guidance: {}\n", sanitize(&to_plain(guidance))));
    }
    out.push_str(&options(question));
    if let Some((value, other)) = current {
        out.push_str(&format!(
            "Current answer: {}\n",
            describe(question, value, other)
        ));
    }
    out.push_str(&how_to_answer(question, current.is_some()));
    out
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

fn how_to_answer(question: &Question, has_answer: bool) -> String {
    let keep = if has_answer {
        "; an empty line keeps the current answer"
    } else {
        "; an empty line skips"
    };
    let how = match question.kind() {
        Kind::ShortText => "Type one line".to_string(),
        Kind::LongText => "Type your answer; end it with a line holding only a dot (.)".to_string(),
        Kind::SingleChoice => "Type the number of one choice".to_string(),
        Kind::MultiChoice => "Type the numbers of your choices, separated by commas".to_string(),
        Kind::YesNo => "Type yes or no".to_string(),
        Kind::Scale => format!(
            "Type a whole number from {} to {}",
            format_number(question.min().unwrap_or(1.0)),
            format_number(question.max().unwrap_or(5.0))
        ),
        Kind::Number => number_hint(question),
        Kind::Date => "Type a date as YYYY-MM-DD".to_string(),
        Kind::List => "Type one item per line; end with a line holding only a dot (.)".to_string(),
        Kind::Table => {
            "Each row is asked column by column; type a dot (.) at the start of a row to finish"
                .to_string()
        }
    };
    format!("{how}{keep}. Commands: :back :skip :clear :help :quit\n")
}

fn number_hint(question: &Question) -> String {
    let mut hint = "Type a number".to_string();
    if question.integer {
        hint = "Type a whole number".to_string();
    }
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
pub fn describe(question: &Question, value: &Value, other: Option<&str>) -> String {
    match value {
        Value::Text(t) if !question.kind().has_choices() => sanitize(t),
        Value::Table(rows) => {
            let mut out = summary(question, value, other);
            for (i, row) in rows.iter().enumerate() {
                let cells: Vec<String> = question
                    .columns()
                    .iter()
                    .filter_map(|c| {
                        row.get(c.id())
                            .map(|v| format!("{}: {}", sanitize_line(&c.label), sanitize_line(v)))
                    })
                    .collect();
                out.push_str(&format!("\n  Row {}: {}", i + 1, cells.join("; ")));
            }
            out
        }
        _ => summary(question, value, other),
    }
}
