//! A text field on ratatui-textarea: one line (short text, number, date, list items, cells) or
//! several (long text, wrapped at words).

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Paragraph, Widget};
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

#[derive(Debug, Clone)]
pub struct TextField {
    area: TextArea<'static>,
    multiline: bool,
}

/// Makes pasted text safe to keep: no control characters or escape sequences; line breaks
/// (any convention) kept only where the field has several lines, else folded into spaces.
pub fn clean_paste(text: &str, multiline: bool) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    crate::text::sanitize(&unified)
        .chars()
        .map(|c| match c {
            '\t' => ' ',
            '\n' if !multiline => ' ',
            c => c,
        })
        .collect()
}

impl TextField {
    pub fn new(text: &str, multiline: bool, placeholder: Option<&str>) -> TextField {
        let lines: Vec<String> = if multiline {
            text.split('\n').map(str::to_string).collect()
        } else {
            vec![text.replace('\n', " ")]
        };
        let mut area = TextArea::new(lines);
        area.set_cursor_line_style(Style::new());
        // Styles that need no colour, so that NO_COLOR needs no special case here.
        area.set_cursor_style(Style::new().add_modifier(Modifier::REVERSED));
        area.set_placeholder_style(Style::new().add_modifier(Modifier::DIM));
        if multiline {
            area.set_wrap_mode(WrapMode::WordOrGlyph);
        }
        if let Some(p) = placeholder {
            area.set_placeholder_text(crate::text::sanitize_line(p));
        }
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        TextField { area, multiline }
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// Feeds one key to the field; returns whether the text changed.
    pub fn key(&mut self, event: KeyEvent) -> bool {
        let breaks_line = matches!(event.code, KeyCode::Enter)
            || (event.modifiers.contains(KeyModifiers::CONTROL)
                && matches!(event.code, KeyCode::Char('m' | 'j')));
        if breaks_line && !self.multiline {
            return false;
        }
        if let KeyCode::Char(c) = event.code
            && c.is_control()
        {
            return false;
        }
        self.area.input(event)
    }

    pub fn paste(&mut self, text: &str) -> bool {
        let clean = clean_paste(text, self.multiline);
        !clean.is_empty() && self.area.insert_str(clean)
    }

    /// Draws the field. An unfocused field is drawn as plain text, without a cursor.
    pub fn render(&self, area: Rect, buf: &mut Buffer, focused: bool) {
        if focused {
            (&self.area).render(area, buf);
        } else {
            let text = self.area.lines().join(" ");
            Paragraph::new(text).render(area, buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(field: &mut TextField, text: &str) {
        for c in text.chars() {
            field.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
    }

    #[test]
    fn stores_wide_combining_and_rtl_text_exactly() {
        let mut f = TextField::new("", false, None);
        typed(&mut f, "東京 é قطر");
        assert_eq!(f.text(), "東京 é قطر");
    }

    #[test]
    fn paste_strips_controls_and_folds_lines_on_one_line_fields() {
        let mut one = TextField::new("", false, None);
        one.paste("a\u{1b}[31mb\r\nc\u{7}");
        assert_eq!(one.text(), "ab c");
        let mut many = TextField::new("", true, None);
        many.paste("a\r\nb\tc");
        assert_eq!(many.text(), "a\nb c");
    }

    #[test]
    fn enter_never_breaks_a_one_line_field() {
        let mut f = TextField::new("x", false, None);
        assert!(!f.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
        assert_eq!(f.text(), "x");
    }
}
