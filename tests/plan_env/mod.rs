//! Fixtures shared by the plan tests: the workbooks and profiles in tests/fixtures/plan/.
#![allow(dead_code)]

use std::path::PathBuf;

use comrak::nodes::{AstNode, NodeValue};
use comrak::{Arena, Options, parse_document};

use workbook::answer::Value;
use workbook::plan::PlanOptions;
use workbook::profile::Profile;
use workbook::workbook::load::{check, file_source};
use workbook::workbook::{Catalog, ColumnKind, Kind, LoadedWorkbook};

pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan")
}

/// The fixture workbooks only (not the built-in ones, which change), in plan order.
pub fn catalog() -> Catalog {
    let mut loaded = Vec::new();
    for name in ["assess.toml", "act.toml"] {
        let source = file_source(&fixtures().join("workbooks").join(name));
        let (workbook, diagnostics) = check(&source);
        assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
        loaded.push(LoadedWorkbook::new(workbook.unwrap(), source.origin));
    }
    Catalog::of(loaded)
}

pub fn profile(name: &str) -> Profile {
    let text = std::fs::read_to_string(fixtures().join(format!("{name}.toml"))).unwrap();
    toml::from_str(&text).unwrap()
}

pub fn options() -> PlanOptions {
    PlanOptions::new("2026-03-01".parse().unwrap())
}

/// The full profile with every piece of free text (text answers, list items, text cells,
/// other texts, the city) replaced by `text`, so that a hostile and a plain variant have
/// exactly the same shape and every answer stays valid. A one-line answer keeps to one line.
pub fn with_text(text: &str) -> Profile {
    let full = profile("full");
    let catalog = catalog();
    let mut city = full.city.clone();
    city.name = text.to_string();
    city.country = Some(text.to_string());
    let one_line = text.replace(['\n', '\r'], " ");
    let mut stored = full.answers().clone();
    for (workbook, answers) in stored.iter_mut() {
        for (id, answer) in answers.iter_mut() {
            let question = catalog
                .get(workbook)
                .and_then(|w| w.questions().find(|q| q.id() == id))
                .expect("the fixture answers fixture questions");
            answer.value = match (&answer.value, question.kind()) {
                (Value::Text(_), Kind::ShortText) => Value::Text(one_line.clone()),
                (Value::Text(_), Kind::LongText) => Value::Text(text.to_string()),
                (Value::List(items), Kind::List) => {
                    Value::List(items.iter().map(|_| text.to_string()).collect())
                }
                (Value::Table(rows), _) => Value::Table(
                    rows.iter()
                        .map(|row| {
                            row.iter()
                                .map(|(k, v)| {
                                    let column = question.columns().iter().find(|c| c.id() == k);
                                    let free = column.is_some_and(|c| c.kind == ColumnKind::Text);
                                    (k.clone(), if free { one_line.clone() } else { v.clone() })
                                })
                                .collect()
                        })
                        .collect(),
                ),
                (other, _) => other.clone(),
            };
            if answer.other.is_some() {
                answer.other = Some(one_line.clone());
            }
        }
    }
    Profile::from_stored(city, stored)
}

/// What a markdown document is made of, as comrak parses it: answer text must never change
/// it. Headings are (level, text length); tables are (rows, columns).
#[derive(Debug, PartialEq)]
pub struct Shape {
    pub headings: Vec<(u8, usize)>,
    pub tables: Vec<(usize, usize)>,
    pub links: usize,
    pub images: usize,
    pub html: usize,
    pub code: usize,
    pub items: usize,
}

pub fn shape(markdown: &str) -> Shape {
    let arena = Arena::new();
    let mut options = Options::default();
    options.extension.table = true;
    let root = parse_document(&arena, markdown, &options);
    let mut shape = Shape {
        headings: Vec::new(),
        tables: Vec::new(),
        links: 0,
        images: 0,
        html: 0,
        code: 0,
        items: 0,
    };
    for node in root.descendants() {
        match &node.data().value {
            NodeValue::Heading(h) => shape.headings.push((h.level, text_of(node).len())),
            NodeValue::Table(_) => {
                let rows = node.children().count();
                let columns = node
                    .first_child()
                    .map(|r| r.children().count())
                    .unwrap_or(0);
                shape.tables.push((rows, columns));
            }
            NodeValue::Link(_) => shape.links += 1,
            NodeValue::Image(_) => shape.images += 1,
            NodeValue::HtmlInline(_) | NodeValue::HtmlBlock(_) => shape.html += 1,
            NodeValue::CodeBlock(_) => shape.code += 1,
            NodeValue::Item(_) => shape.items += 1,
            _ => {}
        }
    }
    shape
}

pub fn text_of<'a>(node: &'a AstNode<'a>) -> String {
    let mut out = String::new();
    for n in node.descendants() {
        if let NodeValue::Text(t) = &n.data().value {
            out.push_str(t);
        }
    }
    out
}

/// How many list items the users' own lists give the plan: the items of every `list` block
/// in the plan's JSON. The markdown must hold exactly these beyond the template's own lists.
pub fn typed_list_items(catalog: &Catalog, profile: &Profile, options: &PlanOptions) -> usize {
    fn count(value: &serde_json::Value) -> usize {
        match value {
            serde_json::Value::Object(map) => {
                let own = match (map.get("type"), map.get("items")) {
                    (Some(t), Some(serde_json::Value::Array(items))) if t == "list" => items.len(),
                    _ => 0,
                };
                own + map.values().map(count).sum::<usize>()
            }
            serde_json::Value::Array(values) => values.iter().map(count).sum(),
            _ => 0,
        }
    }
    let json = workbook::plan::render(
        catalog,
        profile,
        &PlanOptions {
            format: workbook::plan::Format::Json,
            ..options.clone()
        },
    )
    .unwrap();
    count(&serde_json::from_str(&json).unwrap())
}
