//! Behaviour of every key binding, driven without a terminal: actions in, state and commands out.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use tui_support::*;
use workbook::answer::Value;
use workbook::profile::Role;
use workbook::tui::screen::Screen;
use workbook::tui::{Action, Command, SaveState};

#[test]
fn city_form_creates_a_city_with_name_country_and_role() {
    let mut app = workbook::tui::App::new(
        vec![demo()],
        Vec::new(),
        workbook::tui::theme::Theme::plain(),
    );
    assert!(screen(&app, 80, 24).contains("A new city"));
    typed(&mut app, "Zürich 東京");
    press(&mut app, &[key(KeyCode::Tab)]);
    typed(&mut app, "Schweiz");
    press(&mut app, &[key(KeyCode::Tab), ch(' ')]);
    let commands = press(&mut app, &[enter()]);
    let [Command::CreateCity(city)] = commands.as_slice() else {
        panic!("{commands:?}")
    };
    assert_eq!(city.name, "Zürich 東京");
    assert_eq!(city.country.as_deref(), Some("Schweiz"));
    assert_eq!(city.role, Role::Mayor);
}

#[test]
fn city_form_refuses_an_empty_name() {
    let mut app = workbook::tui::App::new(
        vec![demo()],
        Vec::new(),
        workbook::tui::theme::Theme::plain(),
    );
    assert!(press(&mut app, &[enter()]).is_empty());
    assert!(
        app.message
            .as_ref()
            .is_some_and(|(m, _)| m.contains("name"))
    );
}

#[test]
fn city_list_opens_the_highlighted_city_and_n_starts_a_new_one() {
    let mut app = picker();
    assert_eq!(
        press(&mut app, &[key(KeyCode::Down), enter()]),
        vec![Command::OpenCity("Riverton".into())]
    );
    press(&mut app, &[ch('n')]);
    assert!(screen(&app, 80, 24).contains("A new city"));
    press(&mut app, &[key(KeyCode::Esc)]);
    assert!(screen(&app, 80, 24).contains("Which city"));
}

#[test]
fn home_enter_opens_the_workbook_and_c_continues_where_the_city_left_off() {
    let mut app = app();
    press(&mut app, &[key(KeyCode::Down), enter()]);
    assert_eq!(current(&app).as_deref(), Some("name"));
    at(&mut app, "population");
    press(&mut app, &[key(KeyCode::Esc)]);
    assert!(matches!(app.screen, Screen::Home(_)));
    press(&mut app, &[ch('c')]);
    assert_eq!(current(&app).as_deref(), Some("population"));
    assert_eq!(
        profile(&app)
            .resume
            .questions
            .get("demo")
            .map(String::as_str),
        Some("population")
    );
}

#[test]
fn typing_then_enter_saves_the_answer_and_moves_on() {
    let mut app = app();
    at(&mut app, "name");
    typed(&mut app, "Ada Lovelace");
    assert_eq!(app.save, SaveState::Pending);
    let commands = press(&mut app, &[enter()]);
    assert_eq!(commands, vec![Command::Save]);
    assert_eq!(
        value(&app, "name"),
        Some(Value::Text("Ada Lovelace".into()))
    );
    assert_eq!(current(&app).as_deref(), Some("story"));
    app.saved(Ok(()));
    assert_eq!(app.save, SaveState::Saved);
}

#[test]
fn enter_types_a_line_break_in_long_text_and_ctrl_n_moves_on() {
    let mut app = app();
    at(&mut app, "story");
    typed(&mut app, "one");
    press(&mut app, &[enter()]);
    typed(&mut app, "two");
    assert_eq!(current(&app).as_deref(), Some("story"));
    press(&mut app, &[ctrl('n')]);
    assert_eq!(value(&app, "story"), Some(Value::Text("one\ntwo".into())));
    assert_eq!(current(&app).as_deref(), Some("threats"));
}

#[test]
fn an_invalid_answer_is_kept_as_a_draft_and_next_and_back_still_work() {
    let mut app = app();
    press(&mut app, &[]);
    at(&mut app, "has_mapping");
    press(&mut app, &[ch('y'), enter()]);
    assert_eq!(current(&app).as_deref(), Some("last_mapping"));
    typed(&mut app, "2024-13");
    let commands = press(&mut app, &[enter()]);
    assert_eq!(commands, vec![Command::Save], "the draft is saved");
    assert_eq!(
        current(&app).as_deref(),
        Some("population"),
        "next works on an invalid answer"
    );
    assert_eq!(profile(&app).draft("demo", "last_mapping"), Some("2024-13"));
    assert!(
        app.message
            .as_ref()
            .is_some_and(|(m, warn)| *warn && m.contains("not a date"))
    );
    press(&mut app, &[ctrl('p')]);
    assert_eq!(current(&app).as_deref(), Some("last_mapping"));
    assert!(
        screen(&app, 80, 24).contains("2024-13"),
        "the typed text is back"
    );
    press(
        &mut app,
        &[key(KeyCode::Backspace), key(KeyCode::Backspace)],
    );
    typed(&mut app, "03-31");
    press(&mut app, &[ctrl('p')]);
    assert_eq!(
        value(&app, "last_mapping"),
        Some(Value::Text("2024-03-31".into()))
    );
    assert_eq!(profile(&app).draft("demo", "last_mapping"), None);
}

