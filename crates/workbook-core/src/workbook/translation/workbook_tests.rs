//! Keys, applying and checking, on one small workbook.

use super::*;
use crate::workbook::diag::Severity;
use crate::workbook::load::parse_workbook;
use crate::workbook::model::{PlanSentence, Workbook};

const WORKBOOK: &str = r#"id = "tiny"
title = "Tiny"
area = "tiny"
version = 1
summary = "A tiny workbook."

[plan]
intro = "Intro of the chapter."

[[sections]]
id = "start"
title = "Start"

[[sections.examples]]
city = "Lyon"
country = "France"
text = "Lyon did it."
source = "https://example.org/lyon"

[[sections.examples]]
city = "Lyon"
text = "Lyon did it again."
source = "https://example.org/lyon2"

[[sections.questions]]
id = "has_plan"
kind = "yes_no"
prompt = "Is there a plan?"
guidance = """
Say why:

- one reason;
- another.
"""
plan_sentence = { yes = "{city} has a plan.", no = "There is no plan." }

[[sections.questions]]
id = "level"
kind = "scale"
prompt = "How far?"
min = 0
max = 2
labels = ["None", "Some", "All"]
show_if = { question = "has_plan", equals = true }

[[sections.questions]]
id = "who"
kind = "table"
prompt = "Who?"
plan_sentence = "These: {answer}"
columns = [
  { id = "name", label = "Name" },
  { id = "role", label = "Role", kind = "choice", choices = [{ value = "lead", label = "Lead" }] },
]

[[sections.questions]]
uses = "other.thing"
guidance = "Here too."

[[migrations]]
version = 1
action = "map_values"
question = "level"
values = { "3" = "2" }
note = "Check it."
"#;

fn workbook() -> Workbook {
    parse_workbook("tiny.toml", WORKBOOK).unwrap()
}

fn keys(texts: &[Text]) -> Vec<String> {
    texts.iter().map(|t| t.key.to_string()).collect()
}

/// A translation giving every text as "FR " + its English, with the right hashes.
fn full_translation(texts: &[Text]) -> String {
    let mut out = String::new();
    for text in texts {
        let french = format!("FR {}", text.english);
        out.push_str(&format!(
            "[{}]\nsource = \"{}\"\ntext = {}\n\n",
            text.key,
            source_hash(&text.english),
            template::value(&french)
        ));
    }
    out
}

#[test]
fn every_visible_text_has_a_stable_key() {
    let texts = workbook_texts(&workbook());
    assert_eq!(
        keys(&texts),
        [
            "workbook.title",
            "workbook.summary",
            "plan.intro",
            "sections.start.title",
            "sections.start.examples.Lyon.text",
            "sections.start.examples.Lyon.country",
            "sections.start.examples.\"Lyon 2\".text",
            "questions.has_plan.prompt",
            "questions.has_plan.guidance",
            "questions.has_plan.plan_sentence.no",
            "questions.has_plan.plan_sentence.yes",
            "questions.level.prompt",
            "questions.level.labels.0",
            "questions.level.labels.1",
            "questions.level.labels.2",
            "questions.who.prompt",
            "questions.who.plan_sentence",
            "questions.who.columns.name.label",
            "questions.who.columns.role.label",
            "questions.who.columns.role.choices.lead",
            "questions.\"other.thing\".guidance",
            "migrations.1.level.note",
        ]
    );
    let forms: Vec<Form> = texts.iter().map(|t| t.form).collect();
    assert_eq!(forms.iter().filter(|f| **f == Form::Sentence).count(), 3);
}

