//! `workbook diff`: a city taken through three rounds (answers, action statuses and indicator
//! values changing), read as a user reads it in markdown and as a tool reads it in JSON; the
//! errors that say what to do; hostile answer text that must stay text.

mod common;

use assert_cmd::assert::Assert;
use common::Sandbox;
use comrak::nodes::{AstNode, NodeValue};
use comrak::{Arena, Options, parse_document};
use predicates::str::contains;
use serde_json::{Value, json};

struct Hub {
    sandbox: Sandbox,
}

impl Hub {
    fn new() -> Hub {
        Hub {
            sandbox: Sandbox::new(),
        }
    }

    fn run(&self, args: &[&str]) -> Assert {
        self.sandbox
            .cmd()
            .arg("--data-dir")
            .arg(self.sandbox.data_dir())
            .args(args)
            .assert()
    }

    fn out(&self, args: &[&str]) -> String {
        String::from_utf8(self.run(args).success().get_output().stdout.clone()).unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.out(args)).unwrap()
    }

    fn set(&self, city: &str, key: &str, value: &str) {
        self.run(&["answer", "set", "--city", city, key, value])
            .success();
    }

    fn set_json(&self, city: &str, key: &str, value: Value) {
        let value = value.to_string();
        self.run(&["answer", "set", "--city", city, key, "--json", &value])
            .success();
    }

    fn close(&self, city: &str, label: &str) {
        self.run(&["round", "close", "--city", city, "--label", label])
            .success();
    }
}

