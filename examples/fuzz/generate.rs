//! Input generation for the fuzz targets: a small seeded PRNG (every case is replayable from
//! its seed), byte-level and TOML-tree mutations of real inputs, and random answers shaped by
//! a workbook's questions (mostly valid, some of the wrong kind, as a hand-edited profile can
//! hold).

use std::collections::BTreeMap;

use jiff::Timestamp;
use workbook::answer::{Number, NumberFormat, OTHER, Row, Value, plain_text};
use workbook::plan::{Format, PlanAudience, PlanOptions};
use workbook::profile::{Answer, City, Profile, Role};
use workbook::workbook::{Catalog, ColumnKind, Kind};

/// SplitMix64: tiny, fast and good enough to drive mutations; not for anything secret.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `1 / n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Fragments that matter to TOML, markdown, HTML, terminals or UTF-8 handling.
const TOKENS: &[&str] = &[
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "\\",
    "\\u0000",
    "\\U0010FFFF",
    "\\x",
    "\n",
    "\r\n",
    "\r",
    "\t",
    "=",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    ",",
    ".",
    "#",
    "-0.0",
    "1e999",
    "nan",
    "inf",
    "-inf",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551616",
    "0x7f",
    "1979-05-27",
    "1979-05-27T07:32:00Z",
    "true",
    "false",
    "*",
    "_",
    "`",
    "```",
    "|",
    "<",
    ">",
    "&",
    "![x](y)",
    "[x](javascript:alert(1))",
    "<script>",
    "<!--",
    "-->",
    "{{",
    "}}",
    "{%",
    "%}",
    "\u{0}",
    "\u{1b}[2J",
    "\u{202e}",
    "\u{2066}",
    "\u{200d}",
    "\u{301}",
    "\u{feff}",
    "\u{fffd}",
    "\u{10ffff}",
    "é",
    "東京",
    "مرحبا",
    "👩‍👩‍👧",
    "other",
    "id",
    "kind",
    "value",
    "show_if",
    "columns",
    "choices",
    "feeds",
    "sections",
    "questions",
    "answers",
    "format",
    "city",
];

/// Random text: plain words, markdown- and TOML-significant characters, controls, combining
/// marks, right-to-left script, emoji; now and then long.
pub fn text(rng: &mut Rng) -> String {
    let mut out = String::new();
    let pieces = if rng.one_in(50) { 2000 } else { rng.below(12) };
    for _ in 0..pieces {
        match rng.below(6) {
            0 => out.push_str(rng.pick::<&str>(TOKENS)),
            1 => out.push(char::from(b' ' + rng.below(95) as u8)),
            2 => out
                .push_str(rng.pick::<&str>(&["word", "city", "plan", " ", "  ", "1.", "- ", "> "])),
            3 => {
                if let Some(c) = char::from_u32(rng.next_u64() as u32 % 0x11_0000) {
                    out.push(c);
                }
            }
            4 => out.push(char::from(rng.below(32) as u8)),
            _ => out.push_str("plain words "),
        }
    }
    out
}

/// Text that counts as an answer (not blank) and never holds a line break, for short text.
pub fn one_line(rng: &mut Rng) -> String {
    let t: String = text(rng)
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    format!("x{t}")
}

/// One to four byte-level mutations of `input`, sometimes splicing in part of `other`.
pub fn mutate_bytes(rng: &mut Rng, input: &[u8], other: &[u8]) -> Vec<u8> {
    let mut data = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = data.len();
        let at = if len == 0 { 0 } else { rng.below(len + 1) };
        match rng.below(9) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 => data.insert(at, rng.next_u64() as u8),
            2 if len > 0 => {
                let end = (at + 1 + rng.below(64)).min(len);
                data.drain(at.min(end)..end);
            }
            3 if len > 0 => {
                let start = rng.below(len);
                let end = (start + 1 + rng.below(256)).min(len);
                let chunk = data[start..end].to_vec();
                data.splice(at..at, chunk);
            }
            4 if !other.is_empty() => {
                let start = rng.below(other.len());
                let end = (start + 1 + rng.below(512)).min(other.len());
                data.splice(at..at, other[start..end].iter().copied());
            }
            5 => {
                let token = rng.pick(TOKENS).as_bytes().to_vec();
                data.splice(at..at, token);
            }
            6 => mutate_lines(rng, &mut data),
            7 if len > 0 => {
                // Cut the file short: editors and crashes leave truncated files.
                data.truncate(at);
            }
            _ => {
                let token = text(rng).into_bytes();
                data.splice(at..at, token);
            }
        }
    }
    data
}

