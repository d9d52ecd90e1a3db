//! The one editing core behind every text field (answers, table cells, list items, the other
//! text of a choice, the search box, the city form): the text, the cursor and the keys that
//! change them, following readline so that a key does the same thing in every field.
//! It knows nothing of drawing; [`super::text::TextField`] draws it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The editing keys, as the help overlay lists them while a text field has the focus: the
/// keys, and the message (in `tui.ftl`) saying what they do.
pub const KEYS: &[(&str, &str)] = &[
    ("Ctrl+A Home", "tui-edit-line-start"),
    ("Ctrl+E End", "tui-edit-line-end"),
    ("Alt+B Ctrl+←", "tui-edit-word-back"),
    ("Alt+F Ctrl+→", "tui-edit-word-forward"),
    ("Ctrl+U", "tui-edit-delete-to-start"),
    ("Ctrl+K", "tui-edit-delete-to-end"),
    ("Ctrl+W", "tui-edit-delete-word-before"),
    ("Alt+D", "tui-edit-delete-word-after"),
    ("Ctrl+D Del", "tui-edit-delete-char"),
];

/// What a key did to the text, so that a view can update only what it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Nothing happened (a key this core does not handle).
    None,
    /// Only the cursor moved.
    Moved,
    /// Bytes `at..at + removed` were replaced by `inserted` bytes.
    Text {
        at: usize,
        removed: usize,
        inserted: usize,
    },
}

#[derive(Debug, Clone, Default)]
pub struct EditCore {
    text: String,
    /// A byte offset on a character boundary.
    cursor: usize,
    multiline: bool,
}

