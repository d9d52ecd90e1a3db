//! Answer values and the one set of rules every front end uses. [`validate`] turns what a user
//! typed (TUI, plain mode, `answer set`, imports) into the canonical value that is stored;
//! [`read`] tells what a stored value means, without changing it: canonical, understood (a
//! label for a value, `"Yes"` for yes), or not understood and needing attention.

mod display;
mod from_file;
pub mod number;
mod reading;
mod validate;

use std::collections::BTreeMap;

use serde::Serialize;

pub use display::{cell_text, plain_text, summary};
pub use number::{Number, NumberFormat};
pub use reading::{Reading, read};
pub use validate::{
    Source, accepted, cell_value, check_typed, date, scale_range, table_row, validate, yes_no,
};

/// The choice value that stands for the free "other" answer of a choice question.
pub const OTHER: &str = "other";

/// Longest accepted answer text, in bytes; a mapping note is long, a megabyte is a mistake.
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;

/// One table row: column id to cell text. Cells are stored as text so that files stay easy to
/// read and edit; each column's kind decides what text is valid.
pub type Row = BTreeMap<String, String>;

/// An answer's value, as stored in a profile. Which shape is canonical depends on the question
/// kind: text, date and single choice are `Text`; yes/no is `Bool`; number and scale are
/// `Number` (or `Text` holding a number's digits when no float can); multiple choice and list
/// are `List`; table is `Table`. `Other` keeps any other TOML value a file holds (a hand-edited
/// `4.0`, a list of numbers) exactly, so that nothing is dropped or rewritten until the user
/// changes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Bool(bool),
    Number(Number),
    Text(String),
    List(Vec<String>),
    Table(Vec<Row>),
    Other(toml::Value),
}

/// What a user gave for a question: a value (none clears the answer) and the free text of an
/// "other" choice.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Response {
    pub value: Option<Value>,
    pub other: Option<String>,
}

impl Response {
    pub fn new(value: Value, other: Option<String>) -> Response {
        Response {
            value: Some(value),
            other,
        }
    }

    /// A response that clears the answer.
    pub fn clear() -> Response {
        Response::default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub String);

impl Value {
    /// Whether this value counts as answered (an empty text or list does not).
    pub fn is_answered(&self) -> bool {
        match self {
            Value::Bool(_) | Value::Number(_) => true,
            Value::Text(text) => !text.trim().is_empty(),
            Value::List(items) => !items.is_empty(),
            Value::Table(rows) => !rows.is_empty(),
            Value::Other(_) => true,
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_list(&self) -> Option<&[String]> {
        match self {
            Value::List(items) => Some(items),
            _ => None,
        }
    }

    /// The value as the file holds it: a number whose digits no float can hold is stored as
    /// its text.
    pub fn stored(self) -> Value {
        match self {
            Value::Number(n) if n.as_i64().is_none() && needs_text(&n) => {
                Value::Text(n.as_str().to_string())
            }
            other => other,
        }
    }
}

fn needs_text(n: &Number) -> bool {
    n.is_integer() || Number::from_f64(n.to_f64()).as_ref() != Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct W {
        value: Value,
    }

    fn round_trip(text: &str) -> String {
        let w: W = toml::from_str(text).unwrap();
        toml::to_string(&w).unwrap()
    }

    #[test]
    fn stored_values_round_trip_byte_for_byte() {
        for text in [
            "value = 4\n",
            "value = 4.0\n",
            "value = 12.5\n",
            "value = \"Yes\"\n",
            "value = true\n",
            "value = [\"a\", \"b\"]\n",
            "value = [1, 2]\n",
            "value = nan\n",
            "value = 9007199254740993\n",
            "value = \"123456789012345678.5\"\n",
        ] {
            assert_eq!(round_trip(text), text);
        }
    }

    #[test]
    fn whole_and_unusual_floats_are_kept_as_other() {
        let w: W = toml::from_str("value = 4.0").unwrap();
        assert!(matches!(w.value, Value::Other(_)), "{w:?}");
        let w: W = toml::from_str("value = [1, \"a\"]").unwrap();
        assert!(matches!(w.value, Value::Other(_)), "{w:?}");
    }

    #[test]
    fn numbers_no_float_holds_are_stored_as_their_digits() {
        let big = Number::from_canonical("123456789012345678.5").unwrap();
        assert_eq!(
            Value::Number(big).stored(),
            Value::Text("123456789012345678.5".into())
        );
        let small = Number::from_canonical("12.5").unwrap();
        assert_eq!(Value::Number(small.clone()).stored(), Value::Number(small));
        let int = Number::from_canonical("9007199254740993").unwrap();
        assert_eq!(Value::Number(int.clone()).stored(), Value::Number(int));
    }
}
