//! `workbook answer ...` and `workbook progress`: every value form, validation, import/export.

mod city_env;

use std::fs;

use city_env::{Env, json, stdout};
use predicates::str::contains;

fn env_with_city() -> Env {
    let env = Env::new();
    env.run(&["city", "new", "Lyon", "--role", "official"])
        .success();
    env
}

fn get(env: &Env, key: &str) -> serde_json::Value {
    json(
        &env.run(&["answer", "get", "--city", "Lyon", key, "--json"])
            .success(),
    )["value"]
        .clone()
}

#[test]
fn every_value_form_is_parsed_and_validated() {
    let env = env_with_city();
    let set = |key: &str, values: &[&str]| {
        let mut args = vec!["answer", "set", "--city", "lyon", key];
        args.extend(values);
        env.run(&args)
    };
    set("civic.name", &["Ana Ruiz"])
        .success()
        .stdout(contains("Saved civic.name for Lyon"));
    assert_eq!(get(&env, "civic.name"), "Ana Ruiz");
    set("civic.has_plan", &["yes"]).success();
    assert_eq!(get(&env, "civic.has_plan"), true);
    set("civic.plan_review", &["2026-03-31"]).success();
    set("civic.staff", &["1 200"]).success();
    assert_eq!(get(&env, "civic.staff"), 1200);
    set("civic.threats", &["extremism; Hate incidents"]).success();
    assert_eq!(
        get(&env, "civic.threats"),
        serde_json::json!(["hate", "extremism"])
    );
    set(
        "civic.threats",
        &["hate", "other", "--other", "online; abuse"],
    )
    .success();
    let answer = json(&env.run(&["answer", "get", "--city", "Lyon", "civic.threats", "--json"]));
    assert_eq!(answer["other"], "online; abuse");
    set("civic.ideas", &["a\\; b; c\\\\d ;; e\\nf"]).success();
    assert_eq!(
        get(&env, "civic.ideas"),
        serde_json::json!(["a; b", "c\\d", "e\nf"])
    );
    set("civic.ideas", &["one;two", "three"]).success();
    assert_eq!(
        get(&env, "civic.ideas"),
        serde_json::json!(["one;two", "three"])
    );
    set(
        "civic.partners",
        &["name=Ana, role=Chair\\, board, since=2019; name=Ben"],
    )
    .success();
    assert_eq!(
        get(&env, "civic.partners"),
        serde_json::json!([{"name": "Ana", "role": "Chair, board", "since": "2019"}, {"name": "Ben"}])
    );
    set(
        "civic.partners",
        &["--json", r#"[{"name":"Cy","since":"2020"}]"#],
    )
    .success();
    assert_eq!(
        get(&env, "civic.partners"),
        serde_json::json!([{"name": "Cy", "since": "2020"}])
    );
    env.run(&["answer", "get", "--city", "Lyon", "civic.partners"])
        .success()
        .stdout("name=Cy, since=2020\n");

    // Refused values change nothing and name the question.
    let before = fs::read(env.store().city_path("Lyon")).unwrap();
    set("civic.plan_review", &["31/03/2026"])
        .code(1)
        .stderr(contains("civic.plan_review: `31/03/2026` is not a date"));
    set("civic.staff", &["-3"])
        .code(1)
        .stderr(contains("below the minimum"));
    set("civic.staff", &["2.5"])
        .code(1)
        .stderr(contains("whole number"));
    set("civic.threats", &["bogus"])
        .code(1)
        .stderr(contains("not one of the choices"));
    set("civic.threats", &["other"])
        .code(1)
        .stderr(contains("say what it is"));
    set("civic.partners", &["role=Chair"])
        .code(1)
        .stderr(contains("Name is required"));
    set("civic.partners", &["colour=red"])
        .code(1)
        .stderr(contains("no column `colour`"));
    set("civic.partners", &["noequals"])
        .code(2)
        .stderr(contains("column=value"));
    set("civic.name", &["two\nlines"])
        .code(1)
        .stderr(contains("one line"));
    set("civic.name", &["a", "b"]).code(2);
    set("civic.ideas", &["bad\\q"])
        .code(2)
        .stderr(contains("unknown escape"));
    set("civic.name", &["--json", "{"])
        .code(2)
        .stderr(contains("JSON"));
    set("nope.q", &["x"])
        .code(1)
        .stderr(contains("no workbook `nope`"));
    set("civic.nope", &["x"])
        .code(1)
        .stderr(contains("workbook `civic` has no question `nope`"));
    set("civicname", &["x"])
        .code(2)
        .stderr(contains("WORKBOOK.QUESTION"));
    assert_eq!(fs::read(env.store().city_path("Lyon")).unwrap(), before);
}

#[test]
fn text_from_stdin_round_trips_exactly() {
    let env = env_with_city();
    let text =
        "Line one\r\n\"quoted\" ''' \"\"\" \\ back\u{0}slash\n\u{feff}BOM 👩‍👩‍👧 שלום\u{202e}\n\n";
    env.cmd("v1")
        .args(["answer", "set", "--city", "Lyon", "civic.summary", "-"])
        .write_stdin(format!("{text}\n"))
        .assert()
        .success();
    assert_eq!(get(&env, "civic.summary"), text);
    let big = "x".repeat(1024 * 1024 - 1);
    env.cmd("v1")
        .args(["answer", "set", "--city", "Lyon", "civic.summary", "-"])
        .write_stdin(big.clone())
        .assert()
        .success();
    assert_eq!(get(&env, "civic.summary"), big.as_str());
}

#[test]
fn terminal_output_is_sanitised() {
    let env = env_with_city();
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "civic.summary",
        "a\u{1b}]0;owned\u{7}b",
    ])
    .success();
    let out = stdout(
        &env.run(&["answer", "get", "--city", "Lyon", "civic.summary"])
            .success(),
    );
    assert_eq!(out, "ab\n");
}

