//! The HTML plan: the markdown rendered by comrak in its safe mode, with the SVG pictures put
//! where the template called `chart(...)`, in one self-contained page that allows no scripts,
//! no external requests and prints on A4.
//!
//! For print, each `## ` chapter is its own `<section>`: a chapter holding a table too wide for
//! a portrait page (`WIDE_TABLE` columns or more) prints on landscape pages, and every page has a footer
//! naming the plan and its edition, with the page number. No word is ever broken to make a table
//! fit: tables sit in a box that scrolls sideways on a narrow screen, dates and sums of money
//! stay on one line, and only a very long unbroken string (an address) may break anywhere.

use std::fmt::Write;

use comrak::nodes::{AstNode, NodeValue};
use comrak::{Arena, Options, format_html, parse_document};

use crate::tr;

use super::escape::{one_line, xml};
use super::model::Plan;
use super::money;
use super::svg;
use super::template::MARKER;

/// Locks the page down: no script, no external file, only inline styles and data: images.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE: &str = include_str!("plan.css");

/// A table with this many columns or more does not fit a portrait A4 page with its words whole:
/// its chapter prints on landscape pages.
pub(super) const WIDE_TABLE: usize = 7;

/// A run of this many characters without a space is an address or a code, not a word: it may
/// break after a `/` and, as a last resort, anywhere.
const LONG_WORD: usize = 30;

/// The page for `markdown`, the plan's markdown. `built_in`: it was written by the built-in
/// template, so its halves can be made into HTML apart (see [`chapters_in_halves`]).
pub fn render(markdown: &str, plan: &Plan, built_in: bool) -> String {
    // The word joiner that keeps GFM viewers from linking an e-mail address in the markdown is
    // not needed here (autolinks are off) and would break an address copied from the page.
    let body = if built_in && intros_stay_in_place(plan) {
        chapters_in_halves(markdown)
    } else {
        chapters(markdown)
    };
    page(body, plan)
}

/// The page around `body`, its sections, with the charts drawn where it calls for them.
pub fn page(mut body: String, plan: &Plan) -> String {
    if body.contains(super::escape::WORD_JOINER) {
        body = body.replace(super::escape::WORD_JOINER, "");
    }
    let messages = plan.words.messages;
    let title = xml(&tr!(in messages; "plan-html-title", city = &plan.city));
    let language = xml(&plan.language);
    let direction = if right_to_left(&plan.language) {
        " dir=\"rtl\""
    } else {
        ""
    };
    let footer = css_string(
        &tr!(in messages; "plan-html-footer", city = &plan.city, edition = &plan.edition.title),
    );
    let pages = page_numbers(messages);
    // The page is written once, into room for it all: growing it as it is written copied the
    // body (a hundred kilobytes) several times, onto memory touched for the first time.
    let mut out = String::with_capacity(STYLE.len() + body.len() + body.len() / 4 + 1024);
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{language}\"{direction}>\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>\n{STYLE}@page {{ @bottom-left {{ content: {footer}; }} @bottom-right {{ content: {pages}; }} }}\n</style>\n</head>\n<body>\n<main>\n"
    );
    insert_charts(&mut out, &body, plan);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// "Page 3 of 12" in the plan's language, as CSS content: the message's words as strings
/// around the page counters.
fn page_numbers(messages: &crate::messages::Messages) -> String {
    let (page, pages) = ('\u{F0000}', '\u{F0001}');
    let text = tr!(in messages; "plan-page-of", page = page.to_string(), pages = pages.to_string());
    let mut parts = Vec::new();
    let mut words = String::new();
    for c in text.chars() {
        let counter = match c {
            _ if c == page => "counter(page)",
            _ if c == pages => "counter(pages)",
            _ => {
                words.push(c);
                continue;
            }
        };
        if !words.is_empty() {
            parts.push(css_string_spaced(&std::mem::take(&mut words)));
        }
        parts.push(counter.to_string());
    }
    if !words.is_empty() {
        parts.push(css_string_spaced(&words));
    }
    parts.join(" ")
}

/// Whether a language is written right to left (Arabic, Hebrew, Persian, Urdu).
pub fn right_to_left(language: &str) -> bool {
    matches!(
        language.split('-').next().unwrap_or_default(),
        "ar" | "he" | "fa" | "ur"
    )
}

