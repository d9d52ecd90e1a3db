//! `workbook answer import|export --city X WORKBOOK.QUESTION FILE`: table and list answers in
//! and out of CSV, xlsx and ods, with the built-in workbooks (and a small one with number, date
//! and yes/no columns), bad files, and a round trip over random tables.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;
use proptest::prelude::*;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use serde_json::json;

use workbook::answer::{NumberFormat, Row, Source, Value, validate};
use workbook::sheet::{self, Cell, Map, Mode, Target};
use workbook::workbook::{Catalog, Question};

/// A private data folder and home, and a folder with one small workbook of our own.
struct Env {
    home: tempfile::TempDir,
    books: tempfile::TempDir,
}

/// A table with every kind of column, and a list.
const LOG: &str = r#"
id = "log"
title = "Log"
area = "mapping"
version = 1
summary = "Test."

[[sections]]
id = "s"
title = "S"

[[sections.questions]]
id = "incidents"
kind = "table"
prompt = "Incidents"
guidance = "Test."
columns = [
  { id = "what", label = "What happened", required = true },
  { id = "when", label = "When", kind = "date" },
  { id = "people", label = "People affected", kind = "number" },
  { id = "reported", label = "Reported", kind = "yes_no" },
  { id = "kind", label = "Kind", kind = "choice", choices = [
      { value = "hate", label = "Hate incident" },
      { value = "extremism", label = "Extremism" },
  ] },
]
"#;

impl Env {
    fn new() -> Env {
        let env = Env {
            home: tempfile::tempdir().unwrap(),
            books: tempfile::tempdir().unwrap(),
        };
        fs::write(env.books.path().join("log.toml"), LOG).unwrap();
        env
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("workbook"));
        cmd.env("WORKBOOK_DATA_DIR", self.home.path().join("data"))
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path())
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LC_NUMERIC")
            .env_remove("WORKBOOK_PATH")
            .arg("--workbooks")
            .arg(self.books.path());
        cmd
    }

    fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cmd().args(args).assert()
    }

    fn city(&self, name: &str, format: &str) {
        self.run(&["city", "new", name, "--number-format", format])
            .success();
    }

    fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.home.path().join(name);
        fs::write(&path, bytes).unwrap();
        path
    }

    fn path(&self, name: &str) -> PathBuf {
        self.home.path().join(name)
    }

    fn import(
        &self,
        city: &str,
        key: &str,
        file: &Path,
        extra: &[&str],
    ) -> assert_cmd::assert::Assert {
        let mut args = vec![
            "answer",
            "import",
            "--city",
            city,
            key,
            file.to_str().unwrap(),
        ];
        args.extend(extra);
        self.run(&args)
    }

    fn value(&self, city: &str, key: &str) -> serde_json::Value {
        let out = self
            .run(&["answer", "get", "--city", city, key, "--json"])
            .success();
        let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        json["value"].clone()
    }

    fn unanswered(&self, city: &str, key: &str) {
        self.run(&["answer", "get", "--city", city, key])
            .code(1)
            .stderr(contains("no answer"));
    }
}

fn set_json(env: &Env, city: &str, key: &str, value: serde_json::Value) {
    env.run(&[
        "answer",
        "set",
        "--city",
        city,
        key,
        "--json",
        &value.to_string(),
    ])
    .success();
}

fn stakeholders() -> serde_json::Value {
    json!([
        {"name": "Youth council, \"Lyon 8e\"", "sector": "youth", "influence": "high",
         "role": "Advice\non youth work"},
        {"name": "=HYPERLINK(\"http://x\")", "sector": "media", "contact": "@ana"},
        {"name": "Police", "sector": "police", "relationship": "strained", "frequency": "monthly"},
    ])
}

