//! Rounds as the guided interface shows them: last round's answer beside the current one, how
//! far each workbook has come this round, and the review's filter. It reads the domain's
//! `profile::round` and changes nothing; keeping an answer is `Effect::Confirm`.

use ratatui::text::{Line, Span};

use super::book::Book;
use super::theme::Theme;
use crate::answer::{NumberFormat, Reading, read, summary};
use crate::profile::round::{self, Standing, Tally};
use crate::profile::{Answer, Profile};
use crate::text::sanitize_line;
use crate::tr;
use crate::workbook::Question;

/// The label of the round closed last, safe to draw; `None` while the city never closed one.
pub fn last_label(profile: &Profile) -> Option<String> {
    round::last(profile).map(|(label, _)| sanitize_line(label))
}

/// A stored answer in one line, as the review lists it: choice labels, "3 rows", a value this
/// version does not understand called out.
pub fn answer_text(question: &Question, answer: &Answer, format: NumberFormat) -> String {
    let other = answer.other.as_deref();
    match read(question, &answer.value, other, format) {
        Reading::Unclear(_) => tr!(
            "tui-needs-attention",
            answer = summary(question, &answer.value, other, format)
        ),
        reading => summary(
            question,
            reading.value().unwrap_or(&answer.value),
            other,
            format,
        ),
    }
}

/// How one question stands against the last closed round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Beside {
    /// The last round's label, safe to draw.
    pub label: String,
    /// Last round's answer in one line; `None` when it had none.
    pub previous: Option<String>,
    /// How the current answer stands; `None` when there is no current answer.
    pub standing: Option<Standing>,
}

impl Beside {
    /// The label of the round the current answer is carried over from, while it waits to be
    /// kept or changed.
    pub fn carried(&self) -> Option<String> {
        match &self.standing {
            Some(Standing::Carried(from)) => Some(sanitize_line(from)),
            _ => None,
        }
    }

    /// Answered differently from last round: changed, new, or cleared.
    pub fn changed(&self) -> bool {
        match &self.standing {
            Some(Standing::Updated | Standing::New) => true,
            None => self.previous.is_some(),
            _ => false,
        }
    }
}

/// How question `index` of `book` stands against the last closed round; `None` while the city
/// never closed one.
pub fn beside(
    book: &Book,
    index: usize,
    profile: &Profile,
    format: NumberFormat,
) -> Option<Beside> {
    let (label, last) = round::last(profile)?;
    let (home, id) = (book.home(index), book.items[index].id.as_str());
    let previous = last
        .answer(home, id)
        .map(|a| answer_text(book.question(index), a, format));
    Some(Beside {
        label: sanitize_line(label),
        previous,
        standing: round::standing(profile, home, id),
    })
}

/// Whether the answer to question `index` of `book` is carried over from the last round and
/// waits to be kept or changed. Cheap: it reads one mark.
pub fn is_carried(book: &Book, index: usize, profile: &Profile) -> bool {
    profile
        .answer(book.home(index), &book.items[index].id)
        .is_some_and(|a| a.from_round.is_some())
}

/// The line under a question's editor, for last round `beside` and the current answer's
/// `standing` now: a carried answer to keep (with `key`) or change, or last round's answer
/// beside this round's. `None` when last round had no answer here.
pub fn question_line(
    beside: &Beside,
    standing: Option<&Standing>,
    key: &str,
    theme: Theme,
) -> Option<Line<'static>> {
    if let Some(Standing::Carried(from)) = standing {
        return Some(Line::from(Span::styled(
            tr!("tui-round-carried", round = sanitize_line(from), key = key),
            theme.warn(),
        )));
    }
    let previous = beside.previous.as_ref()?;
    let label = &beside.label;
    Some(match standing {
        Some(Standing::Confirmed) => Line::from(Span::styled(
            tr!("tui-round-kept", round = label),
            theme.ok(),
        )),
        _ => Line::from(vec![
            Span::styled(
                format!("{} ", tr!("tui-round-last", round = label)),
                theme.dim(),
            ),
            Span::raw(previous.clone()),
        ]),
    })
}

