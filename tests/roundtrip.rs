//! Any text an answer can hold survives save then load exactly: a property test over arbitrary
//! Unicode plus a corpus of the characters TOML writers have got wrong before.

use std::collections::BTreeMap;

use jiff::Timestamp;
use proptest::prelude::*;
use workbook::answer::{Number, Value};
use workbook::profile::edit::keep_draft;
use workbook::profile::model::Answer;
use workbook::profile::store::Wait;
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
        number_format: Default::default(),
        track: Default::default(),
        currency: None,
        lang: None,
    }
}

fn answer(value: Value, other: Option<String>) -> Answer {
    Answer {
        value,
        other,
        workbook_version: 3,
        changed: Timestamp::from_second(1_700_000_123).unwrap(),
        notes: Vec::new(),
        from_round: None,
    }
}

/// Saves `answers` under one city, loads them back, and returns what was loaded.
fn save_and_load(texts: &[String], store: &Store, name: &str) -> Profile {
    let (mut session, profile) = match store.open_city(name, Wait::NO) {
        Ok(opened) => opened,
        Err(_) => store.create(city(name), Wait::NO).unwrap(),
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
    let mut profile = Profile::from_stored(
        profile.city.clone(),
        BTreeMap::from([("wb".to_string(), answers)]),
    );
    for (i, text) in texts.iter().enumerate() {
        keep_draft(&mut profile, "wb", &format!("d{i}"), text.clone());
    }
    session.save(&profile).unwrap();
    drop(session);
    let loaded = store.load(name).unwrap();
    assert_eq!(loaded, profile);
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
        drop(store.create(city(name), Wait::NO).unwrap());
        assert_eq!(store.load(name).unwrap().city.name, name);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_text_round_trips(texts in prop::collection::vec(any::<String>(), 1..4),
                            numbers in prop::collection::vec(any_number(), 0..4)) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let loaded = save_and_load(&texts, &store, "Prop");
        let (mut session, opened) = store.open_city("Prop", Wait::NO).unwrap();
        let mut answers = opened.answers().clone();
        for (i, n) in numbers.iter().enumerate() {
            answers.get_mut("wb").unwrap()
                .insert(format!("n{i}"), answer(n.clone(), None));
        }
        let expected = Profile::from_stored(opened.city.clone(), answers);
        session.save(&expected).unwrap();
        drop(session);
        prop_assert_eq!(store.load("Prop").unwrap(), expected);
        prop_assert_eq!(loaded.answers()["wb"].len(), texts.len() + 2);
    }
}

/// A number as a file may hold it: exact integers and decimals of any length (`Number`), and
/// floats of every awkward kind (negative zero, subnormal, extreme) that a hand-edited file
/// can hold, kept as they are (`Value::Other`).
fn any_number() -> impl Strategy<Value = Value> {
    let float = prop_oneof![
        any::<f64>().prop_filter("finite", |n| n.is_finite()),
        prop::sample::select(vec![
            -0.0,
            0.0,
            f64::MIN,
            f64::MAX,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE / 4.0,
            f64::EPSILON,
            0.1 + 0.2,
            -1e-300,
            9_007_199_254_740_993.0,
        ]),
    ];
    prop_oneof![
        any::<i64>().prop_map(|n| Value::Number(Number::from_i64(n))),
        "-?[1-9][0-9]{0,30}\\.[0-9]{0,30}[1-9]"
            .prop_map(|t| Value::Number(Number::from_canonical(&t).unwrap()).stored()),
        float.prop_map(|f| match Number::from_f64(f).filter(|n| !n.is_integer()) {
            Some(n) => Value::Number(n),
            None => Value::Other(toml::Value::Float(f)),
        }),
    ]
}

/// A value of any kind, with the awkward corners of each: numbers of every form; arbitrary
/// Unicode text; lists and tables of any size, with arbitrary column ids.
fn any_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<bool>().prop_map(Value::Bool),
        any_number(),
        any::<String>().prop_map(Value::Text),
        prop::collection::vec(any::<String>(), 0..5).prop_map(Value::List),
        prop::collection::vec(
            prop::collection::btree_map(any::<String>(), any::<String>(), 0..4),
            1..5
        )
        .prop_map(Value::Table),
    ]
}

/// Bit-exact equality of floats kept as they are: `==` would let a lost sign on `-0.0` pass.
fn same_bits(a: &Profile, b: &Profile) -> bool {
    let numbers = |p: &Profile| -> Vec<u64> {
        p.answers()
            .values()
            .flat_map(|a| a.values())
            .filter_map(|a| match a.value {
                Value::Other(toml::Value::Float(n)) => Some(n.to_bits()),
                _ => None,
            })
            .collect()
    };
    numbers(a) == numbers(b)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_value_of_every_kind_round_trips(
        values in prop::collection::vec((any_value(), prop::option::of(any::<String>())), 1..8),
        ids in prop::collection::vec(any::<String>(), 8),
        country in prop::option::of(any::<String>()),
        mayor in any::<bool>(),
        nanos in 0i64..1_000_000_000,
        resume in prop::option::of(any::<String>()),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let (mut session, expected) = store.create(City {
            country,
            role: if mayor { Role::Mayor } else { Role::Official },
            ..city("Every kind")
        }, Wait::NO).unwrap();
        let changed = Timestamp::new(1_700_000_000, nanos as i32).unwrap();
        let mut answers = BTreeMap::new();
        for (i, (value, other)) in values.into_iter().enumerate() {
            answers.insert(format!("{}{i}", ids[i]), Answer { value, other, workbook_version: i as u32, changed, notes: Vec::new(), from_round: None });
        }
        let mut expected = Profile::from_stored(
            expected.city.clone(),
            BTreeMap::from([(ids[7].clone(), answers)]),
        );
        expected.resume.workbook = resume.clone();
        if let Some(question) = resume {
            expected.resume.questions.insert(ids[7].clone(), question);
        }
        session.save(&expected).unwrap();
        drop(session);
        let loaded = store.load("Every kind").unwrap();
        prop_assert_eq!(&loaded, &expected);
        prop_assert!(same_bits(&loaded, &expected), "a number changed its bits");
    }
}
