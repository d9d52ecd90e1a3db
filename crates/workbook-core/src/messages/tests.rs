use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Each message of a file with the variables it uses, or the file's parse problems.
fn read(tag: &str, area: &str, text: &str) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let resource = match FluentResource::try_new(text.to_string()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            let problems: Vec<String> = errors
                .iter()
                .map(|e| {
                    let line = text[..e.pos.start.min(text.len())].lines().count().max(1);
                    format!("locales/{tag}/{area}.ftl:{line}: {:?}", e.kind)
                })
                .collect();
            return Err(problems.join("\n"));
        }
    };
    let mut messages = BTreeMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            let id = message.id.name.to_string();
            if messages.insert(id.clone(), variables).is_some() {
                return Err(format!("locales/{tag}/{area}.ftl: `{id}` is there twice"));
            }
        }
    }
    Ok(messages)
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn language(tag: &str) -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    FILES
        .iter()
        .filter(|(t, _, _)| *t == tag)
        .map(|(t, area, text)| (area.to_string(), read(t, area, text).unwrap()))
        .collect()
}

#[test]
fn every_message_file_parses_and_its_ids_name_its_area() {
    let mut problems = Vec::new();
    for (tag, area, text) in FILES {
        match read(tag, area, text) {
            Err(problem) => problems.push(problem),
            Ok(messages) => problems.extend(
                messages
                    .keys()
                    .filter(|id| !id.starts_with(&format!("{area}-")))
                    .map(|id| {
                        format!("locales/{tag}/{area}.ftl: `{id}` should start with `{area}-`")
                    }),
            ),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = language(SOURCE);
    assert!(!english.is_empty());
    let mut problems = Vec::new();
    for tag in languages().into_iter().filter(|t| *t != SOURCE) {
        let translated = language(tag);
        for (area, messages) in &english {
            let Some(theirs) = translated.get(area) else {
                problems.push(format!("locales/{tag}/{area}.ftl is missing"));
                continue;
            };
            for (id, variables) in messages {
                match theirs.get(id) {
                    None => problems.push(format!("locales/{tag}/{area}.ftl: `{id}` is missing")),
                    Some(used) => problems.extend(used.difference(variables).map(|v| {
                        format!("locales/{tag}/{area}.ftl: `{id}` uses ${v}, which English does not give")
                    })),
                }
            }
            problems.extend(
                theirs
                    .keys()
                    .filter(|id| !messages.contains_key(*id))
                    .map(|id| format!("locales/{tag}/{area}.ftl: `{id}` is not in English")),
            );
        }
        problems.extend(
            translated
                .keys()
                .filter(|area| !english.contains_key(*area))
                .map(|area| format!("locales/{tag}/{area}.ftl has no English file")),
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_language_falls_back_to_its_base_then_to_english() {
    assert_eq!(Messages::get("fr-CA").tag(), "fr");
    assert_eq!(Messages::get("fr_FR").tag(), "fr");
    assert_eq!(Messages::get("xx").tag(), "en");
    assert_eq!(Messages::source().tag(), "en");
}

#[test]
fn values_and_plurals_fill_the_message() {
    let en = Messages::get("en");
    assert_eq!(tr!(in en; "core-answers-count", count = 1), "1 answer");
    assert_eq!(tr!(in en; "core-answers-count", count = 3), "3 answers");
    let fr = Messages::get("fr");
    assert_eq!(tr!(in fr; "core-answers-count", count = 1), "1 réponse");
    assert_eq!(tr!(in fr; "core-answers-count", count = 0), "0 réponse");
    let ar = Messages::get("ar");
    assert_ne!(
        tr!(in ar; "core-answers-count", count = 2),
        tr!(in ar; "core-answers-count", count = 11)
    );
    assert_eq!(en.text("core-no-such-message"), "core-no-such-message");
}

#[test]
fn a_thread_can_speak_its_own_language() {
    {
        let _french = speak_on_this_thread("fr");
        assert_eq!(tr!("core-month-3"), "mars");
        std::thread::spawn(|| assert_eq!(tr!("core-month-3"), "March"))
            .join()
            .unwrap();
    }
    assert_eq!(tr!("core-month-3"), "March");
}
