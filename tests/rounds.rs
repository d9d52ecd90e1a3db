//! Rounds from the command line: a city taken through three rounds, closed rounds kept as they
//! were, the format moved only by the first close, bundles carrying rounds, and kill -9 during
//! `round close` leaving the old or the new state, never a mix.

mod city_env;

use std::process::Stdio;
use std::time::{Duration, Instant};

use city_env::{Env, json, stdout};
use predicates::str::contains;
use workbook::answer::Value;

fn text(env: &Env, key: &str) -> Option<String> {
    let (w, q) = key.split_once('.').unwrap();
    env.store()
        .load("Lyon")
        .unwrap()
        .value(w, q)
        .and_then(Value::as_text)
        .map(str::to_string)
}

fn city_path(env: &Env) -> std::path::PathBuf {
    std::fs::read_dir(env.cities())
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().ends_with(".toml"))
        .unwrap()
        .path()
}

fn city_file(env: &Env) -> String {
    std::fs::read_to_string(city_path(env)).unwrap()
}

/// Lyon with one answer, `civic.name` = "Team", and round 2025 closed.
fn lyon_with_round_2025() -> Env {
    let env = Env::new();
    env.run(&["city", "new", "Lyon"]).success();
    env.run(&["answer", "set", "--city", "Lyon", "civic.name", "Team"])
        .success();
    env.run(&["round", "close", "--city", "Lyon", "--label", "2025"])
        .success();
    env
}

#[test]
fn a_city_through_three_rounds_keeps_each_year_as_it_was() {
    let env = Env::new();
    env.run(&["city", "new", "Lyon"]).success();
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "civic.name",
        "Mapping team",
    ])
    .success();
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "civic.summary",
        "Youth tensions",
    ])
    .success();
    assert!(
        city_file(&env).starts_with("format = 2\n"),
        "no round yet: format 2"
    );

    // A dry run says what would happen and changes nothing.
    let before = city_file(&env);
    env.run(&[
        "round",
        "close",
        "--city",
        "Lyon",
        "--label",
        "2025",
        "--dry-run",
    ])
    .success()
    .stdout(contains("Would close round 2025 of Lyon: 2 answers"))
    .stdout(contains("profile format 3"))
    .stdout(contains("Nothing was saved"));
    assert_eq!(city_file(&env), before);

    env.run(&["round", "close", "--city", "Lyon", "--label", "2025"])
        .success()
        .stdout(contains("Closed round 2025 of Lyon: 2 answers"))
        .stdout(contains("from 2025: confirm or update"));
    assert!(city_file(&env).starts_with("format = 3\n"));

    // Round two: one answer confirmed, one updated, one new.
    env.run(&["answer", "get", "--city", "Lyon", "civic.name"])
        .success()
        .stdout("Mapping team\n")
        .stderr(contains("From 2025: confirm or update"))
        .stderr(contains("workbook answer confirm --city Lyon civic.name"));
    env.run(&["answer", "confirm", "--city", "Lyon", "civic.name"])
        .success()
        .stdout(contains(
            "Kept as this round's answers for Lyon: civic.name.",
        ));
    env.run(&["answer", "confirm", "--city", "Lyon", "civic.name"])
        .failure()
        .stderr(contains("civic.name is already this round's answer"));
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "civic.summary",
        "Online hate",
    ])
    .success();
    env.run(&["answer", "set", "--city", "Lyon", "civic.has_plan", "yes"])
        .success();
    let listed = json(
        &env.run(&["round", "list", "--city", "Lyon", "--json"])
            .success(),
    );
    let open = &listed[1];
    assert_eq!(open["open"], true);
    let civic = open["review"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["workbook"] == "civic")
        .unwrap();
    assert_eq!(
        (
            civic["confirmed"].as_u64(),
            civic["updated"].as_u64(),
            civic["new"].as_u64(),
            civic["to_confirm"].as_u64()
        ),
        (Some(1), Some(1), Some(1), Some(0)),
        "{civic}"
    );

    // Round three: typing the carried answer again confirms it.
    env.run(&["round", "close", "--city", "Lyon", "--label", "2026"])
        .success();
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "civic.summary",
        "Online hate",
    ])
    .success()
    .stdout(contains("Kept as this round's answer: civic.summary"));
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "civic.summary",
        "Calmer year",
    ])
    .success();

    let profile = env.store().load("Lyon").unwrap();
    let rounds = workbook::profile::round::rounds(&profile);
    let labels: Vec<&str> = rounds.iter().map(|(l, _)| *l).collect();
    assert_eq!(labels, ["2025", "2026"]);
    let summary = |label: &str| {
        let (_, r) = workbook::profile::round::find(&profile, label).unwrap();
        r.answer("civic", "summary").unwrap().value.clone()
    };
    assert_eq!(summary("2025"), Value::Text("Youth tensions".into()));
    assert_eq!(summary("2026"), Value::Text("Online hate".into()));
    assert_eq!(text(&env, "civic.summary").as_deref(), Some("Calmer year"));

    let table = stdout(&env.run(&["round", "list", "--city", "Lyon"]).success());
    assert!(table.contains("2025 "), "{table}");
    assert!(table.contains("open (current)"), "{table}");
    assert!(table.contains("This round against 2026:"), "{table}");

    env.run(&["city", "show", "Lyon"])
        .success()
        .stdout(contains("Rounds:   2 closed (2025, 2026)"))
        .stdout(contains(
            "2 answers carried over from 2026 to confirm or update",
        ));
    env.run(&["round", "close", "--city", "Lyon", "--label", "2026"])
        .failure()
        .stderr(contains("already has a round named \"2026\""));
    env.run(&["round", "close", "--city", "Lyon", "--label", "current"])
        .failure()
        .stderr(contains("kept for the open round"));
}

