//! Hostile input: workbooks carrying terminal escape sequences, bidirectional overrides, huge
//! strings and absurd nesting produce clear errors or safe output, never a panic, a hang or
//! raw control bytes on the terminal.

mod common;

use std::fs;
use std::time::Duration;

use common::{Sandbox, fixture};
use predicates::prelude::*;

/// Bytes that would act on a terminal: ESC, BEL, C1 controls (as UTF-8) and bidi overrides.
fn assert_no_control_bytes(bytes: &[u8], what: &str) {
    let text = String::from_utf8_lossy(bytes);
    let bad = text.chars().find(|c| {
        (c.is_control() && *c != '\n')
            || ('\u{202a}'..='\u{202e}').contains(c)
            || ('\u{2066}'..='\u{2069}').contains(c)
    });
    assert!(bad.is_none(), "{what} printed {:?}", bad.unwrap());
}

fn hostile_workbook() -> String {
    fs::read_to_string(fixture("valid/complete.toml"))
        .unwrap()
        .replace(
            "title = \"Fixture\"",
            "title = \"Evil\\u001b]0;pwned\\u0007\\u001b[2J\\u001b]52;c;ZXZpbA==\\u0007\\u202eenil\\u009b31m\"",
        )
        .replace("prompt = \"Question trend?\"", "prompt = \"Trend\\u001b[31m?\\u202e\"")
}

#[test]
fn list_strips_escape_sequences_from_workbook_text() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("evil.toml"), hostile_workbook()).unwrap();
    for args in [vec!["list"], vec!["list", "--json"]] {
        let output = Sandbox::new()
            .cmd()
            .args(&args)
            .arg("--workbooks")
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(output.status.success());
        if args.len() == 1 {
            assert_no_control_bytes(&output.stdout, "list");
            assert!(String::from_utf8_lossy(&output.stdout).contains("Evilenil"));
        } else {
            // JSON escapes control characters itself (\u001b), so the raw byte never appears.
            assert!(!output.stdout.contains(&0x1b));
        }
    }
}

#[test]
fn raw_control_bytes_in_a_file_are_reported_without_echoing_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("raw.toml");
    let text = hostile_workbook().replace("summary = \"", "summary = \"\u{1b}]0;x\u{7}");
    fs::write(&path, text).unwrap();
    let output = Sandbox::new()
        .cmd()
        .arg("validate")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_no_control_bytes(&output.stderr, "validate");
}

#[test]
fn huge_strings_within_the_cap_load_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let huge = "word ".repeat(600_000);
    let text = fs::read_to_string(fixture("valid/complete.toml"))
        .unwrap()
        .replacen(
            "guidance = \"Why it matters.\"",
            &format!("guidance = \"{huge}\""),
            1,
        );
    fs::write(dir.path().join("huge.toml"), text).unwrap();
    Sandbox::new()
        .cmd()
        .arg("validate")
        .arg(dir.path().join("huge.toml"))
        .timeout(Duration::from_secs(20))
        .assert()
        .success();
}

#[test]
fn absurd_nesting_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        (
            "arrays.toml",
            format!(
                "id = \"x\"\nv = {}{}\n",
                "[".repeat(200_000),
                "]".repeat(200_000)
            ),
        ),
        (
            "tables.toml",
            format!(
                "id = \"x\"\nv = {}1{}\n",
                "{a=".repeat(50_000),
                "}".repeat(50_000)
            ),
        ),
        ("conditions.toml", {
            let base = fs::read_to_string(fixture("valid/complete.toml")).unwrap();
            format!(
                "{base}\n[[sections.questions]]\nid = \"deep\"\nkind = \"short_text\"\nprompt = \"p\"\nshow_if = {}{{ question = \"has_plan\", equals = true }}{}\n",
                "{ not = ".repeat(2_000),
                " }".repeat(2_000)
            )
        }),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        let output = Sandbox::new()
            .cmd()
            .arg("validate")
            .arg(&path)
            .timeout(Duration::from_secs(20))
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(1),
            "{name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("recursion") || stderr.contains("nested"),
            "{name}: {stderr}"
        );
        assert!(
            stderr.lines().all(|l| l.chars().count() < 300),
            "{name}: a line floods the terminal"
        );
    }
}

#[test]
fn a_workbook_path_that_is_not_a_file_is_a_clear_error() {
    Sandbox::new()
        .cmd()
        .args(["validate", "/dev/null/nope.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no such file or folder"));
}

#[test]
fn answers_carrying_escape_sequences_are_stored_exactly_and_printed_safely() {
    let sandbox = Sandbox::new();
    let data = sandbox.data_dir();
    let run = |args: &[&str]| {
        let output = sandbox
            .cmd()
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    };
    let hostile = "evil\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7}\u{202e}text";
    run(&["city", "new", "Lyon"]);
    run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "mapping.review_owner",
        hostile,
    ]);
    let shown = run(&["answer", "get", "--city", "Lyon", "mapping.review_owner"]).stdout;
    assert_no_control_bytes(&shown, "answer get");
    assert_eq!(String::from_utf8_lossy(&shown).trim(), "eviltext");
    let json = run(&[
        "answer",
        "get",
        "--city",
        "Lyon",
        "mapping.review_owner",
        "--json",
    ])
    .stdout;
    let value: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(
        value["value"], hostile,
        "the answer is stored exactly as typed"
    );
    for args in [
        vec!["answer", "export", "--city", "Lyon"],
        vec!["city", "show", "Lyon"],
        vec!["progress", "--city", "Lyon"],
        vec!["plan", "--city", "Lyon", "--audience", "all"],
        vec!["plan", "--city", "Lyon", "--format", "html"],
        vec!["compare", "--all"],
    ] {
        let output = run(&args);
        assert!(!output.stdout.contains(&0x1b), "{args:?} printed a raw ESC");
        assert!(!output.stdout.contains(&0x07), "{args:?} printed a raw BEL");
    }
}
