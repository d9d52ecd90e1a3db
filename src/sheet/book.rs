//! A city's answers as one workbook, for people who read them in a spreadsheet: a sheet for
//! each table answer and a sheet of all the other answers (workbook, question, answer), with
//! only the answers and columns an edition shows.

use super::write::{Grid, Out, grid_of, sheet_name};
use crate::answer::{Value, plain_text, read, summary};
use crate::profile::Profile;
use crate::tr;
use crate::workbook::{Catalog, Kind, Sensitivity};

/// One sheet of the workbook: its name and its cells.
pub type Sheet = (String, Grid);

/// The sheets of `profile`'s answers that `shows` lets through (by the sensitivity of the
/// question, and of each column of a table). Tables come first, in the workbooks' order, each
/// on a sheet named `workbook.question`; the sheet of other answers comes last, when there are
/// any.
pub fn city_sheets(
    catalog: &Catalog,
    profile: &Profile,
    shows: impl Fn(Sensitivity) -> bool,
) -> Vec<Sheet> {
    let format = profile.city.number_format;
    let mut tables: Vec<Sheet> = Vec::new();
    let mut others = Grid {
        header: vec![
            tr!("sheet-book-workbook"),
            tr!("sheet-book-question"),
            tr!("sheet-book-answer"),
        ],
        rows: Vec::new(),
    };
    for book in catalog.iter() {
        for question in book.questions().filter(|q| !q.is_reused()) {
            let level = question.sensitivity();
            let Some(answer) = profile.answer(book.id(), question.id()) else {
                continue;
            };
            if !shows(level) {
                continue;
            }
            let reading = read(question, &answer.value, answer.other.as_deref(), format);
            match (question.kind(), reading.value()) {
                (Kind::Table, Some(value @ Value::Table(_))) => {
                    let grid = grid_of(question, value, |c| shows(c.sensitivity(level)));
                    let name = unique(&tables, question.label());
                    tables.push((name, grid));
                }
                (_, value) => {
                    let cell = match (question.kind(), value) {
                        (Kind::Number, Some(Value::Number(n))) => Out::Number(n.clone()),
                        (Kind::Date, Some(Value::Text(t))) => {
                            t.parse().map_or_else(|_| Out::Text(t.clone()), Out::Date)
                        }
                        (Kind::YesNo, Some(Value::Bool(b))) => Out::Bool(*b),
                        (Kind::ShortText | Kind::LongText, Some(Value::Text(t))) => {
                            Out::Text(t.clone())
                        }
                        (Kind::List, Some(Value::List(items))) => Out::Text(items.join("\n")),
                        (_, Some(v)) => {
                            Out::Text(summary(question, v, answer.other.as_deref(), format))
                        }
                        // Kept as it was stored, not understood: shown as it is.
                        (_, None) => Out::Text(plain_text(&answer.value, format)),
                    };
                    others.rows.push(vec![
                        Out::Text(book.title.clone()),
                        Out::Text(question.label().to_string()),
                        cell,
                    ]);
                }
            }
        }
    }
    if !others.rows.is_empty() {
        let name = unique(&tables, &tr!("sheet-book-answers"));
        tables.push((name, others));
    }
    tables
}

/// A sheet name no other sheet has, as Excel compares them (31 characters, case ignored).
fn unique(sheets: &[Sheet], wanted: &str) -> String {
    let base = sheet_name(wanted);
    let taken = |name: &str| {
        sheets
            .iter()
            .any(|(n, _)| n.to_lowercase() == name.to_lowercase())
    };
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| {
            let suffix = format!(" ({n})");
            let keep: String = base.chars().take(31 - suffix.len()).collect();
            format!("{keep}{suffix}")
        })
        .find(|name| !taken(name))
        .unwrap_or(base)
}
