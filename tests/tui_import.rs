//! Importing a spreadsheet into a table or list answer from the question screen (`i`): the
//! path typed and completed, the file read, what it would add, update and leave out shown, and
//! nothing saved until the user says so. The files are read as the event loop reads them
//! (`tui::files::carry_out`).

mod tui_support;

use std::path::Path;

use ratatui::crossterm::event::KeyCode;
use tui_support::*;
use workbook::answer::{Row, Value};
use workbook::sheet::{Grid, Out};
use workbook::tui::keys::Ctx;
use workbook::tui::{Action, App, Command};

/// Presses `actions`, then carries out the commands that read files as the event loop does;
/// returns the other commands.
fn keys(app: &mut App, actions: &[Action]) -> Vec<Command> {
    let mut others = Vec::new();
    for action in actions {
        for command in press(app, std::slice::from_ref(action)) {
            match command {
                c @ (Command::CompletePath(_) | Command::ReadSheet { .. }) => {
                    workbook::tui::files::carry_out(app, c)
                }
                c => others.push(c),
            }
        }
    }
    others
}

/// An app at the stakeholder table, started in `dir`.
fn at_table(dir: &Path) -> App {
    let mut app = app();
    app.working_dir = dir.to_path_buf();
    at(&mut app, "stakeholders");
    app
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("the sheet is written");
}

fn rows(app: &App) -> Vec<Row> {
    match value(app, "stakeholders") {
        Some(Value::Table(rows)) => rows,
        other => panic!("a table answer, not {other:?}"),
    }
}

fn row(cells: &[(&str, &str)]) -> Row {
    cells
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The stakeholder table filled from partners.csv, then update.csv read over it: its preview
/// is on screen (one new row, one updated, one unchanged), nothing of it saved yet.
fn update_previewed() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().expect("a folder");
    write(dir.path(), "partners.csv", PARTNERS);
    write(
        dir.path(),
        "update.csv",
        "Organisation,Staff\nred cross,40\nLibrary,2\nTown Hall,3\n",
    );
    let mut app = at_table(dir.path());
    keys(&mut app, &[ch('i')]);
    typed(&mut app, "partners.csv");
    keys(&mut app, &[enter(), enter()]);
    keys(&mut app, &[ch('i')]);
    typed(&mut app, "update.csv");
    keys(&mut app, &[enter()]);
    (dir, app)
}

const PARTNERS: &str = "Organisation;Sector;Since;Staff;Funded;Notes\n\
    Red Cross;Civil society;2020-01-15;12;yes;met twice\n\
    ;Public;;;;no name\n\
    Town Hall;public;;3;no;\n\
    Youth Club;Sports;;;;\n";

#[test]
fn i_reads_a_sheet_shows_what_it_adds_and_leaves_out_and_saves_only_on_enter() {
    let dir = tempfile::tempdir().expect("a folder");
    write(dir.path(), "partners.csv", PARTNERS);
    let mut app = at_table(dir.path());
    let hint = screen(&app, 160, 40);
    assert!(hint.contains("i import a spreadsheet"), "{hint}");

    keys(&mut app, &[ch('i')]);
    assert_eq!(app.ctx(), Ctx::ImportPath);
    let shown = screen(&app, 160, 40);
    assert!(shown.contains("Import from a spreadsheet"), "{shown}");
    assert!(shown.contains("Who are the stakeholders?"), "{shown}");
    assert!(shown.contains(&dir.path().display().to_string()), "{shown}");

    typed(&mut app, "par");
    keys(&mut app, &[key(KeyCode::Tab)]);
    assert!(screen(&app, 160, 40).contains("› partners.csv"));
    let saved = keys(&mut app, &[enter()]);
    assert!(saved.is_empty(), "nothing is saved by reading: {saved:?}");
    assert_eq!(app.ctx(), Ctx::ImportPreview);
    let preview = screen(&app, 160, 40);
    for expected in [
        "partners.csv",
        "4 rows read: 2 can be imported, 2 left out.",
        "The answer is empty",
        "Columns not used: F “Notes”",
        "+ Red Cross · Sector: Civil society · Since: 2020-01-15 · Staff: 12 · Funded: yes",
        "+ Town Hall · Sector: Public · Staff: 3 · Funded: no",
        "2 rows left out",
        "row 3: Organisation is required",
        "row 5, column B “Sector”: “Sports” is not one of the choices: Public, Civil society",
    ] {
        assert!(preview.contains(expected), "{expected:?} in\n{preview}");
    }
    assert_eq!(value(&app, "stakeholders"), None);

    let saved = keys(&mut app, &[enter()]);
    assert!(saved.contains(&Command::Save), "{saved:?}");
    assert_eq!(app.ctx(), Ctx::QuestionTable);
    assert_eq!(
        rows(&app),
        vec![
            row(&[
                ("name", "Red Cross"),
                ("sector", "civil"),
                ("since", "2020-01-15"),
                ("staff", "12"),
                ("funded", "yes")
            ]),
            row(&[
                ("name", "Town Hall"),
                ("sector", "public"),
                ("staff", "3"),
                ("funded", "no")
            ]),
        ]
    );
    let message = app.message.clone().map(|(m, _)| m).unwrap_or_default();
    assert_eq!(message, "Imported 2 rows from partners.csv.");
}

