//! Per-keystroke cost of the TUI on a generated workbook of 10,000 questions: one key through
//! `App::update` plus a full render of a 200x60 frame to a TestBackend. Also the cost of
//! moving on after an answer changed (relevance and progress recomputed once).
//!
//! Run: `cargo bench --bench tui`. Figures are recorded in docs/performance.md.

use std::fmt::Write as _;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use workbook::profile::{City, Profile, Role};
use workbook::tui::theme::Theme;
use workbook::tui::{Action, App};
use workbook::workbook::load::parse_workbook;

const SECTIONS: usize = 100;
const PER_SECTION: usize = 100;

/// 10,000 questions of mixed kinds, every fifth one a follow-up of the question before it.
fn big_workbook() -> String {
    let mut toml = String::from(
        "id = \"big\"\ntitle = \"Big\"\narea = \"mapping\"\nversion = 1\nsummary = \"s\"\n",
    );
    for s in 0..SECTIONS {
        let _ = write!(
            toml,
            "\n[[sections]]\nid = \"s{s}\"\ntitle = \"Section {s}\"\n"
        );
        for q in 0..PER_SECTION {
            let id = format!("q{s}_{q}");
            let (kind, extra) = match q % 5 {
                0 => ("yes_no", String::new()),
                1 => ("short_text", format!("show_if = {{ question = \"q{s}_{}\", equals = true }}\n", q - 1)),
                2 => ("long_text", String::new()),
                3 => ("number", "min = 0\n".to_string()),
                _ => ("multi_choice", "choices = [{ value = \"a\", label = \"A\" }, { value = \"b\", label = \"B\" }]\n".to_string()),
            };
            let _ = write!(
                toml,
                "\n[[sections.questions]]\nid = \"{id}\"\nkind = \"{kind}\"\nprompt = \"Question {id}: what does the city know about this?\"\nguidance = \"\"\"\n**Why it matters:** a reason.\n\n- one point\n- another point with a [link](https://example.org)\n\"\"\"\nrequired = {}\n{extra}",
                q % 3 == 0
            );
        }
    }
    toml
}

fn app() -> App {
    let book = parse_workbook("big.toml", &big_workbook()).expect("the generated workbook parses");
    assert_eq!(book.question_count(), SECTIONS * PER_SECTION);
    let mut app = App::new(vec![book], Vec::new(), Theme::plain());
    let city = City {
        name: "Bench".into(),
        country: None,
        role: Role::Official,
        created: jiff::Timestamp::UNIX_EPOCH,
        number_format: Default::default(),
        track: Default::default(),
        currency: None,
        lang: None,
    };
    app.open_profile(Profile::new(city), false);
    app.size = (200, 60);
    app
}

/// A megabyte of prose: paragraphs of about 600 characters.
fn megabyte() -> String {
    let sentence = "The youth council meets monthly with the city's prevention team and reports \
                    what young people see in schools, sports clubs and online. ";
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 1 << 20 {
        text.push_str(sentence);
        n += 1;
        if n % 4 == 0 {
            text.push_str("\n\n");
        }
    }
    text
}