#[test]
fn applying_changes_the_texts_and_nothing_else() {
    let english = workbook();
    let texts = workbook_texts(&english);
    let (translation, problems) = parse("fr/tiny.toml", &full_translation(&texts)).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let french = apply(&english, &translation);
    assert_eq!(french.title, "FR Tiny");
    assert_eq!(french.sections[0].examples[1].text, "FR Lyon did it again.");
    assert_eq!(french.sections[0].examples[1].city, "Lyon");
    assert_eq!(
        french.sections[0].questions[1].scale_labels(),
        ["FR None", "FR Some", "FR All"]
    );
    let Some(sentence) = &french.sections[0].questions[0].plan_sentence else {
        panic!("no sentence")
    };
    assert_eq!(
        sentence.get_ref(),
        &PlanSentence::ByValue(
            [
                ("yes".to_string(), "FR {city} has a plan.".to_string()),
                ("no".to_string(), "FR There is no plan.".to_string())
            ]
            .into()
        )
    );
    // What is not text is the same: ids, values, kinds, conditions, sources.
    let strip = |w: &Workbook| {
        let mut w = w.clone();
        walk_texts_blank(&mut w);
        toml::to_string(&w).unwrap()
    };
    assert_eq!(strip(&english), strip(&french));
    assert_ne!(
        toml::to_string(&english).unwrap(),
        toml::to_string(&french).unwrap()
    );
    // Every text changed.
    let after = workbook_texts(&french);
    assert_eq!(keys(&after).len(), texts.len());
    for (before, after) in texts.iter().zip(&after) {
        assert_ne!(before.english, after.english, "{}", before.key);
    }
}

/// Blanks every text through the one walk, so what remains is what a translation may not touch.
fn walk_texts_blank(workbook: &mut Workbook) {
    let texts = workbook_texts(workbook);
    let blank = texts
        .iter()
        .map(|t| {
            format!(
                "[{}]\nsource = \"{}\"\ntext = \"-\"\n",
                t.key,
                source_hash(&t.english)
            )
        })
        .collect::<String>();
    let (translation, _) = parse("blank.toml", &blank).unwrap();
    *workbook = apply(workbook, &translation);
}

#[test]
fn a_missing_or_empty_entry_falls_back_to_english_and_a_stale_one_is_used() {
    let english = workbook();
    let text = "[workbook.title]\nsource = \"00000000\"\ntext = \"Minuscule\"\n\n[workbook.summary]\nsource = \"00000000\"\ntext = \"\"\n\n[glossary.Foo.term]\nsource = \"00000000\"\ntext = \"Truc\"\naliases = [\"trucs\"]\n";
    let (translation, problems) = parse("fr/tiny.toml", text).unwrap();
    assert!(problems.is_empty());
    let french = apply(&english, &translation);
    assert_eq!(french.title, "Minuscule");
    assert_eq!(french.summary, "A tiny workbook.");
    assert_eq!(french.sections[0].title, "Start");
}

#[test]
fn glossary_terms_take_their_translated_aliases() {
    #[derive(serde::Deserialize)]
    struct File {
        glossary: Vec<GlossaryEntry>,
    }
    let entries = toml::from_str::<File>(
        "[[glossary]]\nterm = \"Hate crime\"\ndefinition = \"A crime.\"\naliases = [\"hate crimes\"]\n",
    )
    .unwrap()
    .glossary;
    let texts = glossary_texts(&entries);
    assert_eq!(
        keys(&texts),
        [
            "glossary.\"Hate crime\".term",
            "glossary.\"Hate crime\".definition"
        ]
    );
    let text = format!(
        "[glossary.\"Hate crime\".term]\nsource = \"{}\"\ntext = \"Crime de haine\"\naliases = [\"crimes de haine\"]\n",
        source_hash("Hate crime")
    );
    let (translation, problems) = parse("fr/glossary.toml", &text).unwrap();
    assert!(problems.is_empty());
    let french = apply_glossary(&entries, &translation);
    assert_eq!(french[0].term.get_ref(), "Crime de haine");
    assert_eq!(french[0].aliases, ["crimes de haine"]);
    assert_eq!(french[0].definition, "A crime.");
}

use crate::workbook::model::GlossaryEntry;

fn checked(translation: &str) -> Vec<(Severity, String, usize, usize, String)> {
    let texts = workbook_texts(&workbook());
    let english = English {
        display: "tiny.toml",
        text: WORKBOOK,
        texts: &texts,
    };
    let (translation, problems) = parse("fr/tiny.toml", translation).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    check(&english, &translation, &Lang::parse("fr").unwrap())
        .into_iter()
        .map(|d| (d.severity, d.path, d.line, d.column, d.message))
        .collect()
}