#[test]
fn get_and_clear() {
    let env = env_with_city();
    env.run(&["answer", "get", "--city", "Lyon", "civic.name"])
        .code(1)
        .stderr(contains("no answer"));
    env.run(&["answer", "set", "--city", "Lyon", "civic.name", "Ana"])
        .success();
    env.run(&["answer", "set", "--city", "Lyon", "civic.name", "Ana"])
        .success()
        .stdout(contains("Unchanged"));
    env.run(&["answer", "clear", "--city", "Lyon", "civic.name"])
        .success()
        .stdout(contains("Cleared"));
    env.run(&["answer", "get", "--city", "Lyon", "civic.name"])
        .code(1);
    env.run(&["answer", "clear", "--city", "Lyon", "civic.name"])
        .success()
        .stdout(contains("had no answer"));
    env.run(&["answer", "clear", "--city", "Lyon", "civic.nope"])
        .code(1)
        .stderr(contains("no question `nope`"));
    env.run(&["answer", "set", "--city", "Lyon", "civic.summary", "  "])
        .success()
        .stdout(contains("Unchanged"));
}

#[test]
fn export_then_import_into_another_city() {
    let env = env_with_city();
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "civic.summary",
        "multi\nline \"text\"",
    ])
    .success();
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "civic.partners",
        "name=Ana",
    ])
    .success();
    let file = env.data.path().join("answers.toml");
    env.run(&[
        "answer",
        "export",
        "--city",
        "Lyon",
        "-o",
        file.to_str().unwrap(),
    ])
    .success();
    let exported = fs::read_to_string(&file).unwrap();
    assert!(exported.contains("[answers.civic.summary]"), "{exported}");
    assert_eq!(
        stdout(&env.run(&["answer", "export", "--city", "Lyon"])),
        exported
    );

    env.run(&["city", "new", "Gent"]).success();
    env.run(&["answer", "import", "--city", "Gent", file.to_str().unwrap()])
        .success()
        .stdout(contains("2 set"));
    env.run(&["answer", "get", "--city", "Gent", "civic.summary"])
        .success()
        .stdout("multi\nline \"text\"\n");
}

