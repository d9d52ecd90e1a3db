//! Property: whatever valid answers a city gives, the markdown plan parses back with the same
//! structure (headings, tables with their row and column counts, lists, links, code, HTML) as
//! the same answers written in plain words. tests/plan.rs checks one hostile string in every
//! answer at once; here which questions are answered, how many table rows there are and which
//! text goes where vary too.

mod plan_env;

use jiff::Timestamp;
use proptest::prelude::*;
use std::collections::BTreeMap;

use workbook::answer::{Number, NumberFormat, OTHER, Row, Source, Value, validate};
use workbook::plan::{self, PlanOptions};
use workbook::profile::{Answer, City, Profile, Role};
use workbook::workbook::{Catalog, ColumnKind, Kind, Question};

use plan_env::{Shape, catalog, options, shape, typed_list_items};

const PLAIN: &str = "plain words";

/// A tiny deterministic stream of choices from one proptest-drawn seed, so that the structure
/// of the answers varies while proptest shrinks the texts.
struct Picks(u64);

impl Picks {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// What to write wherever free text goes: the random texts in turn, or always `PLAIN`.
struct Texts<'a> {
    pool: &'a [String],
    next: usize,
}

impl Texts<'_> {
    /// The next text, numbered so that no two answers hold the same text: the plan merges an
    /// action entered twice, and both variants must merge (or not) alike.
    fn take(&mut self) -> String {
        self.next += 1;
        match self.pool {
            [] => format!("{PLAIN} {}", self.next),
            pool => format!("{} {}", pool[self.next % pool.len()], self.next),
        }
    }
}

fn value_for(question: &Question, picks: &mut Picks, texts: &mut Texts) -> Value {
    let choice = |picks: &mut Picks| match question.choices() {
        [] => OTHER.to_string(),
        choices => choices[picks.below(choices.len())].value().to_string(),
    };
    match question.kind() {
        Kind::ShortText | Kind::LongText => Value::Text(texts.take()),
        Kind::SingleChoice => Value::Text(choice(picks)),
        Kind::MultiChoice => {
            let mut items: Vec<String> = (0..1 + picks.below(3)).map(|_| choice(picks)).collect();
            items.sort();
            items.dedup();
            Value::List(items)
        }
        Kind::YesNo => Value::Bool(picks.below(2) == 0),
        Kind::Scale | Kind::Number => {
            let low = question.min().unwrap_or(1.0);
            Value::Number(Number::from_i64(low as i64 + picks.below(3) as i64))
        }
        Kind::Date => Value::Text(format!(
            "2026-{:02}-{:02}",
            1 + picks.below(12),
            1 + picks.below(28)
        )),
        Kind::List => Value::List((0..1 + picks.below(4)).map(|_| texts.take()).collect()),
        Kind::Table => Value::Table(
            (0..picks.below(7))
                .map(|_| {
                    let mut row = Row::new();
                    for column in question.columns() {
                        if !column.required && picks.below(4) == 0 {
                            continue;
                        }
                        let cell = match column.kind {
                            ColumnKind::Text => texts.take(),
                            ColumnKind::Number => (1 + picks.below(50)).to_string(),
                            ColumnKind::Date => {
                                format!(
                                    "2026-{:02}-{:02}",
                                    1 + picks.below(12),
                                    1 + picks.below(28)
                                )
                            }
                            ColumnKind::YesNo => ["yes", "no"][picks.below(2)].to_string(),
                            ColumnKind::Choice => match column.choices() {
                                [] => texts.take(),
                                choices => choices[picks.below(choices.len())].value().to_string(),
                            },
                        };
                        row.insert(column.id.get_ref().clone(), cell);
                    }
                    row
                })
                .collect(),
        ),
    }
}

