//! A sheet's rows as an answer's rows: each cell made the text a user would type (a number in
//! the city's format, a date as YYYY-MM-DD, a choice's label in any language as its value),
//! then each row checked by the same validation a typed answer gets. Rows that fail are kept
//! aside with the reason, so that the caller decides whether anything is written.

use super::columns::{Layout, Names, header_name, header_text, layout};
use super::{Cell, Map, Origin, Sheet, SheetError, fold};
use crate::answer::{Number, NumberFormat, Row, Source, Value, cell_value, validate};
use crate::messages::{Messages, languages};
use crate::tr;
use crate::workbook::translation::Lang;
use crate::workbook::{Catalog, Choice, ColumnKind, Kind, Question};

/// The question a sheet fills: in the interface's language, the same question in the other
/// languages the workbooks come in (for headers and choice labels), and the city's number
/// format.
pub struct Target<'a> {
    pub question: &'a Question,
    pub translations: Vec<&'a Question>,
    pub format: NumberFormat,
}

impl<'a> Target<'a> {
    /// Question `question` of `workbook`, with the same question wherever `others` has it.
    pub fn new(
        question: &'a Question,
        workbook: &str,
        others: &'a [Catalog],
        format: NumberFormat,
    ) -> Target<'a> {
        let translations = others
            .iter()
            .filter_map(|c| {
                c.get(workbook)?
                    .questions()
                    .find(|q| q.id() == question.id())
            })
            .collect();
        Target {
            question,
            translations,
            format,
        }
    }
}

/// The built-in workbooks in every language they come in other than `catalog`'s, for headers
/// and choice labels written in another language than the interface's.
pub fn other_languages(catalog: &Catalog) -> Vec<Catalog> {
    crate::builtin::languages()
        .into_iter()
        .filter(|tag| *tag != catalog.language_tag())
        .filter_map(|tag| match tag {
            "en" => Some(crate::builtin::catalog()),
            _ => Lang::parse(tag)
                .ok()
                .map(|lang| crate::builtin::catalog_in(Some(&lang))),
        })
        .collect()
}

/// A row of the sheet that was left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub sheet: String,
    /// The row's number in the sheet, from 1 (the header is row 1 of most sheets).
    pub row: usize,
    /// The column (letter and header) the problem is in, when it is one cell's.
    pub column: Option<String>,
    pub reason: String,
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let reason = crate::text::sanitize_line(&self.reason);
        let text = match &self.column {
            Some(column) => tr!(
                "sheet-rejected-cell",
                sheet = self.sheet.as_str(),
                row = self.row,
                column = column.as_str(),
                reason = reason
            ),
            None => tr!(
                "sheet-rejected-row",
                sheet = self.sheet.as_str(),
                row = self.row,
                reason = reason
            ),
        };
        f.write_str(&text)
    }
}

/// What a sheet gives for a question: the rows that passed, in canonical form (a table's rows
/// or a list's items), the rows that did not, and the headers nothing was matched to.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    pub value: Value,
    pub rejected: Vec<Rejection>,
    /// Headers (letter and text) of the sheet's columns that fill nothing.
    pub ignored: Vec<String>,
    /// The ids of the answer's columns the sheet fills (a list: its question's id).
    pub columns: Vec<String>,
}

impl Import {
    /// How many rows passed.
    pub fn accepted(&self) -> usize {
        super::row_count(&self.value)
    }
}

/// Reads the rows of `sheet` (its first row is the header) for `target`.
pub fn rows(sheet: &Sheet, target: &Target, map: &Map) -> Result<Import, SheetError> {
    let question = target.question;
    if !matches!(
        question.kind(),
        Kind::Table | Kind::List | Kind::MultiChoice
    ) {
        return Err(SheetError::NotATable {
            kind: question.kind().name().to_string(),
        });
    }
    let Some(((_, header), data)) = sheet.rows.split_first() else {
        return Err(SheetError::NoRows {
            sheet: sheet.name.clone(),
        });
    };
    let names = Names::new(question, &target.translations);
    let layout = layout(&names, header, map, &sheet.name)?;
    let reader = CellReader::new(target, sheet.origin);
    let headers: Vec<String> = header.iter().map(header_text).collect();
    let mut import = Import {
        value: Value::Table(Vec::new()),
        rejected: Vec::new(),
        ignored: layout.ignored.clone(),
        columns: layout
            .pairs
            .iter()
            .map(|(_, c)| names.id(*c).to_string())
            .collect(),
    };
    let place = |at: usize| header_name(at, headers.get(at).map_or("", String::as_str));
    if question.kind() == Kind::Table {
        let mut accepted = Vec::with_capacity(data.len());
        for (number, cells) in data {
            match table_row(&reader, &layout, cells, &place) {
                Ok(row) if row.is_empty() => {}
                Ok(row) => accepted.push(row),
                Err((column, reason)) => import.rejected.push(Rejection {
                    sheet: sheet.name.clone(),
                    row: *number,
                    column,
                    reason,
                }),
            }
        }
        import.value = Value::Table(accepted);
    } else {
        let (at, _) = layout.pairs[0];
        let mut items = Vec::with_capacity(data.len());
        for (number, cells) in data {
            match list_item(&reader, cells.get(at).unwrap_or(&Cell::Empty)) {
                Ok(Some(item)) => items.push(item),
                Ok(None) => {}
                Err(reason) => import.rejected.push(Rejection {
                    sheet: sheet.name.clone(),
                    row: *number,
                    column: Some(place(at)),
                    reason,
                }),
            }
        }
        import.value = Value::List(items);
    }
    Ok(import)
}

