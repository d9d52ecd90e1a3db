//! Which questions of a workbook apply to a city and how far the city is: one computation for
//! the TUI, plain mode, `progress`, `city show`, `compare` and the plan, so that every count a
//! user sees agrees for the same audience.
//!
//! [`WorkbookStatus`] is computed once per workbook and updated per changed answer: only
//! questions with a show-if condition are evaluated again, so a change stays cheap in a
//! workbook of 10,000 questions.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::Serialize;

use super::model::Profile;
use crate::answer::{Reading, Value, read};
use crate::workbook::condition::holds;
use crate::workbook::{Audience, Question, Workbook};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Progress {
    /// Relevant questions with an answer (an empty text or list does not count).
    pub answered: usize,
    /// Questions shown to this audience whose show-if conditions hold.
    pub relevant: usize,
    /// Relevant questions marked required.
    pub required: usize,
    /// Required relevant questions that are answered.
    pub required_answered: usize,
    /// Relevant questions whose stored answer is not understood and is kept as it is.
    pub attention: usize,
}

impl Progress {
    /// Whether every required relevant question is answered.
    pub fn is_complete(&self) -> bool {
        self.required_answered == self.required
    }

    pub fn required_open(&self) -> usize {
        self.required - self.required_answered
    }

    /// Answered share of relevant questions, 0 to 100.
    pub fn percent(&self) -> u8 {
        if self.relevant == 0 {
            return 100;
        }
        (self.answered * 100 / self.relevant) as u8
    }
}

/// What the stored answer to one question amounts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerState {
    Unanswered,
    Answered,
    /// A stored value this program does not understand for the question, kept as it is.
    Attention,
}

/// Per question of a workbook, in workbook order: whether it applies and its answer's state.
#[derive(Debug, Clone)]
pub struct WorkbookStatus {
    pub relevant: Vec<bool>,
    pub state: Vec<AnswerState>,
    ids: HashMap<String, usize>,
    /// The questions that have a show-if condition: the only ones whose relevance can change.
    conditional: Vec<usize>,
}

impl WorkbookStatus {
    pub fn new(workbook: &Workbook, profile: &Profile) -> WorkbookStatus {
        let questions: Vec<&Question> = workbook.questions().collect();
        let state = questions
            .iter()
            .map(|q| answer_state(workbook, profile, q))
            .collect();
        let mut status = WorkbookStatus {
            relevant: vec![true; questions.len()],
            state,
            ids: questions
                .iter()
                .enumerate()
                .map(|(i, q)| (q.id().to_string(), i))
                .collect(),
            conditional: questions
                .iter()
                .enumerate()
                .filter(|(_, q)| q.show_if.is_some())
                .map(|(i, _)| i)
                .collect(),
        };
        status.relevance(workbook, profile);
        status
    }

    /// After the answer to question `index` changed: its state, then relevance.
    pub fn answer_changed(&mut self, workbook: &Workbook, profile: &Profile, index: usize) {
        if let Some(question) = workbook.questions().nth(index) {
            self.state[index] = answer_state(workbook, profile, question);
        }
        self.relevance(workbook, profile);
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    pub fn is_answered(&self, index: usize) -> bool {
        self.state[index] == AnswerState::Answered
    }

    /// Conditions evaluated in workbook order: they only look back, so one pass suffices, and
    /// an answer to a question that does not apply counts as no answer.
    fn relevance(&mut self, workbook: &Workbook, profile: &Profile) {
        if self.conditional.is_empty() {
            return;
        }
        let questions: Vec<&Question> = workbook.questions().collect();
        let answers = profile.answers.get(workbook.id());
        let format = profile.city.number_format;
        for k in 0..self.conditional.len() {
            let i = self.conditional[k];
            let Some(condition) = &questions[i].show_if else {
                continue;
            };
            let relevant = &self.relevant;
            let ids = &self.ids;
            let visible = |id: &str| -> Option<Cow<'_, Value>> {
                let j = *ids.get(id)?;
                if j >= i || !relevant[j] {
                    return None;
                }
                let answer = answers?.get(id)?;
                match read(questions[j], &answer.value, answer.other.as_deref(), format) {
                    Reading::Canonical(v) => Some(v),
                    Reading::Normalised(v) => Some(Cow::Owned(v)),
                    Reading::Unclear(_) => None,
                }
            };
            let shown = holds(condition.get_ref(), &visible);
            self.relevant[i] = shown;
        }
    }

    /// Whether question `index` is shown to `audience` (`Both`: everyone) now.
    pub fn shown(&self, workbook_question: &Question, index: usize, audience: Audience) -> bool {
        self.relevant[index] && workbook_question.audience().includes(audience)
    }

    /// The counts for `audience` (`Both`: every question).
    pub fn progress(&self, workbook: &Workbook, audience: Audience) -> Progress {
        let mut p = Progress::default();
        for (i, question) in workbook.questions().enumerate() {
            if !self.shown(question, i, audience) {
                continue;
            }
            let answered = self.state[i] == AnswerState::Answered;
            p.relevant += 1;
            p.answered += usize::from(answered);
            p.attention += usize::from(self.state[i] == AnswerState::Attention);
            if question.required {
                p.required += 1;
                p.required_answered += usize::from(answered);
            }
        }
        p
    }

