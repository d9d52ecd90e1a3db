//! Rendering the plan's markdown from a template, and the mermaid timeline it embeds.

use minijinja::context;
use minijinja::value::{Serde, Value};

use super::PlanError;
use super::escape;
use super::model::{Plan, TableRow};
use super::template::{DEFAULT_TEMPLATE, TEMPLATE_NAME, environment, punctuation};
use super::words::Words;

/// Renders `plan` through `template`. With `html`, chart calls leave markers for the HTML
/// renderer and the template sees `format == "html"`. The built-in template runs as Rust
/// ([`super::compiled`]), which writes exactly what interpreting it writes.
pub fn render(plan: &Plan, template: &str, html: bool) -> Result<String, PlanError> {
    if template == DEFAULT_TEMPLATE
        && let Some(text) = super::compiled::render(plan, html)
    {
        return Ok(text);
    }
    interpret(plan, template, html)
}

/// Renders `plan` through `template` with minijinja, whatever the template.
pub fn interpret(plan: &Plan, template: &str, html: bool) -> Result<String, PlanError> {
    let messages = plan.words.messages;
    let mut env = environment(html, messages);
    env.add_template(TEMPLATE_NAME, template)
        .map_err(template_error)?;
    let compiled = env.get_template(TEMPLATE_NAME).map_err(template_error)?;
    let format = if html { "html" } else { "markdown" };
    compiled
        .render(context! {
            plan => Value::from(Serde(plan)),
            timeline => Value::from_safe_string(gantt(&plan.actions, &plan.words)),
            format => format,
            punct => punctuation(messages),
        })
        .map_err(template_error)
}

fn template_error(error: minijinja::Error) -> PlanError {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        message.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    PlanError::Template { message }
}

/// A mermaid gantt chart of the actions with a valid start or due date, grouped by priority in
/// the action table's order (the actions done, which the table lists last, under their status);
/// empty when no action is dated. A dropped action is left out.
pub fn gantt(actions: &[TableRow], words: &Words) -> String {
    let mut out = String::new();
    let mut section: Option<String> = None;
    for (index, action) in actions.iter().enumerate() {
        if super::tables::is_dropped(action) {
            continue;
        }
        let Some(span) = span(action) else { continue };
        if out.is_empty() {
            out.push_str("gantt\n    title ");
            out.push_str(&escape::mermaid(&words.messages.text("plan-gantt-title")));
            out.push_str("\n    dateFormat YYYY-MM-DD\n");
        }
        let group = match (action.get("status_level"), action.get("priority")) {
            ("done", _) => action.get("status").to_string(),
            (_, "") => words.messages.text("plan-gantt-no-priority"),
            (_, priority) => priority.to_string(),
        };
        if section.as_deref() != Some(group.as_str()) {
            out.push_str(&format!("    section {}\n", escape::mermaid(&group)));
            section = Some(group);
        }
        let name = escape::mermaid(action.get("action"));
        let id = index + 1;
        out.push_str(&match span {
            Span::Range(start, due) => format!("    {name} :a{id}, {start}, {due}\n"),
            Span::Milestone(day) => format!("    {name} :milestone, a{id}, {day}, 0d\n"),
        });
    }
    out.trim_end().to_string()
}

/// Whether [`gantt`] has a chart to draw: an action that is not dropped has a date.
pub fn dated(actions: &[TableRow]) -> bool {
    actions
        .iter()
        .any(|a| !super::tables::is_dropped(a) && span(a).is_some())
}

/// When an action takes place, from its dates (text that is not a date is ignored).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Range(jiff::civil::Date, jiff::civil::Date),
    Milestone(jiff::civil::Date),
}

pub fn span(action: &TableRow) -> Option<Span> {
    let parse = |d: &str| d.parse::<jiff::civil::Date>().ok();
    match (parse(action.get("start")), parse(action.get("due"))) {
        (Some(start), Some(due)) if due > start => Some(Span::Range(start, due)),
        (Some(day), _) | (None, Some(day)) => Some(Span::Milestone(day)),
        (None, None) => None,
    }
}
