//! Show-if conditions: which questions apply, given earlier answers.

use std::collections::HashMap;

use crate::answer::Value;

use super::model::{Condition, Workbook};

/// Whether `condition` holds. `answer` returns the answer to a question id, counting only
/// answers to questions that themselves apply (so a hidden answer never reveals a follow-up).
pub fn holds<'a>(condition: &Condition, answer: &impl Fn(&str) -> Option<&'a Value>) -> bool {
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
        (Value::Number(n), toml::Value::Integer(i)) => *n == *i as f64,
        (Value::Number(n), toml::Value::Float(f)) => n == f,
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

/// Which questions of `workbook` apply, in workbook order (one flag per question), given the
/// answers `answer` returns. Conditions only look back, so one pass in order suffices.
pub fn relevance<'a>(workbook: &Workbook, answer: impl Fn(&str) -> Option<&'a Value>) -> Vec<bool> {
    let mut applies: HashMap<&str, bool> = HashMap::new();
    let mut flags = Vec::with_capacity(workbook.question_count());
    for question in workbook.questions() {
        let visible_answer = |id: &str| {
            if applies.get(id).copied().unwrap_or(false) {
                answer(id)
            } else {
                None
            }
        };
        let shown = match &question.show_if {
            Some(condition) => holds(condition.get_ref(), &visible_answer),
            None => true,
        };
        applies.insert(question.id(), shown);
        flags.push(shown);
    }
    flags
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
        let yes = Value::Bool(true);
        let no = Value::Bool(false);
        let review = Value::Text("yearly".into());

        let with = |strategy: &'static Value| {
            let review = &review;
            move |id: &str| match id {
                "has_strategy" => Some(strategy),
                "review" => Some(review),
                _ => None,
            }
        };
        // `yes` and `no` must outlive the closures.
        let (yes, no): (&'static Value, &'static Value) =
            (Box::leak(Box::new(yes)), Box::leak(Box::new(no)));
        assert_eq!(relevance(&book, with(yes)), vec![true, true, true, false]);
        assert_eq!(relevance(&book, with(no)), vec![true, false, false, true]);
        assert_eq!(relevance(&book, |_| None), vec![true, false, false, true]);
    }
}
