//! Reading a translation file. It is TOML: every entry is a table named by its key, holding
//! the translated `text` and the `source` hash of the English it translates (and, for a
//! glossary term, `aliases`: other spellings to highlight). Either way of writing a table
//! works:
//!
//! ```toml
//! [questions.has_mapped.prompt]
//! source = "5f1c0a9e"
//! text = "La ville a-t-elle déjà cartographié ces questions, même en partie ?"
//!
//! [questions.has_mapped.choices]
//! yes = { source = "85a3b0c9", text = "Oui" }
//! ```
//!
//! Every problem is reported at its line and column, all at once.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{HASH_DIGITS, Key};
use crate::tr;
use crate::workbook::diag::{Diagnostic, Severity};

/// A translation file as read: its entries by key.
#[derive(Debug, Clone, Default)]
pub struct Translation {
    /// How the file is named in messages, and its text (to locate problems).
    pub display: String,
    pub text: String,
    pub entries: BTreeMap<Key, Entry>,
}

/// One translated text.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub text: String,
    /// The hash of the English it was translated from (see `source_hash`).
    pub source: String,
    /// A glossary term's other spellings in this language.
    pub aliases: Option<Vec<String>>,
    /// Where the key's last part, the text and the source are written.
    pub key_span: Range<usize>,
    pub text_span: Range<usize>,
    pub source_span: Range<usize>,
}

/// The fields an entry may hold.
const FIELDS: &[&str] = &["source", "text", "aliases"];

/// Reads a translation file: the entries that could be read, and every problem with them; a
/// file that is not TOML is one error, at its place.
pub fn parse(display: &str, text: &str) -> Result<(Translation, Vec<Diagnostic>), Diagnostic> {
    let mut translation = Translation {
        display: display.to_string(),
        text: text.to_string(),
        entries: BTreeMap::new(),
    };
    let mut reader = Reader {
        display,
        text,
        problems: Vec::new(),
        entries: &mut translation.entries,
    };
    let root = DeTable::parse(text).map_err(|error| {
        let message = error.message().trim().replace('\n', " ");
        let mut diag = Diagnostic::new(Severity::Error, display, message);
        if let Some(span) = error.span() {
            diag = diag.at(text, span);
        }
        diag.hint(tr!("core-translation-syntax-hint"))
    })?;
    reader.table(root.get_ref(), &mut Vec::new());
    let mut problems = reader.problems;
    problems.sort_by_key(|d| (d.line, d.column));
    Ok((translation, problems))
}

struct Reader<'a> {
    display: &'a str,
    text: &'a str,
    problems: Vec<Diagnostic>,
    entries: &'a mut BTreeMap<Key, Entry>,
}

impl Reader<'_> {
    fn error(&mut self, span: Range<usize>, message: String, hint: &str) {
        let diag = Diagnostic::new(Severity::Error, self.display, message)
            .at(self.text, span)
            .hint(hint);
        self.problems.push(diag);
    }

    fn table(&mut self, table: &DeTable<'_>, path: &mut Vec<String>) {
        for (name, value) in table {
            path.push(name.get_ref().to_string());
            match value.get_ref() {
                DeValue::Table(inner) if is_entry(inner) => self.entry(inner, name.span(), path),
                DeValue::Table(inner) => self.table(inner, path),
                other => {
                    let key = Key::new(path.clone());
                    let last = super::toml_key(name.get_ref());
                    self.error(
                        value.span(),
                        tr!(
                            "core-translation-not-entry",
                            key = key.to_string(),
                            value = describe(other)
                        ),
                        &tr!(
                            "core-translation-not-entry-hint",
                            example = format!("{last} = {{ source = \"…\", text = \"…\" }}")
                        ),
                    );
                }
            }
            path.pop();
        }
    }

    fn entry(&mut self, table: &DeTable<'_>, key_span: Range<usize>, path: &[String]) {
        let key = Key::new(path.to_vec());
        for name in table.keys() {
            if !FIELDS.contains(&name.get_ref().as_ref()) {
                self.error(
                    name.span(),
                    tr!(
                        "core-translation-unknown-field",
                        field = name.get_ref().as_ref(),
                        key = key.to_string()
                    ),
                    &tr!("core-translation-unknown-field-hint"),
                );
            }
        }
        let text = self.string(table, "text", &key, key_span.clone());
        let source = self.string(table, "source", &key, key_span.clone());
        if let Some((hash, span)) = &source
            && !is_hash(hash)
        {
            self.error(
                span.clone(),
                tr!(
                    "core-translation-bad-hash",
                    key = key.to_string(),
                    hash = hash.as_str(),
                    digits = HASH_DIGITS
                ),
                &tr!("core-translation-bad-hash-hint"),
            );
        }
        let aliases = self.aliases(table, &key);
        if let (Some((text, text_span)), Some((source, source_span))) = (text, source) {
            self.entries.insert(
                key,
                Entry {
                    text,
                    source,
                    aliases,
                    key_span,
                    text_span,
                    source_span,
                },
            );
        }
    }

    fn string(
        &mut self,
        table: &DeTable<'_>,
        field: &str,
        key: &Key,
        key_span: Range<usize>,
    ) -> Option<(String, Range<usize>)> {
        match table.get(field).map(|v| (v.get_ref(), v.span())) {
            Some((DeValue::String(s), span)) => Some((s.to_string(), span)),
            Some((other, span)) => {
                self.error(
                    span,
                    tr!(
                        "core-translation-not-text",
                        field = field,
                        key = key.to_string(),
                        value = describe(other)
                    ),
                    &tr!("core-translation-not-text-hint"),
                );
                None
            }
            None => {
                self.error(
                    key_span,
                    tr!(
                        "core-translation-no-field",
                        key = key.to_string(),
                        field = field
                    ),
                    &tr!("core-translation-no-field-hint"),
                );
                None
            }
        }
    }

    fn aliases(&mut self, table: &DeTable<'_>, key: &Key) -> Option<Vec<String>> {
        let value = table.get("aliases")?;
        let strings = match value.get_ref() {
            DeValue::Array(items) => items
                .iter()
                .map(|item| item.get_ref().as_str().map(str::to_string))
                .collect::<Option<Vec<String>>>(),
            _ => None,
        };
        if strings.is_none() {
            self.error(
                value.span(),
                tr!("core-translation-aliases-list", key = key.to_string()),
                &tr!("core-translation-aliases-list-hint"),
            );
        }
        strings
    }
}