/// Line-level edits keep most of the file valid TOML, so that mutations reach past the parser.
fn mutate_lines(rng: &mut Rng, data: &mut Vec<u8>) {
    let mut lines: Vec<Vec<u8>> = data.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
    let n = lines.len();
    let (a, b) = (rng.below(n), rng.below(n));
    match rng.below(4) {
        0 => lines.swap(a, b),
        1 => {
            let line = lines[a].clone();
            lines.insert(b, line);
        }
        2 if n > 1 => {
            lines.remove(a);
        }
        _ => {
            // Keep the key, change the value.
            if let Some(eq) = lines[a].iter().position(|c| *c == b'=') {
                lines[a].truncate(eq + 1);
                lines[a].extend_from_slice(b" ");
                lines[a].extend_from_slice(toml_scalar(rng).as_bytes());
            }
        }
    }
    *data = lines.join(&b'\n');
}

/// A TOML value written out, of any type.
fn toml_scalar(rng: &mut Rng) -> String {
    toml::Value::try_from(random_toml(rng, 0))
        .ok()
        .and_then(|v| {
            let mut table = toml::Table::new();
            table.insert("k".into(), v);
            toml::to_string(&table).ok()
        })
        .map(|s| s.trim_start_matches("k = ").trim_end().to_string())
        .unwrap_or_else(|| "\"\"".into())
}

fn random_toml(rng: &mut Rng, depth: usize) -> toml::Value {
    match rng.below(if depth > 2 { 6 } else { 8 }) {
        0 => toml::Value::String(text(rng)),
        1 => toml::Value::Integer(match rng.below(4) {
            0 => i64::MAX,
            1 => i64::MIN,
            2 => -(rng.below(10) as i64),
            _ => rng.below(1000) as i64,
        }),
        2 => toml::Value::Float(*rng.pick(&[
            -0.0,
            0.5,
            -1.25,
            1e300,
            f64::MIN_POSITIVE,
            f64::NAN,
            f64::INFINITY,
            3.0,
        ])),
        3 => toml::Value::Boolean(rng.one_in(2)),
        4 => toml::Value::Datetime(
            rng.pick(&[
                "1979-05-27T07:32:00Z",
                "2026-02-30",
                "07:32:00",
                "0000-01-01",
            ])
            .parse()
            .unwrap_or_else(|_| "1979-05-27".parse().expect("a TOML date")),
        ),
        5 => toml::Value::String(
            rng.pick(&["other", "yes", "2026-03-31", "", " "])
                .to_string(),
        ),
        6 => toml::Value::Array(
            (0..rng.below(4))
                .map(|_| random_toml(rng, depth + 1))
                .collect(),
        ),
        _ => {
            let mut table = toml::Table::new();
            for _ in 0..rng.below(4) {
                table.insert(text(rng), random_toml(rng, depth + 1));
            }
            toml::Value::Table(table)
        }
    }
}

/// Mutates a parsed TOML document in place: replace, delete, duplicate or add at a random
/// spot. Keeps the document valid TOML, so mutations test the types and the checks, not the
/// parser.
pub fn mutate_tree(rng: &mut Rng, value: &mut toml::Value, depth: usize) {
    match value {
        toml::Value::Table(table) if !table.is_empty() && (depth == 0 || !rng.one_in(4)) => {
            let keys: Vec<String> = table.keys().cloned().collect();
            let key = rng.pick(&keys).clone();
            match rng.below(10) {
                0 => {
                    table.remove(&key);
                }
                1 => {
                    table.insert(text(rng), random_toml(rng, depth));
                }
                2 => {
                    table.insert(key, random_toml(rng, depth));
                }
                _ => mutate_tree(rng, table.get_mut(&key).expect("key"), depth + 1),
            }
        }
        toml::Value::Array(items) if !items.is_empty() && !rng.one_in(4) => {
            let i = rng.below(items.len());
            match rng.below(8) {
                0 => {
                    items.remove(i);
                }
                1 => {
                    let copy = items[i].clone();
                    items.insert(rng.below(items.len() + 1), copy);
                }
                _ => mutate_tree(rng, &mut items[i], depth + 1),
            }
        }
        toml::Value::String(s) if rng.one_in(2) => *s = text(rng),
        other => *other = random_toml(rng, depth),
    }
}