type Problem = (Option<String>, String);

/// One row of a table: every cell read, then the row validated as a typed one is.
fn table_row(
    reader: &CellReader,
    layout: &Layout,
    cells: &[Cell],
    place: &dyn Fn(usize) -> String,
) -> Result<Row, Problem> {
    let columns = reader.target.question.columns();
    let mut row = Row::new();
    for &(at, c) in &layout.pairs {
        let column = &columns[c];
        let cell = cells.get(at).unwrap_or(&Cell::Empty);
        let text = reader
            .text(cell, column.kind, &reader.column_choices[c])
            .map_err(|reason| (Some(place(at)), reason))?;
        if let Some(text) = text {
            row.insert(column.id().to_string(), text);
        }
    }
    let source = Source::Typed(reader.target.format);
    crate::answer::table_row(columns, &row, source).map_err(|whole| {
        // Said of the cell at fault when there is one; else of the row (a required cell).
        for &(at, c) in &layout.pairs {
            if let Some(text) = row.get(columns[c].id())
                && let Err(e) = cell_value(&columns[c], text, source)
            {
                let reason = match columns[c].kind {
                    ColumnKind::Choice => not_a_choice(text, columns[c].choices()),
                    _ => e.0,
                };
                return (Some(place(at)), reason);
            }
        }
        (None, whole.0)
    })
}

/// One item of a list (or a multiple-choice answer, one choice a row).
fn list_item(reader: &CellReader, cell: &Cell) -> Result<Option<String>, String> {
    let question = reader.target.question;
    let kind = match question.kind() {
        Kind::MultiChoice => ColumnKind::Choice,
        _ => ColumnKind::Text,
    };
    let Some(text) = reader.text(cell, kind, &reader.question_choices)? else {
        return Ok(None);
    };
    let source = Source::Typed(reader.target.format);
    match validate(question, &Value::List(vec![text.clone()]), None, source) {
        Ok(Value::List(mut items)) => Ok(items.pop()),
        Ok(_) => Ok(None),
        Err(_) if kind == ColumnKind::Choice => Err(not_a_choice(&text, question.choices())),
        Err(e) => Err(e.0),
    }
}

/// Reads cells as the text a user would type for a column.
struct CellReader<'a> {
    target: &'a Target<'a>,
    origin: Origin,
    /// For each column of a table: its choices' labels in every language, folded, with the
    /// value each stands for.
    column_choices: Vec<Vec<(String, String)>>,
    /// The same for a multiple-choice question's own choices.
    question_choices: Vec<(String, String)>,
    /// The words for yes and no in every language the program speaks, folded.
    yes: Vec<String>,
    no: Vec<String>,
}

