//! Reading one sheet of a file: the kind of file is told by its first bytes, not its name. A
//! ZIP is an xlsx, xlsb or ods workbook; an OLE compound file an xls workbook or a
//! password-protected one; anything else that is text is CSV, decoded as UTF-8 (with or
//! without a byte order mark), UTF-16 with its mark, or else Windows-1252, with the delimiter
//! sniffed among `,` `;` tab and `|`.

use std::borrow::Cow;
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, DataRef, Dimensions, Ods, Reader, SheetType, SheetVisible, Xls, Xlsb, Xlsx};

use super::{Cell, MAX_ROWS, Origin, Sheet, SheetError, column_letters, fold, quoted, quoted_list};
use crate::text::sanitize_line;

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

type Bytes = Cursor<Vec<u8>>;

/// Reads the sheet `wanted` (by name, ignoring case and accents) of the file at `path`, or its
/// first visible sheet. CSV files have one sheet, named after the file.
pub fn read(path: &Path, wanted: Option<&str>) -> Result<Sheet, SheetError> {
    let file = sanitize_line(&path.display().to_string());
    let bytes = std::fs::read(path).map_err(|e| SheetError::Unreadable {
        file: file.clone(),
        reason: e.to_string(),
    })?;
    if bytes.is_empty() {
        return Err(SheetError::Empty { file });
    }
    if bytes.starts_with(ZIP) {
        return zipped(bytes, &file, wanted);
    }
    if bytes.starts_with(OLE) {
        return compound(bytes, &file, wanted);
    }
    let name = super::file_name(path);
    let text = decode(&bytes).ok_or(SheetError::NotASpreadsheet { file })?;
    csv_sheet(&text, name)
}

/// The text of a CSV file, or `None` when it is not text.
fn decode(bytes: &[u8]) -> Option<Cow<'_, str>> {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        encoding_rs::UTF_8.decode_without_bom_handling(rest).0
    } else if bytes.starts_with(b"\xFF\xFE") {
        encoding_rs::UTF_16LE.decode_with_bom_removal(bytes).0
    } else if bytes.starts_with(b"\xFE\xFF") {
        encoding_rs::UTF_16BE.decode_with_bom_removal(bytes).0
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        Cow::Borrowed(text)
    } else {
        encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
    };
    // Text has no NUL bytes and few other control characters; an image or a PDF has many.
    let controls = text
        .chars()
        .take(64 * 1024)
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .count();
    (!text.contains('\0') && controls * 100 <= text.len().min(64 * 1024)).then_some(text)
}

const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// The delimiter that splits the first records into the same number of fields, the most
/// fields first; none when the header is one cell whatever the delimiter.
fn sniff(text: &str) -> u8 {
    let sample: String = text.chars().take(64 * 1024).collect();
    let mut best = (false, 0usize, b',');
    for delimiter in DELIMITERS {
        let mut reader = csv_reader(sample.as_bytes(), delimiter);
        let counts: Vec<usize> = reader
            .records()
            .take(50)
            .map_while(Result::ok)
            .map(|r| r.len())
            .filter(|n| *n > 0)
            .collect();
        let Some(&first) = counts.first() else {
            continue;
        };
        // The sample may end inside a record: its last one does not count.
        let whole = &counts[..counts.len().saturating_sub(1).max(1)];
        let even = first > 1 && whole.iter().all(|n| *n == first);
        if (even, first) > (best.0, best.1) {
            best = (even, first, delimiter);
        }
    }
    // Nothing splits the header: one column, whose cells may hold any of the delimiters.
    if best.1 <= 1 { ONE_COLUMN } else { best.2 }
}

/// The unit separator, which no text file has: every line is one cell.
const ONE_COLUMN: u8 = 0x1F;

fn csv_reader(bytes: &[u8], delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
}