/// A mutated TOML document: parse `seed`, mutate the tree one to three times, write it out.
pub fn mutate_document(rng: &mut Rng, seed: &str) -> Option<Vec<u8>> {
    let mut value = toml::Value::Table(toml::from_str::<toml::Table>(seed).ok()?);
    for _ in 0..1 + rng.below(3) {
        mutate_tree(rng, &mut value, 0);
    }
    toml::to_string(&value).ok().map(String::into_bytes)
}

/// A city whose answers are generated from `catalog`'s questions: each question answered with
/// some probability, mostly with a value of the right shape (random texts, dates, numbers,
/// tables of 0 to 40 rows), sometimes with one of the wrong kind.
pub fn profile(rng: &mut Rng, catalog: &Catalog) -> Profile {
    let profile = Profile::new(City {
        name: one_line(rng),
        country: rng.one_in(2).then(|| text(rng)),
        role: if rng.one_in(2) {
            Role::Mayor
        } else {
            Role::Official
        },
        created: Timestamp::from_second(1_700_000_000).expect("timestamp"),
        number_format: Default::default(),
        track: Default::default(),
        currency: None,
        lang: None,
    });
    let fill = rng.below(101);
    let mut stored = BTreeMap::new();
    for workbook in catalog.iter() {
        let mut answers = BTreeMap::new();
        for question in workbook.questions() {
            if rng.below(100) >= fill {
                continue;
            }
            let value = if rng.one_in(20) {
                any_value(rng)
            } else {
                value_for(rng, question)
            };
            let other = (question.other && rng.one_in(3)).then(|| text(rng));
            answers.insert(
                question.id().to_string(),
                Answer {
                    value,
                    other,
                    workbook_version: if rng.one_in(10) { 0 } else { workbook.version },
                    changed: Timestamp::from_second(1_700_000_000 + rng.below(1 << 20) as i64)
                        .expect("timestamp"),
                    notes: Vec::new(),
                    from_round: None,
                },
            );
        }
        if rng.one_in(20) {
            answers.insert(
                text(rng),
                Answer {
                    value: any_value(rng),
                    other: None,
                    workbook_version: 1,
                    changed: Timestamp::from_second(1_700_000_000).expect("timestamp"),
                    notes: Vec::new(),
                    from_round: None,
                },
            );
        }
        stored.insert(workbook.id().to_string(), answers);
    }
    Profile::from_stored(profile.city, stored)
}

/// A value of the question's shape, with random content.
fn value_for(rng: &mut Rng, question: &workbook::workbook::Question) -> Value {
    let choice = |rng: &mut Rng| {
        let choices = question.choices();
        if choices.is_empty() || (question.other && rng.one_in(4)) {
            OTHER.to_string()
        } else {
            rng.pick(choices).value().to_string()
        }
    };
    match question.kind() {
        Kind::ShortText => Value::Text(one_line(rng)),
        Kind::LongText => Value::Text(text(rng)),
        Kind::SingleChoice => Value::Text(choice(rng)),
        Kind::MultiChoice => Value::List((0..rng.below(5)).map(|_| choice(rng)).collect()),
        Kind::YesNo => Value::Bool(rng.one_in(2)),
        Kind::Scale => Value::Number(Number::from_i64(1 + rng.below(7) as i64)),
        Kind::Number => number(rng),
        Kind::Date => Value::Text(date(rng)),
        Kind::List => Value::List((0..rng.below(8)).map(|_| text(rng)).collect()),
        Kind::Table => {
            let rows = if rng.one_in(30) { 400 } else { rng.below(40) };
            Value::Table(
                (0..rows)
                    .map(|_| {
                        let mut row = Row::new();
                        for column in question.columns() {
                            if rng.one_in(5) {
                                continue;
                            }
                            let cell = match column.kind {
                                ColumnKind::Text => text(rng),
                                ColumnKind::Number => plain_text(&number(rng), NumberFormat::Point),
                                ColumnKind::Date => date(rng),
                                ColumnKind::YesNo => rng.pick(&["yes", "no"]).to_string(),
                                ColumnKind::Choice => match column.choices() {
                                    [] => text(rng),
                                    choices => rng.pick(choices).value().to_string(),
                                },
                            };
                            let cell = if rng.one_in(15) { text(rng) } else { cell };
                            row.insert(column.id.get_ref().clone(), cell);
                        }
                        if rng.one_in(15) {
                            row.insert(text(rng), text(rng));
                        }
                        row
                    })
                    .collect(),
            )
        }
    }
}

