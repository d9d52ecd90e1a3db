//! What a stored value means for its question. Reading never changes the value: a value the
//! program wrote reads as itself; a value in another form that means one thing (a choice's
//! label, `"Yes"`, `" 4 "`, a hand-typed `4.0`) reads as that thing and is stored in canonical
//! form only when the answer is next recorded; anything else is kept exactly and needs the
//! user's attention.

use std::borrow::Cow;

use super::validate::{Source, validate};
use super::{NumberFormat, Value};
use crate::workbook::Question;

#[derive(Debug, Clone, PartialEq)]
pub enum Reading<'v> {
    /// Stored exactly as this program stores it.
    Canonical(Cow<'v, Value>),
    /// Stored in another form that means exactly this value.
    Normalised(Value),
    /// Not understood for this question; the stored value is kept as it is. The text says why.
    Unclear(String),
}

impl Reading<'_> {
    /// The value the answer means, if it is understood.
    pub fn value(&self) -> Option<&Value> {
        match self {
            Reading::Canonical(v) => Some(v),
            Reading::Normalised(v) => Some(v),
            Reading::Unclear(_) => None,
        }
    }

    /// Understood and saying something (an empty text or list does not count).
    pub fn is_answered(&self) -> bool {
        self.value().is_some_and(Value::is_answered)
    }

    pub fn needs_attention(&self) -> bool {
        matches!(self, Reading::Unclear(_))
    }
}

/// Reads `stored` (with its "other" text) as an answer to `question`, for a city that writes
/// numbers in `format`.
pub fn read<'v>(
    question: &Question,
    stored: &'v Value,
    other: Option<&str>,
    format: NumberFormat,
) -> Reading<'v> {
    match validate(question, stored, other, Source::Stored(format)) {
        Ok(value) if value == *stored => Reading::Canonical(Cow::Borrowed(stored)),
        Ok(value) if value.clone().stored() == *stored => Reading::Canonical(Cow::Owned(value)),
        Ok(value) => Reading::Normalised(value),
        Err(e) => Reading::Unclear(e.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Number;
    use crate::workbook::load::parse_workbook;

    const BOOK: &str = r#"
id = "t"
title = "T"
area = "mapping"
version = 1
summary = "s"

[[sections]]
id = "s"
title = "S"

[[sections.questions]]
id = "yn"
kind = "yes_no"
prompt = "?"

[[sections.questions]]
id = "scale"
kind = "scale"
prompt = "?"
min = 1
max = 5

[[sections.questions]]
id = "budget"
kind = "number"
prompt = "?"

[[sections.questions]]
id = "trend"
kind = "single_choice"
prompt = "?"
choices = [{ value = "up", label = "Going up" }, { value = "down", label = "Going down" }]
"#;

    fn q(id: &str) -> Question {
        parse_workbook("t.toml", BOOK)
            .unwrap()
            .questions()
            .find(|q| q.id() == id)
            .unwrap()
            .clone()
    }

    fn text(t: &str) -> Value {
        Value::Text(t.into())
    }

    #[test]
    fn canonical_values_read_as_themselves() {
        let four = Value::Number(Number::from_i64(4));
        assert!(matches!(
            read(&q("scale"), &four, None, NumberFormat::Point),
            Reading::Canonical(Cow::Borrowed(_))
        ));
        let big = text("123456789012345678.5");
        let reading = read(&q("budget"), &big, None, NumberFormat::Comma);
        assert!(
            matches!(reading, Reading::Canonical(Cow::Owned(Value::Number(_)))),
            "{reading:?}"
        );
    }

    #[test]
    fn other_forms_that_mean_one_thing_are_understood() {
        let read =
            |id: &str, v: Value| read(&q(id), &v, None, NumberFormat::Point).value().cloned();
        assert_eq!(read("yn", text("Yes")), Some(Value::Bool(true)));
        assert_eq!(read("yn", text("TRUE")), Some(Value::Bool(true)));
        assert_eq!(
            read("scale", text(" 4 ")),
            Some(Value::Number(Number::from_i64(4)))
        );
        assert_eq!(
            read("scale", Value::Other(toml::Value::Float(4.0))),
            Some(Value::Number(Number::from_i64(4)))
        );
        assert_eq!(read("trend", text("going UP")), Some(text("up")));
    }

    #[test]
    fn values_that_are_not_understood_need_attention() {
        let (sideways, comma_text) = (text("sideways"), text("12,5"));
        let reading = read(&q("trend"), &sideways, None, NumberFormat::Point);
        assert!(reading.needs_attention(), "{reading:?}");
        let reading = read(&q("budget"), &comma_text, None, NumberFormat::Point);
        assert!(reading.needs_attention(), "{reading:?}");
        let comma = read(&q("budget"), &comma_text, None, NumberFormat::Comma);
        assert_eq!(
            comma.value(),
            Some(&Value::Number(Number::from_canonical("12.5").unwrap()))
        );
    }
}
