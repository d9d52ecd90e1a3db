//! Escaping untrusted text (answers, workbook labels) for the generated documents.
//!
//! One escaper serves every markdown context the template can put a value in (a paragraph, a
//! list item, a heading, a table cell), so a template author cannot pick the wrong one: the
//! result has no line break, no leading indentation and every character that could open an
//! inline or block construct is backslash-escaped. Answer text therefore always stays text.
//!
//! Long answers keep the shape the user typed (paragraphs, line breaks, bullet and numbered
//! lists) through [`blocks`], and [`markdown_blocks`] writes those blocks as markdown whose
//! only structure is theirs: every line and list item in it is escaped by [`markdown`].

/// Characters that can start or close an inline construct anywhere in a line (emphasis, code,
/// links, images, autolinks, raw HTML, entities, table cells, strikethrough) or a block
/// construct at the start of a line (headings, quotes, lists, thematic breaks, setext
/// underlines, fences).
const ALWAYS: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '!', '|', '~', '&', '#', '$', '^',
];

/// Characters that only mean something at the start of a line (list items, setext underlines,
/// table delimiter rows, definition-list details).
const AT_START: &[char] = &['-', '+', '=', ':'];

/// Put before an `@` that follows the local part of an e-mail address. GitHub-flavoured
/// markdown finds e-mail addresses after it has joined the text (escapes and entities
/// included), so no escape can keep `a@b.org` from becoming a `mailto:` link; this invisible
/// character, which forbids a line break and shows nothing, can.
pub const WORD_JOINER: char = '\u{2060}';

/// Escapes `text` for any markdown context. Line breaks become spaces (a table row must stay
/// one line), control characters and bidirectional overrides are dropped, and a leading run of
/// digits followed by `.` or `)` cannot start an ordered list.
///
/// Bare addresses stay text too, under GitHub-flavoured markdown's autolinks and markdown-it's
/// linkify as well as in CommonMark: a `:` between a letter, digit, `.`, `+` or `-` and a
/// character that is not a space (the end of a scheme, as in `https://` or `mailto:a`, but not
/// `Other: text`) is escaped, the `.` of `www.` is escaped, and an `@` between the two halves
/// of an e-mail address gets a [`WORD_JOINER`] before it. The text a reader sees is unchanged.
pub fn markdown(text: &str) -> String {
    let cleaned = one_line(text);
    let text = cleaned.trim();
    let mut out = String::with_capacity(text.len() + text.len() / 8 + 8);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    // The three characters before the current one, nearest last (for `www.`).
    let mut behind = ['\0'; 3];
    let bytes = text.as_bytes();
    // Where the current character starts, and how many characters come before it.
    let (mut at, mut index) = (0, 0);
    while at < bytes.len() {
        // Letters, digits and spaces are most of any text and never need a thought: a run of
        // them is copied whole.
        let run = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b' ')
            .count();
        if run > 0 {
            out.push_str(&text[at..at + run]);
            for &b in &bytes[at + run.saturating_sub(3)..at + run] {
                behind = [behind[1], behind[2], char::from(b)];
            }
            at += run;
            index += run;
            continue;
        }
        let mut rest = text[at..].chars();
        let Some(c) = rest.next() else { break };
        let next = rest.next();
        let before = (index > 0).then_some(behind[2]);
        if c == '@' && before.is_some_and(email_part) && next.is_some_and(email_part) {
            out.push(WORD_JOINER);
        }
        if needs_backslash(c, index, digits, before, next, &behind) {
            out.push('\\');
        }
        out.push(c);
        behind = [behind[1], behind[2], c];
        at += c.len_utf8();
        index += 1;
    }
    out
}

