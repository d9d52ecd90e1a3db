//! The command line in French, Spanish and Arabic: help, usage errors, what commands print, and
//! plain mode taking yes and no in the user's language.

mod common;

use common::{Sandbox, fixture};
use predicates::prelude::*;
use predicates::str::contains;

/// `workbook ARGS` in a sandbox with a data folder; standard output, standard error, exit code.
fn run(sandbox: &Sandbox, args: &[&str]) -> (String, String, i32) {
    let output = sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
        output.status.code().unwrap_or(-1),
    )
}

/// The lines of a help that are not examples' command lines.
fn prose(help: &str) -> String {
    help.lines()
        .filter(|line| !line.trim_start().starts_with("workbook"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn help_is_french_throughout_with_lang_fr() {
    let sandbox = Sandbox::new();
    for args in [
        vec!["--lang", "fr", "--help"],
        vec!["--lang", "fr", "plan", "--help"],
        vec!["plan", "--help", "--lang", "fr"],
        vec!["--lang", "fr", "help", "plan"],
    ] {
        let (help, _, code) = run(&sandbox, &args);
        assert_eq!(code, 0, "{args:?}");
        assert!(help.contains("Utilisation : workbook"), "{help}");
        assert!(help.contains("Options :"), "{help}");
        assert!(help.contains("Exemples :"), "{help}");
        assert!(help.contains("Afficher l'aide"), "{help}");
        let prose = prose(&help);
        for english in [
            "Usage:",
            "Options:",
            "Commands:",
            "Examples:",
            "[default:",
            "[possible values:",
            "Possible values:",
            "Print",
            " the ",
            " with ",
        ] {
            assert!(
                !prose.contains(english),
                "{args:?}: `{english}` in:\n{help}"
            );
        }
    }
    let (help, _, _) = run(&sandbox, &["--lang", "fr", "--help"]);
    assert!(help.contains("Commandes :\n  validate "), "{help}");
    assert!(help.starts_with("Accompagne les maires"), "{help}");
    let (plan, _, _) = run(&sandbox, &["--lang", "fr", "plan", "--help"]);
    assert!(
        plan.contains("Écrire le plan d'action d'une ville"),
        "{plan}"
    );
    assert!(plan.contains("--date <AAAA-MM-JJ>"), "{plan}");
    assert!(plan.contains("[par défaut : markdown]"), "{plan}");
    assert!(plan.contains("# le plan d'un cycle clôturé"), "{plan}");
}

#[test]
fn help_is_spanish_and_arabic_too() {
    let sandbox = Sandbox::new();
    let (es, _, _) = run(&sandbox, &["--lang", "es", "city", "new", "--help"]);
    assert!(es.starts_with("Crear el perfil de una ciudad"), "{es}");
    assert!(
        es.contains("Uso: workbook city new [OPCIONES] <NOMBRE>"),
        "{es}"
    );
    assert!(es.contains("Argumentos:"), "{es}");
    assert!(es.contains("Ejemplos:"), "{es}");
    let (ar, _, _) = run(&sandbox, &["--lang", "ar", "plan", "-h"]);
    assert!(ar.starts_with("كتابة خطة عمل المدينة"), "{ar}");
    assert!(ar.contains("الاستخدام: workbook plan [خيارات]"), "{ar}");
    assert!(ar.contains("الخيارات:"), "{ar}");
    assert!(ar.contains("أمثلة:"), "{ar}");
    assert!(!ar.contains("Usage:") && !ar.contains("Print help"), "{ar}");
}

#[test]
fn english_help_and_errors_are_clap_own() {
    let sandbox = Sandbox::new();
    let (help, _, _) = run(&sandbox, &["plan", "--help"]);
    assert!(help.starts_with("Write a city's action plan as markdown, HTML or JSON\n\nUsage: workbook plan [OPTIONS]\n\nOptions:\n"));
    assert!(help.contains("          [default: markdown]\n"), "{help}");
    let (_, error, code) = run(&sandbox, &["plan", "--cty", "X"]);
    assert_eq!(code, 2);
    assert_eq!(
        error,
        "error: unexpected argument '--cty' found\n\n  tip: a similar argument exists: '--city'\n\n\
         Usage: workbook plan --city <NAME>\n\nFor more information, try '--help'.\n"
    );
}

#[test]
fn usage_errors_are_in_the_users_language() {
    let sandbox = Sandbox::new();
    let (_, fr, code) = run(&sandbox, &["--lang", "fr", "plan", "--cty", "X"]);
    assert_eq!(code, 2);
    assert_eq!(
        fr,
        "erreur : argument « --cty » inattendu\n\n  conseil : un argument proche existe : « --city »\n\n\
         Utilisation : workbook plan --city <NOM>\n\nPour en savoir plus, essayez « --help ».\n"
    );
    let (_, es, code) = run(&sandbox, &["--lang", "es", "city", "delet"]);
    assert_eq!(code, 2);
    assert!(
        es.starts_with("error: suborden «delet» desconocida\n"),
        "{es}"
    );
    assert!(
        es.contains("existe una suborden parecida: «delete»"),
        "{es}"
    );
    assert!(es.contains("Uso: workbook city [OPCIONES] <ORDEN>"), "{es}");
    let (_, ar, code) = run(
        &sandbox,
        &["--lang", "ar", "city", "edit", "A", "--wait", "x"],
    );
    assert_eq!(code, 2);
    assert!(
        ar.starts_with("خطأ: القيمة «x» غير صالحة لـ«--wait <الثواني>»: `x` ليس عددًا من الثواني"),
        "{ar}"
    );
    // A mistake the program finds itself, after the command line was read.
    let (_, fr, code) = run(&sandbox, &["--lang", "fr", "plan"]);
    assert_eq!(code, 2);
    assert!(
        fr.starts_with("erreur : indiquez la ville dont il faut écrire le plan"),
        "{fr}"
    );
}

#[test]
fn commands_say_what_they_did_in_the_users_language() {
    let sandbox = Sandbox::new();
    let (fr, _, _) = run(&sandbox, &["--lang", "fr", "city", "new", "Lyon"]);
    assert!(fr.starts_with("« Lyon » créée ("), "{fr}");
    assert!(
        fr.ends_with("; nombres écrits avec un point décimal : 1234.5).\n"),
        "{fr}"
    );
    let (es, _, _) = run(&sandbox, &["--lang", "es", "city", "new", "Quito"]);
    assert!(es.starts_with("«Quito» creada ("), "{es}");
    let (ar, _, _) = run(&sandbox, &["--lang", "ar", "city", "new", "Tunis"]);
    assert!(ar.starts_with("أُنشئت «Tunis» ("), "{ar}");

    let (progress, _, _) = run(&sandbox, &["--lang", "fr", "progress", "--city", "Lyon"]);
    let heading = progress.lines().next().unwrap();
    assert_eq!(
        heading,
        "CAHIER           RÉPONDUES PERTINENTES OBLIGATOIRES     FAIT"
    );
    assert!(progress.contains("\nmapping   "), "{progress}");
    let (progress, _, _) = run(&sandbox, &["--lang", "ar", "progress", "--city", "Lyon"]);
    assert!(progress.starts_with("كراسة العمل"), "{progress}");

    run(
        &sandbox,
        &[
            "answer",
            "set",
            "--city",
            "Lyon",
            "mapping.has_mapped",
            "yes",
        ],
    );
    let (shown, _, _) = run(&sandbox, &["--lang", "es", "city", "show", "Lyon"]);
    assert!(shown.contains("Ciudad:     Lyon\n"), "{shown}");
    assert!(
        shown.contains("Papel:      personal municipal\n"),
        "{shown}"
    );
    assert!(shown.contains("Respuestas: 1\n"), "{shown}");
    let (closed, _, _) = run(
        &sandbox,
        &[
            "--lang",
            "fr",
            "round",
            "close",
            "--city",
            "Lyon",
            "--dry-run",
            "--label",
            "2026",
        ],
    );
    assert!(
        closed.starts_with("Le cycle 2026 de Lyon serait clôturé : 1 réponse, du "),
        "{closed}"
    );
    assert!(
        closed.contains("Rien n'a été enregistré (simulation)."),
        "{closed}"
    );
}

/// `--lang` names the translation `validate` checks and, as on every command, the language the
/// report is in: a translator checking French reads the report in French.
#[test]
fn validate_lang_checks_the_translation_and_reports_in_it() {
    Sandbox::new()
        .cmd()
        .args(["validate", "--lang", "fr", "tests/fixtures/i18n/stale"])
        .assert()
        .stderr(contains(
            "1 cahier et 2 fichiers de traduction vérifiés (fr)",
        ));
    Sandbox::new()
        .cmd()
        .env("LANG", "fr_FR.UTF-8")
        .args(["validate", "tests/fixtures/i18n/stale"])
        .assert()
        .stderr(contains("1 cahier vérifié"));
}

/// The program on a sandbox with Testville and the plain-mode fixture's workbooks.
fn walk(sandbox: &Sandbox, lang: &str, script: &str) -> String {
    let output = sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .arg("--workbooks")
        .arg(fixture("plain"))
        .args([
            "--lang",
            lang,
            "open",
            "walk",
            "--city",
            "Testville",
            "--plain",
        ])
        .write_stdin(script.to_string())
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{stdout}");
    stdout
}

fn has_plan(sandbox: &Sandbox) -> serde_json::Value {
    let output = sandbox
        .cmd()
        .arg("--data-dir")
        .arg(sandbox.data_dir())
        .arg("--workbooks")
        .arg(fixture("plain"))
        .args([
            "answer",
            "get",
            "--city",
            "Testville",
            "walk.has_plan",
            "--json",
        ])
        .output()
        .unwrap();
    serde_json::from_slice::<serde_json::Value>(&output.stdout).unwrap()["value"].clone()
}

#[test]
fn plain_mode_takes_yes_and_no_in_the_users_language_and_in_english() {
    let sandbox = Sandbox::new();
    run(&sandbox, &["city", "new", "Testville"]);

    let said = walk(&sandbox, "fr", "oui\n:quit\n");
    assert!(said.contains("Tapez oui ou non ;"), "{said}");
    assert!(said.contains("Votre réponse :\nEnregistré.\n"), "{said}");
    assert!(said.contains("Question 1 sur 4, obligatoire"), "{said}");
    assert!(
        said.contains("Testville enregistrée : 1 réponse modifiée cette fois. Pour reprendre : workbook --data-dir "),
        "{said}"
    );
    assert!(
        said.trim_end()
            .ends_with("open walk --city Testville --plain"),
        "{said}"
    );
    assert!(
        said.contains(" --lang fr "),
        "the resume command keeps the language: {said}"
    );
    assert_eq!(has_plan(&sandbox), true);

    walk(&sandbox, "fr", ":back\nnon\n:quit\n");
    assert_eq!(has_plan(&sandbox), false);
    walk(&sandbox, "fr", ":back\nyes\n:quit\n");
    assert_eq!(has_plan(&sandbox), true);
    walk(&sandbox, "es", ":back\nno\n:quit\n");
    assert_eq!(has_plan(&sandbox), false);
    walk(&sandbox, "es", ":back\nSí\n:quit\n");
    assert_eq!(has_plan(&sandbox), true);
    let said = walk(&sandbox, "ar", ":back\nلا\n:quit\n");
    assert!(said.contains("اكتب نعم أو لا"), "{said}");
    assert_eq!(has_plan(&sandbox), false);
}

#[test]
fn answer_set_takes_yes_and_no_in_the_users_language() {
    let sandbox = Sandbox::new();
    run(&sandbox, &["city", "new", "Lyon"]);
    let set = |lang: &str, value: &str| {
        sandbox
            .cmd()
            .arg("--data-dir")
            .arg(sandbox.data_dir())
            .args(["--lang", lang, "answer", "set", "--city", "Lyon"])
            .args(["mapping.has_mapped", value])
            .assert()
            .success()
    };
    set("fr", "oui").stdout(predicate::str::starts_with(
        "mapping.has_mapped enregistrée pour Lyon.",
    ));
    let (value, _, _) = run(
        &sandbox,
        &["answer", "get", "--city", "Lyon", "mapping.has_mapped"],
    );
    assert_eq!(value, "yes\n");
    set("es", "no");
    let (value, _, _) = run(
        &sandbox,
        &["answer", "get", "--city", "Lyon", "mapping.has_mapped"],
    );
    assert_eq!(value, "no\n");
}

/// Every option and argument of every command, with its placeholder and help, in `lang`.
fn arguments(lang: &str) -> Vec<(String, Vec<String>, String)> {
    fn walk(command: &clap::Command, path: &str, out: &mut Vec<(String, Vec<String>, String)>) {
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if matches!(id, "help" | "version") || arg.is_hide_set() {
                continue;
            }
            let names = arg
                .get_value_names()
                .map(|n| n.iter().map(|s| s.to_string()).collect())
                .unwrap_or_default();
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            out.push((format!("{path} {id}"), names, help));
        }
        for sub in command.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), out);
        }
    }
    let _speaking = workbook_core::messages::speak_on_this_thread(lang);
    let mut out = Vec::new();
    walk(&workbook::cli::command(), "workbook", &mut out);
    out
}

#[test]
fn every_option_says_what_it_is_for_and_its_placeholder_is_in_the_users_language() {
    let english = arguments("en");
    let mut missing = Vec::new();
    for lang in ["en", "fr", "es", "ar"] {
        let args = arguments(lang);
        for ((at, names, help), (_, english_names, _)) in args.iter().zip(&english) {
            if help.trim().is_empty() {
                missing.push(format!("{lang}: {at} has no help"));
            }
            if lang == "en" {
                continue;
            }
            for (name, english) in names.iter().zip(english_names) {
                // A placeholder of several words is translated as a whole.
                if english.contains(['|', '.']) && name == english {
                    missing.push(format!("{lang}: {at} shows the English placeholder {name}"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
