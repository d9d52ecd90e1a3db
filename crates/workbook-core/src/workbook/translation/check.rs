//! What `workbook validate --lang` reports about one translation file against its English
//! file: missing entries (at the English text), stale ones (at the translation's `source`, with
//! what the English says now), orphaned ones (at the key), and translations that change what
//! they must keep: a plan sentence's placeholders, the markdown layout, bold marks and links.
//!
//! Missing, empty, stale and orphaned entries are warnings: the program falls back to English
//! or uses the older translation, so nothing breaks. A changed structure is an error: it would
//! print wrongly.

use std::collections::BTreeSet;
use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::markdown::{describe, shape};
use super::texts::{Form, Step, Text};
use super::{Entry, Lang, Translation, source_hash};
use crate::text::sanitize_line;
use crate::workbook::diag::{Diagnostic, Severity};
use crate::workbook::lint::distance;
use crate::workbook::model::placeholders;

/// Longest quotation of the English in a message about a stale entry.
const QUOTED_CHARS: usize = 160;

/// The English file a translation is checked against: its texts, and how it is named and
/// written (to point at a text that has no translation).
pub struct English<'a> {
    pub display: &'a str,
    pub text: &'a str,
    pub texts: &'a [Text],
}

/// Every problem of `translation` against `english`, in order: the file's own problems are
/// reported by [`super::parse`].
pub fn check(english: &English, translation: &Translation, lang: &Lang) -> Vec<Diagnostic> {
    let places = Places::new(english.text);
    let mut problems = Vec::new();
    for text in english.texts {
        let hash = source_hash(&text.english);
        let Some(entry) = translation.entries.get(&text.key) else {
            let diag = Diagnostic::new(
                Severity::Warning,
                english.display,
                format!("no `{lang}` translation of `{}`", text.key),
            );
            problems.push(places.at(diag, &text.place).hint(format!(
                "add [{}] to {} with source = \"{hash}\" (`workbook translate --lang {lang} {}` prints it)",
                text.key, translation.display, english.display
            )));
            continue;
        };
        let mut report = |severity, span: Range<usize>, message: String, hint: String| {
            problems.push(
                Diagnostic::new(severity, &translation.display, message)
                    .at(&translation.text, span)
                    .hint(hint),
            );
        };
        if entry.text.trim().is_empty() {
            report(
                Severity::Warning,
                entry.text_span.clone(),
                format!("`{}` is not translated yet (its text is empty)", text.key),
                "write the translation; until then the English is shown".into(),
            );
            continue;
        }
        if entry.source != hash && super::file::is_hash(&entry.source) {
            let (line, column, _) =
                crate::workbook::diag::locate(english.text, places.span(&text.place).start);
            report(
                Severity::Warning,
                entry.source_span.clone(),
                format!(
                    "`{}` is stale: the English changed since it was translated; it now reads \"{}\" ({}:{line}:{column})",
                    text.key,
                    quote(&text.english),
                    english.display
                ),
                format!("update the translation, then set source = \"{hash}\""),
            );
        }
        for (span, message, hint) in structure(text, entry) {
            report(Severity::Error, span, message, hint);
        }
    }
    problems.extend(orphans(english.texts, translation));
    problems
}

/// The entries of `translation` that name no text of the English file.
fn orphans(texts: &[Text], translation: &Translation) -> Vec<Diagnostic> {
    let known: BTreeSet<String> = texts.iter().map(|t| t.key.to_string()).collect();
    let mut found: Vec<(&super::Key, &Entry)> = translation
        .entries
        .iter()
        .filter(|(key, _)| !known.contains(&key.to_string()))
        .collect();
    found.sort_by_key(|(_, entry)| entry.key_span.start);
    found
        .into_iter()
        .map(|(key, entry)| {
            let written = key.to_string();
            let closest = known
                .iter()
                .map(|k| (distance(k, &written), k))
                .min()
                .filter(|(d, _)| *d <= 3);
            let hint = match closest {
                Some((_, k)) => format!("did you mean `{k}`?"),
                None => "remove it, or rename it after the English file's ids (a question, choice or column that was renamed or removed)".into(),
            };
            Diagnostic::new(
                Severity::Warning,
                &translation.display,
                format!("`{written}` is orphaned: it names no text of the English file"),
            )
            .at(&translation.text, entry.key_span.clone())
            .hint(hint)
        })
        .collect()
}

type Problem = (Range<usize>, String, String);

