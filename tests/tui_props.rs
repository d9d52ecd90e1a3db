//! Property tests of the TUI model: any workbook the linter accepts can be walked from start
//! to end, and random keys at random terminal sizes never panic.

mod tui_support;

use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_support::{city, now, screen};
use workbook::profile::store::Wait;
use workbook::profile::{Profile, Role, round};
use workbook::tui::keys::Ctx;
use workbook::tui::screen::Screen;
use workbook::tui::theme::Theme;
use workbook::tui::{Action, App};
use workbook::workbook::lint::lint;
use workbook::workbook::load::parse_workbook;
use workbook::workbook::{Catalog, Workbook};

const KINDS: [&str; 10] = [
    "short_text",
    "long_text",
    "single_choice",
    "multi_choice",
    "yes_no",
    "scale",
    "number",
    "date",
    "list",
    "table",
];

/// TOML of a workbook with the given kinds; `conditions[i]` makes question i a follow-up of
/// an earlier question (when it is Some and i > 0).
fn workbook_text(kinds: &[usize], conditions: &[Option<usize>], sections: usize) -> String {
    let mut out = String::from(
        "id = \"prop\"\ntitle = \"Prop\"\narea = \"mapping\"\nversion = 1\nsummary = \"s\"\n",
    );
    let per_section = kinds.len().div_ceil(sections.max(1)).max(1);
    for (i, kind) in kinds.iter().enumerate() {
        if i % per_section == 0 {
            out.push_str(&format!(
                "\n[[sections]]\nid = \"s{i}\"\ntitle = \"Section {i}\"\n"
            ));
        }
        let kind = KINDS[*kind];
        out.push_str(&format!(
            "\n[[sections.questions]]\nid = \"q{i}\"\nkind = \"{kind}\"\nprompt = \"Question {i} \u{202e}é 漢字\"\nrequired = {}\n",
            i % 3 == 0
        ));
        out.push_str(match kind {
            "single_choice" | "multi_choice" => {
                "choices = [{ value = \"a\", label = \"A\" }, { value = \"b\", label = \"B\" }]\nother = true\n"
            }
            "scale" => "min = 1\nmax = 5\n",
            "table" => "columns = [{ id = \"name\", label = \"Name\" }, { id = \"when\", label = \"When\", kind = \"date\" }]\n",
            _ => "",
        });
        if let Some(Some(earlier)) = conditions.get(i)
            && i > 0
        {
            out.push_str(&format!(
                "show_if = {{ question = \"q{}\", answered = true }}\n",
                earlier % i
            ));
        }
    }
    out
}

fn app_for(workbook: Workbook, role: Role) -> App {
    let mut app = App::new(vec![workbook], Vec::new(), Theme::plain());
    app.now = now();
    app.open_profile(Profile::new(city(role)), false);
    app
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Action {
    Action::Key(KeyEvent::new(code, modifiers))
}

fn any_key() -> impl Strategy<Value = Action> {
    let codes = prop_oneof![
        any::<char>().prop_map(KeyCode::Char),
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Backspace),
        Just(KeyCode::Delete),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::Home),
        Just(KeyCode::End),
        Just(KeyCode::PageUp),
        Just(KeyCode::PageDown),
        Just(KeyCode::F(1)),
        Just(KeyCode::F(6)),
    ];
    let modifiers = prop_oneof![
        4 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::CONTROL),
        1 => Just(KeyModifiers::SHIFT),
        1 => Just(KeyModifiers::ALT),
    ];
    prop_oneof![
        20 => (codes, modifiers).prop_map(|(c, m)| key(c, m)),
        1 => "[\\PC\\n\\x1b]{0,20}".prop_map(Action::Paste),
        1 => Just(Action::Idle),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_valid_workbook_can_be_walked_from_start_to_end(
        kinds in proptest::collection::vec(0..KINDS.len(), 1..25),
        conditions in proptest::collection::vec(proptest::option::of(0usize..100), 25),
        sections in 1usize..5,
        answer in "[a-z0-9 ]{0,8}",
    ) {
        let text = workbook_text(&kinds, &conditions, sections);
        let workbook = parse_workbook("prop.toml", &text).expect("the generated workbook parses");
        let errors: Vec<_> = lint(&workbook, "prop.toml", &text).into_iter().filter(|d| d.is_error()).collect();
        prop_assert!(errors.is_empty(), "{errors:?}");
        let mut app = app_for(workbook, Role::Official);
        app.update(key(KeyCode::Enter, KeyModifiers::NONE));
        let mut steps = 0;
        while matches!(app.screen, Screen::Question(_)) {
            for c in answer.chars() {
                app.update(key(KeyCode::Char(c), KeyModifiers::NONE));
            }
            // On a table or list, `i` opens the spreadsheet import over the question: a user
            // closes it before moving on.
            if matches!(app.ctx(), Ctx::ImportPath | Ctx::ImportPreview) {
                app.update(key(KeyCode::Esc, KeyModifiers::NONE));
            }
            app.update(key(KeyCode::Char('n'), KeyModifiers::CONTROL));
            steps += 1;
            prop_assert!(steps <= kinds.len() + 1, "the walk did not reach the end");
            screen(&app, 80, 24);
        }
        prop_assert!(matches!(app.screen, Screen::Review(_)), "the walk ends on the review screen");
    }

    #[test]
    fn random_keys_at_random_sizes_never_panic(
        keys in proptest::collection::vec(any_key(), 1..120),
        sizes in proptest::collection::vec((1u16..140, 1u16..50), 1..6),
        role in prop_oneof![Just(Role::Mayor), Just(Role::Official)],
        close_at in 0usize..120,
    ) {
        let catalog = Catalog::builtin();
        let mut app = App::new(catalog.iter().cloned().collect(), Vec::new(), Theme::plain());
        app.now = now();
        app.open_profile(Profile::new(city(role)), false);
        for (i, action) in keys.into_iter().enumerate() {
            // Part way, the city closes a round (when it has answers) and is opened again, so
            // that carried answers, the keep key and the review's filter meet random keys too.
            if i == close_at && profile_has_answers(&app) {
                let mut profile = app.profile.take().unwrap();
                round::close(&mut profile, "2026", now()).unwrap();
                app.open_profile(profile, false);
            }
            app.update(action);
            if i % 10 == 0 {
                let (w, h) = sizes[i / 10 % sizes.len()];
                app.update(Action::Resize(w, h));
                screen(&app, w, h);
            }
        }
        for (w, h) in sizes {
            screen(&app, w, h);
        }
    }
}

