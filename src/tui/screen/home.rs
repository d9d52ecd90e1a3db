//! The home screen: the city's workbooks with a progress gauge each, when each was last
//! edited, how far this round has come once a round was closed, and "continue where you left
//! off".

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Back;
use crate::profile::Progress;
use crate::tr;
use crate::tui::app::App;
use crate::tui::clip::render_line;
use crate::tui::cursor::ListCursor;
use crate::tui::keys::Act;
use crate::tui::scroll::Scrolled;
use crate::tui::transition::{Effect, Env, Goto, Input, Transition};

#[derive(Debug)]
pub struct HomeScreen {
    /// Row 0 is "continue"; row i + 1 is workbook i.
    pub cursor: ListCursor,
}

impl HomeScreen {
    /// The home screen with workbook `book` highlighted (or "continue" when `None`).
    pub fn new(env: &Env, book: Option<usize>) -> HomeScreen {
        let rows = env.books.len() + 1;
        HomeScreen {
            cursor: ListCursor::at(book.map_or(0, |b| b + 1), rows),
        }
    }

    pub fn handle(&mut self, input: Input, env: &Env) -> Transition {
        let Input::Act(act) = input else {
            return Transition::stay();
        };
        if act == Act::ToggleTheme {
            return Transition::stay().with(Effect::ToggleTheme);
        }
        if act == Act::SwitchLanguage {
            return Transition::stay().with(Effect::SwitchLanguage);
        }
        if self.cursor.apply(act, env.page()) || env.books.is_empty() {
            return Transition::stay();
        }
        let selected = self
            .cursor
            .pos()
            .checked_sub(1)
            .unwrap_or_else(|| resume_book(env));
        match act {
            Act::Select => Transition::to(Goto::Workbook(selected)),
            Act::Continue => Transition::to(Goto::Workbook(resume_book(env))),
            Act::Review => Transition::to(Goto::Review {
                book: selected,
                back: Back::Home,
            }),
            Act::Outline => Transition::to(Goto::Outline {
                book: selected,
                at: None,
                back: Back::Home,
            }),
            Act::Search => Transition::to(Goto::Search(Back::Home)),
            Act::Plan => Transition::to(Goto::Plan(Back::Home)),
            Act::ToggleAudience => Transition::stay().with(Effect::ToggleAudience),
            Act::SwitchTrack if env.read_only => Transition::warn(crate::tr!("tui-read-only")),
            Act::SwitchTrack => Transition::stay().with(Effect::SwitchTrack),
            _ => Transition::stay(),
        }
    }
}

/// The workbook "continue" opens: the last one worked on, else the first.
fn resume_book(env: &Env) -> usize {
    env.profile
        .and_then(|p| p.resume.workbook.as_deref())
        .and_then(|id| env.books.iter().position(|b| b.id() == id))
        .unwrap_or(0)
}

/// `[#####.....]` for `p`, `width` cells wide.
fn gauge(p: &Progress, width: usize) -> String {
    let filled = (p.answered * width).checked_div(p.relevant).unwrap_or(0);
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
        Some(b) => format!(
            "▶ {}",
            tr!("tui-home-continue-where", workbook = &app.books[b].title)
        ),
        // A city with answers but no place to resume (the demo, an imported city) continues;
        // only an untouched city starts.
        None if app.books.iter().any(|b| b.progress.answered > 0) => app
            .books
            .first()
            .map(|b| format!("▶ {}", tr!("tui-home-continue", workbook = &b.title)))
            .unwrap_or_default(),
        None => format!("▶ {}", tr!("tui-home-start")),
    };
    // Looked up once for every workbook's rows.
    let (required_done, not_started) = (tr!("tui-home-required-done"), tr!("tui-home-not-started"));
    let narrow = area.width < 60;
    // Once a round is closed, each workbook says how far this round has come on a row of its
    // own.
    let since = crate::tui::rounds::last_label(profile);
    let per_row = u16::from(since.is_some()) + if narrow { 2 } else { 3 };
    let list = Scrolled::layout(&state.cursor, area, per_row);
    for (k, row) in list.window.rows().enumerate() {
        let selected = row == state.cursor.pos();
        let line = list.row(k, per_row);
        if row == 0 {
            let style = theme.row(theme.title(), selected);
            render_line(
                Line::from(Span::styled(continue_text.as_str(), style)),
                line,
                buf,
            );
            continue;
        }
        let book = &app.books[row - 1];
        let p = &book.progress;
        let title = Span::styled(book.title.as_str(), theme.row(Style::new(), selected));
        crate::tui::clip::render_content_line(Line::from(title), line, buf);
        let edited = book
            .last_changed
            .map(|t| {
                let when = crate::tui::bidi::isolate_ltr(&t.strftime("%Y-%m-%d %H:%M").to_string());
                tr!("tui-home-edited", when = when)
            })
            .unwrap_or_else(|| not_started.clone());
        let required = if p.required_open() > 0 {
            Span::styled(
                format!(
                    " {} ",
                    tr!("tui-home-required-open", count = p.required_open())
                ),
                theme.warn(),
            )
        } else if p.required > 0 {
            Span::styled(format!(" {required_done} "), theme.ok())
        } else {
            Span::raw("")
        };
        let gauge_w = if narrow { 8 } else { 20 };
        let mut spans = vec![
            Span::raw(format!(
                "  {} {}/{}",
                gauge(p, gauge_w),
                p.answered,
                p.relevant
            )),
            required,
        ];
        if !narrow {
            spans.push(Span::styled(format!(" · {edited}"), theme.dim()));
        }
        let second = Rect {
            y: line.y + 1,
            ..line
        };
        if second.y < list.rows.bottom() {
            render_line(Line::from(spans), second, buf);
        }
        let third = Rect {
            y: line.y + 2,
            ..line
        };
        if let Some(label) = &since
            && third.y < list.rows.bottom()
        {
            let tally = crate::profile::round::tally(profile, book.id());
            let line = crate::tui::rounds::tally_line(label, &tally, theme);
            render_line(line, third, buf);
        }
    }
    list.render_marks(theme, buf);
}
