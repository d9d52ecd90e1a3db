//! Numbers exactly as the user typed them. A number is kept as its canonical decimal text
//! (`-1234.5`), never as a float, so that `9007199254740993` stays itself and `12,5` in a city
//! that writes decimal commas is twelve and a half. Whole numbers are stored as TOML and JSON
//! integers, decimals as floats when a float holds their digits exactly, else as text.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::tr;

/// How a city writes decimals: `12.5` or `12,5`. Digits may be grouped with the other mark, a
/// space or an apostrophe (`1,234.5`, `1.234,5`, `1 234,5`, `1'234.5`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum NumberFormat {
    #[default]
    Point,
    Comma,
}

impl NumberFormat {
    pub fn decimal_mark(self) -> char {
        match self {
            NumberFormat::Point => '.',
            NumberFormat::Comma => ',',
        }
    }

    /// The mark that groups thousands in this format.
    pub fn group_mark(self) -> char {
        match self {
            NumberFormat::Point => ',',
            NumberFormat::Comma => '.',
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            NumberFormat::Point => "point",
            NumberFormat::Comma => "comma",
        }
    }

    /// How this format is described to the user, with an example.
    pub fn describe(self) -> String {
        match self {
            NumberFormat::Point => tr!("core-number-format-point"),
            NumberFormat::Comma => tr!("core-number-format-comma"),
        }
    }

    /// The format a locale name such as `fr_FR.UTF-8` or `de-CH` writes decimals in.
    pub fn for_locale(locale: &str) -> NumberFormat {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let region = locale
            .split(['_', '-'])
            .nth(1)
            .map(|r| {
                r.split(['.', '@'])
                    .next()
                    .unwrap_or("")
                    .to_ascii_uppercase()
            })
            .unwrap_or_default();
        // Swiss German, Italian and French, and Liechtenstein, write a decimal point; the
        // Maghreb writes Arabic with a decimal comma, as it writes French.
        if matches!(region.as_str(), "CH" | "LI") {
            return NumberFormat::Point;
        }
        if language == "ar" && matches!(region.as_str(), "MA" | "DZ" | "TN" | "LY" | "MR") {
            return NumberFormat::Comma;
        }
        const COMMA_LANGUAGES: &[&str] = &[
            "fr", "es", "pt", "de", "it", "nl", "ru", "uk", "pl", "cs", "sk", "sl", "hr", "sr",
            "bs", "mk", "bg", "ro", "hu", "tr", "el", "da", "sv", "nb", "nn", "no", "fi", "et",
            "lv", "lt", "id", "vi", "sq", "az", "ka", "hy", "kk", "be", "ca", "gl", "eu", "is",
            "af",
        ];
        if COMMA_LANGUAGES.contains(&language.as_str()) {
            NumberFormat::Comma
        } else {
            NumberFormat::Point
        }
    }

    /// The format of the system locale (`LC_ALL`, then `LC_NUMERIC`, then `LANG`).
    pub fn from_env() -> NumberFormat {
        ["LC_ALL", "LC_NUMERIC", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .map(|locale| NumberFormat::for_locale(&locale))
            .unwrap_or_default()
    }
}

/// A number in canonical form: an optional `-`, digits without leading zeros, and an optional
/// `.` with digits without trailing zeros. `-0` is `0`.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Number(String);

/// Why typed text is not a number, written for the person typing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotANumber {
    /// The text as typed (its digits made Western), trimmed.
    text: String,
    format: NumberFormat,
    why: Why,
}

/// What is wrong with the text. The message is written only when it is shown
/// ([`NotANumber::message`]): reading a budget cell that is not a plain number (`25,000` in a
/// decimal-point city) is routine, and its message would go unread.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Why {
    Empty,
    BadCharacter(char),
    NoDigits,
    Marks(usize),
    Mixed,
    /// The other format's decimal mark; `reading` is the text read that way.
    OtherFormat {
        reading: String,
    },
    /// A group mark that could also be the other format's decimal mark.
    TwoWays {
        grouped: String,
        decimal: String,
    },
    Uneven,
    Unreadable,
}

