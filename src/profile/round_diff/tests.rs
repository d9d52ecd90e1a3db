use jiff::Timestamp;

use super::*;
use crate::answer::{Number, Row};
use crate::profile::model::{City, Role};

fn catalog() -> Catalog {
    crate::builtin::catalog()
}

fn at(second: i64) -> Timestamp {
    Timestamp::from_second(second).unwrap()
}

fn answer(value: Value) -> Answer {
    Answer::new(value, None, 2, at(10), None)
}

fn text(t: &str) -> Value {
    Value::Text(t.into())
}

fn list(items: &[&str]) -> Value {
    Value::List(items.iter().map(|i| i.to_string()).collect())
}

/// Table rows from `column=value` pairs.
fn table(rows: &[&[(&str, &str)]]) -> Value {
    Value::Table(
        rows.iter()
            .map(|cells| {
                cells
                    .iter()
                    .map(|(c, v)| (c.to_string(), v.to_string()))
                    .collect::<Row>()
            })
            .collect(),
    )
}

fn set(answers: &[(&str, Value)]) -> AnswerSet {
    let mut set = AnswerSet::new();
    for (key, value) in answers {
        let (w, q) = key.split_once('.').unwrap();
        set.entry(w.to_string())
            .or_default()
            .insert(q.to_string(), answer(value.clone()));
    }
    set
}

fn run(before: &[(&str, Value)], after: &[(&str, Value)]) -> RoundDiff {
    diff(&catalog(), &set(before), &set(after), NumberFormat::Point)
}

#[test]
fn answers_equal_in_meaning_are_not_changes() {
    let d = run(
        &[
            ("mapping.has_mapped", text("Yes")),
            ("mapping.threats", list(&["Hate incidents and hate crime"])),
            ("mapping.last_mapping_findings", text("")),
        ],
        &[
            ("mapping.has_mapped", Value::Bool(true)),
            ("mapping.threats", list(&["hate_incidents"])),
        ],
    );
    assert!(d.is_empty(), "{d:#?}");
}

#[test]
fn added_changed_and_removed_answers_in_words() {
    let d = run(
        &[
            ("mapping.has_mapped", Value::Bool(false)),
            ("mapping.threats", list(&["hate_incidents", "extremism"])),
            ("mapping.review_owner", text("Mapping team")),
        ],
        &[
            ("mapping.has_mapped", Value::Bool(true)),
            ("mapping.threats", list(&["hate_incidents", "polarisation"])),
            ("strategy.purpose", text("Keep the city calm")),
        ],
    );
    let kinds: Vec<(&str, ChangeKind)> = d
        .answers
        .iter()
        .map(|a| (a.question.as_str(), a.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("has_mapped", ChangeKind::Changed),
            ("threats", ChangeKind::Changed),
            ("review_owner", ChangeKind::Removed),
            ("purpose", ChangeKind::Added),
        ]
    );
    let has_mapped = &d.answers[0];
    assert_eq!(has_mapped.label, "Earlier mapping");
    assert_eq!(has_mapped.before.as_ref().unwrap().text, "no");
    assert_eq!(has_mapped.after.as_ref().unwrap().text, "yes");
    let threats = &d.answers[1].items;
    assert_eq!(threats.added, ["Political or social polarisation"]);
    assert_eq!(threats.removed, ["Violent extremism (any ideology)"]);
    assert!(!threats.reordered);
    assert_eq!(d.answers[2].after, None);
    assert_eq!(d.answers[3].workbook_title, "Developing a strategy");
}

#[test]
fn actions_match_across_tables_by_their_text() {
    let d = run(
        &[(
            "strategy.actions",
            table(&[
                &[("action", "Train youth workers"), ("status", "planned")],
                &[("action", "Open a desk"), ("status", "planned")],
                &[("action", "Print leaflets"), ("status", "in_progress")],
            ]),
        )],
        &[
            (
                "strategy.actions",
                table(&[
                    &[("action", "Open a desk"), ("status", "Planned")],
                    &[("action", "Hold a forum")],
                ]),
            ),
            (
                "prevention.actions",
                table(&[&[
                    ("action", "train  youth workers."),
                    ("status", "done"),
                    ("progress_note", "40 trained"),
                ]]),
            ),
        ],
    );
    let actions: Vec<(&str, ChangeKind)> = d
        .actions
        .iter()
        .map(|a| (a.action.as_str(), a.kind))
        .collect();
    assert_eq!(
        actions,
        [
            ("Hold a forum", ChangeKind::Added),
            ("train  youth workers.", ChangeKind::Changed),
            ("Print leaflets", ChangeKind::Removed),
        ],
        "the desk's status is the same in other words"
    );
    let trained = &d.actions[1];
    let (before, after) = (
        trained.before.as_ref().unwrap(),
        trained.after.as_ref().unwrap(),
    );
    assert_eq!(before.status.as_deref(), Some("planned"));
    assert_eq!(
        (after.workbook.as_str(), after.status_label.as_deref()),
        ("prevention", Some("Done"))
    );
    assert_eq!(after.progress_note.as_deref(), Some("40 trained"));
    assert_eq!(d.actions[0].after.as_ref().unwrap().status, None);

    let tally = action_tally(
        &catalog(),
        &set(&[(
            "strategy.actions",
            table(&[
                &[("action", "a"), ("status", "done")],
                &[("action", "b"), ("status", "late")],
                &[("action", "c"), ("status", "dropped")],
                &[("action", "d")],
                &[("action", "A.")],
            ]),
        )]),
        NumberFormat::Point,
    );
    assert_eq!(
        (
            tally.total,
            tally.done,
            tally.late,
            tally.dropped,
            tally.no_status
        ),
        (4, 1, 1, 1, 1),
        "an action entered twice counts once"
    );
}