    /// The required questions shown to `audience` that have no answer yet.
    pub fn unanswered_required<'w>(
        &self,
        workbook: &'w Workbook,
        audience: Audience,
    ) -> Vec<&'w Question> {
        workbook
            .questions()
            .enumerate()
            .filter(|(i, q)| self.shown(q, *i, audience) && q.required && !self.is_answered(*i))
            .map(|(_, q)| q)
            .collect()
    }
}

fn answer_state(workbook: &Workbook, profile: &Profile, question: &Question) -> AnswerState {
    let Some(answer) = profile.answer(workbook.id(), question.id()) else {
        return AnswerState::Unanswered;
    };
    let reading = read(
        question,
        &answer.value,
        answer.other.as_deref(),
        profile.city.number_format,
    );
    if reading.needs_attention() {
        AnswerState::Attention
    } else if reading.is_answered() {
        AnswerState::Answered
    } else {
        AnswerState::Unanswered
    }
}

/// Counts `workbook`'s questions for `audience`. Answers to hidden questions (by audience or by
/// a show-if condition) are not counted.
pub fn progress(workbook: &Workbook, profile: &Profile, audience: Audience) -> Progress {
    WorkbookStatus::new(workbook, profile).progress(workbook, audience)
}

/// The required questions of `workbook` that apply for `audience` and have no answer yet.
pub fn unanswered_required<'w>(
    workbook: &'w Workbook,
    profile: &Profile,
    audience: Audience,
) -> Vec<&'w Question> {
    WorkbookStatus::new(workbook, profile).unanswered_required(workbook, audience)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Response;
    use crate::profile::edit::{Given, record};
    use crate::profile::model::{City, Role};
    use crate::workbook::load::parse_workbook;

    const BOOK: &str = r#"
id = "t"
title = "T"
area = "mapping"
version = 1
summary = "s"

[[sections]]
id = "s"
title = "S"

[[sections.questions]]
id = "has_plan"
kind = "yes_no"
prompt = "Plan?"
required = true

[[sections.questions]]
id = "plan_text"
kind = "long_text"
prompt = "Describe it"
required = true
show_if = { question = "has_plan", equals = true }

[[sections.questions]]
id = "mayor_only"
kind = "short_text"
prompt = "Mayor's view"
audience = "mayor"

[[sections.questions]]
id = "trend"
kind = "single_choice"
prompt = "Trend"
choices = [{ value = "up", label = "Up" }]
"#;

    fn profile() -> Profile {
        Profile::new(City::new("X", Role::Official, jiff::Timestamp::UNIX_EPOCH))
    }

    fn set(p: &mut Profile, book: &Workbook, q: &str, v: Value, given: Given) {
        let question = book.questions().find(|x| x.id() == q).unwrap();
        let response = Response::new(v, None);
        record(
            p,
            book,
            question,
            &response,
            given,
            jiff::Timestamp::UNIX_EPOCH,
        )
        .unwrap();
    }

    #[test]
    fn counts_follow_conditions_and_audience() {
        let book = parse_workbook("t.toml", BOOK).unwrap();
        let mut p = profile();
        let empty = progress(&book, &p, Audience::Official);
        assert_eq!((empty.answered, empty.relevant, empty.required), (0, 2, 1));
        assert_eq!(progress(&book, &p, Audience::Mayor).relevant, 3);

        set(
            &mut p,
            &book,
            "plan_text",
            Value::Text("hidden".into()),
            Given::Typed,
        );
        set(&mut p, &book, "has_plan", Value::Bool(false), Given::Typed);
        let hidden = progress(&book, &p, Audience::Official);
        assert_eq!(
            (hidden.answered, hidden.relevant),
            (1, 2),
            "hidden answer not counted"
        );
        assert!(hidden.is_complete());

        set(
            &mut p,
            &book,
            "has_plan",
            Value::Text("Yes".into()),
            Given::Stored,
        );
        let shown = progress(&book, &p, Audience::Official);
        assert_eq!(
            (
                shown.answered,
                shown.relevant,
                shown.required,
                shown.required_answered
            ),
            (2, 3, 2, 2),
            "a stored \"Yes\" reads as yes and opens the follow-up"
        );
    }

    #[test]
    fn unclear_answers_are_counted_as_needing_attention_not_answered() {
        let book = parse_workbook("t.toml", BOOK).unwrap();
        let mut p = profile();
        set(
            &mut p,
            &book,
            "trend",
            Value::Text("sideways".into()),
            Given::Stored,
        );
        let counts = progress(&book, &p, Audience::Both);
        assert_eq!((counts.answered, counts.attention), (0, 1));
    }

    #[test]
    fn updates_match_a_fresh_computation() {
        let book = parse_workbook("t.toml", BOOK).unwrap();
        let mut p = profile();
        let mut status = WorkbookStatus::new(&book, &p);
        for (id, value) in [
            ("has_plan", Value::Bool(true)),
            ("plan_text", Value::Text("x".into())),
            ("has_plan", Value::Bool(false)),
        ] {
            set(&mut p, &book, id, value, Given::Typed);
            let index = status.index_of(id).unwrap();
            status.answer_changed(&book, &p, index);
            let fresh = WorkbookStatus::new(&book, &p);
            assert_eq!(status.relevant, fresh.relevant, "after {id}");
            assert_eq!(status.state, fresh.state, "after {id}");
        }
    }
}
