//! The review screen: every question of a workbook with its answer; unanswered required ones
//! stand out; Enter edits. Once a round is closed, answers carried over are marked and `f`
//! lists only those still to confirm, or those changed since the last round.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Back;
use crate::profile::round::Standing;
use crate::tr;
use crate::tui::app::App;
use crate::tui::clip::{render_content_line, render_line};
use crate::tui::cursor::ListCursor;
use crate::tui::keys::Act;
use crate::tui::rounds::{self, Beside, Filter};
use crate::tui::scroll::Scrolled;
use crate::tui::transition::{Effect, Env, Goto, Input, Transition};

#[derive(Debug)]
pub struct ReviewScreen {
    pub book: usize,
    /// Question indices listed (those for the audience shown, that the filter keeps).
    pub rows: Vec<usize>,
    pub cursor: ListCursor,
    pub back: Back,
    /// Which questions are listed; always `All` while the city never closed a round.
    pub filter: Filter,
}

impl ReviewScreen {
    pub fn new(env: &Env, book: usize, back: Back) -> ReviewScreen {
        let at = match back {
            Back::Question(bk, i) if bk == book => Some(i),
            _ => None,
        };
        let mut screen = ReviewScreen {
            book,
            rows: Vec::new(),
            cursor: ListCursor::new(0),
            back,
            filter: Filter::All,
        };
        let has_round = env.profile.is_some_and(|p| rounds::last_label(p).is_some());
        let filter = if has_round {
            env.review_filter
        } else {
            Filter::All
        };
        screen.list(env, filter, at);
        screen
    }

    /// Lists the questions `filter` keeps, the cursor on question `at` when it is listed.
    fn list(&mut self, env: &Env, filter: Filter, at: Option<usize>) {
        let b = &env.books[self.book];
        let format = env.number_format();
        let keeps = |i: usize| match env.profile.and_then(|p| rounds::beside(b, i, p, format)) {
            Some(beside) => filter.keeps(&beside),
            None => filter == Filter::All,
        };
        self.rows = (0..b.len())
            .filter(|&i| b.reads(i, env.reader) && keeps(i))
            .collect();
        self.filter = filter;
        let pos = at.and_then(|i| self.rows.iter().position(|r| *r == i));
        self.cursor = ListCursor::at(pos.unwrap_or(0), self.rows.len());
    }

    /// `f`: the next filter, kept for the session.
    fn next_filter(&mut self, env: &Env) -> Transition {
        if env.profile.and_then(rounds::last_label).is_none() {
            return Transition::note(tr!("tui-no-round-yet"));
        }
        let at = self.rows.get(self.cursor.pos()).copied();
        self.list(env, self.filter.next(), at);
        Transition::stay().with(Effect::ReviewFilter(self.filter))
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
            Act::Filter => self.next_filter(env),
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
                    None => Transition::note(tr!("tui-required-all-answered")),
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
    let profile = app.profile.as_ref();
    let format = app.number_format();
    let since = profile.and_then(rounds::last_label);
    // The filter comes first, so that a narrow window cuts the counts, not what is shown.
    let shown = match (&since, state.filter) {
        (None, _) => String::new(),
        (Some(label), Filter::All) => format!(" ({})", Filter::All.describe(label)),
        (Some(label), filter) => format!(
            " ({})",
            tr!(
                "tui-review-filter-count",
                filter = filter.describe(label),
                count = state.rows.len()
            )
        ),
    };
    let head = tr!(
        "tui-review-head",
        filter = shown,
        workbook = &b.title,
        answered = p.answered,
        total = p.relevant,
        open = p.required_open()
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
    if state.rows.is_empty() && state.filter != Filter::All {
        let label = since.as_deref().unwrap_or_default();
        let text = match state.filter {
            Filter::ToConfirm => tr!("tui-review-nothing-to-confirm", round = label),
            _ => tr!("tui-review-nothing-changed", round = label),
        };
        let line = Line::from(Span::styled(text, theme.dim()));
        render_line(
            line,
            Rect {
                height: 1,
                ..list_area
            },
            buf,
        );
        return;
    }
    let per_row = 2;
    let list = Scrolled::layout(&state.cursor, list_area, per_row);
    // Looked up once for every row.
    let required = format!(" ({})", tr!("tui-review-required"));
    let [not_applicable, draft_only, not_answered] = [
        "tui-review-not-applicable",
        "tui-review-draft-only",
        "tui-review-not-answered",
    ]
    .map(|id| crate::messages::ui().text(id));
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
        let flag = if missing { required.as_str() } else { "" };
        render_content_line(
            Line::from(Span::styled(format!("{}{flag}", item.prompt), style)),
            row,
            buf,
        );
        let answer = profile.and_then(|p| p.answer(b.home(i), &item.id));
        let draft = profile.and_then(|p| p.draft(b.home(i), &item.id)).is_some();
        let meaning = answer.map(|a| rounds::answer_text(b.question(i), a, format));
        let beside = profile.and_then(|p| rounds::beside(b, i, p, format));
        let text = match (meaning, b.relevant(i)) {
            (Some(m), true) => m,
            (Some(m), false) => tr!("tui-review-kept-not-applicable", answer = m),
            (None, false) => not_applicable.clone(),
            (None, true) if draft => draft_only.clone(),
            (None, true) => not_answered.clone(),
        };
        let answer_style = if answer.is_some() {
            Default::default()
        } else {
            theme.dim()
        };
        if row.y + 1 < list.rows.bottom() {
            let mut spans = vec![Span::raw("  ")];
            spans.extend(round_mark(beside.as_ref(), app));
            spans.push(Span::styled(text, answer_style));
            if let Some(Beside {
                label,
                previous: Some(before),
                standing: None,
            }) = &beside
            {
                spans.push(Span::styled(
                    format!(
                        " ({})",
                        tr!("tui-review-before", round = label, answer = before)
                    ),
                    theme.dim(),
                ));
            }
            render_content_line(
                Line::from(spans),
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

/// The mark before an answer once a round is closed: carried over and still to confirm, or
/// changed since last round.
fn round_mark(beside: Option<&Beside>, app: &App) -> Option<Span<'static>> {
    let beside = beside?;
    if let Some(from) = beside.carried() {
        return Some(Span::styled(
            format!("{} ", tr!("tui-review-to-confirm", round = from)),
            app.theme.warn(),
        ));
    }
    match beside.standing {
        Some(Standing::Updated) => Some(Span::styled(
            format!("{} ", tr!("tui-review-changed")),
            app.theme.dim(),
        )),
        _ => None,
    }
}
