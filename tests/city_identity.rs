//! A city is one city whatever the spelling, invisible characters never make a look-alike, and
//! a city is found by the name inside its file, whatever the file is called.

mod city_env;

use std::fs;
use std::path::{Path, PathBuf};

use city_env::{Env, json, stdout};
use predicates::str::contains;
use unicode_normalization::UnicodeNormalization;
use workbook::profile::store::Wait;

fn profiles(env: &Env) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(env.cities())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

/// Edits the `name` line of a profile by hand, as a user with a text editor would.
fn rename_by_hand(file: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(file).unwrap();
    let edited = text.replace(&format!("name = \"{from}\""), &format!("name = \"{to}\""));
    assert_ne!(text, edited, "no name line for {from}");
    fs::write(file, edited).unwrap();
}

#[test]
fn a_fullwidth_spelling_is_the_same_city() {
    let env = Env::new();
    env.run(&["city", "new", "Lyon"]).success();
    env.run(&["city", "new", "ＬＹＯＮ"])
        .code(1)
        .stderr(contains("a city named \"Lyon\" already exists"));
    env.run(&["city", "new", "Ville-ﬂeurie"]).success();
    env.run(&["city", "new", "VILLE-FLEURIE"]).code(1);
    env.run(&["answer", "set", "--city", "ｌｙｏｎ", "civic.name", "Ana"])
        .success();
    env.run(&["answer", "get", "--city", "Lyon", "civic.name"])
        .success()
        .stdout("Ana\n");
    assert_eq!(profiles(&env).len(), 2);
}

#[test]
fn invisible_characters_are_refused_naming_the_code_point() {
    let env = Env::new();
    env.run(&["city", "new", "Lyon"]).success();
    for (name, code) in [
        ("Ly\u{200B}on", "U+200B"),
        ("Lyon\u{200D}", "U+200D"),
        ("\u{202E}noyL", "U+202E"),
        ("Ly\u{FE0F}on", "U+FE0F"),
        ("Lyon\u{3164}", "U+3164"),
        ("Lyon\u{115F}", "U+115F"),
    ] {
        env.run(&["city", "new", name])
            .code(2)
            .stderr(contains(code))
            .stderr(contains("Type the name with visible"));
        env.run(&["city", "rename", "Lyon", name])
            .code(2)
            .stderr(contains(code));
    }
    let list = json(&env.run(&["city", "list", "--json"]).success());
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["name"], "Lyon");
}

#[test]
fn a_bundle_naming_a_new_city_with_an_invisible_character_is_refused() {
    let env = Env::new();
    env.run(&["city", "new", "Gent"]).success();
    let bundle = env.home.path().join("gent.workbook.toml");
    env.run(&["export", "--city", "Gent", "-o", bundle.to_str().unwrap()])
        .success();
    let text = fs::read_to_string(&bundle).unwrap();
    fs::write(
        &bundle,
        text.replace("name = \"Gent\"", "name = \"Ge\u{200B}nt\""),
    )
    .unwrap();
    env.run(&["import", bundle.to_str().unwrap()])
        .code(1)
        .stderr(contains("nothing was imported"))
        .stderr(contains("U+200B"));
    assert_eq!(profiles(&env).len(), 1);
}

#[test]
fn a_name_edited_by_hand_is_found_by_every_command() {
    let env = Env::new();
    env.run(&["city", "new", "Lyon"]).success();
    let [file] = profiles(&env).try_into().unwrap();
    rename_by_hand(&file, "Lyon", "Lyon Métropole");

    let shown = json(
        &env.run(&["city", "show", "lyon métropole", "--json"])
            .success(),
    );
    assert_eq!(shown["city"]["name"], "Lyon Métropole");
    assert_eq!(shown["file"], file.display().to_string());
    env.run(&["city", "show", "Lyon"])
        .code(1)
        .stderr(contains("no city named \"Lyon\""));

    env.run(&[
        "answer",
        "set",
        "--city",
        "LYON MÉTROPOLE",
        "civic.name",
        "Ana",
    ])
    .success();
    env.run(&["progress", "--city", "Lyon Métropole"]).success();
    env.run(&["plan", "--city", "Lyon Métropole"])
        .success()
        .stdout(contains("Lyon Métropole"));
    env.cmd("v1")
        .args(["open", "civic", "--city", "lyon métropole", "--plain"])
        .write_stdin("Summary typed in plain mode\n.\n")
        .assert()
        .success();
    // Everything went into the one file the city lives in.
    assert_eq!(profiles(&env), std::slice::from_ref(&file));
    let profile = env.store().load("Lyon Métropole").unwrap();
    assert_eq!(
        profile.value("civic", "name").and_then(|v| v.as_text()),
        Some("Ana")
    );
    assert_eq!(
        profile.value("civic", "summary").and_then(|v| v.as_text()),
        Some("Summary typed in plain mode")
    );

    // The lock is the file's, whichever spelling is typed.
    let held = env.store().open_city("Lyon Métropole", Wait::NO).unwrap();
    env.run(&[
        "answer",
        "set",
        "--no-wait",
        "--city",
        "lyon métropole",
        "civic.name",
        "Ben",
    ])
    .code(3)
    .stderr(contains("is open in another window or process"));
    drop(held);

    env.run(&["city", "delete", "Lyon Métropole", "--yes"])
        .success();
    env.run(&["city", "restore", "lyon métropole"]).success();
    assert_eq!(
        env.store()
            .load("Lyon Métropole")
            .unwrap()
            .value("civic", "name")
            .and_then(|v| v.as_text()),
        Some("Ana")
    );
    env.run(&["city", "rename", "Lyon Métropole", "Grand Lyon"])
        .success();
    env.run(&["city", "show", "grand lyon"]).success();
}