fn csv_sheet(text: &str, name: String) -> Result<Sheet, SheetError> {
    let mut reader = csv_reader(text.as_bytes(), sniff(text));
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| SheetError::Damaged {
            file: name.clone(),
            reason: e.to_string(),
        })?;
        let cells: Vec<Cell> = record
            .iter()
            .map(|field| match field.trim() {
                "" => Cell::Empty,
                _ => Cell::Text(field.to_string()),
            })
            .collect();
        if cells.iter().all(Cell::is_empty) {
            continue;
        }
        if rows.len() > MAX_ROWS {
            return Err(SheetError::TooManyRows { sheet: name });
        }
        rows.push((index + 1, cells));
    }
    Ok(Sheet {
        name,
        origin: Origin::Csv,
        rows,
        sheets: Vec::new(),
    })
}

/// An xlsx, xlsb or ods workbook (all are ZIP files).
fn zipped(bytes: Vec<u8>, file: &str, wanted: Option<&str>) -> Result<Sheet, SheetError> {
    match Xlsx::new(Cursor::new(bytes.clone())) {
        Ok(mut book) => {
            let name = choose(&book, file, wanted)?;
            let sheets = worksheets(&book);
            return xlsx_sheet(&mut book, &name).map(|s| Sheet { sheets, ..s });
        }
        Err(calamine::XlsxError::Password) => {
            return Err(SheetError::Encrypted { file: file.into() });
        }
        Err(_) => {}
    }
    if let Ok(mut book) = Xlsb::new(Cursor::new(bytes.clone())) {
        let name = choose(&book, file, wanted)?;
        let range = book.worksheet_range(&name).map_err(|e| damaged(file, e))?;
        return range_sheet(&name, &range, &[]).map(|s| Sheet {
            sheets: worksheets(&book),
            ..s
        });
    }
    match Ods::new(Cursor::new(bytes)) {
        Ok(mut book) => {
            let name = choose(&book, file, wanted)?;
            let range = book.worksheet_range(&name).map_err(|e| damaged(file, e))?;
            range_sheet(&name, &range, &[]).map(|s| Sheet {
                sheets: worksheets(&book),
                ..s
            })
        }
        Err(calamine::OdsError::Password) => Err(SheetError::Encrypted { file: file.into() }),
        Err(_) => Err(SheetError::NotASpreadsheet { file: file.into() }),
    }
}

/// An xls workbook, or an xlsx protected by a password (which is stored as an OLE file).
fn compound(bytes: Vec<u8>, file: &str, wanted: Option<&str>) -> Result<Sheet, SheetError> {
    match Xls::new(Cursor::new(bytes.clone())) {
        Ok(mut book) => {
            let name = choose(&book, file, wanted)?;
            let range = book.worksheet_range(&name).map_err(|e| damaged(file, e))?;
            let merged = book.merge_cells_by_sheet_name(&name).unwrap_or_default();
            range_sheet(&name, &range, &merged).map(|s| Sheet {
                sheets: worksheets(&book),
                ..s
            })
        }
        Err(calamine::XlsError::Password) => Err(SheetError::Encrypted { file: file.into() }),
        Err(_) => match Xlsx::new(Cursor::new(bytes)) {
            Err(calamine::XlsxError::Password) => Err(SheetError::Encrypted { file: file.into() }),
            _ => Err(SheetError::NotASpreadsheet { file: file.into() }),
        },
    }
}

/// The worksheets a user sees in the workbook (not hidden ones, not charts), in order.
fn worksheets<R: Reader<Bytes>>(book: &R) -> Vec<String> {
    book.sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect()
}

fn damaged(file: &str, error: impl std::fmt::Display) -> SheetError {
    SheetError::Damaged {
        file: file.into(),
        reason: sanitize_line(&error.to_string()),
    }
}

