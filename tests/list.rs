//! `workbook list` and how user folders layer over the built-in workbooks.

mod common;

use std::fs;

use common::{Sandbox, fixture};
use predicates::prelude::*;

fn workbook_with_id(id: &str, title: &str) -> String {
    fs::read_to_string(fixture("valid/complete.toml"))
        .unwrap()
        .replace("id = \"fixture\"", &format!("id = \"{id}\""))
        .replace("title = \"Fixture\"", &format!("title = \"{title}\""))
}

#[test]
fn lists_builtin_workbooks() {
    Sandbox::new()
        .cmd()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("mapping"))
        .stdout(predicate::str::contains("built in"));
}

#[test]
fn a_folder_adds_and_overrides_workbooks_by_id() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("extra.toml"),
        workbook_with_id("extra", "Extra workbook"),
    )
    .unwrap();
    fs::write(
        dir.path().join("mapping.toml"),
        workbook_with_id("mapping", "Our own mapping"),
    )
    .unwrap();
    let output = Sandbox::new()
        .cmd()
        .args(["list", "--json", "--workbooks"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    let mapping = rows.iter().find(|r| r["id"] == "mapping").unwrap();
    assert_eq!(mapping["title"], "Our own mapping");
    assert_eq!(mapping["origin"]["type"], "file");
    assert_eq!(mapping["questions"], 3);
    assert_eq!(mapping["sections"], 1);
    let extra = rows.iter().find(|r| r["id"] == "extra").unwrap();
    assert!(extra["source"].as_str().unwrap().ends_with("extra.toml"));
    assert_eq!(rows.iter().filter(|r| r["id"] == "mapping").count(), 1);
}

#[test]
fn environment_and_config_folders_load_and_flags_win() {
    let sandbox = Sandbox::new();
    let config = sandbox.config_workbooks();
    fs::create_dir_all(&config).unwrap();
    fs::write(
        config.join("a.toml"),
        workbook_with_id("extra", "From config"),
    )
    .unwrap();
    let env_dir = tempfile::tempdir().unwrap();
    fs::write(
        env_dir.path().join("b.toml"),
        workbook_with_id("extra", "From WORKBOOK_PATH"),
    )
    .unwrap();
    let flag_dir = tempfile::tempdir().unwrap();
    fs::write(
        flag_dir.path().join("c.toml"),
        workbook_with_id("extra", "From the flag"),
    )
    .unwrap();

    sandbox
        .cmd()
        .arg("list")
        .assert()
        .stdout(predicate::str::contains("From config"));
    sandbox
        .cmd()
        .arg("list")
        .env("WORKBOOK_PATH", env_dir.path())
        .assert()
        .stdout(predicate::str::contains("From WORKBOOK_PATH"));
    sandbox
        .cmd()
        .arg("list")
        .env("WORKBOOK_PATH", env_dir.path())
        .arg("--workbooks")
        .arg(flag_dir.path())
        .assert()
        .stdout(predicate::str::contains("From the flag"))
        .stdout(predicate::str::contains("From WORKBOOK_PATH").not());
}

#[test]
fn a_broken_user_workbook_is_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        fixture("invalid/unknown_key.toml"),
        dir.path().join("broken.toml"),
    )
    .unwrap();
    Sandbox::new()
        .cmd()
        .arg("list")
        .arg("--workbooks")
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("fixture").not())
        .stderr(predicate::str::contains(
            "broken.toml:20:1: error: unknown field `prompts`",
        ));
}

#[test]
fn questions_are_listed_by_section_with_follow_ups_under_their_parent() {
    Sandbox::new()
        .cmd()
        .args(["list", "--questions", "walk", "--workbooks"])
        .arg(fixture("plain"))
        .assert()
        .success()
        .stdout(concat!(
            "Walk test (walk): 5 questions\n",
            "\n",
            "Section 1 of 2: Starting point\n",
            "  has_plan   yes_no        Does the city have a plan?\n",
            "    drafter  short_text    Who will draft the plan?\n",
            "  threats    multi_choice  Which threats show up?\n",
            "\n",
            "Section 2 of 2: People\n",
            "  notes      long_text     Anything else?\n",
            "  partners   table         Who are the partners?\n",
        ));
}

#[test]
fn questions_as_json_name_section_parent_and_audience() {
    let output = Sandbox::new()
        .cmd()
        .args(["list", "--questions", "walk", "--json", "--workbooks"])
        .arg(fixture("plain"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let ids: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["has_plan", "drafter", "threats", "notes", "partners"]);
    assert_eq!(
        rows[1],
        serde_json::json!({
            "id": "drafter",
            "kind": "short_text",
            "prompt": "Who will draft the plan?",
            "section": "start",
            "section_title": "Starting point",
            "parent": "has_plan",
            "audience": "both",
        })
    );
    assert_eq!(rows[0]["parent"], serde_json::Value::Null);
    assert_eq!(rows[4]["section"], "people");
}

#[test]
fn listed_prompts_carry_no_terminal_controls_and_unknown_workbooks_are_named() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("hostile.toml"),
        workbook_with_id("hostile", "Hostile").replacen(
            "prompt = \"",
            "prompt = \"\\u001b]0;owned\\u0007\\u001b[31mRed\\u202e ",
            1,
        ),
    )
    .unwrap();
    for json in [false, true] {
        let mut cmd = Sandbox::new().cmd();
        cmd.args(["list", "--questions", "hostile", "--workbooks"])
            .arg(dir.path());
        if json {
            cmd.arg("--json");
        }
        let output = cmd.output().unwrap();
        assert!(output.status.success());
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert!(stdout.contains("Red "), "{stdout}");
        for control in ['\u{1b}', '\u{7}', '\u{202e}'] {
            assert!(!stdout.contains(control), "{control:?} in {stdout}");
        }
        assert!(!stdout.contains("\\u001b"), "{stdout}");
        assert!(!stdout.contains("owned"), "{stdout}");
    }
    Sandbox::new()
        .cmd()
        .args(["list", "--questions", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no workbook `nope`; the workbooks are: mapping",
        ));
}
