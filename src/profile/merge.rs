//! Three copies of one city merged answer by answer, the way a person would: what git calls
//! for a city file that two people changed (`workbook merge-profile BASE OURS THEIRS`).
//!
//! An answer changed on one side only takes that side. An answer changed on both sides takes
//! the later change, and the other stays beside it as a note the user sees and resolves (in the
//! guided interface or with `answer resolve`): nothing is ever lost and no conflict marker is
//! written. An answer one side cleared and the other changed keeps the change, with a note.
//! Notes merge as sets: a note either side added stays, one a side resolved goes. City details,
//! resume positions and drafts merge field by field (both changed: this copy's); closed rounds,
//! which never change once closed, are joined.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::model::{Answer, City, Note, Profile, Resume, Round};

/// What the merge did, for the message git shows and for tests.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MergeSummary {
    /// Answers both copies changed differently, as (workbook, question): the later change was
    /// kept and the other is a note on it.
    pub conflicts: Vec<(String, String)>,
    /// City details both copies changed differently, by field: this copy's was kept.
    pub details_kept: Vec<String>,
}

/// The texts the merge writes into notes, in the user's language (see `team.ftl`).
pub struct NoteTexts {
    /// On the kept answer, beside the other copy's answer.
    pub other_copy: String,
    /// On an answer this copy changed while the other cleared it.
    pub cleared_elsewhere: String,
}

/// Merges `ours` and `theirs`, both descended from `base`.
pub fn merge_three(
    base: &Profile,
    ours: &Profile,
    theirs: &Profile,
    texts: &NoteTexts,
) -> (Profile, MergeSummary) {
    let mut summary = MergeSummary::default();
    let mut merged = ours.clone();
    merged.city = merge_city(&base.city, &ours.city, &theirs.city, &mut summary);
    merged.resume = merge_resume(&base.resume, &ours.resume, &theirs.resume);
    merged.answers = merge_answers(
        &base.answers,
        &ours.answers,
        &theirs.answers,
        texts,
        &mut summary,
    );
    merged.drafts = merge_maps(&base.drafts, &ours.drafts, &theirs.drafts, |_, o, _| {
        o.clone()
    });
    merged.rounds = merge_rounds(&ours.rounds, &theirs.rounds);
    merged.format = ours.format.max(theirs.format);
    merged.format = merged.format.max(merged.needed_format());
    (merged, summary)
}

type Answers = BTreeMap<String, BTreeMap<String, Answer>>;

fn merge_answers(
    base: &Answers,
    ours: &Answers,
    theirs: &Answers,
    texts: &NoteTexts,
    summary: &mut MergeSummary,
) -> Answers {
    let mut merged = Answers::new();
    let workbooks: BTreeSet<&String> = base
        .keys()
        .chain(ours.keys())
        .chain(theirs.keys())
        .collect();
    for workbook in workbooks {
        let empty = BTreeMap::new();
        let (b, o, t) = (
            base.get(workbook).unwrap_or(&empty),
            ours.get(workbook).unwrap_or(&empty),
            theirs.get(workbook).unwrap_or(&empty),
        );
        let questions: BTreeSet<&String> = b.keys().chain(o.keys()).chain(t.keys()).collect();
        let mut answers = BTreeMap::new();
        for question in questions {
            let outcome = merge_answer(b.get(question), o.get(question), t.get(question), texts);
            if outcome.conflict {
                summary.conflicts.push((workbook.clone(), question.clone()));
            }
            if let Some(answer) = outcome.answer {
                answers.insert(question.clone(), answer);
            }
        }
        if !answers.is_empty() {
            merged.insert(workbook.clone(), answers);
        }
    }
    merged
}

struct AnswerOutcome {
    answer: Option<Answer>,
    conflict: bool,
}

fn merge_answer(
    base: Option<&Answer>,
    ours: Option<&Answer>,
    theirs: Option<&Answer>,
    texts: &NoteTexts,
) -> AnswerOutcome {
    let clean = |answer: Option<&Answer>| AnswerOutcome {
        answer: answer.cloned(),
        conflict: false,
    };
    if ours == theirs {
        return clean(ours);
    }
    if ours == base {
        return clean(theirs);
    }
    if theirs == base {
        return clean(ours);
    }
    match (ours, theirs) {
        // Both copies changed it.
        (Some(o), Some(t)) => {
            let notes = merge_notes(base.map(|b| &b.notes[..]), &o.notes, &t.notes);
            if same_answer(o, t) {
                // The same answer given twice: one answer, the later confirmation kept.
                let mut kept = if t.changed > o.changed { t } else { o }.clone();
                if o.from_round.is_none() || t.from_round.is_none() {
                    kept.from_round = None;
                }
                kept.notes = notes;
                return AnswerOutcome {
                    answer: Some(kept),
                    conflict: false,
                };
            }
            let (newer, older) = if t.changed > o.changed {
                (t, o)
            } else {
                (o, t)
            };
            let mut kept = newer.clone();
            kept.notes = notes;
            let beside = Note {
                text: texts.other_copy.clone(),
                value: Some(older.value.clone()),
                other: older.other.clone(),
                changed: Some(older.changed),
            };
            if !kept.notes.contains(&beside) {
                kept.notes.push(beside);
            }
            AnswerOutcome {
                answer: Some(kept),
                conflict: true,
            }
        }
        // One copy cleared it and the other changed it: the change is kept, and said.
        (Some(changed), None) | (None, Some(changed)) => {
            let mut kept = changed.clone();
            let note = Note {
                text: texts.cleared_elsewhere.clone(),
                value: None,
                other: None,
                changed: None,
            };
            if !kept.notes.contains(&note) {
                kept.notes.push(note);
            }
            AnswerOutcome {
                answer: Some(kept),
                conflict: true,
            }
        }
        (None, None) => clean(None),
    }
}

