//! The demo city's plan, as a council reads it, in every edition and format: snapshots of the
//! whole documents, and what each edition must never show.

use workbook::answer::Value;
use workbook::plan::{self, Edition, Format, PlanOptions};
use workbook::profile::{Profile, round};
use workbook::workbook::{Catalog, Sensitivity};

const DEMO: &str = include_str!("../demo/demo-city.toml");

fn demo() -> Profile {
    toml::from_str(DEMO).expect("the demo city parses")
}

fn render(edition: Edition, format: Format) -> String {
    let options = PlanOptions {
        edition,
        format,
        ..PlanOptions::new("2026-12-01".parse().unwrap())
    };
    plan::render(&Catalog::builtin(), &demo(), &options).expect("the demo plan renders")
}

const EDITIONS: [(Edition, &str); 3] = [
    (Edition::Public, "public"),
    (Edition::Council, "council"),
    (Edition::Restricted, "restricted"),
];

#[test]
fn snapshots_of_every_edition_and_format() {
    for (edition, name) in EDITIONS {
        for (format, ext) in [
            (Format::Markdown, "md"),
            (Format::Html, "html"),
            (Format::Json, "json"),
        ] {
            insta::assert_snapshot!(format!("demo_{name}_{ext}"), render(edition, format));
        }
    }
}

/// The text of the demo plan's Word document in `edition`: its document part without the
/// markup.
fn word_text(edition: Edition) -> String {
    let options = PlanOptions {
        edition,
        format: Format::Docx,
        ..PlanOptions::new("2026-12-01".parse().unwrap())
    };
    let bytes = plan::render_bytes(&Catalog::builtin(), &demo(), &options).expect("a Word plan");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    let mut text = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    for (entity, c) in [
        ("&apos;", "'"),
        ("&quot;", "\""),
        ("&lt;", "<"),
        ("&gt;", ">"),
    ] {
        text = text.replace(entity, c);
    }
    text.replace("&amp;", "&")
}

/// The chapter on progress since the last round, in every edition: the notes on the actions
/// are for the council, so the public edition lists the actions without them.
#[test]
fn the_progress_chapter_is_in_every_edition_and_its_notes_only_for_the_council() {
    let chapter = |text: &str| -> String {
        let start = text
            .find("## Progress since the last round")
            .expect("the chapter");
        let rest = &text[start + 3..];
        rest[..rest.find("\n## ").unwrap()].to_string()
    };
    let note = "the people most affected said they would not report at a city office";
    let public = chapter(&render(Edition::Public, Format::Markdown));
    let council = chapter(&render(Edition::Council, Format::Markdown));
    for part in [
        "### Actions",
        "### Indicators",
        "### What changed in the mapping",
    ] {
        assert!(public.contains(part), "public edition: {part}");
        assert!(council.contains(part), "council edition: {part}");
    }
    assert!(public.contains("Open a hate incident reporting desk at the City Contact Centre"));
    assert!(council.contains(note), "{council}");
    assert!(!public.contains(note), "{public}");
    assert!(!word_text(Edition::Public).contains(note));
    assert!(word_text(Edition::Council).contains(note));
}

/// Text answers (and text cells) of the demo whose level the edition does not show, each as a
/// stretch of its text that no answer the edition does show also holds.
fn texts_above(level: Sensitivity) -> Vec<(String, String)> {
    let (hidden, shown) = texts_by_level(level);
    hidden
        .into_iter()
        .filter(|(_, snippet)| !shown.iter().any(|s| s.contains(snippet.as_str())))
        .collect()
}