#[test]
fn a_complete_current_translation_is_clean() {
    let texts = workbook_texts(&workbook());
    assert_eq!(checked(&full_translation(&texts)), []);
}

#[test]
fn missing_stale_and_orphaned_entries_are_located() {
    let texts = workbook_texts(&workbook());
    let mut file = full_translation(&texts);
    file = file.replace(
        &format!("[workbook.title]\nsource = \"{}\"", source_hash("Tiny")),
        "[workbook.title]\nsource = \"0badc0de\"",
    );
    let start = file.find("[questions.level.prompt]").unwrap();
    let end = start + file[start..].find("\n\n").unwrap() + 2;
    file.replace_range(start..end, "");
    file.push_str("[questions.levle.prompt]\nsource = \"00000000\"\ntext = \"?\"\n");
    let found = checked(&file);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(
        (&found[0].0, found[0].1.as_str(), found[0].2, found[0].3),
        (&Severity::Warning, "fr/tiny.toml", 2, 10)
    );
    assert_eq!(
        found[0].4,
        "`workbook.title` is stale: the English changed since it was translated; it now reads \"Tiny\" (tiny.toml:2:9)"
    );
    assert_eq!(
        (
            found[1].1.as_str(),
            found[1].2,
            found[1].3,
            found[1].4.as_str()
        ),
        (
            "tiny.toml",
            40,
            10,
            "no `fr` translation of `questions.level.prompt`"
        )
    );
    assert_eq!(
        found[2].4,
        "`questions.levle.prompt` is orphaned: it names no text of the English file"
    );
    assert_eq!(found[2].1, "fr/tiny.toml");
}

#[test]
fn a_translation_must_keep_placeholders_layout_bold_and_links() {
    let texts = workbook_texts(&workbook());
    let file = full_translation(&texts)
        .replace("FR {city} has a plan.", "La ville a un plan.")
        .replace("FR These: {answer}", "Ceux-ci : {answer} {autre}")
        .replace(
            "FR Say why:\n\n- one reason;\n- another.\n",
            "FR Dites pourquoi :\n# une raison\n",
        )
        .replace("FR Intro of the chapter.", "FR **Intro du chapitre.");
    let messages: Vec<String> = checked(&file)
        .into_iter()
        .map(|(severity, _, _, _, message)| {
            assert_eq!(severity, Severity::Error);
            message
        })
        .collect();
    assert_eq!(
        messages,
        [
            "the translation of `plan.intro` opens a `**` bold mark it does not close",
            "the translation of `questions.has_plan.guidance` changes the layout: the English has 2 list items, the translation 1 heading",
            "the translation of `questions.has_plan.plan_sentence.yes` drops {city}",
            "the translation of `questions.who.plan_sentence` adds {autre}, which the English does not have",
        ]
    );
    let texts = vec![Text {
        key: Key::new(vec!["a".into()]),
        english: "See https://example.org/x.".into(),
        place: Vec::new(),
        form: Form::Prose,
    }];
    let english = English {
        display: "e.toml",
        text: "",
        texts: &texts,
    };
    let (translation, _) = parse(
        "t.toml",
        &format!(
            "a = {{ source = \"{}\", text = \"Voir le site.\" }}",
            source_hash("See https://example.org/x.")
        ),
    )
    .unwrap();
    let found = check(&english, &translation, &Lang::parse("fr").unwrap());
    assert_eq!(
        found[0].message,
        "the translation of `a` drops the link https://example.org/x"
    );
}

