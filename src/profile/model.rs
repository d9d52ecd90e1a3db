//! The profile file as serde types. BTreeMaps keep keys sorted, so that a profile saved twice
//! with the same answers gives the same bytes and diffs well in git.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::answer::{NumberFormat, Value};
use crate::workbook::Audience;

/// The newest profile format this program reads and writes. A newer format is opened read-only,
/// never rewritten. Format 2 added the city's number format and exact numbers (digits no float
/// holds are stored as text); format 1 files are read as they are and written as format 2.
/// Format 3 added rounds: closed rounds of answers and the "from round" mark on answers carried
/// over. Format 4 added the city's language (`lang`), the language its plan is written in.
pub const FORMAT_VERSION: u32 = 4;

/// The format of a profile with rounds and no city language.
pub const FORMAT_WITH_ROUNDS: u32 = 3;

/// The format of a profile without rounds. A profile is written in the lowest format that holds
/// what it contains, so that a colleague with an older version of the program can still open a
/// city that never closed a round; the first `round close` moves it to [`FORMAT_VERSION`].
pub const FORMAT_WITHOUT_ROUNDS: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// An older format reads as this program's: it is written in this format when next saved.
    #[serde(deserialize_with = "read_format")]
    pub format: u32,
    pub city: City,
    /// Where the user left off: the last workbook opened and, per workbook, the last question.
    #[serde(default, skip_serializing_if = "Resume::is_empty")]
    pub resume: Resume,
    /// Answers by workbook id, then question id. Only the profile module writes them, and
    /// only through `edit::record` (migrations and merges included): read them with
    /// [`Profile::answers`].
    #[serde(default)]
    pub(in crate::profile) answers: BTreeMap<String, BTreeMap<String, Answer>>,
    /// Text typed but not yet valid (a half-typed date...), kept so that nothing is lost.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(in crate::profile) drafts: BTreeMap<String, BTreeMap<String, String>>,
    /// Closed rounds by label ("2026"), each frozen as it was closed: read-only. Kept last in
    /// the file, so that closing a round adds a block at its end.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(in crate::profile) rounds: BTreeMap<String, Round>,
}

fn read_format<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let found = u32::deserialize(deserializer)?;
    Ok(found.max(FORMAT_WITHOUT_ROUNDS))
}

/// A closed round: the answers as they stood when the city closed it. Nothing changes it
/// afterwards (a bundle import may only add answers it lacks, by the newer-change rule).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    /// When the round began: the previous round's close, or when the city was created.
    #[serde(deserialize_with = "super::time::deserialize")]
    pub opened: Timestamp,
    #[serde(deserialize_with = "super::time::deserialize")]
    pub closed: Timestamp,
    /// Answers by workbook id, then question id, as they were at the close.
    #[serde(default)]
    pub answers: BTreeMap<String, BTreeMap<String, Answer>>,
}

impl Round {
    pub fn answer(&self, workbook: &str, question: &str) -> Option<&Answer> {
        self.answers.get(workbook)?.get(question)
    }

    pub fn answer_count(&self) -> usize {
        self.answers.values().map(BTreeMap::len).sum()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    /// Display name, any text; never used as a path.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub role: Role,
    #[serde(deserialize_with = "super::time::deserialize")]
    pub created: Timestamp,
    /// How the city writes decimals (`12.5` or `12,5`); typed numbers are read this way.
    #[serde(default)]
    pub number_format: NumberFormat,
    /// Which questions the city works through: every one, or the core track.
    #[serde(default, skip_serializing_if = "Track::is_full")]
    pub track: Track,
    /// The currency the city's sums are in, as it writes it ("EUR", "€", "KES").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The language the city's plan is written in (a BCP 47 tag: "fr"); none is the reader's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// The questions a city works through: the full workbooks, or the core track of about thirty
/// questions across the five areas for small towns and first workshops.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Track {
    #[default]
    Full,
    Core,
}

impl Track {
    pub fn is_full(&self) -> bool {
        *self == Track::Full
    }

    pub fn name(self) -> &'static str {
        match self {
            Track::Full => "full",
            Track::Core => "core",
        }
    }

    /// How the track is described to the user.
    pub fn describe(self) -> String {
        match self {
            Track::Full => crate::tr!("profile-track-full"),
            Track::Core => crate::tr!("profile-track-core"),
        }
    }
}

impl City {
    /// A city with no country that writes decimal points.
    pub fn new(name: impl Into<String>, role: Role, created: Timestamp) -> City {
        City {
            name: name.into(),
            country: None,
            role,
            created,
            number_format: NumberFormat::Point,
            track: Track::Full,
            currency: None,
            lang: None,
        }
    }
}

/// The user's role, which chooses the questions shown by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Mayor,
    #[default]
    Official,
}

