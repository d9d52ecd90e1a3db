//! Show-if conditions: which questions apply, given earlier answers.

use std::borrow::Cow;

use crate::answer::{Number, Value};

use super::model::Condition;

/// Whether `condition` holds. `answer` returns what the answer to a question id means,
/// counting only answers to questions that themselves apply (so a hidden answer never reveals
/// a follow-up) and that are understood.
pub fn holds<'a>(condition: &Condition, answer: &dyn Fn(&str) -> Option<Cow<'a, Value>>) -> bool {
    if let Some(all) = &condition.all {
        return all.iter().all(|c| holds(c.get_ref(), answer));
    }
    if let Some(any) = &condition.any {
        return any.iter().any(|c| holds(c.get_ref(), answer));
    }
    if let Some(not) = &condition.not {
        return !holds(not.get_ref(), answer);
    }
    let Some(question) = &condition.question else {
        return false;
    };
    let value = answer(question.get_ref()).filter(|v| v.is_answered());
    let value = value.as_deref();
    if let Some(answered) = condition.answered {
        return value.is_some() == answered;
    }
    let Some(value) = value else {
        return false;
    };
    if let Some(expected) = &condition.equals {
        return matches(value, expected.get_ref());
    }
    if let Some(options) = &condition.one_of {
        return options.get_ref().iter().any(|o| matches(value, o));
    }
    if let Some(needle) = &condition.contains {
        return contains(value, needle.get_ref());
    }
    false
}

fn matches(value: &Value, expected: &toml::Value) -> bool {
    match (value, expected) {
        (Value::Bool(b), toml::Value::Boolean(e)) => b == e,
        (Value::Bool(b), toml::Value::String(s)) => (s == "yes") == *b && (s == "yes" || s == "no"),
        (Value::Number(n), toml::Value::Integer(i)) => *n == Number::from_i64(*i),
        (Value::Number(n), toml::Value::Float(f)) => n.to_f64() == *f,
        (Value::Text(t), toml::Value::String(s)) => t == s,
        (Value::List(items), toml::Value::String(s)) => items.len() == 1 && items[0] == *s,
        _ => false,
    }
}

fn contains(value: &Value, needle: &str) -> bool {
    match value {
        Value::List(items) => items.iter().any(|i| i == needle),
        Value::Text(t) => t.to_lowercase().contains(&needle.to_lowercase()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
id = "has_strategy"
kind = "yes_no"
prompt = "Do you have a strategy?"

[[sections.questions]]
id = "review"
kind = "long_text"
prompt = "How will you review it?"
show_if = { question = "has_strategy", equals = true }

[[sections.questions]]
id = "review_date"
kind = "date"
prompt = "When?"
show_if = { question = "review", answered = true }

[[sections.questions]]
id = "build"
kind = "long_text"
prompt = "How will you build one?"
show_if = { not = { question = "has_strategy", equals = true } }
"#;

    #[test]
    fn follow_ups_follow_answers_and_hidden_answers_do_not_count() {
        let book = parse_workbook("t.toml", BOOK).expect("parses");
        let condition = |id: &str| {
            book.questions()
                .find(|q| q.id() == id)
                .and_then(|q| q.show_if.clone())
                .unwrap()
                .into_inner()
        };
        let with = |strategy: Option<bool>| {
            move |id: &str| match (id, strategy) {
                ("has_strategy", Some(b)) => Some(Cow::Owned(Value::Bool(b))),
                ("review", _) => Some(Cow::Owned(Value::Text("yearly".into()))),
                _ => None,
            }
        };
        assert!(holds(&condition("review"), &with(Some(true))));
        assert!(!holds(&condition("review"), &with(Some(false))));
        assert!(holds(&condition("build"), &with(None)));
        assert!(!holds(&condition("build"), &with(Some(true))));
        assert!(holds(&condition("review_date"), &with(None)));
        let four = Value::Number(Number::from_i64(4));
        assert!(matches(&four, &toml::Value::Integer(4)));
        assert!(matches(&four, &toml::Value::Float(4.0)));
    }
}
