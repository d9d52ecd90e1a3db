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
use crate::tr;
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
                tr!(
                    "core-translation-missing",
                    lang = lang.as_str(),
                    key = text.key.to_string()
                ),
            );
            problems.push(places.at(diag, &text.place).hint(tr!(
                "core-translation-missing-hint",
                key = text.key.to_string(),
                file = translation.display.as_str(),
                hash = hash.as_str(),
                lang = lang.as_str(),
                english = english.display
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
                tr!("core-translation-empty", key = text.key.to_string()),
                tr!("core-translation-empty-hint"),
            );
            continue;
        }
        if entry.source != hash && super::file::is_hash(&entry.source) {
            let (line, column, _) =
                crate::workbook::diag::locate(english.text, places.span(&text.place).start);
            report(
                Severity::Warning,
                entry.source_span.clone(),
                tr!(
                    "core-translation-stale",
                    key = text.key.to_string(),
                    english = quote(&text.english),
                    place = format!("{}:{line}:{column}", english.display)
                ),
                tr!("core-translation-stale-hint", hash = hash.as_str()),
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
                Some((_, k)) => tr!("core-did-you-mean", name = k),
                None => tr!("core-translation-orphan-hint"),
            };
            Diagnostic::new(
                Severity::Warning,
                &translation.display,
                tr!("core-translation-orphan", key = written.as_str()),
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
            tr!("core-translation-aliases", key = key.to_string()),
            tr!("core-translation-aliases-hint"),
        ));
    }
    let (before, after) = (shape(&text.english), shape(&entry.text));
    if before != after {
        problems.push((
            at.clone(),
            tr!(
                "core-translation-layout",
                key = key.to_string(),
                english = describe(&before),
                translation = describe(&after)
            ),
            tr!("core-translation-layout-hint"),
        ));
    }
    let marks = |t: &str| t.matches("**").count();
    if marks(&text.english).is_multiple_of(2) && !marks(&entry.text).is_multiple_of(2) {
        problems.push((
            at.clone(),
            tr!("core-translation-bold", key = key.to_string()),
            tr!("core-translation-bold-hint"),
        ));
    }
    for link in links(&text.english) {
        if !entry.text.contains(link) {
            problems.push((
                at.clone(),
                tr!("core-translation-link", key = key.to_string(), link = link),
                tr!("core-translation-link-hint"),
            ));
        }
    }
    problems
}

/// A plan sentence's placeholders are the same in the translation (in any order).
fn sentence(text: &Text, entry: &Entry) -> Option<Problem> {
    let key = &text.key;
    let at = entry.text_span.clone();
    let hint = || {
        tr!(
            "core-translation-placeholders-hint",
            answer = "{answer}",
            other = "{other}",
            city = "{city}"
        )
    };
    let english: BTreeSet<&str> = placeholders(&text.english).ok()?.into_iter().collect();
    let translated: BTreeSet<&str> = match placeholders(&entry.text) {
        Ok(names) => names.into_iter().collect(),
        Err(problem) => {
            return Some((
                at,
                tr!(
                    "core-translation-braces",
                    key = key.to_string(),
                    problem = problem
                ),
                hint(),
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
            tr!(
                "core-translation-drops",
                key = key.to_string(),
                placeholders = name(dropped)
            ),
            hint(),
        )),
        (true, false) => Some((
            at,
            tr!(
                "core-translation-adds",
                key = key.to_string(),
                placeholders = name(added)
            ),
            hint(),
        )),
        (false, false) => Some((
            at,
            tr!(
                "core-translation-swaps",
                key = key.to_string(),
                translation = name(added),
                english = name(dropped)
            ),
            hint(),
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
