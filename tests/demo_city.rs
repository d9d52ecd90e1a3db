//! The demo city used by trainers: a valid profile whose every answer passes the same
//! validation as a typed one, spread over all five built-in workbooks and partly complete.

use std::collections::BTreeSet;

use workbook::answer::{Source, validate};
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
    for (workbook_id, answers) in profile.answers() {
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