#[test]
fn the_stakeholder_map_goes_out_to_csv_and_comes_back_the_same() {
    let env = Env::new();
    env.city("Lyon", "point");
    env.city("Gent", "point");
    set_json(&env, "Lyon", "mapping.stakeholders", stakeholders());
    let file = env.path("stakeholders.csv");
    env.run(&[
        "answer",
        "export",
        "--city",
        "Lyon",
        "mapping.stakeholders",
        "-o",
        file.to_str().unwrap(),
    ])
    .success()
    .stdout(contains("Wrote 3 rows of mapping.stakeholders to"));
    let text = fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with("\u{feff}Organisation or group,Sector,Role in prevention,"),
        "{text}"
    );
    assert!(
        text.contains(
            "\"Youth council, \"\"Lyon 8e\"\"\",Youth organisation,\"Advice\non youth work\",High"
        ),
        "{text}"
    );
    assert!(
        text.contains("\"'=HYPERLINK(\"\"http://x\"\")\",Media"),
        "a formula is defused: {text}"
    );
    assert!(text.contains(",'@ana"), "{text}");
    env.import("Gent", "mapping.stakeholders", &file, &[])
        .success()
        .stdout(contains(
            "Gent, mapping.stakeholders: the answer is now the sheet's 3 rows.",
        ));
    assert_eq!(
        env.value("Gent", "mapping.stakeholders"),
        env.value("Lyon", "mapping.stakeholders")
    );
}

#[test]
fn an_xlsx_export_has_real_dates_and_reads_back_the_same() {
    let env = Env::new();
    env.city("Lyon", "point");
    env.city("Gent", "point");
    set_json(
        &env,
        "Lyon",
        "strategy.actions",
        json!([
            {"action": "Train teachers", "start": "2026-03-01", "due": "2026-06-30", "priority": "high"},
            {"action": "Mediators' network", "owner": "Social services", "priority": "medium"},
        ]),
    );
    let file = env.path("actions.xlsx");
    env.run(&[
        "answer",
        "export",
        "--city",
        "Lyon",
        "strategy.actions",
        "-o",
        file.to_str().unwrap(),
    ])
    .success();
    let read = sheet::read(&file, None).unwrap();
    assert_eq!(read.rows[0].1[0], Cell::Text("Action".into()));
    let start = read.rows[0]
        .1
        .iter()
        .position(|c| *c == Cell::Text("Start".into()))
        .unwrap();
    assert_eq!(
        read.rows[1].1[start],
        Cell::Date("2026-03-01T00:00".parse().unwrap()),
        "a date is a date in Excel"
    );
    assert!(
        read.rows[1].1.contains(&Cell::Text("High".into())),
        "choices by their labels"
    );
    env.import("Gent", "strategy.actions", &file, &[]).success();
    assert_eq!(
        env.value("Gent", "strategy.actions"),
        env.value("Lyon", "strategy.actions")
    );
}

#[test]
fn an_xlsx_from_another_program_gives_numbers_dates_and_yes_no_in_a_comma_city() {
    let env = Env::new();
    env.city("Lille", "comma");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Incidents 2026").unwrap();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (c, h) in [
        "Kind",
        "WHEN",
        "people affected",
        "Reported",
        "What happened",
        "Notes",
    ]
    .iter()
    .enumerate()
    {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "Hate incident").unwrap();
    sheet
        .write_datetime_with_format(1, 1, ExcelDateTime::from_ymd(2026, 3, 31).unwrap(), &date)
        .unwrap();
    sheet.write_number(1, 2, 12.5).unwrap();
    sheet.write_boolean(1, 3, true).unwrap();
    sheet.write_string(1, 4, "Graffiti on the mosque").unwrap();
    sheet.write_string(1, 5, "ignored").unwrap();
    sheet.write_string(2, 0, "extremism").unwrap();
    sheet.write_number(2, 2, 3.0).unwrap();
    sheet.write_string(2, 3, "Non").unwrap();
    sheet.write_string(2, 4, "Leaflets").unwrap();
    let other = book.add_worksheet();
    other.set_name("Other").unwrap();
    other.write_string(0, 0, "What happened").unwrap();
    other.write_string(1, 0, "From the second sheet").unwrap();
    let file = env.file("incidents.xlsx", book.save_to_buffer().unwrap());
    env.import("Lille", "log.incidents", &file, &[])
        .success()
        .stderr(contains(
            "Columns left out (they match no column of the question): F “Notes”",
        ));
    assert_eq!(
        env.value("Lille", "log.incidents"),
        json!([
            {"kind": "hate", "when": "2026-03-31", "people": "12.5", "reported": "yes", "what": "Graffiti on the mosque"},
            {"kind": "extremism", "people": "3", "reported": "no", "what": "Leaflets"},
        ])
    );
    env.import(
        "Lille",
        "log.incidents",
        &file,
        &["--sheet", "other", "--replace"],
    )
    .success();
    assert_eq!(
        env.value("Lille", "log.incidents"),
        json!([{"what": "From the second sheet"}])
    );
    env.import(
        "Lille",
        "log.incidents",
        &file,
        &["--sheet", "Nope", "--replace"],
    )
    .code(1)
    .stderr(contains(
        "has no sheet named “Nope”; its sheets are: “Incidents 2026”, “Other”",
    ));
}

