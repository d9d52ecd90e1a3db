//! The plan in its city's language: French, Spanish and Arabic plans say nothing of their own
//! in English, in any format, and write numbers, dates and (in Arabic) the direction of the
//! text as the language does.

use std::io::{Cursor, Read};

use workbook::plan::{self, Edition, Format, PlanOptions};
use workbook::profile::Profile;
use workbook::workbook::Catalog;
use workbook::workbook::translation::Lang;

const DEMO: &str = include_str!("../demo/demo-city.toml");

fn demo() -> Profile {
    toml::from_str(DEMO).expect("the demo city parses")
}

fn catalog(tag: &str) -> Catalog {
    match tag {
        "en" => workbook::builtin::catalog(),
        _ => workbook::builtin::catalog_in(Some(&Lang::parse(tag).unwrap())),
    }
}

fn options(format: Format) -> PlanOptions {
    PlanOptions {
        format,
        ..PlanOptions::new("2026-12-01".parse().unwrap())
    }
}

/// The demo city's plan in `tag`, from the demo city in that language (as `workbook --lang fr
/// plan --demo` writes it).
fn render(tag: &str, format: Format) -> String {
    let city = workbook::demo::pristine_in(tag).expect("the demo city");
    plan::render(&catalog(tag), &city, &options(format)).expect("the demo plan renders")
}

#[test]
fn snapshots_of_the_demo_plan_in_each_language() {
    for tag in ["fr", "es", "ar"] {
        insta::assert_snapshot!(format!("demo_{tag}_md"), render(tag, Format::Markdown));
    }
}

/// The headings of a markdown plan.
fn headings(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#').trim().to_string())
        .collect()
}

#[test]
fn a_translated_plan_has_no_english_heading() {
    let english = headings(&render("en", Format::Markdown));
    assert!(english.contains(&"Executive summary".to_string()));
    // Words the languages share with English.
    let same = ["Budget", "Actions", "Sources", "Total"];
    for tag in ["fr", "es", "ar"] {
        let translated = render(tag, Format::Markdown);
        let left: Vec<&String> = headings(&translated)
            .iter()
            .filter(|h| english.contains(h) && !same.contains(&h.as_str()))
            .map(|h| english.iter().find(|e| e == &h).unwrap())
            .collect();
        assert!(left.is_empty(), "{tag}: English headings {left:?}");
        assert_eq!(headings(&translated).len(), english.len(), "{tag}");
    }
}

#[test]
fn the_french_plan_speaks_french_in_every_format() {
    let markdown = render("fr", Format::Markdown);
    for text in [
        "# Alderwyn (ville de démonstration) : plan d'action contre la haine, l'extrémisme et la polarisation",
        "- **Statut :** Projet",
        "- **Date :** 1er décembre 2026",
        "## Synthèse",
        "## Avancement depuis le dernier cycle",
        "Ce chapitre compare le plan au cycle 2025 de la ville, clos le 12 décembre 2025",
        "| Action | Responsable |",
        "Le conseil municipal est invité à :",
        "(Fondation Harbourside pour la jeunesse, du 2027-03-01 au 2027-12-31 ; 40\u{202f}000 EUR)",
    ] {
        assert!(markdown.contains(text), "{text}");
    }
    for english in [
        "Status:",
        "Executive summary",
        "the 2025 round",
        "Open points",
        " to 2027-",
    ] {
        assert!(!markdown.contains(english), "{english}");
    }
    let html = render("fr", Format::Html);
    for text in [
        "<html lang=\"fr\">",
        "<title>Alderwyn (ville de démonstration) : plan d&#39;action</title>",
        "\"Page \" counter(page) \" sur \" counter(pages)",
        "aria-label=\"Avancement par domaine\"",
        "<h2>Points en suspens</h2>",
    ] {
        assert!(html.contains(text), "{text}");
    }
    let json = render("fr", Format::Json);
    assert!(json.contains("\"status_label\": \"Projet\""), "{json}");
    assert!(json.contains("\"date_text\": \"1er décembre 2026\""));
}

#[test]
fn sums_are_written_as_the_language_and_the_city_write_numbers() {
    // The demo city as a decimal-comma city would write it, one sum with cents.
    let text = DEMO
        .replace(",000\"", ".000\"")
        .replace("budget = \"3,500\"", "budget = \"3.500,50\"");
    let mut city: Profile = toml::from_str(&text).unwrap();
    city.city.number_format = workbook::answer::NumberFormat::Comma;
    for (tag, total) in [
        ("fr", "136\u{202F}500,50 EUR"),
        ("es", "136.500,50 EUR"),
        ("en", "EUR 136.500,50"),
    ] {
        let json = plan::render(&catalog(tag), &city, &options(Format::Json)).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            value["budget"]["total"]["total"], total,
            "{tag}: {}",
            value["budget"]
        );
        let markdown = plan::render(&catalog(tag), &city, &options(Format::Markdown)).unwrap();
        assert!(markdown.contains(total), "{tag}");
    }
    // A decimal-point city in Arabic: the currency after the amount.
    let arabic = render("ar", Format::Markdown);
    assert!(arabic.contains("136,500 EUR"));
}