fn key(code: KeyCode) -> Action {
    Action::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn bench(c: &mut Criterion) {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("a test terminal");

    // Typing in a long-text answer in the middle of the workbook.
    let mut typing = app();
    typing.open_question(0, 5002);
    let mut flip = false;
    c.bench_function("keystroke: type in a text answer + render 200x60", |b| {
        b.iter(|| {
            flip = !flip;
            let action = if flip {
                key(KeyCode::Char('a'))
            } else {
                key(KeyCode::Backspace)
            };
            typing.update(action);
            terminal
                .draw(|f| f.render_widget(&typing, f.area()))
                .expect("draws");
        })
    });

    // The same keystroke without the TestBackend: update plus drawing into a plain Buffer. The
    // difference to the line above is the backend's own diffing of 12,000 cells.
    let area = ratatui::layout::Rect::new(0, 0, 200, 60);
    let mut buffer = ratatui::buffer::Buffer::empty(area);
    c.bench_function(
        "keystroke: type in a text answer + render into a Buffer",
        |b| {
            b.iter(|| {
                flip = !flip;
                let action = if flip {
                    key(KeyCode::Char('a'))
                } else {
                    key(KeyCode::Backspace)
                };
                typing.update(action);
                buffer.reset();
                ratatui::widgets::Widget::render(&typing, area, &mut buffer);
            })
        },
    );

    // Typing at the start of a long-text answer of a megabyte (prose in paragraphs, as a pasted
    // report): every row after the cursor moves, so this is the worst place to type.
    let mut large = app();
    large.open_question(0, 5002);
    large.update(Action::Paste(megabyte()));
    large.update(Action::Key(KeyEvent::new(
        KeyCode::Home,
        KeyModifiers::CONTROL,
    )));
    terminal
        .draw(|f| f.render_widget(&large, f.area()))
        .expect("draws");
    c.bench_function(
        "keystroke: type in a 1 MB long-text answer + render 200x60",
        |b| {
            b.iter(|| {
                flip = !flip;
                let action = if flip {
                    key(KeyCode::Char('a'))
                } else {
                    key(KeyCode::Backspace)
                };
                large.update(action);
                terminal
                    .draw(|f| f.render_widget(&large, f.area()))
                    .expect("draws");
            })
        },
    );

    // The floor: an empty 200x60 frame through Terminal::draw and the TestBackend.
    c.bench_function("floor: empty 200x60 frame to the TestBackend", |b| {
        b.iter(|| {
            terminal
                .draw(|f| f.render_widget(ratatui::widgets::Clear, f.area()))
                .expect("draws");
        })
    });

    // Moving the highlight in a multiple-choice answer.
    let mut choosing = app();
    choosing.open_question(0, 5004);
    c.bench_function("keystroke: move in a choice answer + render 200x60", |b| {
        b.iter(|| {
            flip = !flip;
            choosing.update(key(if flip { KeyCode::Down } else { KeyCode::Up }));
            terminal
                .draw(|f| f.render_widget(&choosing, f.area()))
                .expect("draws");
        })
    });

    // Changing an answer and moving on: records it, recomputes relevance and progress once.
    let mut answering = app();
    c.bench_function(
        "answer changed: toggle yes/no, next, back + render 200x60",
        |b| {
            b.iter(|| {
                answering.open_question(0, 5000);
                flip = !flip;
                answering.update(key(KeyCode::Char(if flip { 'y' } else { 'n' })));
                answering.update(key(KeyCode::Enter));
                terminal
                    .draw(|f| f.render_widget(&answering, f.area()))
                    .expect("draws");
            })
        },
    );
}

/// The design choice behind "answer changed": the TUI's cached recompute (only questions with
/// a show-if are evaluated, through an id-to-index map) against the obvious way, the general
/// `Profile::relevance` plus `progress` over every question, in the same run.
fn relevance(c: &mut Criterion) {
    let workbook = std::sync::Arc::new(
        parse_workbook("big.toml", &big_workbook()).expect("the generated workbook parses"),
    );
    let mut profile = Profile::new(City {
        name: "Bench".into(),
        country: None,
        role: Role::Official,
        created: jiff::Timestamp::UNIX_EPOCH,
        number_format: Default::default(),
        track: Default::default(),
        currency: None,
        lang: None,
    });
    for q in workbook
        .questions()
        .filter(|q| q.kind() == workbook::workbook::Kind::YesNo)
    {
        let yes = workbook::answer::Response::new(workbook::answer::Value::Bool(true), None);
        workbook::profile::edit::record(
            &mut profile,
            &workbook,
            q,
            &yes,
            workbook::profile::edit::Given::Typed,
            jiff::Timestamp::UNIX_EPOCH,
        )
        .expect("yes is an answer");
    }
    let reader = workbook::profile::Reader::new(
        workbook::workbook::Audience::Official,
        workbook::profile::Track::Full,
    );
    let catalog = workbook::workbook::Catalog::of(vec![workbook::workbook::LoadedWorkbook::new(
        (*workbook).clone(),
        workbook::workbook::Origin::BuiltIn,
    )]);
    let mut status = workbook::profile::Status::new(&catalog, &profile);
    let id = workbook
        .questions()
        .nth(5000)
        .expect("a question")
        .id()
        .to_string();
    let mut group = c.benchmark_group("relevance after an answer change, 10,000 questions");
    group.bench_function("cached (Status::answer_changed, as the TUI does)", |b| {
        b.iter(|| {
            status.answer_changed(&catalog, &profile, "big", &id);
            status.progress(&catalog, 0, reader)
        })
    });
    group.bench_function("obvious (Status::new + progress over all)", |b| {
        b.iter(|| {
            let status = workbook::profile::Status::new(&catalog, &profile);
            status.progress(&catalog, 0, reader)
        })
    });
    group.finish();
}

criterion_group!(benches, bench, relevance);
criterion_main!(benches);
