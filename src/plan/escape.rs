//! Escaping untrusted text (answers, workbook labels) for the generated documents.
//!
//! One escaper serves every markdown context the template can put a value in (a paragraph, a
//! list item, a heading, a table cell), so a template author cannot pick the wrong one: the
//! result has no line break, no leading indentation and every character that could open an
//! inline or block construct is backslash-escaped. Answer text therefore always stays text.

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
    let chars: Vec<char> = cleaned.trim().chars().collect();
    let mut out = String::with_capacity(chars.len() + 8);
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    for (index, &c) in chars.iter().enumerate() {
        let before = index.checked_sub(1).map(|i| chars[i]);
        let after = chars.get(index + 1).copied();
        let list_marker = index == digits && digits > 0 && (c == '.' || c == ')');
        let scheme = c == ':'
            && before.is_some_and(|b| b.is_ascii_alphanumeric() || "+-.".contains(b))
            && after.is_some_and(|a| !a.is_whitespace());
        let www = c == '.'
            && index >= 3
            && chars[index - 3..index]
                .iter()
                .all(|w| w.eq_ignore_ascii_case(&'w'));
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
    }
    out
}

/// A character GitHub-flavoured markdown accepts on either side of an e-mail address's `@`.
fn email_part(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._+-".contains(c)
}

/// Folds line breaks and tabs into single spaces and removes characters that are invisible or
/// could reorder the displayed text.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if c.is_control() || is_hidden(c) {
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// Bidirectional overrides and isolates, the private-use character the HTML renderer uses
/// for its chart markers (so no text can forge a marker), and the byte-order mark (invisible,
/// and dropped by markdown parsers at the start of a document).
fn is_hidden(c: char) -> bool {
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

/// Text for a mermaid gantt task or section name: mermaid has no escaping, so every character
/// that means something to it (`:` `;` `#` `%` quotes, brackets) is dropped, which also keeps
/// the text from closing the surrounding code fence.
pub fn mermaid(text: &str) -> String {
    let kept: String = one_line(text)
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | ',' | '/' | '(' | ')'))
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
    let address = address.trim();
    let lower = address.to_ascii_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    let plain = address
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '\\' | '`' | '"'));
    if web && plain {
        format!("<{address}>")
    } else {
        markdown(address)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn mermaid_text_loses_its_syntax() {
        assert_eq!(mermaid("Open: hub; #x ```"), "Open hub x");
        assert_eq!(mermaid(":::"), "untitled");
    }
}