/// A separator of the plan's own words (", ", " : ") for markdown, as it goes between two
/// values, never at the start of a line: on one line, keeping one space before and after it
/// where it has white space, with every character that opens an inline construct escaped.
pub fn separator(text: &str) -> String {
    let core = one_line(text);
    let mut out = String::with_capacity(core.len() + 4);
    if text.starts_with(char::is_whitespace) {
        out.push(' ');
    }
    for c in core.chars() {
        if ALWAYS.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    if text.ends_with(char::is_whitespace) && !core.is_empty() {
        out.push(' ');
    }
    out
}

/// Whether [`markdown`] escapes `c`, the character at `index` (in characters) of the text,
/// which starts with `digits` ASCII digits, between `before` and `after`.
fn needs_backslash(
    c: char,
    index: usize,
    digits: usize,
    before: Option<char>,
    after: Option<char>,
    behind: &[char; 3],
) -> bool {
    let list_marker = index == digits && digits > 0 && (c == '.' || c == ')');
    let scheme = c == ':'
        && before.is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, '+' | '-' | '.'))
        && after.is_some_and(|a| !a.is_whitespace());
    let www = c == '.' && index >= 3 && behind.iter().all(|w| w.eq_ignore_ascii_case(&'w'));
    ALWAYS.contains(&c) || list_marker || scheme || www || (index == 0 && AT_START.contains(&c))
}

/// A character GitHub-flavoured markdown accepts on either side of an e-mail address's `@`.
fn email_part(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._+-".contains(c)
}

/// The narrow no-break space that French writes between groups of digits (`16 700,50`): kept
/// as it is, so that a sum never breaks across lines; every other white space is folded.
pub const NARROW_NO_BREAK_SPACE: char = '\u{202F}';

/// White space that [`one_line`] folds into a single space.
fn folds(c: char) -> bool {
    c.is_whitespace() && c != NARROW_NO_BREAK_SPACE
}

/// Folds line breaks and tabs into single spaces and removes characters that are invisible or
/// could reorder the displayed text.
pub fn one_line(text: &str) -> String {
    // Most text is already one clean line; copying it whole is several times faster.
    if is_one_line(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // ASCII without decoding: white space, control characters, and runs of the rest.
        let b = bytes[at];
        if matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            space = true;
            at += 1;
            continue;
        }
        if b < 0x20 || b == 0x7f {
            at += 1;
            continue;
        }
        let run = bytes[at..]
            .iter()
            .take_while(|&&b| b > b' ' && b < 0x7f)
            .count();
        let len = if run > 0 {
            run
        } else {
            let Some(c) = text[at..].chars().next() else {
                break;
            };
            if folds(c) {
                space = true;
                at += c.len_utf8();
                continue;
            }
            if c.is_control() || is_hidden(c) {
                at += c.len_utf8();
                continue;
            }
            c.len_utf8()
        };
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push_str(&text[at..at + len]);
        at += len;
    }
    out
}

/// [`one_line`], borrowing `text` when it is one clean line already, as most text is.
pub fn one_line_cow(text: &str) -> std::borrow::Cow<'_, str> {
    if is_one_line(text) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(one_line(text))
    }
}

/// Whether [`one_line`] would return `text` unchanged: no whitespace but single spaces between
/// words, nothing invisible.
fn is_one_line(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    if text.is_ascii() {
        // Printable ASCII only (folded without stopping early, which the compiler turns into
        // whole-vector compares), and no two spaces in a row.
        let unprintable = bytes
            .iter()
            .fold(false, |any, &b| any | (b.wrapping_sub(b' ') >= 0x7f - b' '));
        // Each byte with the next, in the same way: a search for "  " costs more.
        let doubled = bytes
            .iter()
            .zip(bytes.get(1..).unwrap_or_default())
            .fold(false, |any, (&a, &b)| any | ((a == b' ') & (b == b' ')));
        return !unprintable && !doubled;
    }
    // Byte by byte, decoding only what is not ASCII (the first and last byte are no space).
    let mut previous_space = false;
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        if b.is_ascii() {
            let space = b == b' ';
            if !(b' '..0x7f).contains(&b) || (space && previous_space) {
                return false;
            }
            previous_space = space;
            at += 1;
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        if folds(c) || c.is_control() || is_hidden(c) {
            return false;
        }
        previous_space = false;
        at += c.len_utf8();
    }
    true
}

/// Bidirectional overrides and isolates, the private-use character the HTML renderer uses
/// for its chart markers (so no text can forge a marker), and the byte-order mark (invisible,
/// and dropped by markdown parsers at the start of a document).
pub(crate) fn is_hidden(c: char) -> bool {
    matches!(
        c,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{e000}'..='\u{f8ff}' | '\u{feff}'
    )
}