impl NotANumber {
    fn new(text: &str, format: NumberFormat, why: Why) -> NotANumber {
        NotANumber {
            text: text.to_string(),
            format,
            why,
        }
    }

    /// Why the text is not a number, for the person typing, in their language.
    pub fn message(&self) -> String {
        let (text, format) = (self.text.as_str(), self.format);
        let (mark, group) = (format.decimal_mark(), format.group_mark());
        let other = match format {
            NumberFormat::Point => NumberFormat::Comma,
            NumberFormat::Comma => NumberFormat::Point,
        };
        match &self.why {
            Why::Empty => tr!("core-number-empty"),
            Why::BadCharacter(bad) => tr!(
                "core-number-bad-character",
                text = text,
                character = bad.to_string(),
                example = example(format)
            ),
            Why::NoDigits => tr!(
                "core-number-no-digits",
                text = text,
                example = example(format)
            ),
            Why::Marks(count) => tr!(
                "core-number-marks",
                text = text,
                count = *count,
                mark = mark.to_string(),
                format = format.name(),
                example = example(format)
            ),
            Why::Mixed => tr!(
                "core-number-mixed",
                text = text,
                mark = mark.to_string(),
                group = group.to_string(),
                format = format.name(),
                example = example(format)
            ),
            Why::OtherFormat { reading } => tr!(
                "core-number-other-format",
                text = text,
                other = other.name(),
                format = format.name(),
                typed = Number::parse(reading, NumberFormat::Point)
                    .map(|n| n.format(format))
                    .unwrap_or_else(|_| example(format))
            ),
            Why::TwoWays { grouped, decimal } => tr!(
                "core-number-two-ways",
                text = text,
                grouped = grouped.as_str(),
                decimal = decimal.as_str(),
                group = group.to_string(),
                format = format.name(),
                typed = Number::parse(decimal, NumberFormat::Point)
                    .map(|n| n.format(format))
                    .unwrap_or_default()
            ),
            Why::Uneven => tr!(
                "core-number-uneven",
                text = text,
                example = format!("1{group}234{group}567")
            ),
            Why::Unreadable => tr!("core-number-not-a-number", text = text),
        }
    }
}

impl std::fmt::Display for NotANumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl Number {
    pub fn from_i64(n: i64) -> Number {
        Number(n.to_string())
    }

    /// The canonical text, always with a decimal point.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_integer(&self) -> bool {
        !self.0.contains('.')
    }

    pub fn as_i64(&self) -> Option<i64> {
        self.0.parse().ok()
    }

    /// The nearest float, for range checks and charts.
    pub fn to_f64(&self) -> f64 {
        self.0.parse().unwrap_or(f64::NAN)
    }

    /// Reads canonical text (as stored); `None` for anything else.
    pub fn from_canonical(text: &str) -> Option<Number> {
        let n = canonical(text.strip_prefix('-').map_or((false, text), |t| (true, t)))?;
        (n.0 == text).then_some(n)
    }

    /// A float read from a file: its shortest exact decimal form (Rust's `Display` of an f64
    /// never uses an exponent and round-trips).
    pub fn from_f64(f: f64) -> Option<Number> {
        if !f.is_finite() {
            return None;
        }
        let text = format!("{f}");
        let (negative, digits) = text
            .strip_prefix('-')
            .map_or((false, &*text), |t| (true, t));
        canonical((negative, digits))
    }

    /// The number as a user of `format` writes it, without grouping, so that it can be typed
    /// back as it is shown.
    pub fn format(&self, format: NumberFormat) -> String {
        match format {
            NumberFormat::Point => self.0.clone(),
            NumberFormat::Comma => self.0.replace('.', ","),
        }
    }

    /// Reads a number typed by a user who writes decimals as `format` says. A mark that could
    /// be read two ways (`1,234` in a decimal-point city) is an error that shows both readings,
    /// never a guess.
    pub fn parse(typed: &str, format: NumberFormat) -> Result<Number, NotANumber> {
        let western = western_digits(typed, format);
        let text = western.trim();
        let fail = |why: Why| Err(NotANumber::new(text, format, why));
        if text.is_empty() {
            return fail(Why::Empty);
        }
        let (negative, body) = match text.chars().next() {
            Some('-' | '\u{2212}') => (
                true,
                text[text.chars().next().map_or(1, char::len_utf8)..].trim_start(),
            ),
            Some('+') => (false, text[1..].trim_start()),
            _ => (false, text),
        };
        if let Some(bad) = body.chars().find(|c| !is_number_char(*c)) {
            return fail(Why::BadCharacter(bad));
        }
        if !body.chars().any(|c| c.is_ascii_digit()) {
            return fail(Why::NoDigits);
        }
        let (whole, fraction) =
            split_decimal(body, format).map_err(|why| NotANumber::new(text, format, why))?;
        let whole = ungroup(whole, format).map_err(|why| NotANumber::new(text, format, why))?;
        let number = canonical((negative, &format!("{whole}.{fraction}")))
            .ok_or_else(|| NotANumber::new(text, format, Why::Unreadable))?;
        Ok(number)
    }
}