fn profile_has_answers(app: &App) -> bool {
    app.profile.as_ref().is_some_and(|p| p.answer_count() > 0)
}

/// Stored values for a question of each kind, as files hold them: canonical ones, ones that mean
/// one thing in another form (a label, `"Yes"`, `4.0`), and ones that are not understood.
fn stored_values(kind: &str) -> &'static [&'static str] {
    match kind {
        "short_text" => &["\"Ana\"", "\" padded \"", "5", "[\"a\"]"],
        "long_text" => &["\"line\\nline\"", "true"],
        "single_choice" => &["\"a\"", "\"B\"", "\"zzz\"", "[\"a\"]", "3"],
        "multi_choice" => &["[\"a\", \"b\"]", "[\"B\", \"a\"]", "\"a\"", "[1, 2]"],
        "yes_no" => &["true", "\"Yes\"", "\"TRUE\"", "\"maybe\"", "1"],
        "scale" => &["4", "4.0", "\" 4 \"", "9", "\"four\"", "nan"],
        "number" => &[
            "12",
            "12.5",
            "\"12,5\"",
            "9007199254740993",
            "\"123456789012345678.5\"",
            "-0.0",
            "1e300",
        ],
        "date" => &["\"2026-03-31\"", "\" 2026-03-31 \"", "\"31/03/2026\""],
        "list" => &["[\"a\", \"\"]", "[\"x\"]", "\"single\"", "[]"],
        _ => &[
            "[{ name = \"A\", when = \"2026-01-01\" }]",
            "[{ name = \" A \" }]",
            "[{ name = \"A\", when = \"yesterday\" }]",
            "[{ nope = \"x\" }]",
        ],
    }
}

/// A profile file of the generated workbook: `picks[i]` chooses question i's stored value
/// (none when it is past the kind's list), resuming at the first question. With `rounds`, the
/// city closed round 2025 and `rounds[i]` says how question i stands against it: 0 no answer
/// then, 1 carried over (the same answer, marked "from 2025", or cleared since), 2 answered
/// otherwise then.
fn profile_text(kinds: &[usize], picks: &[usize], rounds: Option<&[usize]>) -> String {
    let format = if rounds.is_some() { 3 } else { 2 };
    let mut out = format!(
        "format = {format}\n\n[city]\nname = \"Riverton\"\nrole = \"official\"\ncreated = \"2026-03-01T10:00:00Z\"\n\n[resume]\nworkbook = \"prop\"\n\n[resume.questions]\nprop = \"q0\"\n",
    );
    let mut closed = String::new();
    for (i, kind) in kinds.iter().enumerate() {
        let values = stored_values(KINDS[*kind]);
        let value = |pick: usize| values.get(pick % (values.len() + 2));
        let then = rounds.map_or(0, |r| r[i]);
        let before = match then {
            1 => value(picks[i]).or(values.first()),
            2 => value(picks[i] + 1).or(values.last()),
            _ => None,
        };
        if let Some(before) = before {
            closed.push_str(&format!(
                "\n[rounds.2025.answers.prop.q{i}]\nvalue = {before}\nworkbook_version = 1\nchanged = \"2025-06-0{}T09:00:00Z\"\n",
                1 + i % 9
            ));
        }
        let Some(value) = value(picks[i]) else {
            continue;
        };
        let mark = if then == 1 {
            "from_round = \"2025\"\n"
        } else {
            ""
        };
        out.push_str(&format!(
            "\n[answers.prop.q{i}]\nvalue = {value}\nworkbook_version = 1\nchanged = \"2026-02-0{}T09:00:00Z\"\n{mark}",
            1 + i % 9
        ));
    }
    if rounds.is_some() {
        out.push_str("\n[rounds.2025]\nopened = \"2025-01-01T10:00:00Z\"\nclosed = \"2025-12-01T10:00:00Z\"\n");
        out.push_str(&closed);
    }
    out
}