/// Splits long text into paragraphs (at blank lines); each paragraph is one line of text,
/// escaped later by the template's formatter.
pub fn paragraphs(text: &str) -> Vec<String> {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    normalised
        .split("\n\n")
        .map(one_line)
        .filter(|p| !p.is_empty())
        .collect()
}

/// One block of a long answer, as the user typed it: what [`blocks`] finds and
/// [`markdown_blocks`] writes. The text is cleaned like [`one_line`] (no control, bidirectional
/// or private-use characters, runs of spaces folded) but not escaped, so it serves JSON too.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// One paragraph; each entry is one line the user typed (line breaks kept as hard breaks).
    Paragraph { lines: Vec<String> },
    /// A list the user typed with `-`, `*`, `+` or `•` bullets, or `1.` / `1)` numbers.
    /// An ordered list always counts from 1 (see [`blocks`]), so its numbers are not stored.
    List { ordered: bool, items: Vec<String> },
}

/// Reads the paragraphs, line breaks and lists in a long answer. Line endings may be `\n`,
/// `\r\n` or `\r`; each line is cleaned like [`one_line`], so indentation and runs of spaces
/// inside a line do not survive.
///
/// The rules, in the order they apply to each line:
///
/// - A blank line (or one of only spaces or invisible characters) ends a paragraph. Blank lines
///   never make an empty block.
/// - A *bullet line* starts with `-`, `*` or `+` and a space, or with `•`, and has text after
///   the marker. Bullet lines in a row make one list, whichever of the markers each uses, and
///   so do bullet lines separated only by blank lines. A bullet line indented under an item
///   ("nested") is one more item of the same list: lists are never nested.
/// - A *numbered line* is one to nine digits, `.` or `)`, a space and text. An ordered list
///   starts only at a line numbered 1 and goes on with the lines numbered 2, 3, … with the same
///   `.` or `)`, no more indented than the first (blank lines between them are allowed). Any
///   other numbered line is ordinary text: `2026. A good year` on its own, or `3. third` after
///   a paragraph, is a paragraph line, shown exactly as typed. So an ordered list's numbers are
///   always 1, 2, 3, … and neither the JSON nor the markdown needs to store them.
/// - Inside a list, a line that is indented more than the item that opened the list, has no
///   blank line before it and is not one of the list's items continues the item above it
///   (joined with a space): `- item` then `  continued` is the item `item continued`, and a
///   numbered line indented under a bullet item (or a bullet under a numbered item) is text of
///   that item.
/// - Any other line ends the list and belongs to a paragraph; consecutive such lines form one
///   paragraph, one entry per line.
pub fn blocks(text: &str) -> Vec<Block> {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<Line> = normalised.split('\n').map(Line::new).collect();
    let mut out = Vec::new();
    let mut paragraph: Vec<String> = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let line = &lines[index];
        if line.text.is_empty() {
            flush(&mut paragraph, &mut out);
            index += 1;
        } else if let Some((list, next)) = list_at(&lines, index) {
            flush(&mut paragraph, &mut out);
            out.push(list);
            index = next;
        } else {
            paragraph.push(line.text.clone());
            index += 1;
        }
    }
    flush(&mut paragraph, &mut out);
    out
}

fn flush(paragraph: &mut Vec<String>, out: &mut Vec<Block>) {
    if !paragraph.is_empty() {
        out.push(Block::Paragraph {
            lines: std::mem::take(paragraph),
        });
    }
}

/// One typed line: how far it is indented (a tab counts as four spaces) and its cleaned text.
struct Line {
    indent: usize,
    text: String,
}

