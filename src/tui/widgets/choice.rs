//! Single and multiple choice (and yes/no, a single choice of two), with an optional "other"
//! row whose free text is typed in place.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::text::TextField;
use crate::answer::OTHER;
use crate::tui::cursor::ListCursor;
use crate::tui::keys::Act;
use crate::tui::theme::Theme;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Clone)]
pub struct ChoiceField {
    /// (value, sanitised label); the "other" row, when offered, is last with value `OTHER`.
    pub options: Vec<(String, String)>,
    pub multi: bool,
    pub picked: Vec<bool>,
    pub cursor: ListCursor,
    pub other: Option<TextField>,
    /// Whether the user moved the highlight: only then does Enter pick it, so that Enter on an
    /// untouched question moves on without recording the first option as an answer.
    pub moved: bool,
}

impl ChoiceField {
    pub fn new(options: Vec<(String, String)>, multi: bool, other: Option<&str>) -> ChoiceField {
        let mut options = options;
        let other_field = other.map(|text| {
            options.push((OTHER.to_string(), crate::tr!("tui-choice-other")));
            TextField::new(
                text,
                false,
                Some(&crate::tr!("tui-choice-other-placeholder")),
            )
        });
        let picked = vec![false; options.len()];
        ChoiceField {
            moved: false,
            cursor: ListCursor::new(options.len()),
            options,
            multi,
            picked,
            other: other_field,
        }
    }

    pub fn pick_value(&mut self, value: &str) {
        if let Some(i) = self.options.iter().position(|(v, _)| v == value) {
            self.picked[i] = true;
            self.cursor.set(i);
        }
    }

    pub fn values(&self) -> Vec<String> {
        self.options
            .iter()
            .zip(&self.picked)
            .filter(|(_, p)| **p)
            .map(|((v, _), _)| v.clone())
            .collect()
    }

    pub fn other_text(&self) -> Option<String> {
        let text = self.other.as_ref()?.text();
        (!text.trim().is_empty()).then_some(text)
    }

    /// Whether the focus is on the "other" row, so keys type its text.
    pub fn on_other(&self) -> bool {
        self.other.is_some() && self.cursor.pos() + 1 == self.options.len()
    }

    pub fn toggle(&mut self, index: usize) {
        let now = !self.picked[index];
        if !self.multi {
            self.picked.iter_mut().for_each(|p| *p = false);
        }
        self.picked[index] = now;
    }

    /// A single choice picks the highlighted option when the user moves on with Enter.
    pub fn pick_highlighted_if_none(&mut self) -> bool {
        if self.multi || !self.moved || self.picked.iter().any(|p| *p) || self.on_other() {
            return false;
        }
        self.picked[self.cursor.pos()] = true;
        true
    }

    pub fn act(&mut self, act: Act) -> bool {
        if matches!(
            act,
            Act::Up
                | Act::PrevField
                | Act::Down
                | Act::NextField
                | Act::Top
                | Act::PageUp
                | Act::Bottom
                | Act::PageDown
        ) {
            self.moved = true;
        }
        match act {
            Act::PrevField => self.cursor.up(),
            Act::NextField => self.cursor.down(),
            Act::Up | Act::Down | Act::Top | Act::PageUp | Act::Bottom | Act::PageDown => {
                self.cursor.apply(act, self.options.len());
            }
            Act::Toggle => {
                self.toggle(self.cursor.pos());
                return true;
            }
            Act::Delete => {
                self.picked.iter_mut().for_each(|p| *p = false);
                return true;
            }
            _ => return false,
        }
        false
    }

    /// Typed keys go to the "other" text when it has the focus; typing picks "other".
    pub fn key(&mut self, event: KeyEvent) -> bool {
        if !self.on_other() {
            return false;
        }
        let index = self.cursor.pos();
        let Some(field) = self.other.as_mut() else {
            return false;
        };
        // Space ticks the row as on every other option; once there is text it types a space.
        if event.code == KeyCode::Char(' ') && field.is_empty() {
            self.toggle(index);
            return true;
        }
        let changed = field.key(event);
        if changed {
            let has_text = !field.text().trim().is_empty();
            if has_text && !self.picked[index] {
                self.toggle(index);
            } else if !has_text && self.picked[index] {
                self.picked[index] = false;
            }
        }
        changed
    }

    pub fn paste(&mut self, text: &str) -> bool {
        if !self.on_other() {
            return false;
        }
        let index = self.cursor.pos();
        let changed = self.other.as_mut().is_some_and(|f| f.paste(text));
        if changed && !self.picked[index] {
            self.toggle(index);
        }
        changed
    }

    pub fn height(&self) -> u16 {
        self.options.len() as u16
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: Theme) {
        let height = area.height as usize;
        if height == 0 {
            return;
        }
        let (window, more) = super::list_window(&self.cursor, height);
        if let Some(more) = more {
            let y = area.y + (window.end - window.start) as u16;
            // A right-to-left interface draws it right-aligned and in visual order.
            crate::tui::clip::render_line(
                Line::from(Span::styled(more, theme.dim())),
                Rect {
                    y,
                    height: 1,
                    ..area
                },
                buf,
            );
        }
        for (row, i) in window.rows().enumerate() {
            let (value, label) = &self.options[i];
            let mark = match (self.multi, self.picked[i]) {
                (true, true) => "[x] ",
                (true, false) => "[ ] ",
                (false, true) => "(•) ",
                (false, false) => "( ) ",
            };
            let style = if i == self.cursor.pos() {
                theme.selected()
            } else {
                Default::default()
            };
            let line_area = Rect {
                y: area.y + row as u16,
                height: 1,
                ..area
            };
            let head = Line::from(vec![Span::styled(format!("{mark}{label}"), style)]);
            crate::tui::clip::render_content_line(head, line_area, buf);
            if value == OTHER
                && let Some(field) = &self.other
            {
                let used = (mark.chars().count() + label.width() + 1) as u16;
                // Right to left, the label is on the right and the text to its left.
                let rest = if crate::tui::bidi::interface_rtl() {
                    Rect {
                        width: line_area.width.saturating_sub(used),
                        ..line_area
                    }
                } else {
                    Rect {
                        x: line_area.x.saturating_add(used).min(line_area.right()),
                        width: line_area.width.saturating_sub(used),
                        ..line_area
                    }
                };
                field.render(rest, buf, self.on_other());
            }
        }
    }
}
