//! The tables that feed the plan's action and indicator tables, compared row by row: a row is
//! the same action or indicator on both sides when its key cell says the same (case, spacing
//! and a final full stop aside), in whichever table of whichever workbook it is.

use std::collections::HashMap;

use serde::Serialize;

use super::{AnswerSet, ChangeKind};
use crate::answer::{Number, NumberFormat, Row, Value, cell_text, read};
use crate::workbook::{Catalog, Feed, Kind, Question};

/// An action whose status changed between the two sides, or that only one side has.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionChange {
    /// The action's text (the later side's when both have it).
    pub action: String,
    pub kind: ChangeKind,
    pub before: Option<ActionRow>,
    pub after: Option<ActionRow>,
}

/// An action as one side holds it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionRow {
    /// The table it is in.
    pub workbook: String,
    pub question: String,
    /// The status's value (`planned`, `in_progress`, `done`, `late`, `dropped`,
    /// `carried_over`), `None` when the row has none.
    pub status: Option<String>,
    /// The status as the table's choice labels it ("In progress").
    pub status_label: Option<String>,
    pub progress_note: Option<String>,
}

/// An indicator with its values on each side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorProgress {
    /// The indicator's text (the later side's when both have it).
    pub indicator: String,
    /// The table it is in (on the later side when both have it).
    pub workbook: String,
    pub question: String,
    pub before: Option<IndicatorValues>,
    pub after: Option<IndicatorValues>,
    /// Whether the baseline, target or latest value differ, or only one side has it.
    pub changed: bool,
}

/// An indicator's values on one side, as the table's cells show them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorValues {
    pub baseline: Option<String>,
    pub target: Option<String>,
    /// The latest value measured.
    pub actual: Option<String>,
    /// Whether the latest value reached the target, when both are numbers written the city's
    /// way (a `%` after them is allowed). A target below a numeric baseline is a reduction,
    /// reached at or below it; any other target is reached at or above it. `None` when either
    /// is missing or not a number.
    pub reached: Option<bool>,
}

/// How many actions stand at each status, over every action table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ActionTally {
    pub total: usize,
    pub planned: usize,
    pub in_progress: usize,
    pub done: usize,
    pub late: usize,
    pub dropped: usize,
    pub carried_over: usize,
    /// Without a status (or with one the table does not know).
    pub no_status: usize,
}

/// How many indicators reached their target, over every indicator table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct IndicatorTally {
    pub total: usize,
    /// With a target and a latest value that are both numbers.
    pub measured: usize,
    pub reached: usize,
}

/// One row of a table that feeds `feed`, with the question it belongs to.
struct FedRow<'c> {
    workbook: &'c str,
    question: &'c Question,
    cells: Row,
}

impl FedRow<'_> {
    fn shown(&self, column: &str, format: NumberFormat) -> Option<String> {
        let text = self.cells.get(column).filter(|t| !t.trim().is_empty())?;
        Some(
            match self.question.columns().iter().find(|c| c.id() == column) {
                Some(c) => cell_text(c, text, format),
                None => text.clone(),
            },
        )
    }
}

/// The rows of every table feeding `feed`, one per key (a key entered again, in the same or
/// another table, is the same row: the first is kept, and cells only a later entry fills are
/// taken from it), in catalog order.
fn fed_rows<'c>(
    catalog: &'c Catalog,
    answers: &AnswerSet,
    feed: Feed,
    format: NumberFormat,
) -> Vec<(String, FedRow<'c>)> {
    let Some(key_column) = feed.key_column() else {
        return Vec::new();
    };
    let mut rows: Vec<(String, FedRow<'c>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for workbook in catalog.iter() {
        let tables = workbook
            .questions()
            .filter(|q| !q.is_reused() && q.feeds == feed && q.kind() == Kind::Table);
        for question in tables {
            let Some(answer) = answers
                .get(workbook.id())
                .and_then(|a| a.get(question.id()))
            else {
                continue;
            };
            for cells in table_rows(question, &answer.value, answer.other.as_deref(), format) {
                let key = key(cells.get(key_column).map_or("", String::as_str));
                if key.is_empty() {
                    continue;
                }
                match index.get(&key) {
                    Some(&i) => {
                        for (column, text) in cells {
                            rows[i].1.cells.entry(column).or_insert(text);
                        }
                    }
                    None => {
                        index.insert(key.clone(), rows.len());
                        let row = FedRow {
                            workbook: workbook.id(),
                            question,
                            cells,
                        };
                        rows.push((key, row));
                    }
                }
            }
        }
    }
    rows
}

/// A table answer's rows as they mean (choice cells as their values, numbers canonical); the
/// stored rows when the answer is not understood.
fn table_rows(
    question: &Question,
    value: &Value,
    other: Option<&str>,
    format: NumberFormat,
) -> Vec<Row> {
    match read(question, value, other, format).value() {
        Some(Value::Table(rows)) => rows.clone(),
        _ => match value {
            Value::Table(rows) => rows.clone(),
            _ => Vec::new(),
        },
    }
}

/// A key cell as it matches (the plan merges an action entered twice by the same rule).
pub(super) use crate::text::matching_key as key;

fn action_row(row: &FedRow, format: NumberFormat) -> ActionRow {
    ActionRow {
        workbook: row.workbook.to_string(),
        question: row.question.id().to_string(),
        status: row.cells.get("status").filter(|s| !s.is_empty()).cloned(),
        status_label: row.shown("status", format),
        progress_note: row.shown("progress_note", format),
    }
}

