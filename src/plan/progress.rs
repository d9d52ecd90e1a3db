//! How far a city has got with one workbook: answered questions among those that apply.
//!
//! Written here because the store branch's `profile::progress` had not landed when the plan
//! was built; the rule is the one in docs/workbook-format.md: only questions that apply (their
//! show-if holds) and that the reader's audience sees are counted.

use serde::Serialize;

use crate::profile::Profile;
use crate::workbook::{Audience, Workbook};

/// Answered of relevant questions, overall and for required ones.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub answered: usize,
    pub relevant: usize,
    pub required_answered: usize,
    pub required: usize,
}

impl Progress {
    /// Whole percent of relevant questions answered (100 when nothing applies).
    pub fn percent(&self) -> u32 {
        if self.relevant == 0 {
            return 100;
        }
        (self.answered * 100 / self.relevant) as u32
    }
}

/// Counts the questions of `workbook` that apply to `profile` and are seen by `audience`.
pub fn progress(workbook: &Workbook, profile: &Profile, audience: Audience) -> Progress {
    let relevance = profile.relevance(workbook);
    let mut count = Progress::default();
    for (question, applies) in workbook.questions().zip(relevance) {
        if !applies || !question.audience().includes(audience) {
            continue;
        }
        let answered = profile
            .value(workbook.id(), question.id())
            .is_some_and(|v| v.is_answered());
        count.relevant += 1;
        count.answered += usize::from(answered);
        if question.required {
            count.required += 1;
            count.required_answered += usize::from(answered);
        }
    }
    count
}