/// comrak's safe mode with GFM tables. Raw HTML (which only workbook-written Markdown could
/// hold: answers are escaped) is shown as text, dangerous link schemes are dropped, and bare
/// addresses are not turned into links.
pub(super) fn options() -> Options<'static> {
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.autolink = false;
    options.render.r#unsafe = false;
    options.render.escape = true;
    options
}

/// Whether the chapters' openings, the only markdown in a plan the program does not write
/// itself (every answer and label is escaped), are free of what can reach past a chapter's
/// end: a fence or an HTML block left open, or a link reference definition (which applies to
/// the whole document).
pub(super) fn intros_stay_in_place(plan: &Plan) -> bool {
    plan.chapters
        .iter()
        .filter_map(|c| c.intro.as_deref())
        .all(|intro| !intro.contains(['`', '~', '<']) && !intro.contains("]:"))
}

/// [`chapters`] for markdown the built-in template wrote, in two halves made into HTML at once
/// on two threads: parsing and writing the demo plan's 70 KB took 11 M instructions on one.
///
/// The markdown is cut before a line that starts with `## ` after a blank line, near the
/// middle. Nothing the template writes can hide such a line or reach past it (every answer is
/// escaped: no `#` starts a line, no fence, no HTML, no link definition), and the chapters'
/// openings were checked by [`intros_stay_in_place`]; so the line is a top-level heading, which
/// [`chapters`] starts a section at anyway, and each half parses as it does in the whole.
fn chapters_in_halves(markdown: &str) -> String {
    let mut middle = markdown.len() / 2;
    while !markdown.is_char_boundary(middle) {
        middle += 1;
    }
    let cut = markdown[middle..]
        .find("\n\n## ")
        .map(|i| middle + i + 2)
        .or_else(|| markdown[..middle].rfind("\n\n## ").map(|i| i + 2));
    let Some(cut) = cut else {
        return chapters(markdown);
    };
    let (first, second) = markdown.split_at(cut);
    std::thread::scope(|scope| {
        let later = scope.spawn(|| chapters(second));
        let mut html = chapters(first);
        // A panic in the other half is a bug; carry it on.
        html.push_str(
            &later
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        );
        html
    })
}

/// The document as HTML, one `<section>` per `## ` chapter (the cover before the first one is
/// a section too), each rendered by comrak from its own part of the parsed document.
fn chapters(markdown: &str) -> String {
    let options = options();
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options);
    let mut parts: Vec<Vec<&AstNode>> = vec![Vec::new()];
    for node in root.children() {
        let chapter = matches!(&node.data().value, NodeValue::Heading(h) if h.level == 2);
        if chapter && !parts.last().is_some_and(Vec::is_empty) {
            parts.push(Vec::new());
        }
        parts.last_mut().expect("one part at least").push(node);
    }
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    let mut html = String::new();
    for part in parts.into_iter().filter(|p| !p.is_empty()) {
        let heading = matches!(&part[0].data().value, NodeValue::Heading(h) if h.level == 2);
        let wide = part.iter().any(|node| {
            node.descendants().any(
                |d| matches!(&d.data().value, NodeValue::Table(t) if t.num_columns >= WIDE_TABLE),
            )
        });
        let document: &AstNode = arena.alloc(NodeValue::Document.into());
        for node in part {
            node.detach();
            document.append(node);
        }
        html.clear();
        // Writing to a String cannot fail.
        let _ = format_html(document, &options, &mut html);
        push_section(&mut out, &html, heading, wide);
    }
    out
}

/// One section of the page: the cover (`heading` false) or a chapter, printed on landscape
/// pages when `wide`, with its words marked and its tables in scroll boxes.
pub(super) fn push_section(out: &mut String, html: &str, heading: bool, wide: bool) {
    let class = match (heading, wide) {
        (false, false) => "cover",
        (false, true) => "cover wide",
        (true, false) => "chapter",
        (true, true) => "chapter wide",
    };
    out.push_str("<section class=\"");
    out.push_str(class);
    out.push_str("\">\n");
    mark_words_into(out, html);
    out.push_str("</section>\n");
}