#[test]
fn a_city_with_no_answers_has_nothing_to_close_and_a_newer_format_is_refused() {
    let env = Env::new();
    env.run(&["city", "new", "Lyon"]).success();
    env.run(&["round", "close", "--city", "Lyon"])
        .failure()
        .stderr(contains("no answers yet, so there is nothing to close"));
    env.run(&["round", "list", "--city", "Lyon"])
        .success()
        .stdout(contains("No round closed yet"));
    let path = city_path(&env);
    let newer = std::fs::read_to_string(&path)
        .unwrap()
        .replace("format = 2", "format = 5");
    std::fs::write(&path, &newer).unwrap();
    env.run(&["round", "close", "--city", "Lyon", "--label", "x"])
        .failure()
        .stderr(contains("newer version of workbook (profile format 5"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
}

#[test]
fn bundles_carry_rounds_and_merge_them_by_label() {
    let env = lyon_with_round_2025();
    let bundle = env.data.path().join("lyon.bundle.toml");
    env.run(&["export", "--city", "Lyon", "-o", bundle.to_str().unwrap()])
        .success();
    assert!(
        std::fs::read_to_string(&bundle)
            .unwrap()
            .starts_with("bundle = 2\n")
    );

    // Into a machine that has Lyon without rounds: the round is added, the answer merges.
    let other = Env::new();
    other.run(&["city", "new", "Lyon"]).success();
    other
        .run(&["answer", "set", "--city", "Lyon", "civic.name", "Team"])
        .success();
    other
        .run(&["import", bundle.to_str().unwrap()])
        .success()
        .stdout(contains("Added closed rounds: 2025."));
    let listed = json(
        &other
            .run(&["round", "list", "--city", "Lyon", "--json"])
            .success(),
    );
    assert_eq!(listed[0]["label"], "2025");
    assert_eq!(listed[0]["answers"], 1);

    // Importing the same bundle again changes nothing.
    let file = city_file(&other);
    other.run(&["import", bundle.to_str().unwrap()]).success();
    assert_eq!(city_file(&other), file);
}

#[cfg(unix)]
#[test]
fn kill_9_during_round_close_leaves_the_old_or_the_new_state() {
    let env = Env::new();
    env.run(&["city", "new", "Lyon"]).success();
    // Big answers, so that a close (which writes every answer twice) takes a while.
    let filler = "żółć \"x\" \r\n".repeat(6_000);
    env.cmd("v1")
        .args(["answer", "set", "--city", "Lyon", "civic.summary", "-"])
        .write_stdin(filler.clone())
        .assert()
        .success();
    env.run(&["answer", "set", "--city", "Lyon", "civic.name", "Team"])
        .success();
    let timed = Instant::now();
    env.run(&["round", "close", "--city", "Lyon", "--label", "r0"])
        .success();
    let mut delay = timed.elapsed().as_micros() as f64;
    let mut last = "r0".to_string();
    let (mut tries, mut closed, mut kept) = (0, 0, 0);
    let started = Instant::now();
    while (started.elapsed() < Duration::from_secs(3) || tries < 20)
        && started.elapsed() < Duration::from_secs(60)
    {
        tries += 1;
        let label = format!("r{tries}");
        let mut child = env
            .std_cmd("v1")
            .args(["round", "close", "--city", "Lyon", "--label", &label])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let spread = 0.5 + (tries % 10) as f64 / 10.0;
        std::thread::sleep(Duration::from_micros((delay * spread) as u64));
        let _ = child.kill();
        let status = child.wait().unwrap();
        delay *= if status.success() { 0.85 } else { 1.15 };

        let profile = env
            .store()
            .load("Lyon")
            .unwrap_or_else(|e| panic!("try {tries}: unreadable after kill: {e}"));
        let labels: Vec<String> = workbook::profile::round::rounds(&profile)
            .into_iter()
            .map(|(l, _)| l.to_string())
            .collect();
        let marks: Vec<Option<&str>> = profile
            .answers()
            .values()
            .flat_map(|a| a.values())
            .map(|a| a.from_round.as_deref())
            .collect();
        assert_eq!(marks.len(), 2, "try {tries}: answers lost");
        if labels.contains(&label) {
            assert!(
                marks.iter().all(|m| *m == Some(label.as_str())),
                "try {tries}: round {label} closed but answers marked {marks:?}"
            );
            last = label;
            closed += 1;
        } else {
            assert!(
                marks.iter().all(|m| *m == Some(last.as_str())),
                "try {tries}: round {label} not closed but answers marked {marks:?}"
            );
            kept += 1;
        }
    }
    eprintln!("{tries} tries: {closed} closed, {kept} left as they were");
    assert!(
        closed > 0 && kept > 0,
        "kills did not spread over the close"
    );
}

#[test]
fn answer_export_of_a_city_with_rounds_imports_elsewhere_with_its_notes() {
    let env = lyon_with_round_2025();
    let exported = stdout(&env.run(&["answer", "export", "--city", "Lyon"]).success());
    assert!(exported.contains("from_round = \"2025\""), "{exported}");
    let file = env.data.path().join("answers.toml");
    let with_note = exported.replace(
        "from_round = \"2025\"",
        "from_round = \"2025\"\n\n[[answers.civic.name.notes]]\ntext = \"Earlier answer, kept\"\nvalue = \"Old team\"",
    );
    std::fs::write(&file, with_note).unwrap();
    env.run(&["city", "new", "Gent"]).success();
    env.run(&["answer", "import", "--city", "Gent", file.to_str().unwrap()])
        .success();
    let gent = env.store().load("Gent").unwrap();
    let answer = gent.answer("civic", "name").unwrap();
    assert_eq!(answer.value, Value::Text("Team".into()));
    assert_eq!(answer.from_round, None, "an import is this round's answer");
    assert_eq!(answer.notes.len(), 1);
    assert_eq!(answer.notes[0].value, Some(Value::Text("Old team".into())));
}
