//! The workbooks in French, Spanish and Arabic: choosing the language (`--lang`, the config
//! file, the locale), a city's plan language, one profile shared across languages, and the
//! guided interface's language key.

mod common;
mod tui_support;

use common::Sandbox;
use predicates::prelude::*;
use ratatui::crossterm::event::KeyCode;
use workbook::profile::{Profile, Role};
use workbook::tui::{App, Command};
use workbook::workbook::translation::Lang;

/// The English, French, Spanish and Arabic titles of the mapping workbook.
const MAPPING: [&str; 4] = [
    "Comprehensive and inclusive mapping",
    "Cartographie complète et inclusive",
    "Mapeo integral e inclusivo",
    "رسم خرائط شامل وجامع",
];

fn listed(sandbox: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = sandbox.cmd();
    for (name, value) in env {
        cmd.env(name, value);
    }
    let output = cmd.args(args).arg("list").output().unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn lang_the_config_file_and_the_locale_choose_the_language_in_that_order() {
    let sandbox = Sandbox::new();
    assert!(listed(&sandbox, &[], &[]).contains(MAPPING[0]));
    assert!(listed(&sandbox, &["--lang", "fr"], &[]).contains(MAPPING[1]));
    assert!(listed(&sandbox, &["--lang", "ar"], &[]).contains(MAPPING[3]));
    // The locale, as the C library reads it for messages: LC_ALL before LANG.
    assert!(listed(&sandbox, &[], &[("LANG", "es_ES.UTF-8")]).contains(MAPPING[2]));
    assert!(
        listed(
            &sandbox,
            &[],
            &[("LANG", "es_ES.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")]
        )
        .contains(MAPPING[1])
    );
    // A region falls back to its language.
    assert!(listed(&sandbox, &["--lang", "fr-CA"], &[]).contains(MAPPING[1]));
    // The config file's lang beats the locale; --lang beats both.
    let config = sandbox.home.path().join(".config/workbook");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("config.toml"), "lang = \"es\"\n").unwrap();
    assert!(listed(&sandbox, &[], &[("LANG", "fr_FR.UTF-8")]).contains(MAPPING[2]));
    assert!(listed(&sandbox, &["--lang", "en"], &[("LANG", "fr_FR.UTF-8")]).contains(MAPPING[0]));
}

