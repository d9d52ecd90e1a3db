//! The help overlay: every key that works on the screen underneath, from the key table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crate::tui::app::App;
use crate::tui::keys;
use crate::tui::widgets::edit::KEYS;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let ctx = app.screen.ctx();
    let mut entries: Vec<(String, &str)> = keys::help(ctx);
    if ctx.typing() {
        entries.push((String::new(), ""));
        entries.push(("Editing text".to_string(), "(the same in every field)"));
        entries.extend(KEYS.iter().map(|(k, h)| (k.to_string(), *h)));
    }
    let width = area.width.saturating_sub(4).min(72).max(area.width.min(20));
    let height = (entries.len() as u16 + 2).min(area.height);
    let more = entries.len() as u16 + 2 > area.height;
    let popup = Rect {
        x: area.x + (area.width.saturating_sub(width)) / 2,
        y: area.y + (area.height.saturating_sub(height)) / 2,
        width,
        height,
    };
    Clear.render(popup, buf);
    let block = Block::default().borders(Borders::ALL).title(Span::styled(
        if more {
            " Keys (↑↓ more, Esc closes) "
        } else {
            " Keys (Esc closes) "
        },
        theme.title(),
    ));
    let key_w = entries
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        .min(22);
    let lines: Vec<Line> = entries
        .into_iter()
        .map(|(k, h)| {
            Line::from(vec![
                Span::styled(format!("{k:<key_w$}  "), theme.key()),
                Span::raw(h),
            ])
        })
        .collect();
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .render(popup, buf);
}