/// Arabic-Indic and Persian digits as ASCII digits, and the Arabic decimal and thousands marks
/// as this format's marks, so that `١٢٫٥` is twelve and a half wherever it is typed.
fn western_digits(typed: &str, format: NumberFormat) -> String {
    typed
        .chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{6f0}'..='\u{6f9}' => char::from(b'0' + (c as u32 - 0x6f0) as u8),
            '\u{66b}' => format.decimal_mark(),
            '\u{66c}' => ' ',
            c => c,
        })
        .collect()
}

/// Numbers as a city of `format` writes them, for messages (`1234 or 1234,5`).
fn example(format: NumberFormat) -> String {
    tr!(
        "core-number-example",
        decimal = format!("1234{}5", format.decimal_mark())
    )
}

fn is_number_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '.' | ',') || is_group_space(c)
}

/// Marks that only ever group digits: spaces (ordinary, no-break, thin, narrow no-break) and
/// the apostrophes used in Switzerland.
fn is_group_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\'' | '\u{2019}'
    )
}

/// Splits the digits before and after the decimal mark, refusing a decimal mark of the other
/// format and a grouping that could also be a decimal mark.
fn split_decimal(body: &str, format: NumberFormat) -> Result<(&str, &str), Why> {
    let (mark, group) = (format.decimal_mark(), format.group_mark());
    let marks = body.matches(mark).count();
    if marks > 1 {
        return Err(Why::Marks(marks));
    }
    let (whole, fraction) = match body.rsplit_once(mark) {
        Some((w, f)) => (w, f),
        None => (body, ""),
    };
    if fraction.contains(group) || fraction.chars().any(is_group_space) {
        return Err(Why::Mixed);
    }
    // The other mark, used once with other than three digits after it and no decimal mark,
    // can only be a decimal mark of the other format.
    if marks == 0
        && let Some((_, after)) = whole.rsplit_once(group)
    {
        let digits_after = after.chars().filter(char::is_ascii_digit).count();
        let groups = whole.matches(group).count();
        if digits_after != 3 || after.chars().any(is_group_space) {
            if groups == 1 {
                return Err(Why::OtherFormat {
                    reading: whole.replace(group, "."),
                });
            }
        } else if groups == 1 {
            let grouped: String = whole.chars().filter(|c| *c != group).collect();
            return Err(Why::TwoWays {
                grouped: grouped.trim().to_string(),
                decimal: whole.replace(group, ".").trim().to_string(),
            });
        }
    }
    Ok((whole, fraction))
}

