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
        assert!(
            w.glossary.is_empty(),
            "{id}: terms belong in the shared glossary"
        );
        let own = w.questions().filter(|q| !q.is_reused()).count();
        assert!(own >= 30, "{id}: {own} questions of its own");
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

/// One glossary for the five workbooks, one definition per term.
#[test]
fn the_glossary_is_shared_and_rich() {
    let catalog = Catalog::builtin();
    let terms = &catalog.glossary.entries;
    assert!(terms.len() >= 60, "only {} shared terms", terms.len());
    let mut seen = HashSet::new();
    for entry in terms {
        assert!(
            seen.insert(entry.term.get_ref().to_lowercase()),
            "`{}` is defined twice",
            entry.term.get_ref()
        );
    }
}

/// Each fact is asked once: a question shown in several workbooks is shared with `uses`, not
/// copied, and no two questions of the five workbooks have the same prompt.
#[test]
fn each_question_is_asked_once() {
    let catalog = Catalog::builtin();
    let mut prompts: Vec<(String, String)> = Vec::new();
    let mut shared = 0;
    for w in catalog.iter() {
        for q in w.questions() {
            if q.is_reused() {
                shared += 1;
                continue;
            }
            let prompt = q.prompt.trim().to_lowercase();
            if let Some((other, _)) = prompts.iter().find(|(_, p)| *p == prompt) {
                panic!("{}.{} asks the same as {other}", w.id(), q.id());
            }
            prompts.push((format!("{}.{}", w.id(), q.id()), prompt));
        }
    }
    assert!(shared >= 20, "only {shared} shared questions");
}

/// The core track: about thirty questions across the five areas, some in each.
#[test]
fn the_core_track_spans_the_five_areas() {
    let catalog = Catalog::builtin();
    let mut total = 0;
    for w in catalog.iter() {
        let core = w.questions().filter(|q| q.core && !q.is_reused()).count();
        assert!(core >= 4, "{}: {core} core questions", w.id());
        total += core;
    }
    assert!((25..=40).contains(&total), "{total} core questions");
}

/// A published plan never prints a bare self-rating: every scale is kept out of the public
/// edition; personal data (contact persons, crisis phone numbers) is restricted; and no city
/// is an example more than twice in one workbook.
#[test]
fn self_ratings_stay_internal_and_examples_are_varied() {
    use workbook::workbook::Sensitivity;
    let restricted = Catalog::builtin()
        .iter()
        .flat_map(|w| w.questions().cloned().collect::<Vec<_>>())
        .filter(|q| {
            q.sensitivity() == Sensitivity::Restricted
                || q.columns()
                    .iter()
                    .any(|c| c.sensitivity(q.sensitivity()) == Sensitivity::Restricted)
        })
        .count();
    assert!(restricted >= 3, "only {restricted} restricted questions");
    for w in Catalog::builtin().iter() {
        for q in w.questions().filter(|q| q.kind() == Kind::Scale) {
            assert!(
                q.sensitivity() != Sensitivity::Public,
                "{}.{} is a public self-rating",
                w.id(),
                q.id()
            );
        }
        let mut cities: std::collections::HashMap<String, usize> = Default::default();
        let examples = w.sections.iter().flat_map(|s| s.examples.iter()).chain(
            w.questions()
                .filter(|q| !q.is_reused())
                .filter_map(|q| q.example.as_ref()),
        );
        for e in examples {
            *cities.entry(e.city.clone()).or_default() += 1;
        }
        for (city, n) in cities {
            assert!(n <= 2, "{}: {city} appears {n} times", w.id());
        }
        assert!(
            w.questions()
                .any(|q| q.sensitivity() == Sensitivity::Public),
            "{}: nothing fit for a published plan",
            w.id()
        );
    }
}

/// Every line speaks to the user about their city: never about the authors' sources or what
/// they could read, and never about how the program builds a page.
#[test]
fn user_facing_text_speaks_to_the_user() {
    const FORBIDDEN: &[&str] = &[
        "we read",
        "we could",
        "could not find",
        "the guides we",
        "the sources we",
        "this workbook's own",
        "the program",
        "this becomes",
        "feeds the plan",
        "marked sensitive",
        "the next question",
        "the question above",
    ];
    for w in Catalog::builtin().iter() {
        let mut texts: Vec<String> = vec![w.summary.clone()];
        if let Some(plan) = &w.plan {
            texts.extend(plan.intro.clone());
        }
        for s in &w.sections {
            texts.extend(s.intro.clone());
            texts.extend(s.examples.iter().map(|e| e.text.clone()));
        }
        for q in w.questions() {
            texts.push(q.prompt.clone());
            texts.extend(q.guidance.clone());
            texts.extend(q.example.iter().map(|e| e.text.clone()));
        }
        for text in texts {
            let lower = text.to_lowercase();
            for phrase in FORBIDDEN {
                // Whole words only: "the programme" is a city's programme, not this program.
                let found = lower
                    .match_indices(phrase)
                    .any(|(at, _)| !lower[at + phrase.len()..].starts_with(char::is_alphabetic));
                assert!(!found, "{}: `{phrase}` in: {text}", w.id());
            }
        }
    }
}

/// The program starts from the catalog the build embedded: it is the built-in workbooks as
/// they are now, every value and place in the file the same as parsing them.
#[test]
fn the_embedded_catalog_is_the_parsed_one() {
    let embedded = workbook::builtin::catalog();
    let parsed = Catalog::builtin();
    assert_eq!(
        format!("{:?}", embedded.workbooks),
        format!("{:?}", parsed.workbooks)
    );
    assert!(embedded.problems.is_empty());
}
