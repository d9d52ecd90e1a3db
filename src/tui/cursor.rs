//! One cursor for every list the interface shows: cities, workbooks, the outline, review,
//! search hits, choices, list items, table rows, help and the plan preview. It moves within its
//! bounds and tells the view which rows fit and how many are hidden above and below.

use super::keys::Act;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListCursor {
    pos: usize,
    len: usize,
}

/// The rows of a list that fit in a view, and how many are hidden on each side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start: usize,
    pub end: usize,
    pub above: usize,
    pub below: usize,
}

impl Window {
    pub fn rows(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

impl ListCursor {
    pub fn new(len: usize) -> ListCursor {
        ListCursor { pos: 0, len }
    }

    /// A cursor on `pos` (kept within the list).
    pub fn at(pos: usize, len: usize) -> ListCursor {
        ListCursor {
            pos: pos.min(len.saturating_sub(1)),
            len,
        }
    }

    pub fn pos(&self) -> usize {
        self.pos
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn last(&self) -> usize {
        self.len.saturating_sub(1)
    }

    pub fn set(&mut self, pos: usize) {
        self.pos = pos.min(self.last());
    }

    /// The list grew or shrank (a row added or deleted): the cursor stays within it.
    pub fn resize(&mut self, len: usize) {
        self.len = len;
        self.pos = self.pos.min(self.last());
    }

    pub fn up(&mut self) {
        self.pos = self.pos.saturating_sub(1);
    }

    pub fn down(&mut self) {
        self.pos = (self.pos + 1).min(self.last());
    }

    /// Applies a movement key; `page` rows for PageUp and PageDown. Returns whether `act` was a
    /// movement (whether or not the cursor could move).
    pub fn apply(&mut self, act: Act, page: usize) -> bool {
        let page = page.max(1);
        match act {
            Act::Up => self.up(),
            Act::Down => self.down(),
            Act::PageUp => self.pos = self.pos.saturating_sub(page),
            Act::PageDown => self.pos = (self.pos + page).min(self.last()),
            Act::Top => self.pos = 0,
            Act::Bottom => self.pos = self.last(),
            _ => return false,
        }
        true
    }

    /// The rows to draw in `height` rows so that the cursor is visible, scrolling only as far
    /// as needed (stateless: drawing never moves anything).
    pub fn window(&self, height: usize) -> Window {
        let height = height.max(1);
        let start = self.pos.saturating_sub(height - 1);
        let end = (start + height).min(self.len);
        Window {
            start,
            end,
            above: start,
            below: self.len - end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_within_bounds() {
        let mut c = ListCursor::new(3);
        c.apply(Act::Up, 1);
        assert_eq!(c.pos(), 0);
        c.apply(Act::PageDown, 10);
        assert_eq!(c.pos(), 2);
        c.apply(Act::Down, 1);
        assert_eq!(c.pos(), 2);
        c.resize(1);
        assert_eq!(c.pos(), 0);
        let mut empty = ListCursor::new(0);
        empty.apply(Act::Bottom, 1);
        assert_eq!(empty.pos(), 0);
    }

    #[test]
    fn windows_show_the_cursor_and_count_what_is_hidden() {
        let c = ListCursor::at(7, 10);
        let w = c.window(3);
        assert_eq!((w.start, w.end, w.above, w.below), (5, 8, 5, 2));
        let w = ListCursor::at(0, 2).window(5);
        assert_eq!((w.start, w.end, w.above, w.below), (0, 2, 0, 0));
    }
}
