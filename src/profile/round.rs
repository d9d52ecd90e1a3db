//! Rounds: the city's yearly cycle (map, plan, act, review, map again). Closing a round freezes
//! the current answers under a label ("2026") and opens the next round with every answer carried
//! over and marked "from 2026" until the user confirms or updates it. A closed round is never
//! changed again: the profile keeps it as the city's memory of that year.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::Serialize;

use super::model::{Answer, Profile, Round};
use crate::tr;

/// The name `diff` and `plan` use for the open round.
pub const CURRENT: &str = "current";

/// Longest accepted round label, in characters.
const MAX_LABEL: usize = 40;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoundError {
    NothingToClose {
        city: String,
    },
    LabelTaken {
        city: String,
        label: String,
    },
    /// `why` is the id of the message saying what is wrong with the label.
    BadLabel {
        label: String,
        why: &'static str,
    },
    /// `known` lists the rounds there are, or is empty when none was closed yet.
    Unknown {
        city: String,
        label: String,
        known: String,
    },
}

impl std::fmt::Display for RoundError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            RoundError::NothingToClose { city } => tr!("profile-round-nothing", city = city),
            RoundError::LabelTaken { city, label } => {
                tr!("profile-round-taken", city = city, label = label)
            }
            RoundError::BadLabel { label, why } => tr!(
                "profile-round-bad-label",
                label = label,
                why = crate::messages::ui().text(why)
            ),
            RoundError::Unknown { city, label, known } if known.is_empty() => {
                tr!("profile-round-unknown-none", city = city, label = label)
            }
            RoundError::Unknown { city, label, known } => tr!(
                "profile-round-unknown",
                city = city,
                label = label,
                known = known
            ),
        };
        f.write_str(&text)
    }
}

/// What closing a round did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Closed {
    pub label: String,
    pub opened: Timestamp,
    pub closed: Timestamp,
    /// Answers frozen in the round, and carried over into the new one.
    pub answers: usize,
}

/// The label a round closed `today` gets unless the user names it: the year.
pub fn default_label(today: jiff::civil::Date) -> String {
    today.year().to_string()
}

/// Checks a round label the user typed: it names the round in commands, plans and files.
pub fn check_label(label: &str) -> Result<(), RoundError> {
    let bad = |why| {
        Err(RoundError::BadLabel {
            label: crate::text::sanitize_line(label),
            why,
        })
    };
    if label.trim().is_empty() {
        return bad("profile-round-label-empty");
    }
    if label.trim() != label {
        return bad("profile-round-label-spaces");
    }
    if label.chars().count() > MAX_LABEL {
        return bad("profile-round-label-long");
    }
    if label.chars().any(char::is_control) {
        return bad("profile-round-label-control");
    }
    if label.eq_ignore_ascii_case(CURRENT) {
        return bad("profile-round-label-current");
    }
    Ok(())
}

/// Closes the current round as `label`, stamped `now`: its answers are frozen as they are
/// (notes and marks included), and each current answer is marked as carried over from it.
pub fn close(profile: &mut Profile, label: &str, now: Timestamp) -> Result<Closed, RoundError> {
    check_label(label)?;
    if profile.rounds.contains_key(label) {
        return Err(RoundError::LabelTaken {
            city: profile.city.name.clone(),
            label: label.to_string(),
        });
    }
    if profile.answer_count() == 0 {
        return Err(RoundError::NothingToClose {
            city: profile.city.name.clone(),
        });
    }
    let opened = opened_at(profile);
    let round = Round {
        opened,
        closed: now,
        answers: profile.answers.clone(),
    };
    let answers = round.answer_count();
    profile.rounds.insert(label.to_string(), round);
    for answer in profile.answers.values_mut().flat_map(BTreeMap::values_mut) {
        answer.from_round = Some(label.to_string());
    }
    profile.settle_format();
    Ok(Closed {
        label: label.to_string(),
        opened,
        closed: now,
        answers,
    })
}

/// When the open round began: the last close, or the city's creation.
pub fn opened_at(profile: &Profile) -> Timestamp {
    last(profile).map_or(profile.city.created, |(_, r)| r.closed)
}

/// The closed rounds, oldest first.
pub fn rounds(profile: &Profile) -> Vec<(&str, &Round)> {
    let mut all: Vec<(&str, &Round)> = profile
        .rounds
        .iter()
        .map(|(l, r)| (l.as_str(), r))
        .collect();
    all.sort_by(|a, b| a.1.closed.cmp(&b.1.closed).then(a.0.cmp(b.0)));
    all
}

