//! The plan preview: the city's action plan as it would be written, with a key to write it.

use std::sync::Arc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Back, Screen};
use crate::plan::{self, PlanAudience, PlanOptions};
use crate::profile::Role;
use crate::text::sanitize;
use crate::tui::app::{App, Command};
use crate::tui::keys::Act;
use crate::tui::markdown;

#[derive(Debug)]
pub struct PlanScreen {
    /// The plan as markdown, as `w` writes it.
    pub markdown: String,
    pub lines: Arc<Vec<Line<'static>>>,
    pub scroll: u16,
    pub back: Back,
}

impl App {
    /// Opens the plan preview, built from the answers as they are now (a pure function of the
    /// workbooks and the profile: no I/O).
    pub(crate) fn open_plan(&mut self, back: Back) -> Vec<Command> {
        match self.plan_markdown() {
            Ok(markdown) => {
                let lines = Arc::new(markdown::render(&sanitize(&markdown), &[], self.theme));
                let state = PlanScreen {
                    markdown,
                    lines,
                    scroll: 0,
                    back,
                };
                self.screen = Screen::Plan(state);
            }
            Err(message) => {
                self.go_back(back);
                self.note(message, true);
            }
        }
        Vec::new()
    }

    /// The city's plan as markdown for the audience on screen, without sensitive answers (the
    /// file is meant to be shared; `workbook plan --include-sensitive` adds them).
    fn plan_markdown(&self) -> Result<String, String> {
        let profile = self.profile.as_ref().ok_or("open a city first")?;
        let mut options = PlanOptions::new(self.today);
        options.audience = match (self.show_all, profile.city.role) {
            (true, _) => PlanAudience::All,
            (false, Role::Mayor) => PlanAudience::Mayor,
            (false, Role::Official) => PlanAudience::Official,
        };
        plan::render(&self.catalog, profile, &options).map_err(|e| e.to_string())
    }

    /// A file name for the plan from the city's name: letters, digits and dashes only, so a
    /// city name can never point outside the working folder.
    pub fn plan_file_name(&self) -> String {
        let name = self
            .profile
            .as_ref()
            .map(|p| p.city.name.as_str())
            .unwrap_or("");
        let dashed: String = name
            .chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let slug: Vec<&str> = dashed.split('-').filter(|p| !p.is_empty()).collect();
        let slug = if slug.is_empty() {
            "city".to_string()
        } else {
            slug.join("-")
        };
        format!("action-plan-{slug}.md")
    }

    pub(crate) fn plan_act(&mut self, mut state: PlanScreen, act: Act) -> Vec<Command> {
        let page = self.size.1.saturating_sub(4).max(1);
        match act {
            Act::Back => {
                self.go_back(state.back);
                return Vec::new();
            }
            Act::WritePlan => {
                let file = self.plan_file_name();
                let text = state.markdown.clone();
                self.screen = Screen::Plan(state);
                return vec![Command::WritePlan { file, text }];
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
    let head = "Action plan preview (sensitive answers left out)";
    Line::from(Span::styled(head, app.theme.title())).render(area, buf);
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
