//! An answer written as a sheet: the column labels as headers, choices by their labels, numbers
//! and dates as real numbers and dates in a workbook, and in CSV every cell a spreadsheet would
//! run as a formula defused.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

use super::SheetError;
use crate::answer::{Number, NumberFormat, OTHER, Value};
use crate::tr;
use crate::workbook::{Column, ColumnKind, Kind, Question};

/// One cell to write.
#[derive(Debug, Clone, PartialEq)]
pub enum Out {
    Text(String),
    Number(Number),
    Date(jiff::civil::Date),
    Bool(bool),
}

/// An answer laid out as a sheet: a header row and the rows under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    pub header: Vec<String>,
    pub rows: Vec<Vec<Out>>,
}

/// The sheet of a table or list answer. Cells a column does not understand are written as
/// the text they hold.
pub fn grid(question: &Question, value: &Value) -> Grid {
    grid_of(question, value, |_| true)
}

/// [`grid`] with only the table columns `keep` lets through.
pub fn grid_of(question: &Question, value: &Value, keep: impl Fn(&Column) -> bool) -> Grid {
    match value {
        Value::Table(rows) => {
            let columns: Vec<&Column> = question.columns().iter().filter(|c| keep(c)).collect();
            Grid {
                header: columns.iter().map(|c| c.label.clone()).collect(),
                rows: rows
                    .iter()
                    .map(|row| {
                        columns
                            .iter()
                            .map(|column| {
                                let cell = row.get(column.id()).map_or("", String::as_str);
                                out(column.kind, cell, || {
                                    column
                                        .choices()
                                        .iter()
                                        .find(|c| c.value() == cell)
                                        .map(|c| c.label.clone())
                                })
                            })
                            .collect()
                    })
                    .collect(),
            }
        }
        Value::List(items) => Grid {
            header: vec![
                question
                    .item_label
                    .clone()
                    .unwrap_or_else(|| question.label().to_string()),
            ],
            rows: items
                .iter()
                .map(|item| {
                    let label = match question.kind() {
                        Kind::MultiChoice if item != OTHER => question.choice_label(item),
                        _ => None,
                    };
                    vec![Out::Text(label.unwrap_or(item).to_string())]
                })
                .collect(),
        },
        _ => Grid {
            header: Vec::new(),
            rows: Vec::new(),
        },
    }
}

fn out(kind: ColumnKind, cell: &str, label: impl Fn() -> Option<String>) -> Out {
    let text = || Out::Text(cell.to_string());
    match kind {
        ColumnKind::Number => Number::from_canonical(cell).map_or_else(text, Out::Number),
        ColumnKind::Date => cell.parse().map_or_else(|_| text(), Out::Date),
        ColumnKind::YesNo => match cell {
            "yes" => Out::Bool(true),
            "no" => Out::Bool(false),
            _ => text(),
        },
        ColumnKind::Choice => label().map_or_else(text, Out::Text),
        ColumnKind::Text => text(),
    }
}

/// The sheet as CSV, as a spreadsheet of the city's language opens it: a byte order mark so
/// that accents survive, `;` between cells where decimals are written with a comma, numbers
/// with the city's decimal mark, dates as YYYY-MM-DD, yes and no in the interface's words.
pub fn to_csv(grid: &Grid, format: NumberFormat) -> String {
    let delimiter = match format {
        NumberFormat::Point => ',',
        NumberFormat::Comma => ';',
    };
    let (yes, no) = (tr!("sheet-yes"), tr!("sheet-no"));
    let mut out = String::from("\u{feff}");
    let mut line = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| csv_cell(c, delimiter)).collect();
        out.push_str(&cells.join(&delimiter.to_string()));
        out.push_str("\r\n");
    };
    line(grid.header.clone());
    for row in &grid.rows {
        line(
            row.iter()
                .map(|cell| match cell {
                    Out::Text(t) => t.clone(),
                    Out::Number(n) => n.format(format),
                    Out::Date(d) => d.to_string(),
                    Out::Bool(true) => yes.clone(),
                    Out::Bool(false) => no.clone(),
                })
                .collect(),
        );
    }
    out
}

