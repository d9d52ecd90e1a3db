//! Text that does not fit: cut at the edge of the window, it ends with "…" so that nothing is
//! hidden without a sign. Every one-line row of the interface is drawn through here.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

const ELLIPSIS: char = '…';

/// `text` cut to `width` columns, ending with "…" when something was cut.
pub fn clip(text: &str, width: usize) -> Cow<'_, str> {
    if text.width() <= width {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(cut(text, width))
    }
}

/// The start of `text` that fits in `width - 1` columns, and "…" (nothing in no room).
fn cut(text: &str, width: usize) -> String {
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push(ELLIPSIS);
    out
}

/// `line` cut to `width` columns; the "…" takes the style of the span it cuts.
pub fn clip_line(line: Line<'_>, width: usize) -> Line<'_> {
    if line.width() <= width {
        return line;
    }
    let mut left = width;
    let mut spans = Vec::new();
    let Line {
        spans: all,
        style,
        alignment,
    } = line;
    for span in all {
        let w = span.width();
        // The last span that fits whole must still leave a column for the "…".
        if w < left {
            left -= w;
            spans.push(span);
            continue;
        }
        // Too long, or exactly as long as the room while more follows: it gives up its last
        // column to the "…".
        spans.push(Span::styled(cut(&span.content, left), span.style));
        break;
    }
    let mut out = Line::from(spans).style(style);
    out.alignment = alignment;
    out
}

/// Draws `line` on the one row `area`, cut with "…" if it is too long, in visual order (see
/// [`super::bidi::row`]): right-aligned when the interface reads right to left.
pub fn render_line(line: Line<'_>, area: Rect, buf: &mut Buffer) {
    let line = if super::bidi::line_needed(&line) {
        super::bidi::unjoin_line(line)
    } else {
        line
    };
    super::bidi::row(clip_line(line, usize::from(area.width))).render(area, buf);
}

/// Draws `line`, a row of the workbook's or the user's text, on the one row `area`, cut with
/// "…" if it is too long, in visual order (see [`super::bidi::content_row`]).
pub fn render_content_line(line: Line<'_>, area: Rect, buf: &mut Buffer) {
    if !super::bidi::line_needed(&line) {
        clip_line(line, usize::from(area.width)).render(area, buf);
        return;
    }
    let line = clip_line(super::bidi::unjoin_line(line), usize::from(area.width));
    super::bidi::content_row(line).render(area, buf);
}

/// Draws `line` on the one row `area` as [`render_line`] does when it needs the bidirectional
/// algorithm (see [`super::bidi::line_needed`]); left-to-right text is drawn as it is, cut at
/// the edge without a mark.
pub fn render_row(line: Line<'_>, area: Rect, buf: &mut Buffer) {
    if super::bidi::line_needed(&line) {
        render_line(line, area, buf);
    } else {
        line.render(area, buf);
    }
}

/// Pads or cuts `text` to exactly `width` columns (cut text ends with "…").
pub fn fit(text: &str, width: usize) -> String {
    let cut = clip(text, width);
    let pad = width.saturating_sub(cut.width());
    let mut out = cut.into_owned();
    out.extend(std::iter::repeat_n(' ', pad));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Style};

    #[test]
    fn cut_text_ends_with_an_ellipsis_and_whole_text_stays() {
        assert_eq!(clip("Lyon Youth Council", 10), "Lyon Yout…");
        assert_eq!(clip("Lyon", 4), "Lyon");
        assert_eq!(clip("Lyon", 0), "");
        assert_eq!(clip("Lyon", 1), "…");
        // A wide character that would straddle the edge goes whole.
        assert_eq!(clip("東京東京", 4), "東…");
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(fit("abcdef", 4), "abc…");
    }

    #[test]
    fn a_cut_line_keeps_its_styles_up_to_the_ellipsis() {
        let red = Style::new().fg(Color::Red);
        let line = Line::from(vec![Span::raw("Outline "), Span::styled("of Lyon", red)]);
        let cut = clip_line(line.clone(), 12);
        assert_eq!(cut.to_string(), "Outline of …");
        assert_eq!(cut.spans[1].style, red);
        assert_eq!(clip_line(line.clone(), 15).to_string(), "Outline of Lyon");
        // The first span fills the width exactly while more follows.
        assert_eq!(clip_line(line, 8).to_string(), "Outline…");
    }
}
