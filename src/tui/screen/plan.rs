//! The plan preview: the city's action plan as it would be written, with a key to write it.

use std::sync::Arc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Back;
use crate::plan::{self, PlanAudience, PlanOptions};
use crate::profile::Profile;
use crate::text::sanitize;
use crate::tui::app::{App, Command};
use crate::tui::keys::Act;
use crate::tui::markdown;
use crate::tui::theme::Theme;
use crate::tui::transition::{Env, Goto, Input, Transition};
use crate::workbook::{Audience, Catalog};

#[derive(Debug)]
pub struct PlanScreen {
    /// The plan as markdown, as `w` writes it.
    pub markdown: String,
    pub lines: Arc<Vec<Line<'static>>>,
    pub scroll: u16,
    pub back: Back,
    /// The file `w` writes, in the working folder.
    pub file: String,
}

impl PlanScreen {
    /// The city's plan as it stands (a pure function of the workbooks and the profile: no
    /// I/O), for the audience on screen and without sensitive answers: the file is meant to be
    /// shared; `workbook plan --include-sensitive` adds them.
    pub fn build(
        catalog: &Catalog,
        profile: &Profile,
        audience: Audience,
        today: jiff::civil::Date,
        theme: Theme,
        back: Back,
    ) -> Result<PlanScreen, String> {
        let mut options = PlanOptions::new(today);
        options.audience = match audience {
            Audience::Mayor => PlanAudience::Mayor,
            Audience::Official => PlanAudience::Official,
            Audience::Both => PlanAudience::All,
        };
        let markdown = plan::render(catalog, profile, &options).map_err(|e| e.to_string())?;
        let lines = Arc::new(markdown::render(&sanitize(&markdown), &[], theme));
        Ok(PlanScreen {
            markdown,
            lines,
            scroll: 0,
            back,
            file: plan_file_name(&profile.city.name),
        })
    }

    pub fn handle(&mut self, input: Input, env: &Env) -> Transition {
        let page = env.size.1.saturating_sub(4).max(1);
        let last = u16::try_from(self.lines.len().saturating_sub(1)).unwrap_or(u16::MAX);
        let act = match input {
            Input::Act(act) => act,
            Input::Scroll(delta) => {
                self.scroll = self.scroll.saturating_add_signed(delta).min(last);
                return Transition::stay();
            }
            _ => return Transition::stay(),
        };
        match act {
            Act::Back => return Transition::to(Goto::Back(self.back.clone())),
            Act::WritePlan => {
                return Transition::command(Command::WritePlan {
                    file: self.file.clone(),
                    text: self.markdown.clone(),
                });
            }
            Act::Up => self.scroll = self.scroll.saturating_sub(1),
            Act::Down => self.scroll = self.scroll.saturating_add(1),
            Act::PageUp => self.scroll = self.scroll.saturating_sub(page),
            Act::PageDown => self.scroll = self.scroll.saturating_add(page),
            Act::Top => self.scroll = 0,
            Act::Bottom => self.scroll = last,
            _ => {}
        }
        self.scroll = self.scroll.min(last);
        Transition::stay()
    }
}

/// A file name for the plan from the city's name: letters, digits and dashes only, so a city
/// name can never point outside the working folder.
pub fn plan_file_name(name: &str) -> String {
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

pub fn render(app: &App, state: &PlanScreen, area: Rect, buf: &mut Buffer) {
    let head = "Action plan preview: council edition (personal data left out)";
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
