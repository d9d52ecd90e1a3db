//! Plan generation for a city that answered everything, with tables of hundreds of rows.
//! Run with `cargo bench --bench plan`; figures are recorded in docs/performance.md.

#[path = "../tests/plan_env/mod.rs"]
mod plan_env;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use workbook::answer::{Row, Value};
use workbook::plan::{self, Format, PlanOptions};
use workbook::profile::Profile;

/// Rows per table answer.
const ROWS: usize = 400;

fn row(cells: &[(&str, String)]) -> Row {
    cells
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

/// A date in 2026 that varies with `i`; `months` later for a due date.
fn date(i: usize, months: usize) -> String {
    format!("2026-{:02}-{:02}", (i + months) % 12 + 1, i % 28 + 1)
}

fn level(i: usize) -> String {
    ["high", "medium", "low"][i % 3].to_string()
}

/// Makes row `i` of a grown table answer.
type MakeRow = Box<dyn Fn(usize) -> Row>;

/// The fully answered fixture city with every table grown to [`ROWS`] rows.
fn big_profile() -> Profile {
    let profile = plan_env::profile("full");
    let tables: [(&str, &str, MakeRow); 5] = [
        (
            "act",
            "actions",
            Box::new(|i| {
                row(&[
                    (
                        "action",
                        format!("Action number {i} with a longer description"),
                    ),
                    ("owner", format!("Department {}", i % 7)),
                    ("partners", "Police; schools; civil society".into()),
                    ("start", date(i, 0)),
                    ("due", date(i, 3)),
                    ("priority", level(i)),
                    ("budget", format!("EUR {}", i * 1000)),
                    ("indicator", format!("Indicator {i}")),
                    ("notes", "Needs agreement | follow up".into()),
                ])
            }),
        ),
        (
            "act",
            "indicators",
            Box::new(|i| {
                row(&[
                    ("indicator", format!("Indicator {i}")),
                    ("type", if i % 2 == 0 { "output" } else { "outcome" }.into()),
                    ("baseline", format!("{i}")),
                    ("target", format!("{}", i * 2)),
                    ("source", "Survey".into()),
                    ("frequency", "Yearly".into()),
                    ("owner", "Safety office".into()),
                ])
            }),
        ),
        (
            "act",
            "partner_list",
            Box::new(|i| {
                row(&[
                    ("partner", format!("Partner {i}")),
                    ("staff", format!("{}", i % 40)),
                    ("funded", "yes".into()),
                ])
            }),
        ),
        (
            "assess",
            "stakeholders",
            Box::new(|i| {
                row(&[
                    ("name", format!("Organisation {i}")),
                    ("sector", "civil".into()),
                    ("influence", level(i)),
                    ("interest", level(i / 3)),
                    ("contact", format!("Person {i}")),
                ])
            }),
        ),
        (
            "assess",
            "risks",
            Box::new(|i| {
                row(&[
                    ("risk", format!("Risk {i}: tension around event")),
                    ("likelihood", level(i)),
                    ("impact", level(i + 1)),
                    ("evidence", "Reports from partners".into()),
                ])
            }),
        ),
    ];
    let mut answers = profile.answers().clone();
    for (workbook, question, make) in tables {
        let answer = answers
            .get_mut(workbook)
            .unwrap()
            .get_mut(question)
            .unwrap();
        answer.value = Value::Table((0..ROWS).map(make).collect());
    }
    Profile::from_stored(profile.city.clone(), answers)
}

fn bench(c: &mut Criterion) {
    let catalog = plan_env::catalog();
    let profile = big_profile();
    let base = PlanOptions {
        edition: workbook::plan::Edition::Restricted,
        ..plan_env::options()
    };
    c.bench_function("plan build (data only)", |b| {
        b.iter(|| plan::build(black_box(&catalog), black_box(&profile), &base).unwrap())
    });
    for (name, format) in [
        ("plan markdown", Format::Markdown),
        ("plan html", Format::Html),
        ("plan json", Format::Json),
    ] {
        let options = PlanOptions {
            format,
            ..base.clone()
        };
        c.bench_function(name, |b| {
            b.iter(|| plan::render(black_box(&catalog), black_box(&profile), &options).unwrap())
        });
    }
}

/// The demo city's plan, the size a trainer shows: each step of `workbook plan --demo`.
fn demo(c: &mut Criterion) {
    let catalog = workbook::builtin::catalog();
    let mut group = c.benchmark_group("demo city");
    group.bench_function("read the demo profile", |b| {
        b.iter(|| black_box(workbook::demo::pristine().unwrap()))
    });
    let profile = workbook::demo::pristine().unwrap();
    let base = PlanOptions::new(jiff::civil::date(2026, 12, 1));
    group.bench_function("plan build (data only)", |b| {
        b.iter(|| plan::build(black_box(&catalog), black_box(&profile), &base).unwrap())
    });
    for (name, format) in [
        ("plan markdown", Format::Markdown),
        ("plan html", Format::Html),
        ("plan json", Format::Json),
        ("plan docx", Format::Docx),
    ] {
        let options = PlanOptions {
            format,
            ..base.clone()
        };
        group.bench_function(name, |b| {
            b.iter(|| {
                plan::render_bytes(black_box(&catalog), black_box(&profile), &options).unwrap()
            })
        });
    }
    // The built-in template runs as Rust (`plan::compiled`); interpreting it as a user's
    // template is, for comparison.
    group.bench_function("plan markdown, template interpreted", |b| {
        b.iter(|| {
            let built = plan::build(black_box(&catalog), black_box(&profile), &base).unwrap();
            plan::markdown::interpret(&built, plan::DEFAULT_TEMPLATE, false).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, bench, demo);
criterion_main!(benches);
