//! The rules a value must meet for a question, and the canonical value it is stored as. One
//! function for every front end; each error names the value and shows what is accepted.

use std::collections::BTreeMap;

use super::number::{Number, NumberFormat};
use super::{Invalid, MAX_TEXT_BYTES, OTHER, Row, Value};
use crate::workbook::{Choice, Column, ColumnKind, Kind, Question};

/// Where a value comes from, which decides how numbers are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Typed by a user of a city that writes numbers in this format.
    Typed(NumberFormat),
    /// Read from a file: canonical numbers (`12.5`) first, then the city's format.
    Stored(NumberFormat),
}

impl Source {
    fn format(self) -> NumberFormat {
        match self {
            Source::Typed(f) | Source::Stored(f) => f,
        }
    }

    fn number(self, text: &str) -> Result<Number, Invalid> {
        if let Source::Stored(_) = self
            && let Some(n) = Number::from_canonical(text.trim())
        {
            return Ok(n);
        }
        Number::parse(text, self.format()).map_err(|e| Invalid(e.0))
    }
}

fn invalid<T>(message: impl Into<String>) -> Result<T, Invalid> {
    Err(Invalid(message.into()))
}

/// Checks `value` (and the "other" text) against `question` and returns the canonical value.
/// The error message is written for the person answering.
pub fn validate(
    question: &Question,
    value: &Value,
    other: Option<&str>,
    source: Source,
) -> Result<Value, Invalid> {
    check_size(value)?;
    let value = match (question.kind(), value) {
        (Kind::ShortText, Value::Text(t)) => Value::Text(short_text(t)?),
        (Kind::LongText, Value::Text(t)) => Value::Text(t.clone()),
        (Kind::ShortText | Kind::LongText, Value::Number(n)) => Value::Text(n.to_string()),
        (Kind::Date, Value::Text(t)) => Value::Text(date(t)?),
        (Kind::YesNo, Value::Bool(b)) => Value::Bool(*b),
        (Kind::YesNo, Value::Text(t)) => Value::Bool(yes_no(t)?),
        (Kind::Number, Value::Number(n)) => Value::Number(number(question, n.clone())?),
        (Kind::Number, Value::Text(t)) => Value::Number(number(question, source.number(t)?)?),
        (Kind::Scale, Value::Number(n)) => Value::Number(scale_point(question, n.clone())?),
        (Kind::Scale, Value::Text(t)) => Value::Number(scale_point(question, source.number(t)?)?),
        (Kind::Number | Kind::Scale, Value::Other(toml::Value::Float(f))) => {
            let n = Number::from_f64(*f)
                .ok_or_else(|| Invalid(format!("`{f}` is not a number a city can use")))?;
            return validate(question, &Value::Number(n), other, source);
        }
        (Kind::SingleChoice, Value::Text(t)) => Value::Text(choice(question, t)?.to_string()),
        (Kind::SingleChoice, Value::List(items)) if items.len() == 1 => {
            Value::Text(choice(question, &items[0])?.to_string())
        }
        (Kind::MultiChoice, Value::List(items)) => Value::List(choices(question, items)?),
        (Kind::MultiChoice, Value::Text(t)) if !t.trim().is_empty() => {
            Value::List(choices(question, std::slice::from_ref(t))?)
        }
        (Kind::List, Value::List(items)) => Value::List(list(items)),
        (Kind::List, Value::Text(t)) => Value::List(list(std::slice::from_ref(t))),
        (Kind::List | Kind::MultiChoice, Value::Other(toml::Value::Array(items))) => {
            let items = scalars(items).ok_or_else(|| {
                Invalid("a list answer holds text items; this one holds tables".into())
            })?;
            return validate(question, &Value::List(items), other, source);
        }
        (Kind::Table, Value::Table(rows)) => Value::Table(table(question.columns(), rows, source)?),
        (Kind::Table, Value::List(items)) if items.is_empty() => Value::Table(Vec::new()),
        (Kind::Table, Value::Other(toml::Value::Array(rows))) => {
            let rows = text_rows(rows).ok_or_else(|| {
                Invalid("a table answer is a list of rows of column = text".into())
            })?;
            return validate(question, &Value::Table(rows), other, source);
        }
        (kind, value) => {
            return invalid(format!(
                "{} cannot answer a {} question; {}",
                shape(value),
                kind_phrase(kind),
                accepted(question, source.format())
            ));
        }
    };
    check_other(question, &value, other)?;
    Ok(value)
}

