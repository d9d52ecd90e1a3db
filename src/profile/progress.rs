//! Which questions of a workbook apply to a city and how far the city is: one computation for
//! the TUI, plain mode, `progress`, `city show`, `compare` and the plan, so that every count a
//! user sees agrees for the same audience.
//!
//! [`Status`] holds one [`WorkbookStatus`] per workbook of a catalog, computed once and
//! updated per changed answer: only questions with a show-if condition are evaluated again, so
//! a change stays cheap in a workbook of 10,000 questions. A question shown from another
//! workbook reads its home's answer and applies exactly when it applies at home; it is counted
//! in its home workbook only, so that every answer counts once.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::Serialize;

use super::model::{Profile, Track};
use crate::answer::{Reading, Value, read};
use crate::workbook::condition::holds;
use crate::workbook::{Audience, Catalog, Question, Workbook};

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
    /// Relevant questions whose answer needs the user: a stored value that is not
    /// understood (kept as it is), or a note such as another answer kept beside it.
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
    /// Answered, with a note the user has not resolved (another answer kept beside it).
    Noted,
}

impl AnswerState {
    /// Whether the question counts as answered.
    pub fn is_answered(self) -> bool {
        matches!(self, AnswerState::Answered | AnswerState::Noted)
    }
}

/// Which questions a reader sees: those for their audience (`Both`: everyone) on their track.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reader {
    pub audience: Audience,
    pub track: Track,
}

impl Reader {
    /// Every question, whoever it is for and on any track.
    pub const ALL: Reader = Reader {
        audience: Audience::Both,
        track: Track::Full,
    };

    pub fn new(audience: Audience, track: Track) -> Reader {
        Reader { audience, track }
    }

    /// The reader a city's profile describes: its role and track.
    pub fn of(profile: &Profile) -> Reader {
        Reader::new(profile.city.role.audience(), profile.city.track)
    }

    /// Whether `question` is for this reader (whether or not its condition holds).
    pub fn reads(&self, question: &Question) -> bool {
        question.audience().includes(self.audience) && (self.track == Track::Full || question.core)
    }
}

/// Per question of a workbook, in workbook order: whether it applies and its answer's state.
#[derive(Debug, Clone)]
pub struct WorkbookStatus {
    pub relevant: Vec<bool>,
    pub state: Vec<AnswerState>,
    /// Whether each stored answer is already in the form its question reads it in, so that a
    /// reader (the plan) can take the stored value as it is instead of reading it again.
    canonical: Vec<bool>,
    /// Question index by the name conditions use: an own question's id, and
    /// `workbook.question` for one shown from another workbook.
    names: HashMap<String, usize>,
    /// The own questions that have a show-if condition: the only ones whose relevance can
    /// change from this workbook's answers.
    conditional: Vec<usize>,
    /// Questions shown from another workbook: index, home workbook, question id.
    reused: Vec<(usize, String, String)>,
}

impl WorkbookStatus {
    /// One workbook on its own: a question shown from another workbook applies as its own
    /// condition says only when that workbook is part of a [`Status`].
    pub fn new(workbook: &Workbook, profile: &Profile) -> WorkbookStatus {
        let mut status = WorkbookStatus::unlinked(workbook, profile);
        status.relevance(workbook, profile);
        status
    }

    fn unlinked(workbook: &Workbook, profile: &Profile) -> WorkbookStatus {
        let questions: Vec<&Question> = workbook.questions().collect();
        let (state, canonical) = questions
            .iter()
            .map(|q| answer_state(workbook, profile, q))
            .unzip();
        let mut names = HashMap::with_capacity(questions.len());
        let mut reused = Vec::new();
        let mut conditional = Vec::new();
        for (i, q) in questions.iter().enumerate() {
            match &q.home {
                Some(home) => {
                    names.insert(format!("{home}.{}", q.id()), i);
                    reused.push((i, home.clone(), q.id().to_string()));
                }
                None => {
                    names.insert(q.id().to_string(), i);
                    if q.show_if.is_some() {
                        conditional.push(i);
                    }
                }
            }
        }
        WorkbookStatus {
            relevant: vec![true; questions.len()],
            state,
            canonical,
            names,
            conditional,
            reused,
        }
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.names.get(id).copied()
    }

    pub fn is_answered(&self, index: usize) -> bool {
        self.state[index].is_answered()
    }

    /// Whether question `index`'s stored answer reads as itself: what `read` would give is the
    /// stored value.
    pub fn is_canonical(&self, index: usize) -> bool {
        self.canonical.get(index).copied().unwrap_or(false)
    }

