//! The plan preview: the city's action plan as it would be written, with a key to write it.

use std::sync::Arc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Back;
use crate::plan::{self, Edition, Format, PlanAudience, PlanOptions};
use crate::profile::Profile;
use crate::text::sanitize;
use crate::tr;
use crate::tui::app::{App, Command};
use crate::tui::bidi;
use crate::tui::cursor::ListCursor;
use crate::tui::keys::{Act, Ctx};
use crate::tui::markdown;
use crate::tui::theme::Theme;
use crate::tui::transition::{Effect, Env, Goto, Input, Transition};
use crate::workbook::{Audience, Catalog};

/// The formats `w` offers, with the message naming them in the chooser and the file ending.
pub const WRITABLE: &[(Format, &str, &str)] = &[
    (Format::Markdown, "tui-plan-format-markdown", "md"),
    (Format::Html, "tui-plan-format-html", "html"),
    (Format::Docx, "tui-plan-format-docx", "docx"),
];

#[derive(Debug)]
pub struct PlanScreen {
    /// The plan as markdown, as the preview shows it.
    pub markdown: String,
    /// The plan read once, laid out for the window's width when drawn.
    pub doc: Arc<markdown::Doc>,
    /// The first line shown (of the plan laid out for the window).
    pub scroll: u16,
    pub back: Back,
    pub edition: Edition,
    pub audience: PlanAudience,
    /// The file name `w` writes, without its ending, in the working folder.
    pub stem: String,
    /// The format chooser `w` opened.
    pub choosing: Option<ListCursor>,
    /// A write waiting for the user to say whether the existing file may be replaced.
    pub confirm: Option<Command>,
}

impl PlanScreen {
    /// The city's plan as it stands (a pure function of the workbooks and the profile: no
    /// I/O), for the audience on screen, in `edition` (the council edition unless the user
    /// chose another with `e`).
    pub fn build(
        catalog: &Catalog,
        profile: &Profile,
        audience: Audience,
        today: jiff::civil::Date,
        theme: Theme,
        (back, edition): (Back, Edition),
    ) -> Result<PlanScreen, String> {
        let mut options = PlanOptions::new(today);
        options.audience = match audience {
            Audience::Mayor => PlanAudience::Mayor,
            Audience::Official => PlanAudience::Official,
            Audience::Both => PlanAudience::All,
        };
        options.edition = edition;
        let markdown = plan::render(catalog, profile, &options).map_err(|e| e.to_string())?;
        let doc = Arc::new(markdown::document(&sanitize(&markdown), &[], theme));
        Ok(PlanScreen {
            markdown,
            doc,
            scroll: 0,
            back,
            edition,
            audience: options.audience,
            stem: plan_file_stem(&profile.city.name, edition),
            choosing: None,
            confirm: None,
        })
    }

    /// Which keys apply: the preview, the format chooser, or the question about a file.
    pub fn ctx(&self) -> Ctx {
        match (&self.confirm, &self.choosing) {
            (Some(_), _) => Ctx::PlanConfirm,
            (None, Some(_)) => Ctx::PlanWrite,
            (None, None) => Ctx::Plan,
        }
    }

    /// The file `format` is written to, in the working folder.
    pub fn file(&self, format: Format) -> String {
        let ending = WRITABLE
            .iter()
            .find(|(f, _, _)| *f == format)
            .map_or("txt", |(_, _, e)| e);
        format!("{}.{ending}", self.stem)
    }

    fn write(&self, format: Format, replace: bool) -> Command {
        Command::WritePlan {
            file: self.file(format),
            format,
            edition: self.edition,
            audience: self.audience,
            replace,
        }
    }

