//! The plan's own words, in its language (`locales/<lang>/plan.ftl`): the plan is written in its
//! city's language, whatever the interface speaks.
//!
//! A message said once per plan (a heading, the opening sentence) is asked for where it is
//! written, with `tr!(in words.messages; …)`. The few said once per row, cell or answer (an
//! action's dates, a sum with its currency, "yes") are formatted once per plan and kept here as
//! patterns that each row fills in, so that a plan of hundreds of rows formats each of them
//! once.

use std::sync::OnceLock;

use crate::answer::NumberFormat;
use crate::messages::{Arg, Messages};

use super::money;

macro_rules! patterns {
    ($($name:ident = $id:literal $(($($var:ident),*))?;)*) => {
        /// A message the plan says many times, formatted once per plan.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum W {
            $($name),*
        }

        /// Each pattern's message id and the names of its values, in [`W`] order.
        const PATTERNS: &[(&str, &[&str])] = &[$(($id, &[$($(stringify!($var)),*)?])),*];
    };
}

patterns! {
    Yes = "plan-yes";
    No = "plan-no";
    ListComma = "plan-list-comma";
    ListSemicolon = "plan-list-semicolon";
    ListColon = "plan-list-colon";
    ListAnd = "plan-list-and" (first, last);
    Money = "plan-money" (amount, currency);
    Other = "plan-other" (text);
    Lead = "plan-lead" (label);
    LeadSentence = "plan-lead-sentence" (label);
    TimelineRange = "plan-timeline-range" (start, due);
    TimelineFrom = "plan-timeline-from" (start);
    TimelineBy = "plan-timeline-by" (due);
    ScaleOutOf = "plan-scale-out-of" (value, max);
    Of = "plan-of" (done, total);
    ChartProgressValue = "plan-chart-progress-value" (percent, done, total);
    ChartMore = "plan-chart-more" (count);
    RoundColumn = "plan-round-column" (round);
    StandingPoints = "plan-standing-points" (amount);
    OpenWorkbook = "plan-open-workbook" (title);
    SinceActionWhen = "plan-since-action-when" (action, when);
    ExampleLesson = "plan-example-lesson";
}

/// The first of the characters a value stands in for while a pattern is formatted: private
/// use characters no message holds.
const SLOT: u32 = 0xF_0000;

/// A message formatted with a slot for each value.
#[derive(Debug)]
struct Pattern {
    /// The message with its values' slots, for a message without values its text.
    text: String,
    pieces: Vec<Piece>,
}

#[derive(Debug)]
enum Piece {
    Text(String),
    Value(usize),
}

impl Pattern {
    fn new(messages: &Messages, id: &str, names: &[&str]) -> Pattern {
        let slots: Vec<String> = (0..names.len())
            .map(|i| char::from_u32(SLOT + i as u32).map_or_else(String::new, String::from))
            .collect();
        let args: Vec<(&str, Arg)> = names
            .iter()
            .zip(&slots)
            .map(|(name, slot)| (*name, Arg::from(slot.as_str())))
            .collect();
        let text = messages.format(id, &args);
        let mut pieces = Vec::new();
        let mut literal = String::new();
        for c in text.chars() {
            let slot = u32::from(c).wrapping_sub(SLOT) as usize;
            if slot < names.len() {
                if !literal.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Value(slot));
            } else {
                literal.push(c);
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        Pattern { text, pieces }
    }
}

/// The words of one plan: its language's messages, the city's way of writing numbers, and the
/// messages said once per row, formatted on first use.
pub struct Words {
    pub messages: &'static Messages,
    /// The city's decimal mark, and the thousands mark the language writes with it.
    pub format: NumberFormat,
    pub group: char,
    patterns: [OnceLock<Pattern>; PATTERNS.len()],
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("language", &self.messages.tag())
            .field("format", &self.format)
            .finish()
    }
}

impl Words {
    /// The words of a plan in the language `tag` (its messages, else English) for a city that
    /// writes numbers with `format`.
    pub fn new(tag: &str, format: NumberFormat) -> Words {
        let messages = Messages::get(tag);
        Words {
            messages,
            format,
            group: workbook_core::locale::group_mark(format, messages.tag()),
            patterns: [const { OnceLock::new() }; PATTERNS.len()],
        }
    }

    /// Reads the language's plan messages and month names now, so that the first message
    /// asked for later does not wait for them.
    pub fn warm(&self) {
        self.messages.has("plan-title");
        self.messages.has("core-date-long");
    }

    fn pattern(&self, which: W) -> &Pattern {
        self.patterns[which as usize].get_or_init(|| {
            let (id, names) = PATTERNS[which as usize];
            Pattern::new(self.messages, id, names)
        })
    }

    /// A message without values.
    pub fn text(&self, which: W) -> &str {
        &self.pattern(which).text
    }

    /// A message with its values, in the order [`W`] names them.
    pub fn fill(&self, which: W, values: &[&str]) -> String {
        let pattern = self.pattern(which);
        let mut out = String::with_capacity(pattern.text.len() + 16);
        for piece in &pattern.pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Value(index) => out.push_str(values.get(*index).copied().unwrap_or("")),
            }
        }
        out
    }

    /// "a", "a and b", "a, b and c".
    pub fn join(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let init = init.join(self.text(W::ListComma));
                self.fill(W::ListAnd, &[&init, last])
            }
        }
    }

    /// Items one after the other: "a; b".
    pub fn list(&self, items: &[String]) -> String {
        items.join(self.text(W::ListSemicolon))
    }

    /// A number as the plan prints sums: thousands grouped from four digits on, decimals kept.
    pub fn number(&self, value: f64) -> String {
        money::number(value, self.format, self.group)
    }

    /// A sum as the plan prints it, with cents when it has any and the city's currency where it
    /// set one (`EUR 136,500`, `136 500,50 EUR`).
    pub fn amount(&self, value: f64, currency: Option<&str>) -> String {
        let number = money::sum_text(value, self.format, self.group);
        match currency.map(str::trim).filter(|c| !c.is_empty()) {
            Some(currency) => self.fill(W::Money, &[&number, currency]),
            None => number,
        }
    }

    /// A date in words ("1 December 2026"); text that is not a YYYY-MM-DD date as it is.
    pub fn date(&self, text: &str) -> String {
        match text.parse::<jiff::civil::Date>() {
            Ok(date) => workbook_core::locale::long_date(date, self.messages),
            Err(_) => super::escape::one_line(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_filled_in_the_language_s_order() {
        let en = Words::new("en", NumberFormat::Point);
        assert_eq!(en.amount(16700.5, Some("EUR")), "EUR 16,700.50");
        assert_eq!(en.fill(W::TimelineRange, &["a", "b"]), "a to b");
        assert_eq!(en.join(&["a".into(), "b".into(), "c".into()]), "a, b and c");
        let fr = Words::new("fr", NumberFormat::Comma);
        assert_eq!(fr.amount(16700.5, Some("EUR")), "16\u{202F}700,50 EUR");
        let es = Words::new("es", NumberFormat::Comma);
        assert_eq!(es.amount(16700.5, Some("EUR")), "16.700,50 EUR");
        assert_eq!(es.join(&["a".into(), "b".into()]), "a y b");
        assert_eq!(fr.date("2027-03-01"), "1er mars 2027");
        assert_eq!(fr.date("soon"), "soon");
    }

    #[test]
    fn every_pattern_is_a_message() {
        let english = Messages::source();
        for (id, _) in PATTERNS {
            assert!(english.has(id), "{id}");
        }
    }
}
