//! Drives the TUI without a terminal: a fixture workbook, an in-memory profile, keys in.

#![allow(dead_code)]

use jiff::Timestamp;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use workbook::profile::{City, Profile, Role};
use workbook::tui::screen::city::CityRow;
use workbook::tui::theme::{Theme, illegible, seen};
use workbook::tui::{Action, App, Command};
use workbook::workbook::Workbook;
use workbook::workbook::load::parse_workbook;

pub const DEMO: &str = include_str!("../fixtures/tui/demo.toml");

pub fn demo() -> Workbook {
    parse_workbook("demo.toml", DEMO).expect("the fixture workbook parses")
}

pub fn now() -> Timestamp {
    "2026-03-01T10:00:00Z".parse().expect("a timestamp")
}

pub fn city(role: Role) -> City {
    City {
        name: "Riverton".into(),
        country: Some("Examplia".into()),
        role,
        created: now(),
        number_format: Default::default(),
        track: Default::default(),
        currency: None,
        lang: None,
    }
}

/// An app with the demo workbook and an open profile, on the home screen.
pub fn app_with(role: Role) -> App {
    app_in(role, Theme::plain())
}

/// [`app_with`] in the colours of `theme` (the projector's, or the default ones).
pub fn app_in(role: Role, theme: Theme) -> App {
    let mut app = App::new(vec![demo()], Vec::new(), theme);
    app.now = now();
    app.open_profile(Profile::new(city(role)), false);
    app
}

pub fn app() -> App {
    app_with(Role::Official)
}

/// An app on the city picker with two cities.
pub fn picker() -> App {
    let rows = vec![
        CityRow {
            name: "Lyon".into(),
            country: Some("France".into()),
            role: Role::Mayor,
        },
        CityRow {
            name: "Riverton".into(),
            country: None,
            role: Role::Official,
        },
    ];
    App::new(vec![demo()], rows, Theme::plain())
}

pub fn key(code: KeyCode) -> Action {
    Action::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn ctrl(c: char) -> Action {
    Action::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

#[allow(dead_code)]
pub fn alt(c: char) -> Action {
    Action::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT))
}

pub fn ch(c: char) -> Action {
    Action::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

/// Types `text` one key at a time; returns every command produced.
pub fn typed(app: &mut App, text: &str) -> Vec<Command> {
    text.chars().flat_map(|c| app.update(ch(c))).collect()
}

pub fn press(app: &mut App, actions: &[Action]) -> Vec<Command> {
    actions.iter().flat_map(|a| app.update(a.clone())).collect()
}

pub fn enter() -> Action {
    key(KeyCode::Enter)
}

/// Opens the demo workbook at question `id`.
pub fn at(app: &mut App, id: &str) {
    let index = app.books[0]
        .index_of(id)
        .expect("a question of the fixture");
    app.open_question(0, index);
}

pub fn current(app: &App) -> Option<String> {
    match &app.screen {
        workbook::tui::screen::Screen::Question(q) => {
            Some(app.books[q.book].items[q.index].id.clone())
        }
        _ => None,
    }
}

pub fn profile(app: &App) -> &Profile {
    app.profile.as_ref().expect("a profile is open")
}

pub fn value(app: &App, q: &str) -> Option<workbook::answer::Value> {
    profile(app).value("demo", q).cloned()
}

/// The screen as drawn, with its colours.
pub fn draw(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draws");
    terminal.backend().buffer().clone()
}

/// Every cell whose text cannot be read on its background, as "x,y 'c': why".
pub fn illegible_cells(buffer: &Buffer) -> Vec<String> {
    let mut out = Vec::new();
    for cell_y in 0..buffer.area.height {
        for cell_x in 0..buffer.area.width {
            let cell = &buffer[(cell_x, cell_y)];
            if cell.symbol().trim().is_empty() {
                continue;
            }
            let (fg, bg) = seen(cell.fg, cell.bg, cell.modifier);
            if let Some(why) = illegible(fg, bg) {
                out.push(format!("{cell_x},{cell_y} {:?}: {why}", cell.symbol()));
            }
        }
    }
    out
}

/// The screen as text, as a person would read it.
pub fn screen(app: &App, width: u16, height: u16) -> String {
    let buffer = &draw(app, width, height);
    let mut out = String::new();
    for y in 0..height {
        let mut line = String::new();
        for x in 0..width {
            line.push_str(buffer[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

pub fn number(n: i64) -> workbook::answer::Value {
    workbook::answer::Value::Number(workbook::answer::Number::from_i64(n))
}

/// When the test city closes its round: after the answers `now()` gives, before `later()`.
pub fn closing() -> Timestamp {
    "2026-12-01T10:00:00Z".parse().expect("a timestamp")
}

/// A time in the round after the one closed at `closing()`.
pub fn later() -> Timestamp {
    "2027-02-01T09:30:00Z".parse().expect("a timestamp")
}

/// Closes the city's round as `label` (as `workbook round close` does) and opens the city again,
/// as the program's next start would, at `later()`: every answer is carried over.
pub fn close_round(app: &mut App, label: &str) {
    let mut profile = app.profile.take().expect("a profile is open");
    workbook::profile::round::close(&mut profile, label, closing()).expect("the round closes");
    app.now = later();
    app.open_profile(profile, false);
}
