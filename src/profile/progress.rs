//! How far a city is through a workbook. One definition, used by `workbook progress`, the TUI
//! home screen and the plan.

use serde::Serialize;

use super::model::Profile;
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
}

impl Progress {
    /// Whether every required relevant question is answered.
    pub fn is_complete(&self) -> bool {
        self.required_answered == self.required
    }

    /// Answered share of relevant questions, 0 to 100.
    pub fn percent(&self) -> u8 {
        if self.relevant == 0 {
            return 100;
        }
        (self.answered * 100 / self.relevant) as u8
    }
}

/// Counts `workbook`'s questions for `audience`. Answers to hidden questions (by audience or by
/// a show-if condition) are not counted.
pub fn progress(workbook: &Workbook, profile: &Profile, audience: Audience) -> Progress {
    let mut counts = Progress::default();
    for (question, answered) in shown_questions(workbook, profile, audience) {
        counts.relevant += 1;
        counts.answered += usize::from(answered);
        if question.required {
            counts.required += 1;
            counts.required_answered += usize::from(answered);
        }
    }
    counts
}

/// The required questions of `workbook` that apply for `audience` and have no answer yet.
pub fn unanswered_required<'w>(
    workbook: &'w Workbook,
    profile: &Profile,
    audience: Audience,
) -> Vec<&'w Question> {
    shown_questions(workbook, profile, audience)
        .filter(|(question, answered)| question.required && !answered)
        .map(|(question, _)| question)
        .collect()
}

/// The questions shown to `audience` whose show-if conditions hold, each with whether it has
/// an answer.
fn shown_questions<'w>(
    workbook: &'w Workbook,
    profile: &Profile,
    audience: Audience,
) -> impl Iterator<Item = (&'w Question, bool)> {
    let shown = profile.relevance(workbook);
    let answers = profile.answers.get(workbook.id());
    workbook
        .questions()
        .zip(shown)
        .filter(move |(question, shown)| *shown && question.audience().includes(audience))
        .map(move |(question, _)| {
            let answered = answers
                .and_then(|a| a.get(question.id()))
                .is_some_and(|a| a.value.is_answered());
            (question, answered)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Value;
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
"#;

    fn profile() -> Profile {
        Profile::new(City {
            name: "X".into(),
            country: None,
            role: Role::Official,
            created: jiff::Timestamp::UNIX_EPOCH,
        })
    }

    fn set(p: &mut Profile, book: &Workbook, q: &str, v: Value) {
        let question = book.questions().find(|x| x.id() == q).unwrap();
        p.set(book, question, v, None, jiff::Timestamp::UNIX_EPOCH);
    }

    #[test]
    fn counts_follow_conditions_and_audience() {
        let book = parse_workbook("t.toml", BOOK).unwrap();
        let mut p = profile();
        let empty = progress(&book, &p, Audience::Official);
        assert_eq!((empty.answered, empty.relevant, empty.required), (0, 1, 1));
        assert_eq!(progress(&book, &p, Audience::Mayor).relevant, 2);

        set(&mut p, &book, "plan_text", Value::Text("hidden".into()));
        set(&mut p, &book, "has_plan", Value::Bool(false));
        let hidden = progress(&book, &p, Audience::Official);
        assert_eq!(
            (hidden.answered, hidden.relevant),
            (1, 1),
            "hidden answer not counted"
        );
        assert!(hidden.is_complete());

        set(&mut p, &book, "has_plan", Value::Bool(true));
        let shown = progress(&book, &p, Audience::Official);
        assert_eq!(
            (
                shown.answered,
                shown.relevant,
                shown.required,
                shown.required_answered
            ),
            (2, 2, 2, 2)
        );
        set(&mut p, &book, "plan_text", Value::Text("  ".into()));
        let blank = progress(&book, &p, Audience::Official);
        assert_eq!(
            (blank.answered, blank.required_answered, blank.percent()),
            (1, 1, 50)
        );
        assert!(!blank.is_complete());
    }
}
