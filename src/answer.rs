//! Answer values and the one set of validation rules every front end uses: the TUI, the plain
//! line mode, `answer set`, imports and bundles all go through [`validate`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::text::sanitize_line;
use crate::workbook::{Column, ColumnKind, Kind, Question};

/// The choice value that stands for the free "other" answer of a choice question.
pub const OTHER: &str = "other";

/// Longest accepted answer text, in bytes; a mapping note is long, a megabyte is a mistake.
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;

/// One table row: column id to cell text. Cells are stored as text so that files stay easy to
/// read and edit; each column's kind decides what text is valid.
pub type Row = BTreeMap<String, String>;

/// An answer's value, as stored in a profile. Which shape is valid depends on the question kind:
/// text, date and single choice are `Text`; yes/no is `Bool`; number and scale are `Number`;
/// multiple choice and list are `List`; table is `Table`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<String>),
    Table(Vec<Row>),
}

/// A value together with the free text of an "other" choice, if any.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Response {
    pub value: Option<Value>,
    pub other: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub String);

fn invalid<T>(message: impl Into<String>) -> Result<T, Invalid> {
    Err(Invalid(message.into()))
}

impl Value {
    /// Whether this value counts as answered (an empty text or list does not).
    pub fn is_answered(&self) -> bool {
        match self {
            Value::Bool(_) | Value::Number(_) => true,
            Value::Text(text) => !text.trim().is_empty(),
            Value::List(items) => !items.is_empty(),
            Value::Table(rows) => !rows.is_empty(),
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_list(&self) -> Option<&[String]> {
        match self {
            Value::List(items) => Some(items),
            _ => None,
        }
    }
}

/// Checks `value` (and the "other" text) against `question` and returns the normalised value
/// to store. The error message is written for the person answering.
pub fn validate(question: &Question, value: &Value, other: Option<&str>) -> Result<Value, Invalid> {
    check_size(value)?;
    let value = match (question.kind(), value) {
        (Kind::ShortText, Value::Text(t)) => Value::Text(short_text(t)?),
        (Kind::LongText, Value::Text(t)) => Value::Text(t.clone()),
        (Kind::Date, Value::Text(t)) => Value::Text(date(t)?),
        (Kind::YesNo, Value::Bool(b)) => Value::Bool(*b),
        (Kind::YesNo, Value::Text(t)) => Value::Bool(yes_no(t)?),
        (Kind::Number, Value::Number(n)) => Value::Number(number(question, *n)?),
        (Kind::Scale, Value::Number(n)) => Value::Number(scale_point(question, *n)?),
        (Kind::Number | Kind::Scale, Value::Text(t)) => {
            let n = parse_number(t)?;
            validate(question, &Value::Number(n), other)?
        }
        (Kind::SingleChoice, Value::Text(t)) => Value::Text(choice(question, t)?.to_string()),
        (Kind::MultiChoice, Value::List(items)) => Value::List(choices(question, items)?),
        (Kind::List, Value::List(items)) => Value::List(list(items)),
        (Kind::Table, Value::Table(rows)) => Value::Table(table(question.columns(), rows)?),
        (kind, _) => return invalid(format!("a {} answer cannot hold this value", kind.name())),
    };
    check_other(question, &value, other)?;
    Ok(value)
}

fn check_size(value: &Value) -> Result<(), Invalid> {
    let bytes = match value {
        Value::Bool(_) | Value::Number(_) => 0,
        Value::Text(t) => t.len(),
        Value::List(items) => items.iter().map(String::len).sum(),
        Value::Table(rows) => rows.iter().flat_map(|r| r.values()).map(String::len).sum(),
    };
    if bytes > MAX_TEXT_BYTES {
        return invalid(format!(
            "this answer is {bytes} bytes; the limit is {MAX_TEXT_BYTES} bytes (1 MiB)"
        ));
    }
    Ok(())
}

fn short_text(text: &str) -> Result<String, Invalid> {
    if text.contains('\n') {
        return invalid("a short answer is one line; remove the line breaks");
    }
    Ok(text.to_string())
}

/// Accepts a calendar date written as YYYY-MM-DD.
pub fn date(text: &str) -> Result<String, Invalid> {
    let trimmed = text.trim();
    match trimmed.parse::<jiff::civil::Date>() {
        Ok(d) if trimmed.len() == 10 => Ok(d.to_string()),
        _ => invalid(format!(
            "`{trimmed}` is not a date; write it as YYYY-MM-DD, for example 2026-03-31"
        )),
    }
}

pub fn yes_no(text: &str) -> Result<bool, Invalid> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" => Ok(true),
        "no" | "n" | "false" => Ok(false),
        other => invalid(format!("`{other}` is not yes or no")),
    }
}

pub fn parse_number(text: &str) -> Result<f64, Invalid> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| *c != '_' && *c != ',')
        .collect();
    match cleaned.parse::<f64>() {
        Ok(n) if n.is_finite() => Ok(n),
        _ => invalid(format!("`{}` is not a number", text.trim())),
    }
}

fn number(question: &Question, n: f64) -> Result<f64, Invalid> {
    if !n.is_finite() {
        return invalid("the number must be finite");
    }
    if question.integer && n.fract() != 0.0 {
        return invalid(format!("{n} is not a whole number"));
    }
    if let Some(min) = question.min()
        && n < min
    {
        return invalid(format!("{n} is below the minimum of {min}"));
    }
    if let Some(max) = question.max()
        && n > max
    {
        return invalid(format!("{n} is above the maximum of {max}"));
    }
    Ok(n)
}

