//! The inline form of answer values on the command line (`workbook answer set`):
//!
//! - text, date, number, scale, yes/no and single choice: the value as given, untouched;
//! - list and multiple choice: items separated by `;`, or several values given one per
//!   argument (then taken literally, nothing is split);
//! - table: rows separated by `;`, cells by `,`, each cell `column=value`; or one row per
//!   argument.
//!
//! In the split forms a backslash escapes: `\;` `\,` `\=` `\\` are the characters themselves,
//! `\n` is a line break; any other escape is an error. Whitespace around items and cells is
//! trimmed. `--json` takes a JSON value instead (string, number, true/false, array of strings,
//! array of objects of strings).
//!
//! [`format`] writes a list or table answer back in this form (what `answer get` prints), so
//! that it can be pasted into `answer set` unchanged.

use std::collections::BTreeMap;

use crate::answer::{Number, NumberFormat, Value};
use crate::text::sanitize;
use crate::tr;
use crate::workbook::{ColumnKind, Kind, Question};

/// Parses the command-line arguments of an answer for a question of `kind`.
pub fn parse(kind: Kind, args: &[String]) -> Result<Value, String> {
    match kind {
        Kind::List | Kind::MultiChoice => list(args),
        Kind::Table => table(args),
        Kind::YesNo => match args {
            [one] => Ok(Value::Text(crate::plain::input::yes_no(one))),
            _ => Err(tr!("cli-inline-one-value", kind = kind.name())),
        },
        _ => match args {
            [one] => Ok(Value::Text(one.clone())),
            _ => Err(tr!("cli-inline-one-value", kind = kind.name())),
        },
    }
}

/// Parses a JSON answer value.
pub fn parse_json(text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| tr!("cli-inline-not-json", error = e.to_string()))
}

/// A list or table answer in the split form [`parse`] reads back: one line, separators and
/// backslashes escaped, line breaks as `\n`, numbers in the city's `format` (as `answer set`
/// reads them). `None` for other answers, which `answer set` takes as they are.
pub fn format(question: &Question, value: &Value, format: NumberFormat) -> Option<String> {
    match value {
        Value::List(items) => Some(
            items
                .iter()
                .map(|item| escape(item, &[';']))
                .collect::<Vec<_>>()
                .join("; "),
        ),
        Value::Table(rows) => Some(
            rows.iter()
                .map(|row| {
                    row.iter()
                        .map(|(column, cell)| {
                            let kind = question
                                .columns()
                                .iter()
                                .find(|c| c.id() == column)
                                .map(|c| c.kind);
                            let cell = match kind {
                                Some(ColumnKind::Number) => Number::from_canonical(cell)
                                    .map(|n| n.format(format))
                                    .unwrap_or_else(|| cell.clone()),
                                _ => cell.clone(),
                            };
                            let special = [';', ',', '='];
                            format!("{}={}", escape(column, &special), escape(&cell, &special))
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .collect::<Vec<_>>()
                .join("; "),
        ),
        _ => None,
    }
}

/// Untrusted text made safe for a terminal, then escaped for [`unescape`].
fn escape(text: &str, special: &[char]) -> String {
    let mut out = String::with_capacity(text.len());
    for c in sanitize(text).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if special.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn list(args: &[String]) -> Result<Value, String> {
    if let [one] = args {
        let items = pieces(one, ';')?;
        return Ok(Value::List(
            items
                .iter()
                .map(|i| unescape(i))
                .collect::<Result<_, _>>()?,
        ));
    }
    Ok(Value::List(args.to_vec()))
}

fn table(args: &[String]) -> Result<Value, String> {
    let rows: Vec<String> = match args {
        [one] => pieces(one, ';')?,
        many => many.to_vec(),
    };
    let mut table = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let mut cells = BTreeMap::new();
        for cell in pieces(row, ',')? {
            let parts = split(&cell, '=')?;
            let [column, value] = parts.as_slice() else {
                return Err(tr!("cli-inline-not-cell", row = index + 1, cell = cell));
            };
            cells.insert(
                unescape(column)?.trim().to_string(),
                unescape(value.trim())?,
            );
        }
        table.push(cells);
    }
    Ok(Value::Table(table))
}

/// Splits on unescaped `separator`; pieces are trimmed and empty ones dropped.
fn pieces(text: &str, separator: char) -> Result<Vec<String>, String> {
    Ok(split(text, separator)?
        .into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect())
}

/// Splits on unescaped `separator`, keeping escapes for `unescape`.
fn split(text: &str, separator: char) -> Result<Vec<String>, String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            let next = chars
                .next()
                .ok_or_else(|| tr!("cli-inline-lone-backslash"))?;
            current.push(c);
            current.push(next);
        } else if c == separator {
            pieces.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    pieces.push(current);
    Ok(pieces)
}

fn unescape(text: &str) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some(e @ (';' | ',' | '=' | '\\')) => out.push(e),
            Some(other) => {
                return Err(tr!("cli-inline-unknown-escape", escape = other.to_string()));
            }
            None => return Err(tr!("cli-inline-lone-backslash-end")),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn lists_split_on_semicolons_with_escapes() {
        assert_eq!(
            parse(Kind::List, &s(&["a; b\\; c ;; d\\\\;e\\nf"])).unwrap(),
            Value::List(s(&["a", "b; c", "d\\", "e\nf"]))
        );
        assert_eq!(
            parse(Kind::MultiChoice, &s(&["a;b", "c"])).unwrap(),
            Value::List(s(&["a;b", "c"]))
        );
        assert!(parse(Kind::List, &s(&["bad\\x"])).is_err());
        assert!(parse(Kind::List, &s(&["trailing\\"])).is_err());
    }

    #[test]
    fn tables_take_column_value_cells() {
        let value = parse(
            Kind::Table,
            &s(&["name=Ana, role=Chair\\, board; name=B\\=C"]),
        )
        .unwrap();
        let Value::Table(rows) = value else { panic!() };
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0]["role"], "Chair, board");
        assert_eq!(rows[1]["name"], "B=C");
        assert!(parse(Kind::Table, &s(&["no equals sign"])).is_err());
        let rows = parse(Kind::Table, &s(&["a=1", "a=2;x"])).unwrap();
        assert!(matches!(rows, Value::Table(r) if r.len() == 2 && r[1]["a"] == "2;x"));
    }

    #[test]
    fn scalars_are_taken_literally() {
        assert_eq!(
            parse(Kind::LongText, &s(&["a;b\\n"])).unwrap(),
            Value::Text("a;b\\n".into())
        );
        assert!(parse(Kind::ShortText, &s(&["a", "b"])).is_err());
        assert_eq!(parse_json("[\"a\"]").unwrap(), Value::List(s(&["a"])));
        assert_eq!(parse_json("true").unwrap(), Value::Bool(true));
        assert!(parse_json("{").is_err());
    }
}