#[test]
fn follow_up_questions_appear_and_disappear_with_earlier_answers() {
    let mut app = app();
    at(&mut app, "threats");
    press(&mut app, &[ch(' '), enter()]);
    assert_eq!(
        current(&app).as_deref(),
        Some("trend"),
        "picking hate shows the follow-up"
    );
    press(&mut app, &[key(KeyCode::Down), enter()]);
    assert_eq!(value(&app, "trend"), Some(Value::Text("flat".into())));
    at(&mut app, "threats");
    press(&mut app, &[ch(' '), key(KeyCode::Down), ch(' '), enter()]);
    assert_eq!(
        current(&app).as_deref(),
        Some("has_mapping"),
        "the follow-up is skipped now"
    );
    assert_eq!(
        value(&app, "trend"),
        Some(Value::Text("flat".into())),
        "its answer is kept"
    );
    press(&mut app, &[ctrl('r')]);
    assert!(screen(&app, 80, 40).contains("About the same (kept; does not apply)"));
}

#[test]
fn other_text_is_typed_in_place_and_picks_other() {
    let mut app = app();
    at(&mut app, "threats");
    press(&mut app, &[key(KeyCode::End)]);
    typed(&mut app, "graffiti?");
    press(&mut app, &[enter()]);
    let answer = profile(&app).answer("demo", "threats").expect("answered");
    assert_eq!(answer.value, Value::List(vec!["other".into()]));
    assert_eq!(answer.other.as_deref(), Some("graffiti?"));
}

#[test]
fn yes_no_scale_and_number_editors() {
    let mut app = app();
    at(&mut app, "has_mapping");
    press(&mut app, &[ch('n'), enter()]);
    assert_eq!(value(&app, "has_mapping"), Some(Value::Bool(false)));
    assert_eq!(
        current(&app).as_deref(),
        Some("population"),
        "no date question after no"
    );
    typed(&mut app, "-5");
    press(&mut app, &[enter()]);
    assert!(value(&app, "population").is_none());
    press(&mut app, &[ctrl('p')]);
    press(
        &mut app,
        &[key(KeyCode::Backspace), key(KeyCode::Backspace)],
    );
    // In a city that writes decimal points, `12,500` could be twelve thousand five hundred or
    // twelve and a half: it is kept as a draft, with both readings shown, never guessed.
    typed(&mut app, "12,500");
    press(&mut app, &[enter()]);
    assert!(value(&app, "population").is_none());
    let (note, _) = app.message.clone().expect("a note");
    assert!(note.contains("12500") && note.contains("12.5"), "{note}");
    press(&mut app, &[ctrl('p')]);
    for _ in 0.."12,500".len() {
        press(&mut app, &[key(KeyCode::Backspace)]);
    }
    typed(&mut app, "12 500");
    press(&mut app, &[enter()]);
    assert_eq!(value(&app, "population"), Some(number(12500)));
    assert_eq!(current(&app).as_deref(), Some("cohesion"));
    press(&mut app, &[ch('4')]);
    press(&mut app, &[key(KeyCode::Right), key(KeyCode::Right)]);
    press(&mut app, &[enter()]);
    assert_eq!(value(&app, "cohesion"), Some(number(5)));
    at(&mut app, "cohesion");
    press(&mut app, &[key(KeyCode::Backspace), ctrl('n')]);
    assert_eq!(value(&app, "cohesion"), None, "Backspace clears a scale");
}

#[test]
fn enter_on_an_untouched_choice_moves_on_without_answering() {
    let mut app = app();
    at(&mut app, "has_mapping");
    press(&mut app, &[enter()]);
    assert_eq!(
        value(&app, "has_mapping"),
        None,
        "Enter alone must not record \"yes\""
    );
    at(&mut app, "has_mapping");
    press(&mut app, &[key(KeyCode::Down), enter()]);
    assert_eq!(
        value(&app, "has_mapping"),
        Some(Value::Bool(false)),
        "moving the highlight, then Enter, picks it"
    );
}

#[test]
fn list_items_are_added_edited_reordered_and_removed() {
    let mut app = app();
    at(&mut app, "sources");
    press(&mut app, &[ch('a')]);
    typed(&mut app, "Police data");
    press(&mut app, &[enter(), ch('a')]);
    typed(&mut app, "Survey");
    press(&mut app, &[enter(), ch('K')]);
    press(&mut app, &[ctrl('s')]);
    assert_eq!(
        value(&app, "sources"),
        Some(Value::List(vec!["Survey".into(), "Police data".into()]))
    );
    press(&mut app, &[key(KeyCode::Down), enter()]);
    typed(&mut app, " 2025");
    press(
        &mut app,
        &[enter(), ch('J'), key(KeyCode::Up), ch('d'), ctrl('s')],
    );
    assert_eq!(
        value(&app, "sources"),
        Some(Value::List(vec!["Police data 2025".into()]))
    );
    press(&mut app, &[ch('a')]);
    typed(&mut app, "half typed");
    press(&mut app, &[ctrl('n')]);
    assert_eq!(
        value(&app, "sources"),
        Some(Value::List(vec![
            "Police data 2025".into(),
            "half typed".into()
        ])),
        "leaving keeps an item being typed"
    );
}

#[test]
fn table_rows_are_added_with_typed_cells_and_deleted() {
    let mut app = app();
    at(&mut app, "stakeholders");
    press(&mut app, &[ch('a')]);
    typed(&mut app, "Red Cross");
    // A choice cell opens its list; the first entry leaves the cell empty.
    press(&mut app, &[key(KeyCode::Tab), enter()]);
    assert!(screen(&app, 80, 24).contains("(leave empty)"));
    press(&mut app, &[key(KeyCode::Down), enter(), key(KeyCode::Tab)]);
    typed(&mut app, "2020-01-01");
    press(&mut app, &[key(KeyCode::Tab)]);
    typed(&mut app, "12");
    press(
        &mut app,
        &[key(KeyCode::Tab), ch(' '), key(KeyCode::Down), ch(' ')],
    );
    press(&mut app, &[ctrl('s')]);
    let Some(Value::Table(rows)) = value(&app, "stakeholders") else {
        panic!("no table")
    };
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["name"], "Red Cross");
    assert_eq!(rows[0]["sector"], "public");
    assert_eq!(rows[0]["since"], "2020-01-01");
    assert_eq!(rows[0]["staff"], "12");
    assert_eq!(rows[0]["funded"], "yes");
    press(&mut app, &[ch('d'), ctrl('s')]);
    assert_eq!(value(&app, "stakeholders"), None);
}

