//! The plan template: minijinja set up so that every value a template prints is escaped for
//! markdown unless the program marked it as already-safe markdown.
//!
//! Escaping is done by the environment's formatter, not by a filter the template must
//! remember: `{{ answer }}` is always escaped, whatever the template says about auto-escaping.
//! Only values the program builds itself (charts markers, the mermaid timeline, autolinks, the
//! plan language's separators in `punct`) and workbook-authored Markdown passed through the
//! `markdown` filter are inserted as they are.
//!
//! `t(id, name=value, …)` gives a message of the plan's language (`locales/<lang>/plan.ftl`)
//! as text, which is escaped when printed like any value; a list given as a value is joined
//! with the language's `plan-list-semicolon`.

use minijinja::syntax::SyntaxConfig;
use minijinja::value::{Kwargs, Value};
use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use crate::messages::{Arg, Messages};
use crate::tr;

use super::escape;

/// The template shipped with the program; `workbook plan --print-template` prints it.
pub const DEFAULT_TEMPLATE: &str = include_str!("../../templates/plan.md.j2");

/// The name templates are compiled under (shown in template error messages).
pub const TEMPLATE_NAME: &str = "plan.md.j2";

/// Start and end of a chart marker. A private-use character that [`escape::one_line`] removes
/// from all text, so no answer or workbook text can forge a marker.
pub const MARKER: char = '\u{e000}';

/// The charts the HTML renderer can draw in place of a `chart(name)` call; `indicator` takes
/// the index of an indicator in `plan.since_last_round.indicators` too.
pub const CHARTS: &[&str] = &["progress", "stakeholders", "timeline", "indicator"];

/// Builds the environment for one render. `html` decides what `chart()` produces: a marker the
/// HTML renderer replaces with an SVG picture, or nothing in plain markdown; `t()` speaks the
/// language of `messages`.
pub fn environment(html: bool, messages: &'static Messages) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_syntax(syntax());
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    env.set_auto_escape_callback(|_| AutoEscape::Custom("markdown".into()));
    env.set_formatter(|out, _state, value| {
        if value.is_undefined() || value.is_none() {
            return Ok(());
        }
        let text = match value.as_str() {
            Some(s) if value.is_safe() => s.to_string(),
            _ => escape::markdown(&value.to_string()),
        };
        out.write_str(&text).map_err(minijinja::Error::from)
    });
    env.add_filter("link", |address: String| {
        Value::from_safe_string(escape::link(&address))
    });
    env.add_filter("blocks", |value: Value| {
        Value::from_safe_string(escape::markdown_blocks(&blocks_of(&value)))
    });
    env.add_filter("markdown", |text: String| {
        Value::from_safe_string(text.chars().filter(|c| *c != MARKER).collect())
    });
    env.add_function(
        "chart",
        move |name: String, index: Option<usize>| -> Result<Value, minijinja::Error> {
            let invalid = |message: String| {
                Err(minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    message,
                ))
            };
            if !CHARTS.contains(&name.as_str()) {
                return invalid(tr!(
                    "plan-error-unknown-chart",
                    name = name.as_str(),
                    charts = CHARTS.join(", ")
                ));
            }
            let name = match (name.as_str(), index) {
                ("indicator", Some(index)) => format!("indicator:{index}"),
                ("indicator", None) => {
                    return invalid(tr!("plan-error-indicator-chart"));
                }
                _ => name,
            };
            let marker = if html {
                format!("{MARKER}chart:{name}{MARKER}")
            } else {
                String::new()
            };
            Ok(Value::from_safe_string(marker))
        },
    );
    env.add_function(
        "t",
        move |id: String, kwargs: Kwargs| -> Result<Value, minijinja::Error> {
            if !messages.has(&id) && !Messages::source().has(&id) {
                return Err(minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    tr!("plan-error-unknown-message", id = id.as_str()),
                ));
            }
            let names: Vec<String> = kwargs.args().map(str::to_string).collect();
            let mut args: Vec<(&str, Arg)> = Vec::with_capacity(names.len());
            for name in &names {
                let value: Value = kwargs.get(name)?;
                args.push((name.as_str(), message_arg(&value, messages)));
            }
            Ok(Value::from(messages.format(&id, &args)))
        },
    );
    env
}

/// A template value as a message's value: a number picks the plural form, a list is joined
/// with the language's `plan-list-semicolon`, nothing is empty text.
fn message_arg(value: &Value, messages: &Messages) -> Arg<'static> {
    if value.is_undefined() || value.is_none() {
        return Arg::from(String::new());
    }
    if value.is_number() {
        if let Ok(n) = i64::try_from(value.clone()) {
            return Arg::from(n);
        }
        if let Ok(n) = f64::try_from(value.clone()) {
            return Arg::from(n);
        }
    }
    if value.as_str().is_none()
        && let Ok(items) = value.try_iter()
    {
        let items: Vec<String> = items.map(|item| item.to_string()).collect();
        return Arg::from(items.join(&messages.text("plan-list-semicolon")));
    }
    Arg::from(value.to_string())
}

/// The separators the template prints between two values, in the plan's language, as
/// markdown: `punct.comma` (", "), `punct.semicolon` ("; "), `punct.colon` (": ").
pub fn punctuation(messages: &Messages) -> Value {
    let separator = |id: &str| Value::from_safe_string(escape::separator(&messages.text(id)));
    Value::from(std::collections::BTreeMap::from([
        ("comma", separator("plan-list-comma")),
        ("semicolon", separator("plan-list-semicolon")),
        ("colon", separator("plan-list-colon")),
    ]))
}

fn syntax() -> SyntaxConfig {
    // Block tags on their own lines leave no blank lines behind, which keeps tables intact.
    SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .unwrap_or_default()
}

/// The blocks of a finding as the template holds them (serialised [`escape::Block`]s), read
/// back so that [`escape::markdown_blocks`] writes them; anything else is no block.
fn blocks_of(value: &Value) -> Vec<escape::Block> {
    let strings = |v: Option<Value>| -> Vec<String> {
        v.and_then(|v| v.try_iter().ok().map(|i| i.collect::<Vec<_>>()))
            .unwrap_or_default()
            .into_iter()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect()
    };
    let Ok(items) = value.try_iter() else {
        return Vec::new();
    };
    items
        .filter_map(|block| {
            let kind = block.get_attr("type").ok()?;
            match kind.as_str()? {
                "paragraph" => Some(escape::Block::Paragraph {
                    lines: strings(block.get_attr("lines").ok()),
                }),
                "list" => Some(escape::Block::List {
                    ordered: block.get_attr("ordered").ok().is_some_and(|o| o.is_true()),
                    items: strings(block.get_attr("items").ok()),
                }),
                _ => None,
            }
        })
        .collect()
}
