//! `workbook plan --format docx`: a Word document that reads like the markdown plan, with real
//! headings, tables whose header row repeats, lists, the charts as pictures and page numbers,
//! in which answer text is only ever text.

mod common;
mod plan_env;

use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Command as Process;

use comrak::nodes::NodeValue;
use comrak::{Arena, Options, parse_document};
use roxmltree::{Document, Node};
use workbook::plan::{self, Format, PlanOptions};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const DATE: &str = "2026-12-01";

/// The parts of a .docx package, by name.
struct Package {
    parts: BTreeMap<String, Vec<u8>>,
}

impl Package {
    fn read(bytes: &[u8]) -> Package {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a .docx is a zip archive");
        let mut parts = BTreeMap::new();
        for index in 0..zip.len() {
            let mut file = zip.by_index(index).unwrap();
            let (y, m, d) = {
                let t = file.last_modified().expect("a timestamp");
                (t.year(), t.month(), t.day())
            };
            assert_eq!((y, m, d), (1980, 1, 1), "{} has a clock time", file.name());
            let mut data = Vec::new();
            file.read_to_end(&mut data).unwrap();
            parts.insert(file.name().to_string(), data);
        }
        Package { parts }
    }

    fn text(&self, name: &str) -> &str {
        std::str::from_utf8(self.parts.get(name).unwrap_or_else(|| panic!("no {name}")))
            .expect("XML parts are UTF-8")
    }

    fn xml_parts(&self) -> impl Iterator<Item = (&String, &Vec<u8>)> {
        self.parts
            .iter()
            .filter(|(name, _)| name.ends_with(".xml") || name.ends_with(".rels"))
    }

    fn media(&self) -> Vec<&Vec<u8>> {
        self.parts
            .iter()
            .filter(|(name, _)| name.starts_with("word/media/"))
            .map(|(_, data)| data)
            .collect()
    }
}

fn is(node: &Node, name: &str) -> bool {
    node.is_element() && node.tag_name().namespace() == Some(W) && node.tag_name().name() == name
}

fn w_attr<'a>(node: &Node<'a, 'a>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

/// What a reader sees of a paragraph: its text, with a line break as `\n`.
fn text_of(node: &Node) -> String {
    node.descendants()
        .filter_map(|n| {
            if is(&n, "t") {
                n.text().map(str::to_string)
            } else if is(&n, "br") {
                Some("\n".into())
            } else {
                None
            }
        })
        .collect()
}

/// The list a paragraph belongs to (its `w:numId`), if any.
fn num_id<'a>(paragraph: &Node<'a, 'a>) -> Option<&'a str> {
    paragraph
        .descendants()
        .find(|n| is(n, "numId"))
        .and_then(|n| w_attr(&n, "val"))
}

fn style_of<'a>(paragraph: &Node<'a, 'a>) -> &'a str {
    paragraph
        .children()
        .find(|n| is(n, "pPr"))
        .and_then(|p| p.children().find(|n| is(n, "pStyle")))
        .and_then(|s| w_attr(&s, "val"))
        .unwrap_or("Normal")
}

/// The body's paragraphs (not those in tables) as (style, text).
fn paragraphs(document: &Document) -> Vec<(String, String)> {
    let body = document
        .descendants()
        .find(|n| is(n, "body"))
        .expect("a body");
    body.children()
        .filter(|n| is(n, "p"))
        .map(|p| (style_of(&p).to_string(), text_of(&p)))
        .collect()
}

/// Each table's rows as cell texts, and whether each row repeats as a header / cannot split.
struct WordTable {
    rows: Vec<Vec<String>>,
    header: Vec<bool>,
    cant_split: Vec<bool>,
}

fn tables(document: &Document) -> Vec<WordTable> {
    document
        .descendants()
        .filter(|n| is(n, "tbl"))
        .map(|table| {
            let rows: Vec<Node> = table.children().filter(|n| is(n, "tr")).collect();
            let has = |row: &Node, name: &str| {
                row.children()
                    .find(|n| is(n, "trPr"))
                    .is_some_and(|p| p.children().any(|n| is(&n, name)))
            };
            WordTable {
                rows: rows
                    .iter()
                    .map(|r| {
                        r.children()
                            .filter(|n| is(n, "tc"))
                            .map(|c| text_of(&c))
                            .collect()
                    })
                    .collect(),
                header: rows.iter().map(|r| has(r, "tblHeader")).collect(),
                cant_split: rows.iter().map(|r| has(r, "cantSplit")).collect(),
            }
        })
        .collect()
}

