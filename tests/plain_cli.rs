//! Plain mode through a pipe: a script walks a whole workbook, follow-up and table included,
//! and the answers land in the profile.

mod common;

use common::{Sandbox, fixture};
use predicates::prelude::*;

fn sandbox_with_city() -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .args(["city", "new", "Testville"])
        .assert()
        .success();
    sandbox
}

/// The program on the sandbox's data folder with the walk fixture's workbooks.
fn walk_cmd(sandbox: &Sandbox) -> assert_cmd::Command {
    let mut cmd = sandbox.cmd();
    cmd.arg("--data-dir")
        .arg(sandbox.data_dir())
        .arg("--workbooks")
        .arg(fixture("plain"));
    cmd
}

fn answer(sandbox: &Sandbox, key: &str) -> serde_json::Value {
    let output = walk_cmd(sandbox)
        .args(["answer", "get", "--city", "Testville", key, "--json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn a_piped_script_walks_the_whole_workbook() {
    let sandbox = sandbox_with_city();
    let script = "\
no
The policy unit
1, 3
Sports clubs
First line
second line
.
Interfaith Forum
high
Youth Trust
low
.
";
    let output = walk_cmd(&sandbox)
        .args(["open", "walk", "--city", "Testville"])
        .write_stdin(script)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.contains("Section 1 of 2: Starting point"));
    assert!(
        stdout.contains("Who will draft the plan?"),
        "the follow-up appears after no"
    );
    assert!(stdout.contains("  1. Hate incidents\n  2. Polarisation\n  3. Other (say what)"));
    assert!(stdout.contains("Every required question is answered."));
    assert!(
        !stdout.contains('\u{1b}'),
        "plain mode never sends escape codes"
    );

    assert_eq!(answer(&sandbox, "walk.has_plan")["value"], false);
    assert_eq!(answer(&sandbox, "walk.drafter")["value"], "The policy unit");
    let threats = answer(&sandbox, "walk.threats");
    assert_eq!(threats["value"], serde_json::json!(["hate", "other"]));
    assert_eq!(threats["other"], "Sports clubs");
    assert_eq!(
        answer(&sandbox, "walk.notes")["value"],
        "First line\nsecond line"
    );
    let partners = answer(&sandbox, "walk.partners");
    assert_eq!(partners["value"][1]["name"], "Youth Trust");
    assert_eq!(partners["value"][1]["influence"], "low");
    assert_eq!(partners["workbook_version"], 2);
}

#[test]
fn invalid_answers_are_refused_with_the_same_rules_and_asked_again() {
    let sandbox = sandbox_with_city();
    walk_cmd(&sandbox)
        .args(["open", "walk", "--city", "Testville", "--plain"])
        .write_stdin("perhaps\nyes\n:quit\n")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Not accepted: `perhaps` is not yes or no. Try again.",
        ))
        .stdout(predicate::str::contains("Who will draft the plan?").not());
    assert_eq!(answer(&sandbox, "walk.has_plan")["value"], true);
}