#[test]
fn a_table_of_hundreds_of_rows_stays_usable() {
    let mut app = app();
    at(&mut app, "stakeholders");
    for i in 0..300 {
        press(&mut app, &[ch('a')]);
        typed(&mut app, &format!("Org {i}"));
        press(&mut app, &[enter()]);
    }
    press(&mut app, &[ctrl('s')]);
    let Some(Value::Table(rows)) = value(&app, "stakeholders") else {
        panic!("no table")
    };
    assert_eq!(rows.len(), 300);
    let text = screen(&app, 80, 24);
    assert!(
        text.contains("Org 299") && !text.contains("Org 0 "),
        "the last row is in view:\n{text}"
    );
    press(&mut app, &[key(KeyCode::Home)]);
    assert!(screen(&app, 80, 24).contains("Org 0"));
    press(&mut app, &[key(KeyCode::PageDown)]);
    assert!(screen(&app, 80, 24).contains("Org 12"));
}

#[test]
fn outline_jumps_to_a_question_and_a_section() {
    let mut app = app();
    at(&mut app, "name");
    press(&mut app, &[ctrl('o')]);
    assert!(screen(&app, 80, 24).contains("Outline of Demo mapping"));
    press(&mut app, &[key(KeyCode::End), enter()]);
    assert_eq!(current(&app).as_deref(), Some("stakeholders"));
    press(&mut app, &[ctrl('o'), key(KeyCode::Home), enter()]);
    assert_eq!(
        current(&app).as_deref(),
        Some("name"),
        "a section opens at its first question"
    );
    press(&mut app, &[ctrl('o'), key(KeyCode::Esc)]);
    assert_eq!(
        current(&app).as_deref(),
        Some("name"),
        "Esc returns to the question"
    );
}

#[test]
fn ctrl_g_goes_to_the_next_unanswered_required_question() {
    let mut app = app();
    at(&mut app, "story");
    press(&mut app, &[ctrl('g')]);
    assert_eq!(current(&app).as_deref(), Some("threats"));
    press(&mut app, &[ctrl('g')]);
    assert_eq!(current(&app).as_deref(), Some("name"), "wraps around");
}

#[test]
fn search_finds_questions_guidance_and_answers() {
    let mut app = app();
    at(&mut app, "name");
    typed(&mut app, "Ada");
    press(&mut app, &[ctrl('f')]);
    typed(&mut app, "ada");
    assert!(screen(&app, 80, 24).contains("Who leads the mapping? (answer)"));
    press(&mut app, &[key(KeyCode::Esc), key(KeyCode::Esc), ch('/')]);
    typed(&mut app, "estimate");
    press(&mut app, &[enter()]);
    assert_eq!(
        current(&app).as_deref(),
        Some("population"),
        "found in the guidance"
    );
}

#[test]
fn review_lists_every_answer_and_enter_edits() {
    let mut app = app();
    at(&mut app, "name");
    typed(&mut app, "Ada");
    press(&mut app, &[ctrl('r')]);
    let text = screen(&app, 80, 40);
    assert!(text.contains("Ada"));
    assert!(text.contains("Which of these show up in the city? (required)"));
    press(&mut app, &[key(KeyCode::Down), enter()]);
    assert_eq!(current(&app).as_deref(), Some("story"));
    press(&mut app, &[key(KeyCode::Esc), ch('r'), ch('g')]);
    press(&mut app, &[enter()]);
    assert_eq!(current(&app).as_deref(), Some("threats"));
}

#[test]
fn the_role_chooses_questions_and_a_key_shows_them_all() {
    let mut app = app_with(Role::Official);
    at(&mut app, "cohesion");
    press(&mut app, &[ch('3'), enter()]);
    assert_eq!(
        current(&app).as_deref(),
        Some("sources"),
        "the mayor's question is skipped"
    );
    press(&mut app, &[ctrl('t'), ctrl('p')]);
    assert_eq!(current(&app).as_deref(), Some("budget_note"));
    assert!(screen(&app, 80, 24).contains("all questions"));
    let mut mayor = app_with(Role::Mayor);
    at(&mut mayor, "cohesion");
    press(&mut mayor, &[ch('3'), enter()]);
    assert_eq!(current(&mayor).as_deref(), Some("budget_note"));
}

#[test]
fn help_opens_with_question_mark_or_f1_and_closes_with_esc() {
    let mut app = app();
    press(&mut app, &[ch('?')]);
    assert!(app.help && screen(&app, 80, 24).contains("Keys"));
    press(&mut app, &[key(KeyCode::Down), ch('x')]);
    assert!(app.help, "other keys do nothing under help");
    press(&mut app, &[key(KeyCode::Esc)]);
    assert!(!app.help);
    at(&mut app, "name");
    typed(&mut app, "?");
    assert!(!app.help, "? types in a text answer");
    press(&mut app, &[key(KeyCode::F(1))]);
    assert!(app.help);
    press(&mut app, &[key(KeyCode::F(1))]);
    assert!(!app.help);
}