/// What a translation changes that it must keep.
fn structure(text: &Text, entry: &Entry) -> Vec<Problem> {
    let key = &text.key;
    let at = entry.text_span.clone();
    let mut problems = Vec::new();
    if text.form == Form::Sentence {
        problems.extend(sentence(text, entry));
    }
    if entry.aliases.is_some() && text.form != Form::Term {
        problems.push((
            at.clone(),
            format!("`{key}` has `aliases`, which only a glossary term takes"),
            "remove `aliases` here".into(),
        ));
    }
    let (before, after) = (shape(&text.english), shape(&entry.text));
    if before != after {
        problems.push((
            at.clone(),
            format!(
                "the translation of `{key}` changes the layout: the English has {}, the translation {}",
                describe(&before),
                describe(&after)
            ),
            "keep the English's lists and headings; a line that starts with `#`, `-`, `*`, `+`, `1.` or `>` starts a block, so rewrap the text so that none starts one by accident".into(),
        ));
    }
    let marks = |t: &str| t.matches("**").count();
    if marks(&text.english).is_multiple_of(2) && !marks(&entry.text).is_multiple_of(2) {
        problems.push((
            at.clone(),
            format!("the translation of `{key}` opens a `**` bold mark it does not close"),
            "write bold words as **mot**, with a pair of `**` around each".into(),
        ));
    }
    for link in links(&text.english) {
        if !entry.text.contains(link) {
            problems.push((
                at.clone(),
                format!("the translation of `{key}` drops the link {link}"),
                "keep links exactly as in the English".into(),
            ));
        }
    }
    problems
}

/// A plan sentence's placeholders are the same in the translation (in any order).
fn sentence(text: &Text, entry: &Entry) -> Option<Problem> {
    let key = &text.key;
    let at = entry.text_span.clone();
    let hint = "keep `{answer}`, `{other}` and `{city}` exactly as in the English: the plan puts the answer there";
    let english: BTreeSet<&str> = placeholders(&text.english).ok()?.into_iter().collect();
    let translated: BTreeSet<&str> = match placeholders(&entry.text) {
        Ok(names) => names.into_iter().collect(),
        Err(problem) => {
            return Some((
                at,
                format!("the translation of `{key}` has {problem}"),
                hint.into(),
            ));
        }
    };
    let name = |set: Vec<&&str>| {
        set.iter()
            .map(|n| format!("{{{n}}}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let dropped: Vec<&&str> = english.difference(&translated).collect();
    let added: Vec<&&str> = translated.difference(&english).collect();
    match (dropped.is_empty(), added.is_empty()) {
        (true, true) => None,
        (false, true) => Some((
            at,
            format!("the translation of `{key}` drops {}", name(dropped)),
            hint.into(),
        )),
        (true, false) => Some((
            at,
            format!(
                "the translation of `{key}` adds {}, which the English does not have",
                name(added)
            ),
            hint.into(),
        )),
        (false, false) => Some((
            at,
            format!(
                "the translation of `{key}` has {} where the English has {}",
                name(added),
                name(dropped)
            ),
            hint.into(),
        )),
    }
}

/// The web addresses in a text.
fn links(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("https://").or_else(|| rest.find("http://")) {
        let tail = &rest[start..];
        let end = tail
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '>' | ']' | '"'))
            .unwrap_or(tail.len());
        found.push(tail[..end].trim_end_matches(['.', ',', ';', ':']));
        rest = &tail[end..];
    }
    found
}

/// The English on one line, cut to a readable length.
fn quote(english: &str) -> String {
    let line = sanitize_line(english.trim());
    let words: Vec<&str> = line.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() <= QUOTED_CHARS {
        return joined;
    }
    let cut: String = joined.chars().take(QUOTED_CHARS).collect();
    format!("{}…", cut.trim_end())
}

/// Where each value of an English file is written, to point at it.
pub(super) struct Places<'a> {
    text: &'a str,
    root: Option<DeValue<'a>>,
}

impl<'a> Places<'a> {
    pub(super) fn new(text: &'a str) -> Places<'a> {
        Places {
            text,
            root: DeTable::parse(text)
                .ok()
                .map(|t| DeValue::Table(t.into_inner())),
        }
    }

    /// The span of the value at `place`, or an empty span at the start of the file.
    pub(super) fn span(&self, place: &[Step]) -> Range<usize> {
        let Some(mut value) = self.root.as_ref() else {
            return 0..0;
        };
        let mut span = 0..0;
        for step in place {
            let next = match step {
                Step::Key(name) => value.get(name.as_str()),
                Step::Index(i) => value.get(*i),
            };
            let Some(next) = next else {
                return span;
            };
            span = next.span();
            value = next.get_ref();
        }
        span
    }

    fn at(&self, diag: Diagnostic, place: &[Step]) -> Diagnostic {
        match self.root {
            Some(_) => diag.at(self.text, self.span(place)),
            None => diag,
        }
    }
}
