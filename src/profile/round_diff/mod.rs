//! What changed between two rounds of a city: answers added, changed and removed, actions
//! whose status changed (and actions new or gone), and indicators against their target.
//!
//! A pure function of the workbooks and two sets of answers ([`diff`]); [`between`] picks the
//! two sets from a profile by round name. It prints nothing: `workbook diff` writes the result
//! as markdown or JSON, `compare --since-last-round` counts it, and the plan can tell the
//! progress since the last round from it.
//!
//! Answers are compared by what they mean ([`crate::answer::read`]), so a value stored in
//! another form that means the same (`"Yes"` for yes, a choice's label) is not a change, and an
//! empty answer counts as no answer. Answers to questions no loaded workbook asks are left out.

mod rows;
mod tables;

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::Serialize;

use super::migrate;
use super::model::{Answer, Profile};
use super::round::{self, CURRENT, RoundError};
use crate::answer::{NumberFormat, OTHER, Value, read, summary};
use crate::workbook::{Catalog, Question, Workbook};

pub use tables::{
    ActionChange, ActionRow, ActionTally, IndicatorProgress, IndicatorTally, IndicatorValues,
    action_tally, indicator_tally,
};

/// A set of answers by workbook id, then question id: a profile's or a closed round's.
pub type AnswerSet = BTreeMap<String, BTreeMap<String, Answer>>;

/// Everything that changed from one set of answers to another.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundDiff {
    /// Answers added, changed and removed, in catalog order.
    pub answers: Vec<AnswerChange>,
    /// Rows of every action table (matched by their action text across the tables) that are
    /// new, gone, or whose status changed; in the order of the later set, then the gone ones.
    pub actions: Vec<ActionChange>,
    /// Every indicator of every indicator table on either side (matched by the indicator's
    /// text), with its baseline, target and latest value on each side.
    pub indicators: Vec<IndicatorProgress>,
}

impl RoundDiff {
    /// Whether nothing changed at all (indicators then stand as they stood).
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
            && self.actions.is_empty()
            && !self.indicators.iter().any(|i| i.changed)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Only the later side has it.
    Added,
    /// Both sides have it, saying different things.
    Changed,
    /// Only the earlier side has it.
    Removed,
}

/// One question whose answer differs between the two sides.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerChange {
    /// The workbook the answer lives in (a shared question's home).
    pub workbook: String,
    pub workbook_title: String,
    pub question: String,
    /// The question as the plan names it (its plan label, else its prompt).
    pub label: String,
    pub kind: ChangeKind,
    pub before: Option<RoundValue>,
    pub after: Option<RoundValue>,
    /// For lists, multiple choices and tables that changed: the items and rows added, removed
    /// and changed.
    #[serde(skip_serializing_if = "ItemDelta::is_empty")]
    pub items: ItemDelta,
}

/// An answer on one side: what it means, and that in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundValue {
    pub value: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// The answer in words: a choice's label, yes or no, a number the city's way with its
    /// unit, list items, "3 rows" for a table. One line, terminal controls removed; not
    /// escaped for any document format.
    pub text: String,
}

/// The parts of a list or table that changed: list items (choice labels), or table rows named
/// by their key cell (the action, the stakeholder's name...; else the first column).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ItemDelta {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    /// Table rows found on both sides whose other cells changed.
    pub changed: Vec<String>,
    /// The same items or rows, in another order.
    pub reordered: bool,
}

impl ItemDelta {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && !self.reordered
    }
}

/// What changed from `before` to `after`, read with the workbooks of `catalog` for a city that
/// writes numbers in `format`.
pub fn diff(
    catalog: &Catalog,
    before: &AnswerSet,
    after: &AnswerSet,
    format: NumberFormat,
) -> RoundDiff {
    let mut answers = Vec::new();
    for workbook in catalog.iter() {
        // A question shown from another workbook is compared at home, once.
        for question in workbook.questions().filter(|q| !q.is_reused()) {
            answers.extend(answer_change(workbook, question, before, after, format));
        }
    }
    RoundDiff {
        answers,
        actions: tables::action_changes(catalog, before, after, format),
        indicators: tables::indicator_progress(catalog, before, after, format),
    }
}

/// A stored answer as it means: its value read for the question (the stored value itself
/// when it is not understood) and its "other" text; `None` when it says nothing.
type Meaning = (Value, Option<String>);

fn meaning(question: &Question, answer: &Answer, format: NumberFormat) -> Option<Meaning> {
    let reading = read(question, &answer.value, answer.other.as_deref(), format);
    let value = reading.value().unwrap_or(&answer.value).clone();
    if !value.is_answered() {
        return None;
    }
    let other = answer
        .other
        .as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .map(str::to_string);
    Some((value, other))
}

fn answer_change(
    workbook: &Workbook,
    question: &Question,
    before: &AnswerSet,
    after: &AnswerSet,
    format: NumberFormat,
) -> Option<AnswerChange> {
    let get = |set: &AnswerSet| {
        set.get(workbook.id())
            .and_then(|answers| answers.get(question.id()))
            .and_then(|answer| meaning(question, answer, format))
    };
    let (was, now) = (get(before), get(after));
    let kind = match (&was, &now) {
        (None, None) => return None,
        (Some(a), Some(b)) if a == b => return None,
        (None, Some(_)) => ChangeKind::Added,
        (Some(_), None) => ChangeKind::Removed,
        (Some(_), Some(_)) => ChangeKind::Changed,
    };
    let items = match (&was, &now) {
        (Some(a), Some(b)) => item_delta(question, a, b, format),
        _ => ItemDelta::default(),
    };
    let shown = |(value, other): Meaning| RoundValue {
        text: summary(question, &value, other.as_deref(), format),
        value,
        other,
    };
    Some(AnswerChange {
        workbook: workbook.id().to_string(),
        workbook_title: workbook.title.clone(),
        question: question.id().to_string(),
        label: question.label().to_string(),
        kind,
        before: was.map(shown),
        after: now.map(shown),
        items,
    })
}

