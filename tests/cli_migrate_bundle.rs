//! `workbook migrate`, orphaned answers, and moving a city with `export` / `import`.

mod city_env;

use std::fs;

use city_env::{Env, json, stdout};
use predicates::prelude::*;
use predicates::str::contains;

fn v1_city(env: &Env) {
    env.run(&["city", "new", "Lyon"]).success();
    for (key, value) in [
        ("civic.ideas", "bike lanes; festival"),
        ("civic.trend", "same"),
        ("civic.threats", "hate; mixed"),
        ("civic.old_question", "still here"),
    ] {
        env.run(&["answer", "set", "--city", "Lyon", key, value])
            .success();
    }
}

#[test]
fn dry_run_shows_and_migrate_applies() {
    let env = Env::new();
    v1_city(&env);
    let path = env.store().city_path("Lyon");
    let before = fs::read(&path).unwrap();
    let v2 = |args: &[&str]| env.cmd("v2").args(args).assert();

    let out = stdout(&v2(&["migrate", "--city", "Lyon", "--dry-run"]).success());
    assert!(out.contains("Would change"), "{out}");
    assert!(
        out.contains("question `ideas` renamed to `proposals`"),
        "{out}"
    );
    assert!(out.contains("choice `same` renamed to `flat`"), "{out}");
    assert!(out.contains("choice `mixed` was retired"), "{out}");
    assert!(out.contains("civic.old_question"), "orphan reported: {out}");
    assert_eq!(fs::read(&path).unwrap(), before, "dry run wrote nothing");

    let shown = json(&v2(&["city", "show", "Lyon", "--json"]).success());
    assert_eq!(shown["pending_migrations"].as_array().unwrap().len(), 3);
    assert_eq!(shown["orphans"][0]["question"], "old_question");
    v2(&["city", "show", "Lyon"])
        .success()
        .stdout(contains("Orphaned answers"));

    let report = json(&v2(&["migrate", "--city", "Lyon", "--json"]).success());
    assert_eq!(report["changes"].as_array().unwrap().len(), 3);
    assert_ne!(fs::read(&path).unwrap(), before);
    let get = |key: &str| json(&v2(&["answer", "get", "--city", "Lyon", key, "--json"]).success());
    assert_eq!(
        get("civic.proposals")["value"],
        serde_json::json!(["bike lanes", "festival"])
    );
    assert_eq!(get("civic.trend")["value"], "flat");
    let threats = get("civic.threats");
    assert_eq!(threats["value"], serde_json::json!(["hate", "other"]));
    assert_eq!(threats["other"], "mixed");
    assert_eq!(
        get("civic.old_question")["value"],
        "still here",
        "orphan kept"
    );

    v2(&["migrate", "--city", "Lyon"])
        .success()
        .stdout(contains("No migrations apply"));
}

#[test]
fn answering_under_a_new_workbook_applies_migrations_on_load() {
    let env = Env::new();
    v1_city(&env);
    env.cmd("v2")
        .args(["answer", "set", "--city", "Lyon", "civic.name", "Ana"])
        .assert()
        .success();
    let text = fs::read_to_string(env.store().city_path("Lyon")).unwrap();
    assert!(text.contains("[answers.civic.proposals]"), "{text}");
    assert!(
        text.contains("[answers.civic.old_question]"),
        "orphan kept: {text}"
    );
}

#[test]
fn a_bundle_moves_a_city_and_merges_with_conflicts_listed() {
    let here = Env::new();
    let there = Env::new();
    here.run(&["city", "new", "Gent", "--country", "Belgium"])
        .success();
    here.run(&["answer", "set", "--city", "Gent", "civic.name", "Ana"])
        .success();
    here.run(&[
        "answer",
        "set",
        "--city",
        "Gent",
        "civic.summary",
        "first\r\nversion",
    ])
    .success();
    let bundle = here.data.path().join("gent.workbook.toml");
    here.run(&["export", "--city", "Gent", "-o", bundle.to_str().unwrap()])
        .success();
    assert_eq!(
        stdout(&here.run(&["export", "--city", "Gent"]).success())
            .lines()
            .filter(|l| l.starts_with("[profile.answers"))
            .count(),
        2
    );

    there
        .run(&["import", bundle.to_str().unwrap()])
        .success()
        .stdout(contains("Created \"Gent\""));
    let shown = json(&there.run(&["city", "show", "gent", "--json"]).success());
    assert_eq!(shown["city"]["country"], "Belgium");
    assert_eq!(shown["answers"], 2);

    // Both sides change: "there" changes the name later, "here" adds staff.
    here.run(&["answer", "set", "--city", "Gent", "civic.staff", "4"])
        .success();
    here.run(&[
        "answer",
        "set",
        "--city",
        "Gent",
        "civic.summary",
        "here's change",
    ])
    .success();
    std::thread::sleep(std::time::Duration::from_millis(20));
    there
        .run(&[
            "answer",
            "set",
            "--city",
            "Gent",
            "civic.summary",
            "there's later change",
        ])
        .success();
    there
        .run(&["export", "--city", "Gent", "-o", bundle.to_str().unwrap()])
        .success();
    let report = json(
        &here
            .run(&["import", bundle.to_str().unwrap(), "--json"])
            .success(),
    );
    assert_eq!(report["created"], false);
    assert_eq!(report["conflicts"].as_array().unwrap().len(), 1);
    assert_eq!(report["conflicts"][0]["question"], "summary");
    assert_eq!(report["conflicts"][0]["kept"], "incoming");
    let summary = json(
        &here
            .run(&["answer", "get", "--city", "Gent", "civic.summary", "--json"])
            .success(),
    );
    assert_eq!(summary["value"], "there's later change");
    let staff = json(
        &here
            .run(&["answer", "get", "--city", "Gent", "civic.staff", "--json"])
            .success(),
    );
    assert_eq!(staff["value"], 4.0, "local-only answer kept");

    here.run(&["import", bundle.to_str().unwrap()])
        .success()
        .stdout(contains("0 conflicts"));

    here.run(&[
        "answer",
        "set",
        "--city",
        "Gent",
        "civic.summary",
        "mine again",
    ])
    .success();
    std::thread::sleep(std::time::Duration::from_millis(20));
    there
        .run(&[
            "answer",
            "set",
            "--city",
            "Gent",
            "civic.summary",
            "theirs again",
        ])
        .success();
    there
        .run(&["export", "--city", "Gent", "-o", bundle.to_str().unwrap()])
        .success();
    here.run(&["import", bundle.to_str().unwrap()])
        .success()
        .stdout(contains("1 conflict."))
        .stdout(contains("conflict civic.summary: kept the bundle's answer"))
        .stdout(contains("this machine (").and(contains(": mine again")))
        .stdout(contains(": theirs again"));
}

