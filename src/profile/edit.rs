//! The one way an answer enters a profile. The TUI, plain mode, `answer set`, `answer import`,
//! bundle imports and migrations all call [`record`] and store what it returns, so one set of
//! rules decides what is stored. Nothing else writes `Profile::answers`.

use jiff::Timestamp;

use super::model::{Answer, Profile};
use crate::answer::{Invalid, Reading, Response, Source, Value, read, validate};
use crate::tr;
use crate::workbook::{Catalog, Question, Workbook};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    BadKey(String),
    UnknownWorkbook {
        workbook: String,
        known: String,
    },
    UnknownQuestion {
        workbook: String,
        question: String,
        known: String,
    },
    Invalid {
        workbook: String,
        question: String,
        message: String,
    },
}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswerError::BadKey(key) => f.write_str(&tr!("profile-answer-bad-key", key = key)),
            AnswerError::UnknownWorkbook { workbook, known } => f.write_str(&tr!(
                "profile-answer-unknown-workbook",
                workbook = workbook,
                known = known
            )),
            AnswerError::UnknownQuestion {
                workbook,
                question,
                known,
            } => f.write_str(&tr!(
                "profile-answer-unknown-question",
                workbook = workbook,
                question = question,
                known = known
            )),
            // The question, as commands name it, and what is wrong with the answer.
            AnswerError::Invalid {
                workbook,
                question,
                message,
            } => write!(f, "{workbook}.{question}: {message}"),
        }
    }
}

/// How the value of a response was given, which decides what an unclear value does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given {
    /// Typed by the user now: it must be valid, in the city's number format.
    Typed,
    /// Carried from a file (a bundle, a migration): stored in canonical form when it is
    /// understood, else kept exactly as it is, to be looked at by the user.
    Stored,
}

/// What recording did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recorded {
    Set,
    /// The same value was already stored; its change time is kept.
    Unchanged,
    /// The user gave again the answer carried over from the last round: it now counts as this
    /// round's answer (the mark is dropped and the change time is now).
    Confirmed,
    /// The value was empty, so the answer was cleared.
    Cleared,
    /// A stored value that is not understood was kept as it is; the text says why.
    KeptUnclear(String),
}

/// Records `response` as the answer to `question` of `workbook`, stamped `at`. An empty value
/// (no value, blank text, no items, no rows) clears the answer, so that "answered" always
/// means something was said. Any draft of the question is dropped.
pub fn record(
    profile: &mut Profile,
    workbook: &Workbook,
    question: &Question,
    response: &Response,
    given: Given,
    at: Timestamp,
) -> Result<Recorded, Invalid> {
    let (wb, qid) = (workbook.id(), question.id());
    let other = response.other.clone().filter(|o| !o.trim().is_empty());
    let format = profile.city.number_format;
    let value = match &response.value {
        None => None,
        Some(value) => match given {
            Given::Typed => Some(validate(
                question,
                value,
                other.as_deref(),
                Source::Typed(format),
            )?),
            Given::Stored => match read(question, value, other.as_deref(), format) {
                Reading::Canonical(v) => Some(v.into_owned()),
                Reading::Normalised(v) => Some(v),
                Reading::Unclear(why) => {
                    profile.clear_draft(wb, qid);
                    let mark = carried_mark(profile, wb, qid, given);
                    let answer = Answer::new(value.clone(), other, workbook.version, at, mark);
                    profile.put(wb, qid, answer);
                    return Ok(Recorded::KeptUnclear(why));
                }
            },
        },
    };
    let had_draft = profile.clear_draft(wb, qid);
    let Some(value) = value.filter(Value::is_answered) else {
        return Ok(match profile.remove(wb, qid) {
            Some(_) => Recorded::Cleared,
            None if had_draft => Recorded::Cleared,
            None => Recorded::Unchanged,
        });
    };
    let value = value.stored();
    if let Some(existing) = profile.answer(wb, qid)
        && existing.value == value
        && existing.other == other
    {
        if given == Given::Typed && existing.from_round.is_some() {
            confirm_stored(profile, wb, qid, at);
            return Ok(Recorded::Confirmed);
        }
        return Ok(Recorded::Unchanged);
    }
    let mark = carried_mark(profile, wb, qid, given);
    profile.put(
        wb,
        qid,
        Answer::new(value, other, workbook.version, at, mark),
    );
    Ok(Recorded::Set)
}

/// The "from round" mark a recorded answer keeps: an answer the user gives is this round's;
/// a value carried from a file (a migration, a bundle) stays as unconfirmed as it was.
fn carried_mark(profile: &Profile, workbook: &str, question: &str, given: Given) -> Option<String> {
    match given {
        Given::Typed => None,
        Given::Stored => profile.answer(workbook, question)?.from_round.clone(),
    }
}

