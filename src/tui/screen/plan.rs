//! The plan preview: the city's action plan as it would be written, with a key to write it.

use std::sync::Arc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Back, Screen};
use crate::tui::app::{App, Command};
use crate::tui::keys::Act;

#[derive(Debug)]
pub struct PlanScreen {
    pub lines: Arc<Vec<Line<'static>>>,
    pub scroll: u16,
    pub back: Back,
}

impl App {
    /// Opens the plan preview, built from the answers as they are now.
    pub(crate) fn open_plan(&mut self, back: Back) -> Vec<Command> {
        match self.plan_preview() {
            Some(lines) => {
                self.screen = Screen::Plan(PlanScreen {
                    lines,
                    scroll: 0,
                    back,
                })
            }
            None => {
                self.go_back(back);
                self.note("the plan preview is not available in this build", true);
            }
        }
        Vec::new()
    }

    fn plan_preview(&self) -> Option<Arc<Vec<Line<'static>>>> {
        self.plan_text.clone()
    }

    pub(crate) fn plan_act(&mut self, mut state: PlanScreen, act: Act) -> Vec<Command> {
        let page = self.size.1.saturating_sub(4).max(1);
        match act {
            Act::Back => {
                self.go_back(state.back);
                return Vec::new();
            }
            Act::WritePlan => {
                self.screen = Screen::Plan(state);
                return vec![Command::WritePlan];
            }
            Act::Up => state.scroll = state.scroll.saturating_sub(1),
            Act::Down => state.scroll = state.scroll.saturating_add(1),
            Act::PageUp => state.scroll = state.scroll.saturating_sub(page),
            Act::PageDown => state.scroll = state.scroll.saturating_add(page),
            Act::Top => state.scroll = 0,
            _ => {}
        }
        self.screen = Screen::Plan(state);
        Vec::new()
    }
}

pub fn render(app: &App, state: &PlanScreen, area: Rect, buf: &mut Buffer) {
    Line::from(Span::styled("Action plan preview", app.theme.title())).render(area, buf);
    let body = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    Paragraph::new(state.lines.as_ref().clone())
        .wrap(Wrap { trim: false })
        .scroll((state.scroll, 0))
        .render(body, buf);
}
