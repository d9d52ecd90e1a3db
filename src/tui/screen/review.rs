//! The review screen: every question of a workbook with its answer; unanswered required ones
//! stand out; Enter edits.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Back;
use crate::answer::{Reading, read, summary};
use crate::tui::app::App;
use crate::tui::clip::render_line;
use crate::tui::cursor::ListCursor;
use crate::tui::keys::Act;
use crate::tui::scroll::Scrolled;
use crate::tui::transition::{Effect, Env, Goto, Input, Transition};

#[derive(Debug)]
pub struct ReviewScreen {
    pub book: usize,
    /// Question indices listed (those for the audience shown).
    pub rows: Vec<usize>,
    pub cursor: ListCursor,
    pub back: Back,
}

impl ReviewScreen {
    pub fn new(env: &Env, book: usize, back: Back) -> ReviewScreen {
        let b = &env.books[book];
        let rows: Vec<usize> = (0..b.len()).filter(|&i| b.reads(i, env.reader)).collect();
        let at = match back {
            Back::Question(bk, i) if bk == book => rows.iter().position(|r| *r == i),
            _ => None,
        };
        ReviewScreen {
            book,
            cursor: ListCursor::at(at.unwrap_or(0), rows.len()),
            rows,
            back,
        }
    }

    pub fn handle(&mut self, input: Input, env: &Env) -> Transition {
        let Input::Act(act) = input else {
            return Transition::stay();
        };
        let page = usize::from(env.size.1 / 2);
        if self.cursor.apply(act, page) {
            return Transition::stay();
        }
        let book = self.book;
        match act {
            Act::Back => Transition::to(Goto::Back(self.back.clone())),
            Act::Select if !self.rows.is_empty() => Transition::to(Goto::Question {
                book,
                index: self.rows[self.cursor.pos()],
            }),
            Act::NextRequired => {
                let b = &env.books[book];
                let n = self.rows.len().max(1);
                let found = (1..=self.rows.len())
                    .map(|k| (self.cursor.pos() + k) % n)
                    .find(|&r| {
                        let i = self.rows[r];
                        b.relevant(i) && b.items[i].required && !b.answered(i)
                    });
                match found {
                    Some(r) => {
                        self.cursor.set(r);
                        Transition::stay()
                    }
                    None => Transition::note("every required question shown is answered"),
                }
            }
            Act::ToggleAudience => Transition::stay().with(Effect::ToggleAudience),
            Act::Outline => Transition::to(Goto::Outline {
                book,
                at: self.rows.get(self.cursor.pos()).copied(),
                back: self.back.clone(),
            }),
            Act::Search => Transition::to(Goto::Search(self.back.clone())),
            Act::Plan => Transition::to(Goto::Plan(self.back.clone())),
            _ => Transition::stay(),
        }
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
        p.relevant,
        p.required_open()
    );
    render_line(
        Line::from(Span::styled(head, theme.title())),
        Rect { height: 1, ..area },
        buf,
    );
    let list_area = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    let per_row = 2;
    let list = Scrolled::layout(&state.cursor, list_area, per_row);
    let profile = app.profile.as_ref();
    let format = app.number_format();
    for (k, r) in list.window.rows().enumerate() {
        let i = state.rows[r];
        let item = &b.items[i];
        let row = list.row(k, per_row);
        let missing = b.relevant(i) && item.required && !b.answered(i);
        let style = if !b.relevant(i) {
            theme.hidden()
        } else if missing {
            theme.warn()
        } else {
            theme.key()
        };
        let style = theme.row(style, r == state.cursor.pos());
        let flag = if missing { " (required)" } else { "" };
        render_line(
            Line::from(Span::styled(format!("{}{flag}", item.prompt), style)),
            row,
            buf,
        );
        let answer = profile.and_then(|p| p.answer(b.home(i), &item.id));
        let draft = profile.and_then(|p| p.draft(b.home(i), &item.id)).is_some();
        let meaning =
            answer.map(
                |a| match read(b.question(i), &a.value, a.other.as_deref(), format) {
                    Reading::Unclear(_) => format!(
                        "needs attention: `{}` is kept as it is",
                        summary(b.question(i), &a.value, a.other.as_deref(), format)
                    ),
                    reading => summary(
                        b.question(i),
                        reading.value().unwrap_or(&a.value),
                        a.other.as_deref(),
                        format,
                    ),
                },
            );
        let text = match (meaning, b.relevant(i)) {
            (Some(m), true) => m,
            (Some(m), false) => format!("{m} (kept; does not apply)"),
            (None, false) => "does not apply".to_string(),
            (None, true) if draft => "draft only: not yet a valid answer".to_string(),
            (None, true) => "not answered".to_string(),
        };
        let answer_style = if answer.is_some() {
            Default::default()
        } else {
            theme.dim()
        };
        if row.y + 1 < list.rows.bottom() {
            render_line(
                Line::from(Span::styled(format!("  {text}"), answer_style)),
                Rect {
                    y: row.y + 1,
                    ..row
                },
                buf,
            );
        }
    }
    list.render_marks(theme, buf);
}