/// Whether two answers say the same (whatever their change times and notes).
fn same_answer(a: &Answer, b: &Answer) -> bool {
    a.value == b.value && a.other == b.other && a.workbook_version == b.workbook_version
}

/// Notes as sets: kept when both copies have it or either added it; gone when a copy resolved
/// a note the base had. Order: this copy's, then the other's additions.
fn merge_notes(base: Option<&[Note]>, ours: &[Note], theirs: &[Note]) -> Vec<Note> {
    let base = base.unwrap_or_default();
    let mut merged: Vec<Note> = ours
        .iter()
        .filter(|n| theirs.contains(n) || !base.contains(n))
        .cloned()
        .collect();
    for note in theirs {
        if !base.contains(note) && !merged.contains(note) {
            merged.push(note.clone());
        }
    }
    merged
}

/// A map merged key by key: one side's change is taken; both changed: `both` decides.
fn merge_maps<K: Ord + Clone, V: Clone + PartialEq>(
    base: &BTreeMap<K, V>,
    ours: &BTreeMap<K, V>,
    theirs: &BTreeMap<K, V>,
    both: impl Fn(&K, &V, &V) -> V,
) -> BTreeMap<K, V> {
    let keys: BTreeSet<&K> = base
        .keys()
        .chain(ours.keys())
        .chain(theirs.keys())
        .collect();
    let mut merged = BTreeMap::new();
    for key in keys {
        let (b, o, t) = (base.get(key), ours.get(key), theirs.get(key));
        let value = if o == t || t == b {
            o.cloned()
        } else if o == b {
            t.cloned()
        } else {
            match (o, t) {
                (Some(o), Some(t)) => Some(both(key, o, t)),
                // Changed on one side, removed on the other: the change stays.
                (Some(v), None) | (None, Some(v)) => Some(v.clone()),
                (None, None) => None,
            }
        };
        if let Some(value) = value {
            merged.insert(key.clone(), value);
        }
    }
    merged
}

fn merge_resume(base: &Resume, ours: &Resume, theirs: &Resume) -> Resume {
    Resume {
        workbook: pick(&base.workbook, &ours.workbook, &theirs.workbook).clone(),
        questions: merge_maps(
            &base.questions,
            &ours.questions,
            &theirs.questions,
            |_, o, _| o.clone(),
        ),
    }
}

/// One field of three: the side that changed it, else this copy's.
fn pick<'a, T: PartialEq>(base: &T, ours: &'a T, theirs: &'a T) -> &'a T {
    if ours == base { theirs } else { ours }
}

fn merge_city(base: &City, ours: &City, theirs: &City, summary: &mut MergeSummary) -> City {
    let mut kept = Vec::new();
    let mut field = |name: &str, changed_both: bool| {
        if changed_both {
            kept.push(name.to_string());
        }
    };
    macro_rules! merged {
        ($name:ident) => {{
            let both = ours.$name != base.$name
                && theirs.$name != base.$name
                && ours.$name != theirs.$name;
            field(stringify!($name), both);
            pick(&base.$name, &ours.$name, &theirs.$name).clone()
        }};
    }
    let city = City {
        name: merged!(name),
        country: merged!(country),
        role: merged!(role),
        created: *pick(&base.created, &ours.created, &theirs.created),
        number_format: merged!(number_format),
        track: merged!(track),
        currency: merged!(currency),
        lang: merged!(lang),
    };
    summary.details_kept.extend(kept);
    city
}

/// Closed rounds never change: a round either copy has is kept; a round both hold gains the
/// answers only one of them has, and where they differ the later change.
fn merge_rounds(
    ours: &BTreeMap<String, Round>,
    theirs: &BTreeMap<String, Round>,
) -> BTreeMap<String, Round> {
    let mut merged = ours.clone();
    for (label, round) in theirs {
        let Some(mine) = merged.get_mut(label) else {
            merged.insert(label.clone(), round.clone());
            continue;
        };
        for (workbook, answers) in &round.answers {
            let kept = mine.answers.entry(workbook.clone()).or_default();
            for (question, answer) in answers {
                match kept.get(question) {
                    Some(existing) if existing.changed >= answer.changed => {}
                    _ => {
                        kept.insert(question.clone(), answer.clone());
                    }
                }
            }
        }
    }
    merged
}

#[cfg(test)]
mod tests;
