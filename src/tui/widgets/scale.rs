//! A scale: one whole point from `min` to `max`, picked with the arrows or a digit.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::tui::keys::Act;
use crate::tui::theme::Theme;

#[derive(Debug, Clone)]
pub struct ScaleField {
    pub min: i64,
    pub max: i64,
    pub labels: Vec<String>,
    pub value: Option<i64>,
    pub cursor: i64,
}

impl ScaleField {
    pub fn new(min: i64, max: i64, labels: Vec<String>, value: Option<i64>) -> ScaleField {
        let cursor = value.unwrap_or(min);
        ScaleField {
            min,
            max,
            labels,
            value,
            cursor,
        }
    }

    pub fn act(&mut self, act: Act) -> bool {
        match act {
            // With no point picked yet, the first arrow picks the point under the cursor (the
            // first point), so no point is ever skipped.
            Act::Left | Act::Up | Act::Right | Act::Down if self.value.is_none() => {
                self.set(self.cursor)
            }
            Act::Left | Act::Up => self.set(self.cursor - 1),
            Act::Right | Act::Down => self.set(self.cursor + 1),
            Act::Top => self.set(self.min),
            Act::Bottom => self.set(self.max),
            Act::Toggle => {
                self.value = if self.value == Some(self.cursor) {
                    None
                } else {
                    Some(self.cursor)
                };
                true
            }
            Act::Delete => {
                self.value = None;
                true
            }
            _ => false,
        }
    }

    fn set(&mut self, point: i64) -> bool {
        self.cursor = point.clamp(self.min, self.max);
        self.value = Some(self.cursor);
        true
    }

    /// A digit picks that point (0 stands for 10 on a scale that reaches 10).
    pub fn key(&mut self, event: KeyEvent) -> bool {
        let KeyCode::Char(c) = event.code else {
            return false;
        };
        let Some(d) = c.to_digit(10) else {
            return false;
        };
        let point = if d == 0 && self.max >= 10 {
            10
        } else {
            i64::from(d)
        };
        if point < self.min || point > self.max {
            return false;
        }
        self.set(point)
    }

    fn label(&self, point: i64) -> Option<&str> {
        self.labels
            .get((point - self.min) as usize)
            .map(String::as_str)
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: Theme) {
        let mut spans = Vec::new();
        for point in self.min..=self.max {
            let text = format!(" {point} ");
            let style = if Some(point) == self.value {
                theme.selected()
            } else if point == self.cursor {
                theme.title()
            } else {
                Default::default()
            };
            spans.push(Span::styled(text, style));
        }
        let mut lines = vec![Line::from(spans)];
        let chosen = match self.value {
            Some(v) => format!("{v}: {}", self.label(v).unwrap_or("")),
            None => crate::tr!("tui-scale-none"),
        };
        lines.push(Line::from(Span::styled(chosen, theme.dim())));
        if let (Some(first), Some(last)) = (self.label(self.min), self.label(self.max)) {
            lines.push(Line::from(Span::styled(
                format!("{} = {first}, {} = {last}", self.min, self.max),
                theme.dim(),
            )));
        }
        // The points stay in order from left to right, as ← and → move along them; the words
        // under them are put in visual order when they need it.
        if lines.iter().any(crate::tui::bidi::line_needed) {
            let words = lines.split_off(1);
            lines.extend(crate::tui::bidi::wrap(&words, area.width));
            Paragraph::new(lines).render(area, buf);
        } else {
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .render(area, buf);
        }
    }
}