/// Keys that only move around: next, previous, outline and review jumps, search, help, the
/// audience switch, the example, a pause in typing, save now, and back to the home screen.
fn moving_key() -> impl Strategy<Value = Vec<Action>> {
    let ctrl = |c: char| key(KeyCode::Char(c), KeyModifiers::CONTROL);
    let plain = |code: KeyCode| key(code, KeyModifiers::NONE);
    prop_oneof![
        4 => Just(vec![ctrl('n')]),
        2 => Just(vec![ctrl('p')]),
        1 => Just(vec![ctrl('g')]),
        1 => Just(vec![ctrl('o'), plain(KeyCode::Down), plain(KeyCode::Down), plain(KeyCode::Enter)]),
        1 => Just(vec![ctrl('r'), plain(KeyCode::Down), plain(KeyCode::Enter)]),
        1 => Just(vec![ctrl('r'), plain(KeyCode::Esc)]),
        1 => Just(vec![ctrl('r'), plain(KeyCode::Char('f')), plain(KeyCode::Down), plain(KeyCode::Enter)]),
        1 => Just(vec![ctrl('r'), plain(KeyCode::Char('f')), plain(KeyCode::Char('f')), plain(KeyCode::Esc)]),
        1 => Just(vec![ctrl('f'), plain(KeyCode::Char('a')), plain(KeyCode::Down), plain(KeyCode::Enter)]),
        1 => Just(vec![plain(KeyCode::F(1)), plain(KeyCode::Esc)]),
        1 => Just(vec![ctrl('t')]),
        1 => Just(vec![ctrl('e')]),
        1 => Just(vec![Action::Idle]),
        1 => Just(vec![ctrl('s')]),
        1 => Just(vec![plain(KeyCode::Esc)]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Answers are sacred: walking through a workbook (next, previous, outline and review
    /// jumps, the review's filter, search, help, pauses, saves, quitting) never changes a
    /// stored answer, whatever form it is stored in, nor confirms an answer carried over from
    /// the last round, nor touches a closed round. The walk comes back to where it started, so
    /// the whole file, the resume position included, is the same byte for byte.
    #[test]
    fn walking_never_changes_a_stored_answer(
        kinds in proptest::collection::vec(0..KINDS.len(), 1..16),
        conditions in proptest::collection::vec(proptest::option::of(0usize..100), 16),
        picks in proptest::collection::vec(0usize..12, 16),
        walk in proptest::collection::vec(moving_key(), 0..30),
        rounds in proptest::option::of(proptest::collection::vec(0usize..3, 16)),
    ) {
        let text = workbook_text(&kinds, &conditions, 2);
        let workbook = parse_workbook("prop.toml", &text).expect("the generated workbook parses");
        let dir = tempfile::tempdir().unwrap();
        let store = workbook::profile::Store::open(dir.path()).unwrap();
        let path = store.city_path("Riverton");
        std::fs::write(&path, profile_text(&kinds, &picks, rounds.as_deref())).unwrap();
        // The file as this program writes it: that is the file a walk must leave alone.
        let (mut session, profile) = store.open_city("Riverton", Wait::NO).unwrap();
        session.save(&profile).unwrap();
        drop(session);
        let before = std::fs::read(&path).unwrap();

        let (mut session, profile) = store.open_city("Riverton", Wait::NO).unwrap();
        // The file holds what the case asked for: a closed round, and answers carried from it.
        if let Some(rounds) = &rounds {
            let carried = (0..kinds.len())
                .filter(|&i| rounds[i] == 1 && picks[i] % (stored_values(KINDS[kinds[i]]).len() + 2) < stored_values(KINDS[kinds[i]]).len())
                .count();
            let marked = profile.answers().values().flat_map(|a| a.values()).filter(|a| a.from_round.is_some()).count();
            prop_assert_eq!(marked, carried);
            prop_assert!(round::last(&profile).is_some());
        }
        let mut app = App::new(vec![workbook], Vec::new(), Theme::plain());
        app.now = now();
        app.open_profile(profile, false);
        let mut commands = app.update(key(KeyCode::Char('c'), KeyModifiers::NONE));
        for keys in walk {
            for action in keys {
                commands.extend(app.update(action));
            }
        }
        app.open_question(0, 0);
        commands.extend(app.update(key(KeyCode::Char('q'), KeyModifiers::CONTROL)));
        prop_assert!(commands.contains(&workbook::tui::Command::Quit));
        // What the event loop does with a save: write only when something changed.
        let walked = app.profile.clone().unwrap();
        if session.is_dirty(&walked) {
            session.save(&walked).unwrap();
        }
        drop(session);
        let after = std::fs::read(&path).unwrap();
        prop_assert_eq!(String::from_utf8_lossy(&before), String::from_utf8_lossy(&after));
    }
}
