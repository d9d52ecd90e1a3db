//! What the TUI knows about one workbook, prepared once: sanitised text (workbook text never
//! reaches the terminal raw), questions flattened in order, and a copy of the domain's
//! [`WorkbookStatus`] for it (relevance and answer states), taken again whenever an answer
//! changes.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use crate::profile::{AnswerState, Numbering, Position, Progress, Reader, WorkbookStatus};
use crate::text::{sanitize, sanitize_line};
use crate::workbook::{Audience, Question, Workbook};

/// One question, located and with its display text made safe.
#[derive(Debug, Clone)]
pub struct Item {
    pub section: usize,
    pub index: usize,
    pub id: String,
    pub prompt: String,
    /// Made safe when first shown ([`Book::guidance`]): a large workbook's first frame needs
    /// none of it.
    guidance: OnceLock<String>,
    pub required: bool,
    pub audience: Audience,
    /// A follow-up: shown only when an earlier answer calls for it.
    pub follow_up: bool,
    /// Lower-case prompt and guidance, for `/` search ([`Book::haystack`]), made at the first.
    haystack: OnceLock<String>,
}

#[derive(Debug, Clone)]
pub struct SectionInfo {
    pub title: String,
    pub intro: Option<String>,
    /// Index of its first question in `Book::items`.
    pub first: usize,
    pub len: usize,
}

#[derive(Debug, Clone)]
pub struct Book {
    pub workbook: Arc<Workbook>,
    pub title: String,
    pub summary: String,
    pub items: Vec<Item>,
    pub sections: Vec<SectionInfo>,
    pub glossary: Vec<String>,
    /// Per question: whether its show-if condition holds.
    pub relevant: Vec<bool>,
    /// Per question: what its stored answer amounts to.
    pub state: Vec<AnswerState>,
    pub progress: Progress,
    /// The latest change to an answer of this workbook, for the home screen.
    pub last_changed: Option<jiff::Timestamp>,
    ids: HashMap<String, usize>,
    /// Each question's number for the reader last counted for.
    numbering: Numbering,
}

impl Book {
    /// A workbook as the interface shows it, highlighting the terms of its own glossary and
    /// of `shared` (the catalog's shared glossary).
    pub fn new(workbook: Arc<Workbook>, shared: &[crate::workbook::GlossaryEntry]) -> Book {
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
            .chain(shared)
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
        let n = items.len();
        Book {
            ids,
            title: sanitize_line(&workbook.title),
            summary: sanitize_line(&workbook.summary),
            workbook,
            items,
            sections,
            glossary,
            relevant: vec![true; n],
            state: vec![AnswerState::Unanswered; n],
            progress: Progress::default(),
            last_changed: None,
            numbering: Numbering::default(),
        }
    }

    pub fn id(&self) -> &str {
        self.workbook.id()
    }

    /// The guidance of question `index`, safe for the terminal.
    pub fn guidance(&self, index: usize) -> &str {
        self.items[index].guidance.get_or_init(|| {
            self.question(index)
                .guidance
                .as_deref()
                .map(sanitize)
                .unwrap_or_default()
        })
    }

