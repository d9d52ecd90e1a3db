//! Loading and checking workbooks: the built-in set (start-up cost) and a generated workbook
//! of 10,000 questions (the stress case), parsed in parts on all cores as the program does and,
//! for comparison, whole on one thread.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use workbook::workbook::Catalog;
use workbook::workbook::generate::synthetic;
use workbook::workbook::lint::lint;
use workbook::workbook::load::parse_workbook;

fn builtin(c: &mut Criterion) {
    c.bench_function(
        "load/built-in catalog as the program starts (decode the embedded copy)",
        |b| b.iter(|| black_box(workbook::builtin::catalog())),
    );
    c.bench_function("load/5 workbooks from TOML (parse + lint)", |b| {
        b.iter(|| black_box(Catalog::load(&[])))
    });
}

fn large(c: &mut Criterion) {
    let text = synthetic("big", 10_000);
    let workbook = parse_workbook("big.toml", &text).expect("valid");
    let mut group = c.benchmark_group("load/10k questions");
    group.sample_size(10);
    group.bench_function("parse", |b| {
        b.iter(|| black_box(parse_workbook("big.toml", &text)))
    });
    // What `parse` did before it cut large files into parts (see `workbook::split`).
    group.bench_function("parse, the whole file on one thread", |b| {
        b.iter(|| black_box(toml::from_str::<workbook::workbook::Workbook>(&text).unwrap()))
    });
    group.bench_function("lint", |b| {
        b.iter(|| black_box(lint(&workbook, "big.toml", &text)))
    });
    group.finish();
}

criterion_group!(benches, builtin, large);
criterion_main!(benches);