/// Actions new on the later side, gone from it, or whose status changed.
pub(super) fn action_changes(
    catalog: &Catalog,
    before: &AnswerSet,
    after: &AnswerSet,
    format: NumberFormat,
) -> Vec<ActionChange> {
    let was = fed_rows(catalog, before, Feed::Actions, format);
    let now = fed_rows(catalog, after, Feed::Actions, format);
    let was_index: HashMap<&str, &FedRow> = was.iter().map(|(k, r)| (k.as_str(), r)).collect();
    let mut changes = Vec::new();
    for (key, row) in &now {
        let after = action_row(row, format);
        let before = was_index.get(key.as_str()).map(|r| action_row(r, format));
        let kind = match &before {
            None => ChangeKind::Added,
            Some(b) if b.status != after.status => ChangeKind::Changed,
            Some(_) => continue,
        };
        changes.push(ActionChange {
            action: row.shown("action", format).unwrap_or_default(),
            kind,
            before,
            after: Some(after),
        });
    }
    let now_keys: HashMap<&str, ()> = now.iter().map(|(k, _)| (k.as_str(), ())).collect();
    for (key, row) in &was {
        if !now_keys.contains_key(key.as_str()) {
            changes.push(ActionChange {
                action: row.shown("action", format).unwrap_or_default(),
                kind: ChangeKind::Removed,
                before: Some(action_row(row, format)),
                after: None,
            });
        }
    }
    changes
}

/// The actions of `answers` counted by status.
pub fn action_tally(catalog: &Catalog, answers: &AnswerSet, format: NumberFormat) -> ActionTally {
    let mut tally = ActionTally::default();
    for (_, row) in fed_rows(catalog, answers, Feed::Actions, format) {
        tally.total += 1;
        let count = match row.cells.get("status").map(String::as_str) {
            Some("planned") => &mut tally.planned,
            Some("in_progress") => &mut tally.in_progress,
            Some("done") => &mut tally.done,
            Some("late") => &mut tally.late,
            Some("dropped") => &mut tally.dropped,
            Some("carried_over") => &mut tally.carried_over,
            _ => &mut tally.no_status,
        };
        *count += 1;
    }
    tally
}

fn indicator_values(row: &FedRow, format: NumberFormat) -> IndicatorValues {
    let mut values = IndicatorValues {
        baseline: row.shown("baseline", format),
        target: row.shown("target", format),
        actual: row.shown("actual", format),
        reached: None,
    };
    values.reached = reached(&values, format);
    values
}

/// Whether the latest value reached the target (see [`IndicatorValues::reached`]).
fn reached(values: &IndicatorValues, format: NumberFormat) -> Option<bool> {
    let number = |text: &Option<String>| {
        let text = text.as_deref()?.trim();
        let text = text.strip_suffix('%').unwrap_or(text);
        Number::parse(text, format).ok().map(|n| n.to_f64())
    };
    let (target, actual) = (number(&values.target)?, number(&values.actual)?);
    let reduction = number(&values.baseline).is_some_and(|baseline| target < baseline);
    Some(if reduction {
        actual <= target
    } else {
        actual >= target
    })
}

/// Every indicator of either side, the later side's first, with its values on each side.
pub(super) fn indicator_progress(
    catalog: &Catalog,
    before: &AnswerSet,
    after: &AnswerSet,
    format: NumberFormat,
) -> Vec<IndicatorProgress> {
    let was = fed_rows(catalog, before, Feed::Indicators, format);
    let now = fed_rows(catalog, after, Feed::Indicators, format);
    let was_index: HashMap<&str, &FedRow> = was.iter().map(|(k, r)| (k.as_str(), r)).collect();
    let mut out = Vec::new();
    for (key, row) in &now {
        let after = indicator_values(row, format);
        let before = was_index
            .get(key.as_str())
            .map(|r| indicator_values(r, format));
        out.push(IndicatorProgress {
            indicator: row.shown("indicator", format).unwrap_or_default(),
            workbook: row.workbook.to_string(),
            question: row.question.id().to_string(),
            changed: before.as_ref().is_none_or(|b| !same_values(b, &after)),
            before,
            after: Some(after),
        });
    }
    let now_keys: HashMap<&str, ()> = now.iter().map(|(k, _)| (k.as_str(), ())).collect();
    for (key, row) in &was {
        if !now_keys.contains_key(key.as_str()) {
            out.push(IndicatorProgress {
                indicator: row.shown("indicator", format).unwrap_or_default(),
                workbook: row.workbook.to_string(),
                question: row.question.id().to_string(),
                before: Some(indicator_values(row, format)),
                after: None,
                changed: true,
            });
        }
    }
    out
}

fn same_values(a: &IndicatorValues, b: &IndicatorValues) -> bool {
    (&a.baseline, &a.target, &a.actual) == (&b.baseline, &b.target, &b.actual)
}

/// The indicators of `answers` counted against their targets.
pub fn indicator_tally(
    catalog: &Catalog,
    answers: &AnswerSet,
    format: NumberFormat,
) -> IndicatorTally {
    let mut tally = IndicatorTally::default();
    for (_, row) in fed_rows(catalog, answers, Feed::Indicators, format) {
        tally.total += 1;
        match indicator_values(&row, format).reached {
            Some(true) => {
                tally.measured += 1;
                tally.reached += 1;
            }
            Some(false) => tally.measured += 1,
            None => {}
        }
    }
    tally
}
