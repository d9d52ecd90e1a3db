//! TOML with every character in [`super::must_escape`] written as `\uXXXX`, except the line
//! breaks of multi-line strings, which are the text's own lines. The `toml` serializer escapes
//! C0 controls and DEL in basic strings but writes C1 controls and bidi marks raw, and picks
//! literal strings ('...', '''...''') that cannot hold escapes, so its output is rewritten: raw
//! characters in basic strings become escapes, and a literal string holding any becomes the
//! equivalent basic string.

use std::fmt::Write as _;

use serde::Serialize;

use super::{find_escape, must_escape};

/// Serializes like `toml::to_string`, then escapes (see the module comment).
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, ::toml::ser::Error> {
    ::toml::to_string(value).map(escape_strings)
}

/// Rewrites the strings (keys and values) of a TOML document so that none holds a raw
/// character that must be escaped; the document parses to the same data.
fn escape_strings(text: String) -> String {
    // Profiles can be large and almost never hold such characters: skip the rewrite then.
    if find_escape(&text).is_none() {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text.as_str();
    while let Some(at) = rest.find(['"', '\'', '#']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        rest = if rest.starts_with('#') {
            comment(rest, &mut out)
        } else if rest.starts_with("\"\"\"") {
            ml_basic(rest, &mut out)
        } else if rest.starts_with('"') {
            basic(rest, &mut out)
        } else if rest.starts_with("'''") {
            ml_literal(rest, &mut out)
        } else {
            literal(rest, &mut out)
        };
    }
    out.push_str(rest);
    out
}

/// A comment runs to the end of the line and may hold quotes; it is copied as it is, since a
/// comment cannot hold escapes (the serializer writes none).
fn comment<'t>(rest: &'t str, out: &mut String) -> &'t str {
    let end = rest.find('\n').unwrap_or(rest.len());
    out.push_str(&rest[..end]);
    &rest[end..]
}

/// `"..."`: escapes are copied as they are, raw characters that must not stay raw are escaped.
fn basic<'t>(rest: &'t str, out: &mut String) -> &'t str {
    out.push('"');
    let mut chars = rest.char_indices().skip(1);
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => {
                out.push('"');
                return &rest[at + 1..];
            }
            '\\' => {
                out.push('\\');
                if let Some((_, next)) = chars.next() {
                    out.push(next);
                }
            }
            c => push_char(c, out),
        }
    }
    ""
}

/// `"""..."""`: like a basic string, but line breaks stay raw, a backslash at the end of a line
/// still trims the whitespace after it, and up to two quotes just before the closing delimiter
/// belong to the text.
fn ml_basic<'t>(rest: &'t str, out: &mut String) -> &'t str {
    out.push_str("\"\"\"");
    let mut at = 3;
    while let Some(c) = rest[at..].chars().next() {
        let tail = &rest[at..];
        if c == '"' {
            let run = quote_run(tail, '"');
            out.push_str(&tail[..run]);
            at += run;
            if run >= 3 {
                return &rest[at..];
            }
        } else if c == '\\' {
            if let Some(trimmed) = line_ending_backslash(tail) {
                // The whitespace it trims is no part of the text; dropping it drops its tabs.
                out.push_str("\\\n");
                at += trimmed;
            } else {
                let escape = tail
                    .char_indices()
                    .nth(2)
                    .map_or(tail.len(), |(end, _)| end);
                out.push_str(&tail[..escape]);
                at += escape;
            }
        } else {
            let len = line_break(tail).unwrap_or(0);
            if len > 0 {
                out.push_str(&tail[..len]);
                at += len;
            } else {
                push_char(c, out);
                at += c.len_utf8();
            }
        }
    }
    ""
}

