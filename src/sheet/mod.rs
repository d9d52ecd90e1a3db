//! Table and list answers in and out of spreadsheets: CSV (any of the usual delimiters, UTF-8
//! or Windows-1252) and Excel or OpenDocument workbooks. No terminal here: [`read`] gives the
//! cells of one sheet, [`rows`] turns them into an answer's rows through the same validation a
//! typed answer gets, [`combine`] merges them with the stored answer or replaces it, and
//! [`grid`] with [`to_csv`] and [`to_xlsx`] writes an answer back out; [`city_sheets`] lays out
//! all of a city's answers, one sheet per table.

mod book;
mod columns;
mod import;
mod merge;
mod read;
mod write;

use std::fmt;
use std::path::Path;

pub use book::city_sheets;
pub use columns::{Map, Names, fold};
pub use import::{Import, Rejection, Target, other_languages, rows};
pub use merge::{Mode, Tally, combine, typed};
pub use read::read;
pub use write::{Grid, Out, csv_cell, grid, grid_of, to_csv, to_xlsx, to_xlsx_book};

use crate::tr;

/// The most data rows a sheet may have. Far more than a city's table holds (an answer is at
/// most 1 MiB), and few enough that a file past it is refused before it is read whole.
pub const MAX_ROWS: usize = 100_000;

/// One cell as the spreadsheet holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Integer(i64),
    Number(f64),
    Bool(bool),
    /// A date (with the time of day a spreadsheet may give it).
    Date(jiff::civil::DateTime),
    /// A spreadsheet error such as `#N/A`.
    Error(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

/// Where a sheet came from, which decides how its text cells are read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A CSV file: a cell this program defused (`'=SUM(A1)`) is read without its apostrophe.
    Csv,
    /// A workbook (xlsx, xls, ods): cells are taken as they are.
    Workbook,
}

/// One sheet's rows that hold something: the first is the header row.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The sheet's name (a CSV file's name).
    pub name: String,
    pub origin: Origin,
    /// Each row that holds something, with its number in the sheet (from 1).
    pub rows: Vec<(usize, Vec<Cell>)>,
    /// The worksheets of the workbook it was read from, in order and as the file names them,
    /// for reading another; empty for a CSV file, which has one.
    pub sheets: Vec<String>,
}

/// A spreadsheet that cannot be used, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetError {
    Unreadable {
        file: String,
        reason: String,
    },
    Empty {
        file: String,
    },
    NotASpreadsheet {
        file: String,
    },
    Encrypted {
        file: String,
    },
    Damaged {
        file: String,
        reason: String,
    },
    NoSuchSheet {
        file: String,
        sheet: String,
        sheets: String,
    },
    NoSheets {
        file: String,
    },
    NoRows {
        sheet: String,
    },
    MergedHeader {
        sheet: String,
        cells: String,
    },
    TooManyRows {
        sheet: String,
    },
    NoMatchingColumn {
        sheet: String,
        expected: String,
        example: String,
    },
    SameColumnTwice {
        sheet: String,
        column: String,
        first: String,
        second: String,
    },
    ListColumn {
        sheet: String,
        headers: String,
        example: String,
    },
    BadMapEntry {
        entry: String,
    },
    MapNoHeader {
        header: String,
        headers: String,
    },
    MapNoColumn {
        column: String,
        columns: String,
    },
    NotATable {
        kind: String,
    },
    Write {
        reason: String,
    },
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            SheetError::Unreadable { file, reason } => {
                tr!("sheet-unreadable", file = file, reason = reason)
            }
            SheetError::Empty { file } => tr!("sheet-empty", file = file),
            SheetError::NotASpreadsheet { file } => tr!("sheet-not-a-spreadsheet", file = file),
            SheetError::Encrypted { file } => tr!("sheet-encrypted", file = file),
            SheetError::Damaged { file, reason } => {
                tr!("sheet-damaged", file = file, reason = reason)
            }
            SheetError::NoSuchSheet {
                file,
                sheet,
                sheets,
            } => tr!(
                "sheet-no-such-sheet",
                file = file,
                sheet = sheet,
                sheets = sheets
            ),
            SheetError::NoSheets { file } => tr!("sheet-no-sheets", file = file),
            SheetError::NoRows { sheet } => tr!("sheet-no-rows", sheet = sheet),
            SheetError::MergedHeader { sheet, cells } => {
                tr!("sheet-merged-header", sheet = sheet, cells = cells)
            }
            SheetError::TooManyRows { sheet } => {
                tr!("sheet-too-many-rows", sheet = sheet, limit = MAX_ROWS)
            }
            SheetError::NoMatchingColumn {
                sheet,
                expected,
                example,
            } => tr!(
                "sheet-no-matching-column",
                sheet = sheet,
                expected = expected,
                example = example
            ),
            SheetError::SameColumnTwice {
                sheet,
                column,
                first,
                second,
            } => tr!(
                "sheet-same-column-twice",
                sheet = sheet,
                column = column,
                first = first,
                second = second
            ),
            SheetError::ListColumn {
                sheet,
                headers,
                example,
            } => tr!(
                "sheet-list-column",
                sheet = sheet,
                headers = headers,
                example = example
            ),
            SheetError::BadMapEntry { entry } => tr!("sheet-map-bad-entry", entry = entry),
            SheetError::MapNoHeader { header, headers } => {
                tr!("sheet-map-no-header", header = header, headers = headers)
            }
            SheetError::MapNoColumn { column, columns } => {
                tr!("sheet-map-no-column", column = column, columns = columns)
            }
            SheetError::NotATable { kind } => tr!("sheet-not-a-table", kind = kind),
            SheetError::Write { reason } => tr!("sheet-write-failed", reason = reason),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SheetError {}

