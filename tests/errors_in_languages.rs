//! What a French, Spanish or Arabic user sees when the program refuses something or reports on
//! a city: answer checks, problems in a workbook file, store and round errors, and the round
//! diff, in the language asked for, with ids, values and places as they are. The English texts
//! are the other tests' business.

mod city_env;
mod common;

use city_env::Env;
use common::Sandbox;
use predicates::str::contains;

fn with_city() -> Env {
    let env = Env::new();
    env.run(&["city", "new", "Lyon", "--role", "official"])
        .success();
    env
}

#[test]
fn a_refused_answer_is_explained_in_the_users_language() {
    let env = with_city();
    let set = |lang: &str, key: &str, value: &str| {
        env.run(&[
            "--lang", lang, "answer", "set", "--city", "Lyon", key, value,
        ])
    };
    set("fr", "civic.plan_review", "31/03/2026").code(1).stderr(contains(
        "civic.plan_review: `31/03/2026` n'est pas une date\u{a0}; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-03-31",
    ));
    set("es", "civic.staff", "2.5").code(1).stderr(contains(
        "civic.staff: 2.5 no es un número entero; escriba uno como 12",
    ));
    set("ar", "civic.threats", "bogus").code(1).stderr(contains(
        "civic.threats: `bogus` ليس من الخيارات: hate, extremism, mixed, other",
    ));
    set("fr", "civic.partners", "role=Chair")
        .code(1)
        .stderr(contains(
            "civic.partners: ligne 1\u{a0}: Name est obligatoire",
        ));
    // Yes typed in one language is yes in every other.
    set("fr", "civic.has_plan", "oui").success();
    let get = |lang: &str| {
        env.run(&[
            "--lang",
            lang,
            "answer",
            "get",
            "--city",
            "Lyon",
            "civic.has_plan",
        ])
        .success()
        .get_output()
        .stdout
        .clone()
    };
    assert_eq!(String::from_utf8(get("es")).unwrap(), "sí\n");
    assert_eq!(String::from_utf8(get("ar")).unwrap(), "نعم\n");
}

#[test]
fn a_broken_workbook_is_reported_in_the_users_language_at_the_same_place() {
    Sandbox::new()
        .cmd()
        .env("LANG", "fr_FR.UTF-8")
        .args(["validate", "tests/fixtures/invalid/bad_id.toml"])
        .assert()
        .code(1)
        .stderr(contains(
            "tests/fixtures/invalid/bad_id.toml:18:6: erreur: l'identifiant de question `Has Plan` doit commencer par une lettre minuscule",
        ))
        .stderr(contains(
            "  = conseil: les identifiants figurent dans les fichiers et les commandes\u{a0}; par exemple `stakeholder_map`",
        ));
    Sandbox::new()
        .cmd()
        .args([
            "--lang",
            "ar",
            "validate",
            "tests/fixtures/invalid/bad_id.toml",
        ])
        .assert()
        .code(1)
        .stderr(contains(
            "bad_id.toml:18:6: خطأ: يجب أن يبدأ معرّف السؤال `Has Plan`",
        ));
}

#[test]
fn store_and_round_errors_say_what_to_do_in_the_users_language() {
    let env = with_city();
    env.run(&[
        "--lang",
        "es",
        "answer",
        "get",
        "--city",
        "Gent",
        "civic.name",
    ])
    .failure()
    .stderr(contains(
        "no hay ninguna ciudad llamada «Gent»; `workbook city list` muestra las ciudades",
    ));
    env.run(&[
        "--lang", "fr", "round", "close", "--city", "Lyon", "--label", "2026",
    ])
    .failure()
    .stderr(contains(
        "Lyon n'a encore aucune réponse, il n'y a donc rien à clore",
    ));
    env.run(&[
        "--lang", "ar", "round", "close", "--city", "Lyon", "--label", "current",
    ])
    .failure()
    .stderr(contains("اسم الجولة «current» محجوز للجولة المفتوحة"));
}

#[test]
fn the_round_diff_is_written_in_the_users_language() {
    let sandbox = Sandbox::new();
    let data = sandbox.data_dir();
    let run = |args: &[&str]| {
        sandbox
            .cmd()
            .arg("--data-dir")
            .arg(&data)
            .args(args)
            .assert()
    };
    run(&["city", "new", "Lyon"]).success();
    let set = |key: &str, value: &str| {
        run(&["answer", "set", "--city", "Lyon", key, value]).success();
    };
    set("mapping.has_mapped", "no");
    set(
        "strategy.actions",
        "action=Train youth workers, status=planned; action=Print leaflets, status=planned",
    );
    run(&["round", "close", "--city", "Lyon", "--label", "2025"]).success();
    set("mapping.has_mapped", "yes");
    set(
        "strategy.actions",
        "action=Train youth workers, status=done",
    );
    let diff = |lang: &str| {
        let out = run(&["--lang", lang, "diff", "--city", "Lyon"]).success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let fr = diff("fr");
    for line in [
        "# Lyon\u{a0}: ce qui a changé entre le cycle 2025 et le cycle en cours\n",
        "## Réponses\n\n2 modifiées.\n",
        "(modifiée)\u{a0}: était non\u{a0}; désormais oui\n",
        "2 lignes → 1 ligne\u{a0}; supprimés\u{a0}: Print leaflets",
        "| Action | État en 2025 | État aujourd'hui | Note d'avancement |\n",
    ] {
        assert!(fr.contains(line), "{line:?} in\n{fr}");
    }
    let es = diff("es");
    assert!(es.contains("## Respuestas\n\n2 modificadas.\n"), "{es}");
    let ar = diff("ar");
    assert!(ar.contains("## الإجابات\n\nإجابتان معدّلتان.\n"), "{ar}");
    assert!(ar.contains("صفان → صف واحد؛ حُذف: Print leaflets"), "{ar}");
}
