//! Translations: `workbook validate --lang` reports missing, stale and orphaned entries and
//! broken translations at their file, line and column; `workbook translate` gives a file that,
//! once filled in, validates clean.

mod common;

use std::fs;

use common::{Sandbox, fixture};
use predicates::prelude::*;
use workbook::workbook::GlossaryEntry;
use workbook::workbook::lint::lint;
use workbook::workbook::load::parse_workbook;
use workbook::workbook::translation::markdown::{Block, shape};
use workbook::workbook::translation::template::value;
use workbook::workbook::translation::{
    self, Text, Translation, apply, apply_glossary, glossary_texts, workbook_texts,
};
use workbook::workbook::{Severity, Workbook};

fn expected(name: &str) -> String {
    fs::read_to_string(fixture(&format!("i18n/{name}.expected"))).unwrap()
}

#[test]
fn missing_stale_and_orphaned_entries_are_warnings_at_their_place() {
    let sandbox = Sandbox::new();
    let output = sandbox
        .cmd()
        .args(["validate", "--lang", "fr", "tests/fixtures/i18n/stale"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), expected("stale"));
    assert!(output.stdout.is_empty());
    sandbox
        .cmd()
        .args([
            "validate",
            "--strict",
            "--lang",
            "fr",
            "tests/fixtures/i18n/stale",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("0 erreur, 4 avertissements"));
}

#[test]
fn broken_translations_are_errors_at_their_place() {
    let output = Sandbox::new()
        .cmd()
        .args(["validate", "--lang", "fr", "tests/fixtures/i18n/broken"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&output.stderr), expected("broken"));
}

#[test]
fn json_lists_the_same_problems() {
    let output = Sandbox::new()
        .cmd()
        .args([
            "validate",
            "--json",
            "--lang",
            "fr",
            "tests/fixtures/i18n/stale",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let problems: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let found: Vec<(String, u64, u64)> = problems
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["path"].as_str().unwrap().to_string(),
                p["line"].as_u64().unwrap(),
                p["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let translation = "tests/fixtures/i18n/stale/i18n/fr/tiny.toml".to_string();
    let english = "tests/fixtures/i18n/stale/tiny.toml".to_string();
    assert_eq!(
        found,
        [
            (translation.clone(), 29, 10),
            (english.clone(), 35, 12),
            (english, 38, 31),
            (translation, 65, 25)
        ]
    );
}

#[test]
fn a_language_must_look_like_a_language_tag() {
    let sandbox = Sandbox::new();
    for (tag, says) in [
        ("french", "such as fr, es, ar or pt-BR"),
        // `fr_FR` is French to the interface, which says so in French.
        ("fr_FR", "(écrivez `fr-FR`)"),
        ("../fr", "not a language tag"),
        ("en", "English, the language the workbooks are written in"),
    ] {
        sandbox
            .cmd()
            .args(["validate", "--lang", tag])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
    }
    sandbox
        .cmd()
        .args(["validate", "--lang", "pt-br", "tests/fixtures/i18n/stale"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "tests/fixtures/i18n/stale/i18n/pt-BR/tiny.toml does not exist",
        ));
}

#[test]
fn without_a_path_validate_lang_reads_the_workbooks_folder_here_or_says_what_to_pass() {
    let sandbox = Sandbox::new();
    let empty = tempfile::tempdir().unwrap();
    sandbox
        .cmd()
        .current_dir(empty.path())
        .args(["validate", "--lang", "ar"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "مثل: workbook validate --lang ar path/to/workbooks",
        ));
    sandbox
        .cmd()
        .current_dir(empty.path())
        .args(["translate", "--lang", "ar", "mapping"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "لا توجد كراسة عمل `mapping` في ./workbooks",
        ));
}

/// The template (written in `lang`, the translator's language) with every empty `text` filled
/// with the English of the comment above it.
fn filled(template: &str, lang: &str) -> String {
    let label = format!(
        "# {}",
        workbook::messages::Messages::get(lang).text("core-template-english")
    );
    let mut out = String::new();
    let mut english: Vec<String> = Vec::new();
    for line in template.lines() {
        if let Some(one) = line.strip_prefix(&format!("{label} ")) {
            english = vec![one.to_string()];
        } else if line == label {
            english.clear();
        } else if let Some(more) = line.strip_prefix("#   ") {
            english.push(more.to_string());
        } else if line == "#" {
            english.push(String::new());
        }
        if line == "text = \"\"" {
            let text = if english.len() == 1 {
                english[0].clone()
            } else {
                english.join("\n") + "\n"
            };
            out.push_str(&format!("text = {}\n", value(&text)));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn a_template_once_filled_in_validates_clean() {
    let sandbox = Sandbox::new();
    let project = tempfile::tempdir().unwrap();
    let workbooks = project.path().join("workbooks");
    fs::create_dir_all(workbooks.join("i18n/es")).unwrap();
    for name in ["tiny.toml", "glossary.toml"] {
        fs::copy(fixture("i18n/stale").join(name), workbooks.join(name)).unwrap();
    }
    for id in ["tiny", "glossary"] {
        let output = sandbox
            .cmd()
            .current_dir(project.path())
            .args(["translate", "--lang", "es", id])
            .output()
            .unwrap();
        assert!(output.status.success());
        let template = String::from_utf8(output.stdout).unwrap();
        toml::from_str::<toml::Table>(&template).expect("the template is TOML");
        // The template speaks the translator's language.
        assert!(template.starts_with("# Traducción `es` de workbooks/"));
        let file = filled(&template, "es");
        assert!(!file.lines().any(|l| l == "text = \"\""), "{file}");
        fs::write(workbooks.join(format!("i18n/es/{id}.toml")), file).unwrap();
    }
    sandbox
        .cmd()
        .current_dir(project.path())
        .args(["validate", "--strict", "--lang", "es"])
        .assert()
        .success()
        .stderr(predicate::str::ends_with(
            "1 cuaderno y 2 archivos de traducción revisados (es): 0 errores, 0 advertencias\n",
        ));
    sandbox
        .cmd()
        .current_dir(project.path())
        .args(["translate", "--lang", "es", "tiny"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains(
            "todos los textos de workbooks/tiny.toml están traducidos y al día en es",
        ));
}

#[test]
fn a_template_brings_back_stale_entries_with_the_current_hash() {
    let output = Sandbox::new()
        .cmd()
        .args([
            "translate",
            "--lang",
            "fr",
            "tests/fixtures/i18n/stale/tiny.toml",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let template = String::from_utf8(output.stdout).unwrap();
    assert!(template.starts_with(
        "# Traduction `fr` de tests/fixtures/i18n/stale/tiny.toml\u{a0}: 2 manquantes, 1 périmée.\n"
    ));
    assert!(template.contains(
        "# tests/fixtures/i18n/stale/tiny.toml:21:10\n\
         # Périmée\u{a0}: remplace [questions.has_plan.prompt] à tests/fixtures/i18n/stale/i18n/fr/tiny.toml:28:21\u{a0}; faites dire au texte ce que dit maintenant l'anglais.\n\
         # Anglais\u{a0}: Does the city have a prevention plan?\n\
         [questions.has_plan.prompt]\n\
         source = \"e4783fa2\"\n\
         text = \"La ville a-t-elle un plan ?\"\n"
    ), "{template}");
    assert!(template.contains("[questions.lead.guidance]\nsource = \"d212af70\"\ntext = \"\"\n"));
    assert!(
        template.contains("[questions.lead.choices.safety]\nsource = \"bf31a5d4\"\ntext = \"\"\n")
    );
    let parsed: toml::Table = toml::from_str(&template).unwrap();
    assert_eq!(parsed.len(), 1, "only question entries");
}

#[test]
fn translate_refuses_a_workbook_with_errors_or_a_malformed_translation() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args([
            "translate",
            "--lang",
            "fr",
            "tests/fixtures/invalid/bad_id.toml",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "corrigez d'abord tests/fixtures/invalid/bad_id.toml",
        ));
    sandbox
        .cmd()
        .args([
            "translate",
            "--lang",
            "fr",
            "tests/fixtures/i18n/broken/syntax.toml",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "tests/fixtures/i18n/broken/i18n/fr/syntax.toml:3:26: erreur: invalid basic string",
        ));
    sandbox
        .cmd()
        .args(["translate", "--lang", "fr", "nowhere/mapping.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "nowhere/mapping.toml : fichier introuvable",
        ));
}

/// The layout blocks comrak sees, as `translation::markdown::shape` names them.
fn comrak_shape(text: &str) -> Vec<Block> {
    use comrak::nodes::{ListType, NodeValue};
    let arena = comrak::Arena::new();
    let root = comrak::parse_document(&arena, text, &comrak::Options::default());
    let mut blocks = Vec::new();
    for node in root.descendants() {
        let value = node.data().value.clone();
        match value {
            NodeValue::Heading(heading) => blocks.push(Block::Heading(heading.level)),
            NodeValue::Item(list) => blocks.push(Block::Item {
                depth: node
                    .ancestors()
                    .filter(|a| matches!(a.data().value, NodeValue::List(_)))
                    .count()
                    - 1,
                ordered: list.list_type == ListType::Ordered,
            }),
            NodeValue::BlockQuote => blocks.push(Block::Quote),
            NodeValue::CodeBlock(_) => blocks.push(Block::Code),
            NodeValue::ThematicBreak => blocks.push(Block::Rule),
            _ => {}
        }
    }
    blocks
}

#[derive(serde::Deserialize)]
struct GlossaryFile {
    glossary: Vec<GlossaryEntry>,
}

/// Every text of the English files in `workbooks/`, with the file it comes from.
fn builtin_english() -> Vec<(String, Vec<Text>)> {
    let mut files: Vec<_> = fs::read_dir("workbooks")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let text = fs::read_to_string(path).unwrap();
            let texts = if path.ends_with("glossary.toml") {
                glossary_texts(&toml::from_str::<GlossaryFile>(&text).unwrap().glossary)
            } else {
                workbook_texts(&parse_workbook(&path.display().to_string(), &text).unwrap())
            };
            (path.display().to_string(), texts)
        })
        .collect()
}

/// The French translations in `workbooks/i18n/fr`, read.
fn builtin_french(name: &str) -> Translation {
    let display = format!("workbooks/i18n/fr/{name}.toml");
    let text = fs::read_to_string(&display).unwrap();
    let (translation, problems) = translation::parse(&display, &text).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    translation
}

#[test]
fn the_layout_check_reads_markdown_as_comrak_does() {
    let mut checked = 0;
    let mut samples: Vec<String> = builtin_english()
        .into_iter()
        .flat_map(|(_, texts)| texts.into_iter().map(|t| t.english))
        .collect();
    for name in ["mapping", "glossary"] {
        samples.extend(builtin_french(name).entries.into_values().map(|e| e.text));
    }
    samples.extend(
        [
            "Text\n- wrapped into a list\n",
            "Text\n2. not a list\n",
            "Text\n1. a list\n",
            "Text\n---\n",
            "Text\n# heading\n",
            "- a\n  - b\n- c\n\n> quote\n> more\n\n    code\n",
            "* * *\n",
            "1) one\n2) two\n",
        ]
        .map(String::from),
    );
    for text in &samples {
        assert_eq!(shape(text), comrak_shape(text), "{text}");
        checked += 1;
    }
    assert!(checked > 2000, "{checked} texts");
    let with_layout = samples.iter().filter(|t| !shape(t).is_empty()).count();
    assert!(
        with_layout > 10,
        "only {with_layout} texts with lists or headings"
    );
}

/// French, Spanish and Arabic are complete and current for the five workbooks and the
/// glossary: an English edit that leaves a translation stale, or a key that no longer names
/// anything, fails here (and in CI) until a translator catches up.
#[test]
fn french_spanish_and_arabic_are_complete_and_current() {
    for lang in ["fr", "es", "ar"] {
        let output = Sandbox::new()
            .cmd()
            .args(["validate", "--json", "--strict", "--lang", lang])
            .output()
            .unwrap();
        let problems: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(problems, serde_json::json!([]), "{lang}");
        assert_eq!(output.status.code(), Some(0), "{lang}");
    }
}

/// `workbook` with every text replaced by "-": what is left is what a translation must keep.
fn skeleton(workbook: &Workbook) -> String {
    let blank: String = workbook_texts(workbook)
        .iter()
        .map(|t| {
            format!(
                "[{}]\nsource = \"{}\"\ntext = \"-\"\n",
                t.key,
                translation::source_hash(&t.english)
            )
        })
        .collect();
    let (blank, _) = translation::parse("blank", &blank).unwrap();
    toml::to_string(&apply(workbook, &blank)).unwrap()
}

#[test]
fn the_french_mapping_changes_every_text_and_no_id_value_or_condition() {
    let text = fs::read_to_string("workbooks/mapping.toml").unwrap();
    let english = parse_workbook("workbooks/mapping.toml", &text).unwrap();
    let french = apply(&english, &builtin_french("mapping"));
    assert_eq!(skeleton(&english), skeleton(&french));
    assert!(
        skeleton(&english).contains("show_if"),
        "conditions are compared"
    );
    let (before, after) = (workbook_texts(&english), workbook_texts(&french));
    assert_eq!(before.len(), after.len());
    let unchanged: Vec<String> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b.english == a.english)
        .map(|(b, _)| b.key.to_string())
        .collect();
    // The same word in both languages.
    assert_eq!(
        unchanged,
        [
            "questions.stakeholders.columns.influence.label",
            "questions.risks.columns.type.label",
            "questions.voices_heard.example.country",
        ]
    );
    assert_eq!(french.sections[0].title, "Le point de départ de la ville");
    // Still a sound workbook: plan sentences, scales and choices as the linter wants them.
    let errors: Vec<_> = lint(&french, "fr/mapping.toml", "")
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[derive(serde::Deserialize)]
struct SharedGlossary {
    glossary: Vec<GlossaryEntry>,
}

#[test]
fn french_terms_are_distinct_and_highlight_the_bold_words_of_the_french_mapping() {
    let text = fs::read_to_string("workbooks/glossary.toml").unwrap();
    let english = toml::from_str::<SharedGlossary>(&text).unwrap().glossary;
    let french = apply_glossary(&english, &builtin_french("glossary"));
    let mut spellings = std::collections::HashSet::new();
    for (before, after) in english.iter().zip(&french) {
        assert_ne!(before.definition, after.definition);
        for spelling in std::iter::once(after.term.get_ref()).chain(&after.aliases) {
            assert!(
                spellings.insert(spelling.to_lowercase()),
                "`{spelling}` names two terms"
            );
        }
    }
    let mapping = builtin_french("mapping");
    let mut bold = 0;
    for entry in mapping.entries.values() {
        for (i, part) in entry.text.split("**").enumerate() {
            if i % 2 == 1 {
                let words = part.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    spellings.contains(&words.to_lowercase()),
                    "**{words}** is no French glossary term or alias"
                );
                bold += 1;
            }
        }
    }
    assert!(bold > 30, "{bold} bold words");
}