/// A tag as the page has it: each table in a box that scrolls sideways when the screen is
/// narrower than the table. comrak writes `<table>` without attributes and escapes `<` in text
/// and attributes, so these are its tables.
fn push_tag(out: &mut String, tag: &str) {
    match tag {
        "<table>" => out.push_str("<div class=\"scroll\">\n<table>"),
        "</table>" => out.push_str("</table>\n</div>"),
        _ => out.push_str(tag),
    }
}

/// Sets how words may break at the end of a line: each run of [`LONG_WORD`] characters or more
/// without a space (an address) goes in `<span class="long">`, which may break anywhere, with a
/// break opportunity after each `/`; a date or a number range goes in `<span class="nowrap">`
/// so that it does not break at a hyphen. Only text between tags is touched: comrak escapes `<`
/// and `>` in text and attributes.
#[cfg(test)]
fn mark_words(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    mark_words_into(&mut out, html);
    out
}

/// [`mark_words`] (with each table in its scroll box, see [`push_tag`]), written to `out`.
fn mark_words_into(out: &mut String, html: &str) {
    let mut rest = html;
    let mut words: Vec<(&str, Option<char>)> = Vec::new();
    while !rest.is_empty() {
        if rest.starts_with('<') {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            push_tag(out, &rest[..end]);
            rest = &rest[end..];
            continue;
        }
        let end = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..end];
        rest = &rest[end..];
        if nothing_to_mark(text) {
            out.push_str(text);
        } else {
            mark_text(out, text, &mut words);
        }
    }
}

/// [`mark_words`] for text between two tags; `words` is room for its words.
fn mark_text<'t>(out: &mut String, text: &'t str, words: &mut Vec<(&'t str, Option<char>)>) {
    // Each word with the space after it (none after the last).
    words.clear();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            words.push((&text[start..i], Some(c)));
            start = i + c.len_utf8();
        }
    }
    words.push((&text[start..], None));
    let mut i = 0;
    while i < words.len() {
        let mut last = i;
        while words[last].1 == Some(' ')
            && last + 1 < words.len()
            && one_sum(words[last].0, words[last + 1].0)
        {
            last += 1;
        }
        if last > i {
            out.push_str("<span class=\"nowrap\">");
            for (k, (word, _)) in words[i..=last].iter().enumerate() {
                if k > 0 {
                    out.push(' ');
                }
                out.push_str(word);
            }
            out.push_str("</span>");
        } else {
            push_word(out, words[i].0);
        }
        if let Some(space) = words[last].1 {
            out.push(space);
        }
        i = last + 1;
    }
}

/// Whether `text` certainly holds nothing [`mark_words`] marks, as most text does: no digit
/// (every sum, date and range has one) and no run of [`LONG_WORD`] bytes between ASCII spaces
/// (a long word is at least that many bytes, and other spaces only shorten the runs).
fn nothing_to_mark(text: &str) -> bool {
    let mut run = 0;
    for &b in text.as_bytes() {
        if b.is_ascii_digit() {
            return false;
        }
        run = if b.is_ascii_whitespace() { 0 } else { run + 1 };
        if run >= LONG_WORD {
            return false;
        }
    }
    true
}

fn push_word(out: &mut String, word: &str) {
    // No word shorter in bytes is long enough to see, nor a range without a hyphen.
    if word.len() >= LONG_WORD && visible_len(word) >= LONG_WORD {
        out.push_str("<span class=\"long\">");
        let mut previous = ' ';
        let mut chars = word.chars().peekable();
        while let Some(c) = chars.next() {
            out.push(c);
            // After each `/` but not inside or after the `//` of `https://`.
            if c == '/' && previous != '/' && chars.peek().is_some_and(|n| *n != '/') {
                out.push_str("<wbr>");
            }
            previous = c;
        }
        out.push_str("</span>");
    } else if word.contains('-') && is_number_range(word) {
        out.push_str("<span class=\"nowrap\">");
        out.push_str(word);
        out.push_str("</span>");
    } else {
        out.push_str(word);
    }
}

