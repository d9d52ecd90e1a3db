//! The profile file as serde types. BTreeMaps keep keys sorted, so that a profile saved twice
//! with the same answers gives the same bytes and diffs well in git.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::answer::Value;
use crate::workbook::{Audience, Question, Workbook};

/// The profile format this program writes. A newer format is opened read-only, never rewritten.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub format: u32,
    pub city: City,
    /// Where the user left off: the last workbook opened and, per workbook, the last question.
    #[serde(default, skip_serializing_if = "Resume::is_empty")]
    pub resume: Resume,
    /// Answers by workbook id, then question id.
    #[serde(default)]
    pub answers: BTreeMap<String, BTreeMap<String, Answer>>,
    /// Text typed but not yet valid (a half-typed date...), kept so that nothing is lost.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub drafts: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    /// Display name, any text; never used as a path.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub role: Role,
    pub created: Timestamp,
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
    pub changed: Timestamp,
}

impl Profile {
    pub fn new(city: City) -> Profile {
        Profile {
            format: FORMAT_VERSION,
            city,
            resume: Resume::default(),
            answers: BTreeMap::new(),
            drafts: BTreeMap::new(),
        }
    }

    pub fn answer(&self, workbook: &str, question: &str) -> Option<&Answer> {
        self.answers.get(workbook)?.get(question)
    }

    pub fn value(&self, workbook: &str, question: &str) -> Option<&Value> {
        self.answer(workbook, question).map(|a| &a.value)
    }

    /// Records an already validated answer, stamped with the workbook version and `now`.
    pub fn set(
        &mut self,
        workbook: &Workbook,
        question: &Question,
        value: Value,
        other: Option<String>,
        now: Timestamp,
    ) {
        let answer = Answer {
            value,
            other,
            workbook_version: workbook.version,
            changed: now,
        };
        self.answers
            .entry(workbook.id().to_string())
            .or_default()
            .insert(question.id().to_string(), answer);
        self.clear_draft(workbook.id(), question.id());
    }

    /// Removes an answer; returns it if there was one.
    pub fn clear(&mut self, workbook: &str, question: &str) -> Option<Answer> {
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

    pub fn set_draft(&mut self, workbook: &str, question: &str, text: String) {
        self.drafts
            .entry(workbook.to_string())
            .or_default()
            .insert(question.to_string(), text);
    }

    pub fn clear_draft(&mut self, workbook: &str, question: &str) {
        if let Some(drafts) = self.drafts.get_mut(workbook) {
            drafts.remove(question);
            if drafts.is_empty() {
                self.drafts.remove(workbook);
            }
        }
    }

    /// Which questions of `workbook` apply, given this profile's answers.
    pub fn relevance(&self, workbook: &Workbook) -> Vec<bool> {
        let answers = self.answers.get(workbook.id());
        crate::workbook::condition::relevance(workbook, |id| {
            answers.and_then(|a| a.get(id)).map(|a| &a.value)
        })
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
