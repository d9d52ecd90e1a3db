//! Right-to-left text as most terminals need it: in visual order. A terminal draws the cells of
//! a row from left to right in the order it is given them and does not run the bidirectional
//! algorithm, so Arabic stored in logical order would read backwards. Lines are wrapped in
//! logical order first, then each line is reordered by the Unicode Bidirectional Algorithm
//! (UAX #9, the `unicode-bidi` crate): right-to-left runs reversed, Latin names, ids and
//! numbers ("EUR 16,700", 2027) kept reading left to right inside them, brackets mirrored, and
//! combining marks (Arabic vowel signs) kept after the letter they sit on. Right-to-left
//! paragraphs are right-aligned.
//!
//! Only drawing goes through here: the text the program keeps, searches and writes stays in
//! logical order, and so does plain mode, for screen readers.
//!
//! A terminal that does not reorder does not join letters either: it gives every letter a
//! cell. The width tables count Lam followed by Alef (لا) as one cell, the ligature a shaping
//! terminal draws; so that widths are counted as the cells are drawn, a zero-width non-joiner
//! goes between such letters before anything is measured ([`unjoin`]), in logical order and
//! again in visual order, where reversing makes new pairs.

use std::borrow::Cow;

use ratatui::layout::Alignment;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};
use unicode_width::UnicodeWidthChar;

/// Whether the interface is laid out right to left (its language is written so).
pub fn interface_rtl() -> bool {
    crate::messages::ui().is_right_to_left()
}

/// The zero-width non-joiner: keeps two letters from being counted as one ligature.
const ZWNJ: char = '\u{200C}';

/// Whether the width tables count `a` followed by `b` as fewer cells than each on its own
/// (Lam-Alef, لا).
fn ligates(a: char, b: char) -> bool {
    let mut pair = [0u8; 8];
    let a_len = a.encode_utf8(&mut pair).len();
    let b_len = b.encode_utf8(&mut pair[a_len..]).len();
    let both = std::str::from_utf8(&pair[..a_len + b_len]).unwrap_or_default();
    unicode_width::UnicodeWidthStr::width(both) < a.width().unwrap_or(0) + b.width().unwrap_or(0)
}

/// `text` with a zero-width non-joiner between letters the width tables would count as one
/// ligature (see the module's documentation), so that its width is the cells a terminal
/// gives it. Text without right-to-left letters is returned as it is.
pub fn unjoin(text: &str) -> Cow<'_, str> {
    let mut last: Option<char> = None;
    let mut out: Option<String> = None;
    for (at, c) in text.char_indices() {
        let letter = c.width().unwrap_or(0) > 0;
        if letter
            && let Some(before) = last
            && before >= '\u{0590}'
            && ligates(before, c)
        {
            let out = out.get_or_insert_with(|| text[..at].to_string());
            out.push(ZWNJ);
        }
        if let Some(out) = &mut out {
            out.push(c);
        }
        if letter {
            last = Some(c);
        } else if c == ZWNJ {
            last = None;
        }
    }
    match out {
        Some(out) => Cow::Owned(out),
        None => Cow::Borrowed(text),
    }
}

