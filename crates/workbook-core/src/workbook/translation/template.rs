//! A file for a translator to fill in: every entry that is missing, empty or stale, each as a
//! table with the current `source` hash, the English above it in comments, and the text to
//! write (empty, or the older translation to bring up to date).

use super::check::English;
use super::texts::Form;
use super::{Lang, Translation, quoted, source_hash};
use crate::tr;
use crate::workbook::diag::locate;

/// What `workbook translate` prints, and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub toml: String,
    pub missing: usize,
    pub stale: usize,
}

/// The entries of `english` that `translation` (if there is one yet, written at `target`)
/// lacks or has stale.
pub fn template(
    english: &English,
    translation: Option<&Translation>,
    target: &str,
    lang: &Lang,
) -> Template {
    let mut body = String::new();
    let (mut missing, mut stale) = (0, 0);
    let places = super::check::Places::new(english.text);
    for text in english.texts {
        let hash = source_hash(&text.english);
        let entry = translation.and_then(|t| t.entries.get(&text.key));
        let current = entry.filter(|e| !e.text.trim().is_empty());
        if current.is_some_and(|e| e.source == hash) {
            continue;
        }
        body.push('\n');
        let (line, column, _) = locate(english.text, places.span(&text.place).start);
        body.push_str(&format!("# {}:{line}:{column}\n", english.display));
        if let (Some(entry), Some(translation)) = (current, translation) {
            let (line, column, _) = locate(&translation.text, entry.key_span.start);
            let note = tr!(
                "core-template-stale",
                key = text.key.to_string(),
                place = format!("{target}:{line}:{column}")
            );
            body.push_str(&format!("# {note}\n"));
            stale += 1;
        } else {
            missing += 1;
        }
        body.push_str(&comment(&text.english));
        body.push_str(&format!("[{}]\nsource = \"{hash}\"\n", text.key));
        body.push_str(&format!(
            "text = {}\n",
            value(current.map_or("", |e| e.text.as_str()))
        ));
        if text.form == Form::Term {
            body.push_str(&aliases(current.and_then(|e| e.aliases.as_deref())));
        }
    }
    let header = tr!(
        "core-template-header",
        lang = lang.as_str(),
        english = english.display,
        missing = missing,
        stale = stale,
        target = target
    );
    let mut toml: String = header.lines().map(|line| format!("# {line}\n")).collect();
    toml.push_str(&body);
    Template {
        toml,
        missing,
        stale,
    }
}

/// A glossary term's aliases as the translation has them, or a commented example.
fn aliases(existing: Option<&[String]>) -> String {
    match existing {
        Some(list) => {
            let items: Vec<String> = list.iter().map(|a| quoted(a)).collect();
            format!("aliases = [{}]\n", items.join(", "))
        }
        None => {
            format!("# aliases = [\"…\"]   {}\n", tr!("core-template-aliases"))
        }
    }
}

/// The English as comment lines.
fn comment(english: &str) -> String {
    let english = english.replace("\r\n", "\n");
    let lines: Vec<&str> = english.trim_end_matches('\n').lines().collect();
    let label = tr!("core-template-english");
    match lines.as_slice() {
        [one] => format!("# {label} {one}\n"),
        many => {
            let mut out = format!("# {label}\n");
            for line in many {
                out.push_str(&format!("#   {line}\n").replace("#   \n", "#\n"));
            }
            out
        }
    }
}

/// `text` as a TOML string: one line in quotes, several between `"""`.
pub fn value(text: &str) -> String {
    if !text.contains('\n') {
        return quoted(text);
    }
    let text = text.replace("\r\n", "\n");
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::from("\"\"\"\n");
    for (i, c) in chars.iter().enumerate() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' if chars.get(i + 1).is_none_or(|n| *n == '"') => out.push_str("\\\""),
            '\n' | '\t' => out.push(*c),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(*c))),
            c => out.push(*c),
        }
    }
    out.push_str("\"\"\"");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_back_as_written() {
        for text in [
            "",
            "une ligne \"citée\"",
            "deux\nlignes\n",
            "fin en guillemet \"\n\"\"\"",
            "\\ barre\n\ttab\n\u{7}",
            "\nblanc au début",
        ] {
            let written = format!("v = {}\n", value(text));
            let read: toml::Table =
                toml::from_str(&written).unwrap_or_else(|e| panic!("{written}: {e}"));
            assert_eq!(read["v"].as_str(), Some(text), "{written}");
        }
    }

    #[test]
    fn english_is_commented_line_by_line() {
        assert_eq!(comment("One line"), "# English: One line\n");
        assert_eq!(comment("A\n\nB\n"), "# English:\n#   A\n#\n#   B\n");
    }
}