/// The text and the XML of the Arabic plan's Word document.
fn arabic_docx() -> String {
    let bytes = plan::render_bytes(&catalog("ar"), &demo(), &options(Format::Docx)).unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn the_arabic_word_document_runs_from_right_to_left() {
    let xml = arabic_docx();
    let document = roxmltree::Document::parse(&xml).unwrap();
    let is = |n: &roxmltree::Node, name: &str| n.is_element() && n.tag_name().name() == name;
    let bidi = |p: &roxmltree::Node| {
        p.children()
            .find(|n| is(n, "pPr"))
            .is_some_and(|pr| pr.children().any(|n| is(&n, "bidi")))
    };
    let style = |p: &roxmltree::Node| -> String {
        p.descendants()
            .find(|n| is(n, "pStyle"))
            .and_then(|n| n.attributes().find(|a| a.name() == "val"))
            .map_or_else(String::new, |a| a.value().to_string())
    };
    let letters = |p: &roxmltree::Node| -> String {
        p.descendants()
            .filter(|n| is(n, "t"))
            .filter_map(|n| n.text())
            .collect::<String>()
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect()
    };
    let has_arabic = |p: &roxmltree::Node| {
        let letters = letters(p);
        letters.is_empty()
            || letters
                .chars()
                .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    };
    // The plan's own paragraphs (and headings and the title, whatever their words) run from
    // the right; an answer typed in English, without a word of Arabic, runs from the left.
    let paragraphs: Vec<_> = document.descendants().filter(|n| is(n, "p")).collect();
    for p in &paragraphs {
        let heading = matches!(style(p).as_str(), "Title" | "Heading1" | "Heading2");
        assert_eq!(
            bidi(p),
            heading || has_arabic(p),
            "{}: {}",
            style(p),
            letters(p)
        );
    }
    assert!(paragraphs.iter().filter(|p| bidi(p)).count() > 300);
    let tables: Vec<_> = document.descendants().filter(|n| is(n, "tbl")).collect();
    assert!(tables.len() > 5);
    for table in &tables {
        let properties = table.children().find(|n| is(n, "tblPr")).unwrap();
        assert!(properties.children().any(|n| is(&n, "bidiVisual")));
    }
    // A run of Arabic is marked right to left; a run of Latin letters only is not.
    let runs: Vec<_> = document.descendants().filter(|n| is(n, "r")).collect();
    let text = |r: &roxmltree::Node| -> String {
        r.descendants()
            .filter(|n| is(n, "t"))
            .filter_map(|n| n.text())
            .collect()
    };
    let rtl = |r: &roxmltree::Node| {
        r.children()
            .find(|n| is(n, "rPr"))
            .is_some_and(|pr| pr.children().any(|n| is(&n, "rtl")))
    };
    let arabic = |t: &str| t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let heading = runs
        .iter()
        .find(|r| text(r) == "الملخص التنفيذي")
        .expect("the summary's heading");
    assert!(rtl(heading));
    assert!(runs.iter().filter(|r| arabic(&text(r))).all(rtl));
    assert!(
        runs.iter()
            .filter(|r| !text(r).is_empty() && !arabic(&text(r)))
            .all(|r| !rtl(r))
    );
    assert!(xml.contains("Harbourside Youth Trust"));
}

#[test]
fn the_arabic_page_is_right_to_left_with_fonts_for_its_script() {
    let html = render("ar", Format::Html);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains(":lang(ar) body { font-family: \"Segoe UI\", \"Noto Naskh Arabic\""));
    assert!(html.contains("<h2>الملخص التنفيذي</h2>"));
    // Lists are joined with the Arabic comma.
    assert!(html.contains("، "));
}

#[test]
fn every_edition_of_a_translated_plan_is_translated() {
    for tag in ["fr", "es", "ar"] {
        for edition in [Edition::Public, Edition::Council, Edition::Restricted] {
            let options = PlanOptions {
                edition,
                trace: true,
                ..options(Format::Markdown)
            };
            let text = plan::render(&catalog(tag), &demo(), &options).unwrap();
            for english in [
                "edition,",
                "Action plan",
                "From:",
                "left out of this edition",
                "Practice from other cities",
            ] {
                assert!(!text.contains(english), "{tag} {edition:?}: {english}");
            }
        }
    }
}

/// Every message the built-in template asks for with `t("…")` is in English (and so, by the
/// library's own test, in every language).
#[test]
fn every_message_of_the_template_exists() {
    let english = workbook::messages::Messages::source();
    let mut found = 0;
    for (at, _) in plan::DEFAULT_TEMPLATE.match_indices("\"plan-") {
        let id: String = plan::DEFAULT_TEMPLATE[at + 1..]
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || *c == '-')
            .collect();
        if id.ends_with('-') {
            continue;
        }
        assert!(english.has(&id), "templates/plan.md.j2 asks for `{id}`");
        found += 1;
    }
    assert!(found > 50);
}
