//! Whole-screen snapshots of every screen at 80x24 and at a small size (40x12), and renders at
//! tiny sizes that must not panic. Built on the fixture workbook, not the built-in ones.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use tui_support::*;
use workbook::answer::Value;
use workbook::profile::Role;
use workbook::tui::App;
use workbook::tui::theme::Theme;

fn both(name: &str, app: &App) {
    insta::assert_snapshot!(format!("{name}_80x24"), screen(app, 80, 24));
    insta::assert_snapshot!(format!("{name}_40x12"), screen(app, 40, 12));
}

/// An app with a few answers, so that progress, review and search have something to show.
fn answered() -> App {
    let mut app = app_with(Role::Mayor);
    at(&mut app, "name");
    typed(&mut app, "Ada Lovelace");
    press(&mut app, &[enter()]);
    typed(&mut app, "Two incidents near the station.");
    press(&mut app, &[ctrl('n'), ch(' ')]);
    // The follow-up on the trend: Space picks the highlighted "Rising".
    press(&mut app, &[enter(), ch(' '), enter()]);
    app.saved(Ok(()));
    app
}

#[test]
fn city_screens() {
    let app = App::new(vec![demo()], Vec::new(), Theme::plain());
    both("city_form", &app);
    both("city_list", &picker());
    // No city yet: Esc leaves the form for the list, which offers the demo city.
    let mut first = App::new(vec![demo()], Vec::new(), Theme::plain());
    press(&mut first, &[key(KeyCode::Esc)]);
    both("city_list_first", &first);
    press(&mut first, &[enter(), key(KeyCode::Tab), key(KeyCode::Tab)]);
    both("city_form_role", &first);
}

#[test]
fn home_screen() {
    let mut app = answered();
    press(&mut app, &[key(KeyCode::Esc)]);
    both("home", &app);
}

#[test]
fn question_screens_of_every_kind() {
    let mut app = answered();
    for id in [
        "name",
        "story",
        "threats",
        "trend",
        "has_mapping",
        "population",
        "cohesion",
        "budget_note",
    ] {
        at(&mut app, id);
        both(&format!("question_{id}"), &app);
    }
    at(&mut app, "has_mapping");
    press(&mut app, &[ch('y'), enter()]);
    typed(&mut app, "2024-13");
    both("question_date_invalid", &app);
    at(&mut app, "sources");
    press(&mut app, &[ch('a')]);
    typed(&mut app, "Police data");
    press(&mut app, &[enter(), ch('a')]);
    typed(&mut app, "Survey");
    press(&mut app, &[enter()]);
    both("question_list", &app);
    at(&mut app, "stakeholders");
    press(&mut app, &[ch('a')]);
    typed(&mut app, "Red Cross");
    press(&mut app, &[key(KeyCode::Tab), ch(' '), key(KeyCode::Tab)]);
    typed(&mut app, "2020-01-01");
    press(&mut app, &[enter()]);
    both("question_table", &app);
    at(&mut app, "name");
    press(&mut app, &[ctrl('e')]);
    both("question_example", &app);
}

#[test]
fn outline_search_review_and_help() {
    let mut app = answered();
    at(&mut app, "population");
    press(&mut app, &[ctrl('o')]);
    both("outline", &app);
    press(&mut app, &[key(KeyCode::Esc), ctrl('f')]);
    typed(&mut app, "city");
    both("search", &app);
    press(&mut app, &[key(KeyCode::Esc), ctrl('r')]);
    both("review", &app);
    press(&mut app, &[key(KeyCode::Esc), key(KeyCode::F(1))]);
    both("help", &app);
    press(&mut app, &[key(KeyCode::Esc), ctrl('l')]);
    both("plan", &app);
}

#[test]
fn read_only_and_not_saved_states() {
    let mut app = App::new(vec![demo()], Vec::new(), Theme::plain());
    app.open_profile(workbook::profile::Profile::new(city(Role::Official)), true);
    at(&mut app, "name");
    both("read_only", &app);
    let mut app = answered();
    at(&mut app, "story");
    typed(&mut app, " More.");
    press(&mut app, &[ctrl('s')]);
    app.saved(Err("No space left on device".into()));
    both("not_saved", &app);
}

#[test]
fn tiny_sizes_never_panic_and_ask_for_a_larger_window() {
    let mut apps = vec![
        App::new(vec![demo()], Vec::new(), Theme::plain()),
        picker(),
        answered(),
    ];
    let mut question = answered();
    at(&mut question, "stakeholders");
    press(&mut question, &[ch('a')]);
    apps.push(question);
    let mut help = answered();
    press(&mut help, &[ch('?')]);
    apps.push(help);
    for app in &apps {
        for w in 1..=10 {
            for h in 1..=5 {
                screen(app, w, h);
            }
        }
        for (w, h) in [(39, 24), (80, 11), (40, 12), (41, 13), (200, 60), (300, 12)] {
            screen(app, w, h);
        }
    }
    insta::assert_snapshot!("too_small_30x8", screen(&apps[2], 30, 8));
}

#[test]
fn hostile_workbook_text_never_reaches_the_screen_raw() {
    let hostile = tui_support::DEMO.replace(
        "Who leads the mapping?",
        r"Who\u001b]0;pwned\u0007 leads\u001b[2J?",
    );
    let book = workbook::workbook::load::parse_workbook("h.toml", &hostile).expect("parses");
    let mut app = App::new(vec![book], Vec::new(), Theme::plain());
    app.open_profile(workbook::profile::Profile::new(city(Role::Mayor)), false);
    at(&mut app, "name");
    let text = screen(&app, 80, 24);
    assert!(text.contains("Who leads?"), "{text}");
    assert!(!text.contains('\u{1b}') && !text.contains("pwned"));
}

#[test]
fn wide_and_right_to_left_answers_render_and_are_kept_exactly() {
    let mut app = app();
    at(&mut app, "name");
    typed(&mut app, "東京 קהילה e\u{301}");
    press(&mut app, &[ctrl('s')]);
    assert_eq!(
        value(&app, "name"),
        Some(Value::Text("東京 קהילה e\u{301}".into()))
    );
    screen(&app, 80, 24);
    screen(&app, 7, 3);
}