#[test]
fn a_language_without_a_translation_is_said_and_english_shown() {
    let sandbox = Sandbox::new();
    sandbox
        .cmd()
        .args(["--lang", "de", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(MAPPING[0]))
        .stderr(predicate::str::contains(
            "not translated into de yet, so they are shown in English (translated: fr, es, ar)",
        ));
    // A locale without a translation is no reason to speak up.
    sandbox
        .cmd()
        .env("LANG", "de_DE.UTF-8")
        .arg("list")
        .assert()
        .success()
        .stderr("");
    // `fr_FR` is French to the interface, which says so in French.
    sandbox
        .cmd()
        .args(["--lang", "fr_FR", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("(écrivez `fr-FR`)"));
}

/// A French analyst and a Spanish-speaking official share one profile: what is stored is the
/// choice's value, whatever language it was picked in, and each reads it in their own.
#[test]
fn an_answer_given_in_one_language_reads_in_another() {
    let sandbox = Sandbox::new();
    let run = |args: &[&str]| sandbox.cmd().args(args).assert();
    run(&["city", "new", "Lyon"]).success();
    // Picked by its French label.
    run(&[
        "--lang",
        "fr",
        "answer",
        "set",
        "--city",
        "Lyon",
        "mapping.threats",
        "Mouvements d'extrême droite",
    ])
    .success();
    run(&["answer", "get", "--city", "Lyon", "mapping.threats"])
        .success()
        .stdout("far_right\n");
    let plan = |lang: &str| {
        let output = sandbox
            .cmd()
            .args([
                "--lang", lang, "plan", "--city", "Lyon", "--format", "markdown",
            ])
            .output()
            .unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    assert!(plan("es").contains("Movimientos de extrema derecha"));
    assert!(plan("ar").contains("حركات اليمين المتطرف"));
    assert!(plan("en").contains("Extreme right-wing movements"));
}

#[test]
fn a_city_keeps_its_plan_language() {
    let sandbox = Sandbox::new();
    let run = |args: &[&str]| sandbox.cmd().args(args).assert();
    run(&["--lang", "fr", "city", "new", "Lille"]).success();
    run(&[
        "answer",
        "set",
        "--city",
        "Lille",
        "mapping.has_mapped",
        "yes",
    ])
    .success();
    let cities = sandbox.home.path().join(".local/share/workbook/cities");
    let file = std::fs::read_dir(&cities)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            name.starts_with("lille") && name.ends_with(".toml")
        })
        .expect("the city's file");
    let text = std::fs::read_to_string(&file).unwrap();
    // The language needs format 4: an older program says it is newer instead of dropping it.
    assert!(text.starts_with("format = 4\n"), "{text}");
    assert!(text.contains("lang = \"fr\""), "{text}");
    let html = |extra: &[&str]| {
        let mut cmd = sandbox.cmd();
        cmd.args(extra)
            .args(["plan", "--city", "Lille", "--format", "html"]);
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    // Without --lang, the plan is in the city's language, whatever the reader's locale.
    let french = html(&[]);
    assert!(french.contains("<html lang=\"fr\">"), "{}", &french[..200]);
    assert!(french.contains("Cartographie"));
    let english = html(&["--lang", "en"]);
    assert!(english.contains("<html lang=\"en\">"));
    // Arabic reads right to left; `--lang ar` also has the command say so in Arabic.
    run(&["--lang", "ar", "city", "edit", "Lille"])
        .success()
        .stdout(predicate::str::contains("لغة الخطة: العربية"));
    assert!(html(&[]).contains("<html lang=\"ar\" dir=\"rtl\">"));
}

/// `l` on the home screen goes through the languages; the city, its answers and the place in
/// the list stay.
#[test]
fn the_language_key_shows_the_workbooks_in_the_next_language() {
    let mut app = App::with_catalog(
        workbook::builtin::catalog(),
        Vec::new(),
        workbook::tui::theme::Theme::plain(),
    );
    app.languages = workbook::builtin::languages()
        .into_iter()
        .map(String::from)
        .collect();
    app.now = tui_support::now();
    app.open_profile(Profile::new(tui_support::city(Role::Official)), false);
    let home = |app: &App| tui_support::screen(app, 100, 30);
    assert!(home(&app).contains(MAPPING[0]));
    for (tag, title) in [("fr", MAPPING[1]), ("es", MAPPING[2]), ("en", MAPPING[0])] {
        let commands = tui_support::press(&mut app, &[tui_support::ch('l')]);
        assert_eq!(commands, vec![Command::SwitchLanguage(tag.to_string())]);
        // run.rs loads the workbooks in that language (the user's folders included).
        let language = workbook::language::parse(tag).unwrap();
        app.set_catalog(workbook::builtin::catalog_in(language.as_ref()));
        let screen = home(&app);
        assert!(screen.contains(title), "{tag}:\n{screen}");
        if tag == "es" {
            // Arabic comes after Spanish; the test goes back to English through it.
            let commands = tui_support::press(&mut app, &[tui_support::ch('l')]);
            assert_eq!(commands, vec![Command::SwitchLanguage("ar".to_string())]);
            app.set_catalog(workbook::builtin::catalog_in(Some(
                &Lang::parse("ar").unwrap(),
            )));
        }
    }
}

/// An interface on the built-in workbooks in `tag`, for a new city, on the home screen.
fn app_in(tag: &str) -> App {
    let language = workbook::language::parse(tag).unwrap();
    let mut app = App::with_catalog(
        workbook::builtin::catalog_in(language.as_ref()),
        Vec::new(),
        workbook::tui::theme::Theme::plain(),
    );
    app.now = tui_support::now();
    app.open_profile(Profile::new(tui_support::city(Role::Official)), false);
    app
}

/// The home screen and the first question of the mapping workbook, in French, Spanish and
/// Arabic (the workbooks and the interface, as `--lang` gives them), at 80x24 and 40x12:
/// longer words and other scripts cut with "…" at the edge and wrapped by display width.
/// Arabic is drawn in visual order, right-aligned, as a terminal that does not reorder needs it
/// (`tui::bidi`).
#[test]
fn home_and_question_screens_in_each_language() {
    for tag in ["fr", "es", "ar"] {
        let _speak = workbook::messages::speak_on_this_thread(tag);
        let mut app = app_in(tag);
        for (width, height) in [(80, 24), (40, 12)] {
            let screen = tui_support::screen(&app, width, height);
            for line in screen.lines() {
                assert!(
                    unicode_width::UnicodeWidthStr::width(line) <= usize::from(width),
                    "{tag} {width}x{height}: {line}"
                );
            }
            insta::assert_snapshot!(format!("{tag}_home_{width}x{height}"), screen);
        }
        tui_support::press(&mut app, &[tui_support::enter()]);
        for (width, height) in [(80, 24), (40, 12)] {
            let screen = tui_support::screen(&app, width, height);
            // Nothing is drawn past the window, whatever the script.
            for line in screen.lines() {
                assert!(
                    unicode_width::UnicodeWidthStr::width(line) <= usize::from(width),
                    "{tag} {width}x{height}: {line}"
                );
            }
            insta::assert_snapshot!(format!("{tag}_question_{width}x{height}"), screen);
        }
    }
}

/// The interface's own words follow the language: the help overlay, the notes a key leaves,
/// plural forms (Arabic has six), and a question's frame and flags.
#[test]
fn the_interface_speaks_french_spanish_and_arabic() {
    let track_note = |tag: &str| {
        let _speak = workbook::messages::speak_on_this_thread(tag);
        let mut app = app_in(tag);
        tui_support::press(&mut app, &[tui_support::ch('t')]);
        app.message.clone().unwrap().0
    };
    assert!(
        track_note("fr").starts_with("parcours essentiel : "),
        "{}",
        track_note("fr")
    );
    assert!(track_note("es").ends_with("preguntas; sus demás respuestas se conservan"));
    // 3 to 10 questions take the Arabic "few" form, 11 to 99 the "many" one.
    let ar = track_note("ar");
    assert!(ar.contains("سؤالًا") || ar.contains("أسئلة"), "{ar}");

    // Arabic is drawn right to left: the question's first word at the right edge, the footer's
    // help key at its left end, nothing past the window.
    let _ar = workbook::messages::speak_on_this_thread("ar");
    let mut app = app_in("ar");
    tui_support::press(&mut app, &[tui_support::enter()]);
    let screen = tui_support::screen(&app, 80, 24);
    let prompt = screen.lines().nth(2).unwrap();
    assert!(
        prompt.ends_with(&"هل".chars().rev().collect::<String>()),
        "{prompt}"
    );
    let footer = screen.lines().nth(23).unwrap();
    assert!(footer.trim_start().starts_with("ةدعاسم F1"), "{footer}");
    drop(_ar);

    let _fr = workbook::messages::speak_on_this_thread("fr");
    let mut app = app_in("fr");
    tui_support::press(&mut app, &[tui_support::key(KeyCode::F(1))]);
    let help = tui_support::screen(&app, 80, 24);
    assert!(help.contains("Touches (↑↓ défiler, Esc ferme)"), "{help}");
    assert!(help.contains("enregistrer et quitter"), "{help}");
    tui_support::press(&mut app, &[tui_support::key(KeyCode::Esc)]);
    tui_support::press(&mut app, &[tui_support::enter()]);
    let question = tui_support::screen(&app, 80, 24);
    assert!(
        question.contains("Question 1 sur 32 · partie 1/7 : "),
        "{question}"
    );
    assert!(question.contains("\n  obligatoire\n"), "{question}");
    assert!(question.contains("F1 aide"), "{question}");
    drop(_fr);

    let _es = workbook::messages::speak_on_this_thread("es");
    let mut app = app_in("es");
    tui_support::press(&mut app, &[tui_support::ch('a')]);
    assert_eq!(
        app.message.as_ref().unwrap().0,
        "se muestran todas las preguntas"
    );
    assert!(tui_support::screen(&app, 100, 24).contains(" · todas las preguntas"));
}
