//! `workbook plan` from the command line.

mod plan_env;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use tempfile::TempDir;
use workbook::profile::store::{Store, Wait};

/// A data folder holding the fully answered fixture city, "Riverton".
fn data_dir() -> TempDir {
    let dir = TempDir::new().unwrap();
    let fixture = plan_env::profile("full");
    let store = Store::open(dir.path()).unwrap();
    let (mut session, _) = store.create(fixture.city.clone(), Wait::NO).unwrap();
    session.save(&fixture).unwrap();
    dir
}

fn plan(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("workbook").unwrap();
    // The workbooks' language follows the locale: tests read English.
    cmd.env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("WORKBOOK_PATH")
        .env("XDG_CONFIG_HOME", data.join("no-config"))
        .env("HOME", data)
        .arg("--data-dir")
        .arg(data)
        .arg("--workbooks")
        .arg(plan_env::fixtures().join("workbooks"))
        .args([
            "plan",
            "--workbook",
            "assess",
            "--workbook",
            "act",
            "--date",
            "2026-03-01",
        ]);
    cmd
}

#[test]
fn writes_markdown_to_stdout() {
    let data = data_dir();
    plan(data.path())
        .args(["--city", "riverton"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "# Riverton: action plan on hate, extremism and polarisation\n",
        ))
        .stdout(predicate::str::contains("- **Date:** 1 March 2026"))
        .stdout(predicate::str::contains("## Action plan"));
}

#[test]
fn output_file_is_written_whole_and_replaced() {
    let data = data_dir();
    let out = data.path().join("plan.html");
    fs::write(&out, "old plan").unwrap();
    plan(data.path())
        .args(["--city", "Riverton", "--format", "html", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let page = fs::read_to_string(&out).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.ends_with("</html>\n"));
    let leftovers: Vec<_> = fs::read_dir(data.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".plan-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind");
}

#[test]
fn json_format_parses() {
    let data = data_dir();
    let output = plan(data.path())
        .args(["--city", "Riverton", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["city"], "Riverton");
    assert_eq!(json["date"], "2026-03-01");
}

#[test]
fn workbook_option_limits_the_chapters() {
    let data = data_dir();
    plan(data.path())
        .args(["--city", "Riverton", "--workbook", "nothing"])
        .assert()
        .failure()
        .code(1)
        .stderr(predicate::str::contains("there is no workbook `nothing`"));
    let mut cmd = Command::cargo_bin("workbook").unwrap();
    cmd.env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd.arg("--data-dir")
        .arg(data.path())
        .arg("--workbooks")
        .arg(plan_env::fixtures().join("workbooks"))
        .args([
            "plan",
            "--city",
            "Riverton",
            "--workbook",
            "act",
            "--date",
            "2026-03-01",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("## Acting together"))
        .stdout(predicate::str::contains("## What the city knows").not());
}

#[test]
fn audience_option_filters_questions() {
    let data = data_dir();
    plan(data.path())
        .args(["--city", "Riverton", "--audience", "mayor"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "**Scope:** the questions for the mayor\n",
        ))
        .stdout(predicate::str::contains("Helpline calls").not());
}

#[test]
fn sensitive_answers_need_the_flag() {
    let data = data_dir();
    plan(data.path())
        .args(["--city", "Riverton"])
        .assert()
        .success()
        .stdout(predicate::str::contains("A. Jansen").not())
        .stdout(predicate::str::contains(
            "> 2 answers holding personal data or details of people and places at risk are left out of this edition.",
        ));
    plan(data.path())
        .args(["--city", "Riverton", "--include-sensitive"])
        .assert()
        .success()
        .stdout(predicate::str::contains("A. Jansen"));
}

#[test]
fn prints_the_template_and_uses_a_user_template() {
    let data = data_dir();
    let mut print = Command::cargo_bin("workbook").unwrap();
    let template = print.args(["plan", "--print-template"]).output().unwrap();
    assert!(template.status.success());
    assert_eq!(template.stdout, workbook::plan::DEFAULT_TEMPLATE.as_bytes());

    let path = data.path().join("short.md.j2");
    fs::write(&path, "# {{ plan.city }} on {{ plan.date }}\n").unwrap();
    plan(data.path())
        .args(["--city", "Riverton", "--template"])
        .arg(&path)
        .assert()
        .success()
        .stdout("# Riverton on 2026-03-01\n");
}

#[test]
fn broken_template_is_a_clear_error() {
    let data = data_dir();
    let path = data.path().join("bad.md.j2");
    fs::write(&path, "{% for x in %}\n").unwrap();
    plan(data.path())
        .args(["--city", "Riverton", "--template"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("the plan template has an error"));
    plan(data.path())
        .args(["--city", "Riverton", "--template", "/no/such/template"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "cannot read the template /no/such/template",
        ));
}

#[test]
fn bad_date_is_a_usage_error() {
    let data = data_dir();
    let mut cmd = Command::cargo_bin("workbook").unwrap();
    cmd.env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd.arg("--data-dir")
        .arg(data.path())
        .args(["plan", "--city", "Riverton", "--date", "01/03/2026"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("write it as YYYY-MM-DD"));
}

#[test]
fn unknown_city_is_a_clear_error() {
    let data = data_dir();
    plan(data.path())
        .args(["--city", "Atlantis"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no city named \"Atlantis\""));
    let mut cmd = Command::cargo_bin("workbook").unwrap();
    cmd.env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd.arg("--data-dir")
        .arg(data.path())
        .arg("plan")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--city NAME"));
}