/// The round closed last, if any.
pub fn last(profile: &Profile) -> Option<(&str, &Round)> {
    rounds(profile).pop()
}

/// The closed round named `label` (exactly, or ignoring case when that is unambiguous).
pub fn find<'p>(profile: &'p Profile, label: &str) -> Result<(&'p str, &'p Round), RoundError> {
    if let Some((l, r)) = profile.rounds.get_key_value(label) {
        return Ok((l.as_str(), r));
    }
    let mut matches = profile
        .rounds
        .iter()
        .filter(|(l, _)| l.to_lowercase() == label.to_lowercase());
    match (matches.next(), matches.next()) {
        (Some((l, r)), None) => Ok((l.as_str(), r)),
        _ => Err(RoundError::Unknown {
            city: profile.city.name.clone(),
            label: crate::text::sanitize_line(label),
            known: known(profile),
        }),
    }
}

/// The closed rounds' labels, for a message: empty when there is none.
fn known(profile: &Profile) -> String {
    let labels: Vec<&str> = rounds(profile).into_iter().map(|(l, _)| l).collect();
    labels.join(", ")
}

/// The city as it stood when round `label` closed: that round's answers, and only the rounds
/// closed before it, so that a plan or progress of a closed round is what it was then.
pub fn as_closed(profile: &Profile, label: &str) -> Result<Profile, RoundError> {
    let (label, round) = find(profile, label)?;
    let closed = round.closed;
    let mut then = Profile::from_stored(profile.city.clone(), round.answers.clone());
    then.rounds = profile
        .rounds
        .iter()
        .filter(|(l, r)| r.closed < closed || (r.closed == closed && l.as_str() < label))
        .map(|(l, r)| (l.clone(), r.clone()))
        .collect();
    then.format = profile.format;
    Ok(then)
}

/// How a current answer stands against the last closed round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "state", content = "round")]
pub enum Standing {
    /// Carried over from that round, not yet confirmed or updated.
    Carried(String),
    /// Given again this round with the same value as last round.
    Confirmed,
    /// Given this round with another value than last round.
    Updated,
    /// Answered this round; last round had no answer.
    New,
}

/// How the answer to `workbook.question` stands this round; `None` when it has no answer or
/// no round was closed yet.
pub fn standing(profile: &Profile, workbook: &str, question: &str) -> Option<Standing> {
    let answer = profile.answer(workbook, question)?;
    if let Some(from) = &answer.from_round {
        return Some(Standing::Carried(from.clone()));
    }
    let (_, last) = last(profile)?;
    Some(match last.answer(workbook, question) {
        None => Standing::New,
        Some(before) if same(before, answer) => Standing::Confirmed,
        Some(_) => Standing::Updated,
    })
}

fn same(a: &Answer, b: &Answer) -> bool {
    a.value == b.value && a.other == b.other
}

/// The answer the last closed round holds for `workbook.question`, with the round's label.
pub fn previous<'p>(
    profile: &'p Profile,
    workbook: &str,
    question: &str,
) -> Option<(&'p str, &'p Answer)> {
    let (label, round) = last(profile)?;
    Some((label, round.answer(workbook, question)?))
}

/// Per workbook, how far the open round has come against the last one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Tally {
    /// Carried over, waiting to be confirmed or updated.
    pub to_confirm: usize,
    pub confirmed: usize,
    pub updated: usize,
    pub new: usize,
    /// Answered last round, cleared this round.
    pub removed: usize,
}

impl Tally {
    /// Answers the user has looked at this round.
    pub fn reviewed(&self) -> usize {
        self.confirmed + self.updated + self.new
    }
}

