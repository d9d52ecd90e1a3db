//! Every message the code asks for exists: in English, and (by the library's own test) in every
//! language the program speaks. Read from the source, so a message id mistyped in a rarely
//! reached branch is still caught.

use std::path::Path;

use workbook::messages::{Messages, languages};

/// The areas message files are split into; a message id starts with its area.
const AREAS: [&str; 8] = [
    "core", "tui", "plain", "cli", "plan", "profile", "team", "sheet",
];

/// Every string literal of the code that has the shape of a message id (`"tui-save-failed"`),
/// with the file it is in.
fn ids_in(dir: &Path, found: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            ids_in(&path, found);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        // Comments show ids by way of example; attributes name options (`plan-version`).
        let text: String = source
            .lines()
            .filter(|line| {
                let line = line.trim_start();
                !line.starts_with("//") && !line.starts_with("#[")
            })
            .collect::<Vec<_>>()
            .join("\n");
        for (at, _) in text.match_indices('"') {
            let rest = &text[at + 1..];
            let id: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                .collect();
            let closed = rest[id.len()..].starts_with('"');
            let area = id.split('-').next().unwrap_or_default();
            if closed && id.matches('-').count() >= 1 && !id.ends_with('-') && AREAS.contains(&area)
            {
                found.push((id, path.display().to_string()));
            }
        }
    }
}

#[test]
fn every_message_the_code_asks_for_is_in_english() {
    let mut found = Vec::new();
    ids_in(Path::new("src"), &mut found);
    ids_in(Path::new("crates/workbook-core/src"), &mut found);
    let english = Messages::source();
    let missing: Vec<String> = found
        .iter()
        .filter(|(id, file)| !english.has(id) && !file.ends_with("messages/tests.rs"))
        .map(|(id, file)| format!("{file}: `{id}` is in no message file"))
        .collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_program_speaks_french_spanish_and_arabic() {
    for tag in ["fr", "es", "ar"] {
        assert!(languages().contains(&tag), "no locales/{tag}/");
    }
}