/// Two cities answering the catalog's questions as `seed` decides: one with free text from
/// `pool`, one with plain words in the same places. An answer is kept only when `validate`
/// accepts both variants, so that both cities answer exactly the same questions.
fn cities(catalog: &Catalog, seed: u64, pool: &[String]) -> (Profile, Profile) {
    let mut picks = Picks(seed);
    let mut texts = Texts { pool, next: 0 };
    let mut plain_texts = Texts { pool: &[], next: 0 };
    let city = |texts: &mut Texts| {
        Profile::new(City {
            name: texts.take(),
            country: Some(texts.take()),
            role: Role::Mayor,
            created: Timestamp::from_second(1_767_225_600).unwrap(),
            number_format: Default::default(),
            track: Default::default(),
            currency: None,
            lang: None,
        })
    };
    let (profile, plain) = (city(&mut texts), city(&mut plain_texts));
    let mut stored: BTreeMap<String, BTreeMap<String, Answer>> = BTreeMap::new();
    let mut plain_stored = stored.clone();
    let fill = 20 + picks.below(81);
    for workbook in catalog.iter() {
        for question in workbook.questions() {
            if picks.below(100) >= fill {
                continue;
            }
            let with_other = question.other && picks.below(2) == 0;
            let answer = |texts: &mut Texts, picks: &mut Picks| {
                let value = value_for(question, picks, texts);
                let chose_other = matches!(&value, Value::Text(t) if t == OTHER)
                    || matches!(&value, Value::List(items) if items.iter().any(|i| i == OTHER));
                let other = (with_other && chose_other).then(|| texts.take());
                let value = validate(
                    question,
                    &value,
                    other.as_deref(),
                    Source::Typed(NumberFormat::Point),
                )
                .ok()?;
                Some(Answer {
                    value,
                    other,
                    workbook_version: workbook.version,
                    changed: Timestamp::from_second(1_767_225_600).unwrap(),
                    notes: Vec::new(),
                    from_round: None,
                })
            };
            let mut same_picks = Picks(picks.0);
            let (Some(random), Some(words)) = (
                answer(&mut texts, &mut picks),
                answer(&mut plain_texts, &mut same_picks),
            ) else {
                continue;
            };
            let words = same_sums(&random, words);
            for (p, a) in [(&mut stored, random), (&mut plain_stored, words)] {
                p.entry(workbook.id().to_string())
                    .or_default()
                    .insert(question.id().to_string(), a);
            }
        }
    }
    (
        Profile::from_stored(profile.city, stored),
        Profile::from_stored(plain.city, plain_stored),
    )
}

/// The plain city's budget cells hold a sum wherever the random city's do (`$ 4`), so that
/// both plans have a budget chapter or neither has: a sum typed by the user rightly adds one.
fn same_sums(random: &Answer, mut words: Answer) -> Answer {
    if let (Value::Table(rows), Value::Table(plain_rows)) = (&random.value, &mut words.value) {
        for (row, plain_row) in rows.iter().zip(plain_rows.iter_mut()) {
            if let (Some(cell), Some(plain_cell)) = (row.get("budget"), plain_row.get_mut("budget"))
                && workbook::plan::money::sum(cell, NumberFormat::Point, None).is_some()
            {
                *plain_cell = "100".to_string();
            }
        }
    }
    words
}

fn markdown_shape(catalog: &Catalog, profile: &Profile) -> Shape {
    let all = PlanOptions {
        edition: workbook::plan::Edition::Restricted,
        ..options()
    };
    shape(&plan::render(catalog, profile, &all).unwrap())
}

fn levels(shape: &Shape) -> Vec<u8> {
    shape.headings.iter().map(|h| h.0).collect()
}