#[test]
fn ctrl_c_and_ctrl_q_save_and_quit_from_anywhere() {
    for quit in [ctrl('c'), ctrl('q')] {
        let mut app = app();
        at(&mut app, "name");
        typed(&mut app, "Ada");
        assert_eq!(
            press(&mut app, std::slice::from_ref(&quit)),
            vec![Command::Save, Command::Quit]
        );
        assert_eq!(value(&app, "name"), Some(Value::Text("Ada".into())));
        press(&mut app, &[ch('?')]);
        assert_eq!(
            press(&mut app, &[quit]),
            vec![Command::Save, Command::Quit],
            "even under help"
        );
    }
    let mut picker = picker();
    assert_eq!(
        press(&mut picker, &[ch('q')]),
        vec![Command::Quit],
        "no city, nothing to save"
    );
}

#[test]
fn sigterm_saves_and_quits() {
    let mut app = app();
    at(&mut app, "story");
    typed(&mut app, "half a sentence");
    assert_eq!(
        app.update(Action::Terminate),
        vec![Command::Save, Command::Quit]
    );
    assert_eq!(
        value(&app, "story"),
        Some(Value::Text("half a sentence".into()))
    );
}

#[test]
fn a_pause_in_typing_saves_and_a_failed_save_shows_not_saved_and_retries() {
    let mut app = app();
    at(&mut app, "story");
    typed(&mut app, "draft");
    assert_eq!(app.update(Action::Idle), vec![Command::Save]);
    assert_eq!(value(&app, "story"), Some(Value::Text("draft".into())));
    assert_eq!(
        current(&app).as_deref(),
        Some("story"),
        "idle does not move on"
    );
    app.saved(Err("disk full".into()));
    assert!(screen(&app, 80, 24).contains("NOT saved"));
    assert_eq!(app.update(Action::Idle), vec![Command::Save], "retried");
    app.saved(Ok(()));
    assert!(screen(&app, 80, 24).contains("saved"));
    assert!(app.update(Action::Idle).is_empty(), "nothing left to save");
}

#[test]
fn read_only_cities_show_a_banner_refuse_edits_and_never_save() {
    let mut app = workbook::tui::App::new(
        vec![demo()],
        Vec::new(),
        workbook::tui::theme::Theme::plain(),
    );
    app.open_profile(workbook::profile::Profile::new(city(Role::Mayor)), true);
    assert!(screen(&app, 80, 24).contains("read-only: another window is editing this city"));
    at(&mut app, "name");
    typed(&mut app, "Ada");
    let commands = press(&mut app, &[enter(), ctrl('c')]);
    assert_eq!(commands, vec![Command::Quit]);
    assert_eq!(value(&app, "name"), None);
}

#[test]
fn pasted_text_is_cleaned_and_a_pasted_newline_is_not_enter() {
    let mut app = app();
    at(&mut app, "name");
    app.update(Action::Paste("Ada\r\nLove\u{1b}[31mlace\u{7}".into()));
    assert_eq!(current(&app).as_deref(), Some("name"));
    press(&mut app, &[enter()]);
    assert_eq!(
        value(&app, "name"),
        Some(Value::Text("Ada Lovelace".into()))
    );
    at(&mut app, "story");
    app.update(Action::Paste("one\r\ntwo\u{1b}]0;title\u{7}".into()));
    press(&mut app, &[ctrl('n')]);
    assert_eq!(value(&app, "story"), Some(Value::Text("one\ntwo".into())));
}

#[test]
fn the_example_shows_on_demand_and_the_guidance_scrolls() {
    let mut app = app();
    at(&mut app, "name");
    assert!(screen(&app, 80, 24).contains("Why it matters:"));
    press(&mut app, &[key(KeyCode::F(4))]);
    let text = screen(&app, 80, 24);
    assert!(text.contains("Exampletown, Examplia") && text.contains("listening sessions"));
    press(&mut app, &[key(KeyCode::F(4))]);
    press(
        &mut app,
        &[Action::Key(ratatui::crossterm::event::KeyEvent::new(
            KeyCode::Down,
            ratatui::crossterm::event::KeyModifiers::CONTROL,
        ))],
    );
    assert!(
        !screen(&app, 80, 24).contains("Why it matters:"),
        "scrolled past the first line"
    );
}

#[test]
fn the_plan_preview_shows_the_plan_and_w_writes_it() {
    let mut app = app();
    at(&mut app, "name");
    typed(&mut app, "Ada Lovelace");
    press(&mut app, &[key(KeyCode::Esc), ch('p')]);
    assert!(matches!(app.screen, Screen::Plan(_)));
    let text = screen(&app, 80, 24);
    assert!(text.contains("Riverton: action plan"), "{text}");
    // w offers the formats, each with the file it writes; Enter writes the highlighted one.
    assert!(press(&mut app, &[key(KeyCode::PageDown), ch('w')]).is_empty());
    let chooser = screen(&app, 80, 24);
    assert!(
        chooser.contains("Write the council edition as"),
        "{chooser}"
    );
    assert!(chooser.contains("action-plan-riverton.md"), "{chooser}");
    assert!(chooser.contains("action-plan-riverton.html"), "{chooser}");
    assert!(chooser.contains("action-plan-riverton.docx"), "{chooser}");
    let commands = press(&mut app, &[key(KeyCode::Down), enter()]);
    let [
        Command::WritePlan {
            file,
            format,
            edition,
            replace,
            ..
        },
    ] = commands.as_slice()
    else {
        panic!("{commands:?}")
    };
    assert_eq!(file, "action-plan-riverton.html");
    assert_eq!(*format, workbook::plan::Format::Html);
    assert_eq!(*edition, workbook::plan::Edition::Council);
    assert!(
        !replace,
        "an existing file is never replaced without asking"
    );
    // The file exists: the app asks, and only y writes over it.
    app.confirm_replace(commands[0].clone());
    assert!(screen(&app, 80, 24).contains("already exists"));
    assert!(press(&mut app, &[ch('x')]).is_empty());
    let again = press(&mut app, &[ch('y')]);
    assert!(
        matches!(again.as_slice(), [Command::WritePlan { replace: true, .. }]),
        "{again:?}"
    );
    app.confirm_replace(commands[0].clone());
    assert!(press(&mut app, &[ch('n')]).is_empty());
    assert!(!screen(&app, 80, 24).contains("already exists"));
    // e shows the next edition, and its file name says which.
    press(&mut app, &[ch('e')]);
    assert!(screen(&app, 80, 24).contains("restricted edition"));
    press(&mut app, &[ch('w')]);
    assert!(screen(&app, 80, 24).contains("action-plan-riverton-restricted.md"));
    press(&mut app, &[key(KeyCode::Esc), key(KeyCode::Esc)]);
    assert!(matches!(app.screen, Screen::Home(_)));
    at(&mut app, "story");
    press(&mut app, &[ctrl('l')]);
    assert!(
        matches!(app.screen, Screen::Plan(_)),
        "Ctrl+L from a question"
    );
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(current(&app).as_deref(), Some("story"));
}

