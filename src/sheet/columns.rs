//! Which column of a sheet fills which column of the answer: a header names a column by its
//! id or its label in any language the workbooks come in, ignoring case, accents and
//! punctuation; `--map "Header=column"` names the rest.

use unicode_normalization::UnicodeNormalization;

use super::{Cell, SheetError, quoted, quoted_list};
use crate::workbook::{Kind, Question};

/// A name as it is compared: compatibility-decomposed, without accents or other marks,
/// lower case, with each run of spaces and punctuation made one space (`Org. type` is
/// `org type`, `Élu(e)s` is `elu e s`).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else {
            space = true;
        }
    }
    out
}

/// The names each column of a table question goes by (a list question has one column): its
/// id and its label in each language given.
#[derive(Debug, Clone)]
pub struct Names {
    columns: Vec<Entry>,
    list: bool,
}

#[derive(Debug, Clone)]
struct Entry {
    id: String,
    label: String,
    names: Vec<String>,
}

impl Entry {
    fn answers_to(&self, folded: &str) -> bool {
        self.names.iter().any(|n| n == folded)
    }
}

impl Names {
    /// The names of `question`'s columns, in its own language and in each of `translations`
    /// (the same question in other languages).
    pub fn new(question: &Question, translations: &[&Question]) -> Names {
        let all = || std::iter::once(question).chain(translations.iter().copied());
        if question.kind() != Kind::Table {
            let mut names = vec![fold(question.id())];
            for q in all() {
                names.extend(q.item_label.as_deref().map(fold));
                names.push(fold(q.label()));
            }
            names.retain(|n| !n.is_empty());
            let label = question
                .item_label
                .clone()
                .unwrap_or_else(|| question.label().to_string());
            return Names {
                columns: vec![Entry {
                    id: question.id().to_string(),
                    label,
                    names,
                }],
                list: true,
            };
        }
        let columns = question
            .columns()
            .iter()
            .map(|column| {
                let mut names = vec![fold(column.id())];
                for q in all() {
                    if let Some(c) = q.columns().iter().find(|c| c.id() == column.id()) {
                        names.push(fold(&c.label));
                    }
                }
                names.retain(|n| !n.is_empty());
                names.dedup();
                Entry {
                    id: column.id().to_string(),
                    label: column.label.clone(),
                    names,
                }
            })
            .collect();
        Names {
            columns,
            list: false,
        }
    }

    /// The column (by its place among the question's columns) a name stands for.
    fn find(&self, name: &str) -> Option<usize> {
        let folded = fold(name);
        let by_id = self.columns.iter().position(|c| fold(&c.id) == folded);
        by_id.or_else(|| self.columns.iter().position(|c| c.answers_to(&folded)))
    }

    fn ids(&self) -> String {
        quoted_list(self.columns.iter().map(|c| c.id.as_str()))
    }

    /// The id of the column at `index`.
    pub fn id(&self, index: usize) -> &str {
        &self.columns[index].id
    }
}

/// Headers mapped to columns by hand: `--map "Name=name,Org type=type"`. A `\,` or `\=` in
/// a header stands for the character itself. For a list question an entry may be a header
/// alone: the column the items are in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Map(Vec<(String, Option<String>)>);

impl Map {
    /// Reads every `--map` given.
    pub fn parse(texts: &[String]) -> Result<Map, SheetError> {
        let mut entries = Vec::new();
        for text in texts {
            for entry in split(text, ',') {
                if entry.trim().is_empty() {
                    continue;
                }
                let parts = split(&entry, '=');
                let entry = match parts.as_slice() {
                    [header] => (header.trim().to_string(), None),
                    [header, column] if !header.trim().is_empty() => {
                        (header.trim().to_string(), Some(column.trim().to_string()))
                    }
                    _ => {
                        return Err(SheetError::BadMapEntry {
                            entry: quoted(&entry),
                        });
                    }
                };
                entries.push(entry);
            }
        }
        Ok(Map(entries))
    }
}

/// Splits on `separator` where it is not escaped by a backslash; `\,` and `\=` become the
/// character, and a backslash before anything else stays as it is.
fn split(text: &str, separator: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let part = parts.last_mut().expect("never empty");
        match c {
            '\\' if matches!(chars.peek(), Some(',' | '=')) => {
                if let Some(next) = chars.next() {
                    if next != separator {
                        part.push('\\');
                    }
                    part.push(next);
                }
            }
            c if c == separator => parts.push(String::new()),
            c => part.push(c),
        }
    }
    parts
}

/// Which sheet column (by its place in the row) fills which column of the answer, and the
/// headers nothing was matched to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// (sheet column, answer column), in the sheet's order.
    pub pairs: Vec<(usize, usize)>,
    pub ignored: Vec<String>,
}