/// Text an answer can hold: arbitrary Unicode, or dense markdown, HTML and table syntax.
/// Never blank and never one line break after another, so that it is answered and validates
/// wherever plain words do (a short text is one line; both variants skip it alike otherwise).
fn answer_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[<>\\[\\]()!|`*_#&;:=\"'~+.0-9 a-z/\\\\\\n\\r\\t-]{1,50}",
        "(# |- |1\\. |> |    |```|\\| |---|===|<!--|\\[x\\]: )[a-z |*_`<>]{0,20}",
    ]
    .prop_filter("answered", |t| !t.trim().is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_answers_keep_the_markdown_structure(
        seed in any::<u64>(),
        pool in prop::collection::vec(answer_text(), 1..6),
    ) {
        let catalog = catalog();
        let (random, words) = cities(&catalog, seed, &pool);
        let got = markdown_shape(&catalog, &random);
        let plain = markdown_shape(&catalog, &words);
        prop_assert_eq!(levels(&got), levels(&plain), "headings changed");
        prop_assert_eq!(&got.tables, &plain.tables, "table rows or columns changed");
        prop_assert_eq!(got.links, plain.links, "a link appeared");
        prop_assert_eq!(got.images, plain.images, "an image appeared");
        prop_assert_eq!(got.html, plain.html, "raw HTML appeared");
        prop_assert_eq!(got.code, plain.code, "a code block appeared");
        let all = PlanOptions {
            edition: workbook::plan::Edition::Restricted,
            ..options()
        };
        let typed = typed_list_items(&catalog, &random, &all);
        prop_assert_eq!(got.items, plain.items + typed, "list items other than the user's own");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The built-in template runs as Rust (`plan::compiled`); interpreting it gives the same
    /// document for any answers, in every edition, with and without `--trace`.
    #[test]
    fn the_built_in_template_reads_the_same_run_as_rust_or_interpreted(
        seed in any::<u64>(),
        pool in prop::collection::vec(answer_text(), 1..6),
        edition in 0..3usize,
        trace in any::<bool>(),
        html in any::<bool>(),
    ) {
        let catalog = catalog();
        let (random, _) = cities(&catalog, seed, &pool);
        let options = PlanOptions {
            edition: [
                workbook::plan::Edition::Public,
                workbook::plan::Edition::Council,
                workbook::plan::Edition::Restricted,
            ][edition],
            trace,
            ..options()
        };
        let built = plan::build(&catalog, &random, &options).unwrap();
        let compiled = plan::compiled::render(&built, html);
        let interpreted = plan::markdown::interpret(&built, plan::DEFAULT_TEMPLATE, html).unwrap();
        prop_assert_eq!(&compiled, &Some(interpreted));
        // The built-in template's markdown is made into HTML in two halves at once: the page
        // is the one the whole document gives.
        let markdown = compiled.unwrap();
        let whole = plan::html::render(&markdown, &built, false);
        prop_assert_eq!(plan::html::render(&markdown, &built, true), whole.clone());
        // Written as HTML directly (what `plan --format html` does), it is the same page.
        if html {
            let body = plan::compiled_html::body(&built).unwrap();
            prop_assert_eq!(plan::html::page(body, &built), whole);
        }
    }
}

/// The generator reaches what the property is about: tables with rows, several headings.
#[test]
fn generated_cities_have_tables_and_headings() {
    let catalog = catalog();
    let rows: usize = (0..20)
        .map(|seed| markdown_shape(&catalog, &cities(&catalog, seed, &[]).1))
        .map(|s| {
            assert!(s.headings.len() > 3, "{s:?}");
            s.tables.iter().map(|t| t.0).sum::<usize>()
        })
        .sum();
    assert!(rows > 20, "only {rows} table rows in 20 generated cities");
}

/// `now`'s answers over a round closed on `then`'s: a city whose plan has a chapter on
/// progress since the last round, comparing two different sets of answers.
fn with_round(then: Profile, now: Profile) -> Profile {
    let mut then = then;
    let closed = Timestamp::from_second(1_767_225_700).unwrap();
    workbook::profile::round::close(&mut then, "2025", closed).expect("answers to close");
    let mut doc = toml::Value::try_from(&then).unwrap();
    let now = toml::Value::try_from(&now).unwrap();
    let table = doc.as_table_mut().unwrap();
    table.insert("answers".into(), now["answers"].clone());
    table.insert("city".into(), now["city"].clone());
    doc.try_into().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// The chapter on progress since the last round quotes answers of two rounds (actions,
    /// notes, indicators, the mapping's items and rows): none of it adds a heading, link,
    /// image, HTML or code to the document, in the built-in workbooks.
    #[test]
    fn a_closed_round_s_answers_keep_the_markdown_structure_too(
        seed in any::<u64>(),
        earlier in any::<u64>(),
        pool in prop::collection::vec(answer_text(), 1..6),
    ) {
        let catalog = Catalog::builtin();
        let (random, words) = cities(&catalog, seed, &pool);
        let (random_then, words_then) = cities(&catalog, earlier, &pool);
        let random = with_round(random_then, random);
        let words = with_round(words_then, words);
        let got = markdown_shape(&catalog, &random);
        let plain = markdown_shape(&catalog, &words);
        prop_assert!(got.headings.len() > 3);
        prop_assert_eq!(levels(&got), levels(&plain), "headings changed");
        prop_assert_eq!(got.links, plain.links, "a link appeared");
        prop_assert_eq!(got.images, plain.images, "an image appeared");
        prop_assert_eq!(got.html, plain.html, "raw HTML appeared");
        prop_assert_eq!(got.code, plain.code, "a code block appeared");
        let html = plan::render(&catalog, &random, &PlanOptions {
            format: plan::Format::Html,
            ..options()
        }).unwrap();
        prop_assert!(html.contains("<h2>Progress since the last round</h2>"));
        prop_assert!(!html.contains("<script"), "a script in the HTML");
    }
}