#[test]
fn an_import_with_any_bad_answer_imports_nothing() {
    let env = env_with_city();
    let file = env.data.path().join("bad.toml");
    fs::write(
        &file,
        "[answers.civic.name]\nvalue = \"ok\"\n\n[answers.civic.staff]\nvalue = \"many\"\n\n[answers.ghost.q]\nvalue = \"x\"\n\n[answers.civic.ghost]\nvalue = \"x\"\n",
    )
    .unwrap();
    let before = fs::read(env.store().city_path("Lyon")).unwrap();
    env.run(&["answer", "import", "--city", "Lyon", file.to_str().unwrap()])
        .code(1)
        .stderr(contains("nothing was imported"))
        .stderr(contains("civic.staff: `many` is not a number"))
        .stderr(contains("no workbook `ghost`"))
        .stderr(contains("no question `ghost`"));
    assert_eq!(fs::read(env.store().city_path("Lyon")).unwrap(), before);
    fs::write(&file, "[answers.civic.name]\nvalu = 1\n").unwrap();
    env.run(&["answer", "import", "--city", "Lyon", file.to_str().unwrap()])
        .code(4)
        .stderr(contains("bad.toml:2:1"));
}

#[test]
fn progress_counts_relevant_questions_only() {
    let env = env_with_city();
    let counts = |env: &Env| {
        let rows = json(&env.run(&["progress", "--city", "Lyon", "--json"]).success());
        let civic = rows
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["workbook"] == "civic")
            .unwrap()
            .clone();
        (
            civic["answered"].as_u64().unwrap(),
            civic["relevant"].as_u64().unwrap(),
            civic["required"].as_u64().unwrap(),
            civic["required_answered"].as_u64().unwrap(),
        )
    };
    assert_eq!(counts(&env), (0, 11, 2, 0));
    env.run(&["answer", "set", "--city", "Lyon", "civic.has_plan", "yes"])
        .success();
    assert_eq!(counts(&env), (1, 12, 3, 1));
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "civic.plan_review",
        "2026-01-01",
    ])
    .success();
    assert_eq!(counts(&env), (2, 12, 3, 2));
    env.run(&["answer", "set", "--city", "Lyon", "civic.has_plan", "no"])
        .success();
    assert_eq!(
        counts(&env),
        (1, 11, 2, 1),
        "the hidden date no longer counts"
    );
    env.run(&["progress", "--city", "Lyon"])
        .success()
        .stdout(contains("civic"))
        .stdout(contains("1/2"));
}

#[test]
fn a_failed_save_is_reported_and_changes_nothing() {
    let env = env_with_city();
    env.run(&["answer", "set", "--city", "Lyon", "civic.name", "Ana"])
        .success();
    let path = env.store().city_path("Lyon");
    let before = fs::read(&path).unwrap();
    // Block the backup step of the next save: a folder where its staging file must go.
    let name = path.file_name().unwrap().to_string_lossy();
    let blocker = env.cities().join(format!(".{name}.bak.1.new.tmp"));
    fs::create_dir(&blocker).unwrap();
    fs::write(blocker.join("x"), "x").unwrap();
    env.run(&["answer", "set", "--city", "Lyon", "civic.name", "Ben"])
        .code(1)
        .stderr(contains("the change was NOT saved"));
    assert_eq!(fs::read(&path).unwrap(), before);
    fs::remove_dir_all(&blocker).unwrap();
    env.run(&["answer", "set", "--city", "Lyon", "civic.name", "Ben"])
        .success();
    env.run(&["answer", "get", "--city", "Lyon", "civic.name"])
        .success()
        .stdout("Ben\n");
}

fn set_ok(env: &Env, city: &str, key: &str, value: &str) {
    env.run(&["answer", "set", "--city", city, key, value])
        .success();
}

fn raw_value(env: &Env, city: &str, key: &str) -> String {
    let out = env
        .run(&["answer", "get", "--city", city, key, "--json"])
        .success();
    let text = stdout(&out);
    text.lines()
        .find(|l| l.trim_start().starts_with("\"value\""))
        .unwrap_or_else(|| panic!("{text}"))
        .trim()
        .trim_end_matches(',')
        .to_string()
}