/// `line` with its spans made to measure as drawn (see [`unjoin`]).
pub fn unjoin_line(mut line: Line<'_>) -> Line<'_> {
    for span in &mut line.spans {
        if let Cow::Owned(text) = unjoin(&span.content) {
            span.content = Cow::Owned(text);
        }
    }
    line
}

/// `text` cut or padded to exactly `width` cells and put in visual order, in its own direction
/// (see [`text`]): a table cell, an option.
pub fn fit(text: &str, width: u16) -> String {
    self::text(super::clip::fit(&unjoin(text), usize::from(width)))
}

/// Whether `c` starts or is part of right-to-left text. Cheap for the Latin script: no lookup
/// below the Hebrew block.
fn is_rtl_char(c: char) -> bool {
    c >= '\u{0590}'
        && matches!(
            bidi_class(c),
            BidiClass::R | BidiClass::AL | BidiClass::RLE | BidiClass::RLO | BidiClass::RLI
        )
}

/// `text` (a date and time written with digits and dashes, 2026-11-30 14:02) kept in one piece
/// reading left to right inside a right-to-left sentence, where the algorithm would otherwise
/// order its parts from the right (30-11-2026): isolated by LRI and PDI in a right-to-left
/// interface, which [`reorder`] then leaves out of what it draws.
pub fn isolate_ltr(text: &str) -> String {
    if interface_rtl() {
        format!("\u{2066}{text}\u{2069}")
    } else {
        text.to_string()
    }
}

/// The explicit direction marks and controls: they steer the algorithm and are not drawn.
fn is_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether drawing `text` needs the bidirectional algorithm: the interface reads right to
/// left, or the text holds right-to-left characters.
pub fn needed(text: &str) -> bool {
    interface_rtl() || has_rtl(text)
}

/// Whether drawing `line` needs the bidirectional algorithm (see [`needed`]).
pub fn line_needed(line: &Line<'_>) -> bool {
    interface_rtl() || line.spans.iter().any(|s| has_rtl(&s.content))
}

/// Whether `text` holds any right-to-left character.
pub fn has_rtl(text: &str) -> bool {
    text.chars().any(is_rtl_char)
}

/// The direction of `text`'s first strong character (UAX #9 rules P2 and P3): `Some(true)` for
/// right to left, `Some(false)` for left to right, `None` when it has none (digits and
/// punctuation only).
pub fn first_strong_rtl(text: &str) -> Option<bool> {
    text.chars().find_map(|c| {
        if c.is_ascii() {
            return c.is_ascii_alphabetic().then_some(false);
        }
        match bidi_class(c) {
            BidiClass::L => Some(false),
            BidiClass::R | BidiClass::AL => Some(true),
            _ => None,
        }
    })
}

/// Whether a paragraph of content (a question, guidance, a choice, a title from the workbook)
/// reads right to left: as its own first strong character says, else as the interface does.
pub fn paragraph_rtl(text: &str) -> bool {
    first_strong_rtl(text).unwrap_or_else(interface_rtl)
}

/// The text of `line`'s spans, one after the other.
fn text_of<'a>(line: &'a Line<'_>) -> Cow<'a, str> {
    match line.spans.as_slice() {
        [one] => Cow::Borrowed(one.content.as_ref()),
        spans => Cow::Owned(spans.iter().map(|s| s.content.as_ref()).collect()),
    }
}

/// `line` (one line, in logical order) in visual order for a paragraph whose base direction is
/// right to left when `rtl`; each character keeps its span's style. A line with nothing right
/// to left in a left-to-right paragraph is returned as it is.
pub fn reorder(line: Line<'_>, rtl: bool) -> Line<'_> {
    if !rtl && !line.spans.iter().any(|s| has_rtl(&s.content)) {
        return line;
    }
    let line = unjoin_line(line);
    let text = text_of(&line);
    // Each character's span, to give it its style back after reordering.
    let mut styles: Vec<Style> = Vec::with_capacity(text.len());
    for span in &line.spans {
        styles.extend(span.content.chars().map(|_| span.style));
    }
    let chars: Vec<char> = text.chars().collect();
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let info = ParagraphBidiInfo::new(&text, Some(base));
    let levels = info.reordered_levels_per_char(0..text.len());
    let order = ParagraphBidiInfo::reorder_visual(&levels);
    let order = marks_after_their_letter(&order, &chars, &levels);
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_style: Option<Style> = None;
    for i in order {
        if is_control(chars[i]) {
            continue;
        }
        let c = if levels[i].is_rtl() {
            mirrored(chars[i])
        } else {
            chars[i]
        };
        if run_style.is_some_and(|s| s != styles[i]) {
            let text = unjoin(&run).into_owned();
            run.clear();
            spans.push(Span::styled(text, run_style.unwrap_or_default()));
        }
        run_style = Some(styles[i]);
        run.push(c);
    }
    if let Some(style) = run_style {
        spans.push(Span::styled(unjoin(&run).into_owned(), style));
    }
    let mut out = Line::from(spans).style(line.style);
    out.alignment = line.alignment;
    out
}

/// Rule L3: a letter and the combining marks after it (zero-width: Arabic vowel signs) stay
/// in that order on screen, where reversing a right-to-left run would put the marks first.
fn marks_after_their_letter(order: &[usize], chars: &[char], levels: &[Level]) -> Vec<usize> {
    let is_mark = |i: usize| {
        levels[i].is_rtl() && chars[i] != ' ' && UnicodeWidthChar::width(chars[i]) == Some(0)
    };
    let mut out = Vec::with_capacity(order.len());
    let mut k = 0;
    while k < order.len() {
        let start = k;
        while k < order.len() && is_mark(order[k]) {
            k += 1;
        }
        if k > start && k < order.len() && levels[order[k]].is_rtl() {
            // Marks reversed before their letter: the letter, then the marks as typed.
            out.push(order[k]);
            out.extend(order[start..k].iter().rev());
            k += 1;
        } else if k > start {
            out.extend(&order[start..k]);
        } else {
            out.push(order[k]);
            k += 1;
        }
    }
    out
}

/// Rule L4: a bracket in right-to-left text is drawn facing the other way.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        '⁅' => '⁆',
        '⁆' => '⁅',
        other => other,
    }
}