/// A number as a file may hold it: exact numbers of this program, and floats of every awkward
/// kind a hand-edited file may hold (kept as they are).
fn number(rng: &mut Rng) -> Value {
    let random = (rng.next_u64() % 100_000) as f64 / 7.0;
    let float = *rng.pick(&[
        0.0,
        -0.0,
        -1.5,
        1e15,
        -1e300,
        0.1,
        f64::MAX,
        f64::MIN_POSITIVE,
        42.0,
        random,
    ]);
    match rng.below(3) {
        0 => Value::Number(Number::from_i64(rng.next_u64() as i64)),
        1 => Value::Number(
            Number::from_canonical("123456789012345678901234567890.5").expect("canonical"),
        )
        .stored(),
        _ => match Number::from_f64(float).filter(|n| !n.is_integer()) {
            Some(n) => Value::Number(n),
            None => Value::Other(toml::Value::Float(float)),
        },
    }
}

fn date(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => rng
            .pick(&[
                "0001-01-01",
                "9999-12-31",
                "2026-02-29",
                "2024-02-29",
                "",
                "soon",
            ])
            .to_string(),
        _ => format!(
            "{:04}-{:02}-{:02}",
            2020 + rng.below(12),
            1 + rng.below(12),
            1 + rng.below(28)
        ),
    }
}

/// A value of any kind, ignoring the question: what a hand-edited profile may hold.
pub fn any_value(rng: &mut Rng) -> Value {
    match rng.below(5) {
        0 => Value::Bool(rng.one_in(2)),
        1 => number(rng),
        2 => Value::Text(text(rng)),
        3 => Value::List((0..rng.below(5)).map(|_| text(rng)).collect()),
        _ => Value::Table(
            (0..rng.below(5))
                .map(|_| (0..rng.below(4)).map(|_| (text(rng), text(rng))).collect())
                .collect(),
        ),
    }
}

/// Random plan options: format, audience, sensitive answers, a subset of workbooks (now and
/// then an unknown id), and rarely a mutated template.
pub fn options(rng: &mut Rng, catalog: &Catalog) -> PlanOptions {
    let mut options = PlanOptions::new("2026-03-01".parse().expect("date"));
    options.format = *rng.pick(&[Format::Markdown, Format::Html, Format::Json]);
    options.audience = *rng.pick(&[
        PlanAudience::Mayor,
        PlanAudience::Official,
        PlanAudience::All,
    ]);
    options.edition = if rng.one_in(2) {
        workbook::plan::Edition::Restricted
    } else {
        workbook::plan::Edition::Council
    };
    options.trace = rng.one_in(2);
    if rng.one_in(3) {
        let ids = catalog.ids();
        options.workbooks = (0..1 + rng.below(3))
            .map(|_| rng.pick(&ids).to_string())
            .collect();
        if rng.one_in(10) {
            options.workbooks.push(text(rng));
        }
    }
    if rng.one_in(20) {
        let template = workbook::plan::DEFAULT_TEMPLATE.as_bytes();
        let mutated = mutate_bytes(rng, template, template);
        options.template = Some(String::from_utf8_lossy(&mutated).into_owned());
    }
    options
}

/// A profile document with one to five answers' values (or "other" texts) replaced by random
/// TOML of any type: loads more often than a free mutation, so the checks after loading run.
pub fn mutate_answers(rng: &mut Rng, seed: &str) -> Option<Vec<u8>> {
    let mut table = toml::from_str::<toml::Table>(seed).ok()?;
    for _ in 0..1 + rng.below(5) {
        let Some(toml::Value::Table(workbooks)) = table.get_mut("answers") else {
            break;
        };
        let ids: Vec<String> = workbooks.keys().cloned().collect();
        if ids.is_empty() {
            break;
        }
        let Some(toml::Value::Table(answers)) = workbooks.get_mut(rng.pick(&ids)) else {
            continue;
        };
        let ids: Vec<String> = answers.keys().cloned().collect();
        if ids.is_empty() {
            continue;
        }
        if let Some(toml::Value::Table(answer)) = answers.get_mut(rng.pick(&ids)) {
            let key = if rng.one_in(4) { "other" } else { "value" };
            let value = if rng.one_in(2) {
                toml::Value::try_from(any_value(rng)).ok()?
            } else {
                random_toml(rng, 1)
            };
            answer.insert(key.into(), value);
        }
    }
    toml::to_string(&table).ok().map(String::into_bytes)
}
