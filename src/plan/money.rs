//! Sums of money in the plan: reading an action's budget cell ("25,000", "EUR 12 000",
//! "staff time") and writing totals the way the city writes numbers, with its currency.

use crate::answer::{Number, NumberFormat};

/// The sum a budget cell holds, if it holds one. Words ("staff time", "phase 2") are not a
/// sum. A currency sign, a three-letter code (`EUR`) or the city's own currency text before or
/// after the number is ignored, and thousands written with the city's grouping mark (`25,000`
/// in a decimal-point city, `25.000` in a decimal-comma city) read as thousands: a budget cell
/// is read, never changed.
pub fn sum(cell: &str, format: NumberFormat, currency: Option<&str>) -> Option<f64> {
    let mut text = cell.trim();
    if let Some(own) = currency.map(str::trim).filter(|c| !c.is_empty()) {
        text = text.strip_prefix(own).unwrap_or(text);
        text = text.strip_suffix(own).unwrap_or(text);
    }
    let code = |word: &str| word.len() == 3 && word.chars().all(|c| c.is_ascii_uppercase());
    let text = text.trim();
    let text = match text.split_once(' ') {
        Some((first, rest)) if code(first) => rest,
        _ => text,
    };
    let text = match text.rsplit_once(' ') {
        Some((rest, last)) if code(last) => rest,
        _ => text,
    };
    let trimmed: String = text
        .trim_matches(|c: char| is_currency_sign(c) || c.is_whitespace())
        .to_string();
    if trimmed.chars().any(char::is_alphabetic) {
        return None;
    }
    // A cost below zero is not a cost ("- 40" is a list marker or a typo): not summed.
    if trimmed.is_empty()
        || !trimmed.chars().any(|c| c.is_ascii_digit())
        || trimmed.starts_with(['-', '\u{2212}'])
    {
        return None;
    }
    if let Ok(n) = Number::parse(&trimmed, format) {
        return Some(n.to_f64());
    }
    let group = format.group_mark();
    let (whole, fraction) = match trimmed.rsplit_once(format.decimal_mark()) {
        Some((w, f)) => (w, Some(f)),
        None => (trimmed.as_str(), None),
    };
    let groups: Vec<&str> = whole.split(group).collect();
    let grouped = groups.len() > 1
        && !groups[0].is_empty()
        && groups[0].len() <= 3
        && groups[1..].iter().all(|g| g.len() == 3);
    if !grouped {
        return None;
    }
    let mut plain = groups.concat();
    if let Some(fraction) = fraction {
        plain.push(format.decimal_mark());
        plain.push_str(fraction);
    }
    Number::parse(&plain, format).ok().map(|n| n.to_f64())
}

pub(crate) fn is_currency_sign(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '₹'
            | '₦'
            | '₺'
            | '₽'
            | '₴'
            | '₪'
            | '₩'
            | '﷼'
            | '₱'
            | '฿'
    )
}

/// A number with its thousands grouped the language's way when it has five digits or more
/// (`136,500`, `136.500`, `136 500`; a year such as 2027 stays as it is); decimals kept.
pub fn grouped(n: &Number, format: NumberFormat, group: char) -> String {
    group_from(n, format, group, 5)
}

fn group_from(n: &Number, format: NumberFormat, group: char, digits: usize) -> String {
    let text = n.format(format);
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = match body.split_once(format.decimal_mark()) {
        Some((w, f)) => (w, Some(f)),
        None => (body, None),
    };
    if whole.len() < digits {
        return text;
    }
    let out = workbook_core::locale::group_digits(whole, group);
    match fraction {
        Some(f) => format!("{sign}{out}{}{f}", format.decimal_mark()),
        None => format!("{sign}{out}"),
    }
}

/// A number as the plan prints it among sums: rounded to cents, thousands grouped from four
/// digits on (`1,234`), decimals as they are (`2.5`).
pub fn number(value: f64, format: NumberFormat, group: char) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let number = Number::from_f64(rounded).unwrap_or_else(|| Number::from_i64(0));
    group_from(&number, format, group, 4)
}

/// A sum of money without its currency: [`number`], with two decimals when it has cents
/// (`16,700.50`).
pub fn sum_text(value: f64, format: NumberFormat, group: char) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = number(rounded, format, group);
    match text.split_once(format.decimal_mark()) {
        Some((_, cents)) if cents.len() == 1 => format!("{text}0"),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_cells_read_as_sums_or_words() {
        let p = NumberFormat::Point;
        assert_eq!(sum("25,000", p, None), Some(25000.0));
        assert_eq!(sum("EUR 12 000", p, None), Some(12000.0));
        assert_eq!(sum("€8,500.50", p, None), Some(8500.5));
        assert_eq!(sum("5000", p, Some("KES")), Some(5000.0));
        assert_eq!(sum("Staff time", p, None), None);
        assert_eq!(sum("None", p, None), None);
        assert_eq!(
            sum("Phase 2", p, None),
            None,
            "a word with a number is not a sum"
        );
        assert_eq!(
            sum("12,5", p, None),
            None,
            "not thousands, and not a decimal here"
        );
        let c = NumberFormat::Comma;
        assert_eq!(sum("25.000 Kč", c, Some("Kč")), Some(25000.0));
        assert_eq!(sum("12,5", c, None), Some(12.5));
        assert_eq!(sum("- 40", p, None), None, "a cost is never negative");
        assert_eq!(sum("-1,000", p, None), None);
        assert_eq!(sum("EUR \u{2212}5", p, None), None);
    }

    #[test]
    fn totals_are_grouped_the_language_s_way() {
        let p = NumberFormat::Point;
        assert_eq!(sum_text(136500.0, p, ','), "136,500");
        assert_eq!(number(1234.0, p, ','), "1,234");
        assert_eq!(number(2.5, p, ','), "2.5");
        let c = NumberFormat::Comma;
        assert_eq!(number(1234567.5, c, '.'), "1.234.567,5");
        assert_eq!(sum_text(16700.5, c, '\u{202F}'), "16\u{202F}700,50");
        assert_eq!(sum_text(16700.456, c, '.'), "16.700,46");
        assert_eq!(grouped(&Number::from_i64(2027), p, ','), "2027");
        assert_eq!(grouped(&Number::from_i64(-136500), p, ','), "-136,500");
    }
}
