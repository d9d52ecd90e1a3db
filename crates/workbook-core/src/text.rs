//! Making untrusted text (from workbooks, answers, file names) safe to print on a terminal.

/// Removes terminal control sequences and control characters, keeping newlines and tabs.
///
/// Escape sequences are dropped whole (not just their ESC byte) so that the remainder of an
/// OSC title change or CSI screen clear does not leak as visible junk. Bidirectional override
/// and isolate characters are dropped too: they can make a line display in a misleading order.
pub fn sanitize(input: &str) -> String {
    if plainly_safe(input, true) {
        return input.to_string();
    }
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\n' | '\t' => out.push(c),
            c if c.is_control() || is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Like [`sanitize`], but also folds newlines and tabs into spaces, for one-line displays.
pub fn sanitize_line(input: &str) -> String {
    if plainly_safe(input, false) {
        return input.to_string();
    }
    sanitize(input)
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect()
}

/// Whether `input` holds nothing [`sanitize`] would change, by its bytes alone: no C0 control
/// (bar newline and tab when `breaks`), no DEL, and none of the lead bytes of C1 controls
/// (0xC2) or of bidi controls (0xD8, 0xE2). Most workbook text passes, and is then copied
/// whole instead of char by char (a 10,000-question workbook opens that much sooner).
fn plainly_safe(input: &str, breaks: bool) -> bool {
    !input.bytes().any(|b| {
        (b < 0x20 && !(breaks && (b == b'\n' || b == b'\t')))
            || b == 0x7f
            || b == 0xc2
            || b == 0xd8
            || b == 0xe2
    })
}

/// Text as two entries of "the same" thing (an action, an indicator, a name) are compared:
/// spaces folded, case ignored, a final full stop dropped.
pub fn matching_key(text: &str) -> String {
    // One pass into one string: the plan compares every action and indicator of two rounds.
    let mut key = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        if word.is_ascii() {
            let start = key.len();
            key.push_str(word);
            key[start..].make_ascii_lowercase();
        } else {
            key.push_str(&word.to_lowercase());
        }
    }
    let kept = key.trim_end_matches('.').len();
    key.truncate(kept);
    key
}

/// A one-line, sanitised word to paste into a shell command we suggest: in double quotes when
/// it holds a space, a quote or a shell character, so that `--city "São Paulo"` works as shown.
pub fn shell_word(input: &str) -> String {
    let line = sanitize_line(input);
    let plain = !line.is_empty()
        && line
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | ',' | ':'));
    if plain {
        line
    } else {
        let escaped: String = line
            .chars()
            .flat_map(|c| match c {
                '"' | '\\' | '$' | '`' => vec!['\\', c],
                _ => vec![c],
            })
            .collect();
        format!("\"{escaped}\"")
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

fn skip_escape(chars: &mut Chars) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']') | Some('P') | Some('X') | Some('^') | Some('_') => {
            chars.next();
            skip_string(chars);
        }
        Some(_) => {
            chars.next();
        }
        None => {}
    }
}

/// A CSI sequence ends with a byte in 0x40..=0x7e.
fn skip_csi(chars: &mut Chars) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
    }
}

/// OSC, DCS and similar strings end with BEL or ST (ESC \).
fn skip_string(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_keys_fold_spaces_case_and_a_final_full_stop() {
        assert_eq!(
            matching_key("  Train  frontline\tstaff. "),
            "train frontline staff"
        );
        assert_eq!(
            matching_key("Former les ÉQUIPES de terrain..."),
            "former les équipes de terrain"
        );
        assert_eq!(matching_key("ΟΔΟΣ ΟΔΟΣ"), "ΟΔΟΣ ΟΔΟΣ".to_lowercase());
        assert_eq!(matching_key(""), "");
    }

    #[test]
    fn drops_title_change_and_screen_clear() {
        let hostile = "ok\u{1b}]0;pwned\u{7} \u{1b}[2J\u{1b}[Hend";
        assert_eq!(sanitize(hostile), "ok end");
    }

    #[test]
    fn drops_clipboard_write_terminated_by_st() {
        assert_eq!(sanitize("a\u{1b}]52;c;ZXZpbA==\u{1b}\\b"), "ab");
    }

    #[test]
    fn keeps_unicode_newlines_and_tabs() {
        let text = "Zürich\tقطر\nא\u{301}";
        assert_eq!(sanitize(text), text);
    }

    #[test]
    fn drops_bidi_overrides_and_c1_controls() {
        assert_eq!(sanitize("a\u{202e}b\u{85}c\u{9b}31mx"), "abcx");
    }

    #[test]
    fn one_line_form_folds_newlines() {
        assert_eq!(sanitize_line("a\nb\tc\r"), "a b c");
    }

    #[test]
    fn shell_words_are_quoted_only_when_needed() {
        assert_eq!(shell_word("Lyon"), "Lyon");
        assert_eq!(shell_word("São Paulo"), "\"São Paulo\"");
        assert_eq!(
            shell_word("Alderwyn (demo city)"),
            "\"Alderwyn (demo city)\""
        );
        assert_eq!(shell_word("a\"b$c"), "\"a\\\"b\\$c\"");
        assert_eq!(shell_word(""), "\"\"");
    }
}