/// The tally of `workbook`'s answers this round; all zero when no round was closed.
pub fn tally(profile: &Profile, workbook: &str) -> Tally {
    let mut tally = Tally::default();
    let Some((_, last)) = last(profile) else {
        return tally;
    };
    let empty = BTreeMap::new();
    let now = profile.answers().get(workbook).unwrap_or(&empty);
    for question in now.keys() {
        match standing(profile, workbook, question) {
            Some(Standing::Carried(_)) => tally.to_confirm += 1,
            Some(Standing::Confirmed) => tally.confirmed += 1,
            Some(Standing::Updated) => tally.updated += 1,
            Some(Standing::New) => tally.new += 1,
            None => {}
        }
    }
    if let Some(before) = last.answers.get(workbook) {
        tally.removed = before.keys().filter(|q| !now.contains_key(*q)).count();
    }
    tally
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Value;
    use crate::profile::model::{City, Role};

    fn at(second: i64) -> Timestamp {
        Timestamp::from_second(second).unwrap()
    }

    fn answer(text: &str, second: i64) -> Answer {
        Answer {
            value: Value::Text(text.into()),
            other: None,
            workbook_version: 1,
            changed: at(second),
            notes: Vec::new(),
            from_round: None,
        }
    }

    fn city(answers: &[(&str, &str)]) -> Profile {
        let stored = answers
            .iter()
            .map(|(q, t)| (q.to_string(), answer(t, 10)))
            .collect();
        Profile::from_stored(
            City::new("Lyon", Role::Official, at(0)),
            [("w".to_string(), stored)].into_iter().collect(),
        )
    }

    #[test]
    fn closing_freezes_the_answers_and_marks_the_carried_ones() {
        let mut p = city(&[("a", "one"), ("b", "two")]);
        let closed = close(&mut p, "2026", at(100)).unwrap();
        assert_eq!(closed.answers, 2);
        assert_eq!(closed.opened, at(0));
        assert_eq!(p.format, crate::profile::model::FORMAT_WITH_ROUNDS);
        assert_eq!(
            p.answer("w", "a").unwrap().from_round.as_deref(),
            Some("2026")
        );
        assert_eq!(
            standing(&p, "w", "a"),
            Some(Standing::Carried("2026".into()))
        );
        let (label, round) = last(&p).unwrap();
        assert_eq!(label, "2026");
        assert_eq!(round.answer("w", "b").unwrap().from_round, None);
        assert_eq!(tally(&p, "w").to_confirm, 2);
    }

    #[test]
    fn a_taken_or_odd_label_and_an_empty_city_are_refused() {
        let mut p = city(&[("a", "one")]);
        close(&mut p, "2026", at(100)).unwrap();
        let taken = close(&mut p, "2026", at(200)).unwrap_err();
        assert!(taken.to_string().contains("--label \"2026-b\""), "{taken}");
        for bad in ["", " 2026", "current", "a\u{1b}[2J", &"x".repeat(41)] {
            assert!(close(&mut p, bad, at(200)).is_err(), "{bad:?}");
        }
        let mut empty = city(&[]);
        let err = close(&mut empty, "2026", at(1)).unwrap_err();
        assert!(err.to_string().contains("nothing to close"), "{err}");
        assert!(empty.rounds.is_empty());
    }

    #[test]
    fn a_closed_round_reads_as_the_city_then() {
        let mut p = city(&[("a", "one")]);
        close(&mut p, "2025", at(100)).unwrap();
        close(&mut p, "2026", at(200)).unwrap();
        let then = as_closed(&p, "2026").unwrap();
        assert_eq!(then.rounds.len(), 1);
        assert!(then.rounds.contains_key("2025"));
        assert_eq!(opened_at(&p), at(200));
        let err = as_closed(&p, "2024").unwrap_err().to_string();
        assert!(err.contains("its rounds are: 2025, 2026"), "{err}");
        assert_eq!(find(&p, "2026").unwrap().0, "2026");
    }

    #[test]
    fn standing_tells_confirmed_updated_new_and_removed() {
        let mut p = city(&[("a", "one"), ("b", "two"), ("c", "three")]);
        close(&mut p, "2026", at(100)).unwrap();
        let answers = p.answers.get_mut("w").unwrap();
        answers.get_mut("a").unwrap().from_round = None;
        *answers.get_mut("b").unwrap() = answer("changed", 150);
        answers.remove("c");
        answers.insert("d".into(), answer("fresh", 160));
        assert_eq!(standing(&p, "w", "a"), Some(Standing::Confirmed));
        assert_eq!(standing(&p, "w", "b"), Some(Standing::Updated));
        assert_eq!(standing(&p, "w", "d"), Some(Standing::New));
        assert_eq!(
            tally(&p, "w"),
            Tally {
                to_confirm: 0,
                confirmed: 1,
                updated: 1,
                new: 1,
                removed: 1
            }
        );
        assert_eq!(
            previous(&p, "w", "b").unwrap().1.value,
            Value::Text("two".into())
        );
    }
}