/// `'...'`: copied as it is unless it holds a character to escape; then written as a basic
/// string, the only form that can escape it.
fn literal<'t>(rest: &'t str, out: &mut String) -> &'t str {
    let Some(end) = rest[1..].find('\'').map(|i| i + 1) else {
        out.push_str(rest);
        return "";
    };
    let text = &rest[1..end];
    if text.chars().any(must_escape) {
        out.push('"');
        text.chars().for_each(|c| push_escaped(c, out));
        out.push('"');
    } else {
        out.push_str(&rest[..=end]);
    }
    &rest[end + 1..]
}

/// `'''...'''`: as for `'...'`, written as `"""..."""` when it must be, with its line breaks and
/// its first-line trimming unchanged.
fn ml_literal<'t>(rest: &'t str, out: &mut String) -> &'t str {
    let Some(close) = rest[3..].find("'''").map(|i| i + 3) else {
        out.push_str(rest);
        return "";
    };
    let run = quote_run(&rest[close..], '\'');
    let end = close + run - 3;
    let text = &rest[3..end];
    let after = &rest[end + 3..];
    if !needs_escape_ml(text) {
        out.push_str(&rest[..end + 3]);
        return after;
    }
    out.push_str("\"\"\"");
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let len = line_break(&text[at..]).unwrap_or(0);
        if len > 0 {
            out.push_str(&text[at..at + len]);
            at += len;
        } else {
            push_escaped(c, out);
            at += c.len_utf8();
        }
    }
    out.push_str("\"\"\"");
    after
}

fn needs_escape_ml(text: &str) -> bool {
    text.char_indices()
        .any(|(at, c)| must_escape(c) && c != '\n' && !text[at..].starts_with("\r\n"))
}

/// The length of a line break (LF or CRLF) at the start of `text`.
fn line_break(text: &str) -> Option<usize> {
    if text.starts_with('\n') {
        Some(1)
    } else if text.starts_with("\r\n") {
        Some(2)
    } else {
        None
    }
}

/// `\`, optional spaces or tabs, a line break, and all whitespace after it: the length of that
/// line-ending backslash, if `text` starts with one.
fn line_ending_backslash(text: &str) -> Option<usize> {
    let blanks = text[1..].find(|c| c != ' ' && c != '\t').map(|i| i + 1)?;
    line_break(&text[blanks..])?;
    let end = text[blanks..]
        .find(|c: char| !matches!(c, ' ' | '\t' | '\n' | '\r'))
        .map_or(text.len(), |i| i + blanks);
    Some(end)
}

fn quote_run(text: &str, quote: char) -> usize {
    text.find(|c| c != quote).unwrap_or(text.len())
}

/// A raw character inside a basic string.
fn push_char(c: char, out: &mut String) {
    if must_escape(c) {
        push_u_escape(c, out);
    } else {
        out.push(c);
    }
}

/// A character of a literal string, rewritten into a basic string.
fn push_escaped(c: char, out: &mut String) {
    match c {
        '\\' => out.push_str("\\\\"),
        '"' => out.push_str("\\\""),
        c => push_char(c, out),
    }
}

