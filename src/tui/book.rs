//! What the TUI knows about one workbook, prepared once: sanitised text (workbook text never
//! reaches the terminal raw), questions flattened in order, and the cached relevance and
//! progress that are recomputed only when an answer of this workbook changes.

use std::collections::HashMap;
use std::sync::Arc;

use crate::profile::Profile;
use crate::text::{sanitize, sanitize_line};
use crate::workbook::condition::holds;
use crate::workbook::{Audience, Question, Workbook};

/// One question, located and with its display text made safe.
#[derive(Debug, Clone)]
pub struct Item {
    pub section: usize,
    pub index: usize,
    pub id: String,
    pub prompt: String,
    pub guidance: String,
    pub required: bool,
    pub audience: Audience,
    /// Lower-case prompt and guidance, for `/` search.
    pub haystack: String,
}

#[derive(Debug, Clone)]
pub struct SectionInfo {
    pub title: String,
    pub intro: Option<String>,
    /// Index of its first question in `Book::items`.
    pub first: usize,
    pub len: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub shown: usize,
    pub answered: usize,
    pub required: usize,
    pub required_answered: usize,
}

impl Progress {
    pub fn required_open(&self) -> usize {
        self.required - self.required_answered
    }
}

#[derive(Debug, Clone)]
pub struct Book {
    pub workbook: Arc<Workbook>,
    pub title: String,
    pub summary: String,
    pub items: Vec<Item>,
    pub sections: Vec<SectionInfo>,
    pub glossary: Vec<String>,
    /// Per question: its show-if condition holds.
    pub relevant: Vec<bool>,
    /// Per question: answered (a value that counts, not just a draft).
    pub answered: Vec<bool>,
    pub progress: Progress,
    /// The latest change to an answer of this workbook, for the home screen.
    pub last_changed: Option<jiff::Timestamp>,
    /// Question index by id, for conditions.
    ids: HashMap<String, usize>,
    /// The questions that have a show-if condition, in order: the only ones whose relevance
    /// can change.
    conditional: Vec<usize>,
}

impl Book {
    pub fn new(workbook: Arc<Workbook>) -> Book {
        let mut items = Vec::with_capacity(workbook.question_count());
        let mut sections = Vec::with_capacity(workbook.sections.len());
        for (s, section) in workbook.sections.iter().enumerate() {
            sections.push(SectionInfo {
                title: sanitize_line(&section.title),
                intro: section.intro.as_deref().map(sanitize),
                first: items.len(),
                len: section.questions.len(),
            });
            for (q, question) in section.questions.iter().enumerate() {
                items.push(item(s, q, question));
            }
        }
        let glossary = workbook
            .glossary
            .iter()
            .flat_map(|g| {
                std::iter::once(g.term.get_ref().clone()).chain(g.aliases.iter().cloned())
            })
            .map(|t| sanitize_line(&t))
            .collect();
        let n = items.len();
        let ids = items
            .iter()
            .enumerate()
            .map(|(i, item)| (item.id.clone(), i))
            .collect();
        let conditional = workbook
            .questions()
            .enumerate()
            .filter(|(_, q)| q.show_if.is_some())
            .map(|(i, _)| i)
            .collect();
        Book {
            ids,
            conditional,
            title: sanitize_line(&workbook.title),
            summary: sanitize_line(&workbook.summary),
            workbook,
            items,
            sections,
            glossary,
            relevant: vec![true; n],
            answered: vec![false; n],
            progress: Progress::default(),
            last_changed: None,
        }
    }

    pub fn id(&self) -> &str {
        self.workbook.id()
    }

