//! The store's promises: durable saves, locking, backups, recovery, and never overwriting a
//! profile it could not read.

use std::fs;
use std::path::Path;
use std::time::Duration;

use jiff::Timestamp;
use workbook::answer::Value;
use workbook::profile::model::{Answer, FORMAT_VERSION};
use workbook::profile::store::{NOTICE_AFTER, Wait};
use workbook::profile::{City, Profile, Role, Store, StoreError};

fn city(name: &str) -> City {
    City {
        name: name.to_string(),
        country: Some("France".into()),
        role: Role::Mayor,
        created: Timestamp::from_second(1_700_000_000).unwrap(),
        number_format: Default::default(),
        track: Default::default(),
        currency: None,
        lang: None,
    }
}

/// Stores `text` as the answer to `mapping.QUESTION`, as a file holding it would.
fn put(profile: &mut Profile, question: &str, text: &str) {
    let mut answers = profile.answers().clone();
    answers.entry("mapping".into()).or_default().insert(
        question.into(),
        Answer {
            value: Value::Text(text.into()),
            other: None,
            workbook_version: 1,
            changed: Timestamp::from_second(1_700_000_100).unwrap(),
            notes: Vec::new(),
            from_round: None,
        },
    );
    let resume = profile.resume.clone();
    *profile = Profile::from_stored(profile.city.clone(), answers);
    profile.resume = resume;
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, store)
}

#[test]
fn create_save_load_round_trips() {
    let (_dir, store) = store();
    let (mut session, mut profile) = store.create(city("Lyon"), Wait::NO).unwrap();
    assert!(!session.is_dirty(&profile));
    put(&mut profile, "threats", "a\r\nb");
    assert!(session.is_dirty(&profile));
    session.save(&profile).unwrap();
    assert!(!session.is_dirty(&profile));
    drop(session);
    let loaded = store.load("LYON").unwrap();
    assert_eq!(loaded.city.name, "Lyon");
    assert_eq!(
        loaded.value("mapping", "threats"),
        Some(&Value::Text("a\r\nb".into()))
    );
}

#[test]
fn second_writer_is_refused_and_reader_is_not() {
    let (_dir, store) = store();
    let first = store.create(city("Gent"), Wait::NO).unwrap();
    match store.open_city("gent", Wait::NO) {
        Err(StoreError::Locked { city, .. }) => assert_eq!(city, "gent"),
        other => panic!("expected Locked, got {other:?}"),
    }
    let err = store.open_city("Gent", Wait::NO).unwrap_err();
    assert_eq!(workbook::commands::exit::Failure::from(err).code, 3);
    let (mut reader, profile) = store.open_city_read_only("Gent").unwrap();
    assert!(reader.is_read_only());
    assert!(matches!(
        reader.save(&profile),
        Err(StoreError::ReadOnly { .. })
    ));
    drop(first);
    assert!(store.open_city("Gent", Wait::NO).is_ok());
}

#[test]
fn cities_are_listed_in_the_order_a_reader_expects_whatever_the_accents() {
    let (_dir, store) = store();
    for name in ["Zagreb", "Évry", "Angers", "eindhoven", "Ávila"] {
        drop(store.create(city(name), Wait::NO).unwrap());
    }
    let names: Vec<String> = store.list().unwrap().into_iter().map(|c| c.name).collect();
    assert_eq!(names, ["Angers", "Ávila", "eindhoven", "Évry", "Zagreb"]);
}

#[test]
fn create_refuses_an_existing_name_in_any_case() {
    let (_dir, store) = store();
    drop(store.create(city("Zürich"), Wait::NO).unwrap());
    assert!(matches!(
        store.create(city("ZÜRICH"), Wait::NO),
        Err(StoreError::Exists { .. })
    ));
    assert!(matches!(
        store.create(city("  "), Wait::NO),
        Err(StoreError::BadName(_))
    ));
}

#[cfg(unix)]
#[test]
fn files_and_folder_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, store) = store();
    let (session, _) = store.create(city("Oslo"), Wait::NO).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(store.dir()), 0o700);
    assert_eq!(mode(session.path()), 0o600);
}