    pub fn handle(&mut self, input: Input, env: &Env) -> Transition {
        if let Some(command) = self.confirm.take() {
            return match input {
                Input::Act(Act::Yes) => {
                    let Command::WritePlan { format, .. } = command else {
                        return Transition::stay();
                    };
                    Transition::command(self.write(format, true))
                }
                Input::Act(Act::No | Act::Back) => Transition::note(tr!("tui-plan-file-kept")),
                _ => {
                    self.confirm = Some(command);
                    Transition::stay()
                }
            };
        }
        if let Some(cursor) = &mut self.choosing {
            let Input::Act(act) = input else {
                return Transition::stay();
            };
            match act {
                Act::Back => self.choosing = None,
                Act::Select => {
                    let format = WRITABLE[cursor.pos()].0;
                    self.choosing = None;
                    return Transition::command(self.write(format, false));
                }
                other => {
                    cursor.apply(other, WRITABLE.len());
                }
            }
            return Transition::stay();
        }
        // The preview's own rows: the body without its title line. Scrolling stops when the
        // plan's last line is at the bottom.
        let (width, height) = env.body_size();
        let page = height.saturating_sub(1).max(1);
        let rows = self.doc.layout(width).len();
        let last = u16::try_from(rows.saturating_sub(usize::from(page))).unwrap_or(u16::MAX);
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
                self.choosing = Some(ListCursor::new(WRITABLE.len()));
                return Transition::stay();
            }
            Act::Edition => {
                let next = match self.edition {
                    Edition::Public => Edition::Council,
                    Edition::Council => Edition::Restricted,
                    Edition::Restricted => Edition::Public,
                };
                return Transition::stay().with(Effect::PlanEdition(next));
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

/// A file name (without its ending) for the plan from the city's name and the edition:
/// letters, digits and dashes only, so a city name can never point outside the working folder.
pub fn plan_file_stem(name: &str, edition: Edition) -> String {
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
    match edition {
        Edition::Council => format!("action-plan-{slug}"),
        other => format!("action-plan-{slug}-{}", other.name()),
    }
}

pub fn render(app: &App, state: &PlanScreen, area: Rect, buf: &mut Buffer) {
    let head = match state.edition {
        Edition::Public => tr!("tui-plan-head-public"),
        Edition::Council => tr!("tui-plan-head-council"),
        Edition::Restricted => tr!("tui-plan-head-restricted"),
    };
    crate::tui::clip::render_row(
        Line::from(Span::styled(head, app.theme.title())),
        Rect { height: 1, ..area },
        buf,
    );
    let body = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    let rows = state.doc.layout(body.width);
    for (y, line) in (body.y..body.bottom()).zip(rows.iter().skip(usize::from(state.scroll))) {
        line.render(
            Rect {
                y,
                height: 1,
                ..body
            },
            buf,
        );
    }
    render_dialog(app, state, area, buf);
}

/// The chooser `w` opens, or the question about an existing file, over the preview.
fn render_dialog(app: &App, state: &PlanScreen, area: Rect, buf: &mut Buffer) {
    use ratatui::widgets::{Block, Borders, Clear};
    let theme = app.theme;
    let (title, lines): (String, Vec<Line>) = match (&state.confirm, &state.choosing) {
        (Some(Command::WritePlan { file, .. }), _) => (
            format!(" {} ", tr!("tui-plan-replace-title")),
            vec![
                Line::from(tr!("tui-plan-file-exists", file = file)),
                Line::from(tr!("tui-plan-replace-keys")),
            ],
        ),
        (_, Some(cursor)) => (
            format!(
                " {} ",
                match state.edition {
                    Edition::Public => tr!("tui-plan-write-public"),
                    Edition::Council => tr!("tui-plan-write-council"),
                    Edition::Restricted => tr!("tui-plan-write-restricted"),
                }
            ),
            WRITABLE
                .iter()
                .enumerate()
                .map(|(i, (format, label, _))| {
                    let text = tr!(
                        "tui-plan-format-file",
                        format = crate::messages::ui().text(label),
                        file = state.file(*format)
                    );
                    if i == cursor.pos() {
                        Line::from(Span::styled(format!("▸ {text}"), theme.selected()))
                    } else {
                        Line::from(format!("  {text}"))
                    }
                })
                .collect(),
        ),
        _ => return,
    };
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = Rect {
        y: area.y + area.height.saturating_sub(height) / 2,
        height,
        ..area
    };
    Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(bidi::title(Line::from(Span::styled(title, theme.title()))));
    let inner = block.inner(popup);
    block.render(popup, buf);
    if lines.iter().any(bidi::line_needed) {
        Paragraph::new(bidi::wrap(&lines, inner.width)).render(inner, buf);
    } else {
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(inner, buf);
    }
}
