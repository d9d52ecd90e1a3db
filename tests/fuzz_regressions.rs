//! Findings of the fuzzer (`scripts/fuzz.sh`), kept as tests so that they stay fixed.

use std::fs;

use workbook::answer::Value;
use workbook::profile::store::Wait;
use workbook::profile::{City, Role, Store};

fn city(name: &str) -> City {
    City {
        name: name.to_string(),
        country: None,
        role: Role::Official,
        created: jiff::Timestamp::from_second(1_700_000_000).unwrap(),
        number_format: Default::default(),
        track: Default::default(),
        currency: None,
        lang: None,
    }
}

/// Found by the profile target: a hand-edited `value = nan` loaded, but every later save was
/// refused by the store's read-back check (NaN is never `==` to itself), so no answer of that
/// city could be saved any more.
#[test]
fn a_profile_holding_nan_can_still_be_saved() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let path = store
        .create(city("Nanburg"), Wait::NO)
        .unwrap()
        .0
        .path()
        .to_path_buf();
    let mut text = fs::read_to_string(&path).unwrap();
    text.push_str(
        "\n[answers.mapping.count]\nvalue = nan\nworkbook_version = 1\n\
         changed = \"2026-01-01T00:00:00Z\"\n\
         \n[answers.mapping.signed]\nvalue = -0.0\nworkbook_version = 1\n\
         changed = \"2026-01-01T00:00:00Z\"\n",
    );
    fs::write(&path, text).unwrap();

    let (mut session, mut profile) = store.open_city("Nanburg", Wait::NO).unwrap();
    assert!(
        !session.is_dirty(&profile),
        "NaN equals NaN as the file can express it"
    );
    profile.city.country = Some("Elsewhere".into());
    session.save(&profile).expect("a city holding NaN saves");
    drop(session);

    let loaded = store.load("Nanburg").unwrap();
    assert_eq!(loaded.city.country.as_deref(), Some("Elsewhere"));
    match loaded.value("mapping", "count") {
        Some(Value::Other(toml::Value::Float(n))) => assert!(n.is_nan()),
        other => panic!("NaN did not survive: {other:?}"),
    }
    match loaded.value("mapping", "signed") {
        Some(Value::Other(toml::Value::Float(n))) => assert!(*n == 0.0 && n.is_sign_negative()),
        other => panic!("-0.0 did not survive: {other:?}"),
    }
}
