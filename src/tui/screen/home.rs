//! The home screen: the city's workbooks with a progress gauge each, when each was last
//! edited, and "continue where you left off".

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Back, Screen, window_top};
use crate::tui::app::{App, Command};
use crate::tui::book::Progress;
use crate::tui::keys::Act;

#[derive(Debug, Default)]
pub struct HomeScreen {
    /// Row 0 is "continue"; row i + 1 is workbook i.
    pub cursor: usize,
}

impl App {
    pub fn home_at(&self, book: usize) -> HomeScreen {
        HomeScreen { cursor: book + 1 }
    }

    /// The workbook "continue" opens: the last one worked on, else the first.
    fn resume_book(&self) -> usize {
        self.profile
            .as_ref()
            .and_then(|p| p.resume.workbook.as_deref())
            .and_then(|id| self.book_index(id))
            .unwrap_or(0)
    }

    pub(crate) fn home_act(&mut self, mut state: HomeScreen, act: Act) -> Vec<Command> {
        let rows = self.books.len() + 1;
        let selected = state
            .cursor
            .checked_sub(1)
            .unwrap_or_else(|| self.resume_book());
        match act {
            Act::Up => state.cursor = state.cursor.saturating_sub(1),
            Act::Down => state.cursor = (state.cursor + 1).min(rows - 1),
            Act::Top | Act::PageUp => state.cursor = 0,
            Act::Bottom | Act::PageDown => state.cursor = rows - 1,
            Act::Select | Act::Continue if !self.books.is_empty() => {
                let book = if act == Act::Continue {
                    self.resume_book()
                } else {
                    selected
                };
                return self.open_workbook(book);
            }
            Act::Review if !self.books.is_empty() => {
                self.screen = Screen::Review(self.review_state(selected, Back::Home));
                return Vec::new();
            }
            Act::Outline if !self.books.is_empty() => {
                self.screen = Screen::Outline(self.outline_state(selected, None, Back::Home));
                return Vec::new();
            }
            Act::Search => {
                self.screen = Screen::Search(super::search::SearchScreen::new(Back::Home));
                return Vec::new();
            }
            Act::Plan => return self.open_plan(Back::Home),
            Act::ToggleAudience => {
                self.screen = Screen::Home(state);
                self.toggle_audience();
                return Vec::new();
            }
            _ => {}
        }
        self.screen = Screen::Home(state);
        Vec::new()
    }
}

/// `[#####.....]` for `p`, `width` cells wide.
fn gauge(p: &Progress, width: usize) -> String {
    let filled = (p.answered * width).checked_div(p.shown).unwrap_or(0);
    format!("[{}{}]", "#".repeat(filled), ".".repeat(width - filled))
}

pub fn render(app: &App, state: &HomeScreen, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let Some(profile) = &app.profile else { return };
    let resume = profile
        .resume
        .workbook
        .as_deref()
        .and_then(|id| app.book_index(id));
    let continue_text = match resume {
        Some(b) => format!("▶ Continue where you left off: {}", app.books[b].title),
        None => "▶ Start with the first workbook".to_string(),
    };
    let narrow = area.width < 60;
    let rows = app.books.len() + 1;
    let per_row = if narrow { 2 } else { 3 };
    let visible = (area.height as usize / per_row).max(1);
    let top = window_top(state.cursor, visible);
    let mut y = area.y;
    for row in (top..rows).take(visible) {
        let style = if row == state.cursor {
            theme.selected()
        } else {
            Default::default()
        };
        let line = Rect {
            y,
            height: 1,
            ..area
        };
        if row == 0 {
            Line::from(Span::styled(
                continue_text.clone(),
                style.patch(theme.title()),
            ))
            .render(line, buf);
            y += per_row as u16;
            continue;
        }
        let book = &app.books[row - 1];
        let p = &book.progress;
        Line::from(Span::styled(format!("{} ", book.title), style)).render(line, buf);
        let edited = book
            .last_changed
            .map(|t| format!("edited {}", t.strftime("%Y-%m-%d %H:%M")))
            .unwrap_or_else(|| "not started".into());
        let required = if p.required_open() > 0 {
            Span::styled(
                format!(" {} required open ", p.required_open()),
                theme.warn(),
            )
        } else if p.required > 0 {
            Span::styled(" required done ".to_string(), theme.ok())
        } else {
            Span::raw("")
        };
        let gauge_w = if narrow { 8 } else { 20 };
        let mut spans = vec![
            Span::raw(format!(
                "  {} {}/{}",
                gauge(p, gauge_w),
                p.answered,
                p.shown
            )),
            required,
        ];
        if !narrow {
            spans.push(Span::styled(format!(" · {edited}"), theme.dim()));
        }
        let second = Rect {
            y: y + 1,
            height: 1,
            ..area
        };
        if second.y < area.bottom() {
            Line::from(spans).render(second, buf);
        }
        y += per_row as u16;
        if y >= area.bottom() {
            break;
        }
    }
}
