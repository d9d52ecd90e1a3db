//! A single-file bundle that moves a city between machines, and merging one into an existing
//! city answer by answer: the newer change wins and every disagreement is listed.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::edit::{self, Given};
use super::model::{Answer, Note, Profile};
use crate::answer::{Response, read};
use crate::tr;
use crate::workbook::{Catalog, Question, Workbook};

/// The newest bundle format this program reads. Format 2 carries rounds; a bundle of a city
/// that never closed a round is written as format 1, which older versions still read.
pub const BUNDLE_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub bundle: u32,
    #[serde(deserialize_with = "super::time::deserialize")]
    pub exported: Timestamp,
    /// The program and version that wrote it, for people reading the file.
    pub program: String,
    pub profile: Profile,
}

impl Bundle {
    pub fn new(profile: Profile, now: Timestamp) -> Bundle {
        Bundle {
            bundle: if profile.rounds.is_empty() {
                1
            } else {
                BUNDLE_VERSION
            },
            exported: now,
            program: format!("workbook {}", env!("CARGO_PKG_VERSION")),
            profile,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Local,
    Incoming,
}

/// Both sides answered a question differently.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    pub workbook: String,
    pub question: String,
    pub local: Answer,
    pub incoming: Answer,
    /// The side whose answer was kept: the later change; local on a tie.
    pub kept: Side,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct MergeReport {
    /// Answers only the bundle had, now added.
    pub added: Vec<(String, String)>,
    pub conflicts: Vec<Conflict>,
    /// Answers both sides had with the same value.
    pub same: usize,
    /// Closed rounds only the bundle had, now added, by label.
    pub rounds_added: Vec<String>,
    /// Answers of a closed round both sides hold that differed: the later change was kept.
    pub round_answers_replaced: usize,
}

/// Merges `incoming`'s answers (and unsaved drafts local lacks) into `local`. The incoming
/// profile is first brought to the loaded workbooks' versions (its migrations applied); every
/// answer then enters `local` through `edit::record`, stamped with its own change time, so an
/// older bundle's `"Yes"` is stored as yes and a value that is not understood is kept as it
/// is. Answers to questions no loaded workbook asks are carried over unchanged.
pub fn merge(local: &mut Profile, incoming: &Profile, catalog: &Catalog) -> MergeReport {
    let mut incoming = incoming.clone();
    super::migrate::migrate(&mut incoming, catalog);
    let mut report = MergeReport::default();
    for (workbook, answers) in &incoming.answers {
        for (question, theirs) in answers {
            let target = edit::find(catalog, workbook, question).ok();
            let meaning = |a: &Answer| match target {
                Some((_, q)) => read(q, &a.value, a.other.as_deref(), local.city.number_format)
                    .value()
                    .cloned()
                    .unwrap_or_else(|| a.value.clone()),
                None => a.value.clone(),
            };
            let kept = match local.answer(workbook, question) {
                None => {
                    report.added.push((workbook.clone(), question.clone()));
                    Side::Incoming
                }
                Some(ours) if meaning(ours) == meaning(theirs) && ours.other == theirs.other => {
                    report.same += 1;
                    carry_notes(local, (workbook, question), &theirs.notes);
                    take_confirmation(local, (workbook, question), theirs);
                    continue;
                }
                Some(ours) => {
                    let kept = if theirs.changed > ours.changed {
                        Side::Incoming
                    } else {
                        Side::Local
                    };
                    report.conflicts.push(Conflict {
                        workbook: workbook.clone(),
                        question: question.clone(),
                        local: ours.clone(),
                        incoming: theirs.clone(),
                        kept,
                    });
                    kept
                }
            };
            let ours = local.answer(workbook, question).cloned();
            if kept == Side::Incoming {
                take(local, target, (workbook, question), theirs);
            }
            carry_notes(local, (workbook, question), &theirs.notes);
            // A disagreement is never settled silently: the answer that was not kept stays
            // beside the one that was, as a note the user sees and resolves.
            if let Some(ours) = ours {
                let (other, text) = match kept {
                    Side::Incoming => (ours, tr!("profile-note-kept-local")),
                    Side::Local => (theirs.clone(), tr!("profile-note-kept-incoming")),
                };
                keep_beside(local, (workbook, question), other, &text);
            }
        }
    }
    merge_drafts(&mut local.drafts, &incoming.drafts);
    merge_rounds(local, &incoming, &mut report);
    report
}

/// The same answer on both sides, confirmed for this round on the other machine only: the
/// confirmation is the user's own act there, so it is kept.
fn take_confirmation(local: &mut Profile, (workbook, question): (&str, &str), theirs: &Answer) {
    if let Some(ours) = local
        .answers
        .get_mut(workbook)
        .and_then(|a| a.get_mut(question))
        && ours.from_round.is_some()
        && theirs.from_round.is_none()
    {
        ours.from_round = None;
        ours.changed = ours.changed.max(theirs.changed);
    }
}

/// Rounds merge by label: a round only the bundle has is added as it is; in a round both
/// hold, an answer only one side has is added and differing answers keep the later change.
fn merge_rounds(local: &mut Profile, incoming: &Profile, report: &mut MergeReport) {
    for (label, theirs) in &incoming.rounds {
        let Some(ours) = local.rounds.get_mut(label) else {
            local.rounds.insert(label.clone(), theirs.clone());
            report.rounds_added.push(label.clone());
            continue;
        };
        for (workbook, answers) in &theirs.answers {
            let mine = ours.answers.entry(workbook.clone()).or_default();
            for (question, answer) in answers {
                match mine.get(question) {
                    None => {
                        mine.insert(question.clone(), answer.clone());
                    }
                    Some(kept) if kept != answer && answer.changed > kept.changed => {
                        mine.insert(question.clone(), answer.clone());
                        report.round_answers_replaced += 1;
                    }
                    Some(_) => {}
                }
            }
        }
    }
    local.settle_format();
}

/// Takes an incoming answer: through `record` for a question a loaded workbook asks, as it is
/// for any other (an orphan stays an orphan, unchanged).
fn take(
    local: &mut Profile,
    target: Option<(&Workbook, &Question)>,
    (workbook, question): (&str, &str),
    theirs: &Answer,
) {
    if let Some((book, q)) = target {
        let response = Response::new(theirs.value.clone(), theirs.other.clone());
        // `Given::Stored` never fails: what is not understood is kept as it is.
        if edit::record(local, book, q, &response, Given::Stored, theirs.changed).is_ok() {
            // The answer is theirs, confirmed for this round or not as it was there.
            if let Some(stored) = local
                .answers
                .get_mut(workbook)
                .and_then(|a| a.get_mut(question))
            {
                stored.from_round = theirs.from_round.clone();
            }
            return;
        }
    }
    let answer = Answer::new(
        theirs.value.clone(),
        theirs.other.clone(),
        theirs.workbook_version,
        theirs.changed,
        theirs.from_round.clone(),
    );
    local.put(workbook, question, answer);
}

/// Adds the incoming answer's own notes (a migration's remark, an earlier disagreement) to the
/// stored answer, skipping any it already has: a note is only ever removed by the user.
fn carry_notes(local: &mut Profile, (workbook, question): (&str, &str), notes: &[Note]) {
    if let Some(answer) = local
        .answers
        .get_mut(workbook)
        .and_then(|a| a.get_mut(question))
    {
        for note in notes {
            if !answer.notes.contains(note) {
                answer.notes.push(note.clone());
            }
        }
    }
}

/// Adds the other side of a disagreement to an answer's notes.
fn keep_beside(local: &mut Profile, (workbook, question): (&str, &str), other: Answer, text: &str) {
    if let Some(answer) = local
        .answers
        .get_mut(workbook)
        .and_then(|a| a.get_mut(question))
    {
        answer.notes.push(Note {
            text: text.to_string(),
            value: Some(other.value),
            other: other.other,
            changed: Some(other.changed),
        });
    }
}

type Drafts = BTreeMap<String, BTreeMap<String, String>>;

fn merge_drafts(local: &mut Drafts, incoming: &Drafts) {
    for (workbook, drafts) in incoming {
        let mine = local.entry(workbook.clone()).or_default();
        for (question, text) in drafts {
            mine.entry(question.clone()).or_insert_with(|| text.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Value;
    use crate::profile::model::{City, Role};

    fn profile(entries: &[(&str, &str, i64)]) -> Profile {
        let mut p = Profile::new(City::new("X", Role::Mayor, Timestamp::UNIX_EPOCH));
        for (q, text, second) in entries {
            p.answers.entry("w".into()).or_default().insert(
                q.to_string(),
                Answer {
                    value: Value::Text(text.to_string()),
                    other: None,
                    workbook_version: 1,
                    changed: Timestamp::from_second(*second).unwrap(),
                    notes: Vec::new(),
                    from_round: None,
                },
            );
        }
        p
    }

    #[test]
    fn newer_change_wins_and_conflicts_are_listed() {
        let mut local = profile(&[("a", "mine", 10), ("b", "mine", 30), ("c", "same", 1)]);
        let incoming = profile(&[
            ("a", "theirs", 20),
            ("b", "theirs", 20),
            ("c", "same", 5),
            ("d", "new", 1),
        ]);
        let catalog = Catalog::default();
        let report = merge(&mut local, &incoming, &catalog);
        assert_eq!(report.added, vec![("w".to_string(), "d".to_string())]);
        assert_eq!(report.same, 1);
        assert_eq!(report.conflicts.len(), 2);
        assert_eq!(report.conflicts[0].kept, Side::Incoming);
        assert_eq!(report.conflicts[1].kept, Side::Local);
        assert_eq!(local.value("w", "a"), Some(&Value::Text("theirs".into())));
        assert_eq!(local.value("w", "b"), Some(&Value::Text("mine".into())));
        assert_eq!(local.value("w", "d"), Some(&Value::Text("new".into())));
    }
}
