//! Drawing the whole app: header, the screen, a message line, the footer of keys and the help
//! overlay. Reads state only.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::app::{App, SaveState};
use super::bidi;
use super::clip::render_line;
use super::keys;
use super::labels;
use super::screen::{self, Screen};
use crate::text::sanitize_line;
use crate::tr;
use unicode_width::UnicodeWidthStr;

/// Below this the screens cannot be used; the app asks for a larger window instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        buf.set_style(area, self.theme.base());
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let text = tr!(
                "tui-window-too-small",
                min = format!("{MIN_WIDTH}x{MIN_HEIGHT}"),
                now = format!("{}x{}", area.width, area.height)
            );
            Paragraph::new(bidi::wrap(&[Line::from(text)], area.width)).render(area, buf);
            return;
        }
        let banner = u16::from(self.read_only) + u16::from(self.demo);
        let [header, banner_area, body, message, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(banner),
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        self.render_header(header, buf);
        let mut banners = Vec::new();
        if self.demo {
            banners.push(Line::from(Span::styled(
                tr!("tui-demo-banner"),
                self.theme.warn(),
            )));
        }
        if self.read_only {
            banners.push(Line::from(Span::styled(
                tr!("tui-read-only"),
                self.theme.warn(),
            )));
        }
        for (k, banner) in banners.into_iter().enumerate() {
            let row = Rect {
                y: banner_area.y + k as u16,
                height: 1,
                ..banner_area
            };
            render_line(banner, row, buf);
        }
        let body = Rect {
            x: body.x + 1,
            width: body.width.saturating_sub(2),
            ..body
        };
        match &self.screen {
            Screen::Empty => {}
            Screen::City(s) => screen::city::render(self, s, body, buf),
            Screen::Home(s) => screen::home::render(self, s, body, buf),
            Screen::Question(s) => screen::question::render(self, s, body, buf),
            Screen::Outline(s) => screen::outline::render(self, s, body, buf),
            Screen::Search(s) => screen::search::render(self, s, body, buf),
            Screen::Review(s) => screen::review::render(self, s, body, buf),
            Screen::Plan(s) => screen::plan::render(self, s, body, buf),
        }
        if let Some((text, warn)) = &self.message {
            let style = if *warn {
                self.theme.warn()
            } else {
                self.theme.ok()
            };
            render_line(
                Line::from(Span::styled(sanitize_line(text), style)),
                message,
                buf,
            );
        }
        self.render_footer(footer, buf);
        if self.help {
            screen::help::render(self, area, buf);
        }
    }
}

impl App {
    fn render_header(&self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        buf.set_style(area, theme.bar());
        let city = match &self.profile {
            Some(p) => format!(
                " {} · {} · {}",
                sanitize_line(&p.city.name),
                labels::role(p.city.role),
                labels::track(p.city.track)
            ),
            None => " workbook".to_string(),
        };
        let audience = if self.show_all {
            format!(" · {}", tr!("tui-header-all-questions"))
        } else {
            String::new()
        };
        let state = match (&self.save, self.read_only, &self.profile) {
            (_, _, None) => String::new(),
            (_, true, _) => tr!("tui-header-read-only"),
            (SaveState::Saved, _, _) => tr!("tui-header-saved"),
            (SaveState::Pending, _, _) => tr!("tui-header-unsaved"),
            (SaveState::Failed(_), _, _) => tr!("tui-header-not-saved"),
        };
        // Right to left, the header is mirrored: the city on the right, the save state on the
        // left.
        let rtl = bidi::interface_rtl();
        let status = match (state.is_empty(), rtl) {
            (true, _) => state,
            (false, false) => format!("{state} "),
            (false, true) => format!(" {state}"),
        };
        let status_w = u16::try_from(status.width()).unwrap_or(u16::MAX);
        // The city's part gives way to the save state in a narrow window, never overlaps it.
        let left_w = area.width.saturating_sub(status_w + 1);
        let left = super::widgets::fit(&bidi::unjoin(&format!("{city}{audience}")), left_w);
        let city_area = if rtl {
            Rect {
                x: area.right() - left_w,
                width: left_w,
                ..area
            }
        } else {
            area
        };
        bidi::reorder(Line::from(Span::styled(left, theme.bar())), rtl).render(city_area, buf);
        if status_w < area.width {
            let status_style = match self.save {
                SaveState::Failed(_) => theme.bar_warn(),
                _ => theme.bar(),
            };
            let at = if rtl { area.x } else { area.right() - status_w };
            let status_area = Rect {
                x: at,
                width: status_w,
                ..area
            };
            bidi::reorder(Line::from(Span::styled(status, status_style)), rtl)
                .alignment(ratatui::layout::Alignment::Left)
                .render(status_area, buf);
        }
    }

    fn render_footer(&self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let mut spans = Vec::new();
        let offered = |act| self.shows_key(act, true);
        for (key, label) in keys::footer_within(self.ctx(), &offered, usize::from(area.width)) {
            if !spans.is_empty() {
                spans.push(Span::raw("  "));
            }
            spans.push(Span::styled(key, theme.key()));
            spans.push(Span::raw(format!(" {label}")));
        }
        render_line(Line::from(spans), area, buf);
    }
}