    /// The answer states of the questions whose answer lives at `home`.`question`.
    fn answer_changed(&mut self, workbook: &Workbook, profile: &Profile, home: &str, id: &str) {
        for (i, question) in workbook.questions().enumerate() {
            if question.id() == id && question.home_workbook(workbook.id()) == home {
                (self.state[i], self.canonical[i]) = answer_state(workbook, profile, question);
            }
        }
    }

    /// Own conditions evaluated in workbook order: they only look back, so one pass suffices,
    /// and an answer to a question that does not apply counts as no answer. Returns whether
    /// anything changed.
    fn relevance(&mut self, workbook: &Workbook, profile: &Profile) -> bool {
        if self.conditional.is_empty() {
            return false;
        }
        let questions: Vec<&Question> = workbook.questions().collect();
        let format = profile.city.number_format;
        let mut changed = false;
        for k in 0..self.conditional.len() {
            let i = self.conditional[k];
            let Some(condition) = &questions[i].show_if else {
                continue;
            };
            let relevant = &self.relevant;
            let names = &self.names;
            let visible = |name: &str| -> Option<Cow<'_, Value>> {
                let j = *names.get(name)?;
                if j >= i || !relevant[j] {
                    return None;
                }
                let question = questions[j];
                let answer =
                    profile.answer(question.home_workbook(workbook.id()), question.id())?;
                match read(question, &answer.value, answer.other.as_deref(), format) {
                    Reading::Canonical(v) => Some(v),
                    Reading::Normalised(v) => Some(Cow::Owned(v)),
                    Reading::Unclear(_) => None,
                }
            };
            let shown = holds(condition.get_ref(), &visible);
            changed |= self.relevant[i] != shown;
            self.relevant[i] = shown;
        }
        changed
    }

    /// Whether question `index` is shown to `reader` now.
    pub fn shown(&self, question: &Question, index: usize, reader: Reader) -> bool {
        self.relevant[index] && reader.reads(question)
    }

    /// The counts for `reader`. A question shown from another workbook is counted there.
    pub fn progress(&self, workbook: &Workbook, reader: Reader) -> Progress {
        let mut p = Progress::default();
        for (i, question) in workbook.questions().enumerate() {
            if question.is_reused() || !self.shown(question, i, reader) {
                continue;
            }
            let answered = self.state[i].is_answered();
            p.relevant += 1;
            p.answered += usize::from(answered);
            p.attention += usize::from(matches!(
                self.state[i],
                AnswerState::Attention | AnswerState::Noted
            ));
            if question.required {
                p.required += 1;
                p.required_answered += usize::from(answered);
            }
        }
        p
    }

    /// The required questions shown to `reader` that have no answer yet.
    pub fn unanswered_required<'w>(
        &self,
        workbook: &'w Workbook,
        reader: Reader,
    ) -> Vec<&'w Question> {
        workbook
            .questions()
            .enumerate()
            .filter(|(i, q)| self.shown(q, *i, reader) && q.required && !self.is_answered(*i))
            .map(|(_, q)| q)
            .collect()
    }
}

/// Every workbook of a catalog, for one profile: the one computation of what applies and how
/// far the city is.
#[derive(Debug, Clone)]
pub struct Status {
    workbooks: Vec<WorkbookStatus>,
    /// Index by workbook id.
    ids: HashMap<String, usize>,
}

impl Status {
    pub fn new(catalog: &Catalog, profile: &Profile) -> Status {
        let mut status = Status {
            workbooks: catalog
                .iter()
                .map(|w| WorkbookStatus::unlinked(w, profile))
                .collect(),
            ids: catalog
                .iter()
                .enumerate()
                .map(|(i, w)| (w.id().to_string(), i))
                .collect(),
        };
        status.relevance(catalog, profile);
        status
    }

    /// The status of the workbook at `index` in the catalog.
    pub fn of(&self, index: usize) -> &WorkbookStatus {
        &self.workbooks[index]
    }

    /// The status of the workbook `id`.
    pub fn workbook(&self, id: &str) -> Option<&WorkbookStatus> {
        self.ids.get(id).map(|i| &self.workbooks[*i])
    }

    /// After the answer at `home`.`question` changed: the state of every question showing it,
    /// then relevance.
    pub fn answer_changed(
        &mut self,
        catalog: &Catalog,
        profile: &Profile,
        home: &str,
        question: &str,
    ) {
        for (status, workbook) in self.workbooks.iter_mut().zip(catalog.iter()) {
            status.answer_changed(workbook, profile, home, question);
        }
        self.relevance(catalog, profile);
    }