/// One CSV cell (RFC 4180), with control characters other than line breaks dropped and a text a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@` first, and not a number) defused by an
/// apostrophe. A text that starts with an apostrophe before one of those gets one more, so that
/// reading the cell back (which drops one) gives the text.
pub fn csv_cell(text: &str, delimiter: char) -> String {
    let mut cell: String = text
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect();
    let formula =
        cell.len() > 1 && cell.starts_with(['=', '+', '-', '@']) && cell.parse::<f64>().is_err();
    let quoted = cell
        .strip_prefix('\'')
        .is_some_and(|rest| rest.starts_with(['=', '+', '-', '@', '\'']));
    if formula || quoted {
        cell.insert(0, '\'');
    }
    if cell.contains([delimiter, '"', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// The sheet as an Excel workbook of one sheet named `name`: a bold header row that stays in
/// view, numbers as numbers (a number no float holds exactly as its text in the city's
/// format), dates as dates, yes and no as true and false.
pub fn to_xlsx(grid: &Grid, name: &str, format: NumberFormat) -> Result<Vec<u8>, SheetError> {
    to_xlsx_book(&[(name, grid)], format)
}

/// Several sheets as one Excel workbook, each written as [`to_xlsx`] writes one.
pub fn to_xlsx_book(sheets: &[(&str, &Grid)], format: NumberFormat) -> Result<Vec<u8>, SheetError> {
    let mut book = Workbook::new();
    for (name, grid) in sheets {
        write_sheet(&mut book, name, grid, format).map_err(failed)?;
    }
    book.save_to_buffer().map_err(failed)
}

fn failed(e: rust_xlsxwriter::XlsxError) -> SheetError {
    SheetError::Write {
        reason: e.to_string(),
    }
}

fn write_sheet(
    book: &mut Workbook,
    name: &str,
    grid: &Grid,
    format: NumberFormat,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name(name))?;
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let wrap = Format::new().set_text_wrap();
    for (c, header) in grid.header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, header, &bold)?;
    }
    for (r, row) in grid.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                Out::Text(t) if t.is_empty() => continue,
                Out::Text(t) if t.contains('\n') => sheet.write_string_with_format(r, c, t, &wrap),
                Out::Text(t) => sheet.write_string(r, c, t),
                Out::Number(n) if Number::from_f64(n.to_f64()).as_ref() == Some(n) => {
                    sheet.write_number(r, c, n.to_f64())
                }
                Out::Number(n) => sheet.write_string(r, c, n.format(format)),
                Out::Date(d) => {
                    let when =
                        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                    sheet.write_datetime_with_format(r, c, when, &date)
                }
                Out::Bool(b) => sheet.write_boolean(r, c, *b),
            }?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_autofit_max_width(60 * 7).autofit();
    Ok(())
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
pub(super) fn sheet_name(name: &str) -> String {
    let kept: Vec<char> = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control())
        .collect();
    // Excel takes 31 characters: a longer name is cut after a whole word, with "…".
    let name: String = if kept.len() <= 31 {
        kept.into_iter().collect()
    } else {
        let head = &kept[..30];
        let cut = head
            .iter()
            .rposition(|c| c.is_whitespace())
            .filter(|at| *at >= 12)
            .unwrap_or(30);
        let mut short: String = head[..cut].iter().collect();
        short.truncate(short.trim_end().len());
        short.push('…');
        short
    };
    let name = name.trim_matches('\'').to_string();
    if name.trim().is_empty() {
        "Sheet1".to_string()
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_formulas_defused() {
        assert_eq!(
            csv_cell("Lyon, \"Métropole\"", ','),
            "\"Lyon, \"\"Métropole\"\"\""
        );
        assert_eq!(csv_cell("Lyon, Métropole", ';'), "Lyon, Métropole");
        assert_eq!(csv_cell("a;b", ';'), "\"a;b\"");
        assert_eq!(
            csv_cell("=HYPERLINK(\"x\")", ','),
            "\"'=HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(csv_cell("@SUM(A1)", ','), "'@SUM(A1)");
        assert_eq!(csv_cell("'=x", ','), "''=x");
        assert_eq!(csv_cell("-12", ','), "-12");
        assert_eq!(csv_cell("-", ','), "-");
        assert_eq!(csv_cell("a\u{7}b\nc", ','), "\"ab\nc\"");
    }

    #[test]
    fn sheet_names_are_ones_excel_takes() {
        assert_eq!(sheet_name("a/b:c"), "abc");
        assert_eq!(sheet_name("''"), "Sheet1");
        assert_eq!(sheet_name(&"x".repeat(40)).chars().count(), 31);
        assert_eq!(
            sheet_name("Cartographie des parties prenantes"),
            "Cartographie des parties…"
        );
        assert_eq!(sheet_name("Stakeholder map"), "Stakeholder map");
    }
}
