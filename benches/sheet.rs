//! Importing a 10,000-row stakeholder map from a spreadsheet, as `workbook answer import` does
//! it: read the file, match the headers (in every language the workbooks come in, so the
//! French, Spanish and Arabic catalogs are read too), validate every row, open the city with
//! its lock, record the answer through `edit::record` and save. Issue 18 asks for under 1 s.
//! And the other way: a 10,000-row answer written as CSV and as xlsx.
//!
//! Run: `cargo bench --bench sheet`. The files live under `target/` (the real disk).

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use workbook::answer::{NumberFormat, Response, Value};
use workbook::profile::edit::{Given, record};
use workbook::profile::store::Wait;
use workbook::profile::{City, Role, Store};
use workbook::sheet::{self, Map, Mode, Target};
use workbook::workbook::translation::Lang;
use workbook::workbook::{Catalog, Question};

const ROWS: usize = 10_000;

/// A stakeholder map of `ROWS` rows as an analyst keeps it: choices by their labels.
fn csv() -> String {
    let sectors = [
        "City administration",
        "Education",
        "Youth organisation",
        "Media",
    ];
    let levels = ["High", "Medium", "Low"];
    let mut text = String::from(
        "Organisation or group,Sector,Role in prevention,Influence,Interest,How often,Contact person\n",
    );
    for i in 0..ROWS {
        text.push_str(&format!(
            "Organisation {i},{},Runs activities in district {},{},{},Monthly,Person {i}\n",
            sectors[i % 4],
            i % 9,
            levels[i % 3],
            levels[(i + 1) % 3]
        ));
    }
    text
}

fn stakeholders(catalog: &Catalog) -> (&workbook::workbook::Workbook, &Question) {
    let book = catalog.get("mapping").expect("the mapping workbook");
    let question = book
        .questions()
        .find(|q| q.id() == "stakeholders")
        .expect("the stakeholder map");
    (book, question)
}

/// Everything `answer import --replace` does after the command line is read.
fn import(catalog: &Catalog, store: &Store, file: &Path) {
    let (book, question) = stakeholders(catalog);
    let others: Vec<Catalog> = ["fr", "es", "ar"]
        .iter()
        .map(|tag| workbook::builtin::catalog_in(Some(&Lang::parse(tag).expect("a tag"))))
        .collect();
    let translations: Vec<&Question> = others.iter().map(|c| stakeholders(c).1).collect();
    let read = sheet::read(file, None).expect("the sheet");
    let target = Target {
        question,
        translations,
        format: NumberFormat::Point,
    };
    let import = sheet::rows(&read, &target, &Map::default()).expect("the rows");
    assert!(import.rejected.is_empty(), "{:?}", import.rejected.first());
    let (mut session, mut profile) = store.open_city("Bench", Wait::NO).expect("open");
    let (value, _) = sheet::combine(question, None, &import, Mode::Replace);
    let response = Response::new(sheet::typed(question, value, NumberFormat::Point), None);
    // Cleared first, so that every round records and saves the whole table again.
    record(
        &mut profile,
        book,
        question,
        &Response::clear(),
        Given::Typed,
        Timestamp::now(),
    )
    .expect("clear");
    record(
        &mut profile,
        book,
        question,
        &response,
        Given::Typed,
        Timestamp::now(),
    )
    .expect("valid rows");
    session.save(&profile).expect("save");
}

fn bench(c: &mut Criterion) {
    let catalog = workbook::builtin::catalog();
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("temp dir");
    let store = Store::open(dir.path()).expect("store");
    store
        .create(
            City::new("Bench", Role::Official, Timestamp::now()),
            Wait::NO,
        )
        .expect("create");
    let csv_file = dir.path().join("stakeholders.csv");
    std::fs::write(&csv_file, csv()).expect("write");
    let started = Instant::now();
    import(&catalog, &store, &csv_file);
    println!(
        "import of {ROWS} rows from CSV, once: {:?}",
        started.elapsed()
    );

    let profile = store.load("Bench").expect("load");
    let (_, question) = stakeholders(&catalog);
    let Some(Value::Table(rows)) = profile.value("mapping", "stakeholders") else {
        panic!("imported");
    };
    let grid = sheet::grid(question, &Value::Table(rows.clone()));
    let xlsx_file = dir.path().join("stakeholders.xlsx");
    let bytes = sheet::to_xlsx(&grid, "stakeholders", NumberFormat::Point).expect("xlsx");
    std::fs::write(&xlsx_file, &bytes).expect("write");
    println!(
        "profile: {} bytes; xlsx: {} bytes",
        std::fs::metadata(store.city_path("Bench"))
            .expect("file")
            .len(),
        bytes.len()
    );

    let mut group = c.benchmark_group("sheet");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function(
        "import 10,000 rows from CSV (read, validate, record, save)",
        |b| b.iter(|| import(&catalog, &store, &csv_file)),
    );
    group.bench_function(
        "import 10,000 rows from xlsx (read, validate, record, save)",
        |b| b.iter(|| import(&catalog, &store, &xlsx_file)),
    );
    group.bench_function("export 10,000 rows as CSV", |b| {
        b.iter(|| black_box(sheet::to_csv(&grid, NumberFormat::Point)))
    });
    group.bench_function("export 10,000 rows as xlsx", |b| {
        b.iter(|| black_box(sheet::to_xlsx(&grid, "stakeholders", NumberFormat::Point)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
