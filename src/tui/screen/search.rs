//! `/` search across every workbook's questions, guidance and the city's answers.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Back, Screen, window_top};
use crate::tui::app::{App, Command};
use crate::tui::book::summary;
use crate::tui::keys::Act;
use crate::tui::widgets::text::TextField;

/// Enough hits to scan by eye; a longer query narrows it down.
const MAX_HITS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub book: usize,
    pub index: usize,
    /// Where the text matched: "question", "guidance" or "answer".
    pub place: &'static str,
}

#[derive(Debug)]
pub struct SearchScreen {
    pub query: TextField,
    pub hits: Vec<Hit>,
    pub cursor: usize,
    pub back: Back,
}

impl SearchScreen {
    pub fn new(back: Back) -> SearchScreen {
        SearchScreen {
            query: TextField::new("", false, Some("type to search")),
            hits: Vec::new(),
            cursor: 0,
            back,
        }
    }
}

impl App {
    pub(crate) fn search_typed(&mut self, event: KeyEvent) {
        if let Screen::Search(s) = &mut self.screen
            && s.query.key(event)
        {
            self.run_search();
        }
    }

    /// Finds the query (any case) in prompts, guidance and answers of every workbook.
    pub(crate) fn run_search(&mut self) {
        let Screen::Search(s) = &mut self.screen else {
            return;
        };
        let query = s.query.text().trim().to_lowercase();
        s.hits.clear();
        s.cursor = 0;
        if query.is_empty() {
            return;
        }
        let role = if self.show_all {
            None
        } else {
            self.profile.as_ref().map(|p| p.city.role.audience())
        };
        for (b, book) in self.books.iter().enumerate() {
            let answers = self.profile.as_ref().and_then(|p| p.answers.get(book.id()));
            for (i, item) in book.items.iter().enumerate() {
                if s.hits.len() >= MAX_HITS {
                    return;
                }
                if role.is_some_and(|r| !item.audience.includes(r)) {
                    continue;
                }
                let place = if item.prompt.to_lowercase().contains(&query) {
                    Some("question")
                } else if item.haystack.contains(&query) {
                    Some("guidance")
                } else {
                    answers
                        .and_then(|a| a.get(&item.id))
                        .filter(|a| {
                            summary(book.question(i), &a.value, a.other.as_deref())
                                .to_lowercase()
                                .contains(&query)
                        })
                        .map(|_| "answer")
                };
                if let Some(place) = place {
                    s.hits.push(Hit {
                        book: b,
                        index: i,
                        place,
                    });
                }
            }
        }
    }

    pub(crate) fn search_act(&mut self, mut state: SearchScreen, act: Act) -> Vec<Command> {
        let last = state.hits.len().saturating_sub(1);
        match act {
            Act::Up | Act::PrevField => state.cursor = state.cursor.saturating_sub(1),
            Act::Down | Act::NextField => state.cursor = (state.cursor + 1).min(last),
            Act::Back => {
                self.go_back(state.back);
                return Vec::new();
            }
            Act::Select => {
                if let Some(hit) = state.hits.get(state.cursor).cloned() {
                    self.open_question(hit.book, hit.index);
                    return Vec::new();
                }
            }
            _ => {}
        }
        self.screen = Screen::Search(state);
        Vec::new()
    }
}

pub fn render(app: &App, state: &SearchScreen, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    Line::from(Span::styled("Search: ", theme.title())).render(area, buf);
    let field = Rect {
        x: area.x + 8,
        width: area.width.saturating_sub(8),
        height: 1,
        ..area
    };
    state.query.render(field, buf, true);
    let list = Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(2),
        ..area
    };
    if state.hits.is_empty() {
        let text = if state.query.text().trim().is_empty() {
            "Type words from a question, its guidance or an answer."
        } else {
            "Nothing found."
        };
        Line::from(Span::styled(text, theme.dim())).render(list, buf);
        return;
    }
    let top = window_top(state.cursor, list.height as usize);
    for (k, h) in state
        .hits
        .iter()
        .enumerate()
        .skip(top)
        .take(list.height as usize)
    {
        let book = &app.books[h.book];
        let style = if k == state.cursor {
            theme.selected()
        } else {
            Default::default()
        };
        let text = format!(
            "{} · {} ({})",
            book.title, book.items[h.index].prompt, h.place
        );
        let y = list.y + (k - top) as u16;
        Line::from(Span::styled(text, style)).render(
            Rect {
                y,
                height: 1,
                ..list
            },
            buf,
        );
    }
}
