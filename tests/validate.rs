//! `workbook validate`: every broken fixture gives exactly its recorded message, and clean
//! workbooks (the built-in ones, the documented example) pass.

mod common;

use std::fs;

use common::{Sandbox, fixture};
use predicates::prelude::*;

#[test]
fn every_invalid_fixture_gives_its_exact_message() {
    let sandbox = Sandbox::new();
    let dir = fixture("invalid");
    let mut checked = 0;
    let mut entries: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
    {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let expected = fs::read_to_string(path.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{name} has no .expected file"));
        let output = sandbox
            .cmd()
            .args(["validate", &format!("tests/fixtures/invalid/{name}")])
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(1),
            "{name} must fail with exit 1"
        );
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            expected,
            "message for {name}"
        );
        assert!(output.stdout.is_empty(), "{name}: diagnostics go to stderr");
        checked += 1;
    }
    assert!(
        checked >= 40,
        "expected one fixture per error kind, found {checked}"
    );
}

#[test]
fn echoed_lines_never_carry_terminal_control_characters() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .cmd()
        .args(["validate", "tests/fixtures/invalid/control_characters.toml"])
        .output()
        .unwrap();
    let stderr = output.stderr;
    assert!(
        !stderr.iter().any(|b| *b == 0x1b || *b == 0x07),
        "raw escape bytes reached the terminal"
    );
}

#[test]
fn builtin_workbooks_validate_clean_even_when_strict() {
    Sandbox::new()
        .cmd()
        .args(["validate", "--strict"])
        .assert()
        .success()
        .stderr(predicate::str::contains(": 0 errors, 0 warnings"));
}

#[test]
fn crlf_line_endings_are_accepted() {
    Sandbox::new()
        .cmd()
        .args(["validate", "--strict", "tests/fixtures/valid/crlf.toml"])
        .assert()
        .success();
}

#[test]
fn the_documented_example_validates_clean() {
    let doc = fs::read_to_string(fixture("../../docs/workbook-format.md")).unwrap();
    let start = doc.find("```toml\n").expect("the doc has a TOML example") + "```toml\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("example.toml");
    fs::write(&path, &doc[start..end]).unwrap();
    Sandbox::new()
        .cmd()
        .args(["validate", "--strict"])
        .arg(&path)
        .assert()
        .success();
}

#[test]
fn warnings_fail_only_when_strict() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(fixture("valid/complete.toml"))
        .unwrap()
        .replacen("guidance = \"Why it matters.\"\n", "", 1);
    let path = dir.path().join("no_guidance.toml");
    fs::write(&path, text).unwrap();
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .arg("validate")
        .arg(&path)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: question `has_plan` has no guidance",
        ));
    sandbox
        .cmd()
        .args(["validate", "--strict"])
        .arg(&path)
        .assert()
        .code(1);
}

#[test]
fn a_file_over_the_size_cap_is_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.toml");
    let mut text = fs::read_to_string(fixture("valid/complete.toml")).unwrap();
    text.push_str(&format!("# {}\n", "x".repeat(4 * 1024 * 1024)));
    fs::write(&path, text).unwrap();
    Sandbox::new()
        .cmd()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "workbooks are limited to 4194304 bytes",
        ));
}

#[test]
fn bad_usage_exits_2() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["validate", "no/such/file.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such file or folder"));
    sandbox
        .cmd()
        .args(["validate", "--no-such-flag"])
        .assert()
        .code(2);
}

#[test]
fn json_output_lists_each_problem_with_its_place() {
    let output = Sandbox::new()
        .cmd()
        .args([
            "validate",
            "--json",
            "tests/fixtures/invalid/duplicate_question_id.toml",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let problems: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(problems[0]["severity"], "error");
    assert_eq!(problems[0]["line"], 41);
    assert_eq!(problems[0]["column"], 6);
}

#[test]
fn validating_a_folder_checks_every_file_in_it() {
    Sandbox::new()
        .cmd()
        .args(["validate", "tests/fixtures/valid"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "checked 2 workbooks: 0 errors, 0 warnings",
        ));
}