#[test]
fn the_plan_file_name_never_leaves_the_working_folder() {
    let mut app = workbook::tui::App::new(
        vec![demo()],
        Vec::new(),
        workbook::tui::theme::Theme::plain(),
    );
    let mut hostile = city(Role::Mayor);
    hostile.name = r"../../etc/São Paulo\x".into();
    app.open_profile(workbook::profile::Profile::new(hostile), false);
    assert_eq!(
        workbook::tui::screen::plan::plan_file_stem(
            &app.profile.as_ref().unwrap().city.name,
            workbook::plan::Edition::Public
        ),
        "action-plan-etc-são-paulo-x-public"
    );
}

/// After a failed save the header says NOT saved until a save succeeds, whatever keys follow
/// (typing, a paste, a scale point, a move to another question).
#[test]
fn a_failed_save_stays_not_saved_until_a_save_succeeds() {
    let mut app = app();
    at(&mut app, "story");
    typed(&mut app, "first");
    press(&mut app, &[ctrl('s')]);
    app.saved(Err("disk full".into()));
    let header = |app: &workbook::tui::App| screen(app, 80, 24).lines().next().unwrap().to_string();
    assert!(header(&app).contains("NOT saved"), "{}", header(&app));
    typed(&mut app, " second");
    assert!(header(&app).contains("NOT saved"));
    press(&mut app, &[Action::Paste("pasted".into())]);
    assert!(header(&app).contains("NOT saved"));
    press(
        &mut app,
        &[ctrl('n'), ctrl('n'), ctrl('n'), ctrl('n'), ctrl('n')],
    );
    at(&mut app, "cohesion");
    press(&mut app, &[ch('3'), ctrl('n')]);
    assert_eq!(app.save, SaveState::Failed("disk full".into()));
    assert!(header(&app).contains("NOT saved"), "{}", header(&app));
    app.saved(Ok(()));
    assert!(header(&app).ends_with("saved") && !header(&app).contains("NOT"));
}

/// A stored value the program does not understand is shown as such and kept: walking past it
/// records nothing; answering the question replaces it.
#[test]
fn an_unclear_stored_answer_is_shown_and_kept_until_the_user_answers() {
    use workbook::profile::model::Answer;
    let mut app = app();
    let city = profile(&app).city.clone();
    let stored = |value: Value| Answer {
        value,
        other: None,
        workbook_version: 1,
        changed: now(),
        notes: Vec::new(),
        from_round: None,
    };
    let answers = std::collections::BTreeMap::from([(
        "demo".to_string(),
        std::collections::BTreeMap::from([
            ("has_mapping".to_string(), stored(Value::Text("Yes".into()))),
            ("trend".to_string(), stored(Value::Text("sideways".into()))),
            (
                "threats".to_string(),
                stored(Value::List(vec!["Hate incidents".into()])),
            ),
        ]),
    )]);
    let before = workbook::profile::Profile::from_stored(city, answers);
    app.open_profile(before.clone(), false);
    at(&mut app, "trend");
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("`sideways` is kept as it is"), "{shown}");
    press(&mut app, &[ctrl('n')]);
    at(&mut app, "has_mapping");
    assert!(
        screen(&app, 80, 24).contains("(•) Yes"),
        "\"Yes\" reads as yes"
    );
    let commands = press(&mut app, &[ctrl('n'), ctrl('p'), ctrl('q')]);
    assert_eq!(commands, vec![Command::Save, Command::Quit]);
    assert_eq!(
        profile(&app).answers(),
        before.answers(),
        "nothing was rewritten"
    );
    assert_eq!(app.save, SaveState::Saved);
    at(&mut app, "trend");
    press(&mut app, &[key(KeyCode::Down), enter()]);
    assert_eq!(value(&app, "trend"), Some(Value::Text("flat".into())));
}

/// Esc while typing a table cell cancels that edit and stays on the question.
#[test]
fn esc_in_a_table_cell_cancels_the_edit_and_stays() {
    let mut app = app();
    at(&mut app, "stakeholders");
    press(&mut app, &[ch('a')]);
    typed(&mut app, "Red Cross");
    press(&mut app, &[enter()]);
    press(&mut app, &[enter()]);
    typed(&mut app, " changed");
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(current(&app).as_deref(), Some("stakeholders"));
    press(&mut app, &[ctrl('s')]);
    let Some(Value::Table(rows)) = value(&app, "stakeholders") else {
        panic!("no table")
    };
    assert_eq!(rows[0]["name"], "Red Cross", "the cell edit was cancelled");
    press(&mut app, &[key(KeyCode::Esc)]);
    assert!(matches!(app.screen, Screen::Home(_)), "a second Esc leaves");
}

