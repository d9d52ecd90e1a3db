//! The rows of any table answer compared: added, removed and changed, by their key cell.

use std::collections::HashMap;

use super::ItemDelta;
use super::tables::key;
use crate::answer::{NumberFormat, Row, cell_text};
use crate::workbook::Question;

/// The rows of a table answer added, removed and changed, by their key cell: the column the
/// table's plan part names (`action`, `name`...), else its first column. A key entered twice
/// in one table names two rows (the second counted as "…(2)").
pub(super) fn row_delta(
    question: &Question,
    was_rows: &[Row],
    now_rows: &[Row],
    format: NumberFormat,
) -> ItemDelta {
    let was = keyed(question, was_rows, format);
    let now = keyed(question, now_rows, format);
    let mut delta = ItemDelta::default();
    for (key, shown, row) in &now {
        match find(&was, key) {
            None => delta.added.push(shown.clone()),
            Some(before) if before != *row => delta.changed.push(shown.clone()),
            Some(_) => {}
        }
    }
    for (key, shown, _) in &was {
        if find(&now, key).is_none() {
            delta.removed.push(shown.clone());
        }
    }
    delta.reordered = delta.is_empty() && was_rows != now_rows;
    delta
}

fn find<'r>(rows: &[(String, String, &'r Row)], key: &str) -> Option<&'r Row> {
    rows.iter().find(|(k, _, _)| k == key).map(|(_, _, r)| *r)
}

/// Each row with its match key and its name for a reader.
fn keyed<'r>(
    question: &Question,
    rows: &'r [Row],
    format: NumberFormat,
) -> Vec<(String, String, &'r Row)> {
    let columns = question.columns();
    let column = question
        .feeds
        .key_column()
        .and_then(|k| columns.iter().find(|c| c.id() == k))
        .or(columns.first());
    let mut seen: HashMap<String, usize> = HashMap::new();
    rows.iter()
        .enumerate()
        .map(|(i, row)| {
            let cell = column.and_then(|c| row.get(c.id()).map(|t| (c, t)));
            let (mut key, mut shown) = match cell {
                Some((c, text)) if !text.trim().is_empty() => {
                    (key(text), cell_text(c, text, format))
                }
                // The key matches rows across rounds; the name is for a reader.
                _ => (
                    format!("row {}", i + 1),
                    crate::tr!("profile-row", row = i + 1),
                ),
            };
            let count = seen.entry(key.clone()).or_default();
            *count += 1;
            if *count > 1 {
                key = format!("{key}\u{0}{count}");
                shown = format!("{shown} ({count})");
            }
            (key, shown, row)
        })
        .collect()
}