#[test]
fn the_template_lists_what_to_do_and_once_filled_is_clean() {
    let english_workbook = workbook();
    let texts = workbook_texts(&english_workbook);
    let english = English {
        display: "tiny.toml",
        text: WORKBOOK,
        texts: &texts,
    };
    let lang = Lang::parse("fr").unwrap();
    let empty = template(&english, None, "i18n/fr/tiny.toml", &lang);
    assert_eq!((empty.missing, empty.stale), (texts.len(), 0));
    let (parsed, problems) = parse("t.toml", &empty.toml).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(parsed.entries.len(), texts.len());
    // Filled with the English itself, it is current and complete.
    let filled = texts.iter().fold(empty.toml.clone(), |toml, text| {
        let header = format!(
            "[{}]\nsource = \"{}\"\ntext = \"\"",
            text.key,
            source_hash(&text.english)
        );
        let with = format!(
            "[{}]\nsource = \"{}\"\ntext = {}",
            text.key,
            source_hash(&text.english),
            template::value(&text.english)
        );
        assert!(toml.contains(&header), "{header}");
        toml.replacen(&header, &with, 1)
    });
    let (filled, _) = parse("fr/tiny.toml", &filled).unwrap();
    assert!(check(&english, &filled, &lang).is_empty());
    let none = template(&english, Some(&filled), "i18n/fr/tiny.toml", &lang);
    assert_eq!((none.missing, none.stale), (0, 0));
    // A stale entry comes back with the current hash and the older translation.
    let stale_file = full_translation(&texts).replace(&source_hash("Tiny"), "0badc0de");
    let (stale, _) = parse("fr/tiny.toml", &stale_file).unwrap();
    let again = template(&english, Some(&stale), "i18n/fr/tiny.toml", &lang);
    assert_eq!((again.missing, again.stale), (0, 1));
    assert!(again.toml.contains(&format!(
        "# Stale: replaces [workbook.title] at i18n/fr/tiny.toml:1:11; make the text say what the English now says.\n# English: Tiny\n[workbook.title]\nsource = \"{}\"\ntext = \"FR Tiny\"\n",
        source_hash("Tiny")
    )), "{}", again.toml);
}

#[test]
fn a_template_keeps_a_terms_aliases_and_offers_them_for_a_new_one() {
    #[derive(serde::Deserialize)]
    struct File {
        glossary: Vec<GlossaryEntry>,
    }
    let text = "[[glossary]]\nterm = \"Hate crime\"\ndefinition = \"A crime.\"\n\n[[glossary]]\nterm = \"Baseline\"\ndefinition = \"Where it starts.\"\n";
    let entries = toml::from_str::<File>(text).unwrap().glossary;
    let texts = glossary_texts(&entries);
    let english = English {
        display: "glossary.toml",
        text,
        texts: &texts,
    };
    let existing = "[glossary.\"Hate crime\".term]\nsource = \"00000000\"\ntext = \"Crime de haine\"\naliases = [\"crimes de haine\"]\n";
    let (existing, _) = parse("fr/glossary.toml", existing).unwrap();
    let lang = Lang::parse("fr").unwrap();
    let out = template(&english, Some(&existing), "fr/glossary.toml", &lang);
    assert_eq!((out.missing, out.stale), (3, 1));
    assert!(
        out.toml
            .contains("text = \"Crime de haine\"\naliases = [\"crimes de haine\"]\n"),
        "{}",
        out.toml
    );
    assert!(
        out.toml
            .contains("[glossary.Baseline.term]\nsource = \"cc9ea7f7\"\ntext = \"\"\n# aliases = "),
        "{}",
        out.toml
    );
    let (parsed, problems) = parse("t.toml", &out.toml).unwrap();
    assert!(problems.is_empty());
    assert_eq!(parsed.entries.len(), 4);
}

#[test]
fn a_hostile_nesting_is_an_error_not_a_crash() {
    let deep = format!(
        "[{}]\nsource = \"00000000\"\ntext = \"x\"\n",
        vec!["a"; 100_000].join(".")
    );
    assert!(parse("deep.toml", &deep).is_err());
}

#[test]
fn a_translator_reads_the_report_in_their_own_language() {
    let _fr = crate::messages::speak_on_this_thread("fr");
    let found = checked("");
    assert!(!found.is_empty());
    for (severity, _, _, _, message) in &found {
        assert_eq!(*severity, Severity::Warning);
        assert!(
            message.starts_with("aucune traduction `fr` de `"),
            "{message}"
        );
    }
}
