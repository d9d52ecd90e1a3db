//! Any text an answer can hold survives save then load exactly: a property test over arbitrary
//! Unicode plus a corpus of the characters TOML writers have got wrong before.

use std::collections::BTreeMap;

use jiff::Timestamp;
use proptest::prelude::*;
use workbook::answer::Value;
use workbook::profile::model::Answer;
use workbook::profile::{City, Profile, Role, Store};

const CORPUS: &[&str] = &[
    "",
    "\r\n",
    "a\r\nb\r\n",
    "lone\rcarriage",
    "\r",
    "\n\nleading newlines",
    "trailing newlines\n\n",
    "  spaces  ",
    "\"\"\"",
    "'''",
    "\"\"\"\"\"'''''",
    "back\\slash \\n \\u0041 \\",
    "nul\0byte",
    "unit\u{1f}separator",
    "del\u{7f}",
    "line\u{2028}separator\u{2029}",
    "\u{feff}bom at start",
    "👩‍👩‍👧‍👦 family",
    "e\u{301}\u{302}\u{303} combining",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u{202e}override\u{202c} \u{2066}isolate\u{2069}",
    "\u{1b}[31mred\u{1b}[0m",
    "tab\there",
    "# not a comment",
    "[not.a.table]",
    "key = \"value\"",
    "\u{10ffff}\u{fffd}",
];

fn city(name: &str) -> City {
    City {
        name: name.to_string(),
        country: None,
        role: Role::Official,
        created: Timestamp::from_second(1_700_000_000).unwrap(),
    }
}

fn answer(value: Value, other: Option<String>) -> Answer {
    Answer {
        value,
        other,
        workbook_version: 3,
        changed: Timestamp::from_second(1_700_000_123).unwrap(),
    }
}

/// Saves `answers` under one city, loads them back, and returns what was loaded.
fn save_and_load(texts: &[String], store: &Store, name: &str) -> Profile {
    let mut session = match store.open_city(name) {
        Ok(s) => s,
        Err(_) => store.create(city(name)).unwrap(),
    };
    let mut answers = BTreeMap::new();
    for (i, text) in texts.iter().enumerate() {
        answers.insert(
            format!("text{i}"),
            answer(Value::Text(text.clone()), Some(text.clone())),
        );
    }
    answers.insert("list".into(), answer(Value::List(texts.to_vec()), None));
    let rows = texts
        .iter()
        .map(|t| BTreeMap::from([("cell".to_string(), t.clone()), (t.clone(), t.clone())]))
        .collect();
    answers.insert("table".into(), answer(Value::Table(rows), None));
    session.profile.answers.insert("wb".into(), answers);
    let mut draft = BTreeMap::new();
    for (i, text) in texts.iter().enumerate() {
        draft.insert(format!("d{i}"), text.clone());
    }
    session.profile.drafts.insert("wb".into(), draft);
    session.save().unwrap();
    let expected = session.profile.clone();
    drop(session);
    let loaded = store.load(name).unwrap();
    assert_eq!(loaded, expected);
    loaded
}

#[test]
fn the_corpus_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let texts: Vec<String> = CORPUS.iter().map(|s| s.to_string()).collect();
    save_and_load(&texts, &store, "Corpus");
    // Each alone too, so that one string's escaping cannot hide behind another's.
    for text in CORPUS {
        save_and_load(&[text.to_string()], &store, "Corpus");
    }
}

#[test]
fn city_names_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    for name in [
        "São Paulo",
        "\"quoted\"",
        "back\\slash",
        "'''",
        "東京",
        "مرحبا",
    ] {
        drop(store.create(city(name)).unwrap());
        assert_eq!(store.load(name).unwrap().city.name, name);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_text_round_trips(texts in prop::collection::vec(any::<String>(), 1..4),
                            numbers in prop::collection::vec(any::<f64>().prop_filter("finite", |n| n.is_finite()), 0..4)) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let loaded = save_and_load(&texts, &store, "Prop");
        let mut session = store.open_city("Prop").unwrap();
        for (i, n) in numbers.iter().enumerate() {
            session.profile.answers.get_mut("wb").unwrap()
                .insert(format!("n{i}"), answer(Value::Number(*n), None));
        }
        session.save().unwrap();
        let expected = session.profile.clone();
        drop(session);
        prop_assert_eq!(store.load("Prop").unwrap(), expected);
        prop_assert_eq!(loaded.answers["wb"].len(), texts.len() + 2);
    }
}