/// Removes grouping marks from the digits before the decimal mark, checking that groups after
/// the first have exactly three digits and that one kind of mark is used.
fn ungroup(whole: &str, format: NumberFormat) -> Result<String, Why> {
    let group = format.group_mark();
    let is_mark = |c: char| c == group || is_group_space(c);
    let marks: Vec<char> = whole.chars().filter(|c| is_mark(*c)).collect();
    if marks.is_empty() {
        return Ok(whole.to_string());
    }
    let bad = || Why::Uneven;
    let kind = |c: char| if c == group { 0 } else { 1 };
    if marks.iter().any(|m| kind(*m) != kind(marks[0])) {
        return Err(bad());
    }
    let groups: Vec<&str> = whole.split(is_mark).collect();
    let first = groups[0];
    if first.is_empty() || first.len() > 3 || groups[1..].iter().any(|g| g.len() != 3) {
        return Err(bad());
    }
    Ok(groups.concat())
}

/// The canonical number for a sign and `digits[.digits]` (either side may be empty, not both).
fn canonical((negative, text): (bool, &str)) -> Option<Number> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let mut out = String::with_capacity(text.len() + 1);
    if negative && (whole != "0" || !fraction.is_empty()) {
        out.push('-');
    }
    out.push_str(whole);
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    Some(Number(out))
}