#[test]
fn two_files_holding_one_name_are_an_error_naming_both() {
    let env = Env::new();
    env.run(&["city", "new", "Gent"]).success();
    env.run(&["city", "new", "Ghent"]).success();
    let files = profiles(&env);
    rename_by_hand(&files[0], "Gent", "Gand");
    rename_by_hand(&files[1], "Ghent", "GAND");
    let out = env.run(&["city", "show", "Gand"]).code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("two profiles hold the city name"),
        "{stderr}"
    );
    for file in &files {
        assert!(stderr.contains(&file.display().to_string()), "{stderr}");
    }
    env.run(&["answer", "set", "--city", "Gand", "civic.name", "x"])
        .code(1);
    env.run(&["city", "new", "gand"])
        .code(1)
        .stderr(contains("already exists"));
}

/// The file stem before names were compared by NFKC and case folding: upper- then lower-cased
/// NFC, hashed with FNV-1a. A Greek name ending in sigma keyed to a final `ς` then, and to `σ`
/// now, so its file is not where the new key points.
fn old_stem(name: &str) -> String {
    let composed: String = name.trim().nfc().collect();
    let key: String = composed.to_uppercase().to_lowercase().nfc().collect();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("city-{:012x}", hash & 0xffff_ffff_ffff)
}

#[test]
fn a_profile_saved_under_the_old_file_name_is_still_found() {
    let env = Env::new();
    env.run(&["city", "new", "Ρόδος"]).success();
    let [made] = profiles(&env).try_into().unwrap();
    let legacy = env.cities().join(format!("{}.toml", old_stem("Ρόδος")));
    assert_ne!(made, legacy, "the key change moved this name's file");
    fs::rename(&made, &legacy).unwrap();

    env.run(&["city", "show", "ΡΌΔΟΣ"])
        .success()
        .stdout(contains(legacy.display().to_string()));
    env.run(&["answer", "set", "--city", "ρόδοσ", "civic.name", "Eleni"])
        .success();
    assert_eq!(profiles(&env), std::slice::from_ref(&legacy));
    assert!(fs::read_to_string(&legacy).unwrap().contains("Eleni"));
    env.run(&["city", "new", "Ρόδος"])
        .code(1)
        .stderr(contains("already exists"));
    let list = stdout(&env.run(&["city", "list"]).success());
    assert_eq!(list.lines().count(), 1, "{list}");
}

#[test]
fn compare_all_reports_odd_files_and_compares_the_rest() {
    let env = Env::new();
    for name in [
        "Lyon", "Kumanovo", "Broken", "Future", "Gent", "Ghent", "Edited",
    ] {
        env.run(&["city", "new", name]).success();
    }
    let path = |name: &str| env.store().city_path(name);
    let broken = path("Broken");
    fs::write(&broken, "format = 1\n[city\n").unwrap();
    let future = path("Future");
    let text = fs::read_to_string(&future).unwrap();
    fs::write(&future, text.replace("format = 2", "format = 9")).unwrap();
    rename_by_hand(&path("Gent"), "Gent", "Gand");
    rename_by_hand(&path("Ghent"), "Ghent", "Gand");
    rename_by_hand(&path("Edited"), "Edited", "Edited by hand");

    let out = env.run(&["compare", "--all"]).success();
    let table = stdout(&out);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let rows: Vec<&str> = table.lines().skip(2).collect();
    assert_eq!(rows.len(), 3, "{table}");
    for name in ["Lyon", "Kumanovo", "Edited by hand"] {
        assert!(
            rows.iter().any(|r| r.starts_with(&format!("| {name} |"))),
            "{table}"
        );
    }
    for file in [&broken, &future, &path("Gent"), &path("Ghent")] {
        assert!(
            stderr.contains(&format!("warning: skipping {}", file.display())),
            "{stderr}"
        );
    }
    assert!(stderr.contains("newer version"), "{stderr}");
    assert!(
        stderr.contains("two profiles hold the city name \"Gand\""),
        "{stderr}"
    );
}