/// Whether two words side by side are parts of one sum of money, which must not break between
/// them: a currency and its amount (`EUR 12,000`, `€ 5`, `12,000 EUR`) or the groups of digits
/// of an amount written with spaces (`12 000`).
fn one_sum(first: &str, second: &str) -> bool {
    // Every sum has an amount, which starts with a digit: most pairs of words stop here.
    let digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    if !digit(first) && !digit(second) {
        return false;
    }
    let digits = |w: &str| w.trim_end_matches(|c: char| !c.is_ascii_digit()).len();
    let amount = |w: &str| {
        let core = &w[..digits(w)];
        !core.is_empty()
            && w.starts_with(|c: char| c.is_ascii_digit())
            && core
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    };
    let group = |w: &str| {
        let core = &w[..digits(w)];
        core.len() == 3
            && w.starts_with(|c: char| c.is_ascii_digit())
            && core.chars().all(|c| c.is_ascii_digit())
    };
    let currency = |w: &str| {
        let w = w.trim_matches(|c: char| c.is_ascii_punctuation() && !money::is_currency_sign(c));
        (w.len() == 3 && w.chars().all(|c| c.is_ascii_uppercase()))
            || (!w.is_empty() && w.chars().all(money::is_currency_sign))
    };
    // Punctuation between them (`136,500: EUR`) ends the sum.
    let joins = |c: char| c.is_alphanumeric() || money::is_currency_sign(c);
    first.ends_with(joins)
        && second.starts_with(joins)
        && ((currency(first) && amount(second))
            || (amount(first) && (group(second) || currency(second))))
}

/// A date or a range of numbers (`2026-12-01`, `16-24`), maybe with punctuation around it,
/// which must not break at its hyphens.
fn is_number_range(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    core.contains('-')
        && core.chars().all(|c| c.is_ascii_digit() || c == '-')
        && core.starts_with(|c: char| c.is_ascii_digit())
        && core.ends_with(|c: char| c.is_ascii_digit())
}

/// The characters a reader sees in escaped HTML text: an entity (`&amp;`) counts as one.
fn visible_len(text: &str) -> usize {
    let mut count = 0;
    let mut in_entity = false;
    for c in text.chars() {
        match c {
            '&' => in_entity = true,
            ';' if in_entity => in_entity = false,
            _ if in_entity => continue,
            _ => {}
        }
        count += 1;
    }
    count
}

/// `text` as a CSS string: anything but letters, digits, spaces and plain punctuation is
/// written as an escape, so no text can end the string or the `<style>` element.
fn css_string(text: &str) -> String {
    css_string_of(&one_line(text))
}

/// [`css_string`] for a piece of a line, keeping a space at either end ("Page " before a
/// counter).
fn css_string_spaced(text: &str) -> String {
    let mut line = one_line(text);
    if text.starts_with(char::is_whitespace) {
        line.insert(0, ' ');
    }
    if text.ends_with(char::is_whitespace) {
        line.push(' ');
    }
    css_string_of(&line)
}

fn css_string_of(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if c.is_alphanumeric() || " ,.:;()-'\u{b7}".contains(c) {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

/// Replaces each paragraph holding only a chart marker with its SVG figure.
fn insert_charts(out: &mut String, body: &str, plan: &Plan) {
    let open = format!("<p>{MARKER}chart:");
    let close = format!("{MARKER}</p>");
    let mut rest = body;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        let Some(end) = after.find(&close) else {
            break;
        };
        // Only a marker alone in its paragraph is a chart: a name of letters, digits and `:`.
        let name = &after[..end];
        if !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == ':')
        {
            out.push_str(&rest[..at + open.len()]);
            rest = after;
            continue;
        }
        out.push_str(&rest[..at]);
        out.push_str(&figure(&after[..end], plan));
        rest = &after[end + close.len()..];
    }
    out.push_str(rest);
}

