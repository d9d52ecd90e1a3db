//! What the TUI knows about one workbook, prepared once: sanitised text (workbook text never
//! reaches the terminal raw), questions flattened in order, and the domain's
//! [`WorkbookStatus`] (relevance and answered state), updated only when an answer of this
//! workbook changes.

use std::collections::HashMap;
use std::sync::Arc;

use crate::profile::{Profile, Progress, WorkbookStatus};
use crate::text::{sanitize, sanitize_line};
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
    /// A follow-up: shown only when an earlier answer calls for it.
    pub follow_up: bool,
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

/// Where a question stands in its workbook for a reader: "question 12 of 47". Follow-ups are
/// counted with the question they follow, so the count does not move as they appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub number: usize,
    pub total: usize,
    pub follow_up: bool,
}

#[derive(Debug, Clone)]
pub struct Book {
    pub workbook: Arc<Workbook>,
    pub title: String,
    pub summary: String,
    pub items: Vec<Item>,
    pub sections: Vec<SectionInfo>,
    pub glossary: Vec<String>,
    pub status: Option<WorkbookStatus>,
    pub progress: Progress,
    /// The latest change to an answer of this workbook, for the home screen.
    pub last_changed: Option<jiff::Timestamp>,
    ids: HashMap<String, usize>,
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
        let ids = items
            .iter()
            .enumerate()
            .map(|(i, item)| (item.id.clone(), i))
            .collect();
        Book {
            ids,
            title: sanitize_line(&workbook.title),
            summary: sanitize_line(&workbook.summary),
            workbook,
            items,
            sections,
            glossary,
            status: None,
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

    /// Whether the show-if condition of question `index` holds (true before a city is open).
    pub fn relevant(&self, index: usize) -> bool {
        self.status.as_ref().is_none_or(|s| s.relevant[index])
    }

    pub fn answered(&self, index: usize) -> bool {
        self.status.as_ref().is_some_and(|s| s.is_answered(index))
    }

    pub fn needs_attention(&self, index: usize) -> bool {
        self.status
            .as_ref()
            .is_some_and(|s| s.state[index] == crate::profile::AnswerState::Attention)
    }

    /// Whether question `index` is for `audience` (`Both`: every question).
    pub fn for_audience(&self, index: usize, audience: Audience) -> bool {
        self.items[index].audience.includes(audience)
    }

    /// Whether question `index` is on screen for `audience` now.
    pub fn shown(&self, index: usize, audience: Audience) -> bool {
        self.relevant(index) && self.for_audience(index, audience)
    }

    /// Recomputes everything from `profile`: when the city is opened.
    pub fn refresh(&mut self, profile: &Profile, audience: Audience) {
        self.status = Some(WorkbookStatus::new(&self.workbook, profile));
        self.last_changed = profile.last_changed(self.workbook.id());
        self.recount(audience);
    }

    /// After the answer to question `index` changed. Cheap: only conditional questions are
    /// evaluated again; it runs when an answer changes, never per frame or per keystroke.
    pub fn answer_changed(&mut self, profile: &Profile, index: usize, audience: Audience) {
        if let Some(status) = &mut self.status {
            status.answer_changed(&self.workbook, profile, index);
        }
        let changed = profile
            .answer(self.id(), &self.items[index].id)
            .map(|a| a.changed);
        self.last_changed = self.last_changed.max(changed);
        self.recount(audience);
    }

    /// Recounts progress after a change of audience.
    pub fn recount(&mut self, audience: Audience) {
        if let Some(status) = &self.status {
            self.progress = status.progress(&self.workbook, audience);
        }
    }

    /// The next shown question after `from` (exclusive), if any.
    pub fn next_shown(&self, from: usize, audience: Audience) -> Option<usize> {
        (from + 1..self.items.len()).find(|&i| self.shown(i, audience))
    }

    pub fn prev_shown(&self, from: usize, audience: Audience) -> Option<usize> {
        (0..from).rev().find(|&i| self.shown(i, audience))
    }

    pub fn first_shown(&self, audience: Audience) -> Option<usize> {
        (0..self.items.len()).find(|&i| self.shown(i, audience))
    }

    /// The first shown question without an answer, else the first shown one.
    pub fn first_open(&self, audience: Audience) -> Option<usize> {
        (0..self.items.len())
            .find(|&i| self.shown(i, audience) && !self.answered(i))
            .or_else(|| self.first_shown(audience))
    }

    /// The first shown, required, unanswered question after `from`, wrapping around.
    pub fn next_required(&self, from: usize, audience: Audience) -> Option<usize> {
        let n = self.items.len();
        (1..=n)
            .map(|k| (from + k) % n)
            .find(|&i| self.shown(i, audience) && self.items[i].required && !self.answered(i))
    }

    /// "Question 12 of 47" for `index`, counting the questions for `audience` that are not
    /// follow-ups; a follow-up takes the number of the question it follows.
    pub fn position(&self, index: usize, audience: Audience) -> Position {
        let main = |i: &usize| !self.items[*i].follow_up && self.for_audience(*i, audience);
        let total = (0..self.items.len()).filter(main).count();
        let number = (0..=index).filter(main).count();
        Position {
            number: number.max(1),
            total: total.max(1),
            follow_up: self.items[index].follow_up,
        }
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
        follow_up: question.show_if.is_some(),
        haystack,
    }
}