fn indicator(cells: &[(&str, &str)]) -> IndicatorValues {
    let d = run(&[], &[("strategy.objective_indicators", table(&[cells]))]);
    d.indicators[0].after.clone().unwrap()
}

#[test]
fn indicators_reach_their_target_by_number_and_direction() {
    let reached = |cells: &[(&str, &str)]| indicator(cells).reached;
    let base = [("indicator", "Residents reached")];
    let with = |extra: &[(&'static str, &'static str)]| {
        base.iter().chain(extra).copied().collect::<Vec<_>>()
    };
    assert_eq!(
        reached(&with(&[("target", "500"), ("actual", "520")])),
        Some(true)
    );
    assert_eq!(
        reached(&with(&[("target", "500"), ("actual", "499.5")])),
        Some(false)
    );
    assert_eq!(
        reached(&with(&[
            ("baseline", "40"),
            ("target", "20"),
            ("actual", "25")
        ])),
        Some(false),
        "a target below the baseline is a reduction"
    );
    assert_eq!(
        reached(&with(&[
            ("baseline", "40"),
            ("target", "20"),
            ("actual", "18")
        ])),
        Some(true)
    );
    assert_eq!(
        reached(&with(&[("target", "60 %"), ("actual", "61%")])),
        Some(true)
    );
    assert_eq!(
        reached(&with(&[("target", "more trust"), ("actual", "some")])),
        None
    );
    assert_eq!(reached(&with(&[("target", "500")])), None);
    // The city's number format decides what is a number.
    let comma = diff(
        &catalog(),
        &AnswerSet::new(),
        &set(&[(
            "strategy.objective_indicators",
            table(&[&[("indicator", "x"), ("target", "2,5"), ("actual", "2,75")]]),
        )]),
        NumberFormat::Comma,
    );
    assert_eq!(
        comma.indicators[0].after.as_ref().unwrap().reached,
        Some(true)
    );
    assert_eq!(
        reached(&with(&[("target", "2,5"), ("actual", "2,75")])),
        None
    );
}

#[test]
fn indicators_show_both_sides_and_whether_they_changed() {
    let row = |actual: &'static str| {
        table(&[
            &[
                ("indicator", "Trainings held"),
                ("target", "10"),
                ("actual", actual),
            ],
            &[("indicator", "Trust survey"), ("target", "60%")],
        ])
    };
    let d = run(
        &[("prevention.indicators", row("4"))],
        &[("prevention.indicators", row("12"))],
    );
    assert_eq!(d.indicators.len(), 2);
    let trainings = &d.indicators[0];
    assert!(trainings.changed);
    assert_eq!(
        trainings.before.as_ref().unwrap().actual.as_deref(),
        Some("4")
    );
    assert_eq!(trainings.before.as_ref().unwrap().reached, Some(false));
    assert_eq!(trainings.after.as_ref().unwrap().reached, Some(true));
    assert!(!d.indicators[1].changed);
    let tally = indicator_tally(
        &catalog(),
        &set(&[("prevention.indicators", row("12"))]),
        NumberFormat::Point,
    );
    assert_eq!((tally.total, tally.measured, tally.reached), (2, 1, 1));
}

#[test]
fn table_rows_are_named_by_their_key_cell() {
    let d = run(
        &[(
            "mapping.stakeholders",
            table(&[&[("name", "Youth council")], &[("name", "Police")]]),
        )],
        &[(
            "mapping.stakeholders",
            table(&[
                &[("name", "Police"), ("role", "Safety")],
                &[("name", "Imams' forum")],
            ]),
        )],
    );
    let items = &d.answers[0].items;
    assert_eq!(items.added, ["Imams' forum"]);
    assert_eq!(items.removed, ["Youth council"]);
    assert_eq!(items.changed, ["Police"]);
    assert_eq!(d.answers[0].after.as_ref().unwrap().text, "2 rows");
    let swapped = run(
        &[(
            "mapping.stakeholders",
            table(&[&[("name", "A")], &[("name", "B")]]),
        )],
        &[(
            "mapping.stakeholders",
            table(&[&[("name", "B")], &[("name", "A")]]),
        )],
    );
    assert!(swapped.answers[0].items.reordered);
}

fn lyon() -> Profile {
    let answers = set(&[
        ("mapping.has_mapped", Value::Bool(false)),
        (
            "strategy.budget_amount",
            Value::Number(Number::from_i64(10)),
        ),
    ]);
    Profile::from_stored(City::new("Lyon", Role::Official, at(0)), answers)
}

#[test]
fn between_picks_rounds_by_name_and_says_when_it_reads_backwards() {
    let catalog = catalog();
    let mut p = lyon();
    let none = since_last_round(&catalog, &p).unwrap_err();
    assert_eq!(
        none,
        DiffError::NoRoundClosed {
            city: "Lyon".into()
        }
    );
    round::close(&mut p, "2025", at(100)).unwrap();
    round::close(&mut p, "2026", at(200)).unwrap();
    let same = since_last_round(&catalog, &p).unwrap();
    assert_eq!(same.from.label, "2026");
    assert!(same.to.open && !same.backwards);
    assert!(same.diff.is_empty(), "carried answers are the same answers");
    let back = between(&catalog, &p, Some("current"), "2025").unwrap();
    assert!(back.backwards);
    assert_eq!(back.to.closed, Some(at(100)));
    let err = between(&catalog, &p, Some("1999"), CURRENT).unwrap_err();
    assert!(
        err.to_string().contains("its rounds are: 2025, 2026"),
        "{err}"
    );
}