impl EditCore {
    /// `text` with the cursor at its end.
    pub fn new(text: String, multiline: bool) -> EditCore {
        EditCore {
            cursor: text.len(),
            text,
            multiline,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Puts the cursor at byte `at` (moved back to a character boundary).
    pub fn set_cursor(&mut self, at: usize) {
        let mut at = at.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        self.cursor = at;
    }

    /// Applies one key. Keys that are not for text editing return [`Change::None`].
    pub fn key(&mut self, event: KeyEvent) -> Change {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        let alt = event.modifiers.contains(KeyModifiers::ALT);
        match event.code {
            KeyCode::Char('a') if ctrl => self.move_to(self.line_start()),
            KeyCode::Char('e') if ctrl => self.move_to(self.line_end()),
            KeyCode::Char('u') if ctrl => self.delete(self.line_start(), self.cursor),
            KeyCode::Char('k') if ctrl => self.delete(self.cursor, self.line_end()),
            KeyCode::Char('w') if ctrl => self.delete(self.space_word_before(), self.cursor),
            KeyCode::Char('h') if ctrl => self.delete(self.prev_char(), self.cursor),
            KeyCode::Char('d') if ctrl => self.delete(self.cursor, self.next_char()),
            KeyCode::Char('m' | 'j') if ctrl => self.newline(),
            KeyCode::Char('b') if alt => self.move_to(self.word_before()),
            KeyCode::Char('f') if alt => self.move_to(self.word_after()),
            KeyCode::Char('d') if alt => self.delete(self.cursor, self.word_after()),
            KeyCode::Backspace if alt || ctrl => self.delete(self.word_before(), self.cursor),
            KeyCode::Char(c) if !ctrl && !alt && !c.is_control() => {
                let mut buf = [0u8; 4];
                self.insert(c.encode_utf8(&mut buf))
            }
            KeyCode::Enter => self.newline(),
            KeyCode::Backspace => self.delete(self.prev_char(), self.cursor),
            KeyCode::Delete => self.delete(self.cursor, self.next_char()),
            KeyCode::Left if ctrl => self.move_to(self.word_before()),
            KeyCode::Right if ctrl => self.move_to(self.word_after()),
            KeyCode::Left if !alt => self.move_to(self.prev_char()),
            KeyCode::Right if !alt => self.move_to(self.next_char()),
            KeyCode::Home if ctrl => self.move_to(0),
            KeyCode::End if ctrl => self.move_to(self.text.len()),
            KeyCode::Home => self.move_to(self.line_start()),
            KeyCode::End => self.move_to(self.line_end()),
            _ => Change::None,
        }
    }

    /// Inserts `text` at the cursor (the caller makes it safe to keep).
    pub fn insert(&mut self, text: &str) -> Change {
        if text.is_empty() {
            return Change::None;
        }
        let at = self.cursor;
        self.text.insert_str(at, text);
        self.cursor += text.len();
        Change::Text {
            at,
            removed: 0,
            inserted: text.len(),
        }
    }

    fn newline(&mut self) -> Change {
        if self.multiline {
            self.insert("\n")
        } else {
            Change::None
        }
    }

    fn move_to(&mut self, at: usize) -> Change {
        if at == self.cursor {
            return Change::None;
        }
        self.cursor = at;
        Change::Moved
    }

    fn delete(&mut self, from: usize, to: usize) -> Change {
        if from >= to {
            return Change::None;
        }
        self.text.replace_range(from..to, "");
        self.cursor = from;
        Change::Text {
            at: from,
            removed: to - from,
            inserted: 0,
        }
    }

    fn prev_char(&self) -> usize {
        self.text[..self.cursor]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_char(&self) -> usize {
        self.text[self.cursor..]
            .chars()
            .next()
            .map_or(self.cursor, |c| self.cursor + c.len_utf8())
    }

    /// Where the line holding the cursor starts (a line ends at a line break).
    pub fn line_start(&self) -> usize {
        self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1)
    }

    pub fn line_end(&self) -> usize {
        self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i)
    }

    /// The start of the word before the cursor, words being letters and digits (readline's
    /// Alt+B).
    fn word_before(&self) -> usize {
        let trimmed = self.text[..self.cursor].trim_end_matches(|c: char| !c.is_alphanumeric());
        trimmed
            .char_indices()
            .rfind(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(i, c)| i + c.len_utf8())
    }

    /// The end of the word after the cursor (readline's Alt+F).
    fn word_after(&self) -> usize {
        let rest = &self.text[self.cursor..];
        let skip = rest.find(char::is_alphanumeric).unwrap_or(rest.len());
        let end = rest[skip..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(rest.len(), |i| skip + i);
        self.cursor + end
    }

    /// The start of the blank-separated word before the cursor (readline's Ctrl+W).
    fn space_word_before(&self) -> usize {
        let before = &self.text[..self.cursor];
        let trimmed = before.trim_end_matches(char::is_whitespace);
        trimmed.rfind(char::is_whitespace).map_or(0, |i| {
            i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(core: &mut EditCore, code: KeyCode, mods: KeyModifiers) -> Change {
        core.key(KeyEvent::new(code, mods))
    }

    fn ctrl(core: &mut EditCore, c: char) -> Change {
        press(core, KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    fn alt(core: &mut EditCore, c: char) -> Change {
        press(core, KeyCode::Char(c), KeyModifiers::ALT)
    }

    #[test]
    fn readline_line_keys() {
        let mut core = EditCore::new("one two three".into(), false);
        ctrl(&mut core, 'a');
        assert_eq!(core.cursor(), 0);
        ctrl(&mut core, 'e');
        assert_eq!(core.cursor(), 13);
        ctrl(&mut core, 'w');
        assert_eq!(core.text(), "one two ");
        alt(&mut core, 'b');
        assert_eq!(core.cursor(), 4);
        ctrl(&mut core, 'k');
        assert_eq!(core.text(), "one ");
        press(&mut core, KeyCode::Char('x'), KeyModifiers::NONE);
        ctrl(&mut core, 'u');
        assert_eq!(core.text(), "");
    }

    #[test]
    fn word_moves_skip_punctuation_like_readline() {
        let mut core = EditCore::new("Lyon, Youth-Council".into(), false);
        alt(&mut core, 'b');
        assert_eq!(&core.text()[core.cursor()..], "Council");
        alt(&mut core, 'b');
        assert_eq!(&core.text()[core.cursor()..], "Youth-Council");
        alt(&mut core, 'b');
        assert_eq!(core.cursor(), 0);
        alt(&mut core, 'f');
        assert_eq!(&core.text()[core.cursor()..], ", Youth-Council");
        alt(&mut core, 'f');
        assert_eq!(&core.text()[core.cursor()..], "-Council");
    }

    #[test]
    fn line_keys_work_on_the_cursor_line_of_a_long_text() {
        let mut core = EditCore::new("first line\nsecond line".into(), true);
        alt(&mut core, 'b');
        ctrl(&mut core, 'u');
        assert_eq!(core.text(), "first line\nline");
        ctrl(&mut core, 'a');
        assert_eq!(core.cursor(), 11);
        press(&mut core, KeyCode::Backspace, KeyModifiers::NONE);
        assert_eq!(core.text(), "first lineline");
    }

    #[test]
    fn wide_characters_are_deleted_whole() {
        let mut core = EditCore::new("東京 é".into(), false);
        press(&mut core, KeyCode::Backspace, KeyModifiers::NONE);
        press(&mut core, KeyCode::Left, KeyModifiers::NONE);
        press(&mut core, KeyCode::Backspace, KeyModifiers::NONE);
        assert_eq!(core.text(), "東 ");
        ctrl(&mut core, 'w');
        assert_eq!(core.text(), " ");
    }

    #[test]
    fn enter_breaks_only_a_long_text() {
        let mut one = EditCore::new("x".into(), false);
        assert_eq!(
            press(&mut one, KeyCode::Enter, KeyModifiers::NONE),
            Change::None
        );
        let mut many = EditCore::new("x".into(), true);
        press(&mut many, KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(many.text(), "x\n");
    }
}