impl<'a> CellReader<'a> {
    fn new(target: &'a Target<'a>, origin: Origin) -> CellReader<'a> {
        let all: Vec<&Question> = std::iter::once(target.question)
            .chain(target.translations.iter().copied())
            .collect();
        let column_choices = target
            .question
            .columns()
            .iter()
            .map(|column| {
                labels(all.iter().filter_map(|q| {
                    q.columns()
                        .iter()
                        .find(|c| c.id() == column.id())
                        .map(|c| c.choices())
                }))
            })
            .collect();
        let question_choices = labels(all.iter().map(|q| q.choices()));
        let words = |id: &str| -> Vec<String> {
            languages()
                .into_iter()
                .map(|tag| fold(&Messages::get(tag).text(id)))
                .collect()
        };
        CellReader {
            target,
            origin,
            column_choices,
            question_choices,
            yes: words("sheet-yes"),
            no: words("sheet-no"),
        }
    }

    /// The typed text of `cell` for a column of `kind`; `None` for an empty cell.
    fn text(
        &self,
        cell: &Cell,
        kind: ColumnKind,
        choices: &[(String, String)],
    ) -> Result<Option<String>, String> {
        let format = self.target.format;
        let text = match cell {
            Cell::Empty => return Ok(None),
            Cell::Text(t) if t.trim().is_empty() => return Ok(None),
            Cell::Text(t) => match self.origin {
                Origin::Csv => undefuse(t).to_string(),
                Origin::Workbook => t.clone(),
            },
            Cell::Integer(i) => i.to_string(),
            Cell::Number(f) => match Number::from_f64(*f) {
                Some(n) => n.format(format),
                None => return Err(tr!("sheet-cell-error", error = f.to_string())),
            },
            Cell::Bool(b) => yes_no(*b).to_string(),
            Cell::Date(d)
                if kind == ColumnKind::Date || d.time() == jiff::civil::Time::midnight() =>
            {
                d.date().to_string()
            }
            Cell::Date(d) => d.strftime("%Y-%m-%d %H:%M").to_string(),
            Cell::Error(e) => return Err(tr!("sheet-cell-error", error = e.as_str())),
        };
        Ok(Some(match kind {
            ColumnKind::Choice => choice(choices, &text).unwrap_or(text),
            ColumnKind::YesNo => {
                let folded = fold(&text);
                if self.yes.contains(&folded) {
                    "yes".to_string()
                } else if self.no.contains(&folded) {
                    "no".to_string()
                } else {
                    text
                }
            }
            ColumnKind::Date => date_part(&text).unwrap_or(text),
            ColumnKind::Text | ColumnKind::Number => text,
        }))
    }
}

/// Why a cell is not one of `choices`, naming them as the sheet may write them: by label.
fn not_a_choice(text: &str, choices: &[Choice]) -> String {
    tr!(
        "sheet-not-a-choice",
        value = crate::text::sanitize_line(text),
        choices = choices
            .iter()
            .map(|c| c.label.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Each choice's value and its labels in every language, folded, with the value.
fn labels<'c>(sets: impl Iterator<Item = &'c [Choice]>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for choices in sets {
        for c in choices {
            out.push((fold(c.value()), c.value().to_string()));
            out.push((fold(&c.label), c.value().to_string()));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The one choice value `text` stands for in any language; `None` when it is already a value,
/// or stands for none or for several (validation then says so).
fn choice(choices: &[(String, String)], text: &str) -> Option<String> {
    if choices.iter().any(|(_, value)| value == text) {
        return None;
    }
    let folded = fold(text);
    let mut found = choices.iter().filter(|(name, _)| *name == folded);
    let (_, first) = found.next()?;
    found.all(|(_, v)| v == first).then(|| first.clone())
}

/// The date of a date and time written `2026-03-31T10:00` or `2026-03-31 10:00`.
fn date_part(text: &str) -> Option<String> {
    let text = text.trim();
    let (date, rest) = (text.get(..10)?, text.get(10..)?);
    if !rest.starts_with(['T', ' ']) || rest.trim().is_empty() {
        return None;
    }
    let date = date.parse::<jiff::civil::Date>().ok()?;
    rest.trim()
        .trim_start_matches('T')
        .parse::<jiff::civil::Time>()
        .ok()
        .map(|_| date.to_string())
}

/// A CSV cell without the apostrophe this program put before a formula-like text (see
/// [`super::csv_cell`]).
fn undefuse(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\'']) => rest,
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_defused_cell_reads_back_as_it_was() {
        assert_eq!(undefuse("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(undefuse("''=x"), "'=x");
        assert_eq!(undefuse("'quoted'"), "'quoted'");
        assert_eq!(undefuse("plain"), "plain");
    }

    #[test]
    fn a_date_with_a_time_gives_its_date() {
        assert_eq!(
            date_part("2026-03-31T10:00:00").as_deref(),
            Some("2026-03-31")
        );
        assert_eq!(date_part("2026-03-31 00:00").as_deref(), Some("2026-03-31"));
        assert_eq!(date_part("2026-03-31"), None);
        assert_eq!(date_part("2026-03-31 later"), None);
    }

    #[test]
    fn a_label_in_any_language_stands_for_its_value_unless_it_could_mean_two() {
        let choices = vec![
            ("haute".to_string(), "high".to_string()),
            ("high".to_string(), "high".to_string()),
            ("x".to_string(), "a".to_string()),
            ("x".to_string(), "b".to_string()),
        ];
        assert_eq!(choice(&choices, "Haute").as_deref(), Some("high"));
        assert_eq!(choice(&choices, "high"), None);
        assert_eq!(choice(&choices, "X"), None);
        assert_eq!(choice(&choices, "nope"), None);
    }
}
