//! Compiler-style diagnostics: `path:line:column: error: message`, the offending line, a caret
//! and a hint. Every piece of text from the file is sanitised before it reaches a terminal.
//! The words `error`, `warning` and `hint` are in the user's language; the place, the ids and
//! the values stay as they are.

use std::fmt;
use std::ops::Range;

use serde::Serialize;

use crate::text::sanitize_line;
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: String,
    /// 1-based line and column (in characters); 0 when the problem has no place in the file.
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// The offending line of the file, when known.
    pub source_line: Option<String>,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn new(severity: Severity, path: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            path: path.to_string(),
            line: 0,
            column: 0,
            message: message.into(),
            source_line: None,
            hint: None,
        }
    }

    /// Points the diagnostic at the byte `span` of `source`.
    pub fn at(mut self, source: &str, span: Range<usize>) -> Self {
        let (line, column, text) = locate(source, span.start);
        self.line = line;
        self.column = column;
        self.source_line = Some(text.to_string());
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// 1-based line and column of byte `offset`, and the text of that line.
pub fn locate(source: &str, offset: usize) -> (usize, usize, &str) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i);
    let line = source[..line_start].matches('\n').count() + 1;
    let column = source[line_start..offset].chars().count() + 1;
    let text = source[line_start..line_end].trim_end_matches('\r');
    (line, column, text)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => tr!("core-diag-error"),
            Severity::Warning => tr!("core-diag-warning"),
        };
        let path = sanitize_line(&self.path);
        let message = sanitize_line(&self.message);
        if self.line > 0 {
            writeln!(
                f,
                "{path}:{}:{}: {label}: {message}",
                self.line, self.column
            )?;
        } else {
            writeln!(f, "{path}: {label}: {message}")?;
        }
        if let Some(text) = &self.source_line {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            let (shown, caret_column) = excerpt(&sanitize_line(text), self.column);
            let caret_pad = " ".repeat(caret_column.saturating_sub(1));
            writeln!(f, "{pad} |")?;
            writeln!(f, "{number} | {shown}")?;
            writeln!(f, "{pad} | {caret_pad}^")?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "  = {}: {}", tr!("core-diag-hint"), sanitize_line(hint))?;
        }
        Ok(())
    }
}

/// Longest source line shown in full; longer lines (minified or hostile files) are cut to a
/// window around the column so that one diagnostic never floods the terminal.
const MAX_SHOWN_CHARS: usize = 100;

/// The part of `line` to show and the caret's column within it.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= MAX_SHOWN_CHARS {
        return (line.to_string(), column);
    }
    let index = column.saturating_sub(1).min(chars.len());
    let start = index.saturating_sub(MAX_SHOWN_CHARS / 2);
    let end = (start + MAX_SHOWN_CHARS).min(chars.len());
    let mut shown: String = chars[start..end].iter().collect();
    let mut caret = index - start + 1;
    if start > 0 {
        shown.insert(0, '…');
        caret += 1;
    }
    if end < chars.len() {
        shown.push('…');
    }
    (shown, caret)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_lines_and_columns_in_characters() {
        let source = "a = 1\r\nbé = 2\n";
        assert_eq!(locate(source, 0), (1, 1, "a = 1"));
        let offset = source.find("= 2").unwrap();
        assert_eq!(locate(source, offset), (2, 4, "bé = 2"));
    }

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let line = format!("{}X{}", "a".repeat(500), "b".repeat(500));
        let (shown, caret) = excerpt(&line, 501);
        assert!(shown.chars().count() <= MAX_SHOWN_CHARS + 2);
        assert_eq!(shown.chars().nth(caret - 1), Some('X'));
    }

    #[test]
    fn renders_with_source_line_caret_and_hint() {
        let source = "id = \"x\"\nkind = \"texte\"\n";
        let diag = Diagnostic::new(Severity::Error, "w.toml", "unknown kind")
            .at(source, 16..23)
            .hint("use short_text");
        assert_eq!(
            diag.to_string(),
            "w.toml:2:8: error: unknown kind\n  |\n2 | kind = \"texte\"\n  |        ^\n  = hint: use short_text\n"
        );
    }

    #[test]
    fn the_words_around_the_place_are_in_the_users_language() {
        let source = "id = \"x\"\nkind = \"texte\"\n";
        let diag = Diagnostic::new(Severity::Warning, "w.toml", "type inconnu")
            .at(source, 16..23)
            .hint("utilisez short_text");
        let _fr = crate::messages::speak_on_this_thread("fr");
        assert_eq!(
            diag.to_string(),
            "w.toml:2:8: avertissement: type inconnu\n  |\n2 | kind = \"texte\"\n  |        ^\n  = conseil: utilisez short_text\n"
        );
    }
}