#[test]
fn a_second_sheet_is_added_to_the_stored_rows_or_replaces_them_as_the_user_picks() {
    let (_dir, mut app) = update_previewed();
    let merge = screen(&app, 160, 40);
    assert!(
        merge.contains("Added to the answer's 2 rows: 1 new, 1 updated, 1 unchanged."),
        "{merge}"
    );
    assert!(merge.contains("+ Library · Staff: 2"), "{merge}");
    assert!(
        merge.contains("~ Red Cross · Sector: Civil society"),
        "{merge}"
    );

    keys(&mut app, &[ch('r')]);
    let replace = screen(&app, 160, 40);
    assert!(
        replace.contains("The answer's 2 rows are replaced by these 3."),
        "{replace}"
    );
    assert_eq!(rows(&app).len(), 2, "choosing changes nothing yet");

    keys(&mut app, &[ch('m'), enter()]);
    let after = rows(&app);
    assert_eq!(after.len(), 3);
    // The stored spelling of a matched name stays; the sheet's other cells update it.
    assert_eq!(after[0].get("name").map(String::as_str), Some("Red Cross"));
    assert_eq!(after[0].get("staff").map(String::as_str), Some("40"));
    assert_eq!(after[0].get("sector").map(String::as_str), Some("civil"));
    assert_eq!(after[2].get("name").map(String::as_str), Some("Library"));
    let message = app.message.clone().map(|(m, _)| m).unwrap_or_default();
    assert_eq!(message, "Imported from update.csv: 1 new row, 1 updated.");
}

#[test]
fn esc_goes_back_to_the_path_then_closes_without_importing() {
    let dir = tempfile::tempdir().expect("a folder");
    write(dir.path(), "partners.csv", PARTNERS);
    let mut app = at_table(dir.path());
    keys(&mut app, &[ch('i')]);
    typed(&mut app, "partners.csv");
    keys(&mut app, &[enter(), key(KeyCode::Esc)]);
    assert_eq!(app.ctx(), Ctx::ImportPath);
    assert!(screen(&app, 160, 40).contains("› partners.csv"));
    keys(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.ctx(), Ctx::QuestionTable);
    assert_eq!(value(&app, "stakeholders"), None);
    let message = app.message.clone().map(|(m, _)| m).unwrap_or_default();
    assert_eq!(message, "Nothing was imported.");
}

#[test]
fn a_file_that_cannot_be_used_is_named_with_why_and_the_path_stays_to_correct() {
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::write(dir.path().join("photo.xlsx"), [0u8, 159, 146, 150, 0, 1, 2]).expect("written");
    write(dir.path(), "other.csv", "Budget,Year\n10,2026\n");
    let mut app = at_table(dir.path());
    keys(&mut app, &[ch('i')]);
    keys(&mut app, &[enter()]);
    assert!(screen(&app, 160, 40).contains("Type the path of the file to import"));

    typed(&mut app, "missing.csv");
    keys(&mut app, &[enter()]);
    let missing = screen(&app, 160, 40);
    assert!(missing.contains("cannot read"), "{missing}");
    assert!(missing.contains("missing.csv"), "{missing}");
    assert_eq!(app.ctx(), Ctx::ImportPath);

    keys(&mut app, &[ctrl('u')]);
    typed(&mut app, "photo.xlsx");
    keys(&mut app, &[enter()]);
    let photo = screen(&app, 160, 40);
    assert!(photo.contains("is not a spreadsheet"), "{photo}");

    keys(&mut app, &[ctrl('u')]);
    typed(&mut app, "other.csv");
    keys(&mut app, &[enter()]);
    let other = screen(&app, 160, 40);
    assert!(other.contains("No column of other.csv matches"), "{other}");
    assert!(
        !other.contains("--map"),
        "no command-line advice in the TUI: {other}"
    );
    assert_eq!(value(&app, "stakeholders"), None);
}