fn item_delta(
    question: &Question,
    was: &Meaning,
    now: &Meaning,
    format: NumberFormat,
) -> ItemDelta {
    match (&was.0, &now.0) {
        (Value::List(a), Value::List(b)) => {
            let a = item_labels(question, a, was.1.as_deref());
            let b = item_labels(question, b, now.1.as_deref());
            let added: Vec<String> = b.iter().filter(|i| !a.contains(i)).cloned().collect();
            let removed: Vec<String> = a.iter().filter(|i| !b.contains(i)).cloned().collect();
            let reordered = added.is_empty() && removed.is_empty() && a != b;
            ItemDelta {
                added,
                removed,
                changed: Vec::new(),
                reordered,
            }
        }
        (Value::Table(a), Value::Table(b)) => rows::row_delta(question, a, b, format),
        _ => ItemDelta::default(),
    }
}

/// List items as a reader sees them: a choice's label, "other: ..." for the free choice.
fn item_labels(question: &Question, items: &[String], other: Option<&str>) -> Vec<String> {
    items
        .iter()
        .map(|item| {
            if !question.kind().has_choices() {
                item.clone()
            } else if item == OTHER {
                format!("other: {}", other.unwrap_or(""))
            } else {
                question.choice_label(item).unwrap_or(item).to_string()
            }
        })
        .collect()
}

/// One side of a comparison: a closed round, or the open one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundEnd {
    /// The round's name, or `current` for the open round.
    pub label: String,
    pub open: bool,
    pub opened: Timestamp,
    /// When the round was closed; `None` for the open round.
    pub closed: Option<Timestamp>,
}

impl RoundEnd {
    /// Whether this side comes after `other` in the city's cycle.
    pub fn is_later_than(&self, other: &RoundEnd) -> bool {
        match (self.closed, other.closed) {
            (None, None) => false,
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => (a, &self.label) > (b, &other.label),
        }
    }
}

/// Two rounds of a city and what changed from the first to the second.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Between {
    pub city: String,
    pub from: RoundEnd,
    pub to: RoundEnd,
    /// `from` is the later round: what is added was only in the earlier one.
    pub backwards: bool,
    #[serde(flatten)]
    pub diff: RoundDiff,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DiffError {
    NoRoundClosed { city: String },
    Round(#[from] RoundError),
}

impl std::fmt::Display for DiffError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DiffError::NoRoundClosed { city } => {
                f.write_str(&crate::tr!("profile-diff-no-round", city = city))
            }
            DiffError::Round(error) => error.fmt(f),
        }
    }
}

/// Whether `label` names the open round.
pub fn is_current(label: &str) -> bool {
    label.eq_ignore_ascii_case(CURRENT)
}

/// The city as it stood at `label` (a closed round's name, or `current`), with the workbooks'
/// migrations applied in memory, so that a round closed under older workbooks asks the same
/// questions as today. Nothing is saved.
pub fn at(
    catalog: &Catalog,
    profile: &Profile,
    label: &str,
) -> Result<(RoundEnd, Profile), RoundError> {
    let (end, mut then) = if is_current(label) {
        let end = RoundEnd {
            label: CURRENT.to_string(),
            open: true,
            opened: round::opened_at(profile),
            closed: None,
        };
        (end, profile.clone())
    } else {
        let (name, closed) = round::find(profile, label)?;
        let end = RoundEnd {
            label: name.to_string(),
            open: false,
            opened: closed.opened,
            closed: Some(closed.closed),
        };
        (end, round::as_closed(profile, name)?)
    };
    migrate::migrate(&mut then, catalog);
    Ok((end, then))
}

/// What changed in `profile` from round `from` (default: the last closed round) to round `to`
/// (a round's name or `current`). A `from` later than `to` is allowed: the result says it
/// reads backwards.
pub fn between(
    catalog: &Catalog,
    profile: &Profile,
    from: Option<&str>,
    to: &str,
) -> Result<Between, DiffError> {
    let from = match from {
        Some(label) => label,
        None => round::last(profile)
            .map(|(label, _)| label)
            .ok_or_else(|| DiffError::NoRoundClosed {
                city: profile.city.name.clone(),
            })?,
    };
    let (from, earlier) = at(catalog, profile, from)?;
    let (to, later) = at(catalog, profile, to)?;
    let format = profile.city.number_format;
    Ok(Between {
        city: profile.city.name.clone(),
        backwards: from.is_later_than(&to),
        diff: diff(catalog, earlier.answers(), later.answers(), format),
        from,
        to,
    })
}

/// What changed since the last closed round: the plan's "Progress since the last round".
pub fn since_last_round(catalog: &Catalog, profile: &Profile) -> Result<Between, DiffError> {
    between(catalog, profile, None, CURRENT)
}

#[cfg(test)]
mod tests;