/// Every text answer and text cell, this round's and those of the closed rounds (which the
/// chapter on progress since the last round compares with), split into those above `level`
/// (with their ids) and the others.
fn texts_by_level(level: Sensitivity) -> (Vec<(String, String)>, Vec<String>) {
    let catalog = Catalog::builtin();
    let profile = demo();
    let mut found = Vec::new();
    let mut shown = Vec::new();
    let rounds = round::rounds(&profile);
    assert!(!rounds.is_empty(), "the demo city has a closed round");
    let all = std::iter::once(profile.answers()).chain(rounds.iter().map(|(_, r)| &r.answers));
    for (workbook, answers) in all.flat_map(|answers| answers.iter()) {
        for (id, answer) in answers {
            let question = catalog
                .get(workbook)
                .and_then(|w| w.questions().find(|q| q.id() == id && !q.is_reused()))
                .expect("a demo answer to a built-in question");
            let own = question.sensitivity();
            let snippet = |text: &str| text.chars().take(40).collect::<String>();
            match &answer.value {
                Value::Text(text) if own > level && text.chars().count() > 25 => {
                    found.push((format!("{workbook}.{id}"), snippet(text)));
                }
                Value::Text(text) if own <= level => shown.push(text.clone()),
                Value::List(items) if own <= level => shown.extend(items.iter().cloned()),
                Value::Table(rows) => {
                    for column in question.columns() {
                        let hidden = column.sensitivity(own) > level;
                        for row in rows {
                            let Some(cell) = row.get(column.id()) else {
                                continue;
                            };
                            if !hidden {
                                shown.push(cell.clone());
                            } else if cell.len() > 12 {
                                found.push((
                                    format!("{workbook}.{id}.{}", column.id()),
                                    snippet(cell),
                                ));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    (found, shown)
}

#[test]
fn the_public_edition_shows_nothing_internal_or_restricted_in_any_format() {
    let hidden = texts_above(Sensitivity::Public);
    assert!(hidden.len() > 20, "the demo has internal answers to hide");
    assert!(
        hidden.iter().any(|(id, _)| id.ends_with(".progress_note")),
        "the progress notes are internal"
    );
    for format in [Format::Markdown, Format::Html, Format::Json, Format::Docx] {
        let text = match format {
            Format::Docx => word_text(Edition::Public),
            _ => render(Edition::Public, format),
        };
        for (id, snippet) in &hidden {
            // The markdown escapes some punctuation: compare the words only.
            let words: String = snippet
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == ' ')
                .collect();
            let plain: String = text
                .chars()
                .filter(|c| c.is_alphanumeric() || *c == ' ')
                .collect();
            assert!(
                !plain.contains(words.trim()),
                "{format:?} public edition shows {id}: {snippet:?}"
            );
        }
    }
}

#[test]
fn the_council_edition_shows_no_personal_data() {
    let hidden = texts_above(Sensitivity::Internal);
    assert!(!hidden.is_empty(), "the demo has restricted answers");
    let text = render(Edition::Council, Format::Json);
    for (id, snippet) in &hidden {
        assert!(
            !text.contains(snippet.as_str()),
            "council edition shows {id}"
        );
    }
    let restricted = render(Edition::Restricted, Format::Json);
    assert!(
        hidden.iter().any(|(_, s)| restricted.contains(s.as_str())),
        "the restricted edition shows them"
    );
}

#[test]
fn documents_speak_without_ids_and_the_figures_agree() {
    for (edition, _) in EDITIONS {
        let markdown = render(edition, Format::Markdown);
        for workbook in [
            "mapping",
            "strategy",
            "prevention",
            "response",
            "coordination",
        ] {
            let id = regex_like(&markdown, workbook);
            assert!(id.is_none(), "{edition:?} shows the id {id:?}");
        }
        assert!(!markdown.contains("From:"));
    }
    let markdown = render(Edition::Council, Format::Markdown);
    assert!(markdown.contains(
        "The 9 costed actions in this plan come to EUR 136,500: EUR 60,000 is secured and EUR 76,500 has been applied for."
    ));
    assert!(markdown.contains(
        "| **Total** | **9** | **EUR 136,500** | **EUR 60,000** | **EUR 76,500** | **EUR 0** |"
    ));
    assert!(
        !markdown.contains("on a scale of"),
        "a self-rating as a number"
    );
    assert!(markdown.contains("The council is asked to:"));
}

/// The first `workbook.question` id in `text` (a workbook name, a dot, a lowercase id),
/// escaped for markdown or not.
fn regex_like(text: &str, workbook: &str) -> Option<String> {
    let mut rest = text;
    while let Some(at) = rest.find(workbook) {
        let after = &rest[at + workbook.len()..];
        let after = after.strip_prefix('\\').unwrap_or(after);
        if let Some(id) = after.strip_prefix('.')
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && (at == 0 || !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '/'))
        {
            return Some(format!("{workbook}.{}", &id[..id.len().min(20)]));
        }
        rest = &rest[at + workbook.len()..];
    }
    None
}