/// Keeps the answer carried over from the last round as this round's answer, unchanged: the
/// user's "keep" (a key in the TUI, `:keep` in plain mode, `answer confirm`). Returns whether
/// there was a carried answer to confirm.
pub fn confirm(profile: &mut Profile, workbook: &str, question: &str, at: Timestamp) -> bool {
    match profile.answer(workbook, question) {
        Some(answer) if answer.from_round.is_some() => {
            confirm_stored(profile, workbook, question, at);
            true
        }
        _ => false,
    }
}

fn confirm_stored(profile: &mut Profile, workbook: &str, question: &str, at: Timestamp) {
    if let Some(answer) = profile
        .answers
        .get_mut(workbook)
        .and_then(|answers| answers.get_mut(question))
    {
        answer.from_round = None;
        answer.changed = at;
    }
}

/// How the user resolves the notes on an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// The answer stays as it is; the notes (and any answers they keep) are dropped.
    KeepCurrent,
    /// The answer kept by note `n` (from 0) becomes the answer; the notes are dropped.
    UseKept(usize),
}

/// Resolves the notes on the answer to `question` of `workbook` (its home workbook). A kept
/// answer that is chosen enters the profile through [`record`], stamped `at`.
pub fn resolve(
    profile: &mut Profile,
    workbook: &Workbook,
    question: &Question,
    resolution: Resolution,
    at: Timestamp,
) -> Result<(), Invalid> {
    let (wb, qid) = (workbook.id(), question.id());
    let Some(answer) = profile.answer(wb, qid) else {
        return Err(Invalid(tr!(
            "profile-resolve-no-answer",
            question = format!("{wb}.{qid}")
        )));
    };
    if answer.notes.is_empty() {
        return Err(Invalid(tr!(
            "profile-resolve-no-note",
            question = format!("{wb}.{qid}")
        )));
    }
    if let Resolution::UseKept(n) = resolution {
        let note = answer.notes.get(n).ok_or_else(|| {
            Invalid(tr!(
                "profile-resolve-no-kept",
                kept = n + 1,
                count = answer.notes.len()
            ))
        })?;
        let Some(value) = note.value.clone() else {
            return Err(Invalid(tr!("profile-resolve-nothing-kept", note = n + 1)));
        };
        let response = Response::new(value, note.other.clone());
        record(profile, workbook, question, &response, Given::Stored, at)?;
    }
    if let Some(answer) = profile
        .answers
        .get_mut(wb)
        .and_then(|answers| answers.get_mut(qid))
    {
        answer.notes.clear();
    }
    Ok(())
}

/// Keeps text that is not yet a valid answer (a half-typed date) beside the stored answer, so
/// that nothing typed is lost. Returns whether the profile changed.
pub fn keep_draft(profile: &mut Profile, workbook: &str, question: &str, text: String) -> bool {
    if profile.draft(workbook, question) == Some(text.as_str()) {
        return false;
    }
    profile
        .drafts
        .entry(workbook.to_string())
        .or_default()
        .insert(question.to_string(), text);
    true
}

/// Splits `mapping.threats` into its workbook and question ids.
pub fn split_key(key: &str) -> Result<(&str, &str), AnswerError> {
    match key.split_once('.') {
        Some((w, q)) if !w.is_empty() && !q.is_empty() && !q.contains('.') => Ok((w, q)),
        _ => Err(AnswerError::BadKey(key.to_string())),
    }
}

/// The workbook and question a key names, or an error listing what exists. A question shown
/// from another workbook comes back with its home workbook, where its answer lives.
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
    Ok((catalog.home_of(book, q), q))
}

/// Checks a typed value for a question of this city without recording it.
pub fn check(
    profile: &Profile,
    catalog: &Catalog,
    key: (&str, &str),
    response: &Response,
) -> Result<(), AnswerError> {
    let (workbook, question) = key;
    let (_, q) = find(catalog, workbook, question)?;
    let Some(value) = &response.value else {
        return Ok(());
    };
    let source = Source::Typed(profile.city.number_format);
    validate(q, value, response.other.as_deref(), source)
        .map(|_| ())
        .map_err(|e| invalid(key, e))
}

fn invalid((workbook, question): (&str, &str), e: Invalid) -> AnswerError {
    AnswerError::Invalid {
        workbook: workbook.to_string(),
        question: question.to_string(),
        message: e.0,
    }
}