    /// Relevance everywhere: a question shown from another workbook applies when it applies at
    /// home, and conditions may look at such questions, so workbooks are evaluated again until
    /// nothing changes (the catalog has no cycles; one pass when nothing is shared).
    fn relevance(&mut self, catalog: &Catalog, profile: &Profile) {
        let workbooks: Vec<&Workbook> = catalog.iter().collect();
        let shared = self.workbooks.iter().any(|w| !w.reused.is_empty());
        for _ in 0..=self.workbooks.len() {
            let mut changed = false;
            // Indexed: a workbook's shared questions read other workbooks' relevance.
            #[allow(clippy::needless_range_loop)]
            for w in 0..self.workbooks.len() {
                let reused = std::mem::take(&mut self.workbooks[w].reused);
                for (i, home, id) in &reused {
                    let at_home = self
                        .ids
                        .get(home)
                        .and_then(|h| {
                            let status = &self.workbooks[*h];
                            status.index_of(id).map(|j| status.relevant[j])
                        })
                        .unwrap_or(true);
                    changed |= self.workbooks[w].relevant[*i] != at_home;
                    self.workbooks[w].relevant[*i] = at_home;
                }
                self.workbooks[w].reused = reused;
                changed |= self.workbooks[w].relevance(workbooks[w], profile);
            }
            if !shared || !changed {
                break;
            }
        }
    }

    /// The counts of the workbook at `index` for `reader`.
    pub fn progress(&self, catalog: &Catalog, index: usize, reader: Reader) -> Progress {
        catalog
            .workbooks
            .get(index)
            .map(|w| self.workbooks[index].progress(&w.workbook, reader))
            .unwrap_or_default()
    }
}

/// Where a question stands in its workbook for a reader: "question 12 of 47". Follow-ups are
/// counted with the question they follow, so the count does not move as they appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub number: usize,
    pub total: usize,
    pub follow_up: bool,
}

/// The position of question `index` of `workbook` for `reader`: counting the questions for
/// the reader that are not follow-ups; a follow-up takes the number of the question it follows.
pub fn position(workbook: &Workbook, index: usize, reader: Reader) -> Position {
    let mut number = 0;
    let mut total = 0;
    let mut follow_up = false;
    for (i, question) in workbook.questions().enumerate() {
        let main = question.show_if.is_none() && reader.reads(question);
        total += usize::from(main);
        if i <= index {
            number += usize::from(main);
        }
        if i == index {
            follow_up = question.show_if.is_some();
        }
    }
    Position {
        number: number.max(1),
        total: total.max(1),
        follow_up,
    }
}

/// The positions of every question of a workbook for one reader, counted once: the guided
/// interface shows "question 12 of 47" on every frame, and counting through a workbook of
/// thousands of questions each time would cost more than drawing the frame.
#[derive(Debug, Clone, Default)]
pub struct Numbering {
    reader: Option<Reader>,
    /// Per question: its number, and whether it is a follow-up.
    at: Vec<(u32, bool)>,
    total: u32,
}

impl Numbering {
    /// Numbers the questions of `workbook` as [`position`] does for `reader`.
    pub fn new(workbook: &Workbook, reader: Reader) -> Numbering {
        let mut number = 0u32;
        let at = workbook
            .questions()
            .map(|question| {
                let main = question.show_if.is_none() && reader.reads(question);
                number += u32::from(main);
                (number, question.show_if.is_some())
            })
            .collect();
        Numbering {
            reader: Some(reader),
            at,
            total: number,
        }
    }

    /// The position of question `index` if these numbers were counted for `reader`.
    pub fn position(&self, index: usize, reader: Reader) -> Option<Position> {
        if self.reader != Some(reader) {
            return None;
        }
        let &(number, follow_up) = self.at.get(index)?;
        Some(Position {
            number: (number as usize).max(1),
            total: (self.total as usize).max(1),
            follow_up,
        })
    }
}

/// The state of `question`'s answer, and whether the stored value reads as itself.
fn answer_state(
    workbook: &Workbook,
    profile: &Profile,
    question: &Question,
) -> (AnswerState, bool) {
    let Some(answer) = profile.answer(question.home_workbook(workbook.id()), question.id()) else {
        return (AnswerState::Unanswered, false);
    };
    let reading = read(
        question,
        &answer.value,
        answer.other.as_deref(),
        profile.city.number_format,
    );
    let canonical = matches!(reading, Reading::Canonical(Cow::Borrowed(_)));
    let state = if reading.needs_attention() {
        AnswerState::Attention
    } else if reading.is_answered() && !answer.notes.is_empty() {
        AnswerState::Noted
    } else if reading.is_answered() {
        AnswerState::Answered
    } else {
        AnswerState::Unanswered
    };
    (state, canonical)
}