#[test]
fn a_windows_1252_csv_with_semicolons_and_decimal_commas() {
    let env = Env::new();
    env.city("Lille", "comma");
    // "Été", "€" and "é" in Windows-1252, a semicolon between cells, no byte order mark.
    let text = b"Quoi;Quand;Personnes;Signal\xe9\n\xc9t\xe9 \x80 tags;2026-07-14;1.234,5;oui\nAutre;;7;NON\n";
    let file = env.file("incidents.csv", text);
    env.import(
        "Lille",
        "log.incidents",
        &file,
        &[
            "--map",
            "Quoi=what,Quand=when,Personnes=people,Signalé=reported",
        ],
    )
    .success();
    assert_eq!(
        env.value("Lille", "log.incidents"),
        json!([
            {"what": "Été € tags", "when": "2026-07-14", "people": "1234.5", "reported": "yes"},
            {"what": "Autre", "people": "7", "reported": "no"},
        ])
    );
    env.run(&[
        "answer",
        "export",
        "--city",
        "Lille",
        "log.incidents",
        "-o",
        env.path("out.csv").to_str().unwrap(),
    ])
    .success();
    let out = fs::read_to_string(env.path("out.csv")).unwrap();
    assert!(
        out.contains("\u{feff}What happened;When;People affected;Reported;Kind\r\n"),
        "{out}"
    );
    assert!(
        out.contains("Été € tags;2026-07-14;1234,5;yes;\r\n"),
        "a comma city's sheet: {out}"
    );
}

#[test]
fn rejected_rows_are_listed_by_sheet_row_and_column_and_nothing_is_written() {
    let env = Env::new();
    env.city("Lyon", "point");
    let file = env.file(
        "people.csv",
        "Organisation or group,Sector,Influence\nMairie,City administration,High\nX,Bakery,high\n,city,low\nLycée,education,Very\n",
    );
    let before = fs::read_dir(env.home.path().join("data/cities"))
        .unwrap()
        .count();
    env.import("Lyon", "mapping.stakeholders", &file, &[])
        .code(1)
        .stderr(contains(
            "people.csv, row 3, column B “Sector”: “Bakery” is not one of the choices: City administration, Other public body or national agency,",
        ))
        .stderr(contains(
            "people.csv, row 4: Organisation or group is required",
        ))
        .stderr(contains(
            "people.csv, row 5, column C “Influence”: “Very” is not one of the choices: High, Medium, Low",
        ))
        .stderr(contains(
            "Nothing was imported: 3 rows were rejected (listed above).",
        ))
        .stderr(contains(
            "--partial to import only the rows that passed (1)",
        ));
    env.unanswered("Lyon", "mapping.stakeholders");
    assert_eq!(
        fs::read_dir(env.home.path().join("data/cities"))
            .unwrap()
            .count(),
        before
    );

    env.import("Lyon", "mapping.stakeholders", &file, &["--partial"])
        .success()
        .stderr(contains("3 rows were rejected and left out (--partial)."))
        .stdout(contains("the answer is now the sheet's 1 row."));
    assert_eq!(
        env.value("Lyon", "mapping.stakeholders"),
        json!([{"name": "Mairie", "sector": "city", "influence": "high"}])
    );
}