fn scale_point(question: &Question, n: f64) -> Result<f64, Invalid> {
    let (min, max) = (question.min().unwrap_or(1.0), question.max().unwrap_or(5.0));
    if n.fract() != 0.0 || n < min || n > max {
        return invalid(format!("pick a whole point from {min} to {max}"));
    }
    Ok(n)
}

fn choice<'q>(question: &'q Question, value: &str) -> Result<&'q str, Invalid> {
    let value = value.trim();
    if question.other && value == OTHER {
        return Ok(OTHER);
    }
    if let Some(c) = question.choices().iter().find(|c| c.value() == value) {
        return Ok(c.value());
    }
    if let Some(c) = question
        .choices()
        .iter()
        .find(|c| c.label.eq_ignore_ascii_case(value))
    {
        return Ok(c.value());
    }
    let known: Vec<&str> = question.choices().iter().map(Choice::value).collect();
    let other = if question.other { ", other" } else { "" };
    invalid(format!(
        "`{value}` is not one of the choices: {}{other}",
        known.join(", ")
    ))
}

use crate::workbook::Choice;

fn choices(question: &Question, items: &[String]) -> Result<Vec<String>, Invalid> {
    let mut picked: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        let value = choice(question, item)?.to_string();
        if !picked.contains(&value) {
            picked.push(value);
        }
    }
    // Stored in the workbook's order so that files diff well whatever order they were picked in.
    let order = |v: &String| {
        question
            .choices()
            .iter()
            .position(|c| c.value() == v)
            .unwrap_or(usize::MAX)
    };
    picked.sort_by_key(order);
    Ok(picked)
}

fn list(items: &[String]) -> Vec<String> {
    items
        .iter()
        .filter(|item| !item.trim().is_empty())
        .cloned()
        .collect()
}

fn table(columns: &[Column], rows: &[Row]) -> Result<Vec<Row>, Invalid> {
    let mut out = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        let cleaned =
            table_row(columns, row).map_err(|e| Invalid(format!("row {}: {}", index + 1, e.0)))?;
        if !cleaned.is_empty() {
            out.push(cleaned);
        }
    }
    Ok(out)
}

/// Validates one table row; empty cells are dropped so that a blank row disappears.
pub fn table_row(columns: &[Column], row: &Row) -> Result<Row, Invalid> {
    if let Some(unknown) = row
        .keys()
        .find(|k| !columns.iter().any(|c| c.id() == k.as_str()))
    {
        let known: Vec<&str> = columns.iter().map(Column::id).collect();
        return invalid(format!(
            "no column `{unknown}`; columns are {}",
            known.join(", ")
        ));
    }
    let mut out = Row::new();
    for column in columns {
        let cell = row.get(column.id()).map(|s| s.trim()).unwrap_or("");
        if cell.is_empty() {
            continue;
        }
        let checked =
            cell_value(column, cell).map_err(|e| Invalid(format!("{}: {}", column.label, e.0)))?;
        out.insert(column.id().to_string(), checked);
    }
    if !out.is_empty()
        && let Some(missing) = columns
            .iter()
            .find(|c| c.required && !out.contains_key(c.id()))
    {
        return invalid(format!("{} is required", missing.label));
    }
    Ok(out)
}

/// Checks one cell against its column's kind and returns its normalised text.
pub fn cell_value(column: &Column, cell: &str) -> Result<String, Invalid> {
    match column.kind {
        ColumnKind::Text => Ok(cell.to_string()),
        ColumnKind::Number => parse_number(cell).map(format_number),
        ColumnKind::Date => date(cell),
        ColumnKind::YesNo => yes_no(cell).map(|b| if b { "yes" } else { "no" }.to_string()),
        ColumnKind::Choice => column
            .choices()
            .iter()
            .find(|c| c.value() == cell || c.label.eq_ignore_ascii_case(cell))
            .map(|c| c.value().to_string())
            .ok_or_else(|| {
                let known: Vec<&str> = column.choices().iter().map(Choice::value).collect();
                Invalid(format!("`{cell}` is not one of {}", known.join(", ")))
            }),
    }
}

fn check_other(question: &Question, value: &Value, other: Option<&str>) -> Result<(), Invalid> {
    let other_picked = match value {
        Value::Text(t) => question.kind().has_choices() && t == OTHER,
        Value::List(items) => question.kind().has_choices() && items.iter().any(|i| i == OTHER),
        _ => false,
    };
    let other_text = other.map(str::trim).unwrap_or("");
    if other_picked && other_text.is_empty() {
        return invalid("you picked \"other\": say what it is");
    }
    if !other_picked && !other_text.is_empty() {
        return invalid("text for \"other\" was given but \"other\" is not picked");
    }
    Ok(())
}

/// Formats a number without a trailing `.0` for whole numbers.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A one-line summary of a stored answer, for review and search (sanitised).
pub fn summary(question: &Question, value: &Value, other: Option<&str>) -> String {
    let label = |v: &str| {
        if v == OTHER {
            format!("other: {}", other.unwrap_or(""))
        } else {
            question.choice_label(v).unwrap_or(v).to_string()
        }
    };
    let text = match value {
        Value::Bool(true) => "yes".to_string(),
        Value::Bool(false) => "no".to_string(),
        Value::Number(n) => {
            let unit = question
                .unit
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default();
            format!("{}{unit}", format_number(*n))
        }
        Value::Text(t) if question.kind().has_choices() => label(t),
        Value::Text(t) => t.clone(),
        Value::List(items) if question.kind().has_choices() => items
            .iter()
            .map(|i| label(i))
            .collect::<Vec<_>>()
            .join(", "),
        Value::List(items) => items.join("; "),
        Value::Table(rows) => format!(
            "{} row{}",
            rows.len(),
            if rows.len() == 1 { "" } else { "s" }
        ),
    };
    sanitize_line(&text)
}
