//! Plain mode through a pipe: a script walks a whole workbook, follow-up and table included,
//! and the answers land in the profile.

mod common;

use common::{Sandbox, fixture};
use predicates::prelude::*;

fn sandbox_with_city() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .args(["city", "new", "Testville"])
        .assert()
        .success();
    sandbox
}

fn answer(sandbox: &Sandbox, key: &str) -> serde_json::Value {
    let output = sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .arg("--workbooks")
        .arg(fixture("plain"))
        .args(["answer", "get", "--city", "Testville", key, "--json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn a_piped_script_walks_the_whole_workbook() {
    let sandbox = sandbox_with_city();
    let script = "\
no
The policy unit
1, 3
Sports clubs
First line
second line
.
Interfaith Forum
high
Youth Trust
low
.
";
    let output = sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .arg("--workbooks")
        .arg(fixture("plain"))
        .args(["open", "walk", "--city", "Testville"])
        .write_stdin(script)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.contains("Section 1 of 2: Starting point"));
    assert!(
        stdout.contains("Who will draft the plan?"),
        "the follow-up appears after no"
    );
    assert!(stdout.contains("  1. Hate incidents\n  2. Polarisation\n  3. Other (say what)"));
    assert!(stdout.contains("Every required question is answered."));
    assert!(
        !stdout.contains('\u{1b}'),
        "plain mode never sends escape codes"
    );

    assert_eq!(answer(&sandbox, "walk.has_plan")["value"], false);
    assert_eq!(answer(&sandbox, "walk.drafter")["value"], "The policy unit");
    let threats = answer(&sandbox, "walk.threats");
    assert_eq!(threats["value"], serde_json::json!(["hate", "other"]));
    assert_eq!(threats["other"], "Sports clubs");
    assert_eq!(
        answer(&sandbox, "walk.notes")["value"],
        "First line\nsecond line"
    );
    let partners = answer(&sandbox, "walk.partners");
    assert_eq!(partners["value"][1]["name"], "Youth Trust");
    assert_eq!(partners["value"][1]["influence"], "low");
    assert_eq!(partners["workbook_version"], 2);
}

#[test]
fn invalid_answers_are_refused_with_the_same_rules_and_asked_again() {
    let sandbox = sandbox_with_city();
    sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .arg("--workbooks")
        .arg(fixture("plain"))
        .args(["open", "walk", "--city", "Testville", "--plain"])
        .write_stdin("perhaps\nyes\n:quit\n")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Not accepted: `perhaps` is not yes or no. Try again.",
        ))
        .stdout(predicate::str::contains("Who will draft the plan?").not());
    assert_eq!(answer(&sandbox, "walk.has_plan")["value"], true);
}

#[test]
fn plain_mode_needs_a_city() {
    Sandbox::new()
        .cmd()
        .args(["open", "mapping"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("plain mode needs a city"));
}

#[test]
fn the_demo_in_plain_mode_never_touches_the_data_folder() {
    let sandbox = Sandbox::new();
    let data = sandbox.data_dir();
    std::fs::create_dir_all(&data).unwrap();
    let demo = sandbox.home.path().join("demo-copy");
    sandbox
        .cmd()
        .arg("--data-dir")
        .arg(&data)
        .env("WORKBOOK_DEMO_DIR", &demo)
        .args(["demo", "--plain"])
        .write_stdin("\n:quit\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("Alderwyn (demo city)"))
        .stderr(predicate::str::contains("DEMO"));
    assert_eq!(
        std::fs::read_dir(&data).unwrap().count(),
        0,
        "the data folder stays empty"
    );
    assert!(
        demo.join("cities").exists(),
        "the demo works in its throwaway copy"
    );
}

#[test]
fn demo_changes_live_in_the_copy_until_reset() {
    let sandbox = Sandbox::new();
    let demo = sandbox.home.path().join("demo-copy");
    let run = |args: &[&str], stdin: &str| {
        let output = sandbox
            .cmd()
            .env("WORKBOOK_DEMO_DIR", &demo)
            .args(args)
            .write_stdin(stdin.to_string())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    // The demo opens the mapping workbook at its first open question, the mapping steps: the
    // last choice is "Other", which asks for the user's own words.
    let walked = run(&["demo", "--plain"], "11\nTrainer test step\n:quit\n");
    assert!(
        walked.contains("Which steps will this round of mapping go through?"),
        "{walked}"
    );
    assert!(run(&["plan", "--demo", "--date", "2026-12-01"], "").contains("Trainer test step"));
    run(&["demo", "--plain", "--reset"], ":quit\n");
    assert!(!run(&["plan", "--demo", "--date", "2026-12-01"], "").contains("Trainer test step"));
}