#[test]
fn merge_updates_rows_by_their_first_column_and_replace_starts_over() {
    let env = Env::new();
    env.city("Lyon", "point");
    set_json(
        &env,
        "Lyon",
        "mapping.stakeholders",
        json!([
            {"name": "Police", "sector": "police", "contact": "Chief"},
            {"name": "Mairie", "sector": "city"},
        ]),
    );
    let file = env.file("update.csv", "Organisation or group,Sector,Influence\npolice,Police and justice,High\nLycée,Education,\n");
    let stored = env.value("Lyon", "mapping.stakeholders");
    env.import("Lyon", "mapping.stakeholders", &file, &[])
        .code(2)
        .stderr(contains(
            "mapping.stakeholders already has an answer for Lyon: pass --merge",
        ))
        .stderr(contains("or --replace to replace it"));
    assert_eq!(
        env.value("Lyon", "mapping.stakeholders"),
        stored,
        "a script changes nothing"
    );

    env.import("Lyon", "mapping.stakeholders", &file, &["--merge"])
        .success()
        .stdout(contains(
            "Lyon, mapping.stakeholders: 1 row added, 1 updated, 0 unchanged.",
        ));
    assert_eq!(
        env.value("Lyon", "mapping.stakeholders"),
        json!([
            {"name": "Police", "sector": "police", "contact": "Chief", "influence": "high"},
            {"name": "Mairie", "sector": "city"},
            {"name": "Lycée", "sector": "education"},
        ]),
        "columns the sheet lacks are kept"
    );
    env.import("Lyon", "mapping.stakeholders", &file, &["--merge"])
        .success()
        .stdout(contains("nothing changed"));
    env.import("Lyon", "mapping.stakeholders", &file, &["--replace"])
        .success();
    assert_eq!(
        env.value("Lyon", "mapping.stakeholders"),
        json!([
            {"name": "police", "sector": "police", "influence": "high"},
            {"name": "Lycée", "sector": "education"},
        ])
    );
    env.import(
        "Lyon",
        "mapping.stakeholders",
        &file,
        &["--merge", "--replace"],
    )
    .code(2);
}

