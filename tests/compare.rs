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

/// Lyon closed round 2025 and moved on since; Kumanovo never closed a round.
fn setup_rounds() -> Sandbox {
    let sandbox = Sandbox::new();
    let run = |args: &[&str]| {
        sandbox
            .cmd()
            .arg("--data-dir")
            .arg(sandbox.data_dir())
            .args(args)
            .assert()
            .success();
    };
    run(&["city", "new", "Lyon", "--country", "France"]);
    run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "mapping.has_mapped",
        "no",
    ]);
    run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "strategy.actions",
        "action=Train youth workers, status=planned; action=Open a desk, status=planned; action=Print leaflets, status=in_progress",
    ]);
    run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "strategy.objective_indicators",
        "indicator=Residents reached, baseline=100, target=500; indicator=Trust, target=more",
    ]);
    run(&["round", "close", "--city", "Lyon", "--label", "2025"]);
    run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "mapping.has_mapped",
        "yes",
    ]);
    run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "mapping.threats",
        "hate_incidents",
    ]);
    run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "strategy.actions",
        "action=Train youth workers, status=done; action=Open a desk, status=late; action=Print leaflets, status=dropped",
    ]);
    run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "strategy.objective_indicators",
        "indicator=Residents reached, baseline=100, target=500, actual=520; indicator=Trust, target=more, actual=some",
    ]);
    run(&["city", "new", "Kumanovo"]);
    run(&[
        "answer",
        "set",
        "--city",
        "Kumanovo",
        "strategy.actions",
        "action=Open a referral desk, status=done",
    ]);
    sandbox
}

fn output(sandbox: &Sandbox, args: &[&str]) -> String {
    let output = sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// The cells of a markdown table row, as written (escapes kept).
fn cells(line: &str) -> Vec<&str> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split(" | ").map(str::trim).collect()
}

#[test]
fn since_last_round_shows_who_moved_in_markdown() {
    let sandbox = setup_rounds();
    let text = output(&sandbox, &["compare", "--all", "--since-last-round"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(
        lines[0].ends_with(
            "| Actions | Last round | Closed | Answered then | Answered now | Answers changed | Actions done | Actions late | Actions dropped | Indicators reached |"
        ),
        "{}",
        lines[0]
    );
    let header = cells(lines[0]);
    let column = |row: &[&str], name: &str| {
        let i = header.iter().position(|h| *h == name).unwrap();
        row[i].to_string()
    };
    let lyon = cells(lines.iter().find(|l| l.starts_with("| Lyon")).unwrap());
    assert_eq!(lyon.len(), header.len());
    assert_eq!(column(&lyon, "Last round"), "2025");
    assert_eq!(column(&lyon, "Closed").len(), "2026-01-01".len());
    assert!(column(&lyon, "Answered then").contains("(3/"), "{lyon:?}");
    assert!(column(&lyon, "Answered now").contains("(4/"), "{lyon:?}");
    assert_eq!(
        column(&lyon, "Answers changed"),
        "4",
        "has_mapped, threats, actions, indicators"
    );
    assert_eq!(
        [
            column(&lyon, "Actions done"),
            column(&lyon, "Actions late"),
            column(&lyon, "Actions dropped"),
            column(&lyon, "Indicators reached"),
        ],
        ["1", "1", "1", "1 of 2"]
    );
    let kumanovo = cells(lines.iter().find(|l| l.starts_with("| Kumanovo")).unwrap());
    assert_eq!(column(&kumanovo, "Last round"), "none closed");
    assert_eq!(column(&kumanovo, "Answered then"), "\\-");
    assert_eq!(column(&kumanovo, "Answers changed"), "\\-");
    assert_eq!(column(&kumanovo, "Actions done"), "1");

    // Without the flag the table is as it always was.
    let plain = output(&sandbox, &["compare", "--all"]);
    assert!(
        plain.lines().next().unwrap().ends_with("| Actions |"),
        "{plain}"
    );
}

#[test]
fn since_last_round_in_json_and_csv() {
    let sandbox = setup_rounds();
    let json: serde_json::Value = serde_json::from_str(&output(
        &sandbox,
        &["compare", "--all", "--since-last-round", "--format", "json"],
    ))
    .unwrap();
    let city = |name: &str| {
        json["cities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["city"] == name)
            .unwrap()
            .clone()
    };
    let lyon = &city("Lyon")["rounds"];
    assert_eq!(lyon["last_round"]["label"], "2025");
    assert_eq!(lyon["then"]["answered"], 3);
    assert_eq!(lyon["now"]["answered"], 4);
    assert_eq!(lyon["then"]["progress"].as_array().unwrap().len(), 5);
    assert_eq!(lyon["then"]["actions"]["planned"], 2);
    assert_eq!(lyon["now"]["actions"]["done"], 1);
    assert_eq!(lyon["now"]["actions"]["dropped"], 1);
    assert_eq!(lyon["now"]["indicators"]["total"], 2);
    assert_eq!(lyon["now"]["indicators"]["measured"], 1);
    assert_eq!(lyon["now"]["indicators"]["reached"], 1);
    assert_eq!(lyon["then"]["indicators"]["reached"], 0);
    assert_eq!(lyon["answers_changed"], 4);
    assert_eq!(lyon["actions_changed"], 3);
    let kumanovo = &city("Kumanovo")["rounds"];
    assert_eq!(kumanovo["last_round"], serde_json::Value::Null);
    assert_eq!(kumanovo["then"], serde_json::Value::Null);
    assert_eq!(kumanovo["answers_changed"], serde_json::Value::Null);
    assert_eq!(kumanovo["now"]["actions"]["done"], 1);

    let plain: serde_json::Value =
        serde_json::from_str(&output(&sandbox, &["compare", "--all", "--format", "json"])).unwrap();
    assert!(
        plain["cities"][0].get("rounds").is_none(),
        "without the flag the JSON is as it was"
    );

    let csv = output(
        &sandbox,
        &[
            "compare",
            "--city",
            "Kumanovo",
            "--city",
            "Lyon",
            "--since-last-round",
            "--format",
            "csv",
        ],
    );
    let rows: Vec<&str> = csv.split("\r\n").collect();
    assert!(
        rows[0].ends_with(",Actions,Last round,Closed,Answered then,Answered now,Answers changed,Actions done,Actions late,Actions dropped,Indicators reached"),
        "{csv}"
    );
    assert!(
        rows[1].starts_with("Kumanovo,") && rows[1].contains(",none closed,-,-,"),
        "{csv}"
    );
    assert!(
        rows[2].starts_with("Lyon,France,") && rows[2].ends_with(",4,1,1,1,1 of 2"),
        "{csv}"
    );
}

#[test]
fn a_round_named_like_a_formula_is_defused_in_csv() {
    let sandbox = Sandbox::new();
    let run = |args: &[&str]| {
        sandbox
            .cmd()
            .arg("--data-dir")
            .arg(sandbox.data_dir())
            .args(args)
            .assert()
            .success();
    };
    run(&["city", "new", "Gent"]);
    run(&[
        "answer",
        "set",
        "--city",
        "Gent",
        "mapping.has_mapped",
        "yes",
    ]);
    run(&[
        "round",
        "close",
        "--city",
        "Gent",
        "--label",
        "=HYPERLINK(\"http://x\")",
    ]);
    let csv = output(
        &sandbox,
        &["compare", "--all", "--since-last-round", "--format", "csv"],
    );
    assert!(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","), "{csv}");
    let md = output(&sandbox, &["compare", "--all", "--since-last-round"]);
    assert!(md.contains("| \\=HYPERLINK(\"http\\://x\") |"), "{md}");
}