/// Esc in a table's choice list closes it and leaves the cell as it was.
#[test]
fn esc_in_a_choice_cell_list_keeps_the_cell() {
    let mut app = app();
    at(&mut app, "stakeholders");
    press(&mut app, &[ch('a')]);
    typed(&mut app, "Red Cross");
    press(&mut app, &[key(KeyCode::Tab), enter(), key(KeyCode::Down)]);
    press(&mut app, &[key(KeyCode::Esc), ctrl('s')]);
    assert_eq!(current(&app).as_deref(), Some("stakeholders"));
    let Some(Value::Table(rows)) = value(&app, "stakeholders") else {
        panic!("no table")
    };
    assert!(
        !rows[0].contains_key("sector"),
        "the list was closed unpicked"
    );
}

/// Esc on a cell of a stored answer leaves the answer exactly as stored, not even re-recorded.
#[test]
fn cancelling_a_cell_edit_leaves_the_stored_answer_untouched() {
    let mut app = app();
    at(&mut app, "stakeholders");
    press(&mut app, &[ch('a')]);
    typed(&mut app, "Lyon Youth Council");
    press(&mut app, &[enter(), ctrl('s')]);
    let before = profile(&app).answer("demo", "stakeholders").cloned();
    press(&mut app, &[enter()]);
    typed(&mut app, " of 2024");
    assert!(
        screen(&app, 80, 24).contains("Lyon Youth Council of 2024"),
        "the cell is typed in full:\n{}",
        screen(&app, 80, 24)
    );
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(current(&app).as_deref(), Some("stakeholders"));
    press(&mut app, &[ctrl('n')]);
    assert_eq!(
        profile(&app).answer("demo", "stakeholders").cloned(),
        before
    );
}

/// The readline keys do the same in a short answer, a table cell and the search box.
#[test]
fn editing_keys_are_the_same_in_every_field() {
    let mut app = app();
    at(&mut app, "name");
    typed(&mut app, "Ada King Lovelace");
    press(&mut app, &[ctrl('w'), ctrl('a'), ctrl('k')]);
    typed(&mut app, "Mary");
    press(&mut app, &[ctrl('e')]);
    typed(&mut app, " Shelley");
    press(&mut app, &[ctrl('n')]);
    assert_eq!(
        value(&app, "name"),
        Some(Value::Text("Mary Shelley".into()))
    );

    at(&mut app, "stakeholders");
    press(&mut app, &[ch('a')]);
    typed(&mut app, "Red Cross Lyon");
    press(&mut app, &[alt('b'), ctrl('u'), enter(), ctrl('s')]);
    let Some(Value::Table(rows)) = value(&app, "stakeholders") else {
        panic!("no table")
    };
    assert_eq!(rows[0]["name"], "Lyon");

    press(&mut app, &[ctrl('f')]);
    typed(&mut app, "zzz mapping");
    press(&mut app, &[ctrl('a'), alt('f'), ctrl('u')]);
    assert!(screen(&app, 80, 24).contains(" mapping"));
    assert!(!screen(&app, 80, 24).contains("zzz"));
}

/// The first line of the question screen: "Question 3 of 9 · ...".
fn place(app: &workbook::tui::App) -> String {
    screen(app, 80, 24)
        .lines()
        .find(|l| l.contains("Question "))
        .expect("the position line")
        .trim()
        .to_string()
}

#[test]
fn the_question_count_stays_put_as_a_follow_up_appears() {
    let mut app = app();
    at(&mut app, "has_mapping");
    let before = place(&app);
    let (count, rest) = before.split_once(" · ").expect("count, then the section");
    assert!(rest.starts_with("section 2/"), "{before}");
    press(&mut app, &[ch('y'), enter()]);
    assert_eq!(current(&app).as_deref(), Some("last_mapping"));
    assert_eq!(
        place(&app),
        format!("{count} · follow-up · {rest}"),
        "the follow-up is counted with its question"
    );
    press(&mut app, &[ctrl('p')]);
    assert_eq!(place(&app), before, "the count did not grow");
}

#[test]
fn a_key_shows_the_question_id_for_scripts() {
    let mut app = app();
    at(&mut app, "threats");
    press(&mut app, &[key(KeyCode::F(5))]);
    let shown = screen(&app, 120, 24);
    assert!(
        shown.contains(
            "Question id: demo.threats — workbook answer set --city Riverton demo.threats VALUE"
        ),
        "{shown}"
    );
}

#[test]
fn the_plan_preview_scrolls_within_the_plan_and_shows_no_markdown_marks() {
    let mut app = app();
    at(&mut app, "name");
    typed(&mut app, "Ada Lovelace");
    press(&mut app, &[key(KeyCode::Esc), ch('p')]);
    let top = screen(&app, 80, 24);
    assert!(top.contains("Riverton: action plan"), "{top}");
    assert!(!top.contains("# "), "headings without their marks: {top}");
    press(&mut app, &[key(KeyCode::End)]);
    let end = screen(&app, 80, 24);
    let rows: Vec<&str> = end.lines().collect();
    // The plan's last line sits on the preview's last row (above the message and footer).
    assert!(!rows[rows.len() - 3].trim().is_empty(), "{end}");
    press(&mut app, &[key(KeyCode::PageDown), key(KeyCode::Down)]);
    assert_eq!(screen(&app, 80, 24), end, "nothing below the plan's end");
    press(&mut app, &[key(KeyCode::Up)]);
    assert_ne!(
        screen(&app, 80, 24),
        end,
        "End went to the end, not past it"
    );
    press(&mut app, &[key(KeyCode::Home)]);
    assert_eq!(screen(&app, 80, 24), top);
}