/// Records a typed answer to the question a key names (`answer set`, `answer import`).
pub fn set_answer(
    profile: &mut Profile,
    catalog: &Catalog,
    key: (&str, &str),
    response: &Response,
    now: Timestamp,
) -> Result<Recorded, AnswerError> {
    let (book, q) = find(catalog, key.0, key.1)?;
    record(profile, book, q, response, Given::Typed, now).map_err(|e| invalid(key, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::{Number, NumberFormat};
    use crate::profile::model::{City, Role};
    use crate::workbook::load::parse_workbook;

    const BOOK: &str = r#"
id = "t"
title = "T"
area = "mapping"
version = 2
summary = "s"

[[sections]]
id = "s"
title = "S"

[[sections.questions]]
id = "budget"
kind = "number"
prompt = "?"

[[sections.questions]]
id = "yn"
kind = "yes_no"
prompt = "?"

[[sections.questions]]
id = "trend"
kind = "single_choice"
prompt = "?"
choices = [{ value = "up", label = "Going up" }]
"#;

    fn setup(format: NumberFormat) -> (Profile, Workbook) {
        let mut city = City::new("X", Role::Mayor, Timestamp::UNIX_EPOCH);
        city.number_format = format;
        (Profile::new(city), parse_workbook("t.toml", BOOK).unwrap())
    }

    fn question<'w>(w: &'w Workbook, id: &str) -> &'w Question {
        w.questions().find(|q| q.id() == id).unwrap()
    }

    fn typed(text: &str) -> Response {
        Response::new(Value::Text(text.into()), None)
    }

    #[test]
    fn keys_must_have_two_parts() {
        assert_eq!(split_key("a.b"), Ok(("a", "b")));
        for bad in ["a", "a.", ".b", "a.b.c", ""] {
            assert!(split_key(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_decimal_comma_is_read_in_a_comma_city_and_refused_in_a_point_city() {
        let (mut p, w) = setup(NumberFormat::Comma);
        let now = Timestamp::UNIX_EPOCH;
        let q = question(&w, "budget");
        record(&mut p, &w, q, &typed("12,5"), Given::Typed, now).unwrap();
        assert_eq!(
            p.value("t", "budget"),
            Some(&Value::Number(Number::from_canonical("12.5").unwrap()))
        );
        let (mut p, w) = setup(NumberFormat::Point);
        let err = record(
            &mut p,
            &w,
            question(&w, "budget"),
            &typed("12,5"),
            Given::Typed,
            now,
        )
        .unwrap_err();
        assert!(err.0.contains("12.5"), "{err}");
        assert!(p.value("t", "budget").is_none(), "never read as 125");
    }

    #[test]
    fn the_same_value_keeps_its_change_time_and_an_empty_one_clears() {
        let (mut p, w) = setup(NumberFormat::Point);
        let q = question(&w, "yn");
        let t1 = Timestamp::from_second(10).unwrap();
        let t2 = Timestamp::from_second(20).unwrap();
        assert_eq!(
            record(&mut p, &w, q, &typed("yes"), Given::Typed, t1),
            Ok(Recorded::Set)
        );
        assert_eq!(
            record(&mut p, &w, q, &typed("Y"), Given::Typed, t2),
            Ok(Recorded::Unchanged)
        );
        assert_eq!(p.answer("t", "yn").unwrap().changed, t1);
        assert_eq!(p.answer("t", "yn").unwrap().workbook_version, 2);
        assert_eq!(
            record(&mut p, &w, q, &Response::clear(), Given::Typed, t2),
            Ok(Recorded::Cleared)
        );
        assert!(p.answers.is_empty());
    }

    #[test]
    fn stored_values_are_normalised_or_kept_exactly() {
        let (mut p, w) = setup(NumberFormat::Point);
        let now = Timestamp::UNIX_EPOCH;
        let q = question(&w, "trend");
        assert_eq!(
            record(&mut p, &w, q, &typed("Going Up"), Given::Stored, now),
            Ok(Recorded::Set)
        );
        assert_eq!(p.value("t", "trend"), Some(&Value::Text("up".into())));
        let kept = record(&mut p, &w, q, &typed("sideways"), Given::Stored, now).unwrap();
        assert!(matches!(kept, Recorded::KeptUnclear(_)), "{kept:?}");
        assert_eq!(p.value("t", "trend"), Some(&Value::Text("sideways".into())));
    }

    #[test]
    fn unknown_names_and_invalid_values_are_named() {
        let catalog = Catalog::builtin();
        let (mut p, _) = setup(NumberFormat::Point);
        let now = Timestamp::UNIX_EPOCH;
        let err = set_answer(&mut p, &catalog, ("nope", "q"), &typed("x"), now).unwrap_err();
        assert!(err.to_string().contains("no workbook `nope`"), "{err}");
        let id = catalog.iter().next().unwrap().id().to_string();
        let err = set_answer(&mut p, &catalog, (&id, "nope"), &typed("x"), now).unwrap_err();
        assert!(err.to_string().contains("no question `nope`"), "{err}");
        assert!(p.answers.is_empty());
    }
}