fn profile_text(env: &Env) -> String {
    let file = fs::read_dir(env.cities())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "toml"))
        .unwrap();
    fs::read_to_string(file).unwrap()
}

#[test]
fn numbers_are_stored_exactly_as_typed() {
    let env = env_with_city();
    set_ok(&env, "Lyon", "civic.budget", "9007199254740993");
    assert_eq!(
        raw_value(&env, "Lyon", "civic.budget"),
        "\"value\": 9007199254740993"
    );
    assert!(profile_text(&env).contains("value = 9007199254740993"));
    set_ok(&env, "Lyon", "civic.confidence", "4");
    assert_eq!(raw_value(&env, "Lyon", "civic.confidence"), "\"value\": 4");
    let text = profile_text(&env);
    assert!(
        text.contains("value = 4\n") && !text.contains("4.0"),
        "{text}"
    );
    set_ok(&env, "Lyon", "civic.budget", "123456789012345678.25");
    assert_eq!(
        raw_value(&env, "Lyon", "civic.budget"),
        "\"value\": \"123456789012345678.25\""
    );
    env.run(&["answer", "get", "--city", "Lyon", "civic.budget"])
        .success()
        .stdout("123456789012345678.25\n");
}

#[test]
fn a_decimal_comma_follows_the_city_number_format() {
    let env = env_with_city();
    // Lyon writes decimal points (the test locale is C): `12,5` is refused, never 125.
    env.run(&["answer", "set", "--city", "Lyon", "civic.budget", "12,5"])
        .failure()
        .code(1)
        .stderr(contains("civic.budget"))
        .stderr(contains("decimal comma"))
        .stderr(contains("12.5"));
    env.run(&["answer", "get", "--city", "Lyon", "civic.budget"])
        .failure();
    env.run(&["answer", "set", "--city", "Lyon", "civic.budget", "1,234"])
        .failure()
        .stderr(contains("1234"))
        .stderr(contains("1.234"));

    env.run(&["city", "new", "Lille", "--number-format", "comma"])
        .success()
        .stdout(contains("decimal comma"));
    for (typed, stored) in [
        ("12,5", "12.5"),
        ("1.234,5", "1234.5"),
        ("1 234,5", "1234.5"),
    ] {
        set_ok(&env, "Lille", "civic.budget", typed);
        assert_eq!(
            raw_value(&env, "Lille", "civic.budget"),
            format!("\"value\": {stored}")
        );
    }
    env.run(&["answer", "get", "--city", "Lille", "civic.budget"])
        .success()
        .stdout("1234,5\n");
    env.run(&["answer", "set", "--city", "Lille", "civic.budget", "1.234"])
        .failure()
        .stderr(contains("two ways"));
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lille",
        "civic.partners",
        "name=Ana, since=2019,5",
    ])
    .failure();
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lille",
        "civic.partners",
        "name=Ana, since=2019\\,5",
    ])
    .success();
    assert_eq!(
        get_city(&env, "Lille", "civic.partners"),
        serde_json::json!([{"name": "Ana", "since": "2019.5"}])
    );

    env.run(&["city", "edit", "Lyon", "--number-format", "comma"])
        .success()
        .stdout(contains("decimal comma"));
    set_ok(&env, "Lyon", "civic.budget", "12,5");
    assert_eq!(raw_value(&env, "Lyon", "civic.budget"), "\"value\": 12.5");
    env.run(&["city", "show", "Lyon"])
        .success()
        .stdout(contains("Numbers:  decimal comma: 1234,5"));
}

fn get_city(env: &Env, city: &str, key: &str) -> serde_json::Value {
    json(
        &env.run(&["answer", "get", "--city", city, key, "--json"])
            .success(),
    )["value"]
        .clone()
}

