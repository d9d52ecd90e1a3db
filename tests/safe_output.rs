//! Machine-readable output (every `--json`, plan JSON, profiles, answer exports, bundles) holds
//! control and bidi characters only as `\uXXXX` escapes, so printing it never drives the
//! terminal, and the values still read back exactly as they were typed.

mod common;

use std::fs;
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{Sandbox, fixture};

/// ESC with a screen clear, an 8-bit CSI (U+009B), DEL and a right-to-left override.
const HOSTILE: &str = "evil\u{1b}[2J\u{9b}31m\u{7f}\u{202e}text";
/// With a backslash and a line break the TOML serializer would pick a literal string
/// ('''...'''), which cannot hold escapes.
const HOSTILE_LINES: &str = "C:\\dir\u{9b}\u{202e}\nnext line\u{85}";

/// Characters that act on a terminal or reorder a line, other than the line break itself.
fn raw_controls(bytes: &[u8]) -> Vec<char> {
    String::from_utf8(bytes.to_vec())
        .expect("output is UTF-8")
        .chars()
        .filter(|c| {
            (c.is_control() && *c != '\n')
                || matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}')
                || ('\u{202a}'..='\u{202e}').contains(c)
                || ('\u{2066}'..='\u{2069}').contains(c)
        })
        .collect()
}

fn assert_no_raw_controls(bytes: &[u8], what: &str) {
    assert_eq!(
        raw_controls(bytes),
        Vec::<char>::new(),
        "{what} holds them raw"
    );
}

struct City {
    sandbox: Sandbox,
}

impl City {
    fn new() -> City {
        City {
            sandbox: Sandbox::new(),
        }
    }