/// The sheet to read: the one asked for, else the first visible worksheet.
fn choose<R: Reader<Bytes>>(
    book: &R,
    file: &str,
    wanted: Option<&str>,
) -> Result<String, SheetError> {
    let sheets = book.sheets_metadata();
    let found = match wanted {
        Some(wanted) => sheets
            .iter()
            .find(|s| s.name == wanted)
            .or_else(|| sheets.iter().find(|s| fold(&s.name) == fold(wanted))),
        None => sheets
            .iter()
            .find(|s| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible)
            .or_else(|| sheets.first()),
    };
    match (found, wanted) {
        (Some(sheet), _) => Ok(sheet.name.clone()),
        (None, _) if sheets.is_empty() => Err(SheetError::NoSheets { file: file.into() }),
        (None, wanted) => Err(SheetError::NoSuchSheet {
            file: file.into(),
            sheet: quoted(wanted.unwrap_or_default()),
            sheets: quoted_list(sheets.iter().map(|s| s.name.as_str())),
        }),
    }
}

/// An xlsx sheet, read cell by cell so that a sheet past [`MAX_ROWS`] is refused early.
fn xlsx_sheet(book: &mut Xlsx<Bytes>, name: &str) -> Result<Sheet, SheetError> {
    let merged = book.merge_cells_by_sheet_name(name).unwrap_or_default();
    let sheet = sanitize_line(name);
    let mut reader = book
        .worksheet_cells_reader(name)
        .map_err(|e| damaged(&sheet, e))?;
    let mut rows: Vec<(usize, Vec<Cell>)> = Vec::new();
    let mut current: Option<(u32, Vec<Cell>)> = None;
    while let Some(cell) = reader.next_cell().map_err(|e| damaged(&sheet, e))? {
        let (row, col) = cell.get_position();
        let value = from_ref(cell.get_value());
        if value.is_empty() {
            continue;
        }
        if current.as_ref().is_some_and(|(r, _)| *r != row) {
            rows.extend(current.take().map(|(r, cells)| (r as usize + 1, cells)));
            if rows.len() > MAX_ROWS + 1 {
                return Err(SheetError::TooManyRows { sheet });
            }
        }
        let cells = &mut current.get_or_insert_with(|| (row, Vec::new())).1;
        let col = col as usize;
        if cells.len() <= col {
            cells.resize(col + 1, Cell::Empty);
        }
        cells[col] = value;
    }
    rows.extend(current.map(|(r, cells)| (r as usize + 1, cells)));
    finish(sheet, rows, &merged)
}

/// A sheet read whole (xls, xlsb, ods).
fn range_sheet(
    name: &str,
    range: &calamine::Range<Data>,
    merged: &[Dimensions],
) -> Result<Sheet, SheetError> {
    let sheet = sanitize_line(name);
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut rows = Vec::new();
    for (index, row) in range.rows().enumerate() {
        let mut cells: Vec<Cell> = vec![Cell::Empty; left as usize];
        cells.extend(row.iter().map(from_data));
        if cells.iter().all(Cell::is_empty) {
            continue;
        }
        if rows.len() > MAX_ROWS {
            return Err(SheetError::TooManyRows { sheet });
        }
        rows.push((top as usize + index + 1, cells));
    }
    finish(sheet, rows, merged)
}

/// Refuses a header row with merged cells: its columns could not be told apart.
fn finish(
    sheet: String,
    rows: Vec<(usize, Vec<Cell>)>,
    merged: &[Dimensions],
) -> Result<Sheet, SheetError> {
    if rows.len() > MAX_ROWS + 1 {
        return Err(SheetError::TooManyRows { sheet });
    }
    if let Some((header, _)) = rows.first() {
        let row = (*header - 1) as u32;
        let cells: Vec<String> = merged
            .iter()
            .filter(|d| d.start.0 <= row && row <= d.end.0)
            .map(|d| {
                format!(
                    "{}{}:{}{}",
                    column_letters(d.start.1 as usize),
                    d.start.0 + 1,
                    column_letters(d.end.1 as usize),
                    d.end.0 + 1
                )
            })
            .collect();
        if !cells.is_empty() {
            return Err(SheetError::MergedHeader {
                sheet,
                cells: cells.join(", "),
            });
        }
    }
    Ok(Sheet {
        name: sheet,
        origin: Origin::Workbook,
        rows,
        sheets: Vec::new(),
    })
}