/// The headings of a markdown plan (level, text), as a reader sees them.
fn markdown_headings(markdown: &str) -> Vec<(u8, String)> {
    let arena = Arena::new();
    let mut options = Options::default();
    options.extension.table = true;
    let root = parse_document(&arena, markdown, &options);
    root.descendants()
        .filter_map(|node| match &node.data.borrow().value {
            NodeValue::Heading(h) => {
                let text: String = node
                    .descendants()
                    .filter_map(|n| match &n.data.borrow().value {
                        NodeValue::Text(t) => Some(t.to_string()),
                        _ => None,
                    })
                    .collect();
                Some((h.level, text))
            }
            _ => None,
        })
        .collect()
}

fn markdown_table_count(markdown: &str) -> usize {
    let arena = Arena::new();
    let mut options = Options::default();
    options.extension.table = true;
    let root = parse_document(&arena, markdown, &options);
    root.descendants()
        .filter(|n| matches!(n.data.borrow().value, NodeValue::Table(_)))
        .count()
}

/// The demo plan in a format, through the command line.
fn demo(args: &[&str]) -> Vec<u8> {
    let sandbox = common::Sandbox::new();
    let output = sandbox
        .cmd()
        .env("WORKBOOK_DEMO_DIR", sandbox.home.path().join("demo"))
        .args(["plan", "--demo", "--date", DATE])
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

fn demo_docx() -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.docx");
    demo(&["--format", "docx", "-o", path.to_str().unwrap()]);
    std::fs::read(&path).unwrap()
}

#[test]
fn the_demo_plan_reads_like_the_markdown_with_word_headings() {
    let package = Package::read(&demo_docx());
    let document = Document::parse(package.text("word/document.xml")).unwrap();
    let markdown = String::from_utf8(demo(&[])).unwrap();

    let word: Vec<(u8, String)> = paragraphs(&document)
        .into_iter()
        .filter_map(|(style, text)| match style.as_str() {
            "Title" => Some((1, text)),
            "Heading1" => Some((2, text)),
            "Heading2" => Some((3, text)),
            _ => None,
        })
        .collect();
    let expected = markdown_headings(&markdown);
    assert!(expected.len() > 40, "the demo plan has its chapters");
    assert_eq!(word, expected, "Word headings differ from the markdown's");

    // The heading styles are Word's own, so the navigation pane lists the chapters.
    let styles = Document::parse(package.text("word/styles.xml")).unwrap();
    for (id, name, level) in [
        ("Heading1", "heading 1", "0"),
        ("Heading2", "heading 2", "1"),
    ] {
        let style = styles
            .descendants()
            .find(|n| is(n, "style") && w_attr(n, "styleId") == Some(id))
            .unwrap_or_else(|| panic!("no {id} style"));
        let child = |tag: &str| {
            style
                .descendants()
                .find(|n| is(n, tag))
                .and_then(|n| w_attr(&n, "val"))
        };
        assert_eq!(child("name"), Some(name));
        assert_eq!(child("outlineLvl"), Some(level));
    }

    // The cover and the withheld notice come first.
    let body = paragraphs(&document);
    assert_eq!(body[1], ("Cover".into(), "Status: Draft".into()));
    assert!(body.contains(&("Cover".into(), "Date: 1 December 2026".into())));
    assert!(
        body.iter()
            .any(|(s, t)| s == "Notice" && t.contains("left out of this edition")),
        "the withheld notice"
    );
}

