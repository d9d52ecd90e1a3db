//! A list taller than its area: the rows that fit around the cursor, and a line above and below
//! that says how many rows are out of sight ("↑ 3 more", "↓ 12 more"), so that nothing is
//! hidden without a sign.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::clip::render_line;
use super::cursor::{ListCursor, Window};
use super::theme::Theme;

/// Where a list's rows and its "more" lines go in an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scrolled {
    pub window: Window,
    /// The rows of the list, `per_row` screen rows each.
    pub rows: Rect,
    /// The line for "↑ n more" and the one for "↓ n more", when the list does not fit.
    above: Option<Rect>,
    below: Option<Rect>,
}

impl Scrolled {
    /// Lays out the list of `cursor` in `area`, `per_row` screen rows per list row. A list
    /// that fits takes the whole area; one that does not gives up the first and last line to
    /// say what is out of sight.
    pub fn layout(cursor: &ListCursor, area: Rect, per_row: u16) -> Scrolled {
        let per_row = per_row.max(1);
        let fits = cursor.len() * usize::from(per_row) <= usize::from(area.height);
        if fits || area.height < 3 {
            return Scrolled {
                window: cursor.window(usize::from(area.height / per_row)),
                rows: area,
                above: None,
                below: None,
            };
        }
        let rows = Rect {
            y: area.y + 1,
            height: area.height - 2,
            ..area
        };
        let line = |y| {
            Some(Rect {
                y,
                height: 1,
                ..area
            })
        };
        Scrolled {
            window: cursor.window(usize::from(rows.height / per_row)),
            rows,
            above: line(area.y),
            below: line(area.bottom() - 1),
        }
    }

    /// The screen row of the `k`-th row shown (0 is the first shown), one line high.
    pub fn row(&self, k: usize, per_row: u16) -> Rect {
        Rect {
            y: self.rows.y + (k as u16) * per_row.max(1),
            height: 1,
            ..self.rows
        }
    }

    /// Draws the "more" lines.
    pub fn render_marks(&self, theme: Theme, buf: &mut Buffer) {
        let marks = [
            (self.above, self.window.above, true),
            (self.below, self.window.below, false),
        ];
        for (area, hidden, up) in marks {
            if let (Some(area), true) = (area, hidden > 0) {
                let text = if up {
                    crate::tr!("tui-more-above", count = hidden)
                } else {
                    crate::tr!("tui-more-below", count = hidden)
                };
                render_line(Line::from(Span::styled(text, theme.dim())), area, buf);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(buf: &Buffer, y: u16) -> String {
        (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol())
            .collect::<String>()
            .trim_end()
            .to_string()
    }

    #[test]
    fn a_long_list_says_how_many_rows_are_above_and_below() {
        let area = Rect::new(0, 0, 20, 6);
        let cursor = ListCursor::at(10, 30);
        let s = Scrolled::layout(&cursor, area, 1);
        assert_eq!(s.rows.height, 4);
        assert_eq!((s.window.start, s.window.end), (7, 11));
        let mut buf = Buffer::empty(area);
        s.render_marks(Theme::plain(), &mut buf);
        assert_eq!(text(&buf, 0), "↑ 7 more");
        assert_eq!(text(&buf, 5), "↓ 19 more");
        // At the top nothing is above: the line stays empty.
        let s = Scrolled::layout(&ListCursor::new(30), area, 2);
        let mut buf = Buffer::empty(area);
        s.render_marks(Theme::plain(), &mut buf);
        assert_eq!((text(&buf, 0).as_str(), s.window.end), ("", 2));
        assert_eq!(text(&buf, 5), "↓ 28 more");
    }

    #[test]
    fn a_list_that_fits_takes_the_whole_area() {
        let area = Rect::new(0, 0, 20, 6);
        let s = Scrolled::layout(&ListCursor::new(3), area, 2);
        assert_eq!((s.rows, s.window.end, s.window.below), (area, 3, 0));
    }
}
