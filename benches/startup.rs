//! The first frame: building the `App` (every workbook prepared for the screen, the city's
//! status counted) and drawing once to a TestBackend, on a generated workbook of 10,000
//! questions and on the built-in workbooks (with the demo city, as `workbook demo` starts).
//!
//! Run: `cargo bench --bench startup`. Figures are recorded in docs/performance.md.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use workbook::profile::{City, Profile, Role};
use workbook::tui::App;
use workbook::tui::theme::Theme;
use workbook::workbook::generate::synthetic;
use workbook::workbook::load::parse_workbook;

fn city() -> Profile {
    Profile::new(City {
        name: "Bench".into(),
        country: None,
        role: Role::Official,
        created: jiff::Timestamp::UNIX_EPOCH,
        number_format: Default::default(),
        track: Default::default(),
        currency: None,
        lang: None,
    })
}

/// One frame of `app`; the app is handed back so that dropping it is not timed (the program
/// keeps it until it ends).
fn first_frame(app: App, terminal: &mut Terminal<TestBackend>) -> App {
    terminal
        .draw(|frame| frame.render_widget(&app, frame.area()))
        .expect("a frame");
    black_box(app)
}

fn bench(c: &mut Criterion) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a test terminal");

    let text = synthetic("big", 10_000);
    let big = parse_workbook("big.toml", &text).expect("the generated workbook parses");
    c.bench_function("first frame: 10,000 questions", |b| {
        // The parsed workbook is the input (as the program has it after reading the file);
        // building the catalog and the app from it, and the frame, are timed.
        b.iter_batched(
            || big.clone(),
            |big| {
                let mut app = App::new(vec![big], Vec::new(), Theme::plain());
                app.open_profile(city(), false);
                app.open_workbook(0);
                first_frame(app, &mut terminal)
            },
            BatchSize::LargeInput,
        )
    });

    let demo = workbook::demo::pristine().expect("the demo city");
    c.bench_function("first frame: built-in workbooks, demo city", |b| {
        b.iter_batched(
            || demo.clone(),
            |demo| {
                let mut app =
                    App::with_catalog(workbook::builtin::catalog(), Vec::new(), Theme::plain());
                app.demo = true;
                app.open_profile(demo, false);
                first_frame(app, &mut terminal)
            },
            BatchSize::SmallInput,
        )
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