impl Role {
    pub fn audience(self) -> Audience {
        match self {
            Role::Mayor => Audience::Mayor,
            Role::Official => Audience::Official,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Role::Mayor => "mayor",
            Role::Official => "official",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resume {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workbook: Option<String>,
    /// Last question visited, by workbook id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub questions: BTreeMap<String, String>,
}

impl Resume {
    pub fn is_empty(&self) -> bool {
        self.workbook.is_none() && self.questions.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub value: Value,
    /// Free text of an "other" choice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// The workbook version the answer was given under.
    pub workbook_version: u32,
    #[serde(deserialize_with = "super::time::deserialize")]
    pub changed: Timestamp,
    /// What the user should look at beside this answer: another answer to the same question
    /// that disagreed (from a merged question, another machine, a conversion), kept so that
    /// nothing is lost, until the user resolves it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// The round this answer was carried over from, until the user confirms or updates it
    /// ("from 2026: confirm or update").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_round: Option<String>,
}

impl Answer {
    /// An answer with no notes.
    pub fn new(
        value: Value,
        other: Option<String>,
        workbook_version: u32,
        changed: Timestamp,
        from_round: Option<String>,
    ) -> Answer {
        Answer {
            value,
            other,
            workbook_version,
            changed,
            notes: Vec::new(),
            from_round,
        }
    }
}

/// A note on an answer, and the other answer it keeps, if any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// What happened, for the user ("Earlier answer to coordination's mandate question").
    pub text: String,
    /// Another answer to this question, kept as it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    /// When that answer was given.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::time::deserialize_option"
    )]
    pub changed: Option<Timestamp>,
}

impl Profile {
    pub fn new(city: City) -> Profile {
        let mut profile = Profile {
            format: FORMAT_WITHOUT_ROUNDS,
            city,
            resume: Resume::default(),
            answers: BTreeMap::new(),
            drafts: BTreeMap::new(),
            rounds: BTreeMap::new(),
        };
        profile.settle_format();
        profile
    }

    /// The lowest format that holds what the profile contains: 2, 3 once it holds a closed
    /// round, 4 once the city has a language; so that a colleague with an older version of the
    /// program can still open a city that needs nothing newer.
    pub fn needed_format(&self) -> u32 {
        if self.city.lang.is_some() {
            FORMAT_VERSION
        } else if !self.rounds.is_empty() {
            FORMAT_WITH_ROUNDS
        } else {
            FORMAT_WITHOUT_ROUNDS
        }
    }

    /// Sets [`Profile::format`] to [`Profile::needed_format`], after a change of what the
    /// profile holds.
    pub fn settle_format(&mut self) {
        self.format = self.needed_format();
    }

    /// A profile holding exactly these stored answers, as reading a file that holds them gives:
    /// for building files (tests, benchmarks, the fuzzing harness). Answers a user gives are
    /// recorded with `edit::record`.
    pub fn from_stored(city: City, answers: BTreeMap<String, BTreeMap<String, Answer>>) -> Profile {
        Profile {
            answers,
            ..Profile::new(city)
        }
    }

    /// Every stored answer, by workbook id, then question id.
    pub fn answers(&self) -> &BTreeMap<String, BTreeMap<String, Answer>> {
        &self.answers
    }

    /// Text kept as drafts (not yet valid answers), by workbook id, then question id.
    pub fn drafts(&self) -> &BTreeMap<String, BTreeMap<String, String>> {
        &self.drafts
    }

    /// How many answers are stored.
    pub fn answer_count(&self) -> usize {
        self.answers.values().map(BTreeMap::len).sum()
    }

    pub fn answer(&self, workbook: &str, question: &str) -> Option<&Answer> {
        self.answers.get(workbook)?.get(question)
    }

    pub fn value(&self, workbook: &str, question: &str) -> Option<&Value> {
        self.answer(workbook, question).map(|a| &a.value)
    }

    /// Stores an answer as it is, keeping the notes already on the question (they stay until
    /// the user resolves them, whatever the answer becomes). Only `edit::record` (and
    /// migrations and merges moving an answer) call this: every answer is recorded by one set
    /// of rules.
    pub(super) fn put(&mut self, workbook: &str, question: &str, mut answer: Answer) {
        if let Some(existing) = self.answer(workbook, question) {
            answer.notes = existing.notes.clone();
        }
        self.answers
            .entry(workbook.to_string())
            .or_default()
            .insert(question.to_string(), answer);
    }

    /// Removes an answer; returns it if there was one.
    pub(super) fn remove(&mut self, workbook: &str, question: &str) -> Option<Answer> {
        let answers = self.answers.get_mut(workbook)?;
        let removed = answers.remove(question);
        if answers.is_empty() {
            self.answers.remove(workbook);
        }
        removed
    }

    pub fn draft(&self, workbook: &str, question: &str) -> Option<&str> {
        self.drafts.get(workbook)?.get(question).map(String::as_str)
    }

    /// Drops the draft of a question; returns whether there was one.
    pub fn clear_draft(&mut self, workbook: &str, question: &str) -> bool {
        let Some(drafts) = self.drafts.get_mut(workbook) else {
            return false;
        };
        let removed = drafts.remove(question).is_some();
        if drafts.is_empty() {
            self.drafts.remove(workbook);
        }
        removed
    }

    /// The latest change to any answer of `workbook`.
    pub fn last_changed(&self, workbook: &str) -> Option<Timestamp> {
        self.answers
            .get(workbook)?
            .values()
            .map(|a| a.changed)
            .max()
    }

    /// The latest change to any answer, or when the city was created if it has none.
    pub fn last_change(&self) -> Timestamp {
        self.answers
            .values()
            .flat_map(|a| a.values())
            .map(|a| a.changed)
            .max()
            .unwrap_or(self.city.created)
            .max(self.city.created)
    }
}
