//! The review screen: every question of a workbook with its answer; unanswered required ones
//! stand out; Enter edits.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Back, Screen, window_top};
use crate::tui::app::{App, Command};
use crate::tui::book::summary;
use crate::tui::keys::Act;

#[derive(Debug)]
pub struct ReviewScreen {
    pub book: usize,
    /// Question indices listed (those for the role, or all).
    pub rows: Vec<usize>,
    pub cursor: usize,
    pub back: Back,
}

impl App {
    pub fn review_state(&self, book: usize, back: Back) -> ReviewScreen {
        let b = &self.books[book];
        let role = self.role();
        let rows = (0..b.len())
            .filter(|&i| role.is_none_or(|r| b.items[i].audience.includes(r)))
            .collect();
        let cursor = match back {
            Back::Question(bk, i) if bk == book => b.items.get(i).map(|_| i).unwrap_or(0),
            _ => 0,
        };
        let mut state = ReviewScreen {
            book,
            rows,
            cursor: 0,
            back,
        };
        state.cursor = state.rows.iter().position(|r| *r == cursor).unwrap_or(0);
        state
    }

    pub(crate) fn review_act(&mut self, mut state: ReviewScreen, act: Act) -> Vec<Command> {
        let last = state.rows.len().saturating_sub(1);
        let page = (self.size.1 as usize / 2).max(1);
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
            Act::Select if !state.rows.is_empty() => {
                self.open_question(state.book, state.rows[state.cursor]);
                return Vec::new();
            }
            Act::NextRequired => {
                let b = &self.books[state.book];
                let found = (1..=state.rows.len())
                    .map(|k| (state.cursor + k) % state.rows.len().max(1))
                    .find(|&r| {
                        let i = state.rows[r];
                        b.relevant[i] && b.items[i].required && !b.answered[i]
                    });
                match found {
                    Some(r) => state.cursor = r,
                    None => self.note("every required question shown is answered", false),
                }
            }
            Act::ToggleAudience => {
                self.screen = Screen::Review(state);
                self.toggle_audience();
                return Vec::new();
            }
            Act::Outline => {
                let at = state.rows.get(state.cursor).copied();
                self.screen = Screen::Outline(self.outline_state(state.book, at, state.back));
                return Vec::new();
            }
            Act::Search => {
                self.screen = Screen::Search(super::search::SearchScreen::new(state.back));
                return Vec::new();
            }
            Act::Plan => return self.open_plan(state.back),
            _ => {}
        }
        self.screen = Screen::Review(state);
        Vec::new()
    }
}

pub fn render(app: &App, state: &ReviewScreen, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let b = &app.books[state.book];
    let p = &b.progress;
    let head = format!(
        "Review: {} · {}/{} answered · {} required open",
        b.title,
        p.answered,
        p.shown,
        p.required_open()
    );
    Line::from(Span::styled(head, theme.title())).render(area, buf);
    let list = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    let per_row = 2usize;
    let visible = (list.height as usize / per_row).max(1);
    let top = window_top(state.cursor, visible);
    let profile = app.profile.as_ref();
    for (k, r) in (top..state.rows.len()).take(visible).enumerate() {
        let i = state.rows[r];
        let item = &b.items[i];
        let y = list.y + (k * per_row) as u16;
        if y >= list.bottom() {
            break;
        }
        let missing = b.relevant[i] && item.required && !b.answered[i];
        let mut style = if !b.relevant[i] {
            theme.hidden()
        } else if missing {
            theme.warn()
        } else {
            theme.key()
        };
        if r == state.cursor {
            style = style.patch(theme.selected());
        }
        let flag = if missing { " (required)" } else { "" };
        Line::from(Span::styled(format!("{}{flag}", item.prompt), style)).render(
            Rect {
                y,
                height: 1,
                ..list
            },
            buf,
        );
        let answer = profile.and_then(|p| p.answer(b.id(), &item.id));
        let draft = profile.and_then(|p| p.draft(b.id(), &item.id)).is_some();
        let text = match (answer, b.relevant[i]) {
            (Some(a), true) => summary(b.question(i), &a.value, a.other.as_deref()),
            (Some(a), false) => format!(
                "{} (kept; does not apply)",
                summary(b.question(i), &a.value, a.other.as_deref())
            ),
            (None, false) => "does not apply".to_string(),
            (None, true) if draft => "draft only: not yet a valid answer".to_string(),
            (None, true) => "not answered".to_string(),
        };
        let answer_style = if answer.is_some() {
            Default::default()
        } else {
            theme.dim()
        };
        if y + 1 < list.bottom() {
            Line::from(Span::styled(format!("  {text}"), answer_style)).render(
                Rect {
                    y: y + 1,
                    height: 1,
                    ..list
                },
                buf,
            );
        }
    }
}