/// Every `YYYY-MM-DD` replaced by `DATE`: rounds are closed today.
fn undated(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let shape = "dddd-dd-dd";
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let window = chars.get(i..i + shape.len());
        let is_date = window.is_some_and(|w| {
            w.iter().zip(shape.chars()).all(|(c, s)| match s {
                'd' => c.is_ascii_digit(),
                _ => *c == s,
            })
        });
        if is_date {
            out.push_str("DATE");
            i += shape.len();
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Lyon through rounds 2025 and 2026, and into the open round.
fn three_rounds() -> Hub {
    let hub = Hub::new();
    hub.run(&["city", "new", "Lyon", "--country", "France"])
        .success();
    hub.set("Lyon", "mapping.has_mapped", "no");
    hub.set("Lyon", "mapping.threats", "hate_incidents; extremism");
    hub.set("Lyon", "mapping.review_owner", "Mapping team");
    hub.set(
        "Lyon",
        "strategy.actions",
        "action=Train youth workers, status=planned; action=Open a referral desk, status=planned; action=Print leaflets, status=in_progress",
    );
    hub.set(
        "Lyon",
        "strategy.objective_indicators",
        "indicator=Residents reached, baseline=100, target=500; indicator=Reported incidents, baseline=40, target=20",
    );
    hub.close("Lyon", "2025");

    hub.set("Lyon", "mapping.has_mapped", "yes");
    hub.set("Lyon", "mapping.threats", "hate_incidents; polarisation");
    hub.run(&["answer", "clear", "--city", "Lyon", "mapping.review_owner"])
        .success();
    hub.set(
        "Lyon",
        "strategy.actions",
        "action=Train youth workers, status=in_progress; action=Open a referral desk, status=planned; action=Hold a forum, status=planned",
    );
    hub.set(
        "Lyon",
        "strategy.objective_indicators",
        "indicator=Residents reached, baseline=100, target=500, actual=300; indicator=Reported incidents, baseline=40, target=20, actual=35",
    );
    hub.close("Lyon", "2026");

    hub.set(
        "Lyon",
        "strategy.actions",
        "action=Train youth workers, status=done, progress_note=40 trained; action=Open a referral desk, status=late, progress_note=No room yet; action=Hold a forum, status=planned",
    );
    hub.set(
        "Lyon",
        "strategy.objective_indicators",
        "indicator=Residents reached, baseline=100, target=500, actual=520; indicator=Reported incidents, baseline=40, target=20, actual=18",
    );
    hub.set("Lyon", "strategy.purpose", "Keep the city calm");
    hub
}

#[test]
fn the_last_round_against_now_reads_as_a_review() {
    let hub = three_rounds();
    let text = hub.out(&["diff", "--city", "Lyon"]);
    assert_eq!(
        undated(&text),
        "# Lyon: what changed from round 2026 to the current round

Round 2026 (closed DATE) compared with the current round (open since DATE).

## Answers

1 added, 2 changed.

### Developing a strategy

- **Purpose of the strategy** (added): Keep the city calm
- **Indicators for the objectives** (changed): changed Residents reached, Reported incidents
- **Strategy actions** (changed): changed Train youth workers, Open a referral desk

## Actions

Actions of every action table whose status changed, and actions new or gone.

| Action | Status in 2026 | Status now | Progress note |
|---|---|---|---|
| Train youth workers | In progress | Done | 40 trained |
| Open a referral desk | Planned | Late | No room yet |

## Indicators against target

| Indicator | Baseline | Target | Latest value in 2026 | Latest value now | Target reached now |
|---|---|---|---|---|---|
| Residents reached | 100 | 500 | 300 | 520 | yes |
| Reported incidents | 40 | 20 | 35 | 18 | yes |

"
    );
    // `--to current` is the default, and -o writes the same document atomically.
    let file = hub.sandbox.home.path().join("changes.md");
    hub.run(&[
        "diff",
        "--city",
        "lyon",
        "--from",
        "2026",
        "--to",
        "current",
        "-o",
        file.to_str().unwrap(),
    ])
    .success()
    .stdout("");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    let left: Vec<_> = std::fs::read_dir(hub.sandbox.home.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("changes") && n != "changes.md")
        .collect();
    assert!(left.is_empty(), "no temporary file left: {left:?}");
}

#[test]
fn an_earlier_pair_of_rounds_names_answers_choices_and_actions_in_words() {
    let hub = three_rounds();
    let text = hub.out(&["diff", "--city", "Lyon", "--from", "2025", "--to", "2026"]);
    assert!(
        text.starts_with("# Lyon: what changed from round 2025 to round 2026\n"),
        "{text}"
    );
    for line in [
        "### Comprehensive and inclusive mapping",
        "- **Earlier mapping** (changed): was no; now yes",
        "- **Threats present in the city** (changed): added Political or social polarisation; removed Violent extremism (any ideology)",
        "- **Owner of the mapping** (removed): was Mapping team",
        "- **Strategy actions** (changed): added Hold a forum; removed Print leaflets; changed Train youth workers",
        "| Action | Status in 2025 | Status in 2026 | Progress note |",
        "| Train youth workers | Planned | In progress |  |",
        "| Hold a forum | not listed | Planned |  |",
        "| Print leaflets | In progress | removed |  |",
        "| Residents reached | 100 | 500 | - | 300 | not yet |",
        "| Reported incidents | 40 | 20 | - | 35 | not yet |",
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "{line:?} missing from\n{text}"
        );
    }
    assert!(
        !text.contains("Open a referral desk"),
        "its status did not change: {text}"
    );
    for id in [
        "has_mapped",
        "review_owner",
        "strategy.",
        "hate_incidents",
        "in_progress",
    ] {
        assert!(!text.contains(id), "no internal id {id:?} in\n{text}");
    }
}

#[test]
fn json_holds_ids_values_and_labels() {
    let hub = three_rounds();
    let all = hub.json(&[
        "diff", "--city", "Lyon", "--from", "2025", "--format", "json",
    ]);
    assert_eq!(all["city"], "Lyon");
    assert_eq!(all["from"]["label"], "2025");
    assert_eq!(all["to"]["label"], "current");
    assert_eq!(all["to"]["open"], true);
    assert_eq!(all["backwards"], false);
    let answers = all["answers"].as_array().unwrap();
    let find = |q: &str| answers.iter().find(|a| a["question"] == q).unwrap();
    assert_eq!(find("has_mapped")["kind"], "changed");
    assert_eq!(find("has_mapped")["before"]["value"], false);
    assert_eq!(find("has_mapped")["after"]["text"], "yes");
    assert_eq!(find("threats")["workbook"], "mapping");
    assert_eq!(
        find("threats")["after"]["value"],
        json!(["hate_incidents", "polarisation"])
    );
    assert_eq!(find("review_owner")["kind"], "removed");
    assert_eq!(find("purpose")["kind"], "added");
    let actions = all["actions"].as_array().unwrap();
    let action = |a: &str| actions.iter().find(|x| x["action"] == a).unwrap();
    assert_eq!(action("Train youth workers")["before"]["status"], "planned");
    assert_eq!(action("Train youth workers")["after"]["status"], "done");
    assert_eq!(
        action("Train youth workers")["after"]["question"],
        "actions"
    );
    assert_eq!(
        action("Open a referral desk")["after"]["status_label"],
        "Late"
    );
    assert_eq!(action("Hold a forum")["kind"], "added");
    assert_eq!(action("Print leaflets")["kind"], "removed");
    assert_eq!(action("Print leaflets")["after"], Value::Null);
    let indicators = all["indicators"].as_array().unwrap();
    assert_eq!(indicators.len(), 2);
    assert_eq!(indicators[0]["indicator"], "Residents reached");
    assert_eq!(indicators[0]["before"]["actual"], Value::Null);
    assert_eq!(indicators[0]["after"]["actual"], "520");
    assert_eq!(indicators[0]["after"]["reached"], true);
    assert_eq!(indicators[1]["after"]["reached"], true, "18 is below 20");

    let back = hub.json(&[
        "diff", "--city", "Lyon", "--from", "current", "--to", "2025", "--format", "json",
    ]);
    assert_eq!(back["backwards"], true);
    let purpose = back["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["question"] == "purpose")
        .unwrap();
    assert_eq!(purpose["kind"], "removed");
}

#[test]
fn backwards_nothing_changed_and_the_errors_say_what_to_do() {
    let hub = Hub::new();
    hub.run(&["city", "new", "Lyon"]).success();
    hub.set("Lyon", "mapping.has_mapped", "no");
    hub.run(&["diff", "--city", "Lyon"])
        .code(1)
        .stderr(contains("Lyon has no closed round yet"))
        .stderr(contains("workbook round close --city Lyon"));
    hub.close("Lyon", "2025");
    let same = hub.out(&["diff", "--city", "Lyon"]);
    assert_eq!(
        undated(&same),
        "# Lyon: what changed from round 2025 to the current round\n\nNothing changed between round 2025 (closed DATE) and the current round (open since DATE).\n"
    );
    // A closed round holding an answer in another form that means the same (edited by hand,
    // or written by another tool) is no change.
    let file = std::fs::read_dir(hub.sandbox.data_dir().join("cities"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "toml"))
        .unwrap();
    let stored = std::fs::read_to_string(&file).unwrap();
    let round = stored
        .find("[rounds.2025.answers.mapping.has_mapped]")
        .unwrap();
    let (head, tail) = stored.split_at(round);
    let edited = format!(
        "{head}{}",
        tail.replacen("value = false", "value = \"No\"", 1)
    );
    assert_ne!(edited, stored);
    std::fs::write(&file, edited).unwrap();
    assert_eq!(hub.out(&["diff", "--city", "Lyon"]), same);
    hub.set("Lyon", "mapping.has_mapped", "yes");
    let back = hub.out(&[
        "diff", "--city", "Lyon", "--from", "current", "--to", "2025",
    ]);
    assert!(
        back.starts_with("# Lyon: what changed from the current round to round 2025\n"),
        "{back}"
    );
    assert!(back.contains("reads back in time"), "{back}");
    assert!(
        back.contains("- **Earlier mapping** (changed): was yes; now no"),
        "{back}"
    );
    hub.run(&["diff", "--city", "Lyon", "--from", "2024"])
        .code(1)
        .stderr(contains(
            "its rounds are: 2025 and current (the open round)",
        ))
        .stderr(contains("workbook round list --city Lyon"));
    hub.run(&["diff", "--city", "Nowhere"]).code(1);
    hub.run(&["diff", "--city", "Lyon", "--format", "pdf"])
        .code(2);
}

const HOSTILE: &str = "# Title\n<script>alert(1)</script> <b>bold</b> &amp;\n| a | b |\n|---|---|\n[click](https://evil.example) ![img](x.png) <https://evil.example> www.evil.example a@b.org\n```\ncode\n```\n- item\n1. one\n---\n> quote \u{1b}[2J\u{1b}]0;title\u{7} *em* **strong** ~~del~~ `code` $x$ [^1] \u{202e}";

/// A city whose answers, actions and indicators hold `say(0)`, `say(1)`..., one per field,
/// through one round; its diff.
fn city_saying(say: impl Fn(usize) -> String) -> String {
    let hub = Hub::new();
    hub.run(&["city", "new", "Lyon"]).success();
    // Short answers are one line; long answers and table cells may hold line breaks.
    let line = |i: usize| say(i).replace('\n', " ");
    let row =
        |status: &str| json!([{ "action": say(0), "status": status, "progress_note": say(1) }]);
    let indicator = |actual: String| json!([{ "indicator": say(2), "baseline": say(3), "target": "10", "actual": actual }]);
    hub.set_json("Lyon", "mapping.review_owner", json!(line(4)));
    hub.set_json("Lyon", "strategy.actions", row("planned"));
    hub.set_json(
        "Lyon",
        "strategy.objective_indicators",
        indicator("4".into()),
    );
    hub.set_json("Lyon", "mapping.threats", json!(["hate_incidents"]));
    hub.close("Lyon", "2025");
    hub.set_json("Lyon", "mapping.review_owner", json!(line(5)));
    hub.set_json("Lyon", "strategy.purpose", json!(say(6)));
    hub.set_json("Lyon", "strategy.actions", row("done"));
    hub.set_json("Lyon", "strategy.objective_indicators", indicator(say(7)));
    hub.run(&[
        "answer",
        "set",
        "--city",
        "Lyon",
        "mapping.threats",
        &format!("--other={}", line(8)),
        "hate_incidents; other",
    ])
    .success();
    hub.out(&["diff", "--city", "Lyon"])
}

/// The document's shape: every node but text, with headings' and table cells' nesting.
fn skeleton(markdown: &str) -> Vec<String> {
    let arena = Arena::new();
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.extension.tasklist = true;
    options.extension.footnotes = true;
    options.extension.math_dollars = true;
    options.render.r#unsafe = true;
    let root = parse_document(&arena, markdown, &options);
    let mut out = Vec::new();
    walk(root, 0, &mut out);
    out
}

fn walk<'a>(node: &'a AstNode<'a>, depth: usize, out: &mut Vec<String>) {
    let value = &node.data.borrow().value;
    if !matches!(value, NodeValue::Text(_)) {
        let name = format!("{value:?}");
        let kind = name.split(['(', ' ', '{']).next().unwrap_or_default();
        out.push(format!("{}{kind}", "  ".repeat(depth)));
    }
    for child in node.children() {
        walk(child, depth + 1, out);
    }
}

#[test]
fn hostile_answer_text_cannot_change_the_documents_structure() {
    let plain = city_saying(|i| format!("plain words {i}"));
    // Each field one short hostile line (shown whole), then the whole text (cut short).
    let lines: Vec<&str> = HOSTILE.lines().collect();
    let short = city_saying(|i| format!("{} {i}", lines[i % lines.len()]));
    let long = city_saying(|i| format!("{HOSTILE} {i}"));
    for hostile in [&short, &long] {
        assert_eq!(
            skeleton(hostile),
            skeleton(&plain),
            "hostile text changed the document:\n{hostile}"
        );
        for bad in ['\u{1b}', '\u{7}', '\u{202e}'] {
            assert!(!hostile.contains(bad), "{bad:?} in\n{hostile}");
        }
        assert_eq!(hostile.lines().count(), plain.lines().count(), "{hostile}");
    }
    // Every piece of it is still there for the reader, as text.
    assert!(
        short.contains("\\<script\\>alert(1)\\</script\\>"),
        "{short}"
    );
    assert!(long.contains('…'), "{long}");
}
