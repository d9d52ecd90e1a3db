//! A list answer: one-line items to add, edit, remove and reorder.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::TextField;
use crate::text::sanitize_line;
use crate::tui::clip::render_line;
use crate::tui::cursor::ListCursor;
use crate::tui::keys::Act;
use crate::tui::scroll::Scrolled;
use crate::tui::theme::Theme;

#[derive(Debug, Clone)]
pub struct ListField {
    pub items: Vec<String>,
    pub cursor: ListCursor,
    /// The item being typed, if any.
    pub editing: Option<TextField>,
    pub item_label: String,
}

impl ListField {
    pub fn new(items: Vec<String>, item_label: Option<&str>) -> ListField {
        ListField {
            cursor: ListCursor::new(items.len()),
            items,
            editing: None,
            item_label: item_label
                .map(sanitize_line)
                .unwrap_or_else(|| crate::tr!("tui-list-item")),
        }
    }

    /// The items, including the one being typed (so a half-typed item is never lost).
    pub fn values(&self) -> Vec<String> {
        let mut items = self.items.clone();
        if let Some(field) = &self.editing
            && let Some(slot) = items.get_mut(self.cursor.pos())
        {
            *slot = field.text();
        }
        items
    }

    pub fn act(&mut self, act: Act) -> bool {
        if self.editing.is_some() {
            return self.act_editing(act);
        }
        let at = self.cursor.pos();
        match act {
            Act::Up | Act::Down | Act::Top | Act::PageUp | Act::Bottom | Act::PageDown => {
                self.cursor.apply(act, self.items.len());
            }
            Act::Add => {
                self.items.push(String::new());
                self.cursor = ListCursor::at(self.items.len() - 1, self.items.len());
                self.editing = Some(TextField::new("", false, None));
                return true;
            }
            Act::Select if !self.items.is_empty() => {
                self.editing = Some(TextField::new(&self.items[at], false, None));
            }
            Act::Delete if !self.items.is_empty() => {
                self.items.remove(at);
                self.cursor.resize(self.items.len());
                return true;
            }
            Act::MoveUp if at > 0 => {
                self.items.swap(at, at - 1);
                self.cursor.up();
                return true;
            }
            Act::MoveDown if at + 1 < self.items.len() => {
                self.items.swap(at, at + 1);
                self.cursor.down();
                return true;
            }
            _ => return false,
        }
        false
    }

    fn act_editing(&mut self, act: Act) -> bool {
        match act {
            Act::Select | Act::Next => {
                self.commit();
                true
            }
            Act::Back => {
                self.editing = None;
                let at = self.cursor.pos();
                if self.items.get(at).is_some_and(|i| i.is_empty()) {
                    self.items.remove(at);
                    self.cursor.resize(self.items.len());
                }
                true
            }
            _ => false,
        }
    }

    /// Ends typing, keeping the text (an emptied item is removed).
    pub fn commit(&mut self) {
        if let Some(field) = self.editing.take() {
            let text = field.text();
            if text.trim().is_empty() {
                if self.cursor.pos() < self.items.len() {
                    self.items.remove(self.cursor.pos());
                }
                self.cursor.resize(self.items.len());
            } else if let Some(slot) = self.items.get_mut(self.cursor.pos()) {
                *slot = text;
            }
        }
    }

    pub fn key(&mut self, event: KeyEvent) -> bool {
        self.editing.as_mut().is_some_and(|f| f.key(event))
    }

    pub fn paste(&mut self, text: &str) -> bool {
        self.editing.as_mut().is_some_and(|f| f.paste(text))
    }

    pub fn height(&self) -> u16 {
        (self.items.len().max(1) + 1) as u16
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: Theme) {
        let height = area.height as usize;
        if height == 0 {
            return;
        }
        if self.items.is_empty() {
            let hint = crate::tr!("tui-list-empty", item = &self.item_label);
            render_line(Line::from(Span::styled(hint, theme.dim())), area, buf);
            return;
        }
        let list = Scrolled::layout(&self.cursor, area, 1);
        for (row, i) in list.window.rows().enumerate() {
            let line_area = list.row(row, 1);
            let number = format!("{:>3}. ", i + 1);
            if i == self.cursor.pos()
                && let Some(field) = &self.editing
            {
                let w = number.len() as u16;
                // Right to left, the number is on the right and the text to its left.
                let rest = if crate::tui::bidi::interface_rtl() {
                    render_line(Line::from(number.clone()), line_area, buf);
                    Rect {
                        width: line_area.width.saturating_sub(w),
                        ..line_area
                    }
                } else {
                    Line::from(number.clone()).render(line_area, buf);
                    Rect {
                        x: line_area.x.saturating_add(w).min(line_area.right()),
                        width: line_area.width.saturating_sub(w),
                        ..line_area
                    }
                };
                field.render(rest, buf, true);
                continue;
            }
            let style = theme.row(Style::new(), i == self.cursor.pos());
            let text = format!("{number}{}", sanitize_line(&self.items[i]));
            crate::tui::clip::render_content_line(
                Line::from(Span::styled(text, style)),
                line_area,
                buf,
            );
        }
        list.render_marks(theme, buf);
    }
}
