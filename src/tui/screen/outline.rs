//! The outline: every section and question of a workbook, to jump to any of them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Back, Screen, window_top};
use crate::tui::app::{App, Command};
use crate::tui::keys::Act;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Section(usize),
    Question(usize),
}

#[derive(Debug)]
pub struct OutlineScreen {
    pub book: usize,
    pub rows: Vec<Row>,
    pub cursor: usize,
    pub back: Back,
}

impl App {
    /// Builds the outline of `book` (one pass; done when the outline opens, not per frame).
    pub fn outline_state(&self, book: usize, at: Option<usize>, back: Back) -> OutlineScreen {
        let b = &self.books[book];
        let role = self.role();
        let mut rows = Vec::with_capacity(b.len() + b.sections.len());
        for (s, section) in b.sections.iter().enumerate() {
            rows.push(Row::Section(s));
            for i in section.first..section.first + section.len {
                // Questions for the other role are left out; hidden follow-ups stay, marked.
                if role.is_none_or(|r| b.items[i].audience.includes(r)) {
                    rows.push(Row::Question(i));
                }
            }
        }
        let cursor = at
            .and_then(|i| rows.iter().position(|r| *r == Row::Question(i)))
            .unwrap_or(0);
        OutlineScreen {
            book,
            rows,
            cursor,
            back,
        }
    }

    pub(crate) fn outline_act(&mut self, mut state: OutlineScreen, act: Act) -> Vec<Command> {
        let last = state.rows.len().saturating_sub(1);
        let page = (self.size.1 as usize).saturating_sub(6).max(1);
        match act {
            Act::Up => state.cursor = state.cursor.saturating_sub(1),
            Act::Down => state.cursor = (state.cursor + 1).min(last),
            Act::PageUp => state.cursor = state.cursor.saturating_sub(page),
            Act::PageDown => state.cursor = (state.cursor + page).min(last),
            Act::Top => state.cursor = 0,
            Act::Bottom => state.cursor = last,
            Act::Back => {
                self.go_back(state.back);
                return Vec::new();
            }
            Act::Select => {
                let book = state.book;
                let target = match state.rows.get(state.cursor) {
                    Some(Row::Question(i)) => Some(*i),
                    Some(Row::Section(s)) => {
                        let sec = &self.books[book].sections[*s];
                        let role = self.role();
                        (sec.first..sec.first + sec.len).find(|&i| self.books[book].shown(i, role))
                    }
                    None => None,
                };
                match target {
                    Some(i) => self.open_question(book, i),
                    None => {
                        self.note("no question of this section applies yet", true);
                        self.screen = Screen::Outline(state);
                    }
                }
                return Vec::new();
            }
            Act::ToggleAudience => {
                self.screen = Screen::Outline(state);
                self.toggle_audience();
                return Vec::new();
            }
            Act::Search => {
                self.screen = Screen::Search(super::search::SearchScreen::new(state.back));
                return Vec::new();
            }
            _ => {}
        }
        self.screen = Screen::Outline(state);
        Vec::new()
    }
}

pub fn render(app: &App, state: &OutlineScreen, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let b = &app.books[state.book];
    Line::from(Span::styled(
        format!("Outline of {}", b.title),
        theme.title(),
    ))
    .render(area, buf);
    let list = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    let top = window_top(state.cursor, list.height as usize);
    for (screen_row, i) in (top..state.rows.len())
        .take(list.height as usize)
        .enumerate()
    {
        let row_area = Rect {
            y: list.y + screen_row as u16,
            height: 1,
            ..list
        };
        let selected = i == state.cursor;
        let line = match state.rows[i] {
            Row::Section(s) => Line::from(Span::styled(
                format!("{}. {}", s + 1, b.sections[s].title),
                if selected {
                    theme.selected()
                } else {
                    theme.key()
                },
            )),
            Row::Question(q) => {
                let item = &b.items[q];
                let mark = if b.answered[q] {
                    "✓"
                } else if item.required {
                    "!"
                } else {
                    "·"
                };
                let mut style = if !b.relevant[q] {
                    theme.hidden()
                } else if item.required && !b.answered[q] {
                    theme.warn()
                } else {
                    Default::default()
                };
                if selected {
                    style = style.patch(theme.selected());
                }
                let note = if b.relevant[q] {
                    ""
                } else {
                    "  (does not apply)"
                };
                Line::from(Span::styled(
                    format!("   {mark} {}{note}", item.prompt),
                    style,
                ))
            }
        };
        line.render(row_area, buf);
    }
}
