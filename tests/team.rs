//! Cities shared through git: `team init`, `team sync`, the merge driver `merge-profile`, and
//! `city log`, on two clones of a bare repository in a temporary folder, as two colleagues
//! on two machines would use them.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::Sandbox;
use predicates::prelude::*;

/// A colleague's machine: a HOME of their own (with git's name and e-mail) and a data folder.
struct Machine {
    sandbox: Sandbox,
    data: PathBuf,
}

impl Machine {
    fn new(name: &str) -> Machine {
        let sandbox = Sandbox::new();
        std::fs::write(
            sandbox.home.path().join(".gitconfig"),
            format!("[user]\n\tname = {name}\n\temail = {name}@example.org\n[init]\n\tdefaultBranch = main\n"),
        )
        .unwrap();
        let data = sandbox.home.path().join("cities-repo");
        Machine { sandbox, data }
    }

    fn workbook(&self) -> assert_cmd::Command {
        let mut cmd = self.sandbox.cmd();
        cmd.env("GIT_CONFIG_NOSYSTEM", "1")
            .arg("--data-dir")
            .arg(&self.data);
        cmd
    }

    fn run(&self, args: &[&str]) -> String {
        let output = self.workbook().args(args).output().unwrap();
        assert!(output.status.success(), "{args:?}: {output:?}");
        String::from_utf8(output.stdout).unwrap()
    }

    fn git(&self, dir: &Path, args: &[&str]) {
        let status = Command::new("git")
            .args(args)
            .current_dir(dir)
            .env("HOME", self.sandbox.home.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    }

    fn profile_text(&self) -> String {
        let dir = self.data.join("cities");
        let mut text = String::new();
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            if entry.path().extension().is_some_and(|e| e == "toml") {
                text.push_str(&std::fs::read_to_string(entry.path()).unwrap());
            }
        }
        text
    }
}

fn bare(root: &Path) -> PathBuf {
    let hub = root.join("hub.git");
    let status = Command::new("git")
        .args(["init", "--quiet", "--bare"])
        .arg(&hub)
        .status()
        .unwrap();
    assert!(status.success());
    hub
}

/// Two colleagues sharing one city through a bare repository.
fn two_machines() -> (tempfile::TempDir, Machine, Machine) {
    let root = tempfile::tempdir().unwrap();
    let hub = bare(root.path());
    let hub = hub.to_str().unwrap();
    let a = Machine::new("amina");
    a.run(&["team", "init", "--remote", hub]);
    a.run(&["city", "new", "Lyon", "--country", "France"]);
    a.run(&["team", "sync"]);
    let b = Machine::new("bruno");
    b.git(
        b.sandbox.home.path(),
        &["clone", "--quiet", hub, "cities-repo"],
    );
    b.run(&["team", "init"]);
    (root, a, b)
}