/// The figure of the chart a marker names: `progress`, `stakeholders`, `timeline` or
/// `indicator:N`; nothing when there is nothing to draw.
fn figure(name: &str, plan: &Plan) -> String {
    if let Some(index) = name.strip_prefix("indicator:") {
        let Some(since) = &plan.since_last_round else {
            return String::new();
        };
        let Some(indicator) = index
            .parse::<usize>()
            .ok()
            .and_then(|i| since.indicators.get(i))
        else {
            return String::new();
        };
        let svg = svg::indicator(indicator, &since.round.label, &plan.words);
        if svg.is_empty() {
            return String::new();
        }
        return format!(
            "<figure class=\"chart indicator\"><figcaption>{}</figcaption>{svg}</figure>\n",
            xml(&indicator.indicator)
        );
    }
    let words = &plan.words;
    let svg = match name {
        "progress" => svg::progress(&plan.summary.areas, words),
        "stakeholders" => svg::stakeholders(&plan.stakeholders, words),
        "timeline" => svg::timeline(&plan.actions, words),
        _ => String::new(),
    };
    if svg.is_empty() {
        String::new()
    } else {
        format!("<figure class=\"chart\">{svg}</figure>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chapters_are_sections_and_wide_tables_make_wide_chapters() {
        let html = chapters(
            "# Title\n\nCover.\n\n## One\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n## Two\n\n\
             | a | b | c | d | e | f | g |\n| --- | --- | --- | --- | --- | --- | --- |\n\
             | 1 | 2 | 3 | 4 | 5 | 6 | 7 |\n\n### Sub\n\nText.\n",
        );
        assert_eq!(html.matches("<section").count(), 3, "{html}");
        assert!(html.starts_with("<section class=\"cover\">\n<h1>Title</h1>"));
        assert!(html.contains("<section class=\"chapter\">\n<h2>One</h2>"));
        assert!(html.contains("<section class=\"chapter wide\">\n<h2>Two</h2>"));
        assert_eq!(html.matches("<div class=\"scroll\">\n<table>").count(), 2);
        assert_eq!(html.matches("</table>\n</div>").count(), 2);
        assert!(html.contains("<h3>Sub</h3>\n<p>Text.</p>\n</section>"));
    }

    #[test]
    fn a_nested_heading_does_not_start_a_chapter() {
        let html = chapters("## One\n\n> ## Quoted\n\n- ## Listed\n");
        assert_eq!(html.matches("<section").count(), 1, "{html}");
    }

    #[test]
    fn words_break_only_where_a_reader_expects_it_and_tags_are_left_alone() {
        let address = "https://example.org/a-very/long/address?x=1&amp;y=2";
        let html = format!("<p>Short words <a href=\"{address}\">{address}</a> end</p>");
        assert_eq!(
            mark_words(&html),
            format!(
                "<p>Short words <a href=\"{address}\"><span class=\"long\">https://example.org/<wbr>a-very/<wbr>long/<wbr>address?x=1&amp;y=2</span></a> end</p>"
            )
        );
        let word = "Gemeinschaftssicherheitsrat";
        assert_eq!(mark_words(word), word);
        assert_eq!(
            mark_words(
                "<td>EUR 136,500: (EUR 60,000) and 12 000 EUR; $ 5 or 3 of 15, in 2026 DEF</td>"
            ),
            "<td><span class=\"nowrap\">EUR 136,500:</span> <span class=\"nowrap\">(EUR 60,000)</span> and <span class=\"nowrap\">12 000 EUR;</span> <span class=\"nowrap\">$ 5</span> or 3 of 15, in <span class=\"nowrap\">2026 DEF</span></td>"
        );
        assert_eq!(
            mark_words("<td>2026-12-01 to 2027-02-28, aged 16-24 (2027-2029) x-1 -5</td>"),
            "<td><span class=\"nowrap\">2026-12-01</span> to <span class=\"nowrap\">2027-02-28,</span> aged <span class=\"nowrap\">16-24</span> <span class=\"nowrap\">(2027-2029)</span> x-1 -5</td>"
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Text the quick look passes over comes out as marking it word by word would write it.
        #[test]
        fn text_with_nothing_to_mark_is_left_as_it_is(
            text in "[a-zA-Z0-9 ,.;:()$€£/&#\\-\u{a0}\u{b}\t\n]{0,80}"
        ) {
            let mut words = Vec::new();
            let mut marked = String::new();
            mark_text(&mut marked, &text, &mut words);
            proptest::prop_assert_eq!(mark_words(&text), marked);
        }
    }

    #[test]
    fn footer_text_cannot_leave_its_string() {
        assert_eq!(
            css_string("Köln \"x\" </style>\\"),
            "\"Köln \\22 x\\22  \\3c \\2f style\\3e \\5c \""
        );
    }
}