    fn run(&self, args: &[&str]) -> Output {
        let output = self
            .sandbox
            .cmd()
            .arg("--data-dir")
            .arg(self.sandbox.data_dir())
            .args(args)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    fn with_hostile_answers(name: &str) -> City {
        let city = City::new();
        city.run(&["city", "new", name]);
        city.set(name, "mapping.review_owner", HOSTILE);
        city.set(name, "mapping.understanding_limits", HOSTILE_LINES);
        city
    }

    fn set(&self, name: &str, key: &str, value: &str) {
        self.run(&["answer", "set", "--city", name, key, value]);
    }

    fn get(&self, name: &str, key: &str) -> serde_json::Value {
        let json = self.run(&["answer", "get", "--city", name, key, "--json"]);
        assert_no_raw_controls(&json.stdout, "answer get --json");
        let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        value["value"].clone()
    }

    fn assert_hostile_answers(&self, name: &str) {
        assert_eq!(self.get(name, "mapping.review_owner"), HOSTILE);
        assert_eq!(
            self.get(name, "mapping.understanding_limits"),
            HOSTILE_LINES
        );
    }

    fn profile_files(&self) -> Vec<PathBuf> {
        fs::read_dir(self.sandbox.data_dir().join("cities"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect()
    }

    fn write(&self, file: &str, bytes: &[u8]) -> PathBuf {
        let path = self.sandbox.home.path().join(file);
        fs::write(&path, bytes).unwrap();
        path
    }
}

/// What a terminal shows after `cat` of the text: with no control sequence in it, exactly its
/// lines, nothing cleared, moved or recoloured.
fn terminal_after_cat(text: &str) -> String {
    let rows = NonZeroU16::new(text.lines().count() as u16 + 1).unwrap();
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    let cols = NonZeroU16::new(widest as u16 + 1).unwrap();
    let mut terminal = vt100::Parser::new(rows, cols, 0);
    // A terminal's line discipline turns each line feed into CR LF.
    terminal.process(text.replace('\n', "\r\n").as_bytes());
    terminal.screen().contents()
}

/// Whether `needle` is one of the strings anywhere in `json`.
fn holds_string(json: &serde_json::Value, needle: &str) -> bool {
    match json {
        serde_json::Value::String(s) => s == needle,
        serde_json::Value::Array(items) => items.iter().any(|v| holds_string(v, needle)),
        serde_json::Value::Object(map) => map.values().any(|v| holds_string(v, needle)),
        _ => false,
    }
}

#[test]
fn the_profile_file_holds_no_raw_control_characters_and_cat_shows_it_as_text() {
    let city = City::with_hostile_answers("Lyon");
    let files = city.profile_files();
    assert_eq!(files.len(), 1, "{files:?}");
    let bytes = fs::read(&files[0]).unwrap();
    assert_no_raw_controls(&bytes, "the profile");
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(terminal_after_cat(&text).trim_end(), text.trim_end());
    assert!(
        text.contains("\\u001B[2J\\u009B31m\\u007F\\u202Etext"),
        "{text}"
    );
    // Saved again (a second session rewrites the file), the answers still read back exactly.
    city.set("Lyon", "mapping.has_mapped", "yes");
    assert_no_raw_controls(&fs::read(&files[0]).unwrap(), "the profile, saved again");
    city.assert_hostile_answers("Lyon");
}

#[test]
fn answer_get_json_escapes_them_and_reads_back_exactly() {
    City::with_hostile_answers("Lyon").assert_hostile_answers("Lyon");
}

#[test]
fn plan_json_escapes_them_and_keeps_the_answer_exactly() {
    // The plan drops controls and overrides from answers itself, but keeps the marks that
    // right-to-left text needs; the JSON must still not print them raw.
    let marks = "right\u{200f}to\u{200e}left\u{61c}marks";
    let city = City::with_hostile_answers("Lyon");
    city.set("Lyon", "mapping.review_owner", marks);
    let plan = city.run(&[
        "plan",
        "--city",
        "Lyon",
        "--audience",
        "all",
        "--format",
        "json",
    ]);
    assert_no_raw_controls(&plan.stdout, "plan --format json");
    let json: serde_json::Value = serde_json::from_slice(&plan.stdout).unwrap();
    assert!(holds_string(&json, marks), "the plan lost the answer");
}

#[test]
fn answer_export_escapes_them_and_imports_back_exactly() {
    let city = City::with_hostile_answers("Lyon");
    let export = city.run(&["answer", "export", "--city", "Lyon"]).stdout;
    assert_no_raw_controls(&export, "answer export");
    let file = city.write("answers.toml", &export);
    city.run(&["city", "new", "Paris"]);
    city.run(&[
        "answer",
        "import",
        "--city",
        "Paris",
        file.to_str().unwrap(),
    ]);
    city.assert_hostile_answers("Paris");
}

#[test]
fn a_bundle_escapes_them_and_imports_back_exactly() {
    let city = City::with_hostile_answers("Lyon");
    let bundle = city.run(&["export", "--city", "Lyon"]).stdout;
    assert_no_raw_controls(&bundle, "export");
    let elsewhere = City::new();
    let file = elsewhere.write("lyon.workbook.toml", &bundle);
    elsewhere.run(&["import", file.to_str().unwrap()]);
    elsewhere.assert_hostile_answers("Lyon");
    assert_no_raw_controls(
        &fs::read(&elsewhere.profile_files()[0]).unwrap(),
        "the imported profile",
    );
}

#[test]
fn city_list_and_compare_json_escape_a_bidi_override_in_a_country() {
    // City names refuse invisible characters; a country may hold bidi controls.
    let name = "Lyon";
    let city = City::new();
    city.run(&["city", "new", name, "--country", "Fr\u{2066}ance"]);
    let list = city.run(&["city", "list", "--json"]).stdout;
    assert_no_raw_controls(&list, "city list --json");
    let list: serde_json::Value = serde_json::from_slice(&list).unwrap();
    assert_eq!(list[0]["name"], name);
    assert_eq!(list[0]["country"], "Fr\u{2066}ance");
    let compare = city.run(&["compare", "--all", "--format", "json"]).stdout;
    assert_no_raw_controls(&compare, "compare --format json");
    let compare: serde_json::Value = serde_json::from_slice(&compare).unwrap();
    assert!(holds_string(&compare, name), "{compare}");
    assert!(holds_string(&compare, "Fr\u{2066}ance"), "{compare}");
}

fn workbook_with(dir: &Path, replace: &str, with: &str) -> PathBuf {
    let text = fs::read_to_string(fixture("valid/complete.toml")).unwrap();
    assert!(text.contains(replace));
    let path = dir.join("hostile.toml");
    fs::write(&path, text.replacen(replace, with, 1)).unwrap();
    path
}

#[test]
fn validate_json_escapes_them_in_messages_and_source_lines() {
    let dir = tempfile::tempdir().unwrap();
    // An escaped id in the condition and a raw one in the file itself.
    let path = workbook_with(
        dir.path(),
        "prompt = \"Question population?\"",
        "prompt = \"Question population?\"\nshow_if = { question = \"has\\u009b\\u202e\\u007f\", equals = true } # \u{9b}\u{202e}",
    );
    let output = Sandbox::new()
        .cmd()
        .args(["validate", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_no_raw_controls(&output.stdout, "validate --json");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let message = json[0]["message"].as_str().unwrap();
    assert!(message.contains("`has\u{9b}\u{202e}\u{7f}`"), "{message}");
}

#[test]
fn list_json_escapes_them_in_workbook_titles() {
    let dir = tempfile::tempdir().unwrap();
    let title = "Evil\u{1b}]0;pwned\u{7}\u{9b}31m\u{7f}\u{202e}enil";
    workbook_with(
        dir.path(),
        "title = \"Fixture\"",
        "title = \"Evil\\u001b]0;pwned\\u0007\\u009b31m\\u007f\\u202eenil\"",
    );
    let output = Sandbox::new()
        .cmd()
        .args(["list", "--json", "--workbooks"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_no_raw_controls(&output.stdout, "list --json");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(holds_string(&json, title), "{json}");
}