#[test]
fn french_spanish_and_arabic_headers_and_labels_are_matched() {
    let env = Env::new();
    env.city("Lyon", "point");
    let file = env.file(
        "parties.csv",
        "ORGANISATION OU GROUPE;secteur;Influencia;العلاقة مع المدينة\nMairie;Administration municipale;alta;شراكة\n",
    );
    env.cmd()
        .args(["--lang", "fr", "answer", "import", "--city", "Lyon", "mapping.stakeholders"])
        .arg(&file)
        .assert()
        .success()
        .stdout(contains("Lyon, mapping.stakeholders : la réponse se compose désormais de la ligne de la feuille."));
    assert_eq!(
        env.value("Lyon", "mapping.stakeholders"),
        json!([{"name": "Mairie", "sector": "city", "influence": "high", "relationship": "partner"}])
    );
    let bad = env.file(
        "mauvais.csv",
        "Organisation ou groupe;Secteur\nX;Boulangerie\n",
    );
    env.cmd()
        .args([
            "--lang",
            "fr",
            "answer",
            "import",
            "--city",
            "Lyon",
            "mapping.stakeholders",
        ])
        .arg(&bad)
        .arg("--merge")
        .assert()
        .code(1)
        .stderr(contains(
            "mauvais.csv, ligne 2, colonne B «\u{a0}Secteur\u{a0}» :",
        ))
        .stderr(contains("Rien n'a été importé : 1 ligne a été rejetée"));
    let out = env.path("parties.csv");
    env.cmd()
        .args([
            "--lang",
            "es",
            "answer",
            "export",
            "--city",
            "Lyon",
            "mapping.stakeholders",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout(contains("mapping.stakeholders: 1 fila escrita en"));
    let text = fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("Organización o grupo"),
        "headers in the interface's language: {text}"
    );
}

#[test]
fn a_list_question_takes_one_column_and_the_ods_format_is_read() {
    let env = Env::new();
    env.city("Lyon", "point");
    let file = env.file(
        "assets.csv",
        "Whatever the header says\nYouth club\n\nLibrary, Croix-Rousse\nYouth club\n",
    );
    env.import("Lyon", "mapping.named_assets", &file, &[])
        .success();
    assert_eq!(
        env.value("Lyon", "mapping.named_assets"),
        json!(["Youth club", "Library, Croix-Rousse", "Youth club"])
    );
    let more = env.file(
        "more.csv",
        "Name,Owner\nYouth club,City\nSports hall,City\n",
    );
    env.import("Lyon", "mapping.named_assets", &more, &["--merge"])
        .code(1)
        .stderr(contains("has several columns (“Name”, “Owner”)"))
        .stderr(contains("--map \"Name\""));
    env.import(
        "Lyon",
        "mapping.named_assets",
        &more,
        &["--merge", "--map", "Name"],
    )
    .success()
    .stdout(contains("1 row added, 0 updated, 1 unchanged"));

    let ods = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sheets/acciones.ods");
    env.import("Lyon", "strategy.actions", &ods, &[]).success();
    assert_eq!(
        env.value("Lyon", "strategy.actions"),
        json!([
            {"action": "Formar a los docentes", "start": "2026-03-31", "priority": "high"},
            {"action": "Red de mediadores", "priority": "medium"},
        ])
    );
}

#[test]
fn bad_files_are_refused_with_a_clear_message_and_change_nothing() {
    let env = Env::new();
    env.city("Lyon", "point");
    let refused = |file: &Path, extra: &[&str], message: &str| {
        env.import("Lyon", "mapping.stakeholders", file, extra)
            .code(1)
            .stderr(contains(message))
            .stderr(contains("panicked").not());
        env.unanswered("Lyon", "mapping.stakeholders");
    };
    let png = env.file("photo.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
    refused(&png, &[], "photo.csv is not a spreadsheet: give a CSV file");
    let docx = env.file(
        "letter.xlsx",
        zip_with("word/document.xml", "<w:document/>"),
    );
    refused(&docx, &[], "letter.xlsx is not a spreadsheet");
    let encrypted =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sheets/encrypted.xlsx");
    refused(
        &encrypted,
        &[],
        "is protected by a password: open it in your spreadsheet program",
    );
    refused(&env.file("empty.csv", ""), &[], "empty.csv is empty.");
    refused(&env.path("missing.csv"), &[], "cannot read");
    let unrelated = env.file("budget.csv", "Line,Amount\nRent,1200\n");
    refused(
        &unrelated,
        &[],
        "No column of budget.csv matches this question's columns (“Organisation or group”, “Sector”",
    );
    refused(
        &unrelated,
        &["--map", "Line=nope"],
        "--map: “nope” is not a column of this question",
    );
    refused(
        &unrelated,
        &["--map", "Lines=name"],
        "--map: the sheet has no column headed “Lines”",
    );
    let twice = env.file("twice.csv", "Name,Organisation or group\nA,B\n");
    refused(
        &twice,
        &["--map", "Name=name"],
        "columns A “Name” and B “Organisation or group” both fill “Organisation or group”",
    );

    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet
        .merge_range(0, 0, 0, 1, "Organisation or group", &Format::new())
        .unwrap();
    sheet.write_string(1, 0, "Mairie").unwrap();
    let merged = env.file("merged.xlsx", book.save_to_buffer().unwrap());
    refused(
        &merged,
        &[],
        "Sheet1: the header row has merged cells (A1:B1); unmerge them",
    );

    env.import("Lyon", "mapping.review_owner", &unrelated, &[])
        .code(1)
        .stderr(contains(
            "spreadsheets fill table and list questions; this question is of kind short_text.",
        ));
    env.run(&[
        "answer",
        "export",
        "--city",
        "Lyon",
        "mapping.stakeholders",
        "-o",
        env.path("x.csv").to_str().unwrap(),
    ])
    .code(1)
    .stderr(contains(
        "Lyon has no answer to mapping.stakeholders yet: nothing to export.",
    ));
    env.run(&[
        "answer",
        "export",
        "--city",
        "Lyon",
        "mapping.stakeholders",
        "-o",
        env.path("x.pdf").to_str().unwrap(),
    ])
    .code(2)
    .stderr(contains("write to a file ending in .csv or .xlsx"));
    env.run(&["answer", "export", "--city", "Lyon", "mapping.stakeholders"])
        .code(2)
        .stderr(contains("give -o FILE.csv or -o FILE.xlsx"));
}

#[test]
fn a_million_rows_are_refused_quickly() {
    let env = Env::new();
    env.city("Lyon", "point");
    let mut text = String::from("Organisation or group,Sector\n");
    for i in 0..1_000_000 {
        text.push_str(&format!("Organisation {i},city\n"));
    }
    let file = env.file("huge.csv", text);
    let started = Instant::now();
    env.import("Lyon", "mapping.stakeholders", &file, &[])
        .code(1)
        .stderr(contains("huge.csv has more than 100000 rows"));
    let took = started.elapsed();
    eprintln!("a 1,000,000-row CSV refused in {took:?}");
    assert!(took < Duration::from_secs(10), "{took:?}");
    env.unanswered("Lyon", "mapping.stakeholders");
}

#[test]
fn a_whole_city_goes_to_one_xlsx_with_only_what_the_edition_shows() {
    let env = Env::new();
    env.city("Lyon", "point");
    set_json(&env, "Lyon", "mapping.stakeholders", stakeholders());
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "mapping.has_mapped",
        "yes",
    ])
    .success();
    env.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "mapping.review_owner",
        "Prevention unit",
    ])
    .success();
    let headers = |file: &Path, name: &str| -> Vec<Cell> {
        sheet::read(file, Some(name)).unwrap().rows[0].1.clone()
    };
    let text = |t: &str| Cell::Text(t.to_string());

    let council = env.path("lyon.xlsx");
    env.run(&["export", "--city", "Lyon", "--format", "xlsx", "-o", council.to_str().unwrap()])
        .success()
        .stdout(contains("(council edition): 1 table on sheets of their own, 2 other answers on the sheet “Answers”."));
    let columns = headers(&council, "Stakeholder map");
    assert!(columns.contains(&text("Influence")), "{columns:?}");
    assert!(
        !columns.contains(&text("Contact person")),
        "restricted columns stay out: {columns:?}"
    );
    let answers = sheet::read(&council, Some("Answers")).unwrap();
    assert_eq!(
        answers.rows[0].1,
        vec![text("Workbook"), text("Question"), text("Answer")]
    );
    assert!(
        answers
            .rows
            .iter()
            .any(|(_, r)| r.contains(&Cell::Bool(true))),
        "{answers:?}"
    );
    assert!(
        answers
            .rows
            .iter()
            .any(|(_, r)| r.contains(&text("Prevention unit")))
    );

    let public = env.path("public.xlsx");
    env.run(&[
        "export",
        "--city",
        "Lyon",
        "--format",
        "xlsx",
        "--edition",
        "public",
        "-o",
        public.to_str().unwrap(),
    ])
    .success()
    .stdout(contains("1 other answer on"));
    assert!(!headers(&public, "Stakeholder map").contains(&text("Influence")));
    let restricted = env.path("restricted.xlsx");
    env.cmd()
        .args([
            "--lang",
            "fr",
            "export",
            "--city",
            "Lyon",
            "--format",
            "xlsx",
            "--edition",
            "restricted",
            "-o",
        ])
        .arg(&restricted)
        .assert()
        .success()
        .stdout(contains(
            "(édition restreinte) : 1 tableau sur des feuilles séparées",
        ));
    assert!(
        headers(&restricted, "Cartographie des parties…").contains(&text("Personne à contacter"))
    );
    assert_eq!(headers(&restricted, "Réponses")[0], text("Cahier"));

    env.run(&["export", "--city", "Lyon", "--format", "xlsx"])
        .code(2)
        .stderr(contains("give -o FILE.xlsx"));
    env.run(&["export", "--city", "Lyon", "--edition", "public"])
        .code(2)
        .stderr(contains("add --format xlsx"));
}