fn shape(value: &Value) -> String {
    match value {
        Value::Bool(b) => format!("`{b}` (yes/no)"),
        Value::Number(n) => format!("the number {n}"),
        Value::Text(t) => format!("the text `{}`", preview(t)),
        Value::List(_) => "a list".into(),
        Value::Table(_) => "a table".into(),
        Value::Other(v) => format!("`{}`", preview(&v.to_string())),
    }
}

fn preview(text: &str) -> String {
    let line = crate::text::sanitize_line(text);
    match line.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

fn kind_phrase(kind: Kind) -> &'static str {
    match kind {
        Kind::ShortText => "one-line text",
        Kind::LongText => "text",
        Kind::SingleChoice => "single choice",
        Kind::MultiChoice => "multiple choice",
        Kind::YesNo => "yes/no",
        Kind::Scale => "scale",
        Kind::Number => "number",
        Kind::Date => "date",
        Kind::List => "list",
        Kind::Table => "table",
    }
}

/// What a question accepts, as an example for error messages.
pub fn accepted(question: &Question, format: NumberFormat) -> String {
    match question.kind() {
        Kind::ShortText | Kind::LongText => "give text".into(),
        Kind::Date => "give a date like 2026-03-31".into(),
        Kind::YesNo => "give yes or no".into(),
        Kind::Number => format!(
            "give a number like {}",
            Number::parse("1234.5", NumberFormat::Point)
                .map(|n| n.format(format))
                .unwrap_or_default()
        ),
        Kind::Scale => {
            let (min, max) = scale_range(question);
            format!("give a whole point from {min} to {max}")
        }
        Kind::SingleChoice | Kind::MultiChoice => {
            let known: Vec<&str> = question.choices().iter().map(Choice::value).collect();
            format!("give one of: {}", known.join(", "))
        }
        Kind::List => "give a list of items".into(),
        Kind::Table => {
            let known: Vec<&str> = question.columns().iter().map(Column::id).collect();
            format!("give rows of {}", known.join(", "))
        }
    }
}

fn scalars(items: &[toml::Value]) -> Option<Vec<String>> {
    items.iter().map(scalar_text).collect()
}

fn scalar_text(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Integer(i) => Some(i.to_string()),
        toml::Value::Float(f) => Number::from_f64(*f).map(|n| n.to_string()),
        toml::Value::Boolean(b) => Some(if *b { "yes" } else { "no" }.to_string()),
        toml::Value::Datetime(d) => Some(d.to_string()),
        toml::Value::Array(_) | toml::Value::Table(_) => None,
    }
}

fn text_rows(rows: &[toml::Value]) -> Option<Vec<Row>> {
    rows.iter()
        .map(|row| match row {
            toml::Value::Table(cells) => cells
                .iter()
                .map(|(k, v)| scalar_text(v).map(|t| (k.clone(), t)))
                .collect::<Option<BTreeMap<_, _>>>(),
            _ => None,
        })
        .collect()
}

fn check_size(value: &Value) -> Result<(), Invalid> {
    let bytes = match value {
        Value::Bool(_) | Value::Number(_) | Value::Other(_) => 0,
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
            "`{}` is not a date; write it as YYYY-MM-DD, for example 2026-03-31",
            preview(trimmed)
        )),
    }
}

pub fn yes_no(text: &str) -> Result<bool, Invalid> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" => Ok(true),
        "no" | "n" | "false" => Ok(false),
        _ => invalid(format!("`{}` is not yes or no", preview(text.trim()))),
    }
}

fn number(question: &Question, n: Number) -> Result<Number, Invalid> {
    if question.integer && !n.is_integer() {
        return invalid(format!("{n} is not a whole number; give one like 12"));
    }
    let f = n.to_f64();
    if let Some(min) = question.min()
        && f < min
    {
        return invalid(format!("{n} is below the minimum of {min}"));
    }
    if let Some(max) = question.max()
        && f > max
    {
        return invalid(format!("{n} is above the maximum of {max}"));
    }
    Ok(n)
}

