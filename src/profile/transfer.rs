//! `answer export` / `answer import`: a city's answers as a TOML file in the same shape the
//! profile stores (`[answers.WORKBOOK.QUESTION]` with `value`, `other`, `workbook_version`,
//! `changed`). On import only `value` is required; every answer is validated like a typed one
//! and nothing is recorded unless all of them are valid.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::edit::{AnswerError, Recorded, check, set_answer};
use super::model::{Answer, Note, Profile};
use crate::answer::{Response, Value};
use crate::workbook::Catalog;

#[derive(Debug, Serialize)]
pub struct Exported<'p> {
    pub answers: &'p BTreeMap<String, BTreeMap<String, Answer>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswersFile {
    #[serde(default)]
    pub answers: BTreeMap<String, BTreeMap<String, ImportedAnswer>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportedAnswer {
    pub value: Value,
    #[serde(default)]
    pub other: Option<String>,
    /// Accepted for symmetry with export; the current workbook version is recorded.
    #[serde(default)]
    pub workbook_version: Option<u32>,
    /// Accepted (in any form) for symmetry with export; an imported change is stamped with the
    /// import time.
    #[serde(default)]
    pub changed: Option<toml::Value>,
    /// Accepted for symmetry with export: an imported answer is the importing user's own, so
    /// it counts as given in the open round.
    #[serde(default)]
    pub from_round: Option<String>,
    /// Notes on the answer (another answer kept beside it): carried over, never dropped.
    #[serde(default)]
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ImportReport {
    pub set: usize,
    pub unchanged: usize,
    pub cleared: usize,
}

/// The profile's answers as TOML text.
pub fn export(profile: &Profile) -> Result<String, toml::ser::Error> {
    crate::encode::toml::to_string(&Exported {
        answers: &profile.answers,
    })
}

/// Validates every answer of `file`, then records them all; on any error records nothing and
/// returns every problem.
pub fn import(
    profile: &mut Profile,
    catalog: &Catalog,
    file: &AnswersFile,
    now: Timestamp,
) -> Result<ImportReport, Vec<AnswerError>> {
    let entries = || {
        file.answers
            .iter()
            .flat_map(|(w, qs)| qs.iter().map(move |(q, a)| ((w.as_str(), q.as_str()), a)))
    };
    let response = |a: &ImportedAnswer| Response::new(a.value.clone(), a.other.clone());
    let problems: Vec<AnswerError> = entries()
        .filter_map(|(key, a)| check(profile, catalog, key, &response(a)).err())
        .collect();
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut report = ImportReport::default();
    for (key, answer) in entries() {
        match set_answer(profile, catalog, key, &response(answer), now).map_err(|e| vec![e])? {
            Recorded::Set | Recorded::Confirmed | Recorded::KeptUnclear(_) => report.set += 1,
            Recorded::Unchanged => report.unchanged += 1,
            Recorded::Cleared => report.cleared += 1,
        }
        keep_notes(profile, catalog, key, &answer.notes);
    }
    Ok(report)
}

/// Adds the notes an imported answer carries to the stored answer (where it lives: its home
/// workbook), skipping any it already has.
fn keep_notes(
    profile: &mut Profile,
    catalog: &Catalog,
    (workbook, question): (&str, &str),
    notes: &[Note],
) {
    if notes.is_empty() {
        return;
    }
    let home = super::edit::find(catalog, workbook, question)
        .map(|(book, _)| book.id())
        .unwrap_or(workbook);
    if let Some(stored) = profile
        .answers
        .get_mut(home)
        .and_then(|answers| answers.get_mut(question))
    {
        for note in notes {
            if !stored.notes.contains(note) {
                stored.notes.push(note.clone());
            }
        }
    }
}