fn push_u_escape(c: char, out: &mut String) {
    // Every character to escape lies in the Basic Multilingual Plane: four digits suffice.
    let _ = write!(out, "\\u{:04X}", u32::from(c));
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use serde::{Deserialize, Serialize};

    use super::{escape_strings, to_string};
    use crate::encode::must_escape;

    /// Raw characters left in a document, other than line breaks (LF or CRLF: layout, or the
    /// lines of a multi-line string).
    fn raw(text: &str) -> Vec<char> {
        text.char_indices()
            .filter(|(at, c)| must_escape(*c) && *c != '\n' && !text[*at..].starts_with("\r\n"))
            .map(|(_, c)| c)
            .collect()
    }

    fn same_data(original: &str, escaped: &str) {
        let a: toml::Table = toml::from_str(original).unwrap();
        let b: toml::Table = toml::from_str(escaped).unwrap();
        assert_eq!(a, b, "{original:?}\n{escaped:?}");
        assert_eq!(raw(escaped), Vec::<char>::new(), "{escaped:?}");
    }

    #[test]
    fn c1_and_bidi_in_a_basic_string_become_escapes() {
        let mut doc = BTreeMap::new();
        doc.insert("v", "a\u{9b}31m\u{202e}b\u{7f}");
        assert_eq!(
            to_string(&doc).unwrap(),
            "v = \"a\\u009B31m\\u202Eb\\u007F\"\n"
        );
    }

    #[test]
    fn a_literal_string_holding_one_becomes_a_basic_string() {
        // A backslash or a double quote makes the serializer pick '...'.
        let mut doc = BTreeMap::new();
        doc.insert("v", "C:\\dir \"x\"\u{9b}\ttab");
        let text = to_string(&doc).unwrap();
        assert_eq!(text, "v = \"C:\\\\dir \\\"x\\\"\\u009B\\u0009tab\"\n");
        same_data(&toml::to_string(&doc).unwrap(), &text);
    }

    #[test]
    fn multi_line_strings_keep_their_lines() {
        let mut doc = BTreeMap::new();
        doc.insert("ml_basic", "line \u{202e}one\nline two\n");
        doc.insert("ml_literal", "back\\slash\u{85}\nnext");
        let text = to_string(&doc).unwrap();
        assert!(
            text.contains("\"\"\"\nback\\\\slash\\u0085\nnext\"\"\""),
            "{text}"
        );
        assert!(text.contains("line \\u202Eone\nline two\n"), "{text}");
        same_data(&toml::to_string(&doc).unwrap(), &text);
    }

    #[test]
    fn quoted_keys_are_escaped_too() {
        let mut doc: BTreeMap<&str, BTreeMap<&str, i32>> = BTreeMap::new();
        doc.entry("t\u{9b}").or_default().insert("k\u{2066}", 1);
        doc.entry("has'quote\u{9b}")
            .or_default()
            .insert("\\\u{7f}", 2);
        let text = to_string(&doc).unwrap();
        assert!(text.contains("[\"t\\u009B\"]\n\"k\\u2066\" = 1"), "{text}");
        same_data(&toml::to_string(&doc).unwrap(), &text);
    }

    #[test]
    fn every_string_form_written_by_hand_reads_back_the_same() {
        let doc = concat!(
            "# a comment with \"quotes\" and 'apostrophes'\n",
            "'lit\u{9b}key' = 'lit\u{202e}value \"q\" \\ \ttab'\n",
            "\"basic\u{9b}\" = \"esc \\\" \\\\ \\u0041 \u{2067}\"\n",
            "mlb = \"\"\"\nfirst line trimmed\u{9b}\n  \\\t\n \t joined \\\" \u{85}\"\"\"\"\"\n",
            "mll = '''\nkeep \\n raw\u{200e}\n''x'''''\n",
            "crlf = '''a\r\nb\u{9b}'''\n",
            "arr = ['x\u{9b}', \"y\u{9b}\", { 'in\u{9b}' = '''z\u{9b}''' }]\n",
            "[\"t\u{9b}\".'u\u{9b}']\n",
            "plain = 'nothing to do'\n",
        );
        let escaped = escape_strings(doc.to_string());
        same_data(doc, &escaped);
        assert!(escaped.contains("plain = 'nothing to do'"), "{escaped}");
        assert!(escaped.contains("# a comment with \"quotes\""), "{escaped}");
    }

    #[test]
    fn text_without_such_characters_is_left_alone() {
        let doc = "a = 'C:\\x'\nb = \"\"\"\nx\"\"\"\n[\"q r\"]\n";
        assert_eq!(escape_strings(doc.to_string()), doc);
    }

    fn hostile_char() -> impl Strategy<Value = char> {
        prop_oneof![
            prop::char::range('\u{0}', '\u{a0}'),
            prop::sample::select(vec![
                '\u{61c}', '\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}',
                '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '"', '\\', '\'', '\n',
                '\r', '\t', 'é', '😀',
            ]),
            any::<char>(),
        ]
    }

    fn hostile_string() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::collection::vec(hostile_char(), 0..24).prop_map(|cs| cs.into_iter().collect()),
            // Runs of quotes next to line breaks and backslashes pick the multi-line forms and
            // test their closing delimiters.
            prop::collection::vec(
                prop::sample::select(vec![
                    "'''", "\"\"\"", "''", "\"\"", "\n", "\\", "\u{9b}", "a"
                ]),
                0..8
            )
            .prop_map(|parts| parts.concat()),
        ]
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Doc {
        top: BTreeMap<String, String>,
        tables: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    }

    proptest! {
        #[test]
        fn serialized_values_and_keys_round_trip_without_raw_characters(
            top in prop::collection::btree_map(hostile_string(), hostile_string(), 0..5),
            tables in prop::collection::btree_map(
                hostile_string(),
                prop::collection::btree_map(
                    hostile_string(),
                    prop::collection::vec(hostile_string(), 0..3),
                    0..3,
                ),
                0..3,
            ),
        ) {
            let doc = Doc { top, tables };
            let text = to_string(&doc).unwrap();
            prop_assert_eq!(raw(&text), Vec::<char>::new(), "{}", text);
            let back: Doc = toml::from_str(&text).unwrap();
            prop_assert_eq!(back, doc);
        }

        /// Hand-built documents in every string form the grammar has, including forms the
        /// serializer does not pick today, read back the same once escaped.
        #[test]
        fn every_form_reads_back_the_same(
            parts in prop::collection::vec((0..4usize, hostile_string(), 0..3usize, any::<bool>()), 1..6),
        ) {
            let mut doc = String::new();
            for (i, (form, text, quotes, first_newline)) in parts.iter().enumerate() {
                let value = encode_as(*form, text, *quotes, *first_newline);
                // The suffix keeps keys distinct, so every generated document is valid.
                let key = encode_as(*form % 2 * 2, &format!("{text}#{i}"), 0, false);
                doc.push_str(&format!("k{i} = {value}\n{key} = {i}\n"));
            }
            let original: toml::Table = doc.parse().unwrap();
            let escaped = escape_strings(doc.clone());
            prop_assert_eq!(raw(&escaped), Vec::<char>::new(), "{:?}", escaped);
            let back: toml::Table = escaped.parse().unwrap();
            prop_assert_eq!(back, original);
        }
    }

    /// `text` as a TOML string: 0 basic, 1 multi-line basic, 2 literal, 3 multi-line literal
    /// (multi-line forms with `quotes` quotes just before the closing delimiter and optionally
    /// a first line break that TOML trims). Characters a form cannot hold are escaped (basic
    /// forms) or replaced (literal forms), keeping the non-ASCII ones raw.
    fn encode_as(form: usize, text: &str, quotes: usize, first_newline: bool) -> String {
        let basic = |c: char, ml: bool| match c {
            '"' | '\\' => format!("\\{c}"),
            '\n' if ml => "\n".to_string(),
            c if c.is_ascii_control() => format!("\\u{:04X}", u32::from(c)),
            c => c.to_string(),
        };
        let literal = |c: char, ml: bool| match c {
            '\'' => "x".to_string(),
            '\n' if ml => "\n".to_string(),
            '\t' => "\t".to_string(),
            c if c.is_ascii_control() => "x".to_string(),
            c => c.to_string(),
        };
        let lead = if first_newline { "\n" } else { "" };
        match form {
            0 => format!(
                "\"{}\"",
                text.chars().map(|c| basic(c, false)).collect::<String>()
            ),
            1 => format!(
                "\"\"\"{lead}{}{}\"\"\"",
                text.chars().map(|c| basic(c, true)).collect::<String>(),
                "\"".repeat(quotes)
            ),
            2 => format!(
                "'{}'",
                text.chars().map(|c| literal(c, false)).collect::<String>()
            ),
            _ => format!(
                "'''{lead}{}{}'''",
                text.chars().map(|c| literal(c, true)).collect::<String>(),
                "'".repeat(quotes)
            ),
        }
    }
}