/// A ZIP holding one file: a document that is not a spreadsheet.
fn zip_with(name: &str, text: &str) -> Vec<u8> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut bytes);
    zip.start_file(name, zip::write::SimpleFileOptions::default())
        .unwrap();
    std::io::Write::write_all(&mut zip, text.as_bytes()).unwrap();
    zip.finish().unwrap();
    bytes.into_inner()
}

// The round trip over random tables: export (CSV and xlsx) then import gives the same answer.

fn catalog() -> &'static Catalog {
    static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(workbook::builtin::catalog)
}

fn question(workbook: &str, id: &str) -> &'static Question {
    catalog()
        .get(workbook)
        .unwrap()
        .questions()
        .find(|q| q.id() == id)
        .unwrap()
}

/// Text with the characters CSV and spreadsheets trip on.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ a-zA-Zé0-9,;\"'|\n]{0,12}",
        "[=+@'-][ a-z0-9,;\"'=()+-]{0,10}",
        Just("-12".to_string()),
        Just("'=x".to_string()),
    ]
}

fn cell(column: &workbook::workbook::Column) -> BoxedStrategy<String> {
    use workbook::workbook::ColumnKind;
    match column.kind {
        ColumnKind::Choice => {
            let values: Vec<String> = column
                .choices()
                .iter()
                .map(|c| c.value().to_string())
                .collect();
            prop::sample::select(values).boxed()
        }
        ColumnKind::Date => (2000i16..2100, 1i8..=12, 1i8..=28)
            .prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"))
            .boxed(),
        _ => text().boxed(),
    }
}