/// A header cell as text.
pub fn header_text(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) => t.trim().to_string(),
        Cell::Integer(i) => i.to_string(),
        Cell::Number(f) => f.to_string(),
        Cell::Bool(b) => b.to_string(),
        Cell::Date(d) => d.date().to_string(),
        Cell::Error(e) => e.clone(),
    }
}

/// Matches the header row of `sheet` to the answer's columns.
pub fn layout(
    names: &Names,
    header: &[Cell],
    map: &Map,
    sheet: &str,
) -> Result<Layout, SheetError> {
    let headers: Vec<String> = header.iter().map(header_text).collect();
    let mut chosen: Vec<Option<usize>> = vec![None; headers.len()];
    for (wanted, column) in &map.0 {
        let at = headers
            .iter()
            .position(|h| h == wanted)
            .or_else(|| headers.iter().position(|h| fold(h) == fold(wanted)))
            .ok_or_else(|| SheetError::MapNoHeader {
                header: quoted(wanted),
                headers: quoted_list(headers.iter().filter(|h| !h.is_empty()).map(String::as_str)),
            })?;
        chosen[at] = Some(match (names.list, column) {
            (true, _) => 0,
            (false, Some(column)) => names.find(column).ok_or_else(|| SheetError::MapNoColumn {
                column: quoted(column),
                columns: names.ids(),
            })?,
            (false, None) => {
                return Err(SheetError::BadMapEntry {
                    entry: quoted(wanted),
                });
            }
        });
    }
    for (at, header) in headers.iter().enumerate() {
        if chosen[at].is_none() && !header.is_empty() && !map.0.iter().any(|(h, _)| h == header) {
            chosen[at] = names.find(header);
        }
    }
    if names.list && chosen.iter().all(Option::is_none) {
        let filled: Vec<usize> = (0..headers.len())
            .filter(|at| !headers[*at].is_empty())
            .collect();
        match filled.as_slice() {
            [only] => chosen[*only] = Some(0),
            _ => {
                return Err(SheetError::ListColumn {
                    sheet: sheet.to_string(),
                    headers: quoted_list(filled.iter().map(|at| headers[*at].as_str())),
                    example: filled
                        .first()
                        .map(|at| headers[*at].replace(',', "\\,").replace('=', "\\="))
                        .unwrap_or_default(),
                });
            }
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (at, column) in chosen.iter().enumerate() {
        let Some(column) = *column else { continue };
        if let Some((first, _)) = pairs.iter().find(|(_, c)| *c == column) {
            // A list takes the first column whose header names it.
            if names.list {
                continue;
            }
            return Err(SheetError::SameColumnTwice {
                sheet: sheet.to_string(),
                column: quoted(&names.columns[column].label),
                first: header_name(*first, &headers[*first]),
                second: header_name(at, &headers[at]),
            });
        }
        pairs.push((at, column));
    }
    if pairs.is_empty() {
        let example = headers
            .iter()
            .find(|h| !h.is_empty())
            .map(|h| {
                format!(
                    "{}={}",
                    h.replace(',', "\\,").replace('=', "\\="),
                    names.id(0)
                )
            })
            .unwrap_or_else(|| format!("Header={}", names.id(0)));
        return Err(SheetError::NoMatchingColumn {
            sheet: sheet.to_string(),
            expected: quoted_list(names.columns.iter().map(|c| c.label.as_str())),
            example: crate::text::sanitize_line(&example),
        });
    }
    let ignored = headers
        .iter()
        .enumerate()
        .filter(|(at, h)| !h.is_empty() && !pairs.iter().any(|(a, _)| a == at))
        .map(|(at, h)| header_name(at, h))
        .collect();
    Ok(Layout { pairs, ignored })
}

/// A sheet column as a message names it: its letter and its header (`C “Sector”`).
pub fn header_name(at: usize, header: &str) -> String {
    format!("{} {}", super::column_letters(at), quoted(header))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_case_accents_and_punctuation() {
        assert_eq!(fold("  Élu(e)s  "), "elu e s");
        assert_eq!(fold("Org. type"), "org type");
        assert_eq!(fold("not_engaged"), "not engaged");
        assert_eq!(fold("ＬＹＯＮ"), "lyon");
        assert_eq!(fold("Secteur *"), "secteur");
        assert_eq!(fold("الجِهة"), "الجهة");
    }

    #[test]
    fn map_entries_split_on_unescaped_commas_and_equals() {
        let map = Map::parse(&["Name=name, Org\\, type=type".into(), "Only".into()]).unwrap();
        assert_eq!(
            map.0,
            vec![
                ("Name".to_string(), Some("name".to_string())),
                ("Org, type".to_string(), Some("type".to_string())),
                ("Only".to_string(), None),
            ]
        );
        assert!(Map::parse(&["a=b=c".into()]).is_err());
        assert!(Map::parse(&["=b".into()]).is_err());
    }
}
