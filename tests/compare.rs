//! `workbook compare`: cities side by side for a regional hub.

mod common;

use common::Sandbox;
use predicates::prelude::*;

fn setup() -> Sandbox {
    let sandbox = Sandbox::new();
    let data = sandbox.data_dir();
    let run = |args: &[&str]| {
        sandbox
            .cmd()
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .assert()
            .success();
    };
    run(&["city", "new", "Lyon | # <b>", "--country", "France"]);
    run(&["city", "new", "Kumanovo", "--role", "mayor"]);
    run(&[
        "answer",
        "set",
        "--city",
        "Lyon | # <b>",
        "strategy.has_strategy",
        "none",
    ]);
    run(&[
        "answer",
        "set",
        "--city",
        "Kumanovo",
        "response.plan_exists",
        "yes_own",
    ]);
    run(&[
        "answer",
        "set",
        "--city",
        "Kumanovo",
        "strategy.actions",
        "action=Train youth workers,priority=high; action=Open a referral desk,priority=low",
    ]);
    sandbox
}

#[test]
fn markdown_table_with_progress_facts_and_actions() {
    let sandbox = setup();
    let output = sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .args(["compare", "--all"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[0].starts_with("| City | Country | mapping | strategy |"));
    assert!(lines[0].contains("| Strategy | Response plan | Coordination body | Actions |"));
    let kumanovo = lines.iter().find(|l| l.starts_with("| Kumanovo")).unwrap();
    assert!(kumanovo.contains("Yes, a plan of its own"));
    assert!(kumanovo.ends_with("| 2 |"), "two actions: {kumanovo}");
    let lyon = lines.iter().find(|l| l.starts_with("| Lyon")).unwrap();
    assert!(
        lyon.contains("Lyon \\| \\# \\<b\\>"),
        "the name is escaped: {lyon}"
    );
    assert_eq!(lyon.matches(" | ").count(), kumanovo.matches(" | ").count());
}

#[test]
fn csv_and_json_for_named_cities() {
    let sandbox = setup();
    sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .args(["compare", "--city", "kumanovo", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("City,Country,mapping"))
        .stdout(predicate::str::contains("Kumanovo,,"));
    let output = sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .args([
            "compare",
            "--city",
            "Kumanovo",
            "--city",
            "Lyon | # <b>",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["cities"].as_array().unwrap().len(), 2);
    assert_eq!(json["cities"][0]["actions"], 2);
    assert_eq!(json["workbooks"][0], "mapping");
}

#[test]
fn nothing_to_compare_is_a_clear_error() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .args(["compare", "--all"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("there are no cities to compare"));
    sandbox.cmd().arg("compare").assert().code(2);
}