fn table(question: &'static Question) -> impl Strategy<Value = Value> {
    let row = question
        .columns()
        .iter()
        .map(|c| prop::option::of(cell(c)).prop_map(move |v| (c.id().to_string(), v)))
        .collect::<Vec<_>>();
    prop::collection::vec(row, 1..8).prop_filter_map("a valid table", move |rows| {
        let rows: Vec<Row> = rows
            .into_iter()
            .map(|cells| {
                cells
                    .into_iter()
                    .filter_map(|(k, v)| Some((k, v?)))
                    .collect()
            })
            .collect();
        let value = validate(
            question,
            &Value::Table(rows),
            None,
            Source::Typed(NumberFormat::Point),
        )
        .ok()?;
        matches!(&value, Value::Table(rows) if !rows.is_empty()).then_some(value)
    })
}

fn round_trip(question: &Question, value: &Value, xlsx: bool) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let grid = sheet::grid(question, value);
    let path = dir.path().join(if xlsx { "t.xlsx" } else { "t.csv" });
    let bytes = if xlsx {
        sheet::to_xlsx(&grid, question.id(), NumberFormat::Point).unwrap()
    } else {
        sheet::to_csv(&grid, NumberFormat::Point).into_bytes()
    };
    fs::write(&path, bytes).unwrap();
    let read = sheet::read(&path, None).unwrap();
    let target = Target {
        question,
        translations: Vec::new(),
        format: NumberFormat::Point,
    };
    let import = sheet::rows(&read, &target, &Map::default()).unwrap();
    assert_eq!(import.rejected, vec![]);
    sheet::combine(question, None, &import, Mode::Replace).0
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn stakeholder_maps_come_back_from_csv_and_xlsx(value in table(question("mapping", "stakeholders"))) {
        let q = question("mapping", "stakeholders");
        prop_assert_eq!(&round_trip(q, &value, false), &value);
        prop_assert_eq!(&round_trip(q, &value, true), &value);
    }

    #[test]
    fn action_tables_come_back_from_csv_and_xlsx(value in table(question("strategy", "actions"))) {
        let q = question("strategy", "actions");
        prop_assert_eq!(&round_trip(q, &value, false), &value);
        prop_assert_eq!(&round_trip(q, &value, true), &value);
    }
}
