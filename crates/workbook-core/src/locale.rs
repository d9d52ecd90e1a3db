//! Numbers, dates and order the way a language writes them: the thousands mark that goes with
//! a city's decimal mark, a date in words, and a sort order that ignores accents and case.
//! Digits stay Latin in every language, as the network's Arabic documents write them.

use std::cmp::Ordering;

use unicode_normalization::UnicodeNormalization;

use crate::answer::NumberFormat;
use crate::messages::Messages;
use crate::tr;

/// The mark that groups thousands for a city writing decimals with `format`, in the language
/// `tag`: French groups with a narrow no-break space (`16 700,50`), the other decimal-comma
/// languages with a point (`16.700,50`), decimal-point ones with a comma (`16,700.50`).
pub fn group_mark(format: NumberFormat, tag: &str) -> char {
    match format {
        NumberFormat::Point => ',',
        NumberFormat::Comma if tag.split(['-', '_']).next() == Some("fr") => '\u{202F}',
        NumberFormat::Comma => '.',
    }
}

/// `digits` (ASCII digits, optionally `-` first) with `group` between each three from the right.
pub fn group_digits(digits: &str, group: char) -> String {
    let (sign, whole) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    out.push_str(sign);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    out
}

/// A date in words in the language of `messages` (`1 March 2027`, `1er mars 2027`,
/// `1 de marzo de 2027`).
pub fn long_date(date: jiff::civil::Date, messages: &Messages) -> String {
    let month = messages.text(MONTHS[usize::from(date.month().unsigned_abs()) - 1]);
    tr!(in messages; "core-date-long", day = date.day(), month = month, year = date.year().to_string())
}

const MONTHS: [&str; 12] = [
    "core-month-1",
    "core-month-2",
    "core-month-3",
    "core-month-4",
    "core-month-5",
    "core-month-6",
    "core-month-7",
    "core-month-8",
    "core-month-9",
    "core-month-10",
    "core-month-11",
    "core-month-12",
];

/// The key names sort by: letters without accents and case first (`Éducation` among the E),
/// then the text itself, so that the order is total and stable.
pub fn sort_key(text: &str) -> (String, String) {
    let folded: String = text
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();
    (folded, text.to_string())
}

/// Orders two names as [`sort_key`] does.
pub fn compare_names(a: &str, b: &str) -> Ordering {
    sort_key(a).cmp(&sort_key(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped_as_each_language_writes_them() {
        assert_eq!(
            group_digits("16700", group_mark(NumberFormat::Point, "en")),
            "16,700"
        );
        assert_eq!(
            group_digits("16700", group_mark(NumberFormat::Comma, "fr")),
            "16\u{202F}700"
        );
        assert_eq!(
            group_digits("1234567", group_mark(NumberFormat::Comma, "es")),
            "1.234.567"
        );
        assert_eq!(group_digits("-1234", ','), "-1,234");
        assert_eq!(group_digits("123", ','), "123");
    }

    #[test]
    fn dates_are_written_in_words_in_each_language() {
        let date = jiff::civil::date(2027, 3, 1);
        assert_eq!(long_date(date, Messages::get("en")), "1 March 2027");
        assert_eq!(long_date(date, Messages::get("fr")), "1er mars 2027");
        assert_eq!(
            long_date(jiff::civil::date(2027, 12, 15), Messages::get("fr")),
            "15 décembre 2027"
        );
        assert_eq!(long_date(date, Messages::get("es")), "1 de marzo de 2027");
        assert_eq!(long_date(date, Messages::get("ar")), "1 مارس 2027");
    }

    #[test]
    fn accents_and_case_do_not_change_the_order() {
        let mut names = vec!["Zagreb", "éducation", "Eau", "ecole", "Ávila", "azul"];
        names.sort_by(|a, b| compare_names(a, b));
        assert_eq!(
            names,
            ["Ávila", "azul", "Eau", "ecole", "éducation", "Zagreb"]
        );
    }
}
