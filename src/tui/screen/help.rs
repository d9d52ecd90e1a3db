//! The help overlay: every key that works on the screen underneath, from the key table, each
//! once, and what the mouse does. Long help scrolls and says how much is out of sight.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use crate::tr;
use crate::tui::app::App;
use crate::tui::bidi;
use crate::tui::keys;
use crate::tui::theme::Theme;
use crate::tui::widgets::edit::KEYS;

/// The popup's place in `area` and its lines, wrapped to its inner width.
fn layout(app: &App, area: Rect) -> (Rect, Vec<Line<'static>>) {
    let width = area.width.saturating_sub(4).min(72).max(area.width.min(20));
    let inner_w = usize::from(width.saturating_sub(2));
    let offered = |act| app.shows_key(act, false);
    let lines = lines(app.screen.ctx(), &offered, app.theme, inner_w);
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = Rect {
        x: area.x + (area.width.saturating_sub(width)) / 2,
        y: area.y + (area.height.saturating_sub(height)) / 2,
        width,
        height,
    };
    (popup, lines)
}

/// How far the help can scroll in a window of `size`.
pub fn max_scroll(app: &App, size: (u16, u16)) -> u16 {
    let (popup, lines) = layout(app, Rect::new(0, 0, size.0, size.1));
    let shown = usize::from(popup.height.saturating_sub(2));
    u16::try_from(lines.len().saturating_sub(shown)).unwrap_or(u16::MAX)
}

/// One line per key (continuations indented under the meaning), the editing keys while a
/// field is being typed in, then the mouse.
fn lines(
    ctx: keys::Ctx,
    offered: &dyn Fn(keys::Act) -> bool,
    theme: Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let mut entries = keys::help(ctx, offered);
    if ctx.typing() {
        let messages = crate::messages::ui();
        entries.push((String::new(), String::new()));
        entries.push((tr!("tui-help-editing"), tr!("tui-help-editing-same")));
        entries.extend(KEYS.iter().map(|(k, h)| (k.to_string(), messages.text(h))));
    }
    // Mouse capture is off: the terminal keeps the mouse for selecting text.
    entries.push((tr!("tui-help-mouse"), tr!("tui-help-mouse-does")));
    let key_w = entries
        .iter()
        .map(|(k, _)| k.width())
        .max()
        .unwrap_or(0)
        .min(width / 3);
    let text_w = width.saturating_sub(key_w + 2).max(1);
    let mut out = Vec::new();
    for (key, meaning) in entries {
        // Measured as drawn (see `bidi::unjoin`).
        let meaning = bidi::unjoin(&meaning).into_owned();
        // A key list wider than its column gets a line of its own.
        let own_line = key.width() > key_w;
        if own_line {
            out.push(bidi::row(Line::from(Span::styled(
                key.clone(),
                theme.key(),
            ))));
        }
        for (n, part) in wrap(&meaning, text_w).into_iter().enumerate() {
            let first = if n == 0 && !own_line {
                key.as_str()
            } else {
                ""
            };
            let pad = key_w.saturating_sub(first.width());
            out.push(bidi::row(Line::from(vec![
                Span::styled(format!("{first}{}  ", " ".repeat(pad)), theme.key()),
                Span::raw(part),
            ])));
        }
    }
    out
}

/// `text` in lines of at most `width` columns, broken between words (a longer word is cut).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let extra = usize::from(!line.is_empty());
        if !line.is_empty() && line.width() + extra + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let (popup, lines) = layout(app, area);
    let shown = usize::from(popup.height.saturating_sub(2));
    let max = lines.len().saturating_sub(shown);
    let scroll = usize::from(app.help_scroll).min(max);
    let below = max - scroll;
    Clear.render(popup, buf);
    buf.set_style(popup, theme.base());
    let title = if max > 0 {
        format!(" {} ", tr!("tui-help-title-scroll"))
    } else {
        format!(" {} ", tr!("tui-help-title"))
    };
    let mut block = Block::default()
        .borders(Borders::ALL)
        .title(bidi::title(Line::from(Span::styled(title, theme.title()))));
    let mut hidden = Vec::new();
    if scroll > 0 {
        hidden.push(tr!("tui-more-above", count = scroll));
    }
    if below > 0 {
        hidden.push(tr!("tui-more-below", count = below));
    }
    if !hidden.is_empty() {
        let text = format!(" {} ", hidden.join("  "));
        let line = bidi::reorder(Line::from(Span::styled(text, theme.title())), false);
        block = block.title_bottom(if bidi::interface_rtl() {
            line.left_aligned()
        } else {
            line.right_aligned()
        });
    }
    Paragraph::new(
        lines
            .into_iter()
            .skip(scroll)
            .take(shown)
            .collect::<Vec<_>>(),
    )
    .block(block)
    .render(popup, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_between_words() {
        assert_eq!(wrap("save and quit", 8), vec!["save and", "quit"]);
        assert_eq!(wrap("help", 8), vec!["help"]);
    }
}
