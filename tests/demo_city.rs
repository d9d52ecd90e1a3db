//! The demo city used by trainers: a valid profile whose every answer passes the same
//! validation as a typed one, spread over all five built-in workbooks and partly complete.

use std::collections::BTreeSet;

use workbook::answer::Value;
use workbook::answer::{Source, validate};
use workbook::profile::round::{self, Standing};
use workbook::profile::{Profile, WorkbookStatus};
use workbook::workbook::Catalog;

const DEMO: &str = include_str!("../demo/demo-city.toml");

fn demo() -> Profile {
    toml::from_str(DEMO).unwrap_or_else(|e| panic!("demo/demo-city.toml does not parse: {e}"))
}

#[test]
fn every_demo_answer_is_valid_for_its_question() {
    let catalog = Catalog::builtin();
    let profile = demo();
    // This round's answers and those of the closed rounds alike.
    let rounds = round::rounds(&profile);
    let all = std::iter::once(profile.answers()).chain(rounds.iter().map(|(_, r)| &r.answers));
    for (workbook_id, answers) in all.flat_map(|answers| answers.iter()) {
        let workbook = catalog
            .get(workbook_id)
            .unwrap_or_else(|| panic!("unknown workbook {workbook_id}"));
        for (question_id, answer) in answers {
            let question = workbook
                .questions()
                .find(|q| q.id() == question_id)
                .unwrap_or_else(|| panic!("unknown question {workbook_id}.{question_id}"));
            let source = Source::Typed(profile.city.number_format);
            let checked = validate(question, &answer.value, answer.other.as_deref(), source)
                .unwrap_or_else(|e| panic!("{workbook_id}.{question_id}: {e}"));
            assert_eq!(
                checked.stored(),
                answer.value,
                "{workbook_id}.{question_id} is not in normal form"
            );
            assert_eq!(answer.workbook_version, workbook.version);
        }
    }
}

#[test]
fn the_demo_covers_every_area_partly() {
    let catalog = Catalog::builtin();
    let profile = demo();
    let areas: BTreeSet<&str> = profile.answers().keys().map(String::as_str).collect();
    assert_eq!(areas.len(), 5, "the demo answers all five workbooks");
    let mut complete = 0;
    for workbook in catalog.iter() {
        let relevance = WorkbookStatus::new(workbook, &profile).relevant;
        let relevant: Vec<_> = workbook
            .questions()
            .zip(&relevance)
            .filter(|(_, r)| **r)
            .collect();
        let answered = relevant
            .iter()
            .filter(|(q, _)| {
                profile
                    .value(workbook.id(), q.id())
                    .is_some_and(|v| v.is_answered())
            })
            .count();
        assert!(answered >= 8, "{}: only {answered} answers", workbook.id());
        if answered == relevant.len() {
            complete += 1;
        }
    }
    assert!(
        complete < 5,
        "the demo is meant to be partly complete, to show gaps"
    );
}

#[test]
fn the_demo_uses_every_kind_of_answer_including_tables_with_rows() {
    let profile = demo();
    let tables = profile
        .answers()
        .values()
        .flat_map(|a| a.values())
        .filter(|a| matches!(&a.value, workbook::answer::Value::Table(rows) if rows.len() >= 3))
        .count();
    assert!(
        tables >= 4,
        "the demo needs filled tables to show the plan's tables"
    );
}

/// The demo shows the yearly cycle: a round closed in 2025, and this year's answers partly
/// still carried over from it, partly confirmed, updated or new; action statuses with progress
/// notes, and indicators with their latest values.
#[test]
fn the_demo_has_a_closed_round_and_this_year_s_answers_stand_against_it() {
    let profile = demo();
    assert_eq!(profile.format, workbook::profile::model::FORMAT_WITH_ROUNDS);
    let (label, closed) = round::last(&profile).expect("a closed round");
    assert_eq!(label, "2025");
    assert_eq!(closed.opened, profile.city.created);
    let mut seen = BTreeSet::new();
    for (workbook, answers) in profile.answers() {
        for (question, answer) in answers {
            let standing = round::standing(&profile, workbook, question).unwrap();
            match &standing {
                Standing::Carried(from) => {
                    assert_eq!(from, "2025");
                    let then = closed
                        .answer(workbook, question)
                        .expect("carried from 2025");
                    assert_eq!(
                        (&then.value, &then.other, then.changed),
                        (&answer.value, &answer.other, answer.changed),
                        "{workbook}.{question} is carried over unchanged"
                    );
                }
                _ => assert!(
                    answer.changed > closed.closed,
                    "{workbook}.{question} was given after the round closed"
                ),
            }
            seen.insert(match standing {
                Standing::Carried(_) => "carried",
                Standing::Confirmed => "confirmed",
                Standing::Updated => "updated",
                Standing::New => "new",
            });
        }
    }
    assert_eq!(seen.len(), 4, "carried, confirmed, updated and new answers");

    let cells = |column: &str| -> Vec<String> {
        profile
            .answers()
            .values()
            .flat_map(|a| a.values())
            .filter_map(|a| match &a.value {
                Value::Table(rows) => Some(rows.clone()),
                _ => None,
            })
            .flatten()
            .filter_map(|row| row.get(column).cloned())
            .collect()
    };
    let statuses = cells("status");
    for status in [
        "done",
        "in_progress",
        "late",
        "dropped",
        "carried_over",
        "planned",
    ] {
        assert!(
            statuses.iter().any(|s| s == status),
            "no action is {status}"
        );
    }
    assert_eq!(statuses.iter().filter(|s| *s == "dropped").count(), 1);
    assert!(cells("progress_note").len() >= 8, "progress notes");
    assert!(cells("actual").len() >= 4, "indicators with a latest value");
}