#[test]
fn init_sets_up_the_folder_and_status_says_what_changed() {
    let root = tempfile::tempdir().unwrap();
    let hub = bare(root.path());
    let a = Machine::new("amina");
    a.workbook()
        .args(["team", "init", "--remote", hub.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "is now a git repository for sharing cities",
        ));
    let attributes = std::fs::read_to_string(a.data.join(".gitattributes")).unwrap();
    assert!(attributes.contains("cities/*.toml merge=workbook-profile"));
    let ignore = std::fs::read_to_string(a.data.join(".gitignore")).unwrap();
    assert!(ignore.contains("cities/*.lock"));
    a.run(&["city", "new", "Lille"]);
    a.run(&[
        "answer",
        "set",
        "--city",
        "Lille",
        "mapping.has_mapped",
        "yes",
    ]);
    let status = a.run(&["team", "status"]);
    assert!(
        status.contains("1 city changed since the last sync"),
        "{status}"
    );
    assert!(status.contains("Lille: new city"), "{status}");
    a.run(&["team", "sync"]);
    let status = a.run(&["team", "status"]);
    assert!(status.contains("Nothing to commit"), "{status}");
    assert!(status.contains("This copy has 0 commits"), "{status}");
    // A second init changes nothing and adds no line twice.
    a.run(&["team", "init"]);
    assert_eq!(
        std::fs::read_to_string(a.data.join(".gitattributes")).unwrap(),
        attributes
    );
    // French, from the message files.
    a.workbook()
        .args(["--lang", "fr", "team", "status"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Rien à enregistrer"));
}

#[test]
fn without_a_git_identity_init_says_how_to_set_one() {
    let root = tempfile::tempdir().unwrap();
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args(["--data-dir"])
        .arg(root.path().join("data"))
        .args(["team", "init"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("git config --global user.name"));
}

#[test]
fn sync_refuses_while_a_city_is_open_for_editing_here() {
    let (_root, a, _b) = two_machines();
    // Hold Lyon's writer lock as the guided interface would.
    let file = std::fs::read_dir(a.data.join("cities"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "toml"))
        .unwrap();
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(file.with_extension("lock"))
        .unwrap();
    lock.try_lock().unwrap();
    a.workbook()
        .args(["team", "sync"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("Lyon"));
}

#[test]
fn offline_sync_commits_now_and_pushes_later() {
    let (root, a, b) = two_machines();
    let hub = root.path().join("hub.git");
    let away = root.path().join("away.git");
    std::fs::rename(&hub, &away).unwrap();
    a.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "mapping.has_mapped",
        "yes",
    ]);
    a.workbook()
        .args(["team", "sync"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Committed: Lyon: 1 answer (mapping.has_mapped)",
        ))
        .stderr(predicate::str::contains("will be sent at the next sync"));
    std::fs::rename(&away, &hub).unwrap();
    a.run(&["team", "sync"]);
    b.run(&["team", "sync"]);
    let got = b.run(&["answer", "get", "--city", "Lyon", "mapping.has_mapped"]);
    assert!(got.contains("yes"), "{got}");
}

#[test]
fn a_true_conflict_is_kept_as_a_note_and_resolved() {
    let (_root, a, b) = two_machines();
    a.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "mapping.last_mapping_findings",
        "Amina's findings",
    ]);
    a.run(&["team", "sync"]);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    b.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "mapping.last_mapping_findings",
        "Bruno's findings",
    ]);
    b.workbook()
        .args(["team", "sync"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Changed here and by a colleague: Lyon: mapping.last_mapping_findings",
        ));
    let got = b.run(&[
        "answer",
        "get",
        "--city",
        "Lyon",
        "mapping.last_mapping_findings",
    ]);
    assert!(got.contains("Bruno's findings"), "{got}");
    assert!(!b.profile_text().contains("<<<<<<<"));
    assert!(
        b.profile_text().contains("Amina's findings"),
        "kept as a note"
    );
    b.run(&[
        "answer",
        "resolve",
        "--city",
        "Lyon",
        "mapping.last_mapping_findings",
        "--use",
        "1",
    ]);
    b.run(&["team", "sync"]);
    a.run(&["team", "sync"]);
    let got = a.run(&[
        "answer",
        "get",
        "--city",
        "Lyon",
        "mapping.last_mapping_findings",
    ]);
    assert!(
        got.contains("Amina's findings") && !got.contains("note 1"),
        "{got}"
    );
    // Who changed what, newest first.
    let log = a.run(&["city", "log", "Lyon", "mapping.last_mapping_findings"]);
    let lines: Vec<&str> = log.lines().filter(|l| !l.starts_with(' ')).collect();
    assert!(lines[0].contains("bruno"), "{log}");
    assert!(lines.iter().any(|l| l.contains("amina")), "{log}");
    let json = a.run(&["city", "log", "Lyon", "--json"]);
    let entries: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(entries.as_array().unwrap().len() >= 4);
    assert_eq!(entries[0]["author"], "bruno");
}

#[test]
fn a_broken_side_stops_the_merge_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let sandbox = Sandbox::new();
    let good = "format = 2\n\n[city]\nname = \"Lyon\"\nrole = \"official\"\ncreated = \"2026-01-01T00:00:00Z\"\n";
    let ours = dir.path().join("ours.toml");
    let theirs = dir.path().join("theirs.toml");
    let base = dir.path().join("base.toml");
    std::fs::write(&ours, good).unwrap();
    std::fs::write(&base, good).unwrap();
    std::fs::write(&theirs, "format = 2\n[city\nname = ").unwrap();
    sandbox
        .cmd()
        .arg("merge-profile")
        .args([&base, &ours, &theirs])
        .arg("cities/lyon.toml")
        .assert()
        .code(4)
        .stderr(predicate::str::contains(
            "cannot merge cities/lyon.toml: the other copy cannot be read",
        ));
    assert_eq!(std::fs::read_to_string(&ours).unwrap(), good);
}

