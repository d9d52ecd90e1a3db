//! The files a user names in the interface: a typed path made absolute (`~` is the home
//! folder, anything relative is from the folder the program was started in), completed from
//! the folder's listing as a shell completes it, and a spreadsheet read for the import
//! dialog. Screens ask for these with commands; the event loop hands them to [`carry_out`],
//! which does the reading and gives the app the result.

use std::path::Path;

use super::app::{App, Command};
use super::screen::import::SheetFile;

/// The endings of the files a spreadsheet import reads; completion offers these and folders.
const SPREADSHEETS: &[&str] = &["csv", "tsv", "txt", "xlsx", "xlsm", "xlsb", "xls", "ods"];

/// What Tab does to a typed path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// The path as it stands after completing (unchanged when nothing matched).
    pub text: String,
    /// The names that still match when several do (folders end with `/`), sorted.
    pub matches: Vec<String>,
    /// Nothing in the folder matches what was typed.
    pub none: bool,
}

/// One entry of a folder, as completion sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub folder: bool,
}

/// Carries out a command that reads the user's files (completing a path, reading a sheet)
/// and hands the outcome to `app`. Other commands are not for here and are ignored.
pub fn carry_out(app: &mut App, command: Command) {
    let home = app.home_dir.clone();
    match command {
        Command::CompletePath(typed) => {
            let completion = complete(&typed, &app.working_dir, home.as_deref());
            app.path_completed(completion);
        }
        Command::ReadSheet {
            book,
            index,
            typed,
            sheet,
        } => {
            let file = crate::paths::typed_path(&typed, &app.working_dir, home.as_deref());
            // Enter on a folder opens it, as Tab would: its folders and spreadsheets are listed.
            if file.is_dir() {
                let folder = format!("{}/", typed.trim().trim_end_matches('/'));
                let completion = complete(&folder, &app.working_dir, home.as_deref());
                app.path_completed(completion);
                return;
            }
            let read = crate::sheet::read(&file, sheet.as_deref());
            let file = SheetFile {
                typed,
                file,
                wanted: sheet,
                read,
            };
            app.sheet_read(book, index, file);
        }
        _ => {}
    }
}

/// Completes `typed` from the listing of the folder it names (the working folder when it
/// names none).
pub fn complete(typed: &str, working: &Path, home: Option<&Path>) -> Completion {
    let (folder, _) = split(typed);
    let dir = if folder.is_empty() {
        working.to_path_buf()
    } else {
        crate::paths::typed_path(folder, working, home)
    };
    complete_from(typed, &list(&dir))
}

/// The folders and spreadsheet files in `dir`; nothing when it cannot be read.
fn list(dir: &Path) -> Vec<Entry> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            // A name that is not UTF-8 could not be typed back: it is not offered.
            let name = e.file_name().into_string().ok()?;
            // Follows links, so that a link to a folder completes as one.
            let folder = e.path().is_dir();
            (folder || is_spreadsheet(&name)).then_some(Entry { name, folder })
        })
        .collect()
}

fn is_spreadsheet(name: &str) -> bool {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SPREADSHEETS.iter().any(|s| s.eq_ignore_ascii_case(e)))
}

/// The part of `typed` naming a folder (up to and with its last `/`) and the start of a name.
fn split(typed: &str) -> (&str, &str) {
    match typed.rfind('/') {
        Some(at) => typed.split_at(at + 1),
        None if typed == "~" => (typed, ""),
        None => ("", typed),
    }
}

