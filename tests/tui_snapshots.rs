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
    answered_in(Theme::plain())
}

fn answered_in(theme: Theme) -> App {
    let mut app = app_in(Role::Mayor, theme);
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
    typed(&mut app, "Lyon Youth Council for the Rights of Children");
    press(
        &mut app,
        &[key(KeyCode::Tab), enter(), key(KeyCode::Down), enter()],
    );
    press(&mut app, &[key(KeyCode::Tab)]);
    typed(&mut app, "2020-01-01");
    press(
        &mut app,
        &[enter(), key(KeyCode::Tab), key(KeyCode::Tab), enter()],
    );
    both("question_table_picking", &app);
    press(&mut app, &[key(KeyCode::Esc), key(KeyCode::Home)]);
    for _ in 0..4 {
        press(&mut app, &[key(KeyCode::Left)]);
    }
    both("question_table", &app);
    at(&mut app, "name");
    press(&mut app, &[key(KeyCode::F(4))]);
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

/// The screens a trainer shows, in the projector's colours (snapshots are text: the colours
/// themselves are checked cell by cell below).
#[test]
fn projector_theme_screens() {
    let mut app = answered_in(Theme::projector());
    press(&mut app, &[key(KeyCode::Esc)]);
    both("projector_home", &app);
    at(&mut app, "trend");
    both("projector_question_trend", &app);
    press(&mut app, &[ctrl('o')]);
    both("projector_outline", &app);
    press(&mut app, &[key(KeyCode::F(1))]);
    both("projector_help", &app);
}

/// `answered_in(theme)`'s city after it closed round 2026: in the new round it kept the
/// leader (F6), changed the story and cleared the trend; the threats are still to confirm.
fn next_round_in(theme: Theme) -> App {
    let mut app = answered_in(theme);
    close_round(&mut app, "2026");
    at(&mut app, "name");
    press(&mut app, &[key(KeyCode::F(6))]);
    at(&mut app, "story");
    typed(&mut app, " And a march in May.");
    press(&mut app, &[ctrl('n')]);
    at(&mut app, "trend");
    press(&mut app, &[key(KeyCode::Backspace), ctrl('n')]);
    app.saved(Ok(()));
    app
}

/// Last round's answer beside this one, the key to keep a carried answer, the home screen's
/// count of this round, the review's marks and filter, and the outline's mark.
#[test]
fn round_screens() {
    let mut app = next_round_in(Theme::plain());
    for (id, name) in [
        ("threats", "carried"),
        ("name", "kept"),
        ("story", "changed"),
        ("trend", "cleared"),
    ] {
        at(&mut app, id);
        both(&format!("question_round_{name}"), &app);
    }
    press(&mut app, &[key(KeyCode::Esc)]);
    both("home_round", &app);
    press(&mut app, &[ch('r')]);
    both("review_round", &app);
    press(&mut app, &[ch('f')]);
    both("review_round_to_confirm", &app);
    press(&mut app, &[ch('f')]);
    both("review_round_changed", &app);
    press(&mut app, &[ch('o')]);
    both("outline_round", &app);
}

#[test]
fn projector_round_screens() {
    let mut app = next_round_in(Theme::projector());
    at(&mut app, "threats");
    both("projector_question_round_carried", &app);
    press(&mut app, &[key(KeyCode::Esc)]);
    both("projector_home_round", &app);
}

/// Every screen in the states a user meets, for the legibility check.
fn every_screen(theme: Theme) -> Vec<(String, App)> {
    let mut out = Vec::new();
    let mut home = answered_in(theme);
    // Esc from a question highlights its workbook.
    press(&mut home, &[key(KeyCode::Esc)]);
    out.push(("home, a workbook highlighted".to_string(), home));
    let mut home = answered_in(theme);
    press(&mut home, &[key(KeyCode::Esc), key(KeyCode::Up)]);
    out.push(("home, continue highlighted".to_string(), home));
    for id in [
        "name",
        "story",
        "threats",
        "trend",
        "has_mapping",
        "population",
        "cohesion",
        "budget_note",
        "sources",
        "stakeholders",
    ] {
        let mut app = answered_in(theme);
        at(&mut app, id);
        out.push((format!("question {id}"), app));
    }
    let screens: [(&str, &[workbook::tui::Action]); 6] = [
        ("outline", &[ctrl('o')]),
        ("review", &[ctrl('r')]),
        ("plan", &[ctrl('l')]),
        ("help", &[key(KeyCode::F(1))]),
        ("example", &[ctrl('e')]),
        ("search", &[ctrl('f'), ch('c'), ch('i'), ch('t'), ch('y')]),
    ];
    for (name, keys) in screens {
        let mut app = answered_in(theme);
        at(&mut app, "population");
        press(&mut app, keys);
        out.push((name.to_string(), app));
    }
    let mut not_saved = answered_in(theme);
    at(&mut not_saved, "story");
    typed(&mut not_saved, " More.");
    press(&mut not_saved, &[ctrl('s')]);
    not_saved.saved(Err("No space left on device".into()));
    out.push(("not saved".to_string(), not_saved));
    out.push((
        "city form".to_string(),
        App::new(vec![demo()], Vec::new(), theme),
    ));
    let mut list = picker();
    list.theme = theme;
    out.push(("city list".to_string(), list));
    for (id, name) in [
        ("threats", "carried"),
        ("story", "changed"),
        ("name", "kept"),
    ] {
        let mut app = next_round_in(theme);
        at(&mut app, id);
        out.push((format!("question {name} since the last round"), app));
    }
    let rounds: [(&str, &[workbook::tui::Action]); 3] = [
        ("home with this round's count", &[key(KeyCode::Esc)]),
        ("review to confirm", &[ctrl('r'), ch('f')]),
        ("outline with a carried answer", &[ctrl('o')]),
    ];
    for (name, keys) in rounds {
        let mut app = next_round_in(theme);
        at(&mut app, "threats");
        press(&mut app, keys);
        out.push((name.to_string(), app));
    }
    out
}

#[test]
fn no_screen_in_any_theme_draws_text_in_the_colour_of_its_background() {
    let themes = [Theme::default_colors(), Theme::projector(), Theme::plain()];
    for theme in themes {
        for (name, app) in every_screen(theme) {
            for (w, h) in [(80, 24), (40, 12)] {
                let bad = illegible_cells(&draw(&app, w, h));
                assert!(
                    bad.is_empty(),
                    "{:?} theme, {name} at {w}x{h}: {bad:#?}",
                    theme.name
                );
            }
        }
    }
}

#[test]
fn the_projector_paints_every_cell_white_on_black_and_never_dark_grey() {
    use ratatui::style::Color;
    for (name, app) in every_screen(Theme::projector()) {
        let buffer = draw(&app, 80, 24);
        for cell in buffer.content() {
            assert_ne!(cell.bg, Color::Reset, "{name}: unpainted ground");
            assert_ne!(cell.fg, Color::DarkGray, "{name}: dark grey text");
            assert_ne!(cell.bg, Color::DarkGray, "{name}: dark grey ground");
        }
    }
    // The highlighted row is black on white, and bold.
    let mut app = answered_in(Theme::projector());
    press(&mut app, &[key(KeyCode::Esc), key(KeyCode::Up)]);
    let buffer = draw(&app, 80, 24);
    let cell = &buffer[(3, 1)];
    assert_eq!(cell.symbol(), "C", "the continue row is highlighted");
    assert_eq!((cell.fg, cell.bg), (Color::Black, Color::White), "{cell:?}");
    assert!(cell.modifier.contains(ratatui::style::Modifier::BOLD));
}

#[test]
fn v_on_the_home_screen_switches_to_the_projector_and_back() {
    let mut app = answered_in(Theme::default_colors());
    press(&mut app, &[key(KeyCode::Esc)]);
    let text = screen(&app, 80, 24);
    assert!(
        text.contains("v projector"),
        "the footer shows the key: {text}"
    );
    press(&mut app, &[ch('v')]);
    assert_eq!(app.theme, Theme::projector());
    assert!(screen(&app, 80, 24).contains("projector colours: high contrast"));
    press(&mut app, &[ch('v')]);
    assert_eq!(app.theme, Theme::default_colors());
    // NO_COLOR stays: the projector without colour is modifiers only.
    let mut plain = answered_in(Theme::plain());
    press(&mut plain, &[key(KeyCode::Esc), ch('v')]);
    assert!(!plain.theme.color);
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