#[test]
fn plain_mode_needs_a_city() {
    Sandbox::new()
        .cmd()
        .args(["open", "mapping"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("plain mode needs a city"));
}

#[test]
fn the_demo_in_plain_mode_never_touches_the_data_folder() {
    let sandbox = Sandbox::new();
    let data = sandbox.data_dir();
    std::fs::create_dir_all(&data).unwrap();
    let demo = sandbox.home.path().join("demo-copy");
    sandbox
        .cmd()
        .arg("--data-dir")
        .arg(&data)
        .env("WORKBOOK_DEMO_DIR", &demo)
        .args(["demo", "--plain"])
        .write_stdin("\n:quit\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("Alderwyn (demo city)"))
        .stderr(predicate::str::contains("DEMO"));
    assert_eq!(
        std::fs::read_dir(&data).unwrap().count(),
        0,
        "the data folder stays empty"
    );
    assert!(
        demo.join("cities").exists(),
        "the demo works in its throwaway copy"
    );
}

#[test]
fn demo_changes_live_in_the_copy_until_reset() {
    let sandbox = Sandbox::new();
    let demo = sandbox.home.path().join("demo-copy");
    let run = |args: &[&str], stdin: &str| {
        let output = sandbox
            .cmd()
            .env("WORKBOOK_DEMO_DIR", &demo)
            .args(args)
            .write_stdin(stdin.to_string())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    // The demo opens the mapping workbook at its first open question, the mapping steps: the
    // last choice is "Other", which asks for the user's own words.
    let walked = run(&["demo", "--plain"], "11\nTrainer test step\n:quit\n");
    assert!(
        walked.contains("Which steps will this round of mapping go through?"),
        "{walked}"
    );
    assert!(run(&["plan", "--demo", "--date", "2026-12-01"], "").contains("Trainer test step"));
    run(&["demo", "--plain", "--reset"], ":quit\n");
    assert!(!run(&["plan", "--demo", "--date", "2026-12-01"], "").contains("Trainer test step"));
}

/// Runs plain mode on the walk fixture with `script` as standard input; the output.
fn walk(sandbox: &Sandbox, script: &str) -> String {
    let output = walk_cmd(sandbox)
        .args(["open", "walk", "--city", "Testville", "--plain"])
        .write_stdin(script.to_string())
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{stdout}");
    stdout
}

#[test]
fn a_rejected_answer_repeats_only_the_reason_and_the_prompt() {
    let sandbox = sandbox_with_city();
    let stdout = walk(&sandbox, "perhaps\nno\n:quit\n");
    assert!(
        stdout.contains(
            "Your answer:\n\
             Not accepted: `perhaps` is not yes or no. Try again.\n\
             Does the city have a plan?\n\
             Your answer:\n"
        ),
        "{stdout}"
    );
    assert_eq!(
        stdout.matches("Say yes if a plan was adopted.").count(),
        1,
        "the guidance is said once: {stdout}"
    );
    assert_eq!(stdout.matches("Type yes or no").count(), 1, "{stdout}");
}

#[test]
fn help_lines_are_whole_for_the_screen_reader_to_wrap() {
    let sandbox = sandbox_with_city();
    let stdout = walk(&sandbox, ":help\n:quit\n");
    assert!(
        stdout.contains(
            "  :quit   save and stop (Ctrl+C too)\n\
             \x20 :keep   keep the current answer: as this round's when it was carried over from the last round, and close its notes\n\
             \x20 :use N  use the answer that note N keeps instead\n\
             \x20 :import FILE  fill a table or list from a spreadsheet (CSV, Excel, OpenDocument): what it adds and leaves out is said first\n\
             An empty line keeps the current answer (one carried over from the last round stays to confirm).\n\
             Long answers and lists end with a line holding only a dot (.).\n\
             Tables are asked row by row, column by column; a dot at the start of a row finishes.\n\
             Every answer is saved as soon as it is accepted.\n"
        ),
        "{stdout}"
    );
}

#[test]
fn blank_lines_at_the_end_of_a_long_answer_are_not_stored() {
    let sandbox = sandbox_with_city();
    walk(
        &sandbox,
        "yes\n\nFirst line\n\nsecond line\n\n   \n\n.\n:quit\n",
    );
    assert_eq!(
        answer(&sandbox, "walk.notes")["value"],
        "First line\n\nsecond line"
    );
}

#[test]
fn quitting_says_what_was_saved_and_how_to_resume() {
    let sandbox = sandbox_with_city();
    let stdout = walk(&sandbox, "yes\n1\n:quit\n");
    let data = sandbox.data_dir();
    let last = stdout.lines().last().unwrap();
    assert_eq!(
        last,
        format!(
            "Saved Testville: 2 answers changed this time. Resume: workbook --data-dir {} \
             --workbooks {} open walk --city Testville --plain",
            data.display(),
            fixture("plain").display()
        )
    );
    // Back where it left off; leaving at once changes nothing, and the line says so.
    let again = walk(&sandbox, ":quit\n");
    assert!(again.contains("Anything else?"), "{again}");
    assert!(
        again.contains("Saved Testville: no answers changed this time."),
        "{again}"
    );
}

/// Ctrl+C in a real terminal: the answers given so far stay, the one being typed is dropped,
/// and one line says what was saved and how to come back.
#[test]
fn ctrl_c_in_a_terminal_says_what_was_saved() {
    use std::io::{Read, Write};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    let sandbox = sandbox_with_city();
    let pty = portable_pty::native_pty_system()
        .openpty(portable_pty::PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = portable_pty::CommandBuilder::new(env!("CARGO_BIN_EXE_workbook"));
    cmd.arg("--data-dir");
    cmd.arg(sandbox.data_dir());
    cmd.arg("--workbooks");
    cmd.arg(fixture("plain"));
    cmd.args(["open", "walk", "--city", "Testville", "--plain"]);
    cmd.env("HOME", sandbox.home.path());
    cmd.env("TERM", "xterm-256color");
    cmd.env("WORKBOOK_PATH", "");
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let seen = Arc::new(Mutex::new(String::new()));
    let mut reader = pty.master.try_clone_reader().unwrap();
    let sink = Arc::clone(&seen);
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]).replace('\r', ""));
        }
    });
    let wait_for = |text: &str| {
        let start = Instant::now();
        while !seen.lock().unwrap().contains(text) {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "`{text}` did not appear:\n{}",
                seen.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    let mut writer = pty.master.take_writer().unwrap();
    wait_for("Does the city have a plan?");
    writer.write_all(b"no\n").unwrap();
    wait_for("Who will draft the plan?");
    writer.write_all(b"The policy unit\n").unwrap();
    wait_for("Which threats show up?");
    writer.write_all(b"1, 2").unwrap();
    writer.write_all(b"\x03").unwrap();
    wait_for("Resume:");
    let status = child.wait().unwrap();
    let output = seen.lock().unwrap().clone();
    assert!(status.success(), "{output}");
    assert!(
        output.contains(&format!(
            "Saved Testville: 2 answers changed this time. Resume: workbook --data-dir {} \
             --workbooks {} open walk --city Testville --plain",
            sandbox.data_dir().display(),
            fixture("plain").display()
        )),
        "{output}"
    );
    assert_eq!(answer(&sandbox, "walk.drafter")["value"], "The policy unit");
    let threats = walk_cmd(&sandbox)
        .args(["answer", "get", "--city", "Testville", "walk.threats"])
        .output()
        .unwrap();
    assert_eq!(
        threats.status.code(),
        Some(1),
        "the typed choices were dropped"
    );
}

/// After `round close`: a carried answer says so and `:keep` keeps it as this round's; an empty
/// line leaves it to confirm; a changed answer shows last round's beside it.
#[test]
fn plain_mode_shows_last_round_and_keep_confirms_a_carried_answer() {
    let sandbox = sandbox_with_city();
    walk(&sandbox, "no\nThe policy unit\n1\n:quit\n");
    walk_cmd(&sandbox)
        .args(["round", "close", "--city", "Testville", "--label", "2026"])
        .assert()
        .success();
    let carried = |key: &str| {
        answer(&sandbox, key)
            .to_string()
            .contains("\"from_round\":\"2026\"")
    };
    assert!(carried("walk.has_plan") && carried("walk.drafter"));

    // From "Anything else?" back to the first question: keep it, leave the next one with an
    // empty line, answer the threats anew.
    let stdout = walk(&sandbox, ":back\n:back\n:back\n:keep\n\n2\n:quit\n");
    assert!(
        stdout.contains(
            "Current answer: no\n\
             Carried over from 2026, not yet confirmed: type :keep to keep it as this round's answer, or type a new answer.\n\
             Type yes or no; an empty line leaves it to confirm later. Commands: :keep :back :skip :clear :help :quit\n"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("Your answer:\nKept as this round's answer.\nSaved.\n"),
        "{stdout}"
    );
    assert!(!carried("walk.has_plan"), "kept as this round's answer");
    assert!(carried("walk.drafter"), "an empty line confirms nothing");
    assert!(!carried("walk.threats"), "answered anew");
    assert_eq!(answer(&sandbox, "walk.threats")["value"][0], "polarisation");
    assert!(
        stdout.contains("Saved Testville: 2 answers changed this time."),
        "{stdout}"
    );

    // Walked again: the changed answer shows last round's beside it, the kept one says so, and
    // :keep on an answer with nothing to keep says why.
    let again = walk(&sandbox, ":back\n:back\n:back\n:keep\n:quit\n");
    assert!(
        again.contains("Current answer: Polarisation\nLast round (2026): Hate incidents\n"),
        "{again}"
    );
    assert!(
        again.contains("Current answer: no\nKept from last round (2026): the same answer.\n"),
        "{again}"
    );
    assert!(
        again.contains("Not done: this answer is already this round's and has no notes to close."),
        "{again}"
    );
}

#[test]
fn import_fills_a_table_from_a_spreadsheet_after_saying_what_it_leaves_out() {
    let sandbox = sandbox_with_city();
    let work = tempfile::tempdir().unwrap();
    std::fs::write(
        work.path().join("partners.csv"),
        "Name,Influence\nInterfaith Forum,High\nYouth Trust,low\n,high\n",
    )
    .unwrap();
    let script = "\
:import partners.csv
no
The policy unit
1, 3
Sports clubs
First line
.
:import missing.csv
:import partners.csv

:import partners.csv
yes
";
    let output = walk_cmd(&sandbox)
        .current_dir(work.path())
        .args(["open", "walk", "--city", "Testville", "--plain"])
        .write_stdin(script)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{stdout}");
    for expected in [
        "Only a table or list question takes a spreadsheet.",
        "Commands: :import FILE :back",
        "cannot read",
        "partners.csv: 3 rows read, 2 can be imported, 1 left out.",
        "partners.csv, row 4: Name is required",
        "Import these 2 rows as the answer? Type yes",
        "Nothing was imported.",
        "The answer now has 2 rows.",
    ] {
        assert!(stdout.contains(expected), "{expected:?} in\n{stdout}");
    }
    let partners = answer(&sandbox, "walk.partners");
    assert_eq!(
        partners["value"],
        serde_json::json!([
            {"name": "Interfaith Forum", "influence": "high"},
            {"name": "Youth Trust", "influence": "low"}
        ])
    );
}