#[test]
fn tab_completes_names_and_lists_them_when_several_match() {
    let dir = tempfile::tempdir().expect("a folder");
    std::fs::create_dir(dir.path().join("data")).expect("a folder");
    write(&dir.path().join("data"), "partners-2025.csv", PARTNERS);
    write(&dir.path().join("data"), "partners-2026.csv", PARTNERS);
    write(&dir.path().join("data"), "notes.md", "not a sheet");
    let mut app = at_table(dir.path());
    keys(&mut app, &[ch('i'), key(KeyCode::Tab)]);
    assert!(screen(&app, 160, 40).contains("› data/"));
    keys(&mut app, &[key(KeyCode::Tab)]);
    let listed = screen(&app, 160, 40);
    assert!(listed.contains("› data/partners-202"), "{listed}");
    assert!(listed.contains("partners-2025.csv"), "{listed}");
    assert!(listed.contains("partners-2026.csv"), "{listed}");
    assert!(!listed.contains("notes.md"), "{listed}");
    typed(&mut app, "6");
    keys(&mut app, &[key(KeyCode::Tab)]);
    assert!(screen(&app, 160, 40).contains("› data/partners-2026.csv"));
    typed(&mut app, "x");
    keys(&mut app, &[key(KeyCode::Tab)]);
    assert!(screen(&app, 160, 40).contains("Nothing in that folder starts with this"));

    // Enter on a folder lists it instead of failing to read it.
    keys(&mut app, &[ctrl('u')]);
    typed(&mut app, "data");
    keys(&mut app, &[enter()]);
    let opened = screen(&app, 160, 40);
    assert!(opened.contains("› data/partners-202"), "{opened}");
    assert!(opened.contains("partners-2025.csv"), "{opened}");
    assert_eq!(app.ctx(), Ctx::ImportPath);
}

#[test]
fn tab_in_the_preview_reads_the_workbooks_next_sheet() {
    let dir = tempfile::tempdir().expect("a folder");
    let notes = Grid {
        header: vec!["Note".into()],
        rows: vec![vec![Out::Text("call the mayor".into())]],
    };
    let partners = Grid {
        header: vec!["Organisation".into(), "Staff".into()],
        rows: vec![vec![Out::Text("Library".into()), Out::Text("4".into())]],
    };
    let bytes = workbook::sheet::to_xlsx_book(
        &[("Notes", &notes), ("Partners", &partners)],
        Default::default(),
    )
    .expect("an xlsx");
    std::fs::write(dir.path().join("book.xlsx"), bytes).expect("written");
    let mut app = at_table(dir.path());
    keys(&mut app, &[ch('i')]);
    typed(&mut app, "book.xlsx");
    keys(&mut app, &[enter()]);
    let first = screen(&app, 160, 40);
    assert!(
        first.contains("sheet “Notes” (1 of 2; Tab reads the next)"),
        "{first}"
    );
    assert!(first.contains("No column of Notes matches"), "{first}");
    keys(&mut app, &[enter()]);
    assert_eq!(
        value(&app, "stakeholders"),
        None,
        "a sheet with nothing is not saved"
    );
    keys(&mut app, &[key(KeyCode::Tab)]);
    let second = screen(&app, 160, 40);
    assert!(second.contains("sheet “Partners” (2 of 2"), "{second}");
    assert!(second.contains("+ Library · Staff: 4"), "{second}");
    keys(&mut app, &[enter()]);
    assert_eq!(
        rows(&app),
        vec![row(&[("name", "Library"), ("staff", "4")])]
    );
}