#[test]
fn with_no_city_yet_esc_leaves_the_form_and_the_demo_city_is_offered() {
    let mut app = workbook::tui::App::new(
        vec![demo()],
        Vec::new(),
        workbook::tui::theme::Theme::plain(),
    );
    let form = screen(&app, 80, 24);
    assert!(form.contains("Esc: try the demo city instead"), "{form}");
    press(&mut app, &[key(KeyCode::Tab), key(KeyCode::Tab)]);
    assert!(
        screen(&app, 80, 24).contains("Space or ←→ changes the role (m: mayor, o: official)"),
        "the role field says how to change it"
    );
    press(&mut app, &[key(KeyCode::Esc)]);
    let list = screen(&app, 80, 24);
    assert!(list.contains("+ New city"), "{list}");
    assert!(list.contains("Try the demo city"), "{list}");
    assert_eq!(
        press(&mut app, &[key(KeyCode::Down), enter()]),
        vec![Command::OpenDemo]
    );
    assert_eq!(press(&mut app, &[ch('d')]), vec![Command::OpenDemo]);
    press(&mut app, &[key(KeyCode::Up), enter()]);
    assert!(
        screen(&app, 80, 24).contains("A new city"),
        "Enter on + New city"
    );
}

#[test]
fn the_demo_opens_a_workbook_at_its_first_open_question_not_where_it_was_left() {
    let mut app = app();
    app.demo = true;
    at(&mut app, "population");
    press(&mut app, &[key(KeyCode::Esc), enter()]);
    assert_eq!(current(&app).as_deref(), Some("name"));
}

/// A city with answers but no place to resume (the demo, an imported city) is offered to
/// continue, not to start.
#[test]
fn a_city_with_answers_is_offered_to_continue_not_to_start() {
    let mut app = app();
    assert!(screen(&app, 80, 24).contains("▶ Start with the first workbook"));
    at(&mut app, "name");
    typed(&mut app, "Ada");
    press(&mut app, &[ctrl('n'), key(KeyCode::Esc)]);
    app.profile.as_mut().expect("a city").resume.workbook = None;
    let home = screen(&app, 80, 24);
    assert!(home.contains("▶ Continue: "), "{home}");
    assert!(!home.contains("Start with the first workbook"), "{home}");
}

/// A city that gave a leader, a story and the threats, then closed round 2026: every answer is
/// carried over into the new round, which the app is in (at `later()`).
fn carried() -> workbook::tui::App {
    let mut app = app();
    at(&mut app, "name");
    typed(&mut app, "Ada");
    press(&mut app, &[enter()]);
    typed(&mut app, "A calm year.");
    press(&mut app, &[ctrl('n'), ch(' '), ctrl('n')]);
    close_round(&mut app, "2026");
    app
}

fn answer<'a>(app: &'a workbook::tui::App, q: &str) -> &'a workbook::profile::Answer {
    profile(app).answer("demo", q).expect("an answer")
}

#[test]
fn f6_keeps_a_carried_answer_as_this_rounds_and_it_is_saved() {
    use workbook::profile::store::{Store, Wait, read_profile_file};
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let (mut session, _) = store.create(city(Role::Official), Wait::NO).unwrap();
    let mut app = carried();
    press(&mut app, &[key(KeyCode::Esc)]);
    assert!(screen(&app, 80, 24).contains("Since 2026: 3 to confirm"));
    at(&mut app, "name");
    let before = screen(&app, 80, 24);
    assert!(
        before.contains("From 2026: keep it (F6) or change it"),
        "{before}"
    );
    assert!(before.contains("F6 keep"), "the footer offers the key");

    let commands = press(&mut app, &[key(KeyCode::F(6))]);
    assert_eq!(commands, vec![Command::Save]);
    assert_eq!(app.save, SaveState::Pending);
    let kept = answer(&app, "name");
    assert_eq!(kept.value, Value::Text("Ada".into()));
    assert_eq!(kept.from_round, None, "the mark is gone");
    assert_eq!(kept.changed, later(), "changed now, in this round");
    assert_eq!(answer(&app, "story").from_round.as_deref(), Some("2026"));
    assert_eq!(
        current(&app).as_deref(),
        Some("name"),
        "it stays on the question"
    );
    let after = screen(&app, 80, 24);
    assert!(after.contains("Kept from last round (2026): the same answer"));
    assert!(after.contains("kept as this round's answer"), "{after}");
    assert!(!after.contains("F6 keep"), "nothing left to keep here");

    // What the event loop does with the save: the file holds the kept answer.
    session.save(profile(&app)).unwrap();
    let saved = read_profile_file(session.path()).unwrap();
    assert_eq!(saved.answer("demo", "name").unwrap().from_round, None);
    assert_eq!(saved.answer("demo", "name").unwrap().changed, later());
    assert_eq!(
        saved.answer("demo", "story").unwrap().from_round.as_deref(),
        Some("2026")
    );
    press(&mut app, &[key(KeyCode::Esc)]);
    assert!(screen(&app, 80, 24).contains("Since 2026: 2 to confirm · 1 kept"));
}

