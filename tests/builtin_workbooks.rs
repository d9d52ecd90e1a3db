//! The five built-in workbooks meet the depth the guides call for: enough sections and
//! questions, several kinds including a table, follow-ups, guidance everywhere, a real city
//! example per section, both audiences served, and a place in the plan for every answer.

use std::collections::HashSet;

use workbook::workbook::{Audience, Catalog, Feed, Kind, Workbook};

const AREAS: [&str; 5] = [
    "mapping",
    "strategy",
    "prevention",
    "response",
    "coordination",
];

fn builtin(id: &str) -> Workbook {
    Catalog::builtin()
        .get(id)
        .cloned()
        .unwrap_or_else(|| panic!("built-in workbook `{id}` is missing"))
}

#[test]
fn the_five_areas_are_built_in_in_the_guides_order() {
    let catalog = Catalog::builtin();
    assert!(catalog.problems.is_empty(), "{:?}", catalog.problems);
    assert_eq!(catalog.ids(), AREAS);
}

#[test]
fn each_workbook_has_depth() {
    for id in AREAS {
        let w = builtin(id);
        assert!(w.sections.len() >= 4, "{id}: {} sections", w.sections.len());
        assert!(
            w.question_count() >= 30,
            "{id}: {} questions",
            w.question_count()
        );
        let kinds: HashSet<Kind> = w.questions().map(|q| q.kind()).collect();
        assert!(kinds.len() >= 4, "{id}: only {} kinds", kinds.len());
        assert!(kinds.contains(&Kind::Table), "{id}: no table");
        let follow_ups = w.questions().filter(|q| q.show_if.is_some()).count();
        assert!(
            follow_ups >= 3,
            "{id}: only {follow_ups} follow-up questions"
        );
        assert!(!w.glossary.is_empty(), "{id}: no glossary");
        assert!(
            w.questions().any(
                |q| q.sensitivity() == workbook::workbook::Sensitivity::Restricted
                    || q.columns().iter().any(|c| c.sensitivity(q.sensitivity())
                        == workbook::workbook::Sensitivity::Restricted)
            ),
            "{id}: nothing restricted"
        );
        assert!(w.questions().any(|q| q.required), "{id}: nothing required");
    }
}

#[test]
fn every_question_has_guidance_and_every_section_a_sourced_example() {
    for id in AREAS {
        let w = builtin(id);
        for q in w.questions() {
            let guidance = q.guidance.as_deref().unwrap_or("");
            assert!(
                guidance.trim().len() >= 40,
                "{id}.{}: guidance too thin",
                q.id()
            );
        }
        for s in &w.sections {
            assert!(
                !s.examples.is_empty(),
                "{id}: section `{}` has no example",
                s.id.get_ref()
            );
            for e in &s.examples {
                assert!(
                    e.source.starts_with("https://"),
                    "{id}: example from {} lacks a URL",
                    e.city
                );
            }
        }
    }
}

#[test]
fn each_section_reads_as_a_whole_for_mayors_and_for_officials() {
    for id in AREAS {
        let w = builtin(id);
        for s in &w.sections {
            for role in [Audience::Mayor, Audience::Official] {
                assert!(
                    s.questions.iter().any(|q| q.audience().includes(role)),
                    "{id}: section `{}` has nothing for {}",
                    s.id.get_ref(),
                    role.name()
                );
            }
        }
        let for_mayor = w
            .questions()
            .filter(|q| q.audience() == Audience::Mayor)
            .count();
        let for_officials = w
            .questions()
            .filter(|q| q.audience() == Audience::Official)
            .count();
        assert!(
            for_mayor >= 3 && for_officials >= 3,
            "{id}: audiences not differentiated"
        );
    }
}

#[test]
fn the_plan_tables_are_fed() {
    let feeds = |id: &str| -> HashSet<Feed> { builtin(id).questions().map(|q| q.feeds).collect() };
    assert!(feeds("mapping").contains(&Feed::Stakeholders));
    assert!(feeds("mapping").contains(&Feed::Risks));
    assert!(feeds("strategy").contains(&Feed::Actions));
    assert!(feeds("prevention").contains(&Feed::Indicators));
    for id in AREAS {
        let w = builtin(id);
        assert!(w.plan.is_some(), "{id}: no [plan] chapter intro");
        for q in w.questions() {
            assert!(q.plan_label.is_some(), "{id}.{}: no plan_label", q.id());
        }
    }
}
