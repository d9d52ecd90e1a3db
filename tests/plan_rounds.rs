//! The plan across rounds, from the command line: the chapter on progress since the last
//! round (actions by status, indicators against baseline and target, what changed in the
//! mapping), and the plan of a closed round (`plan --round`), which compares with the round
//! before it and gives the same bytes every time, whatever the city does afterwards.

use std::path::Path;

use assert_cmd::Command;
use predicates::str::contains;

struct City {
    data: tempfile::TempDir,
    home: tempfile::TempDir,
}

impl City {
    /// Lyon, taken through two closed rounds (2025 and 2026) into a third, open one.
    fn through_three_rounds() -> City {
        let city = City {
            data: tempfile::tempdir().unwrap(),
            home: tempfile::tempdir().unwrap(),
        };
        city.run(&["city", "new", "Lyon"]);
        // 2025: two actions planned, an indicator first measured, one threat, one partner.
        city.set(
            "strategy.actions",
            "action=Open a youth centre,owner=Youth Office,due=2025-12-31,status=planned;\
             action=Train teachers,owner=Schools,budget=5000,status=planned",
        );
        city.set(
            "strategy.objective_indicators",
            "indicator=Young people reached,baseline=10,target=30,actual=12;\
             indicator=Trust in the city,baseline=Survey due,target=Up",
        );
        city.set("mapping.threats", "hate_incidents");
        city.set("mapping.stakeholders", "name=Youth Trust");
        city.run(&["round", "close", "--city", "Lyon", "--label", "2025"]);
        // 2026: the centre opened, the training is late; the mapping found more.
        city.set(
            "strategy.actions",
            "action=Open a youth centre,owner=Youth Office,due=2025-12-31,status=done,\
             progress_note=Opened in May after a slow start;\
             action=Train teachers,owner=Schools,budget=5000,status=late,\
             progress_note=The trainer left in March",
        );
        city.set(
            "strategy.objective_indicators",
            "indicator=Young people reached,baseline=10,target=30,actual=20;\
             indicator=Trust in the city,baseline=Survey due,target=Up",
        );
        city.set("mapping.threats", "hate_incidents;polarisation");
        city.set("mapping.stakeholders", "name=Youth Trust;name=City Police");
        city.run(&["round", "close", "--city", "Lyon", "--label", "2026"]);
        // The open round: the training is dropped, a new action, the indicator moves on.
        city.set(
            "strategy.actions",
            "action=Open a youth centre,owner=Youth Office,due=2025-12-31,status=done;\
             action=Train teachers,owner=Schools,budget=5000,status=dropped,\
             progress_note=The schools train their own staff now;\
             action=Weekend sports nights,owner=Sports Office,budget=2000,status=planned",
        );
        city.set(
            "strategy.objective_indicators",
            "indicator=Young people reached,baseline=10,target=30,actual=26",
        );
        city
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("workbook").unwrap();
        cmd.env("WORKBOOK_DATA_DIR", self.data.path())
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path())
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LC_NUMERIC")
            .env_remove("WORKBOOK_PATH");
        cmd
    }

    fn run(&self, args: &[&str]) {
        self.cmd().args(args).assert().success();
    }

    fn set(&self, question: &str, value: &str) {
        self.run(&["answer", "set", "--city", "Lyon", question, value]);
    }

    /// The plan as text, with `args` after `plan --city Lyon --date 2026-03-31`.
    fn plan(&self, args: &[&str]) -> String {
        let output = self
            .cmd()
            .args(["plan", "--city", "Lyon", "--date", "2026-03-31"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    /// The plan written to a file, as bytes.
    fn plan_file(&self, args: &[&str], file: &Path) -> Vec<u8> {
        self.cmd()
            .args(["plan", "--city", "Lyon", "--date", "2026-03-31", "-o"])
            .arg(file)
            .args(args)
            .assert()
            .success();
        std::fs::read(file).unwrap()
    }
}

/// The chapter on progress since the last round, up to the next chapter.
fn chapter(markdown: &str) -> &str {
    let start = markdown
        .find("## Progress since the last round")
        .unwrap_or_else(|| panic!("no progress chapter:\n{markdown}"));
    let rest = &markdown[start..];
    &rest[..rest[3..].find("\n## ").map_or(rest.len(), |end| end + 3)]
}

#[test]
fn the_open_round_s_plan_reports_progress_since_the_round_closed_last() {
    let city = City::through_three_rounds();
    let markdown = city.plan(&[]);
    assert!(
        !markdown.contains("- **Round:**"),
        "the open round's plan names no round on its cover"
    );
    let progress = chapter(&markdown);
    assert!(progress.contains("closed on"), "{progress}");
    assert!(progress.contains("the city's 2026 round"), "{progress}");
    assert!(
        progress.contains("Of the 3 actions in this plan, 1 is done, 1 dropped and 1 planned. 1 is new since the 2026 round."),
        "{progress}"
    );
    assert!(progress.contains(
        "**Dropped**\n\n- Train teachers (Schools): The schools train their own staff now\n"
    ));
    assert!(progress.contains(
        "| Young people reached | 10 | 20 | 26 | 30 | Up 6 since the 2026 round; 80% of the way from the baseline to the target |"
    ), "{progress}");
    assert!(
        progress.contains("No longer followed since the 2026 round: Trust in the city."),
        "{progress}"
    );
    assert!(
        progress.contains(
            "The mapping's lists, stakeholder map and register are as they were at the 2026 round."
        ),
        "{progress}"
    );
    // The summary says it in a sentence; the dropped action costs nothing.
    assert!(markdown.contains("Since the 2026 round, closed on "));
    assert!(markdown.contains("the city reports 1 action done and 1 dropped, and 1 of the 1 indicator measured in numbers has moved towards its target."));
    assert!(
        markdown.contains("| **Total** | **1** | **2,000** |"),
        "the dropped action's 5000 is not counted"
    );
    assert!(markdown.contains("| Weekend sports nights |"));
}

#[test]
fn a_closed_round_s_plan_is_the_city_then_against_the_round_before() {
    let city = City::through_three_rounds();
    let markdown = city.plan(&["--round", "2026"]);
    assert!(
        markdown.contains("- **Round:** 2026, the answers as they stood when the round closed on "),
        "{markdown}"
    );
    let progress = chapter(&markdown);
    assert!(progress.contains("the city's 2025 round"), "{progress}");
    assert!(progress.contains(
        "**Done**\n\n- Open a youth centre (Youth Office, by 2025-12-31): Opened in May after a slow start\n"
    ), "{progress}");
    assert!(
        progress.contains("**Late**\n\n- Train teachers (Schools): The trainer left in March\n"),
        "{progress}"
    );
    assert!(progress.contains(
        "| Young people reached | 10 | 12 | 20 | 30 | Up 8 since the 2025 round; 50% of the way from the baseline to the target |"
    ), "{progress}");
    assert!(
        progress
            .contains("- **Threats present in the city.** New: Political or social polarisation."),
        "{progress}"
    );
    assert!(
        progress.contains("- **Stakeholder map.** New: City Police."),
        "{progress}"
    );
    assert!(
        !markdown.contains("Weekend sports nights"),
        "a later action"
    );

    // The public edition keeps the chapter and leaves the notes out.
    let public = city.plan(&["--round", "2026", "--edition", "public"]);
    let progress = chapter(&public);
    assert!(
        progress.contains("- Open a youth centre (Youth Office, by 2025-12-31)\n"),
        "{progress}"
    );
    assert!(!public.contains("Opened in May"));
    assert!(!public.contains("The trainer left"));

    // The first round has no round before it, so no chapter on progress.
    let first = city.plan(&["--round", "2025"]);
    assert!(first.contains("- **Round:** 2025,"));
    assert!(!first.contains("Progress since the last round"));
    assert!(!first.contains("Since the"));
}

#[test]
fn a_closed_round_s_plan_is_the_same_bytes_every_time_in_every_format() {
    let city = City::through_three_rounds();
    let dir = tempfile::tempdir().unwrap();
    let formats = ["markdown", "html", "json", "docx"];
    let build = |format: &str, n: usize| {
        let file = dir.path().join(format!("{format}-{n}"));
        city.plan_file(&["--round", "2026", "--format", format], &file)
    };
    let first: Vec<Vec<u8>> = formats.iter().map(|f| build(f, 1)).collect();
    // The city goes on with its open round: the closed round's plan does not move.
    city.set("mapping.threats", "extremism");
    city.set("strategy.actions", "action=Something else,status=planned");
    city.run(&["round", "close", "--city", "Lyon", "--label", "2027"]);
    for (index, format) in formats.iter().enumerate() {
        assert!(
            first[index] == build(format, 2),
            "{format}: the plan of round 2026 changed"
        );
    }
    let json: serde_json::Value = serde_json::from_slice(&first[2]).unwrap();
    assert_eq!(json["round"]["label"], "2026");
    assert_eq!(json["since_last_round"]["round"]["label"], "2025");
    assert!(first[1].starts_with(b"<!DOCTYPE html>"));
    assert!(first[3].starts_with(b"PK"));
    // `current` names the open round: the same as no --round at all.
    assert_eq!(city.plan(&["--round", "current"]), city.plan(&[]));
}

#[test]
fn an_unknown_round_is_an_error_that_names_the_rounds() {
    let city = City::through_three_rounds();
    city.cmd()
        .args(["plan", "--city", "Lyon", "--round", "2024"])
        .assert()
        .code(1)
        .stderr(contains(
            "Lyon has no round \"2024\"; its rounds are: 2025, 2026",
        ));
}