    pub fn question(&self, index: usize) -> &Question {
        let item = &self.items[index];
        &self.workbook.sections[item.section].questions[item.index]
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    /// Whether question `index` is on screen for a reader in `role` (None: all questions).
    pub fn shown(&self, index: usize, role: Option<Audience>) -> bool {
        self.relevant[index] && role.is_none_or(|r| self.items[index].audience.includes(r))
    }

    /// Recomputes everything from `profile`: when the city is opened.
    pub fn refresh(&mut self, profile: &Profile, role: Option<Audience>) {
        let answers = profile.answers.get(self.id());
        for (i, item) in self.items.iter().enumerate() {
            self.answered[i] = answers
                .and_then(|a| a.get(&item.id))
                .is_some_and(|a| a.value.is_answered());
        }
        self.last_changed = profile.last_changed(self.workbook.id());
        self.relevance(profile);
        self.recount(role);
    }

    /// After the answer to question `index` changed: its answered flag, then relevance and
    /// progress. Only conditional questions are evaluated, so this stays cheap at 10,000
    /// questions; it runs when an answer changes, never per frame or per keystroke.
    pub fn answer_changed(&mut self, profile: &Profile, index: usize, role: Option<Audience>) {
        self.answered[index] = profile
            .value(self.id(), &self.items[index].id)
            .is_some_and(|v| v.is_answered());
        let changed = profile
            .answer(self.id(), &self.items[index].id)
            .map(|a| a.changed);
        self.last_changed = self.last_changed.max(changed);
        self.relevance(profile);
        self.recount(role);
    }

    /// Show-if conditions, evaluated in order like `condition::relevance`: an answer to a
    /// question that does not apply counts as no answer.
    fn relevance(&mut self, profile: &Profile) {
        let answers = profile.answers.get(self.workbook.id());
        for k in 0..self.conditional.len() {
            let i = self.conditional[k];
            let Some(condition) = &self.question(i).show_if else {
                continue;
            };
            let visible = |id: &str| {
                let j = *self.ids.get(id)?;
                if j < i && self.relevant[j] {
                    answers?.get(id).map(|a| &a.value)
                } else {
                    None
                }
            };
            let shown = holds(condition.get_ref(), &visible);
            self.relevant[i] = shown;
        }
    }

    /// Recounts progress after a change of audience.
    pub fn recount(&mut self, role: Option<Audience>) {
        let mut p = Progress::default();
        for i in 0..self.items.len() {
            if !self.shown(i, role) {
                continue;
            }
            p.shown += 1;
            p.answered += usize::from(self.answered[i]);
            if self.items[i].required {
                p.required += 1;
                p.required_answered += usize::from(self.answered[i]);
            }
        }
        self.progress = p;
    }

    /// The next shown question after `from` (exclusive), if any.
    pub fn next_shown(&self, from: usize, role: Option<Audience>) -> Option<usize> {
        (from + 1..self.items.len()).find(|&i| self.shown(i, role))
    }

    pub fn prev_shown(&self, from: usize, role: Option<Audience>) -> Option<usize> {
        (0..from).rev().find(|&i| self.shown(i, role))
    }

    pub fn first_shown(&self, role: Option<Audience>) -> Option<usize> {
        (0..self.items.len()).find(|&i| self.shown(i, role))
    }

    /// The first shown, required, unanswered question after `from`, wrapping around.
    pub fn next_required(&self, from: usize, role: Option<Audience>) -> Option<usize> {
        let n = self.items.len();
        (1..=n)
            .map(|k| (from + k) % n)
            .find(|&i| self.shown(i, role) && self.items[i].required && !self.answered[i])
    }
}

fn item(section: usize, index: usize, question: &Question) -> Item {
    let prompt = sanitize_line(&question.prompt);
    let guidance = question
        .guidance
        .as_deref()
        .map(sanitize)
        .unwrap_or_default();
    let haystack = format!("{}\n{}", prompt, guidance).to_lowercase();
    Item {
        section,
        index,
        id: question.id().to_string(),
        prompt,
        guidance,
        required: question.required,
        audience: question.audience(),
        haystack,
    }
}

pub use crate::answer::summary;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Value;
    use crate::profile::{City, Role};

    #[test]
    fn cached_relevance_matches_the_domain_rule_after_each_change() {
        let text = include_str!("../../tests/fixtures/tui/demo.toml");
        let workbook = crate::workbook::load::parse_workbook("demo.toml", text).expect("parses");
        let mut book = Book::new(Arc::new(workbook));
        let city = City {
            name: "x".into(),
            country: None,
            role: Role::Mayor,
            created: jiff::Timestamp::UNIX_EPOCH,
        };
        let mut profile = Profile::new(city);
        book.refresh(&profile, None);
        assert_eq!(book.relevant, profile.relevance(&book.workbook));
        let steps = [
            ("threats", Value::List(vec!["hate".into()])),
            ("has_mapping", Value::Bool(true)),
            ("threats", Value::List(vec!["extremism".into()])),
            ("has_mapping", Value::Bool(false)),
        ];
        for (id, value) in steps {
            let index = book.index_of(id).expect("a question");
            let question = book.question(index).clone();
            profile.set(
                &book.workbook.clone(),
                &question,
                value,
                None,
                jiff::Timestamp::UNIX_EPOCH,
            );
            book.answer_changed(&profile, index, None);
            assert_eq!(
                book.relevant,
                profile.relevance(&book.workbook),
                "after {id}"
            );
        }
    }
}
