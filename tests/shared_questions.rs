//! A question shown in two workbooks is one answer: edited in place, stored at home, counted and
//! printed once; an older answer that disagrees is kept as a note until the user resolves it.
//! The fixtures are two small workbooks (`tests/fixtures/shared/`): beta shows alpha's meeting
//! rhythm, and an older beta asked it itself, so its answer moves home.

mod common;
mod tui_support;

use std::path::PathBuf;

use common::{Sandbox, fixture};
use ratatui::crossterm::event::KeyCode;
use tui_support::{enter, key, now, press, screen};
use workbook::answer::Value;
use workbook::profile::{Answer, City, Note, Profile, Role, Track};
use workbook::tui::theme::Theme;
use workbook::tui::{App, Command};
use workbook::workbook::Catalog;

fn shared() -> PathBuf {
    fixture("shared")
}

/// The city with the old (version 1) answers imported: the two rhythms have been reconciled.
fn imported(sandbox: &Sandbox) {
    sandbox
        .cmd()
        .args(["import", "--data-dir"])
        .arg(sandbox.data_dir())
        .arg(fixture("profiles/shared-v1.toml"))
        .arg("--workbooks")
        .arg(shared())
        .assert()
        .success();
}

fn run(sandbox: &Sandbox, args: &[&str], stdin: &str) -> (String, String) {
    let output = sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .args(args)
        .arg("--workbooks")
        .arg(shared())
        .write_stdin(stdin.to_string())
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn a_moved_answer_that_disagrees_keeps_the_older_one_as_a_note() {
    let sandbox = Sandbox::new();
    imported(&sandbox);
    // Beta's "twice a year" is newer than alpha's "quarterly": it stays the answer, and the
    // other is kept beside it, in words the user reads (the label, no ids).
    let (value, notes) = run(
        &sandbox,
        &["answer", "get", "--city", "Riverton", "alpha.rhythm"],
        "",
    );
    assert_eq!(value, "twice_year\n");
    assert!(
        notes.contains("note 1: Earlier answer to this question"),
        "{notes}"
    );
    assert!(notes.contains("\"Beta prevention\" workbook"), "{notes}");
    assert!(notes.contains("(kept: Quarterly)"), "{notes}");
    assert!(!notes.contains("beta.old_rhythm"), "{notes}");
    // The same answer is read through the workbook that shows it.
    let (through_beta, _) = run(
        &sandbox,
        &["answer", "get", "--city", "Riverton", "beta.rhythm"],
        "",
    );
    assert_eq!(through_beta, "twice_year\n");
    let (show, _) = run(&sandbox, &["city", "show", "Riverton"], "");
    assert!(show.contains("alpha.rhythm: Earlier answer"), "{show}");

    // Using the kept answer makes it the answer and closes the note.
    run(
        &sandbox,
        &[
            "answer",
            "resolve",
            "--city",
            "Riverton",
            "alpha.rhythm",
            "--use",
            "1",
        ],
        "",
    );
    let (value, notes) = run(
        &sandbox,
        &["answer", "get", "--city", "Riverton", "alpha.rhythm"],
        "",
    );
    assert_eq!(value, "quarterly\n");
    assert_eq!(notes, "");
}

#[test]
fn the_shared_answer_counts_once_in_its_home_workbook() {
    let sandbox = Sandbox::new();
    imported(&sandbox);
    let (progress, _) = run(&sandbox, &["progress", "--city", "Riverton"], "");
    let row = |id: &str| {
        progress
            .lines()
            .find(|l| l.starts_with(id))
            .unwrap_or_else(|| panic!("{id} in {progress}"))
            .split_whitespace()
            .skip(1)
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    };
    // alpha: the rhythm (answered) and the lead (open); beta: only its own programme.
    assert_eq!(row("alpha"), "1 2 1/1");
    assert_eq!(row("beta"), "1 1 1/1");
    let (plan, _) = run(
        &sandbox,
        &[
            "plan",
            "--city",
            "Riverton",
            "--workbook",
            "alpha",
            "--workbook",
            "beta",
        ],
        "",
    );
    assert_eq!(plan.matches("Twice a year").count(), 1, "{plan}");
}

#[test]
fn plain_mode_shows_the_note_and_keep_closes_it() {
    let sandbox = Sandbox::new();
    imported(&sandbox);
    // Beta's second question is alpha's rhythm, asked in beta's own words.
    let (walked, _) = run(
        &sandbox,
        &["open", "beta", "--city", "Riverton", "--plain"],
        "\n:keep\n:quit\n",
    );
    assert!(
        walked.contains("How often will prevention partners meet?"),
        "{walked}"
    );
    assert!(
        walked.contains("Alpha mapping"),
        "the home workbook is named: {walked}"
    );
    assert!(walked.contains("Note 1: Earlier answer"), "{walked}");
    assert!(walked.contains("(kept: Quarterly)"), "{walked}");
    let (value, notes) = run(
        &sandbox,
        &["answer", "get", "--city", "Riverton", "alpha.rhythm"],
        "",
    );
    assert_eq!(value, "twice_year\n", "keep leaves the answer as it is");
    assert_eq!(notes, "");
}

fn catalog() -> Catalog {
    Catalog::load(&[shared()])
}

fn city(track: Track) -> City {
    City {
        track,
        ..City::new("Riverton", Role::Official, now())
    }
}

fn tui(profile: Profile) -> App {
    let mut app = App::with_catalog(catalog(), Vec::new(), Theme::plain());
    app.now = now();
    app.open_profile(profile, false);
    app
}

fn open(app: &mut App, book: &str, question: &str) {
    let b = app.book_index(book).expect("a fixture workbook");
    let index = app.books[b].index_of(question).expect("a question of it");
    app.open_question(b, index);
}

#[test]
fn the_tui_edits_a_shared_question_in_place_and_stores_it_at_home() {
    let mut app = tui(Profile::new(city(Track::Full)));
    open(&mut app, "beta", "rhythm");
    let text = screen(&app, 100, 30);
    assert!(
        text.contains("How often will prevention partners meet?"),
        "{text}"
    );
    assert!(text.contains("shared with Alpha mapping"), "{text}");
    // The third choice, "Twice a year".
    let commands = press(
        &mut app,
        &[
            key(KeyCode::Down),
            key(KeyCode::Down),
            key(KeyCode::Char(' ')),
            enter(),
        ],
    );
    assert!(
        commands.iter().any(|c| matches!(c, Command::Save)),
        "{commands:?}"
    );
    let profile = app.profile.as_ref().unwrap();
    assert_eq!(
        profile.value("alpha", "rhythm"),
        Some(&Value::Text("twice_year".into()))
    );
    assert_eq!(
        profile.value("beta", "rhythm"),
        None,
        "stored once, at home"
    );
    // Alpha shows the same answer where it lives.
    open(&mut app, "alpha", "rhythm");
    assert!(
        screen(&app, 100, 30).contains("(•) Twice a year"),
        "{}",
        screen(&app, 100, 30)
    );
}

#[test]
fn f3_resolves_the_notes_on_an_answer_in_the_tui() {
    let answer = Answer {
        value: Value::Text("twice_year".into()),
        other: None,
        workbook_version: 2,
        changed: now(),
        notes: vec![Note {
            text: "Earlier answer to this question, kept because the newer one differs".into(),
            value: Some(Value::Text("quarterly".into())),
            other: None,
            changed: Some(now()),
        }],
        from_round: None,
    };
    let answers = [(
        "alpha".to_string(),
        [("rhythm".to_string(), answer)].into_iter().collect(),
    )]
    .into_iter()
    .collect();
    let profile = Profile::from_stored(city(Track::Full), answers);
    let mut app = tui(profile);
    open(&mut app, "beta", "rhythm");
    let text = screen(&app, 100, 30);
    assert!(text.contains("Earlier answer to this question"), "{text}");
    press(&mut app, &[key(KeyCode::F(3))]);
    let text = screen(&app, 100, 30);
    assert!(
        text.contains("Use the kept answer instead: Quarterly"),
        "{text}"
    );
    press(&mut app, &[key(KeyCode::Down), enter()]);
    let answer = app
        .profile
        .as_ref()
        .unwrap()
        .answer("alpha", "rhythm")
        .unwrap();
    assert_eq!(answer.value, Value::Text("quarterly".into()));
    assert!(answer.notes.is_empty());
    assert!(!screen(&app, 100, 30).contains("Earlier answer to this question"));
}

#[test]
fn t_on_the_home_screen_switches_to_the_core_track_and_progress_follows() {
    let mut app = tui(Profile::new(city(Track::Full)));
    let before = screen(&app, 100, 30);
    assert!(!before.contains("core track"), "{before}");
    let commands = press(&mut app, &[key(KeyCode::Char('t'))]);
    assert!(
        commands.iter().any(|c| matches!(c, Command::Save)),
        "{commands:?}"
    );
    assert_eq!(app.profile.as_ref().unwrap().city.track, Track::Core);
    let after = screen(&app, 100, 30);
    assert!(after.contains("core track"), "{after}");
    // On the core track alpha asks only the rhythm (core); beta's programme is not core.
    let b = app.book_index("alpha").unwrap();
    let reader = app.reader();
    assert_eq!(
        app.books[b].first_open(reader),
        app.books[b].index_of("rhythm")
    );
    let (alpha, beta) = (
        app.book_index("alpha").unwrap(),
        app.book_index("beta").unwrap(),
    );
    let status = app.status.as_ref().expect("a city is open");
    assert_eq!(status.progress(&app.catalog, alpha, reader).relevant, 1);
    assert_eq!(status.progress(&app.catalog, beta, reader).relevant, 0);
}

#[test]
fn the_plan_says_which_track_it_was_built_from_and_keeps_answers_beyond_the_core() {
    let sandbox = Sandbox::new();
    imported(&sandbox);
    let plan = |sandbox: &Sandbox| {
        run(
            sandbox,
            &[
                "plan",
                "--city",
                "Riverton",
                "--workbook",
                "alpha",
                "--workbook",
                "beta",
            ],
            "",
        )
        .0
    };
    assert!(plan(&sandbox).contains("**Built from:** the full workbooks"));
    run(
        &sandbox,
        &["city", "edit", "Riverton", "--track", "core"],
        "",
    );
    let core = plan(&sandbox);
    assert!(
        core.contains("**Built from:** the core questions"),
        "{core}"
    );
    // Beta's programme is not a core question, but the city answered it: it stays in the plan.
    assert!(core.contains("Youth mentoring"), "{core}");
}