/// How many rows a table answer has, or items a list has (none for any other value).
pub fn row_count(value: &crate::answer::Value) -> usize {
    use crate::answer::Value;
    match value {
        Value::Table(rows) => rows.len(),
        Value::List(items) => items.len(),
        _ => 0,
    }
}

/// The stored answer a sheet is imported into, read for its question.
#[derive(Debug, Clone, PartialEq)]
pub enum Stored {
    /// No answer, or one with no row.
    Empty,
    /// The answer's rows (or items), canonical.
    Rows(crate::answer::Value),
    /// A stored value the program does not understand: importing can only replace it.
    Unclear,
}

impl Stored {
    /// The stored answer to `question` of `workbook` in `profile`.
    pub fn of(
        profile: &crate::profile::Profile,
        workbook: &str,
        question: &crate::workbook::Question,
    ) -> Stored {
        use crate::answer::{Reading, read};
        let Some(answer) = profile.answer(workbook, question.id()) else {
            return Stored::Empty;
        };
        let format = profile.city.number_format;
        match read(question, &answer.value, answer.other.as_deref(), format) {
            Reading::Unclear(_) => Stored::Unclear,
            reading => match reading.value() {
                Some(value) if row_count(value) > 0 => Stored::Rows(value.clone()),
                _ => Stored::Empty,
            },
        }
    }

    /// The rows, when there are any to add to.
    pub fn rows(&self) -> Option<&crate::answer::Value> {
        match self {
            Stored::Rows(value) => Some(value),
            Stored::Empty | Stored::Unclear => None,
        }
    }
}

/// A file's name as the user reads it (the whole path when it has none), safe for a terminal.
pub fn file_name(path: &Path) -> String {
    match path.file_name() {
        Some(name) => crate::text::sanitize_line(&name.to_string_lossy()),
        None => crate::text::sanitize_line(&path.display().to_string()),
    }
}

/// A column's letters as a spreadsheet shows them: 0 is A, 26 is AA.
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A list of names for a message: each quoted as the interface language quotes, separated by
/// commas.
fn quoted_list<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names.into_iter().map(quoted).collect::<Vec<_>>().join(", ")
}

/// A name from a file, made safe for a terminal and quoted as the interface language quotes.
pub fn quoted(name: &str) -> String {
    tr!("sheet-quoted", text = crate::text::sanitize_line(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }
}