    /// Prompt and guidance of question `index` in lower case, for `/` search.
    pub fn haystack(&self, index: usize) -> &str {
        self.items[index].haystack.get_or_init(|| {
            // The same as lower-casing "prompt\nguidance" (a line break ends any word, so no
            // letter's lower case depends on the other part), without building that first.
            let (prompt, guidance) = (&self.items[index].prompt, self.guidance(index));
            let mut haystack = String::with_capacity(prompt.len() + 1 + guidance.len());
            haystack.push_str(&prompt.to_lowercase());
            haystack.push('\n');
            haystack.push_str(&guidance.to_lowercase());
            haystack
        })
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

    /// The workbook question `index`'s answer lives in: another one for a shared question.
    pub fn home(&self, index: usize) -> &str {
        self.question(index).home_workbook(self.workbook.id())
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    /// Whether the show-if condition of question `index` holds.
    pub fn relevant(&self, index: usize) -> bool {
        self.relevant[index]
    }

    pub fn answered(&self, index: usize) -> bool {
        self.state[index].is_answered()
    }

    pub fn needs_attention(&self, index: usize) -> bool {
        matches!(
            self.state[index],
            AnswerState::Attention | AnswerState::Noted
        )
    }

    /// Whether question `index` is for `reader` (whether or not its condition holds).
    pub fn reads(&self, index: usize, reader: Reader) -> bool {
        reader.reads(self.question(index))
    }

    /// Whether question `index` is on screen for `reader` now.
    pub fn shown(&self, index: usize, reader: Reader) -> bool {
        self.relevant[index] && self.reads(index, reader)
    }

    /// Takes the domain's status of this workbook, after a city opened or an answer changed.
    pub fn sync(
        &mut self,
        status: &WorkbookStatus,
        reader: Reader,
        profile: &crate::profile::Profile,
    ) {
        self.relevant.clone_from(&status.relevant);
        self.state.clone_from(&status.state);
        self.progress = status.progress(&self.workbook, reader);
        self.last_changed = profile.last_changed(self.workbook.id());
        self.number_for(reader);
    }

    /// Counts again for another reader (all questions, or the city's role and track).
    pub fn recount(&mut self, status: &WorkbookStatus, reader: Reader) {
        self.progress = status.progress(&self.workbook, reader);
        self.number_for(reader);
    }

    /// Numbers the questions for `reader`, unless they already are: the numbers depend on the
    /// workbook and the reader only, not on the answers.
    fn number_for(&mut self, reader: Reader) {
        if self.numbering.position(0, reader).is_none() {
            self.numbering = Numbering::new(&self.workbook, reader);
        }
    }

    /// The next shown question after `from` (exclusive), if any.
    pub fn next_shown(&self, from: usize, reader: Reader) -> Option<usize> {
        (from + 1..self.items.len()).find(|&i| self.shown(i, reader))
    }

    pub fn prev_shown(&self, from: usize, reader: Reader) -> Option<usize> {
        (0..from).rev().find(|&i| self.shown(i, reader))
    }

    pub fn first_shown(&self, reader: Reader) -> Option<usize> {
        (0..self.items.len()).find(|&i| self.shown(i, reader))
    }

    /// The first shown question without an answer, else the first shown one.
    pub fn first_open(&self, reader: Reader) -> Option<usize> {
        (0..self.items.len())
            .find(|&i| self.shown(i, reader) && !self.answered(i))
            .or_else(|| self.first_shown(reader))
    }

    /// The first shown, required, unanswered question after `from`, wrapping around.
    pub fn next_required(&self, from: usize, reader: Reader) -> Option<usize> {
        let n = self.items.len();
        (1..=n)
            .map(|k| (from + k) % n)
            .find(|&i| self.shown(i, reader) && self.items[i].required && !self.answered(i))
    }

    /// "Question 12 of 47" for `index` and `reader`.
    pub fn position(&self, index: usize, reader: Reader) -> Position {
        self.numbering
            .position(index, reader)
            .unwrap_or_else(|| crate::profile::position(&self.workbook, index, reader))
    }
}

fn item(section: usize, index: usize, question: &Question) -> Item {
    Item {
        section,
        index,
        id: question.id().to_string(),
        prompt: sanitize_line(&question.prompt),
        guidance: OnceLock::new(),
        required: question.required,
        audience: question.audience(),
        follow_up: question.show_if.is_some(),
        haystack: OnceLock::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_text_is_the_lower_case_of_prompt_and_guidance_together() {
        let text = "id = \"t\"\ntitle = \"T\"\narea = \"t\"\nversion = 1\nsummary = \"s\"\n\n[[sections]]\nid = \"s\"\ntitle = \"S\"\n\n[[sections.questions]]\nid = \"q\"\nkind = \"short_text\"\nprompt = \"ΟΔΟΣ Who LEADS?\"\nguidance = \"ΣΑΣ İstanbul ΣΟΦΟΣ\"\n";
        let workbook = crate::workbook::load::parse_workbook("t.toml", text).unwrap();
        let book = Book::new(Arc::new(workbook), &[]);
        assert_eq!(book.guidance(0), "ΣΑΣ İstanbul ΣΟΦΟΣ");
        let together = format!("{}\n{}", book.items[0].prompt, book.guidance(0)).to_lowercase();
        assert_eq!(book.haystack(0), together);
    }
}
