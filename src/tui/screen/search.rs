//! `/` search across every workbook's questions, guidance and the city's answers.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Back;
use crate::answer::{read, summary};
use crate::tr;
use crate::tui::app::App;
use crate::tui::clip::render_line;
use crate::tui::cursor::ListCursor;
use crate::tui::keys::Act;
use crate::tui::scroll::Scrolled;
use crate::tui::transition::{Env, Goto, Input, Transition};
use crate::tui::widgets::text::TextField;
use unicode_width::UnicodeWidthStr;

/// Enough hits to scan by eye; a longer query narrows it down.
const MAX_HITS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub book: usize,
    pub index: usize,
    /// Where the text matched: the message naming the question, its guidance or the answer.
    pub place: &'static str,
}

#[derive(Debug)]
pub struct SearchScreen {
    pub query: TextField,
    pub hits: Vec<Hit>,
    pub cursor: ListCursor,
    pub back: Back,
}

impl SearchScreen {
    pub fn new(back: Back) -> SearchScreen {
        SearchScreen {
            query: TextField::new("", false, Some(&tr!("tui-search-placeholder"))),
            hits: Vec::new(),
            cursor: ListCursor::new(0),
            back,
        }
    }

    pub fn handle(&mut self, input: Input, env: &Env) -> Transition {
        match input {
            Input::Key(event) => {
                if self.query.key(event) {
                    self.run(env);
                }
            }
            Input::Paste(text) => {
                if self.query.paste(&text) {
                    self.run(env);
                }
            }
            Input::Scroll(_) => {}
            Input::Act(act) => {
                let act = match act {
                    Act::PrevField => Act::Up,
                    Act::NextField => Act::Down,
                    other => other,
                };
                if self.cursor.apply(act, env.page()) {
                    return Transition::stay();
                }
                match act {
                    Act::Back => return Transition::to(Goto::Back(self.back.clone())),
                    Act::Select => {
                        if let Some(hit) = self.hits.get(self.cursor.pos()) {
                            return Transition::to(Goto::Question {
                                book: hit.book,
                                index: hit.index,
                            });
                        }
                    }
                    _ => {}
                }
            }
        }
        Transition::stay()
    }

    /// Finds the query (any case) in prompts, guidance and answers of every workbook.
    fn run(&mut self, env: &Env) {
        let query = self.query.text().trim().to_lowercase();
        self.hits.clear();
        self.cursor = ListCursor::new(0);
        if query.is_empty() {
            return;
        }
        let format = env.number_format();
        'books: for (b, book) in env.books.iter().enumerate() {
            for (i, item) in book.items.iter().enumerate() {
                let answer = env.profile.and_then(|p| p.answer(book.home(i), &item.id));
                if self.hits.len() >= MAX_HITS {
                    break 'books;
                }
                if !book.reads(i, env.reader) {
                    continue;
                }
                let place = if item.prompt.to_lowercase().contains(&query) {
                    Some("tui-search-in-question")
                } else if book.haystack(i).contains(&query) {
                    Some("tui-search-in-guidance")
                } else {
                    answer
                        .filter(|a| {
                            let question = book.question(i);
                            let reading = read(question, &a.value, a.other.as_deref(), format);
                            let value = reading.value().unwrap_or(&a.value);
                            summary(question, value, a.other.as_deref(), format)
                                .to_lowercase()
                                .contains(&query)
                        })
                        .map(|_| "tui-search-in-answer")
                };
                if let Some(place) = place {
                    self.hits.push(Hit {
                        book: b,
                        index: i,
                        place,
                    });
                }
            }
        }
        self.cursor = ListCursor::new(self.hits.len());
    }
}

pub fn render(app: &App, state: &SearchScreen, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let label = format!("{} ", tr!("tui-search-label"));
    let label_w = u16::try_from(label.width())
        .unwrap_or(u16::MAX)
        .min(area.width / 2);
    // Right to left, the label is on the right and the field to its left.
    let rtl = crate::tui::bidi::interface_rtl();
    crate::tui::clip::render_row(
        Line::from(Span::styled(label, theme.title())),
        Rect { height: 1, ..area },
        buf,
    );
    let field = Rect {
        x: if rtl { area.x } else { area.x + label_w },
        width: area.width.saturating_sub(label_w),
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
            tr!("tui-search-empty")
        } else {
            tr!("tui-search-nothing")
        };
        render_line(Line::from(Span::styled(text, theme.dim())), list, buf);
        return;
    }
    let list = Scrolled::layout(&state.cursor, list, 1);
    let messages = crate::messages::ui();
    for (k, i) in list.window.rows().enumerate() {
        let h = &state.hits[i];
        let book = &app.books[h.book];
        let style = theme.row(Style::new(), i == state.cursor.pos());
        let text = format!(
            "{} · {} ({})",
            book.title,
            book.items[h.index].prompt,
            messages.text(h.place)
        );
        crate::tui::clip::render_content_line(
            Line::from(Span::styled(text, style)),
            list.row(k, 1),
            buf,
        );
    }
    list.render_marks(theme, buf);
}