/// A workbook's progress this round, for the home screen: what is still to confirm first (a
/// narrow window cuts the end), then what was kept, changed, added and cleared.
pub fn tally_line(label: &str, tally: &Tally, theme: Theme) -> Line<'static> {
    let mut spans = vec![Span::raw(format!(
        "  {} ",
        tr!("tui-tally-since", round = label)
    ))];
    let messages = crate::messages::ui();
    let rest: Vec<String> = [
        (tally.confirmed, "tui-tally-kept"),
        (tally.updated, "tui-tally-changed"),
        (tally.new, "tui-tally-new"),
        (tally.removed, "tui-tally-cleared"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| messages.format(what, &[("count", n.into())]))
    .collect();
    if tally.to_confirm > 0 {
        spans.push(Span::styled(
            tr!("tui-tally-to-confirm", count = tally.to_confirm),
            theme.warn(),
        ));
    } else if rest.is_empty() {
        spans.push(Span::styled(tr!("tui-tally-none"), theme.dim()));
    } else {
        spans.push(Span::styled(tr!("tui-tally-all-confirmed"), theme.ok()));
    }
    for part in rest {
        spans.push(Span::raw(format!(" · {part}")));
    }
    Line::from(spans)
}

/// Which questions the review lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    /// Answers carried over from the last round and not yet kept or changed.
    ToConfirm,
    /// Answers given differently from last round: changed, new, or cleared.
    Changed,
}

impl Filter {
    /// The next filter `f` moves to.
    pub fn next(self) -> Filter {
        match self {
            Filter::All => Filter::ToConfirm,
            Filter::ToConfirm => Filter::Changed,
            Filter::Changed => Filter::All,
        }
    }

    /// Whether a question standing as `beside` is listed.
    pub fn keeps(self, beside: &Beside) -> bool {
        match self {
            Filter::All => true,
            Filter::ToConfirm => beside.carried().is_some(),
            Filter::Changed => beside.changed(),
        }
    }

    /// What the review's title says the filter shows.
    pub fn describe(self, label: &str) -> String {
        match self {
            Filter::All => tr!("tui-filter-all"),
            Filter::ToConfirm => tr!("tui-filter-to-confirm"),
            Filter::Changed => tr!("tui-filter-changed", round = label),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(to_confirm: usize, confirmed: usize, updated: usize) -> Tally {
        Tally {
            to_confirm,
            confirmed,
            updated,
            new: 0,
            removed: 0,
        }
    }

    #[test]
    fn the_tally_says_what_is_left_first_and_leaves_out_zeros() {
        let theme = Theme::plain();
        let line = |t: Tally| tally_line("2026", &t, theme).to_string();
        assert_eq!(
            line(tally(30, 12, 3)),
            "  Since 2026: 30 to confirm · 12 kept · 3 changed"
        );
        assert_eq!(line(tally(0, 2, 0)), "  Since 2026: all confirmed · 2 kept");
        assert_eq!(line(tally(0, 0, 0)), "  Since 2026: no answers");
    }

    #[test]
    fn the_filters_cycle_and_pick_their_questions() {
        assert_eq!(Filter::All.next().next().next(), Filter::All);
        let carried = Beside {
            label: "2026".into(),
            previous: Some("x".into()),
            standing: Some(Standing::Carried("2026".into())),
        };
        let cleared = Beside {
            standing: None,
            ..carried.clone()
        };
        let kept = Beside {
            standing: Some(Standing::Confirmed),
            ..carried.clone()
        };
        assert!(Filter::ToConfirm.keeps(&carried) && !Filter::Changed.keeps(&carried));
        assert!(Filter::Changed.keeps(&cleared) && !Filter::ToConfirm.keeps(&cleared));
        assert!(!Filter::Changed.keeps(&kept) && Filter::All.keeps(&kept));
    }
}
