//! The demo never touches real data: with an empty home and data folder, showing the demo
//! city's plan leaves both empty.

mod common;

use std::fs;

use common::Sandbox;
use predicates::prelude::*;

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(files_under(&path));
            }
            out.push(path);
        }
    }
    out
}

#[test]
fn plan_demo_prints_the_demo_plan_and_writes_nothing() {
    let sandbox = Sandbox::new();
    let data = sandbox.data_dir();
    fs::create_dir_all(&data).unwrap();
    sandbox
        .cmd()
        .arg("--data-dir")
        .arg(&data)
        .args(["plan", "--demo", "--date", "2026-12-01"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "# Alderwyn (demo city): action plan on hate, extremism and polarisation",
        ))
        .stdout(predicate::str::contains("## Open points"));
    assert!(
        files_under(&data).is_empty(),
        "the data folder must stay empty"
    );
    let home: Vec<_> = files_under(sandbox.home.path())
        .into_iter()
        .filter(|p| p != &data)
        .collect();
    assert!(home.is_empty(), "the demo plan wrote {home:?}");
}

#[test]
fn plan_demo_in_html_is_a_whole_page() {
    Sandbox::new()
        .cmd()
        .args(["plan", "--demo", "--format", "html", "--date", "2026-12-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains("<!DOCTYPE html>").and(predicate::str::contains("<svg")));
}

#[test]
fn a_sensitive_column_is_left_out_but_the_rest_of_its_table_is_shown() {
    let sandbox = Sandbox::new();
    let plan = |extra: &[&str]| {
        let output = sandbox
            .cmd()
            .args(["plan", "--demo", "--date", "2026-12-01"])
            .args(extra)
            .output()
            .unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    let shared = plan(&[]);
    let map = &shared[shared.find("## Stakeholder map").unwrap()..];
    assert!(
        map.contains("| Harbourside Youth Trust |"),
        "the stakeholder rows are shown"
    );
    assert!(
        !shared.contains("Director of Youth Programmes"),
        "a contact person leaked"
    );
    assert!(
        !map.contains("| Contact |"),
        "a column with nothing to show is left out"
    );
    assert!(
        shared.contains("left out of this edition"),
        "the plan says it left answers out"
    );
    assert!(
        !shared.contains("mapping.stakeholders.contact"),
        "without --trace the plan names no question ids"
    );
    assert!(plan(&["--trace"]).contains("mapping.stakeholders.contact"));
    let full = plan(&["--include-sensitive"]);
    assert!(full.contains("Director of Youth Programmes"));
    assert_eq!(full, plan(&["--edition", "restricted"]));
}

#[test]
fn demo_reset_says_what_it_reset_and_where() {
    let sandbox = Sandbox::new();
    let demo = sandbox.home.path().join("demo-copy");
    sandbox
        .cmd()
        .env("WORKBOOK_DEMO_DIR", &demo)
        .args(["demo", "--plain", "--reset"])
        .write_stdin(":quit\n")
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "Reset Alderwyn (demo city) to its original answers, in {}.\n",
            demo.display()
        )));
}
