//! The imported rows and the stored answer: merged (a row whose first column matches a stored
//! row updates it) or replaced, and the result made the text a user of the city types, for
//! recording it as a typed answer.

use std::collections::{HashMap, HashSet};

use super::{Import, fold};
use crate::answer::{Number, NumberFormat, Row, Value};
use crate::workbook::{ColumnKind, Question};

/// Whether the sheet's rows are added to the stored answer or replace it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Rows whose first column matches a stored row update it; the others are added.
    Merge,
    Replace,
}

/// What combining did to the stored answer's rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// The answer after the import: `existing` (canonical, as [`crate::answer::read`] gives it)
/// with the imported rows merged in, or the imported rows alone.
pub fn combine(
    question: &Question,
    existing: Option<&Value>,
    import: &Import,
    mode: Mode,
) -> (Value, Tally) {
    let mut tally = Tally::default();
    match (mode, existing, &import.value) {
        (Mode::Merge, Some(Value::Table(stored)), Value::Table(rows)) => {
            let key = question.columns().first().map(|c| c.id().to_string());
            let key_of = |row: &Row| key.as_ref().and_then(|k| row.get(k)).map(|v| fold(v));
            let mut merged = stored.clone();
            let mut index: HashMap<String, usize> = HashMap::new();
            for (at, row) in merged.iter().enumerate() {
                if let Some(k) = key_of(row) {
                    index.entry(k).or_insert(at);
                }
            }
            for row in rows {
                let found = key_of(row).and_then(|k| index.get(&k).copied());
                let Some(at) = found else {
                    if let Some(k) = key_of(row) {
                        index.insert(k, merged.len());
                    }
                    merged.push(row.clone());
                    tally.added += 1;
                    continue;
                };
                let mut updated = merged[at].clone();
                // The first column matched as the same text ignoring case and accents: the
                // stored spelling stays.
                for column in import.columns.iter().filter(|c| Some(*c) != key.as_ref()) {
                    match row.get(column) {
                        Some(cell) => updated.insert(column.clone(), cell.clone()),
                        None => updated.remove(column),
                    };
                }
                if updated == merged[at] {
                    tally.unchanged += 1;
                } else {
                    merged[at] = updated;
                    tally.updated += 1;
                }
            }
            (Value::Table(merged), tally)
        }
        (Mode::Merge, Some(Value::List(stored)), Value::List(items)) => {
            let mut merged = stored.clone();
            let mut seen: HashSet<String> = stored.iter().map(|i| fold(i)).collect();
            for item in items {
                if seen.insert(fold(item)) {
                    merged.push(item.clone());
                    tally.added += 1;
                } else {
                    tally.unchanged += 1;
                }
            }
            (Value::List(merged), tally)
        }
        (_, _, value) => {
            tally.added = import.accepted();
            (value.clone(), tally)
        }
    }
}

/// A canonical table as a user of `format` types it (numbers with the city's decimal mark), for
/// recording it as a typed answer.
pub fn typed(question: &Question, value: Value, format: NumberFormat) -> Value {
    let Value::Table(rows) = value else {
        return value;
    };
    let numbers: Vec<&str> = question
        .columns()
        .iter()
        .filter(|c| c.kind == ColumnKind::Number)
        .map(|c| c.id())
        .collect();
    if numbers.is_empty() || format == NumberFormat::Point {
        return Value::Table(rows);
    }
    Value::Table(
        rows.into_iter()
            .map(|mut row| {
                for id in &numbers {
                    if let Some(cell) = row.get_mut(*id)
                        && let Some(n) = Number::from_canonical(cell)
                    {
                        *cell = n.format(format);
                    }
                }
                row
            })
            .collect(),
    )
}
