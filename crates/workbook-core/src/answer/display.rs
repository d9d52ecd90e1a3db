//! Answers as text for people: one-line summaries (review, search, plain mode) and the plain
//! form `answer get` prints. Numbers are written the way the city writes them; yes, no and
//! "other" in the user's language.

use super::{NumberFormat, OTHER, Value};
use crate::text::sanitize_line;
use crate::tr;
use crate::workbook::{Column, ColumnKind, Question};

/// A one-line summary of an answer, for review and search (sanitised).
pub fn summary(
    question: &Question,
    value: &Value,
    other: Option<&str>,
    format: NumberFormat,
) -> String {
    let label = |v: &str| {
        if v == OTHER {
            tr!("core-answer-other", text = other.unwrap_or(""))
        } else {
            question.choice_label(v).unwrap_or(v).to_string()
        }
    };
    let text = match value {
        Value::Bool(b) => yes_no(*b),
        Value::Number(n) => {
            let unit = question
                .unit
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default();
            format!("{}{unit}", n.format(format))
        }
        Value::Text(t) if question.kind().has_choices() => label(t),
        Value::Text(t) => t.clone(),
        Value::List(items) if question.kind().has_choices() => items
            .iter()
            .map(|i| label(i))
            .collect::<Vec<_>>()
            .join(", "),
        Value::List(items) => items.join("; "),
        Value::Table(rows) => tr!("core-rows", count = rows.len()),
        Value::Other(raw) => raw.to_string(),
    };
    sanitize_line(&text)
}

/// A value as plain text (not sanitised): lists one item per line, table rows as
/// `column=value, ...`.
pub fn plain_text(value: &Value, format: NumberFormat) -> String {
    match value {
        Value::Bool(b) => yes_no(*b),
        Value::Number(n) => n.format(format),
        Value::Text(t) => t.clone(),
        Value::List(items) => items.join("\n"),
        Value::Table(rows) => rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|(c, v)| format!("{c}={v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Value::Other(raw) => raw.to_string(),
    }
}

/// Yes or no in the user's language.
fn yes_no(value: bool) -> String {
    if value {
        tr!("core-yes")
    } else {
        tr!("core-no")
    }
}

/// A table cell as a reader sees it: a choice column shows its label, a number column the
/// city's decimal mark, a yes/no column yes or no in the user's language, any other cell its
/// text.
pub fn cell_text(column: &Column, text: &str, format: NumberFormat) -> String {
    match column.kind {
        ColumnKind::Choice => column
            .choices()
            .iter()
            .find(|c| c.value() == text)
            .map(|c| c.label.clone())
            .unwrap_or_else(|| text.to_string()),
        ColumnKind::Number => super::Number::from_canonical(text)
            .map(|n| n.format(format))
            .unwrap_or_else(|| text.to_string()),
        ColumnKind::YesNo => match text {
            "yes" => yes_no(true),
            "no" => yes_no(false),
            _ => text.to_string(),
        },
        _ => text.to_string(),
    }
}
