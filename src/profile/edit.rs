//! Setting answers from scripts and imports: find the question, validate exactly as the TUI
//! does (`answer::validate`), then record. Unknown workbooks and questions are named.

use jiff::Timestamp;

use super::model::Profile;
use crate::answer::{Value, validate};
use crate::workbook::{Catalog, Question, Workbook};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("`{0}` does not name a question; write WORKBOOK.QUESTION, for example mapping.threats")]
    BadKey(String),
    #[error("no workbook `{workbook}`; the loaded workbooks are: {known}")]
    UnknownWorkbook { workbook: String, known: String },
    #[error("workbook `{workbook}` has no question `{question}`; its questions are: {known}")]
    UnknownQuestion {
        workbook: String,
        question: String,
        known: String,
    },
    #[error("{workbook}.{question}: {message}")]
    Invalid {
        workbook: String,
        question: String,
        message: String,
    },
}

/// Splits `mapping.threats` into its workbook and question ids.
pub fn split_key(key: &str) -> Result<(&str, &str), AnswerError> {
    match key.split_once('.') {
        Some((w, q)) if !w.is_empty() && !q.is_empty() && !q.contains('.') => Ok((w, q)),
        _ => Err(AnswerError::BadKey(key.to_string())),
    }
}

/// The workbook and question a key names, or an error listing what exists.
pub fn find<'c>(
    catalog: &'c Catalog,
    workbook: &str,
    question: &str,
) -> Result<(&'c Workbook, &'c Question), AnswerError> {
    let Some(book) = catalog.get(workbook) else {
        return Err(AnswerError::UnknownWorkbook {
            workbook: workbook.to_string(),
            known: catalog.ids().join(", "),
        });
    };
    let Some(q) = book.questions().find(|q| q.id() == question) else {
        let known: Vec<&str> = book.questions().map(Question::id).collect();
        return Err(AnswerError::UnknownQuestion {
            workbook: workbook.to_string(),
            question: question.to_string(),
            known: known.join(", "),
        });
    };
    Ok((book, q))
}

/// Validates a value for a question without recording it.
pub fn check(
    catalog: &Catalog,
    workbook: &str,
    question: &str,
    value: &Value,
    other: Option<&str>,
) -> Result<Value, AnswerError> {
    let (_, q) = find(catalog, workbook, question)?;
    validate(q, value, other).map_err(|e| AnswerError::Invalid {
        workbook: workbook.to_string(),
        question: question.to_string(),
        message: e.0,
    })
}

/// What setting an answer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Set,
    /// The same value was already stored; its change time is kept.
    Unchanged,
    /// The value was empty, so the answer was cleared.
    Cleared,
}

/// Validates and records an answer. An empty value (blank text, no items, no rows) clears the
/// answer instead, so that "answered" always means something was said.
pub fn set_answer(
    profile: &mut Profile,
    catalog: &Catalog,
    key: (&str, &str),
    value: &Value,
    other: Option<&str>,
    now: Timestamp,
) -> Result<Outcome, AnswerError> {
    let (workbook, question) = key;
    let value = check(catalog, workbook, question, value, other)?;
    let (book, q) = find(catalog, workbook, question)?;
    let other = other.map(str::to_string).filter(|o| !o.trim().is_empty());
    if !value.is_answered() {
        profile.clear_draft(workbook, question);
        return Ok(match profile.clear(workbook, question) {
            Some(_) => Outcome::Cleared,
            None => Outcome::Unchanged,
        });
    }
    if let Some(existing) = profile.answer(workbook, question)
        && existing.value == value
        && existing.other == other
    {
        return Ok(Outcome::Unchanged);
    }
    profile.set(book, q, value, other, now);
    Ok(Outcome::Set)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::model::{City, Role};

    #[test]
    fn keys_must_have_two_parts() {
        assert_eq!(split_key("a.b"), Ok(("a", "b")));
        for bad in ["a", "a.", ".b", "a.b.c", ""] {
            assert!(split_key(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn unknown_names_and_invalid_values_are_named() {
        let catalog = Catalog::builtin();
        let mut p = Profile::new(City {
            name: "X".into(),
            country: None,
            role: Role::Mayor,
            created: Timestamp::UNIX_EPOCH,
        });
        let now = Timestamp::UNIX_EPOCH;
        let text = Value::Text("x".into());
        let err = set_answer(&mut p, &catalog, ("nope", "q"), &text, None, now).unwrap_err();
        assert!(err.to_string().contains("no workbook `nope`"), "{err}");
        let book = catalog.iter().next().unwrap();
        let id = book.id().to_string();
        let err = set_answer(&mut p, &catalog, (&id, "nope"), &text, None, now).unwrap_err();
        assert!(err.to_string().contains("no question `nope`"), "{err}");
        assert!(p.answers.is_empty());
    }
}