/// A label, the file's bytes, and where the error must point (None: a newer format).
type Broken = (&'static str, Vec<u8>, Option<(usize, usize)>);

fn broken_profiles() -> Vec<Broken> {
    vec![
        ("empty", Vec::new(), Some((1, 1))),
        (
            "garbage",
            b"format = 1\n[city\nname = 'x'\n".to_vec(),
            Some((2, 6)),
        ),
        (
            "truncated",
            b"format = 1\n[city]\nname = \"Lyo".to_vec(),
            Some((3, 12)),
        ),
        (
            "wrong schema",
            b"format = 1\n[city]\nname = 3\nrole = \"mayor\"\ncreated = \"2024-01-01T00:00:00Z\"\n"
                .to_vec(),
            Some((3, 8)),
        ),
        ("not utf-8", b"format = 1\n\xff\xfe".to_vec(), Some((2, 1))),
        (
            "newer",
            b"format = 99\n[city]\nfuture = true\n".to_vec(),
            None,
        ),
    ]
}

#[test]
fn unreadable_profiles_are_reported_and_never_overwritten() {
    let (_dir, store) = store();
    for (label, bytes, location) in broken_profiles() {
        let name = format!("City {label}");
        let path = store.city_path(&name);
        fs::write(&path, &bytes).unwrap();
        let err = store.open_city(&name, Wait::NO).unwrap_err();
        match (&err, location) {
            (StoreError::Corrupt { line, column, .. }, Some(at)) => {
                assert_eq!((*line, *column), at, "{label}: {err}")
            }
            (StoreError::NewerFormat { found: 99, .. }, None) => {}
            _ => panic!("{label}: unexpected {err:?}"),
        }
        assert_eq!(
            workbook::commands::exit::Failure::from(err).code,
            4,
            "{label}"
        );
        assert!(store.load(&name).is_err());
        assert!(store.create(city(&name), Wait::NO).is_err());
        assert!(store.rename(&name, "Other", Wait::NO).is_err());
        assert!(store.delete(&name, Wait::NO).is_err());
        assert_eq!(fs::read(&path).unwrap(), bytes, "{label} was changed");
    }
    let listed = store.list().unwrap();
    assert_eq!(listed.len(), broken_profiles().len());
    assert!(listed.iter().all(|c| c.problem.is_some()));
}

#[test]
fn error_message_names_file_line_and_column() {
    let (_dir, store) = store();
    let path = store.city_path("Bad");
    fs::write(&path, "format = 1\n[city\n").unwrap();
    let message = store.load("Bad").unwrap_err().to_string();
    assert!(
        message.starts_with(&format!("{}:2:6:", path.display())),
        "{message}"
    );
}

#[test]
fn a_newer_format_profile_is_never_written() {
    let (_dir, store) = store();
    let (mut session, mut profile) = store.create(city("Turku"), Wait::NO).unwrap();
    profile.format = FORMAT_VERSION + 1;
    let before = fs::read(session.path()).unwrap();
    assert!(matches!(
        session.save(&profile),
        Err(StoreError::NewerFormat { .. })
    ));
    assert_eq!(fs::read(session.path()).unwrap(), before);
}

#[test]
fn each_session_keeps_one_backup_generation_and_restore_brings_it_back() {
    let (_dir, store) = store();
    drop(store.create(city("Bergen"), Wait::NO).unwrap());
    for round in 1..=5 {
        let (mut session, mut profile) = store.open_city("Bergen", Wait::NO).unwrap();
        put(&mut profile, "q", &format!("round {round}"));
        session.save(&profile).unwrap();
        put(&mut profile, "q", &format!("round {round} again"));
        session.save(&profile).unwrap();
    }
    let path = store.city_path("Bergen");
    let text = |n| {
        let backup = Store::backup_path(&path, n);
        let p: Profile = toml::from_str(&fs::read_to_string(backup).unwrap()).unwrap();
        p.value("mapping", "q").cloned()
    };
    assert_eq!(text(1), Some(Value::Text("round 4 again".into())));
    assert_eq!(text(3), Some(Value::Text("round 2 again".into())));
    assert!(!Store::backup_path(&path, 4).exists());

    fs::write(&path, "format = 1\n[city]\nname = \"Ber").unwrap();
    let bad = fs::read(&path).unwrap();
    let restored = store.restore("bergen", Wait::NO).unwrap();
    assert_eq!(restored.generation, 1);
    let aside = restored.moved_aside.unwrap();
    assert_eq!(fs::read(aside).unwrap(), bad);
    assert_eq!(
        store.load("Bergen").unwrap().value("mapping", "q"),
        Some(&Value::Text("round 4 again".into()))
    );
}

#[test]
fn restore_without_backup_changes_nothing() {
    let (_dir, store) = store();
    let path = store.city_path("Nowhere");
    fs::write(&path, "garbage").unwrap();
    assert!(matches!(
        store.restore("Nowhere", Wait::NO),
        Err(StoreError::NoBackup { .. })
    ));
    assert_eq!(fs::read(&path).unwrap(), b"garbage");
}

#[test]
fn delete_keeps_a_backup_that_restore_brings_back() {
    let (_dir, store) = store();
    let (mut session, mut profile) = store.create(city("Malmö"), Wait::NO).unwrap();
    put(&mut profile, "q", "kept");
    session.save(&profile).unwrap();
    drop(session);
    store.delete("malmö", Wait::NO).unwrap();
    assert!(matches!(
        store.load("Malmö"),
        Err(StoreError::NotFound { .. })
    ));
    assert!(store.list().unwrap().is_empty());
    store.restore("Malmö", Wait::NO).unwrap();
    assert_eq!(
        store.load("Malmö").unwrap().value("mapping", "q"),
        Some(&Value::Text("kept".into()))
    );
}

#[test]
fn rename_moves_the_profile_and_refuses_a_taken_name() {
    let (_dir, store) = store();
    let (mut session, mut profile) = store.create(city("Aarhus"), Wait::NO).unwrap();
    put(&mut profile, "q", "moved");
    session.save(&profile).unwrap();
    drop(session);
    drop(store.create(city("Odense"), Wait::NO).unwrap());
    assert!(matches!(
        store.rename("Aarhus", "odense", Wait::NO),
        Err(StoreError::Exists { .. })
    ));
    store.rename("Aarhus", "Århus", Wait::NO).unwrap();
    assert!(store.load("Aarhus").is_err());
    assert_eq!(
        store.load("århus").unwrap().value("mapping", "q"),
        Some(&Value::Text("moved".into()))
    );
    store.rename("Århus", "ÅRHUS", Wait::NO).unwrap();
    assert_eq!(store.load("århus").unwrap().city.name, "ÅRHUS");
    let names: Vec<String> = store.list().unwrap().into_iter().map(|c| c.name).collect();
    // Listed by name ignoring accents and case (`locale::sort_key`): Å sorts as A.
    assert_eq!(names, ["ÅRHUS", "Odense"]);
}

#[test]
fn hostile_names_stay_inside_the_data_folder() {
    let (dir, store) = store();
    for name in [
        "../../escape",
        "/etc/passwd",
        "CON",
        "NUL.txt",
        "a/b.",
        "..",
        "東京",
    ] {
        let (session, _) = store.create(city(name), Wait::NO).unwrap();
        assert_eq!(session.path().parent().unwrap(), store.dir(), "{name}");
        assert_eq!(store.load(name).unwrap().city.name, name);
    }
    let outside: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(outside.len(), 1, "only cities/ in the data folder");
    assert_eq!(store.list().unwrap().len(), 7);
}

#[test]
fn a_megabyte_answer_saves_and_loads() {
    let (_dir, store) = store();
    let (mut session, mut profile) = store.create(city("Big"), Wait::NO).unwrap();
    let text: String = "Zürich \"quoted\" \\ line\r\n".repeat(1024 * 1024 / 24);
    put(&mut profile, "q", &text);
    session.save(&profile).unwrap();
    assert_eq!(
        store.load("Big").unwrap().value("mapping", "q"),
        Some(&Value::Text(text))
    );
}

#[test]
fn a_failed_save_keeps_the_answer_in_memory_and_can_be_retried() {
    let (_dir, store) = store();
    let (mut session, mut profile) = store.create(city("Riga"), Wait::NO).unwrap();
    let path = session.path().to_path_buf();
    // Something else put a folder where the profile goes: every save must fail.
    fs::remove_file(&path).unwrap();
    fs::create_dir(&path).unwrap();
    fs::write(path.join("blocker"), "x").unwrap();
    put(&mut profile, "q", "precious");
    assert!(session.save(&profile).is_err());
    assert!(session.is_dirty(&profile));
    fs::remove_dir_all(&path).unwrap();
    session.save(&profile).unwrap();
    assert!(!session.is_dirty(&profile));
    drop(session);
    assert_eq!(
        store.load("Riga").unwrap().value("mapping", "q"),
        Some(&Value::Text("precious".into()))
    );
}

#[test]
fn a_hand_written_profile_with_bare_toml_datetimes_loads() {
    let (_dir, store) = store();
    let path = store.city_path("Hand");
    fs::write(
        &path,
        "format = 1\n\n[city]\nname = \"Hand\"\nrole = \"mayor\"\ncreated = 2024-01-01T00:00:00Z\n\n[answers.mapping.q]\nvalue = \"typed by hand\"\nworkbook_version = 1\nchanged = 2024-02-01T10:00:00+01:00\n",
    )
    .unwrap();
    let profile = store.load("hand").unwrap();
    assert_eq!(
        profile.answer("mapping", "q").unwrap().changed,
        "2024-02-01T09:00:00Z".parse::<Timestamp>().unwrap()
    );
    let (mut session, mut profile) = store.open_city("Hand", Wait::NO).unwrap();
    profile.city.country = Some("X".into());
    session.save(&profile).unwrap();
    assert!(
        fs::read_to_string(&path)
            .unwrap()
            .contains("created = \"2024-01-01T00:00:00Z\"")
    );
}

#[test]
fn a_waiting_writer_gets_the_city_with_what_the_holder_saved() {
    let (_dir, store) = store();
    let (mut first, mut profile) = store.create(city("Lille"), Wait::NO).unwrap();
    let started = std::time::Instant::now();
    let short = Wait::up_to(Duration::from_millis(200));
    assert!(matches!(
        store.open_city("Lille", short),
        Err(StoreError::Locked { .. })
    ));
    assert!(started.elapsed() >= Duration::from_millis(200));
    let (_, waited) = std::thread::scope(|scope| {
        let waiter = scope.spawn(|| store.open_city("LILLE", Wait::up_to(Duration::from_secs(10))));
        std::thread::sleep(Duration::from_millis(150));
        put(&mut profile, "q", "saved while the other waited");
        first.save(&profile).unwrap();
        drop(first);
        waiter.join().unwrap()
    })
    .unwrap();
    assert_eq!(
        waited.value("mapping", "q"),
        Some(&Value::Text("saved while the other waited".into()))
    );
}

#[test]
fn a_long_wait_is_announced_once() {
    let (_dir, store) = store();
    let _held = store.create(city("Nantes"), Wait::NO).unwrap();
    let told = std::cell::Cell::new(Vec::new());
    let notice = |name: &str| {
        let mut names = told.take();
        names.push(name.to_string());
        told.set(names);
    };
    let wait = Wait::up_to(NOTICE_AFTER + Duration::from_millis(300)).with_notice(&notice);
    assert!(matches!(
        store.open_city("nantes", wait),
        Err(StoreError::Locked { .. })
    ));
    assert_eq!(told.take(), ["nantes"]);
}

#[test]
fn a_city_is_found_by_the_name_in_its_file_and_locked_by_that_file() {
    let (_dir, store) = store();
    drop(store.create(city("Lyon"), Wait::NO).unwrap());
    let file = store.city_path("Lyon");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, text.replace("\"Lyon\"", "\"Lyon Métropole\"")).unwrap();
    let (found, profile) = store.find("LYON MÉTROPOLE").unwrap();
    assert_eq!(
        (found, profile.city.name.as_str()),
        (file.clone(), "Lyon Métropole")
    );
    assert!(matches!(
        store.load("Lyon"),
        Err(StoreError::NotFound { .. })
    ));
    let (session, _) = store.open_city("lyon métropole", Wait::NO).unwrap();
    assert_eq!(session.path(), file);
    assert!(matches!(
        store.open_city("Lyon Métropole", Wait::NO),
        Err(StoreError::Locked { .. })
    ));
    drop(session);
    // A new "Lyon" goes to the computed file, which holds another city now.
    assert!(matches!(
        store.create(city("Lyon"), Wait::NO),
        Err(StoreError::FileTaken { .. })
    ));
    assert!(matches!(
        store.create(city("lyon métropole"), Wait::NO),
        Err(StoreError::Exists { .. })
    ));
    let renamed = store.rename("Lyon Métropole", "Lyon", Wait::NO).unwrap();
    assert_eq!(renamed.city.name, "Lyon");
    assert_eq!(store.find("lyon").unwrap().0, file, "renamed in place");
}
