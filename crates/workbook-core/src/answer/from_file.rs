//! Reading a stored [`Value`] by the shape the file gives it, in one pass: a boolean is
//! `Bool`, an integer or a float with a fraction `Number`, a string `Text`, a list of strings
//! `List`, a list of tables of strings `Table`, and anything else (a whole float such as `4.0`,
//! a list of numbers, a date) `Other`, kept exactly. The same as trying each shape in turn,
//! which serde's untagged enums do, without copying every value first and writing an error for
//! each shape that does not fit (a fifth of the time to read a city).

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{Number, Row, Value};

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answer: yes/no, a number, text, a list or a table")
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(Number::from_i64(n)))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(
            Number::from_canonical(&n.to_string()).unwrap_or_else(|| Number::from_i64(0)),
        ))
    }

    fn visit_f64<E: de::Error>(self, f: f64) -> Result<Value, E> {
        // A whole float (`4.0`) is not how this program writes a number: kept as it is.
        Ok(match Number::from_f64(f) {
            Some(n) if !n.is_integer() => Value::Number(n),
            _ => Value::Other(toml::Value::Float(f)),
        })
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Value, E> {
        Ok(Value::Text(text.to_string()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Value, E> {
        Ok(Value::Text(text))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items: Vec<toml::Value> = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(shape_of_list(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Value, A::Error> {
        // A table or a date where an answer is: kept exactly.
        toml::Value::deserialize(de::value::MapAccessDeserializer::new(map)).map(Value::Other)
    }
}

/// A list as the answer it is: all strings a `List` (an empty list too), all tables of strings
/// a `Table`, anything else kept as it is.
fn shape_of_list(items: Vec<toml::Value>) -> Value {
    if items.iter().all(toml::Value::is_str) {
        return Value::List(
            items
                .into_iter()
                .map(|item| match item {
                    toml::Value::String(text) => text,
                    _ => unreachable!("checked: every item is a string"),
                })
                .collect(),
        );
    }
    let is_row = |item: &toml::Value| {
        item.as_table()
            .is_some_and(|table| table.values().all(toml::Value::is_str))
    };
    if items.iter().all(is_row) {
        return Value::Table(
            items
                .into_iter()
                .map(|item| match item {
                    toml::Value::Table(table) => table
                        .into_iter()
                        .map(|(column, cell)| match cell {
                            toml::Value::String(text) => (column, text),
                            _ => unreachable!("checked: every cell is a string"),
                        })
                        .collect::<Row>(),
                    _ => unreachable!("checked: every item is a table"),
                })
                .collect(),
        );
    }
    Value::Other(toml::Value::Array(items))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use std::collections::BTreeMap;

    /// The shapes serde's untagged enum gave, for every kind of value a file can hold.
    #[derive(Deserialize, Debug, PartialEq)]
    #[serde(untagged)]
    enum Untagged {
        Bool(bool),
        Number(Number),
        Text(String),
        List(Vec<String>),
        Table(Vec<BTreeMap<String, String>>),
        Other(toml::Value),
    }

    fn same(file: &str) {
        #[derive(Deserialize)]
        struct Ours {
            v: Value,
        }
        #[derive(Deserialize)]
        struct Theirs {
            v: Untagged,
        }
        let ours = toml::from_str::<Ours>(file).map(|o| o.v);
        let theirs = toml::from_str::<Theirs>(file).map(|t| t.v);
        match (ours, theirs) {
            (Ok(ours), Ok(theirs)) => {
                let theirs = match theirs {
                    Untagged::Bool(b) => Value::Bool(b),
                    Untagged::Number(n) => Value::Number(n),
                    Untagged::Text(t) => Value::Text(t),
                    Untagged::List(l) => Value::List(l),
                    Untagged::Table(t) => Value::Table(t),
                    Untagged::Other(o) => Value::Other(o),
                };
                // Compared as written out: NaN is never equal to itself.
                assert_eq!(format!("{ours:?}"), format!("{theirs:?}"), "{file}");
            }
            (Err(_), Err(_)) => {}
            (ours, theirs) => panic!("{file}: {ours:?} but untagged gave {theirs:?}"),
        }
    }

    #[test]
    fn every_shape_reads_as_the_untagged_enum_read_it() {
        for file in [
            "v = true",
            "v = 12",
            "v = -3",
            "v = 12.5",
            "v = 4.0",
            "v = 1e300",
            "v = nan",
            "v = \"text\"",
            "v = \"\"",
            "v = []",
            "v = [\"a\", \"b\"]",
            "v = [1, 2]",
            "v = [\"a\", 2]",
            "v = [{ name = \"x\", type = \"y\" }, { name = \"z\" }]",
            "v = [{ name = \"x\" }, { n = 1 }]",
            "v = [{}]",
            "v = [[\"a\"]]",
            "v = { a = \"b\" }",
            "v = 2026-03-01",
            "v = 2026-03-01T10:00:00Z",
            "v = 9223372036854775807",
        ] {
            same(file);
        }
    }

    /// The one shape the untagged enum got wrong: a list of dates read as a table of rows (of
    /// toml's private date key), which a save would have written back as tables.
    #[test]
    fn a_list_of_dates_is_kept_as_dates() {
        #[derive(Deserialize, serde::Serialize)]
        struct File {
            v: Value,
        }
        let file: File = toml::from_str("v = [2026-03-01]").unwrap();
        assert!(
            matches!(&file.v, Value::Other(toml::Value::Array(items)) if items[0].is_datetime())
        );
        assert_eq!(toml::to_string(&file).unwrap().trim(), "v = [2026-03-01]");
    }

    #[test]
    fn json_and_messagepack_read_the_same_shapes() {
        let value: Value = serde_json::from_str(r#"[{"a": "b"}]"#).unwrap();
        assert_eq!(
            value,
            Value::Table(vec![BTreeMap::from([("a".into(), "b".into())])])
        );
        let bytes = rmp_serde::to_vec_named(&Value::List(vec!["x".into()])).unwrap();
        let back: Value = rmp_serde::from_slice(&bytes).unwrap();
        assert_eq!(back, Value::List(vec!["x".into()]));
        assert!(serde_json::from_str::<Value>("null").is_err());
    }
}