/// Whether a table is an entry: it holds `text` or `source` as a value (a table of that name
/// would be a choice or column called `text` or `source`).
fn is_entry(table: &DeTable<'_>) -> bool {
    ["text", "source"].iter().any(|f| {
        table
            .get(*f)
            .is_some_and(|v: &Spanned<DeValue>| !v.get_ref().is_table())
    })
}

/// Whether `hash` is written as a `source` must be: 8 lowercase hex digits.
pub fn is_hash(hash: &str) -> bool {
    hash.len() == HASH_DIGITS && hash.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f'))
}

/// What kind of value a file holds, in words, for a message.
fn describe(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(_) => tr!("core-value-text"),
        DeValue::Integer(_) | DeValue::Float(_) => tr!("core-value-number"),
        DeValue::Boolean(_) => tr!("core-value-boolean"),
        DeValue::Datetime(_) => tr!("core-value-date"),
        DeValue::Array(_) => tr!("core-value-list"),
        DeValue::Table(_) => tr!("core-value-table"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Key {
        Key::new(s.split('.').map(str::to_string).collect())
    }

    #[test]
    fn reads_entries_written_either_way() {
        let text = "[questions.q.prompt]\nsource = \"0123abcd\"\ntext = \"Bonjour\"\n\n[questions.q.choices]\nyes = { source = \"89abcdef\", text = \"Oui\" }\ntext = { source = \"00000000\", text = \"Texte\" }\n";
        let (translation, problems) = parse("fr/w.toml", text).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let prompt = &translation.entries[&key("questions.q.prompt")];
        assert_eq!(
            (prompt.text.as_str(), prompt.source.as_str()),
            ("Bonjour", "0123abcd")
        );
        assert_eq!(&text[prompt.source_span.clone()], "\"0123abcd\"");
        assert_eq!(&text[prompt.key_span.clone()], "prompt");
        assert_eq!(
            translation.entries[&key("questions.q.choices.yes")].text,
            "Oui"
        );
        assert_eq!(
            translation.entries[&key("questions.q.choices.text")].text,
            "Texte"
        );
    }

    #[test]
    fn every_problem_is_reported_at_its_place() {
        let text = "[a.prompt]\nsource = \"XYZ\"\ntext = 3\nnote = \"x\"\n\n[b]\nprompt = \"Bonjour\"\n\n[c.title]\ntext = \"Titre\"\n";
        let (translation, problems) = parse("fr/w.toml", text).unwrap();
        assert!(translation.entries.is_empty());
        let found: Vec<(usize, usize, &str)> = problems
            .iter()
            .map(|d| (d.line, d.column, d.message.as_str()))
            .collect();
        assert_eq!(
            found,
            vec![
                (
                    2,
                    10,
                    "`source` of `a.prompt` is `XYZ`, not a hash of 8 hex digits"
                ),
                (3, 8, "`text` of `a.prompt` is a number, not text"),
                (4, 1, "unknown field `note` in `a.prompt`"),
                (
                    7,
                    10,
                    "`b.prompt` is text, not an entry with `source` and `text`"
                ),
                (9, 4, "`c.title` has no `source`"),
            ]
        );
    }

    #[test]
    fn a_toml_error_is_located() {
        let problem = parse("fr/w.toml", "[a.prompt]\ntext = \"x\ntext = 2\n").unwrap_err();
        assert_eq!((problem.line, problem.severity), (2, Severity::Error));
        let problem = parse(
            "fr/w.toml",
            "[a.p]\nsource = \"00000000\"\ntext = \"x\"\n[a.p]\ntext = \"y\"\n",
        )
        .unwrap_err();
        assert_eq!(problem.line, 4, "{problem:?}");
    }
}