#[test]
fn a_list_takes_one_item_per_row() {
    let dir = tempfile::tempdir().expect("a folder");
    write(
        dir.path(),
        "sources.csv",
        "Source\nPolice records\nSchool survey\n\nHelpline calls\n",
    );
    let mut app = app();
    app.working_dir = dir.path().to_path_buf();
    at(&mut app, "sources");
    keys(&mut app, &[ch('i')]);
    typed(&mut app, "sources.csv");
    keys(&mut app, &[enter()]);
    assert!(screen(&app, 160, 40).contains("+ School survey"));
    keys(&mut app, &[enter()]);
    assert_eq!(
        value(&app, "sources"),
        Some(Value::List(vec![
            "Police records".into(),
            "School survey".into(),
            "Helpline calls".into()
        ]))
    );
}

#[test]
fn a_read_only_window_does_not_import() {
    let mut app = at_table(Path::new("."));
    app.read_only = true;
    keys(&mut app, &[ch('i')]);
    assert_eq!(app.ctx(), Ctx::QuestionTable);
    let message = app.message.clone().map(|(m, _)| m).unwrap_or_default();
    assert!(message.contains("read-only"), "{message}");
}

#[test]
fn the_dialog_fits_a_small_window() {
    let dir = tempfile::tempdir().expect("a folder");
    write(dir.path(), "partners.csv", PARTNERS);
    let mut app = at_table(dir.path());
    keys(&mut app, &[ch('i')]);
    typed(&mut app, "partners.csv");
    let path = screen(&app, 40, 12);
    assert!(path.contains("› partners.csv"), "{path}");
    keys(&mut app, &[enter()]);
    let preview = screen(&app, 40, 12);
    assert!(preview.contains("4 rows read"), "{preview}");
    assert!(
        preview.lines().all(|l| l.chars().count() <= 40),
        "{preview}"
    );
    assert!(preview.contains("Enter import"), "{preview}");
}

#[test]
fn a_long_preview_scrolls_to_its_last_row_and_back() {
    let dir = tempfile::tempdir().expect("a folder");
    let mut csv = String::from("Organisation\n");
    for n in 1..=40 {
        csv.push_str(&format!("Partner {n}\n"));
    }
    write(dir.path(), "many.csv", &csv);
    let mut app = at_table(dir.path());
    app.update(Action::Resize(80, 24));
    keys(&mut app, &[ch('i')]);
    typed(&mut app, "many.csv");
    keys(&mut app, &[enter()]);
    let top = screen(&app, 80, 24);
    assert!(
        top.contains("+ Partner 1\n") || top.contains("+ Partner 1 "),
        "{top}"
    );
    assert!(!top.contains("Partner 40"), "{top}");
    keys(&mut app, &[key(KeyCode::End)]);
    let bottom = screen(&app, 80, 24);
    assert!(bottom.contains("+ Partner 40"), "{bottom}");
    // The last row sits at the bottom of the dialog, not alone at its top.
    let rows: Vec<&str> = bottom.lines().collect();
    let last = rows.iter().rposition(|r| r.contains("Partner 40")).unwrap();
    let frame = rows.iter().rposition(|r| r.contains('└')).unwrap();
    assert_eq!(frame, last + 1, "{bottom}");
    keys(&mut app, &[key(KeyCode::Home)]);
    assert!(screen(&app, 80, 24).contains("40 rows read"));
}

#[test]
fn the_preview_speaks_french_with_its_agreements() {
    let _fr = workbook_core::messages::speak_on_this_thread("fr");
    let (_dir, mut app) = update_previewed();
    let merge = screen(&app, 160, 40);
    assert!(
        merge
            .contains("Ajout aux 2 lignes de la réponse : 1 nouvelle, 1 mise à jour, 1 inchangée."),
        "{merge}"
    );
    assert!(merge.contains("+ Library · Staff : 2"), "{merge}");
    keys(&mut app, &[ch('r')]);
    assert!(
        screen(&app, 160, 40).contains("Les 2 lignes de la réponse sont remplacées par ces 3."),
    );
    keys(&mut app, &[ch('m'), enter()]);
    let message = app.message.clone().map(|(m, _)| m).unwrap_or_default();
    assert_eq!(
        message,
        "Importé depuis update.csv : 1 nouvelle ligne, 1 mise à jour."
    );
}