fn from_data(data: &Data) -> Cell {
    match data {
        Data::Int(i) => Cell::Integer(*i),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => excel_date(d),
        Data::DateTimeIso(s) => iso_date(s),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
        Data::Empty => Cell::Empty,
    }
}

fn from_ref(data: &DataRef<'_>) -> Cell {
    match data {
        DataRef::SharedString(s) if s.trim().is_empty() => Cell::Empty,
        DataRef::SharedString(s) => Cell::Text((*s).to_string()),
        DataRef::Int(i) => Cell::Integer(*i),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::String(s) if s.trim().is_empty() => Cell::Empty,
        DataRef::String(s) => Cell::Text(s.clone()),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(d) => excel_date(d),
        DataRef::DateTimeIso(s) => iso_date(s),
        DataRef::DurationIso(s) => Cell::Text(s.clone()),
        DataRef::Error(e) => Cell::Error(e.to_string()),
        DataRef::Empty => Cell::Empty,
    }
}

/// A cell formatted as a date; a duration (`[hh]:mm`) is kept as its number of days.
fn excel_date(value: &calamine::ExcelDateTime) -> Cell {
    if !value.is_datetime() {
        return Cell::Number(value.as_f64());
    }
    let (y, mo, d, h, mi, s, _) = value.to_ymd_hms_milli();
    let date =
        jiff::civil::DateTime::new(y as i16, mo as i8, d as i8, h as i8, mi as i8, s as i8, 0);
    // Excel's 29 February 1900 never was; such a cell keeps its number.
    date.map(Cell::Date)
        .unwrap_or_else(|_| Cell::Number(value.as_f64()))
}

fn iso_date(text: &str) -> Cell {
    if let Ok(d) = text.parse::<jiff::civil::DateTime>() {
        return Cell::Date(d);
    }
    match text.parse::<jiff::civil::Date>() {
        Ok(d) => Cell::Date(d.to_datetime(jiff::civil::Time::midnight())),
        Err(_) => Cell::Text(text.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(sheet: &Sheet) -> Vec<Vec<String>> {
        sheet
            .rows
            .iter()
            .map(|(_, cells)| {
                cells
                    .iter()
                    .map(|c| match c {
                        Cell::Text(t) => t.clone(),
                        Cell::Empty => String::new(),
                        other => format!("{other:?}"),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_delimiter_is_the_one_that_splits_every_line_alike() {
        assert_eq!(sniff("a,b,c\n1,2,3\n"), b',');
        assert_eq!(sniff("Nom;Montant\nA;12,5\nB;3\n"), b';');
        assert_eq!(sniff("a\tb\n1\t2\n"), b'\t');
        assert_eq!(sniff("a|b|c\n1|2|3\n"), b'|');
        assert_eq!(sniff("name\nLyon, Rhône\n"), ONE_COLUMN);
        assert_eq!(sniff("\"a;b\",c\n\"1;2\",3\n"), b',');
    }

    #[test]
    fn csv_text_is_utf8_with_or_without_a_mark_else_windows_1252() {
        assert_eq!(decode(b"\xEF\xBB\xBFa,\xC3\xA9").unwrap(), "a,é");
        assert_eq!(decode("a,é".as_bytes()).unwrap(), "a,é");
        assert_eq!(decode(b"a;\xE9t\xE9 \x80").unwrap(), "a;été €");
        assert_eq!(decode(b"\xFF\xFEa\0,\0b\0").unwrap(), "a,b");
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").is_none());
    }

    #[test]
    fn blank_rows_are_skipped_and_rows_keep_their_numbers() {
        let sheet = csv_sheet("a,b\n,\n\"x\ny\",2\n", "f.csv".into()).unwrap();
        assert_eq!(texts(&sheet), vec![vec!["a", "b"], vec!["x\ny", "2"]]);
        assert_eq!(sheet.rows[1].0, 3);
    }
}