impl PartialOrd for Number {
    fn partial_cmp(&self, other: &Number) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Number {
    /// Exact order of the decimal values (not of their floats).
    fn cmp(&self, other: &Number) -> Ordering {
        let sign = |n: &Number| if n.0.starts_with('-') { -1 } else { 1 };
        match sign(self).cmp(&sign(other)) {
            Ordering::Equal => {}
            order => return order,
        }
        let magnitude = |n: &Number| {
            let digits = n.0.trim_start_matches('-');
            let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
            (whole.len(), whole.to_string(), fraction.to_string())
        };
        let order = magnitude(self).cmp(&magnitude(other));
        if sign(self) < 0 {
            order.reverse()
        } else {
            order
        }
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Number({})", self.0)
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if let Some(n) = self.as_i64() {
            return serializer.serialize_i64(n);
        }
        let float = self.to_f64();
        if !self.is_integer() && Number::from_f64(float).as_ref() == Some(self) {
            return serializer.serialize_f64(float);
        }
        // Digits no float holds: kept as text, read back as this number by the question.
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Number, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Number;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an integer, or a float with a fractional part")
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Number, E> {
                Ok(Number::from_i64(n))
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Number, E> {
                Ok(Number(n.to_string()))
            }
            // A whole float (`4.0`) is not how this program writes a number: it is left to
            // `Value::Other`, so that the file keeps it exactly until the user changes it.
            fn visit_f64<E: serde::de::Error>(self, f: f64) -> Result<Number, E> {
                match Number::from_f64(f) {
                    Some(n) if !n.is_integer() => Ok(n),
                    _ => Err(E::custom("not a number this program writes")),
                }
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use NumberFormat::{Comma, Point};

    fn ok(text: &str, format: NumberFormat) -> String {
        match Number::parse(text, format) {
            Ok(n) => n.0,
            Err(e) => panic!("{text:?}: {}", e.message()),
        }
    }

    fn err(text: &str, format: NumberFormat) -> String {
        match Number::parse(text, format) {
            Ok(n) => panic!("{text:?} read as {}", n.0),
            Err(e) => e.message(),
        }
    }

    #[test]
    fn canonical_forms_keep_every_digit() {
        assert_eq!(ok("9007199254740993", Point), "9007199254740993");
        assert_eq!(ok("007", Point), "7");
        assert_eq!(ok("12.50", Point), "12.5");
        assert_eq!(ok("-0", Point), "0");
        assert_eq!(ok("-0.0", Point), "0");
        assert_eq!(ok(".5", Point), "0.5");
        assert_eq!(ok("5.", Point), "5");
        assert_eq!(ok(" +4 ", Point), "4");
        assert_eq!(ok("\u{2212}3", Point), "-3");
        assert_eq!(
            ok("123456789012345678901234567890.123456789", Point),
            "123456789012345678901234567890.123456789"
        );
    }

    #[test]
    fn comma_cities_read_decimal_commas_and_grouping() {
        assert_eq!(ok("12,5", Comma), "12.5");
        assert_eq!(ok("1.234,5", Comma), "1234.5");
        assert_eq!(ok("1 234,5", Comma), "1234.5");
        assert_eq!(ok("1\u{202f}234\u{202f}567", Comma), "1234567");
        assert_eq!(ok("1.234.567", Comma), "1234567");
        assert_eq!(ok("-0,25", Comma), "-0.25");
    }

    #[test]
    fn point_cities_read_decimal_points_and_grouping() {
        assert_eq!(ok("1,234.5", Point), "1234.5");
        assert_eq!(ok("1,234,567", Point), "1234567");
        assert_eq!(ok("1'234.5", Point), "1234.5");
        assert_eq!(ok("1 234 567.25", Point), "1234567.25");
    }

    #[test]
    fn a_decimal_comma_in_a_point_city_is_refused_never_read_as_125() {
        let e = err("12,5", Point);
        assert!(e.contains("decimal comma") && e.contains("12.5"), "{e}");
        let e = err("12.5", Comma);
        assert!(e.contains("decimal point") && e.contains("12,5"), "{e}");
    }

    #[test]
    fn marks_that_read_two_ways_show_both_readings() {
        let e = err("1,234", Point);
        assert!(e.contains("1234") && e.contains("1.234"), "{e}");
        let e = err("1.234", Comma);
        assert!(e.contains("1234") && e.contains("1,234"), "{e}");
    }

    #[test]
    fn bad_text_and_uneven_groups_are_refused() {
        for bad in [
            "",
            "abc",
            "1e5",
            "12 5",
            "1,23,456",
            "1.2.3",
            "1,234.5,6",
            "--1",
            ".",
        ] {
            let e = err(bad, Point);
            assert!(!e.is_empty(), "{bad}");
        }
        assert!(
            err("1.234,5", Point).contains("mixes") || err("1.234,5", Point).contains("decimal")
        );
    }

    #[test]
    fn arabic_indic_digits_and_marks_are_read() {
        assert_eq!(ok("١٢٫٥", Point), "12.5");
        assert_eq!(ok("١٬٢٣٤", Comma), "1234");
        assert_eq!(ok("۱۲۳", Point), "123");
    }

    #[test]
    fn format_shows_the_city_mark_without_grouping() {
        let n = Number::parse("1234.5", Point).unwrap();
        assert_eq!(n.format(Comma), "1234,5");
        assert_eq!(n.format(Point), "1234.5");
    }

    #[test]
    fn order_is_exact() {
        let n = |t: &str| Number::from_canonical(t).unwrap();
        assert!(n("9007199254740993") > n("9007199254740992"));
        assert!(n("-2") < n("-1.5"));
        assert!(n("0.1") < n("0.15"));
        assert!(n("10") > n("9.99"));
    }

    #[test]
    fn serialized_as_integer_float_or_text() {
        #[derive(Serialize, Deserialize)]
        struct W {
            v: Number,
        }
        let show = |t: &str| {
            toml::to_string(&W {
                v: Number::from_canonical(t).unwrap(),
            })
            .unwrap()
        };
        assert_eq!(show("4"), "v = 4\n");
        assert_eq!(show("12.5"), "v = 12.5\n");
        assert_eq!(
            show("123456789012345678.5"),
            "v = \"123456789012345678.5\"\n"
        );
        let back: W = toml::from_str("v = 12.5").unwrap();
        assert_eq!(back.v.as_str(), "12.5");
        assert!(
            toml::from_str::<W>("v = 4.0").is_err(),
            "a whole float is not canonical"
        );
    }

    #[test]
    fn locales_choose_the_decimal_mark() {
        assert_eq!(NumberFormat::for_locale("fr_FR.UTF-8"), Comma);
        assert_eq!(NumberFormat::for_locale("es_AR"), Comma);
        assert_eq!(NumberFormat::for_locale("de_CH.UTF-8"), Point);
        assert_eq!(NumberFormat::for_locale("en_GB.UTF-8"), Point);
        assert_eq!(NumberFormat::for_locale("ar_EG"), Point);
        assert_eq!(NumberFormat::for_locale("ar_TN.UTF-8"), Comma);
        assert_eq!(NumberFormat::for_locale("C"), Point);
    }
}