#[test]
fn the_driver_merges_crafted_versions_answer_by_answer() {
    let dir = tempfile::tempdir().unwrap();
    let sandbox = Sandbox::new();
    let city = "format = 2\n\n[city]\nname = \"Lyon\"\nrole = \"official\"\ncreated = \"2026-01-01T00:00:00Z\"\n";
    let answer = |q: &str, value: &str, at: &str| {
        format!(
            "\n[answers.mapping.{q}]\nvalue = \"{value}\"\nworkbook_version = 2\nchanged = \"{at}\"\n"
        )
    };
    let base = format!(
        "{city}{}{}",
        answer("a", "base", "2026-01-01T00:00:00Z"),
        answer("b", "base", "2026-01-01T00:00:00Z")
    );
    let ours = format!(
        "{city}{}{}",
        answer("a", "ours", "2026-02-01T00:00:00Z"),
        answer("b", "base", "2026-01-01T00:00:00Z")
    );
    let theirs = format!(
        "{city}{}{}{}",
        answer("a", "theirs", "2026-03-01T00:00:00Z"),
        answer("b", "theirs", "2026-03-01T00:00:00Z"),
        answer("c", "new", "2026-03-01T00:00:00Z")
    );
    let files: Vec<PathBuf> = [("base", &base), ("ours", &ours), ("theirs", &theirs)]
        .iter()
        .map(|(name, text)| {
            let path = dir.path().join(format!("{name}.toml"));
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    sandbox
        .cmd()
        .arg("merge-profile")
        .args(&files)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "1 answer was changed on both sides (mapping.a)",
        ));
    let merged = std::fs::read_to_string(&files[1]).unwrap();
    let parsed: toml::Table = toml::from_str(&merged).unwrap();
    let answers = &parsed["answers"]["mapping"];
    assert_eq!(
        answers["a"]["value"].as_str(),
        Some("theirs"),
        "the later change"
    );
    assert_eq!(
        answers["a"]["notes"][0]["value"].as_str(),
        Some("ours"),
        "the other, kept"
    );
    assert_eq!(answers["b"]["value"].as_str(), Some("theirs"));
    assert_eq!(answers["c"]["value"].as_str(), Some("new"));
    assert!(!merged.contains("<<<<<<<"));
    // Added on both sides: an empty base.
    std::fs::write(&files[0], "").unwrap();
    std::fs::write(&files[1], &ours).unwrap();
    sandbox
        .cmd()
        .arg("merge-profile")
        .args(&files)
        .assert()
        .success();
    let merged: toml::Table = toml::from_str(&std::fs::read_to_string(&files[1]).unwrap()).unwrap();
    assert_eq!(
        merged["answers"]["mapping"]["c"]["value"].as_str(),
        Some("new")
    );
}

/// A small deterministic random source (xorshift), so that a failure repeats.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// The answer a machine holds now for a mapping question, if any.
fn current(machine: &Machine, question: &str) -> Option<String> {
    let table: toml::Table = toml::from_str(&machine.profile_text()).ok()?;
    table
        .get("answers")?
        .get("mapping")?
        .get(question)?
        .get("value")?
        .as_str()
        .map(str::to_string)
}

/// 100 rounds of two colleagues editing the same city (the same answers and different ones)
/// and syncing in random order: no answer lost, no conflict marker, every disagreement a note.
/// An answer may only disappear because someone replaced it after seeing it.
#[test]
fn a_hundred_rounds_of_random_edits_and_syncs_lose_nothing() {
    let (_root, a, b) = two_machines();
    let machines = [(&a, "amina"), (&b, "bruno")];
    let questions = ["last_mapping_findings", "understanding_limits", "who_feels"];
    let mut dice = Dice(0x5eed_cafe_f00d);
    let mut written: Vec<(String, String)> = Vec::new();
    let mut replaced: Vec<String> = Vec::new();
    for round in 0..100 {
        let (machine, name) = machines[dice.below(2) as usize];
        if dice.below(10) < 7 {
            let question = questions[dice.below(questions.len() as u64) as usize];
            if let Some(seen) = current(machine, question) {
                replaced.push(seen);
            }
            let value = format!("round {round} by {name}");
            machine.run(&[
                "answer",
                "set",
                "--city",
                "Lyon",
                &format!("mapping.{question}"),
                &value,
            ]);
            written.push((question.to_string(), value));
        }
        if dice.below(2) == 0 {
            machine.run(&["team", "sync"]);
        }
        assert!(!machine.profile_text().contains("<<<<<<<"), "round {round}");
    }
    for _ in 0..2 {
        a.run(&["team", "sync"]);
        b.run(&["team", "sync"]);
    }
    assert_eq!(a.profile_text(), b.profile_text(), "both copies agree");
    let text = a.profile_text();
    let kept: Vec<&(String, String)> = written
        .iter()
        .filter(|(_, v)| !replaced.contains(v))
        .collect();
    assert!(
        kept.len() >= questions.len(),
        "the test exercises too little: {kept:?}"
    );
    for (question, value) in kept {
        assert!(
            text.contains(value.as_str()),
            "{question}: \"{value}\" was lost"
        );
    }
    // Every disagreement is a note that can be resolved.
    for question in questions {
        let table: toml::Table = toml::from_str(&a.profile_text()).unwrap();
        if table["answers"]["mapping"]
            .get(question)
            .is_some_and(|q| q.get("notes").is_some())
        {
            a.run(&[
                "answer",
                "resolve",
                "--city",
                "Lyon",
                &format!("mapping.{question}"),
            ]);
        }
    }
    let text = a.profile_text();
    assert!(!text.contains("Answer from another copy"), "{text}");
}