#[test]
fn bad_bundles_are_refused_with_a_location() {
    let env = Env::new();
    let file = env.data.path().join("b.toml");
    fs::create_dir_all(env.data.path()).unwrap();
    fs::write(&file, "bundle = 1\nexported = \"nope\"\n").unwrap();
    env.run(&["import", file.to_str().unwrap()])
        .code(4)
        .stderr(contains("b.toml:2:12"));
    fs::write(&file, "bundle = 9\nfuture = true\nexported = \"2024-01-01T00:00:00Z\"\nprogram = \"workbook 9\"\n[profile]\nformat = 1\n[profile.city]\nname = \"X\"\nrole = \"mayor\"\ncreated = \"2024-01-01T00:00:00Z\"\n").unwrap();
    env.run(&["import", file.to_str().unwrap()])
        .code(4)
        .stderr(contains("newer version"));
    fs::write(&file, "bundle = 1\nexported = \"2024-01-01T00:00:00Z\"\nprogram = \"w\"\n[profile]\nformat = 1\n[profile.city]\nname = \"X\"\nrole = \"mayor\"\ncreated = \"2024-01-01T00:00:00Z\"\n[profile.answers.civic.staff]\nvalue = \"lots\"\nworkbook_version = 1\nchanged = \"2024-01-01T00:00:00Z\"\n").unwrap();
    // A value the program does not understand for its question is kept exactly, never
    // dropped, and listed as needing attention.
    env.run(&["import", file.to_str().unwrap()])
        .success()
        .stdout(contains("needing attention"))
        .stdout(contains("civic.staff: `lots` is not a number"));
    env.run(&["city", "show", "X"])
        .success()
        .stdout(contains("civic.staff"));
    env.run(&["answer", "get", "--city", "X", "civic.staff"])
        .success()
        .stdout("lots\n");
}

/// An older bundle's answers in another form than this program's are stored in canonical form
/// as they are merged: a label becomes its value, "Yes" becomes yes, "1 200" becomes 1200.
#[test]
fn bundle_answers_are_recorded_through_the_same_rules() {
    let env = Env::new();
    let file = env.data.path().join("b.toml");
    fs::create_dir_all(env.data.path()).unwrap();
    let answer = |q: &str, v: &str| {
        format!(
            "[profile.answers.civic.{q}]\nvalue = {v}\nworkbook_version = 1\nchanged = \"2024-01-01T00:00:00Z\"\n"
        )
    };
    let bundle = format!(
        "bundle = 1\nexported = \"2024-01-01T00:00:00Z\"\nprogram = \"w\"\n[profile]\nformat = 1\n[profile.city]\nname = \"Older\"\nrole = \"mayor\"\ncreated = \"2024-01-01T00:00:00Z\"\n{}{}{}",
        answer("has_plan", "\"Yes\""),
        answer("trend", "\"Up\""),
        answer("staff", "\"1 200\""),
    );
    fs::write(&file, bundle).unwrap();
    env.run(&["import", file.to_str().unwrap()]).success();
    let get = |key: &str| {
        json(
            &env.run(&["answer", "get", "--city", "Older", key, "--json"])
                .success(),
        )["value"]
            .clone()
    };
    assert_eq!(get("civic.has_plan"), true);
    assert_eq!(get("civic.trend"), "up");
    assert_eq!(get("civic.staff"), 1200);
}

#[test]
fn a_profile_file_such_as_the_demo_city_imports_like_a_bundle() {
    let env = Env::new();
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("demo/demo-city.toml");
    let text = fs::read_to_string(&demo).unwrap();
    let profile: workbook::profile::Profile = toml::from_str(&text).unwrap();
    let count = profile.answer_count();
    env.cmd("v1")
        .arg("import")
        .arg(&demo)
        .assert()
        .success()
        .stdout(contains(format!("Created \"{}\"", profile.city.name)));
    let shown = json(
        &env.run(&["city", "show", &profile.city.name, "--json"])
            .success(),
    );
    assert_eq!(shown["answers"], count);
    assert_eq!(
        fs::read_to_string(&demo).unwrap(),
        text,
        "the source is untouched"
    );
}
