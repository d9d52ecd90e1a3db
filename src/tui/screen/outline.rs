//! The outline: every section and question of a workbook, to jump to any of them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Back;
use crate::tr;
use crate::tui::app::App;
use crate::tui::clip::render_line;
use crate::tui::cursor::ListCursor;
use crate::tui::keys::Act;
use crate::tui::scroll::Scrolled;
use crate::tui::transition::{Effect, Env, Goto, Input, Transition};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Section(usize),
    Question(usize),
}

#[derive(Debug)]
pub struct OutlineScreen {
    pub book: usize,
    pub rows: Vec<Row>,
    pub cursor: ListCursor,
    pub back: Back,
}

impl OutlineScreen {
    /// The outline of `book` (one pass; built when the outline opens, not per frame), with the
    /// cursor on question `at`.
    pub fn new(env: &Env, book: usize, at: Option<usize>, back: Back) -> OutlineScreen {
        let b = &env.books[book];
        let mut rows = Vec::with_capacity(b.len() + b.sections.len());
        for (s, section) in b.sections.iter().enumerate() {
            rows.push(Row::Section(s));
            for i in section.first..section.first + section.len {
                // Questions for the other role are left out; hidden follow-ups stay, marked.
                if b.reads(i, env.reader) {
                    rows.push(Row::Question(i));
                }
            }
        }
        let pos = at
            .and_then(|i| rows.iter().position(|r| *r == Row::Question(i)))
            .unwrap_or(0);
        OutlineScreen {
            book,
            cursor: ListCursor::at(pos, rows.len()),
            rows,
            back,
        }
    }

    pub fn handle(&mut self, input: Input, env: &Env) -> Transition {
        let Input::Act(act) = input else {
            return Transition::stay();
        };
        if self.cursor.apply(act, env.page()) {
            return Transition::stay();
        }
        let book = self.book;
        match act {
            Act::Back => Transition::to(Goto::Back(self.back.clone())),
            Act::Select => {
                let b = &env.books[book];
                let target = match self.rows.get(self.cursor.pos()) {
                    Some(Row::Question(i)) => Some(*i),
                    Some(Row::Section(s)) => {
                        let sec = &b.sections[*s];
                        (sec.first..sec.first + sec.len).find(|&i| b.shown(i, env.reader))
                    }
                    None => None,
                };
                match target {
                    Some(index) => Transition::to(Goto::Question { book, index }),
                    None => Transition::warn(tr!("tui-outline-none-applies")),
                }
            }
            Act::ToggleAudience => Transition::stay().with(Effect::ToggleAudience),
            Act::Search => Transition::to(Goto::Search(self.back.clone())),
            _ => Transition::stay(),
        }
    }
}

/// What the marks before each question mean, as wide as the window allows; `since` names the
/// last closed round, whose carried answers have a mark of their own.
fn legend(width: u16, since: Option<&str>) -> String {
    let candidates = match since {
        None => vec![tr!("tui-outline-legend"), tr!("tui-outline-legend-short")],
        Some(label) => vec![
            tr!("tui-outline-legend-round", round = label),
            tr!("tui-outline-legend-round-short"),
            tr!("tui-outline-legend-round-shortest"),
        ],
    };
    let fits = |l: &String| unicode_width::UnicodeWidthStr::width(l.as_str()) <= usize::from(width);
    let last = candidates.last().cloned().unwrap_or_default();
    candidates.into_iter().find(fits).unwrap_or(last)
}

pub fn render(app: &App, state: &OutlineScreen, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let b = &app.books[state.book];
    let line = |y| Rect {
        y,
        height: 1,
        ..area
    };
    render_line(
        Line::from(Span::styled(
            tr!("tui-outline-title", workbook = &b.title),
            theme.title(),
        )),
        line(area.y),
        buf,
    );
    if area.height < 2 {
        return;
    }
    let since = app
        .profile
        .as_ref()
        .and_then(crate::tui::rounds::last_label);
    render_line(
        Line::from(Span::styled(
            legend(area.width, since.as_deref()),
            theme.dim(),
        )),
        line(area.y + 1),
        buf,
    );
    let list_area = Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(2),
        ..area
    };
    let list = Scrolled::layout(&state.cursor, list_area, 1);
    // Looked up once for every row.
    let not_applicable = format!("  ({})", tr!("tui-outline-not-applicable"));
    for (k, i) in list.window.rows().enumerate() {
        let selected = i == state.cursor.pos();
        let line = match state.rows[i] {
            Row::Section(s) => Line::from(Span::styled(
                format!("{}. {}", s + 1, b.sections[s].title),
                theme.row(theme.key(), selected),
            )),
            Row::Question(q) => {
                let item = &b.items[q];
                let carried = since.is_some()
                    && app
                        .profile
                        .as_ref()
                        .and_then(|p| p.answer(b.home(q), &item.id))
                        .is_some_and(|a| a.from_round.is_some());
                let mark = if carried {
                    "↻"
                } else if b.answered(q) {
                    "✓"
                } else if item.required {
                    "!"
                } else {
                    "·"
                };
                let style = if !b.relevant(q) {
                    theme.hidden()
                } else if item.required && !b.answered(q) {
                    theme.warn()
                } else {
                    Default::default()
                };
                let note = if b.relevant(q) {
                    ""
                } else {
                    not_applicable.as_str()
                };
                Line::from(Span::styled(
                    format!("   {mark} {}{note}", item.prompt),
                    theme.row(style, selected),
                ))
            }
        };
        crate::tui::clip::render_content_line(line, list.row(k, 1), buf);
    }
    list.render_marks(theme, buf);
}
