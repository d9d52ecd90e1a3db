//! Saving a city and starting up: `Session::save` of a city with every question of the
//! built-in workbooks answered (tables of 10, 100 and 1,000 rows), next to the disk's own cost
//! for the same bytes (write + `sync_all`), and the non-terminal part of start-up (load the
//! built-in catalog, open and parse that city's profile).
//!
//! Run: `cargo bench --bench store`. The files live under `target/` (the real disk, not a
//! memory-backed /tmp), so the sync costs what it costs for a user.

use std::fs::File;
use std::hint::black_box;
use std::io::Write;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use workbook::answer::{Number, OTHER, Response, Row, Value};
use workbook::profile::edit::{Given, record};
use workbook::profile::store::Wait;
use workbook::profile::{City, Profile, Role, Store};
use workbook::workbook::{Catalog, ColumnKind, Kind, Question};

const ROWS: [usize; 3] = [10, 100, 1_000];

/// A valid answer to `question`, with tables of `rows` rows and every column filled.
fn answer(question: &Question, rows: usize) -> Response {
    let first = |q: &Question| {
        q.choices()
            .first()
            .map(|c| c.value().to_string())
            .unwrap_or_else(|| OTHER.to_string())
    };
    let text = format!(
        "The city's answer to “{}”: a sentence or two of the length officials write, naming the team, the partners and the next step.",
        question.id()
    );
    let value = match question.kind() {
        Kind::ShortText => Value::Text(format!("Answer to {}", question.id())),
        Kind::LongText => Value::Text(format!("{text}\n\n{text}")),
        Kind::SingleChoice => Value::Text(first(question)),
        Kind::MultiChoice => Value::List(vec![first(question)]),
        Kind::YesNo => Value::Bool(true),
        Kind::Scale | Kind::Number => Value::Number(Number::from_i64(
            question.min().unwrap_or(1.0).max(1.0) as i64,
        )),
        Kind::Date => Value::Text("2026-06-30".into()),
        Kind::List => Value::List((0..5).map(|i| format!("Item {i}: {text}")).collect()),
        Kind::Table => Value::Table(
            (0..rows)
                .map(|i| {
                    question
                        .columns()
                        .iter()
                        .map(|c| {
                            let cell = match c.kind {
                                ColumnKind::Text => format!("Row {i}, {}", c.label),
                                ColumnKind::Number => (i % 97).to_string(),
                                ColumnKind::Date => format!("2026-{:02}-15", 1 + i % 12),
                                ColumnKind::YesNo => "yes".into(),
                                ColumnKind::Choice => c
                                    .choices()
                                    .first()
                                    .map(|c| c.value().to_string())
                                    .unwrap_or_default(),
                            };
                            (c.id.get_ref().clone(), cell)
                        })
                        .collect::<Row>()
                })
                .collect(),
        ),
    };
    Response::new(value, None)
}

/// Every question of every built-in workbook answered.
fn full_city(catalog: &Catalog, name: &str, rows: usize) -> Profile {
    let mut profile = Profile::new(City {
        name: name.into(),
        country: Some("Benchmark".into()),
        role: Role::Official,
        created: Timestamp::from_second(1_767_225_600).expect("timestamp"),
        number_format: Default::default(),
        track: Default::default(),
        currency: None,
        lang: None,
    });
    for workbook in catalog.iter() {
        for question in workbook.questions() {
            let response = answer(question, rows);
            record(
                &mut profile,
                workbook,
                question,
                &response,
                Given::Typed,
                Timestamp::now(),
            )
            .expect("the benchmark's answers are valid");
        }
    }
    profile
}

fn save(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temp dir");
    let store = Store::open(dir.path()).expect("store");
    let mut group = c.benchmark_group("save");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(8));
    for rows in ROWS {
        let name = format!("Full {rows}");
        let (mut session, _) = store
            .create(
                City {
                    name: name.clone(),
                    country: None,
                    role: Role::Official,
                    created: Timestamp::now(),
                    number_format: Default::default(),
                    track: Default::default(),
                    currency: None,
                    lang: None,
                },
                Wait::NO,
            )
            .expect("create");
        let profile = full_city(&catalog, &name, rows);
        session.save(&profile).expect("first save");
        let bytes = std::fs::read(session.path()).expect("read back");
        println!(
            "save: tables of {rows} rows: {} answers, {} bytes",
            catalog.iter().map(|w| w.questions().count()).sum::<usize>(),
            bytes.len()
        );
        group.bench_with_input(BenchmarkId::new("Session::save", rows), &rows, |b, _| {
            b.iter(|| session.save(&profile).expect("save"))
        });
        let file = dir.path().join(format!("raw-{rows}.toml"));
        group.bench_with_input(
            BenchmarkId::new("disk: write + sync_all", rows),
            &rows,
            |b, _| {
                b.iter(|| {
                    let mut f = File::create(&file).expect("create");
                    f.write_all(&bytes).expect("write");
                    f.sync_all().expect("sync");
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("CPU: toml write + read back", rows),
            &rows,
            |b, _| {
                b.iter(|| {
                    let text = toml::to_string(&profile).expect("toml");
                    black_box(toml::from_str::<Profile>(&text).expect("parse"))
                })
            },
        );
    }
    group.finish();
}

fn startup(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temp dir");
    let store = Store::open(dir.path()).expect("store");
    let mut group = c.benchmark_group("start-up");
    group.sample_size(20);
    for rows in ROWS {
        let name = format!("Full {rows}");
        let (mut session, _) = store
            .create(
                City {
                    name: name.clone(),
                    country: None,
                    role: Role::Official,
                    created: Timestamp::now(),
                    number_format: Default::default(),
                    track: Default::default(),
                    currency: None,
                    lang: None,
                },
                Wait::NO,
            )
            .expect("create");
        session
            .save(&full_city(&catalog, &name, rows))
            .expect("save");
        drop(session);
        group.bench_with_input(
            BenchmarkId::new("built-in catalog + open_city (lock, read, parse)", rows),
            &rows,
            |b, _| {
                b.iter(|| {
                    let catalog = workbook::builtin::catalog();
                    let (_session, profile) = store.open_city(&name, Wait::NO).expect("open");
                    black_box((catalog.workbooks.len(), profile.answer_count()))
                })
            },
        );
        group.bench_with_input(BenchmarkId::new("open_city only", rows), &rows, |b, _| {
            b.iter(|| black_box(store.open_city(&name, Wait::NO).expect("open").1.format))
        });
    }
    group.finish();
}

criterion_group!(benches, save, startup);
criterion_main!(benches);
