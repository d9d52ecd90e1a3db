//! `workbook city ...`: every subcommand, hostile names, confirmation, recovery.

mod city_env;

use std::fs;

use city_env::{Env, json, stdout};
use predicates::str::contains;

#[test]
fn new_list_show_rename_delete_restore() {
    let env = Env::new();
    env.run(&[
        "city",
        "new",
        "São Paulo",
        "--country",
        "Brazil",
        "--role",
        "mayor",
    ])
    .success()
    .stdout(contains("Created \"São Paulo\""));
    env.run(&["city", "new", "Lyon"]).success();
    let list = json(&env.run(&["city", "list", "--json"]).success());
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Lyon", "São Paulo"]);
    assert_eq!(list[1]["role"], "mayor");
    assert_eq!(list[1]["country"], "Brazil");
    env.run(&["city", "list"])
        .success()
        .stdout(contains("São Paulo, Brazil  (mayor"));

    let shown = json(&env.run(&["city", "show", "SÃO PAULO", "--json"]).success());
    assert_eq!(shown["city"]["name"], "São Paulo");
    assert_eq!(shown["answers"], 0);
    env.run(&["city", "show", "são paulo"])
        .success()
        .stdout(contains("Role:     mayor"));

    env.run(&["city", "rename", "são paulo", "Sampa"]).success();
    env.run(&["city", "show", "São Paulo"])
        .code(1)
        .stderr(contains("no city named"));
    env.run(&["city", "show", "Sampa"]).success();

    env.run(&["city", "delete", "sampa", "--yes"])
        .success()
        .stdout(contains("restore"));
    env.run(&["city", "show", "Sampa"]).code(1);
    env.run(&["city", "restore", "Sampa"])
        .success()
        .stdout(contains("Restored \"Sampa\""));
    env.run(&["city", "show", "Sampa"]).success();
}

#[test]
fn delete_asks_and_refuses_without_a_terminal() {
    let env = Env::new();
    env.run(&["city", "new", "Gent"]).success();
    env.cmd("v1")
        .args(["city", "delete", "Gent"])
        .write_stdin("yes\n")
        .assert()
        .code(2)
        .stderr(contains("--yes"));
    env.run(&["city", "show", "Gent"]).success();
}

#[test]
fn bad_and_duplicate_names_are_refused() {
    let env = Env::new();
    env.run(&["city", "new", "  "])
        .code(2)
        .stderr(contains("empty"));
    env.run(&["city", "new", "a\u{1b}[2Jb"])
        .code(2)
        .stderr(contains("control"));
    env.run(&["city", "new", "Zürich"]).success();
    env.run(&["city", "new", "ZÜRICH"])
        .code(1)
        .stderr(contains("already exists"));
    env.run(&["city", "rename", "zürich", ""]).code(2);
    env.run(&["city", "show", "nowhere"])
        .code(1)
        .stderr(contains("no city named \"nowhere\""));
}

#[test]
fn hostile_names_stay_inside_the_data_folder() {
    let env = Env::new();
    let names = [
        "../../escape",
        "/etc/passwd",
        "CON",
        "nul",
        "a/b.",
        "..",
        "東京",
        "C:\\x",
    ];
    for name in names {
        env.run(&["city", "new", name]).success();
    }
    let files: Vec<_> = fs::read_dir(env.cities())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    let profiles = files
        .iter()
        .filter(|f| f.to_string_lossy().ends_with(".toml"))
        .count();
    assert_eq!(profiles, names.len());
    assert_eq!(
        fs::read_dir(env.data.path()).unwrap().count(),
        1,
        "only cities/"
    );
    let list = json(&env.run(&["city", "list", "--json"]).success());
    assert_eq!(list.as_array().unwrap().len(), names.len());
    for name in names {
        let shown = json(&env.run(&["city", "show", name, "--json"]).success());
        assert_eq!(shown["city"]["name"], name);
    }
}

#[test]
fn an_unreadable_profile_is_reported_kept_and_restorable() {
    let env = Env::new();
    env.run(&["city", "new", "Oslo"]).success();
    env.run(&["answer", "set", "--city", "Oslo", "civic.name", "first"])
        .success();
    env.run(&["answer", "set", "--city", "Oslo", "civic.name", "second"])
        .success();
    let path = env.store().city_path("Oslo");
    let broken = b"format = 1\n[city]\nname = \"Os".to_vec();
    fs::write(&path, &broken).unwrap();
    let expected = format!("{}:3:11:", path.display());
    for args in [
        &["city", "show", "Oslo"][..],
        &["answer", "set", "--city", "Oslo", "civic.name", "third"],
        &["answer", "get", "--city", "Oslo", "civic.name"],
        &["progress", "--city", "Oslo"],
        &["city", "rename", "Oslo", "Bergen"],
        &["city", "delete", "Oslo", "--yes"],
        &["export", "--city", "Oslo"],
    ] {
        env.run(args).code(4).stderr(contains(expected.as_str()));
        assert_eq!(
            fs::read(&path).unwrap(),
            broken,
            "{args:?} changed the file"
        );
    }
    env.run(&["city", "list"])
        .success()
        .stdout(contains("UNREADABLE"));
    let out = stdout(&env.run(&["city", "restore", "Oslo"]).success());
    assert!(out.contains("kept as"), "{out}");
    env.run(&["answer", "get", "--city", "Oslo", "civic.name"])
        .success()
        .stdout("first\n");
    let aside: Vec<_> = fs::read_dir(env.cities())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
        .collect();
    assert_eq!(fs::read(aside[0].path()).unwrap(), broken);
}

#[test]
fn a_newer_format_profile_is_not_touched() {
    let env = Env::new();
    env.run(&["city", "new", "Turku"]).success();
    let path = env.store().city_path("Turku");
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("format = 2", "format = 7");
    fs::write(&path, &text).unwrap();
    env.run(&["answer", "set", "--city", "Turku", "civic.name", "x"])
        .code(4)
        .stderr(contains("newer version"));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn restore_without_a_backup_says_so() {
    let env = Env::new();
    env.run(&["city", "restore", "Nowhere"])
        .code(1)
        .stderr(contains("no readable backup"));
}

#[cfg(unix)]
#[test]
fn profiles_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.run(&["city", "new", "Oslo"]).success();
    env.run(&["answer", "set", "--city", "Oslo", "civic.name", "x"])
        .success();
    for entry in fs::read_dir(env.cities()).unwrap() {
        let entry = entry.unwrap();
        let mode = entry.metadata().unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{:?}", entry.file_name());
    }
    let mode = fs::metadata(env.cities()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
}