#[test]
fn f6_over_typed_text_keeps_last_rounds_answer_and_drops_the_typing() {
    let mut app = carried();
    at(&mut app, "name");
    typed(&mut app, " Byron");
    assert!(
        !screen(&app, 80, 24).contains("F6 keep"),
        "while typing, the footer does not offer \"keep\""
    );
    let commands = press(&mut app, &[key(KeyCode::F(6))]);
    assert_eq!(commands, vec![Command::Save]);
    assert_eq!(answer(&app, "name").value, Value::Text("Ada".into()));
    assert_eq!(answer(&app, "name").from_round, None);
    let text = screen(&app, 80, 24);
    assert!(text.contains("│Ada ") && !text.contains("Byron"), "{text}");
    assert!(text.contains("what you typed here was dropped"), "{text}");
    // Leaving records nothing more.
    assert!(press(&mut app, &[ctrl('n')]).is_empty());
}

#[test]
fn typing_the_carried_answer_again_keeps_it_and_another_one_changes_it() {
    let mut app = carried();
    at(&mut app, "story");
    press(&mut app, &[ctrl('u')]);
    typed(&mut app, "A calm year.");
    let commands = press(&mut app, &[ctrl('n')]);
    assert_eq!(commands, vec![Command::Save]);
    assert_eq!(answer(&app, "story").from_round, None);
    assert_eq!(answer(&app, "story").changed, later());
    at(&mut app, "name");
    typed(&mut app, " King");
    press(&mut app, &[enter()]);
    assert_eq!(answer(&app, "name").value, Value::Text("Ada King".into()));
    assert_eq!(answer(&app, "name").from_round, None);
    at(&mut app, "name");
    let text = screen(&app, 80, 24);
    assert!(text.contains("Last round (2026): Ada\n"), "{text}");
    // F6 does not undo a change: it says how to go back.
    assert!(press(&mut app, &[key(KeyCode::F(6))]).is_empty());
    assert!(screen(&app, 80, 24).contains("give 2026's answer again to go back to it"));
    assert_eq!(answer(&app, "name").value, Value::Text("Ada King".into()));
}

#[test]
fn f6_with_nothing_carried_says_why_and_changes_nothing() {
    let mut fresh = app();
    at(&mut fresh, "name");
    typed(&mut fresh, "Ada");
    assert!(press(&mut fresh, &[key(KeyCode::F(6))]).is_empty());
    assert!(screen(&fresh, 80, 24).contains("no round was closed yet"));
    assert!(!screen(&fresh, 80, 24).contains("F6"), "no key to offer");
    press(&mut fresh, &[key(KeyCode::F(1))]);
    assert!(!screen(&fresh, 80, 40).contains("F6"), "nor in the help");

    let mut app = carried();
    at(&mut app, "population");
    press(&mut app, &[key(KeyCode::F(1))]);
    let help = screen(&app, 80, 40);
    assert!(
        help.contains("F6") && help.contains("keep last round's answer as this round's"),
        "once a round is closed the help lists the key: {help}"
    );
    press(&mut app, &[key(KeyCode::Esc)]);
    assert!(press(&mut app, &[key(KeyCode::F(6))]).is_empty());
    assert!(screen(&app, 80, 24).contains("last round (2026) had no answer here"));

    // A read-only window refuses, and the answer stays carried.
    let mut read_only = carried();
    let profile = read_only.profile.take().unwrap();
    read_only.open_profile(profile, true);
    at(&mut read_only, "name");
    assert!(press(&mut read_only, &[key(KeyCode::F(6))]).is_empty());
    assert_eq!(
        answer(&read_only, "name").from_round.as_deref(),
        Some("2026")
    );
    assert!(screen(&read_only, 80, 24).contains("read-only"));
}

fn review_rows(app: &workbook::tui::App) -> Vec<String> {
    match &app.screen {
        Screen::Review(r) => r
            .rows
            .iter()
            .map(|&i| app.books[0].items[i].id.clone())
            .collect(),
        _ => panic!("not on the review screen"),
    }
}

#[test]
fn f_on_the_review_lists_answers_to_confirm_or_changed_and_stays_for_the_session() {
    let mut app = carried();
    at(&mut app, "name");
    press(&mut app, &[key(KeyCode::F(6))]);
    at(&mut app, "story");
    typed(&mut app, " Then a march.");
    press(&mut app, &[ctrl('r')]);
    assert!(screen(&app, 80, 24).contains("Review (all answers): Demo mapping"));
    let all = review_rows(&app).len();

    press(&mut app, &[ch('f')]);
    assert_eq!(review_rows(&app), vec!["threats"]);
    let text = screen(&app, 80, 24);
    assert!(text.contains("Review (to confirm: 1)"), "{text}");
    assert!(
        text.contains("from 2026, to confirm: Hate incidents"),
        "{text}"
    );
    // Keep it from the list, and come back: the list is still the one to confirm.
    press(&mut app, &[enter(), key(KeyCode::F(6)), ctrl('r')]);
    assert!(review_rows(&app).is_empty());
    assert!(screen(&app, 80, 24).contains("Nothing to confirm: no answer carried over from 2026"));

    press(&mut app, &[ch('f')]);
    assert_eq!(review_rows(&app), vec!["story"], "the story was changed");
    assert!(screen(&app, 80, 24).contains("Review (changed since 2026: 1)"));
    press(&mut app, &[ch('f')]);
    assert_eq!(review_rows(&app).len(), all);

    // A city that never closed a round has one list, and says why.
    let mut fresh = app_with(Role::Official);
    press(&mut fresh, &[ch('r')]);
    let before = review_rows(&fresh);
    press(&mut fresh, &[ch('f')]);
    assert_eq!(review_rows(&fresh), before);
    let text = screen(&fresh, 80, 24);
    assert!(text.contains("Review: Demo mapping"), "{text}");
    assert!(text.contains("no round was closed yet") && !text.contains("f filter"));
}