/// Completes `typed` among `entries` of the folder it names: one match is completed whole (a
/// folder with its `/`, ready for the next name); several are completed as far as they agree
/// and listed. Hidden entries are offered only once a name starting with `.` is typed; the
/// case of letters counts unless nothing matches otherwise.
pub fn complete_from(typed: &str, entries: &[Entry]) -> Completion {
    let (folder, start) = split(typed);
    let folder = if folder == "~" { "~/" } else { folder };
    let visible = |e: &&Entry| start.starts_with('.') || !e.name.starts_with('.');
    let mut found: Vec<&Entry> = entries
        .iter()
        .filter(visible)
        .filter(|e| e.name.starts_with(start))
        .collect();
    let exact_case = !found.is_empty();
    if !exact_case {
        let lower = start.to_lowercase();
        found = entries
            .iter()
            .filter(visible)
            .filter(|e| e.name.to_lowercase().starts_with(&lower))
            .collect();
    }
    found.sort_by(|a, b| a.name.cmp(&b.name));
    let shown = |e: &Entry| {
        if e.folder {
            format!("{}/", e.name)
        } else {
            e.name.clone()
        }
    };
    match found.as_slice() {
        [] => Completion {
            text: typed.to_string(),
            matches: Vec::new(),
            none: true,
        },
        [one] => Completion {
            text: format!("{folder}{}", shown(one)),
            matches: Vec::new(),
            none: false,
        },
        several => {
            let common = if exact_case {
                common_start(several.iter().map(|e| e.name.as_str()))
            } else {
                start.to_string()
            };
            Completion {
                text: format!("{folder}{common}"),
                matches: several.iter().map(|e| shown(e)).collect(),
                none: false,
            }
        }
    }
}

/// The longest start all `names` share, cut on a character boundary.
fn common_start<'a>(mut names: impl Iterator<Item = &'a str>) -> String {
    let Some(first) = names.next() else {
        return String::new();
    };
    let mut len = first.len();
    for name in names {
        len = first
            .char_indices()
            .zip(name.chars())
            .find(|((_, a), b)| a != b)
            .map_or(len.min(name.len()), |((at, _), _)| at.min(len));
    }
    first[..len].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(names: &[&str]) -> Vec<Entry> {
        names
            .iter()
            .map(|n| Entry {
                name: n.trim_end_matches('/').to_string(),
                folder: n.ends_with('/'),
            })
            .collect()
    }

    #[test]
    fn one_match_is_completed_whole_and_a_folder_gets_its_slash() {
        let here = entries(&["stakeholders.xlsx", "data/", "risks.csv"]);
        assert_eq!(complete_from("st", &here).text, "stakeholders.xlsx");
        assert_eq!(complete_from("da", &here).text, "data/");
        assert_eq!(complete_from("d/x/da", &here).text, "d/x/data/");
        assert!(complete_from("st", &here).matches.is_empty());
    }

    #[test]
    fn several_matches_complete_as_far_as_they_agree_and_are_listed() {
        let here = entries(&["partners-2025.csv", "partners-2026.xlsx", "plan/"]);
        let c = complete_from("pa", &here);
        assert_eq!(c.text, "partners-202");
        assert_eq!(c.matches, vec!["partners-2025.csv", "partners-2026.xlsx"]);
        let all = complete_from("", &here);
        assert_eq!(all.text, "p");
        assert_eq!(all.matches.len(), 3);
    }

    #[test]
    fn case_counts_unless_nothing_matches_otherwise() {
        let here = entries(&["Partners.csv", "partners.ods"]);
        assert_eq!(complete_from("P", &here).text, "Partners.csv");
        let c = complete_from("PA", &here);
        assert_eq!(c.text, "PA");
        assert_eq!(c.matches.len(), 2);
        assert!(complete_from("x", &here).none);
    }

    #[test]
    fn hidden_entries_wait_for_a_dot() {
        let here = entries(&[".cache/", "cities.csv"]);
        assert_eq!(complete_from("", &here).text, "cities.csv");
        assert_eq!(complete_from(".", &here).text, ".cache/");
    }

    #[test]
    fn names_in_any_script_complete_on_character_boundaries() {
        let here = entries(&["شركاء.csv", "شبكة.xlsx"]);
        let c = complete_from("ش", &here);
        assert_eq!(c.text, "ش");
        assert_eq!(complete_from("شر", &here).text, "شركاء.csv");
        assert_eq!(common_start(["été.csv", "étage.csv"].into_iter()), "ét");
    }
}