#[test]
fn tables_have_a_repeated_header_row_and_rows_that_do_not_split() {
    let package = Package::read(&demo_docx());
    let document = Document::parse(package.text("word/document.xml")).unwrap();
    let markdown = String::from_utf8(demo(&[])).unwrap();
    let tables = tables(&document);
    assert_eq!(tables.len(), markdown_table_count(&markdown));
    for table in &tables {
        assert!(table.rows.len() >= 2, "a header and rows: {:?}", table.rows);
        assert!(table.header[0], "header row of {:?}", table.rows[0]);
        assert!(
            table.header[1..].iter().all(|h| !h),
            "only the first row repeats"
        );
        assert!(table.cant_split.iter().all(|c| *c));
    }

    // The action table shows the columns the plan lists for it, in order.
    let json: serde_json::Value = serde_json::from_slice(&demo(&["--format", "json"])).unwrap();
    let headings: Vec<&str> = json["columns"]["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["heading"].as_str().unwrap())
        .collect();
    // (A chapter's own table of the columns the action table leaves out starts with
    // "Action" too.)
    let actions = tables
        .iter()
        .find(|t| t.rows[0] == headings)
        .expect("the action table");
    assert_eq!(
        actions.rows.len(),
        json["actions"].as_array().unwrap().len() + 1
    );
    assert_eq!(
        actions.rows[1][0],
        json["actions"][0]["action"].as_str().unwrap()
    );

    // The budget's total row is there, in bold.
    let budget = tables
        .iter()
        .find(|t| t.rows[0].get(5).is_some_and(|h| h == "Still to be found"))
        .expect("the budget table");
    assert_eq!(budget.rows.last().unwrap()[0], "Total");
}

/// The demo plan's indicators drawn as charts in the progress chapter, by name.
fn indicator_charts() -> Vec<String> {
    let json: serde_json::Value = serde_json::from_slice(&demo(&["--format", "json"])).unwrap();
    json["since_last_round"]["indicators"]
        .as_array()
        .expect("the demo city has a closed round")
        .iter()
        .filter(|i| !i["chart"].is_null())
        .map(|i| i["indicator"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn charts_are_pictures_at_print_resolution_with_their_text() {
    let package = Package::read(&demo_docx());
    let media = package.media();
    let indicators = indicator_charts();
    assert_eq!(
        indicators.len(),
        3,
        "the demo has three indicators in numbers"
    );
    assert_eq!(
        media.len(),
        3 + indicators.len(),
        "timeline, stakeholders, progress and one per indicator in numbers"
    );
    let document = package.text("word/document.xml");
    // Each picture's width on the page (EMU, 914,400 an inch), in document order, which is
    // the order of the pictures' names.
    let shown: Vec<f32> = document
        .match_indices("<wp:extent cx=\"")
        .map(|(at, found)| {
            let rest = &document[at + found.len()..];
            rest[..rest.find('"').unwrap()].parse::<f32>().unwrap() / 914_400.0
        })
        .collect();
    assert_eq!(shown.len(), media.len());
    for (png, inches) in media.iter().zip(&shown) {
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let dpi = width as f32 / inches;
        assert!(
            dpi >= 200.0,
            "{width} pixels over {inches} inches is not print resolution"
        );
    }
    let mut descriptions = vec![
        "Timeline of dated actions".to_string(),
        "Stakeholders by influence and interest".to_string(),
        "Progress per area".to_string(),
    ];
    descriptions.extend(indicators);
    for description in &descriptions {
        assert!(
            document.contains(&format!("descr=\"{description}\"")),
            "{description} has no alternative text"
        );
    }
    assert!(
        document.contains(&format!("<wp:docPr id=\"{}\"", media.len())),
        "pictures have their own ids"
    );
}

/// On a computer with no font (here: fontconfig pointed at an empty folder) the charts cannot
/// show their labels, so the document says so where each would be.
#[cfg(target_os = "linux")]
#[test]
fn without_fonts_the_charts_are_left_out_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("fonts.conf");
    let empty = dir.path().join("no-fonts");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(
        &config,
        format!("<fontconfig><dir>{}</dir></fontconfig>", empty.display()),
    )
    .unwrap();
    let path = dir.path().join("plan.docx");
    let output = common::Sandbox::new()
        .cmd()
        .env("WORKBOOK_DEMO_DIR", dir.path().join("demo"))
        .env("FONTCONFIG_FILE", &config)
        .args(["plan", "--demo", "--date", DATE, "--format", "docx", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(output.status.success());
    let package = Package::read(&std::fs::read(&path).unwrap());
    assert!(package.media().is_empty());
    let document = Document::parse(package.text("word/document.xml")).unwrap();
    let notes: Vec<String> = paragraphs(&document)
        .into_iter()
        .map(|(_, text)| text)
        .filter(|text| text.contains("not drawn, as this computer has no font"))
        .collect();
    assert_eq!(notes.len(), 3 + indicator_charts().len(), "{notes:?}");
}

#[test]
fn pages_are_a4_with_page_numbers_in_the_footer() {
    let package = Package::read(&demo_docx());
    let document = Document::parse(package.text("word/document.xml")).unwrap();
    let size = document.descendants().find(|n| is(n, "pgSz")).unwrap();
    assert_eq!(w_attr(&size, "w"), Some("11906"));
    assert_eq!(w_attr(&size, "h"), Some("16838"));
    let footer = Document::parse(package.text("word/footer1.xml")).unwrap();
    let fields: Vec<&str> = footer
        .descendants()
        .filter(|n| is(n, "instrText"))
        .filter_map(|n| n.text())
        .map(str::trim)
        .collect();
    assert_eq!(fields, ["PAGE", "NUMPAGES"]);
    let core = package.text("docProps/core.xml");
    assert!(core.contains("2026-12-01T00:00:00Z"), "{core}");
}

#[test]
fn lists_are_word_lists() {
    let package = Package::read(&demo_docx());
    let document = Document::parse(package.text("word/document.xml")).unwrap();
    let numbering = Document::parse(package.text("word/numbering.xml")).unwrap();
    // numId -> the format of its first level ("bullet", "decimal").
    for (element, id) in [("abstractNum", "abstractNumId"), ("num", "numId")] {
        let ids: Vec<&str> = numbering
            .descendants()
            .filter(|n| is(n, element))
            .filter_map(|n| w_attr(&n, id))
            .collect();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(ids.len(), unique.len(), "{element} ids repeat: {ids:?}");
    }
    let abstract_format: BTreeMap<&str, &str> = numbering
        .descendants()
        .filter(|n| is(n, "abstractNum"))
        .map(|a| {
            let format = a
                .descendants()
                .find(|n| is(n, "numFmt"))
                .and_then(|n| w_attr(&n, "val"))
                .unwrap();
            (w_attr(&a, "abstractNumId").unwrap(), format)
        })
        .collect();
    let format: BTreeMap<&str, &str> = numbering
        .descendants()
        .filter(|n| is(n, "num"))
        .map(|n| {
            let id = n
                .children()
                .find(|c| is(c, "abstractNumId"))
                .and_then(|c| w_attr(&c, "val"))
                .unwrap();
            (w_attr(&n, "numId").unwrap(), abstract_format[id])
        })
        .collect();
    let body = document.descendants().find(|n| is(n, "body")).unwrap();
    let items: Vec<(String, &str, &str)> = body
        .children()
        .filter(|n| is(n, "p"))
        .filter_map(|p| num_id(&p).map(|id| (text_of(&p), id, format[id])))
        .collect();
    // The decisions for the council are numbered from 1, in a list of their own.
    let adopt = items
        .iter()
        .find(|(text, ..)| text.starts_with("adopt this plan"))
        .expect("the first decision");
    assert_eq!(adopt.2, "decimal");
    let decisions = items.iter().filter(|(_, id, _)| *id == adopt.1).count();
    assert_eq!(decisions, 4);
    let priorities = items
        .iter()
        .find(|(text, ..)| text.starts_with("Weekend youth provision"))
        .expect("the first priority action");
    assert_eq!(priorities.2, "decimal");
    assert_ne!(priorities.1, adopt.1, "each numbered list counts from 1");
    // The objectives are a bullet list, as the user typed them.
    let objective = items
        .iter()
        .find(|(text, ..)| text.starts_with("Make it easy and safe to report"))
        .expect("an objective");
    assert_eq!(objective.2, "bullet");
}

#[test]
fn the_same_plan_gives_the_same_bytes() {
    assert!(demo_docx() == demo_docx(), "two runs differ");
    let catalog = plan_env::catalog();
    let profile = plan_env::profile("full");
    let mut options = plan_env::options();
    options.format = Format::Docx;
    let once = plan::render_bytes(&catalog, &profile, &options).unwrap();
    let twice = plan::render_bytes(&catalog, &profile, &options).unwrap();
    assert!(once == twice, "two renders in one process differ");
}

/// Characters that would break the XML (controls), reorder the line (bidi), or be markup or
/// a field if they were not escaped.
const HOSTILE: &str = "<w:p><w:r><w:t>x</w:t></w:r></w:p> & ]]> &amp; { PAGE } \u{1}\u{1b}[2J\u{7f}\u{9b}\u{202e}evil\u{2066}\u{fffe} https://x.example/a?b=1&c=2\nsecond <b>line</b>";
/// The same shape in plain words: one paragraph of two lines.
const PLAIN: &str = "plain words in the first line\nsecond plain line";

fn fixture_docx(text: &str, trace: bool) -> Package {
    let catalog = plan_env::catalog();
    let profile = plan_env::with_text(text);
    let options = PlanOptions {
        format: Format::Docx,
        trace,
        ..plan_env::options()
    };
    Package::read(&plan::render_bytes(&catalog, &profile, &options).unwrap())
}

fn element_names(xml: &str) -> Vec<String> {
    Document::parse(xml)
        .unwrap()
        .descendants()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name().to_string())
        .collect()
}

#[test]
fn hostile_answers_stay_text() {
    for trace in [false, true] {
        let hostile = fixture_docx(HOSTILE, trace);
        let plain = fixture_docx(PLAIN, trace);
        for (name, data) in hostile.xml_parts() {
            let text = std::str::from_utf8(data).unwrap();
            Document::parse(text).unwrap_or_else(|e| panic!("{name} is not well-formed: {e}"));
            let bad = text.chars().find(|c| {
                (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
                    || ('\u{202a}'..='\u{202e}').contains(c)
                    || ('\u{2066}'..='\u{2069}').contains(c)
                    || *c == '\u{fffe}'
            });
            assert_eq!(bad, None, "{name} holds a raw control or bidi character");
        }
        let document = hostile.text("word/document.xml");
        // Answer text added no paragraph, run, field, link or table: the document has exactly
        // the elements of the same plan with plain answers.
        assert_eq!(
            element_names(document),
            element_names(plain.text("word/document.xml")),
            "hostile text changed the document's structure"
        );
        // And it reads as typed, minus the invisible characters.
        let parsed = Document::parse(document).unwrap();
        let shown = paragraphs(&parsed);
        let seen = "<w:p><w:r><w:t>x</w:t></w:r></w:p> & ]]> &amp; { PAGE } [2Jevil https://x.example/a?b=1&c=2";
        assert!(
            shown
                .iter()
                .any(|(_, t)| t.starts_with(&format!("{seen}\nsecond <b>line</b>"))),
            "the long answer's two lines are not shown as typed"
        );
        assert_eq!(
            shown[0].1,
            format!("{seen} second <b>line</b>: action plan on hate, extremism and polarisation")
        );
        let cells: Vec<String> = tables(&parsed)
            .into_iter()
            .flat_map(|t| t.rows.into_iter().skip(1).flatten())
            .collect();
        assert!(
            cells.iter().any(|c| c.starts_with(seen)),
            "table cells show it"
        );
        assert!(
            !document.contains("<w:p><w:r><w:t>x"),
            "raw markup from an answer"
        );
    }
}

#[test]
fn a_word_document_needs_a_file_or_a_pipe() {
    // Piped: the bytes go to standard output.
    let piped = demo(&["--format", "docx"]);
    assert!(piped.starts_with(b"PK\x03\x04"), "a zip on the pipe");
    assert!(
        piped == demo_docx(),
        "the pipe gets the same document as -o"
    );

    // A terminal: refused with a usage error.
    let (code, screen) = in_terminal(&["plan", "--demo", "--date", DATE, "--format", "docx"]);
    assert_eq!(code, 2, "{screen}");
    assert!(
        screen.contains("a Word document is binary: give a file with -o plan.docx"),
        "{screen}"
    );

    // A template shapes only the markdown and HTML.
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("t.md.j2");
    std::fs::write(&template, "# {{ plan.city }}\n").unwrap();
    let output = common::Sandbox::new()
        .cmd()
        .env("WORKBOOK_DEMO_DIR", dir.path().join("demo"))
        .args(["plan", "--demo", "--format", "docx", "-o"])
        .arg(dir.path().join("p.docx"))
        .arg("--template")
        .arg(&template)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--template"));
    assert!(!dir.path().join("p.docx").exists());
}

/// Runs the program in a pseudo-terminal; its exit code and what it printed.
fn in_terminal(args: &[&str]) -> (u32, String) {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let home = tempfile::tempdir().unwrap();
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_workbook"));
    cmd.args(args);
    cmd.env("HOME", home.path());
    cmd.env("WORKBOOK_DEMO_DIR", home.path().join("demo"));
    cmd.env("NO_COLOR", "1");
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let status = child.wait().unwrap();
    drop(pty.master);
    let mut out = Vec::new();
    let _ = reader.read_to_end(&mut out);
    (
        status.exit_code(),
        String::from_utf8_lossy(&out).into_owned(),
    )
}

/// python-docx, the library many other tools read Word files with, reads the headings and
/// tables back. CI installs it (.ci/run); elsewhere the test says it was skipped.
#[test]
fn python_docx_reads_it_back() {
    let has_python_docx = Process::new("python3")
        .args(["-c", "import docx"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_python_docx {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have python-docx (pip install python-docx)"
        );
        eprintln!("skipped: python-docx is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.docx");
    std::fs::write(&path, demo_docx()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/check-docx.py");
    let output = Process::new("python3")
        .arg(script)
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let markdown = String::from_utf8(demo(&[])).unwrap();
    let expected: Vec<serde_json::Value> = markdown_headings(&markdown)
        .into_iter()
        .map(|(level, text)| serde_json::json!([level, text]))
        .collect();
    assert_eq!(read["headings"].as_array().unwrap(), &expected);
    let tables = read["tables"].as_array().unwrap();
    assert_eq!(tables.len(), markdown_table_count(&markdown));
    assert!(tables.iter().all(|t| t["repeats_header"] == true));
    assert_eq!(read["pictures"], 3 + indicator_charts().len());
    assert_eq!(
        read["page"],
        serde_json::json!({"width_mm": 210, "height_mm": 297})
    );
}