/// Counts `workbook`'s questions for `reader` (the workbook on its own). Answers to hidden
/// questions (by audience, track or a show-if condition) are not counted.
pub fn progress(workbook: &Workbook, profile: &Profile, reader: Reader) -> Progress {
    WorkbookStatus::new(workbook, profile).progress(workbook, reader)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Response;
    use crate::profile::edit::{Given, record};
    use crate::profile::model::{City, Role, Track};
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

    fn reader(audience: Audience) -> Reader {
        Reader::new(audience, Track::Full)
    }

    #[test]
    fn counts_follow_conditions_and_audience() {
        let book = parse_workbook("t.toml", BOOK).unwrap();
        let mut p = profile();
        let empty = progress(&book, &p, reader(Audience::Official));
        assert_eq!((empty.answered, empty.relevant, empty.required), (0, 2, 1));
        assert_eq!(progress(&book, &p, reader(Audience::Mayor)).relevant, 3);

        set(
            &mut p,
            &book,
            "plan_text",
            Value::Text("hidden".into()),
            Given::Typed,
        );
        set(&mut p, &book, "has_plan", Value::Bool(false), Given::Typed);
        let hidden = progress(&book, &p, reader(Audience::Official));
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
        let shown = progress(&book, &p, reader(Audience::Official));
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
    fn numbers_counted_once_are_the_positions_counted_each_time() {
        let book = parse_workbook("t.toml", BOOK).unwrap();
        let readers = [
            reader(Audience::Official),
            reader(Audience::Mayor),
            Reader::ALL,
            Reader::new(Audience::Both, Track::Core),
        ];
        for counted in readers {
            let numbers = Numbering::new(&book, counted);
            for asked in readers {
                for index in 0..book.question_count() {
                    let once = numbers.position(index, asked);
                    if asked == counted {
                        assert_eq!(once, Some(position(&book, index, asked)), "{index}");
                    } else {
                        assert_eq!(once, None, "counted for another reader");
                    }
                }
            }
        }
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
        let counts = progress(&book, &p, Reader::ALL);
        assert_eq!((counts.answered, counts.attention), (0, 1));
    }

    #[test]
    fn the_core_track_counts_core_questions_only() {
        let text = BOOK.replace("prompt = \"Trend\"", "prompt = \"Trend\"\ncore = true");
        let book = parse_workbook("t.toml", &text).unwrap();
        let p = profile();
        let core = progress(&book, &p, Reader::new(Audience::Both, Track::Core));
        assert_eq!(core.relevant, 1);
    }

    const SHARED: &str = r#"
id = "u"
title = "U"
area = "strategy"
version = 1
summary = "s"

[[sections]]
id = "s"
title = "S"

[[sections.questions]]
uses = "t.has_plan"

[[sections.questions]]
uses = "t.plan_text"

[[sections.questions]]
id = "why"
kind = "short_text"
prompt = "Why?"
show_if = { question = "t.has_plan", equals = false }
"#;

    #[test]
    fn a_shared_question_reads_its_home_answer_and_counts_once() {
        use crate::workbook::{Catalog, LoadedWorkbook, Origin};
        let home = parse_workbook("t.toml", BOOK).unwrap();
        let user = parse_workbook("u.toml", SHARED).unwrap();
        let catalog = Catalog::of(vec![
            LoadedWorkbook::new(home, Origin::BuiltIn),
            LoadedWorkbook::new(user, Origin::BuiltIn),
        ]);
        assert!(catalog.problems.is_empty(), "{:?}", catalog.problems);
        let mut p = profile();
        let mut status = Status::new(&catalog, &p);
        // The follow-up applies where it is shared exactly when it applies at home.
        assert_eq!(status.of(1).relevant, vec![true, false, false]);
        let home = catalog.get("t").unwrap().clone();
        set(&mut p, &home, "has_plan", Value::Bool(true), Given::Typed);
        status.answer_changed(&catalog, &p, "t", "has_plan");
        assert_eq!(status.of(1).relevant, vec![true, true, false]);
        assert!(
            status.of(1).is_answered(0),
            "the shared question shows the home answer"
        );
        let shared = status.progress(&catalog, 1, Reader::ALL);
        assert_eq!(
            shared.relevant, 0,
            "shared questions are counted at home only"
        );
        let at_home = status.progress(&catalog, 0, Reader::ALL);
        assert_eq!((at_home.relevant, at_home.answered), (4, 1));
        set(&mut p, &home, "has_plan", Value::Bool(false), Given::Typed);
        status.answer_changed(&catalog, &p, "t", "has_plan");
        assert_eq!(status.of(1).relevant, vec![true, false, true]);
        let fresh = Status::new(&catalog, &p);
        assert_eq!(fresh.of(1).relevant, status.of(1).relevant);
        assert_eq!(fresh.of(0).relevant, status.of(0).relevant);
    }
}