/// A hand-edited profile: `"Yes"` for a yes/no answer and a choice's label are understood (and
/// stored in canonical form only by `migrate`); a value that means nothing for its question is
/// kept exactly, counted as needing attention, and shown by `city show` and `progress`.
#[test]
fn stored_values_the_program_does_not_write_are_kept_and_flagged() {
    let env = env_with_city();
    set_ok(&env, "Lyon", "civic.name", "Ana");
    let file = fs::read_dir(env.cities())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "toml"))
        .unwrap();
    let mut text = fs::read_to_string(&file).unwrap();
    for (question, value) in [
        ("has_plan", "\"Yes\""),
        ("trend", "\"Sideways\""),
        ("threats", "[\"Hate incidents\"]"),
    ] {
        text.push_str(&format!(
            "\n[answers.civic.{question}]\nvalue = {value}\nworkbook_version = 1\nchanged = \"2026-01-01T00:00:00Z\"\n"
        ));
    }
    fs::write(&file, &text).unwrap();
    let shown = stdout(&env.run(&["city", "show", "Lyon"]).success());
    assert!(shown.contains("needing attention"), "{shown}");
    assert!(
        shown.contains("civic.trend: `Sideways` is not one of the choices"),
        "{shown}"
    );
    assert!(!shown.contains("civic.has_plan:"), "{shown}");
    let progress = json(&env.run(&["progress", "--city", "Lyon", "--json"]).success());
    let civic = progress
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["workbook"] == "civic")
        .unwrap();
    assert_eq!(civic["attention"], 1, "{civic}");
    // "Yes" reads as yes: the follow-up it opens is counted as relevant and required.
    assert_eq!(civic["required"], 3, "{civic}");
    env.run(&["answer", "get", "--city", "Lyon", "civic.trend"])
        .success()
        .stdout("Sideways\n");
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        text,
        "reading changed nothing"
    );

    env.run(&["migrate", "--city", "Lyon", "--dry-run"])
        .success()
        .stdout(contains("civic.has_plan: stored `Yes` as `yes`"));
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        text,
        "a dry run changed nothing"
    );
    env.run(&["migrate", "--city", "Lyon"]).success();
    assert_eq!(get(&env, "civic.has_plan"), true);
    assert_eq!(get(&env, "civic.threats"), serde_json::json!(["hate"]));
    assert_eq!(get(&env, "civic.trend"), "Sideways", "kept exactly");
}

/// `answer get` prints a table or list in the form `answer set` reads: pasted back, it sets the
/// same answer, whatever its cells hold.
#[test]
fn table_and_list_answers_print_in_the_form_answer_set_reads() {
    let env = env_with_city();
    env.run(&["city", "edit", "Lyon", "--number-format", "comma"])
        .success();
    let partners = r#"[
        {"name": "Ana; \"the chair\"", "role": "Board | council = both,\nand more", "since": "12,5"},
        {"name": "Back\\slash 'quoted'", "role": "a=b; c"}
    ]"#;
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "civic.partners",
        "--json",
        partners,
    ])
    .success();
    let printed = |key: &str| stdout(&env.run(&["answer", "get", "--city", "Lyon", key]).success());
    let first = printed("civic.partners");
    assert_eq!(
        first,
        "name=Ana\\; \"the chair\", role=Board | council \\= both\\,\\nand more, since=12\\,5; \
         name=Back\\\\slash 'quoted', role=a\\=b\\; c\n"
    );
    let stored = get(&env, "civic.partners");

    env.run(&["answer", "clear", "--city", "Lyon", "civic.partners"])
        .success();
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "civic.partners",
        first.trim_end(),
    ])
    .success();
    assert_eq!(printed("civic.partners"), first);
    assert_eq!(get(&env, "civic.partners"), stored);

    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "civic.ideas",
        "--json",
        r#"["one; two", "line\nbreak", "a=b, c | \"d\""]"#,
    ])
    .success();
    let list = printed("civic.ideas");
    assert_eq!(list, "one\\; two; line\\nbreak; a=b, c | \"d\"\n");
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "civic.ideas",
        list.trim_end(),
    ])
    .success()
    .stdout(contains("Unchanged"));
    assert_eq!(printed("civic.ideas"), list);
}
