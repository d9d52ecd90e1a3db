//! A list answer: one-line items to add, edit, remove and reorder.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::text::TextField;
use crate::text::sanitize_line;
use crate::tui::keys::Act;
use crate::tui::theme::Theme;

#[derive(Debug, Clone)]
pub struct ListField {
    pub items: Vec<String>,
    pub cursor: usize,
    /// The item being typed, if any.
    pub editing: Option<TextField>,
    pub item_label: String,
}

impl ListField {
    pub fn new(items: Vec<String>, item_label: Option<&str>) -> ListField {
        ListField {
            items,
            cursor: 0,
            editing: None,
            item_label: item_label
                .map(sanitize_line)
                .unwrap_or_else(|| "item".into()),
        }
    }

    /// The items, including the one being typed (so a half-typed item is never lost).
    pub fn values(&self) -> Vec<String> {
        let mut items = self.items.clone();
        if let Some(field) = &self.editing
            && let Some(slot) = items.get_mut(self.cursor)
        {
            *slot = field.text();
        }
        items
    }

    pub fn act(&mut self, act: Act) -> bool {
        if self.editing.is_some() {
            return self.act_editing(act);
        }
        let last = self.items.len().saturating_sub(1);
        match act {
            Act::Up => self.cursor = self.cursor.saturating_sub(1),
            Act::Down => self.cursor = (self.cursor + 1).min(last),
            Act::Top | Act::PageUp => self.cursor = 0,
            Act::Bottom | Act::PageDown => self.cursor = last,
            Act::Add => {
                self.items.push(String::new());
                self.cursor = self.items.len() - 1;
                self.editing = Some(TextField::new("", false, None));
                return true;
            }
            Act::Select if !self.items.is_empty() => {
                self.editing = Some(TextField::new(&self.items[self.cursor], false, None));
            }
            Act::Delete if !self.items.is_empty() => {
                self.items.remove(self.cursor);
                self.cursor = self.cursor.min(self.items.len().saturating_sub(1));
                return true;
            }
            Act::MoveUp if self.cursor > 0 => {
                self.items.swap(self.cursor, self.cursor - 1);
                self.cursor -= 1;
                return true;
            }
            Act::MoveDown if self.cursor + 1 < self.items.len() => {
                self.items.swap(self.cursor, self.cursor + 1);
                self.cursor += 1;
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
                if self.items.get(self.cursor).is_some_and(|i| i.is_empty()) {
                    self.items.remove(self.cursor);
                    self.cursor = self.cursor.min(self.items.len().saturating_sub(1));
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
                if self.cursor < self.items.len() {
                    self.items.remove(self.cursor);
                }
                self.cursor = self.cursor.min(self.items.len().saturating_sub(1));
            } else if let Some(slot) = self.items.get_mut(self.cursor) {
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
            let hint = format!("No {} yet. Press a to add one.", self.item_label);
            Line::from(Span::styled(hint, theme.dim())).render(area, buf);
            return;
        }
        let top = self.cursor.saturating_sub(height - 1);
        for (row, i) in (top..self.items.len()).take(height).enumerate() {
            let line_area = Rect {
                y: area.y + row as u16,
                height: 1,
                ..area
            };
            let number = format!("{:>3}. ", i + 1);
            if i == self.cursor
                && let Some(field) = &self.editing
            {
                Line::from(number.clone()).render(line_area, buf);
                let w = number.len() as u16;
                let rest = Rect {
                    x: line_area.x.saturating_add(w).min(line_area.right()),
                    width: line_area.width.saturating_sub(w),
                    ..line_area
                };
                field.render(rest, buf, true);
                continue;
            }
            let style = if i == self.cursor {
                theme.selected()
            } else {
                Default::default()
            };
            let text = format!("{number}{}", sanitize_line(&self.items[i]));
            Line::from(Span::styled(text, style)).render(line_area, buf);
        }
    }
}