/// A row of the interface (a label, a note, the footer, a list row) in visual order: laid out
/// in the interface's direction, right-aligned when that is right to left. A left-to-right
/// interface only reorders the right-to-left words a row holds (a city's name, a title).
pub fn row(line: Line<'_>) -> Line<'_> {
    if interface_rtl() {
        reorder(line, true).alignment(Alignment::Right)
    } else {
        reorder(line, false)
    }
}

/// A row that shows the workbook's or the user's text (an answer, a question in a list, a
/// choice) in visual order: laid out in the direction of its own text (an English answer
/// reads left to right in an Arabic interface), placed as the interface's rows are.
pub fn content_row(line: Line<'_>) -> Line<'_> {
    if !line_needed(&line) {
        return line;
    }
    let rtl = paragraph_rtl(&text_of(&line));
    let line = reorder(line, rtl);
    if interface_rtl() {
        line.alignment(Alignment::Right)
    } else {
        line
    }
}

/// A title on a frame (a block's border) in visual order, on the right when the interface
/// reads right to left.
pub fn title(line: Line<'_>) -> Line<'_> {
    row(line)
}

/// `text` (one row: a table cell, an option) in visual order, in its own direction (see
/// [`paragraph_rtl`]); its width does not change.
pub fn text(text: String) -> String {
    if !interface_rtl() && !has_rtl(&text) {
        return text;
    }
    let rtl = paragraph_rtl(&text);
    reorder(Line::from(text), rtl).to_string()
}

/// A paragraph of content, already cut into lines that fit (in logical order), in visual
/// order: its direction from its whole text (see [`paragraph_rtl`]), each line reordered on
/// its own, right-aligned when right to left (trailing spaces dropped, so that the text
/// meets the right edge).
pub fn paragraph<'a>(whole: &str, lines: Vec<Line<'a>>) -> Vec<Line<'a>> {
    let rtl = paragraph_rtl(whole);
    if !rtl && !has_rtl(whole) {
        return lines;
    }
    lines
        .into_iter()
        .map(|line| {
            if rtl {
                reorder(trim_end(line), true).alignment(Alignment::Right)
            } else {
                reorder(line, false)
            }
        })
        .collect()
}

/// `line` without the spaces it ends with.
fn trim_end(mut line: Line<'_>) -> Line<'_> {
    while let Some(last) = line.spans.last_mut() {
        let trimmed = last.content.trim_end_matches(' ');
        if trimmed.is_empty() {
            line.spans.pop();
            continue;
        }
        if trimmed.len() < last.content.len() {
            last.content = Cow::Owned(trimmed.to_string());
        }
        break;
    }
    line
}

/// Logical `lines` (each a paragraph) wrapped to `width` columns at spaces, each wrapped line
/// in visual order (see [`paragraph`]).
pub fn wrap(lines: &[Line<'static>], width: u16) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for line in lines {
        let line = unjoin_line(line.clone());
        let mut wrapped = Vec::new();
        super::markdown::wrap_line(&line, 0, usize::from(width.max(1)), &mut wrapped);
        out.extend(paragraph(&text_of(&line), wrapped));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Style};

    fn visual(text: &str, rtl: bool) -> String {
        reorder(Line::from(text.to_string()), rtl)
            .to_string()
            .replace(ZWNJ, "")
    }

    /// The letters of `text` in the opposite order, as a right-to-left word is drawn.
    fn backwards(text: &str) -> String {
        text.chars().rev().collect()
    }

    #[test]
    fn left_to_right_text_is_left_as_it_is() {
        assert_eq!(
            visual("Question 1 of 32 (required)", false),
            "Question 1 of 32 (required)"
        );
    }

    #[test]
    fn an_arabic_sentence_is_drawn_from_the_right() {
        // "The city's plan" in logical order; on screen its last word comes first.
        assert_eq!(
            visual("خطة المدينة", true),
            format!("{} {}", backwards("المدينة"), backwards("خطة"))
        );
    }

    #[test]
    fn latin_names_ids_and_numbers_keep_their_order_inside_arabic() {
        // A year: its digits read left to right.
        assert_eq!(
            visual("خطة 2027 للمدينة", true),
            format!("{} 2027 {}", backwards("للمدينة"), backwards("خطة"))
        );
        // An amount with its currency stays one left-to-right piece.
        assert_eq!(
            visual("الميزانية EUR 16,700 سنويا", true),
            format!(
                "{} EUR 16,700 {}",
                backwards("سنويا"),
                backwards("الميزانية")
            )
        );
        // A city's name and a question's id.
        assert_eq!(
            visual("مدينة Riverton: mapping.threats", true),
            format!("Riverton: mapping.threats {}", backwards("مدينة"))
        );
    }

    #[test]
    fn a_date_and_time_stay_in_one_piece_when_isolated() {
        // Numbers after Arabic letters are ordered from the right, part by part...
        assert_eq!(
            visual("عدلت في 2026-11-30 14:02", true),
            format!("14:02 30-11-2026 {} {}", backwards("في"), backwards("عدلت"))
        );
        // ...unless the date is isolated, as the home screen does.
        let _ar = crate::messages::speak_on_this_thread("ar");
        let isolated = format!("عدلت في {}", isolate_ltr("2026-11-30 14:02"));
        assert!(
            visual(&isolated, true).starts_with("2026-11-30 14:02 "),
            "{}",
            visual(&isolated, true)
        );
    }

    #[test]
    fn arabic_inside_a_left_to_right_line_is_reordered_in_place() {
        assert_eq!(
            visual("Outline of رسم خرائط", false),
            format!("Outline of {} {}", backwards("خرائط"), backwards("رسم"))
        );
    }

    #[test]
    fn brackets_face_the_right_way_and_vowel_signs_stay_on_their_letter() {
        // "(F4: example)": the brackets are mirrored with the text they hold.
        assert_eq!(
            visual("إرشادات (F4)", true),
            format!("(F4) {}", backwards("إرشادات"))
        );
        // جزئيًا: the tanwin (U+064B) follows its letter on screen too.
        let shown = visual("جزئيًا", true);
        assert_eq!(shown, "ايًئزج");
        assert_eq!(
            unicode_width::UnicodeWidthStr::width(shown.as_str()),
            unicode_width::UnicodeWidthStr::width("جزئيًا")
        );
    }

    #[test]
    fn styles_follow_their_characters() {
        let red = Style::new().fg(Color::Red);
        let line = Line::from(vec![Span::styled("F1", red), Span::raw(" مساعدة")]);
        let shown = reorder(line, true);
        assert_eq!(shown.to_string(), format!("{} F1", backwards("مساعدة")));
        let last = shown.spans.last().unwrap();
        assert_eq!((last.content.as_ref(), last.style), ("F1", red));
    }

    #[test]
    fn a_paragraph_is_wrapped_in_logical_order_then_each_line_reordered() {
        let text = "أي عمل سابق يمثل نقطة انطلاق في 2027";
        let lines = wrap(&[Line::from(text)], 20);
        let shown: Vec<String> = lines.iter().map(ToString::to_string).collect();
        // The first words are on the first line, drawn from the right.
        let first: Vec<String> = ["يمثل", "سابق", "عمل", "أي"]
            .iter()
            .map(|w| backwards(w))
            .collect();
        assert_eq!(shown[0], first.join(" "));
        for line in &lines {
            assert!(line.width() <= 20, "{line}");
            assert_eq!(line.alignment, Some(Alignment::Right));
        }
        assert!(shown.last().unwrap().starts_with("2027 "), "{shown:?}");
        // Left-to-right paragraphs are not touched.
        let english = wrap(&[Line::from("one two three four")], 9);
        assert_eq!(english[0].alignment, None);
    }

    #[test]
    fn lam_and_alef_are_counted_as_the_two_cells_a_terminal_gives_them() {
        use unicode_width::UnicodeWidthStr;
        // The width tables count لا as one cell, the ligature.
        assert_eq!("لا".width(), 1);
        assert_eq!(unjoin("لا").width(), 2);
        assert_eq!(unjoin("Lyon"), "Lyon");
        assert_eq!(unjoin(&unjoin("لا")), unjoin("لا"), "once is enough");
        // Reversing "ال" makes "لا": the visual text is counted as drawn too.
        let shown = reorder(Line::from("البدء"), true);
        assert_eq!(shown.width(), 5);
        let wrapped = wrap(&[Line::from("لا ينطبق على الاحتياجات")], 12);
        for line in &wrapped {
            let cells: usize = line
                .spans
                .iter()
                .flat_map(|s| s.content.chars())
                .map(|c| c.width().unwrap_or(0))
                .sum();
            assert_eq!(line.width(), cells, "{line}");
            assert!(cells <= 12, "{line}");
        }
    }

    #[test]
    fn the_direction_of_a_paragraph_is_its_first_strong_character() {
        assert_eq!(first_strong_rtl("2027: رسم"), Some(true));
        assert_eq!(first_strong_rtl("Lyon رسم"), Some(false));
        assert_eq!(first_strong_rtl("2027 (1)"), None);
    }
}