pub fn scale_range(question: &Question) -> (i64, i64) {
    (
        question.min().unwrap_or(1.0) as i64,
        question.max().unwrap_or(5.0) as i64,
    )
}

fn scale_point(question: &Question, n: Number) -> Result<Number, Invalid> {
    let (min, max) = scale_range(question);
    match n.as_i64() {
        Some(point) if (min..=max).contains(&point) => Ok(n),
        _ => invalid(format!(
            "{n} is not on the scale; pick a whole point from {min} to {max}"
        )),
    }
}

/// The choice `value` names: its value, or (ignoring case and surrounding space) its value or
/// label. A text that two choices could mean is refused.
fn choice<'q>(question: &'q Question, value: &str) -> Result<&'q str, Invalid> {
    if question.other && value == OTHER {
        return Ok(OTHER);
    }
    if let Some(c) = question.choices().iter().find(|c| c.value() == value) {
        return Ok(c.value());
    }
    match find_choice(question.choices(), value) {
        Ok(c) => Ok(c.value()),
        Err(0) if question.other && value.trim().eq_ignore_ascii_case(OTHER) => Ok(OTHER),
        Err(0) => {
            let known: Vec<&str> = question.choices().iter().map(Choice::value).collect();
            let other = if question.other { ", other" } else { "" };
            invalid(format!(
                "`{}` is not one of the choices: {}{other}",
                preview(value),
                known.join(", ")
            ))
        }
        Err(_) => invalid(format!(
            "`{}` could mean more than one choice; give the choice's value",
            preview(value)
        )),
    }
}

/// The one choice whose value or label equals `text` ignoring case; else how many matched.
fn find_choice<'c>(choices: &'c [Choice], text: &str) -> Result<&'c Choice, usize> {
    let wanted = text.trim().to_lowercase();
    let matches: Vec<&Choice> = choices
        .iter()
        .filter(|c| c.value().to_lowercase() == wanted || c.label.trim().to_lowercase() == wanted)
        .collect();
    match matches.as_slice() {
        [one] => Ok(one),
        many => Err(many.len()),
    }
}

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

fn table(columns: &[Column], rows: &[Row], source: Source) -> Result<Vec<Row>, Invalid> {
    let mut out = Vec::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        let cleaned = table_row(columns, row, source)
            .map_err(|e| Invalid(format!("row {}: {}", index + 1, e.0)))?;
        if !cleaned.is_empty() {
            out.push(cleaned);
        }
    }
    Ok(out)
}

/// Validates one table row; empty cells are dropped so that a blank row disappears.
pub fn table_row(columns: &[Column], row: &Row, source: Source) -> Result<Row, Invalid> {
    if let Some(unknown) = row
        .keys()
        .find(|k| !columns.iter().any(|c| c.id() == k.as_str()))
    {
        let known: Vec<&str> = columns.iter().map(Column::id).collect();
        return invalid(format!(
            "no column `{}`; columns are {}",
            preview(unknown),
            known.join(", ")
        ));
    }
    let mut out = Row::new();
    for column in columns {
        let cell = row.get(column.id()).map(|s| s.trim()).unwrap_or("");
        if cell.is_empty() {
            continue;
        }
        let checked = cell_value(column, cell, source)
            .map_err(|e| Invalid(format!("{}: {}", column.label, e.0)))?;
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

/// Checks one cell against its column's kind and returns its canonical text.
pub fn cell_value(column: &Column, cell: &str, source: Source) -> Result<String, Invalid> {
    match column.kind {
        ColumnKind::Text => Ok(cell.to_string()),
        ColumnKind::Number => source.number(cell).map(|n| n.to_string()),
        ColumnKind::Date => date(cell),
        ColumnKind::YesNo => yes_no(cell).map(|b| if b { "yes" } else { "no" }.to_string()),
        ColumnKind::Choice => {
            if let Some(c) = column.choices().iter().find(|c| c.value() == cell) {
                return Ok(c.value().to_string());
            }
            find_choice(column.choices(), cell)
                .map(|c| c.value().to_string())
                .map_err(|_| {
                    let known: Vec<&str> = column.choices().iter().map(Choice::value).collect();
                    Invalid(format!(
                        "`{}` is not one of {}",
                        preview(cell),
                        known.join(", ")
                    ))
                })
        }
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
