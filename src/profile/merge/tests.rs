use super::*;
use crate::answer::Value;
use crate::profile::model::Role;

fn at(second: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(second).unwrap()
}

fn texts() -> NoteTexts {
    NoteTexts {
        other_copy: "other copy".into(),
        cleared_elsewhere: "cleared elsewhere".into(),
    }
}

fn answer(text: &str, second: i64) -> Answer {
    Answer::new(Value::Text(text.into()), None, 1, at(second), None)
}

fn profile(entries: &[(&str, Answer)]) -> Profile {
    let mut answers: Answers = BTreeMap::new();
    for (question, answer) in entries {
        answers
            .entry("w".into())
            .or_default()
            .insert(question.to_string(), answer.clone());
    }
    Profile::from_stored(City::new("Lyon", Role::Official, at(0)), answers)
}

fn value(p: &Profile, q: &str) -> Option<String> {
    match p.value("w", q)? {
        Value::Text(t) => Some(t.clone()),
        other => Some(format!("{other:?}")),
    }
}

#[test]
fn a_change_on_one_side_takes_that_side() {
    let base = profile(&[("a", answer("old", 1)), ("b", answer("old", 1))]);
    let ours = profile(&[("a", answer("mine", 5)), ("b", answer("old", 1))]);
    let theirs = profile(&[
        ("a", answer("old", 1)),
        ("b", answer("theirs", 6)),
        ("c", answer("new", 7)),
    ]);
    let (merged, summary) = merge_three(&base, &ours, &theirs, &texts());
    assert_eq!(value(&merged, "a").as_deref(), Some("mine"));
    assert_eq!(value(&merged, "b").as_deref(), Some("theirs"));
    assert_eq!(value(&merged, "c").as_deref(), Some("new"));
    assert!(summary.conflicts.is_empty());
    assert!(merged.answer("w", "a").unwrap().notes.is_empty());
}

#[test]
fn a_change_on_both_sides_keeps_the_later_and_notes_the_other() {
    let base = profile(&[("a", answer("old", 1))]);
    let ours = profile(&[("a", answer("mine", 9))]);
    let theirs = profile(&[("a", answer("theirs", 5))]);
    let (merged, summary) = merge_three(&base, &ours, &theirs, &texts());
    assert_eq!(value(&merged, "a").as_deref(), Some("mine"));
    assert_eq!(summary.conflicts, vec![("w".to_string(), "a".to_string())]);
    let notes = &merged.answer("w", "a").unwrap().notes;
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].text, "other copy");
    assert_eq!(notes[0].value, Some(Value::Text("theirs".into())));
    assert_eq!(notes[0].changed, Some(at(5)));
    // The same whichever side git calls ours.
    let (swapped, _) = merge_three(&base, &theirs, &ours, &texts());
    assert_eq!(value(&swapped, "a").as_deref(), Some("mine"));
    assert_eq!(swapped.answer("w", "a").unwrap().notes, *notes);
}

#[test]
fn the_same_answer_given_on_both_sides_is_one_answer() {
    let base = profile(&[]);
    let ours = profile(&[("a", answer("same", 3))]);
    let theirs = profile(&[("a", answer("same", 4))]);
    let (merged, summary) = merge_three(&base, &ours, &theirs, &texts());
    assert!(summary.conflicts.is_empty());
    let kept = merged.answer("w", "a").unwrap();
    assert_eq!(kept.changed, at(4));
    assert!(kept.notes.is_empty());
}

#[test]
fn a_cleared_answer_goes_unless_the_other_side_changed_it() {
    let base = profile(&[("a", answer("old", 1)), ("b", answer("old", 1))]);
    let ours = profile(&[("b", answer("old", 1))]);
    let theirs = profile(&[("a", answer("old", 1)), ("b", answer("newer", 8))]);
    let (merged, summary) = merge_three(&base, &ours, &theirs, &texts());
    assert_eq!(value(&merged, "a"), None, "cleared here, untouched there");
    let ours = profile(&[("a", answer("old", 1))]);
    let (merged, summary2) = merge_three(&base, &ours, &theirs, &texts());
    assert_eq!(value(&merged, "b").as_deref(), Some("newer"));
    assert!(summary.conflicts.is_empty());
    // Cleared on one side, changed on the other: the change is kept, with a note.
    let ours = profile(&[("a", answer("old", 1))]);
    let theirs = profile(&[("a", answer("old", 1)), ("b", answer("changed", 9))]);
    let base2 = profile(&[("a", answer("old", 1)), ("b", answer("old", 1))]);
    let cleared = profile(&[("a", answer("old", 1))]);
    let (merged, summary3) = merge_three(&base2, &cleared, &theirs, &texts());
    assert_eq!(value(&merged, "b").as_deref(), Some("changed"));
    assert_eq!(
        merged.answer("w", "b").unwrap().notes[0].text,
        "cleared elsewhere"
    );
    assert_eq!(summary3.conflicts.len(), 1);
    let _ = (ours, summary2);
}

#[test]
fn notes_merge_as_sets() {
    let note = |text: &str| Note {
        text: text.into(),
        value: None,
        other: None,
        changed: None,
    };
    let with = |notes: &[&str]| {
        let mut a = answer("x", 1);
        a.notes = notes.iter().map(|n| note(n)).collect();
        a
    };
    let base = profile(&[("a", with(&["resolved", "kept"]))]);
    let ours = profile(&[("a", with(&["kept", "mine"]))]);
    let theirs = profile(&[("a", with(&["resolved", "kept", "theirs"]))]);
    let (merged, _) = merge_three(&base, &ours, &theirs, &texts());
    let texts: Vec<&str> = merged
        .answer("w", "a")
        .unwrap()
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(texts, ["kept", "mine", "theirs"]);
}

#[test]
fn city_details_and_positions_merge_field_by_field() {
    let base = profile(&[]);
    let mut ours = base.clone();
    ours.city.currency = Some("EUR".into());
    ours.resume
        .questions
        .insert("mapping".into(), "threats".into());
    let mut theirs = base.clone();
    theirs.city.country = Some("France".into());
    theirs.city.lang = Some("fr".into());
    theirs
        .resume
        .questions
        .insert("strategy".into(), "vision".into());
    let (merged, summary) = merge_three(&base, &ours, &theirs, &texts());
    assert_eq!(merged.city.currency.as_deref(), Some("EUR"));
    assert_eq!(merged.city.country.as_deref(), Some("France"));
    assert_eq!(merged.city.lang.as_deref(), Some("fr"));
    assert_eq!(merged.format, crate::profile::model::FORMAT_VERSION);
    assert_eq!(merged.resume.questions.len(), 2);
    assert!(summary.details_kept.is_empty());
    theirs.city.currency = Some("USD".into());
    let (merged, summary) = merge_three(&base, &ours, &theirs, &texts());
    assert_eq!(merged.city.currency.as_deref(), Some("EUR"));
    assert_eq!(summary.details_kept, ["currency"]);
}