impl Line {
    fn new(raw: &str) -> Line {
        let mut indent = 0;
        for c in raw.chars() {
            match c {
                '\t' => indent += 4,
                c if c.is_whitespace() => indent += 1,
                c if c.is_control() || is_hidden(c) => {}
                _ => break,
            }
        }
        Line {
            indent,
            text: one_line(raw),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    Bullet,
    Number(u64, char),
}

/// The list marker a cleaned line starts with, and the item text after it.
fn marker(text: &str) -> Option<(Marker, &str)> {
    let mut chars = text.chars();
    match chars.next()? {
        '•' => Some((Marker::Bullet, chars.as_str().trim_start())),
        '-' | '*' | '+' => chars
            .as_str()
            .strip_prefix(' ')
            .map(|rest| (Marker::Bullet, rest)),
        _ => {
            let digits = text.chars().take_while(char::is_ascii_digit).count();
            if !(1..=9).contains(&digits) {
                return None;
            }
            let number = text[..digits].parse().ok()?;
            let mut rest = text[digits..].chars();
            let delimiter = rest.next().filter(|d| matches!(d, '.' | ')'))?;
            let item = rest.as_str().strip_prefix(' ')?;
            Some((Marker::Number(number, delimiter), item))
        }
    }
    .filter(|(_, item)| !item.is_empty())
}

/// The list that starts at `lines[start]`, if one does, and the index of the first line after
/// it (the blank lines after a list are left to the caller).
fn list_at(lines: &[Line], start: usize) -> Option<(Block, usize)> {
    let first = &lines[start];
    let (kind, item) = marker(&first.text)?;
    let ordered = match kind {
        Marker::Bullet => false,
        Marker::Number(1, _) => true,
        Marker::Number(..) => return None,
    };
    let mut items = vec![item.to_string()];
    let mut next = start + 1;
    loop {
        let mut index = next;
        while lines.get(index).is_some_and(|l| l.text.is_empty()) {
            index += 1;
        }
        let Some(line) = lines.get(index) else { break };
        let after_blank = index > next;
        let found = marker(&line.text);
        let sibling = match (kind, found) {
            (Marker::Bullet, Some((Marker::Bullet, item))) => Some(item),
            (Marker::Number(_, delimiter), Some((Marker::Number(n, d), item)))
                if d == delimiter && n == items.len() as u64 + 1 && line.indent <= first.indent =>
            {
                Some(item)
            }
            _ => None,
        };
        if let Some(item) = sibling {
            items.push(item.to_string());
        } else if !after_blank && line.indent > first.indent {
            let last = items.last_mut().expect("a list has its first item");
            last.push(' ');
            last.push_str(&line.text);
        } else {
            break;
        }
        next = index + 1;
    }
    Some((Block::List { ordered, items }, next))
}

/// Safe markdown for `blocks`, as separate blocks with a blank line between them and no blank
/// line at either end, for a place at the top level of a document (not in a table cell, where
/// [`markdown`] keeps a value on one line).
///
/// Each paragraph line and list item is escaped by [`markdown`]. Lines of a paragraph end with
/// a backslash, CommonMark's hard line break, which CommonMark, GitHub-flavoured markdown and
/// markdown-it all read alike and which (unlike two trailing spaces) survives editors that
/// trim trailing whitespace. Bullet lists use `*` and ordered lists `1)`, `2)`, …, so a list
/// never merges with a `-` or `1.` list the template writes after it; a list right after
/// another of the same kind uses `+` or `1.` instead, so that the two stay two lists.
pub fn markdown_blocks(blocks: &[Block]) -> String {
    let mut parts: Vec<String> = Vec::new();
    // The kind of the list written last (ordered?) and whether it used the second markers.
    let mut previous: Option<(bool, bool)> = None;
    for block in blocks {
        match block {
            Block::Paragraph { lines } => {
                let lines: Vec<String> = lines
                    .iter()
                    .map(|l| markdown(l))
                    .filter(|l| !l.is_empty())
                    .collect();
                if lines.is_empty() {
                    continue;
                }
                parts.push(lines.join("\\\n"));
                previous = None;
            }
            Block::List { ordered, items } => {
                let items: Vec<String> = items
                    .iter()
                    .map(|i| markdown(i))
                    .filter(|i| !i.is_empty())
                    .collect();
                if items.is_empty() {
                    continue;
                }
                let second = previous == Some((*ordered, false));
                let lines: Vec<String> = items
                    .iter()
                    .enumerate()
                    .map(|(n, item)| match (*ordered, second) {
                        (false, false) => format!("* {item}"),
                        (false, true) => format!("+ {item}"),
                        (true, false) => format!("{}) {item}", n + 1),
                        (true, true) => format!("{}. {item}", n + 1),
                    })
                    .collect();
                parts.push(lines.join("\n"));
                previous = Some((*ordered, second));
            }
        }
    }
    parts.join("\n\n")
}

/// Text for a mermaid gantt task or section name: mermaid has no escaping, so every character
/// that means something to it (`:` `;` `#` `%` quotes, brackets) is dropped, which also keeps
/// the text from closing the surrounding code fence.
pub fn mermaid(text: &str) -> String {
    // An apostrophe would end a mermaid string; the typographic one reads the same.
    let kept: String = one_line(text)
        .chars()
        .map(|c| if c == '\'' { '\u{2019}' } else { c })
        .filter(|c| {
            c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | ',' | '/' | '(' | ')' | '\u{2019}')
        })
        .collect();
    let kept = kept.trim().to_string();
    if kept.is_empty() {
        "untitled".to_string()
    } else {
        kept
    }
}

/// Escapes text for an XML/HTML text node or a double-quoted attribute value.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A markdown autolink for an `http`/`https` address without characters that could end it;
/// anything else is shown as escaped text, so no other scheme ever becomes a link.
pub fn link(address: &str) -> String {
    match web_address(address) {
        Some(address) => format!("<{address}>"),
        None => markdown(address),
    }
}

/// `address` (trimmed) if it may be a link: an `http`/`https` address of printable ASCII
/// without the characters that could end a markdown autolink or an attribute.
pub fn web_address(address: &str) -> Option<&str> {
    let address = address.trim();
    let lower = address.to_ascii_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    let plain = address
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '\\' | '`' | '"'));
    (web && plain).then_some(address)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`markdown`] and [`is_one_line`] as they were first written, character by character:
    /// the faster ones must give exactly what these give.
    mod before {
        use super::super::{ALWAYS, AT_START, WORD_JOINER, email_part, one_line};

        pub fn markdown(text: &str) -> String {
            let cleaned = one_line(text);
            let text = cleaned.trim();
            let mut out = String::with_capacity(text.len() + text.len() / 8 + 8);
            let digits = text.bytes().take_while(u8::is_ascii_digit).count();
            // The three characters before the current one, nearest last (for `www.`).
            let mut behind = ['\0'; 3];
            let mut chars = text.chars().enumerate().peekable();
            while let Some((index, c)) = chars.next() {
                let before = (index > 0).then_some(behind[2]);
                let after = chars.peek().map(|&(_, a)| a);
                let list_marker = index == digits && digits > 0 && (c == '.' || c == ')');
                let scheme = c == ':'
                    && before.is_some_and(|b| b.is_ascii_alphanumeric() || "+-.".contains(b))
                    && after.is_some_and(|a| !a.is_whitespace());
                let www =
                    c == '.' && index >= 3 && behind.iter().all(|w| w.eq_ignore_ascii_case(&'w'));
                if c == '@' && before.is_some_and(email_part) && after.is_some_and(email_part) {
                    out.push(WORD_JOINER);
                }
                if ALWAYS.contains(&c)
                    || list_marker
                    || scheme
                    || www
                    || (index == 0 && AT_START.contains(&c))
                {
                    out.push('\\');
                }
                out.push(c);
                behind = [behind[1], behind[2], c];
            }
            out
        }

        pub fn is_one_line(text: &str) -> bool {
            let bytes = text.as_bytes();
            if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
                return false;
            }
            if text.is_ascii() {
                return bytes
                    .iter()
                    .zip(bytes.iter().skip(1).chain([&b'x']))
                    .all(|(&b, &next)| (b' '..0x7f).contains(&b) && !(b == b' ' && next == b' '));
            }
            let mut previous_space = false;
            let mut last = ' ';
            for c in text.chars() {
                let space = c == ' ';
                if (c.is_whitespace() && !space && c != '\u{202f}')
                    || (space && previous_space)
                    || c.is_control()
                    || super::super::is_hidden(c)
                {
                    return false;
                }
                previous_space = space;
                last = c;
            }
            last != ' '
        }
    }

    /// Text where escaping has work to do: markdown and HTML syntax, addresses, e-mail, `www.`,
    /// list numbers, runs of spaces, control, bidirectional and private-use characters.
    fn tricky() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            any::<String>(),
            "[a-zA-Z0-9 .:@/+\\-_*`#<>\\[\\]()!|~&$^=\t\r\n\u{2060}\u{202e}\u{202f}\u{e000}\u{feff}é\u{a0}]{0,40}",
            "(1\\. |12\\) |www\\.|WwW\\.|https://|mailto:|a@b\\.org| :x|x: )[a-z .:@]{0,12}",
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn markdown_escapes_as_it_did_character_by_character(text in tricky()) {
            proptest::prop_assert_eq!(markdown(&text), before::markdown(&text));
        }

        #[test]
        fn one_line_text_is_found_as_it_was(text in tricky()) {
            proptest::prop_assert_eq!(is_one_line(&text), before::is_one_line(&text));
        }
    }

    /// The character-by-character folding that the fast path of [`one_line`] must agree with.
    fn one_line_slowly(text: &str) -> String {
        let words: Vec<String> = text
            .split(|c: char| c.is_whitespace() && c != '\u{202f}')
            .map(|w| {
                w.chars()
                    .filter(|&c| !c.is_control() && !is_hidden(c))
                    .collect()
            })
            .filter(|w: &String| !w.is_empty())
            .collect();
        words.join(" ")
    }

    proptest::proptest! {
        #[test]
        fn one_line_folds_every_kind_of_text_alike(text in "[a b\\t\\n\\u{7f}\\u{85}\\u{a0}\\u{202e}\\u{202f}é\\u{3000}.]{0,12}") {
            proptest::prop_assert_eq!(one_line(&text), one_line_slowly(&text));
        }

        #[test]
        fn one_line_folds_any_text_alike(text in "(\\PC|[\\x00-\\x20\\x7f\\u{85}\\u{a0}\\u{2028}\\u{202e}\\u{e000}\\u{feff}])*") {
            proptest::prop_assert_eq!(one_line(&text), one_line_slowly(&text));
        }
    }

    #[test]
    fn escapes_block_and_inline_constructs() {
        assert_eq!(markdown("# Title"), "\\# Title");
        assert_eq!(markdown("1. first"), "1\\. first");
        assert_eq!(markdown("a | b"), "a \\| b");
        assert_eq!(markdown("line\n\n- item"), "line - item");
        assert_eq!(markdown("- item"), "\\- item");
        assert_eq!(markdown("    code"), "code");
        assert_eq!(markdown("2026 was good"), "2026 was good");
    }

    #[test]
    fn a_sum_grouped_with_narrow_spaces_stays_whole() {
        assert_eq!(one_line("16\u{202F}700,50\tEUR"), "16\u{202F}700,50 EUR");
        assert_eq!(markdown("\u{202F}16\u{202F}700 "), "16\u{202F}700");
    }

    #[test]
    fn separators_keep_their_spaces_and_escape_what_opens_a_construct() {
        assert_eq!(separator(", "), ", ");
        assert_eq!(separator(" : "), " : ");
        assert_eq!(separator("؛ "), "؛ ");
        assert_eq!(separator(" | "), " \\| ");
        assert_eq!(separator(": "), ": ");
    }

    #[test]
    fn paragraphs_split_at_blank_lines_only() {
        assert_eq!(paragraphs("a\nb\r\n\r\nc\n\n\n"), vec!["a b", "c"]);
    }

    #[test]
    fn links_only_for_web_addresses() {
        assert_eq!(link("https://example.org/a"), "<https://example.org/a>");
        assert_eq!(link("javascript:alert(1)"), "javascript\\:alert(1)");
        assert_eq!(link("https://x.org/<b>"), "https\\://x.org/\\<b\\>");
    }

    #[test]
    fn bare_addresses_stay_text() {
        assert_eq!(markdown("see https://x.org"), "see https\\://x.org");
        assert_eq!(markdown("www.example.org"), "www\\.example.org");
        assert_eq!(markdown("mailto:a"), "mailto\\:a");
        assert_eq!(markdown(":--"), "\\:--");
        assert_eq!(markdown("a@b.org"), "a\u{2060}@b.org");
        assert_eq!(markdown("@mention, a @ b"), "@mention, a @ b");
        assert_eq!(markdown("Time: 10:30, note:"), "Time: 10\\:30, note:");
    }

    fn paragraph(lines: &[&str]) -> Block {
        Block::Paragraph {
            lines: lines.iter().map(|l| l.to_string()).collect(),
        }
    }

    fn list(ordered: bool, items: &[&str]) -> Block {
        Block::List {
            ordered,
            items: items.iter().map(|i| i.to_string()).collect(),
        }
    }

    #[test]
    fn lists_users_type() {
        assert_eq!(blocks("- a\n- b"), vec![list(false, &["a", "b"])]);
        assert_eq!(
            blocks("1. first\n2. second"),
            vec![list(true, &["first", "second"])]
        );
        assert_eq!(
            blocks("1) first\r\n2) second"),
            vec![list(true, &["first", "second"])]
        );
        assert_eq!(blocks("* one\n* two"), vec![list(false, &["one", "two"])]);
        assert_eq!(
            blocks("• one\n•two\n- three"),
            vec![list(false, &["one", "two", "three"])]
        );
        assert_eq!(
            blocks("- item\n  continued"),
            vec![list(false, &["item continued"])]
        );
        assert_eq!(blocks("- a\n\n- b"), vec![list(false, &["a", "b"])]);
        assert_eq!(
            blocks("- a\n  - nested\n- b"),
            vec![list(false, &["a", "nested", "b"])]
        );
        assert_eq!(
            blocks("1. a\n   - x\n2. b"),
            vec![list(true, &["a - x", "b"])]
        );
    }

    #[test]
    fn lines_and_paragraphs_users_type() {
        assert_eq!(
            blocks("Line one\nLine two"),
            vec![paragraph(&["Line one", "Line two"])]
        );
        assert_eq!(
            blocks("Para 1\n\nPara 2"),
            vec![paragraph(&["Para 1"]), paragraph(&["Para 2"])]
        );
        assert_eq!(
            blocks("  \r\rPara\t 1 \r   \n\n"),
            vec![paragraph(&["Para 1"])]
        );
        assert_eq!(
            blocks("Our aims:\n- a\n- b\nThanks"),
            vec![
                paragraph(&["Our aims:"]),
                list(false, &["a", "b"]),
                paragraph(&["Thanks"])
            ]
        );
        assert!(blocks(" \n\u{202e}\n").is_empty());
    }

    #[test]
    fn numbers_that_are_not_lists() {
        assert_eq!(blocks("2026. A year"), vec![paragraph(&["2026. A year"])]);
        assert_eq!(
            blocks("Intro\n3. third\n4. fourth"),
            vec![paragraph(&["Intro", "3. third", "4. fourth"])]
        );
        assert_eq!(
            blocks("1. a\n2. b\n7. c"),
            vec![list(true, &["a", "b"]), paragraph(&["7. c"])]
        );
        assert_eq!(
            blocks("1. a\n2) b"),
            vec![list(true, &["a"]), paragraph(&["2) b"])]
        );
        assert_eq!(
            blocks("-5 degrees\n---"),
            vec![paragraph(&["-5 degrees", "---"])]
        );
    }

    #[test]
    fn blocks_as_markdown() {
        let text = "Line *one*\nLine two\n\n- a\n- b\n\n1. x\n2. y\n\n1. z";
        assert_eq!(
            markdown_blocks(&blocks(text)),
            "Line \\*one\\*\\\nLine two\n\n* a\n* b\n\n1) x\n2) y\n\n1. z"
        );
        assert_eq!(markdown_blocks(&[]), "");
        assert_eq!(
            markdown_blocks(&[paragraph(&["# a", "1. b"]), list(false, &["- c"])]),
            "\\# a\\\n1\\. b\n\n* \\- c"
        );
    }

    #[test]
    fn blocks_serialize_with_a_type() {
        let json = serde_json::to_string(&blocks("a\nb\n\n1. x")).unwrap();
        assert_eq!(
            json,
            r#"[{"type":"paragraph","lines":["a","b"]},{"type":"list","ordered":true,"items":["x"]}]"#
        );
    }

    #[test]
    fn mermaid_text_loses_its_syntax() {
        assert_eq!(mermaid("Open: hub; #x ```"), "Open hub x");
        assert_eq!(mermaid(":::"), "untitled");
    }
}
