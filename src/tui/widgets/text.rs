//! A text field: the editing core ([`EditCore`]) and how it is drawn, on one line (short text,
//! number, date, list items, cells, the search box, the city form) or wrapped at words (long
//! text, and a table cell typed in full).
//!
//! A long text can be large (a pasted report of a megabyte). Only the rows on screen are
//! drawn, and the wrapping is kept per width and patched around each edit, so a keystroke
//! costs the same in a megabyte as in a line.

use std::cell::{Cell, RefCell};

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthChar;

use super::edit::{Change, EditCore};

#[derive(Debug, Clone)]
pub struct TextField {
    core: EditCore,
    multiline: bool,
    placeholder: Option<String>,
    /// The text's rows at the width last drawn. A memo: drawing fills it when the width
    /// changes, edits patch it; it never changes what is typed or shown.
    wrap: RefCell<Option<Wrap>>,
    /// The first row shown last time, so that the view follows the cursor without jumping.
    top: Cell<usize>,
}

/// Makes pasted text safe to keep: no control characters or escape sequences; line breaks
/// (any convention) kept only where the field has several lines, else folded into spaces.
pub fn clean_paste(text: &str, multiline: bool) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    crate::text::sanitize(&unified)
        .chars()
        .map(|c| match c {
            '\t' => ' ',
            '\n' if !multiline => ' ',
            c => c,
        })
        .collect()
}

impl TextField {
    pub fn new(text: &str, multiline: bool, placeholder: Option<&str>) -> TextField {
        let text = if multiline {
            text.to_string()
        } else {
            text.replace('\n', " ")
        };
        TextField {
            core: EditCore::new(text, multiline),
            multiline,
            placeholder: placeholder.map(crate::text::sanitize_line),
            wrap: RefCell::new(None),
            top: Cell::new(0),
        }
    }

    pub fn text(&self) -> String {
        self.core.text().to_string()
    }

    /// The text, borrowed: for reading it without a copy.
    pub fn as_str(&self) -> &str {
        self.core.text()
    }

    pub fn is_empty(&self) -> bool {
        self.core.text().is_empty()
    }

    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// Feeds one key to the field; returns whether the text changed.
    pub fn key(&mut self, event: KeyEvent) -> bool {
        let rows = match event.code {
            KeyCode::Up => -1,
            KeyCode::Down => 1,
            KeyCode::PageUp => -10,
            KeyCode::PageDown => 10,
            _ => 0,
        };
        if rows != 0 {
            self.move_rows(rows);
            return false;
        }
        let change = self.core.key(event);
        self.patch(change)
    }

    pub fn paste(&mut self, text: &str) -> bool {
        let clean = clean_paste(text, self.multiline);
        let change = self.core.insert(&clean);
        self.patch(change)
    }

    /// Keeps the wrapping in step with an edit; returns whether the text changed.
    fn patch(&mut self, change: Change) -> bool {
        let Change::Text {
            at,
            removed,
            inserted,
        } = change
        else {
            return false;
        };
        if let Some(wrap) = self.wrap.get_mut() {
            wrap.edited(self.core.text(), at, removed, inserted);
        }
        true
    }

    /// Moves the cursor `n` rows down (up when negative), keeping its column.
    fn move_rows(&mut self, n: isize) {
        let text = self.core.text();
        let built;
        let cache = self.wrap.borrow();
        let wrap = match cache.as_ref() {
            Some(w) => w,
            None => {
                built = Wrap::new(text, u16::MAX);
                &built
            }
        };
        let row = wrap.row_of(self.core.cursor());
        let column = width(&text[wrap.rows[row]..self.core.cursor()]);
        let target = row
            .saturating_add_signed(n)
            .min(wrap.rows.len().saturating_sub(1));
        let (start, end) = wrap.span(text, target);
        let mut at = start;
        let mut used = 0;
        for (i, c) in text[start..end].char_indices() {
            let w = c.width().unwrap_or(0);
            if used + w > column {
                break;
            }
            used += w;
            at = start + i + c.len_utf8();
        }
        drop(cache);
        self.core.set_cursor(at);
    }

    /// Draws the field: wrapped when it holds several lines, else on one line scrolled to the
    /// cursor. An unfocused field is drawn as plain text, without a cursor.
    pub fn render(&self, area: Rect, buf: &mut Buffer, focused: bool) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        if self.core.text().is_empty() {
            self.render_placeholder(area, buf, focused);
        } else if !focused {
            let shown: String = self
                .core
                .text()
                .chars()
                .map(|c| if c == '\n' { ' ' } else { c })
                .take(usize::from(area.width) * 2)
                .collect();
            // Not being typed in: drawn in visual order (see `bidi`).
            if crate::tui::bidi::needed(&shown) {
                draw_visual(buf, area, &shown, Style::new());
            } else {
                draw(buf, area.x, area.y, &shown, area.width, Style::new());
            }
        } else if self.multiline {
            self.render_wrapped(area, buf);
        } else {
            self.render_line(area, buf);
        }
    }

    fn render_placeholder(&self, area: Rect, buf: &mut Buffer, focused: bool) {
        if let Some(p) = &self.placeholder {
            let dim = Style::new().add_modifier(Modifier::DIM);
            if crate::tui::bidi::needed(p) {
                draw_visual(buf, area, p, dim);
            } else {
                draw(buf, area.x, area.y, p, area.width, dim);
            }
        }
        if focused {
            cursor_at(buf, area.x, area.y);
        }
    }

    /// One line, scrolled so that the cursor is in view.
    fn render_line(&self, area: Rect, buf: &mut Buffer) {
        let text = self.core.text();
        let cursor = self.core.cursor();
        let room = usize::from(area.width).saturating_sub(1);
        let mut start = 0;
        let mut before = width(&text[..cursor]);
        for c in text.chars() {
            if before <= room {
                break;
            }
            before -= c.width().unwrap_or(0);
            start += c.len_utf8();
        }
        draw(
            buf,
            area.x,
            area.y,
            &text[start..],
            area.width,
            Style::new(),
        );
        cursor_at(buf, area.x + before as u16, area.y);
    }

    /// The whole text wrapped at words, the rows around the cursor shown.
    pub fn render_wrapped(&self, area: Rect, buf: &mut Buffer) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        let text = self.core.text();
        let mut cache = self.wrap.borrow_mut();
        if cache.as_ref().is_none_or(|w| w.width != area.width) {
            *cache = Some(Wrap::new(text, area.width));
        }
        let Some(wrap) = cache.as_ref() else { return };
        let height = usize::from(area.height);
        let row = wrap.row_of(self.core.cursor());
        let mut top = self.top.get().min(wrap.rows.len().saturating_sub(height));
        if row < top {
            top = row;
        } else if row >= top + height {
            top = row + 1 - height;
        }
        self.top.set(top);
        for (y, r) in (top..wrap.rows.len()).take(height).enumerate() {
            let (start, end) = wrap.span(text, r);
            draw(
                buf,
                area.x,
                area.y + y as u16,
                &text[start..end],
                area.width,
                Style::new(),
            );
        }
        let column = width(&text[wrap.rows[row]..self.core.cursor()]);
        let x = area.x + (column as u16).min(area.width - 1);
        cursor_at(buf, x, area.y + (row - top) as u16);
    }

    /// Rows the text takes wrapped at `width` (at least one), for a view that sizes itself.
    pub fn rows_at(&self, width: u16) -> usize {
        match self.wrap.borrow().as_ref() {
            Some(w) if w.width == width => w.rows.len(),
            _ => Wrap::new(self.core.text(), width).rows.len(),
        }
    }
}

/// Where each row of a text starts when it is wrapped at `width` columns: at a line break, or
/// before the word that does not fit (a word longer than the row is cut where it reaches the
/// edge). Blanks at the end of a row hang past the edge, as in a word processor.
#[derive(Debug, Clone)]
struct Wrap {
    width: u16,
    rows: Vec<usize>,
}

impl Wrap {
    fn new(text: &str, width: u16) -> Wrap {
        let mut rows = vec![0];
        let mut start = 0;
        while let Some(next) = next_row(text, start, usize::from(width)) {
            rows.push(next);
            start = next;
        }
        Wrap { width, rows }
    }

    fn row_of(&self, at: usize) -> usize {
        self.rows.partition_point(|&s| s <= at).saturating_sub(1)
    }

    /// The text of row `r`, without its line break.
    fn span(&self, text: &str, r: usize) -> (usize, usize) {
        let start = self.rows[r];
        let mut end = self.rows.get(r + 1).copied().unwrap_or(text.len());
        if end > start && text.as_bytes()[end - 1] == b'\n' {
            end -= 1;
        }
        (start, end)
    }

    /// Bytes `at..at + removed` became `inserted` bytes. Rows before the one above the edit
    /// cannot change; rows are wrapped again from there until a row starts where an old row
    /// started (moved by the edit), after which every row is as before.
    fn edited(&mut self, text: &str, at: usize, removed: usize, inserted: usize) {
        let width = usize::from(self.width);
        let delta = inserted as isize - removed as isize;
        let restart = self.row_of(at).saturating_sub(1);
        // Rows up to `restart` stay; only a later old row can be where the wrapping meets up.
        let tail = self
            .rows
            .partition_point(|&s| s < at + removed)
            .max(restart + 1);
        let mut fresh = Vec::new();
        let mut start = self.rows[restart];
        let mut old = tail;
        let mut resync = None;
        while let Some(next) = next_row(text, start, width) {
            if next >= at + inserted {
                let before = (next as isize - delta) as usize;
                while old < self.rows.len() && self.rows[old] < before {
                    old += 1;
                }
                if self.rows.get(old) == Some(&before) {
                    resync = Some(old);
                    break;
                }
            }
            fresh.push(next);
            start = next;
        }
        let keep_from = resync.unwrap_or(self.rows.len());
        for s in &mut self.rows[keep_from..] {
            *s = (*s as isize + delta) as usize;
        }
        self.rows.splice(restart + 1..keep_from, fresh);
    }
}

/// Where the row starting at byte `start` ends: the start of the next row, or `None` when the
/// text ends on this row.
fn next_row(text: &str, start: usize, width: usize) -> Option<usize> {
    let mut used = 0;
    let mut word_start = None;
    let mut after_blank = false;
    for (i, c) in text[start..].char_indices() {
        let at = start + i;
        if c == '\n' {
            return Some(at + 1);
        }
        let w = c.width().unwrap_or(0);
        if c.is_whitespace() {
            after_blank = true;
            used += w;
            continue;
        }
        if after_blank {
            word_start = Some(at);
            after_blank = false;
        }
        if used + w > width && at > start {
            return Some(word_start.unwrap_or(at));
        }
        used += w;
    }
    None
}

fn width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Draws `text` from (`x`, `y`) in at most `room` columns, leaving out control characters (a
/// stored answer is untrusted).
fn draw(buf: &mut Buffer, x: u16, y: u16, text: &str, room: u16, style: Style) {
    let mut clean = String::new();
    let mut used = 0;
    for c in text.chars() {
        if c.is_control() {
            continue;
        }
        used += c.width().unwrap_or(0);
        if used > usize::from(room) {
            break;
        }
        clean.push(c);
    }
    buf.set_stringn(x, y, clean, usize::from(room), style);
}

/// Text that is not being typed (a placeholder, an unfocused field) on the first row of
/// `area`, cut with "…" and in visual order, on the right when the interface reads right to
/// left (see `bidi`).
fn draw_visual(buf: &mut Buffer, area: Rect, text: &str, style: Style) {
    let text = crate::tui::bidi::unjoin(text);
    let cut = crate::tui::clip::clip(&text, usize::from(area.width)).into_owned();
    let shown = crate::tui::bidi::text(cut);
    let x = if crate::tui::bidi::interface_rtl() {
        area.right().saturating_sub(width(&shown) as u16)
    } else {
        area.x
    };
    draw(buf, x, area.y, &shown, area.width, style);
}

/// The cursor as a reversed cell: it needs no colour, so NO_COLOR needs no special case.
fn cursor_at(buf: &mut Buffer, x: u16, y: u16) {
    if let Some(cell) = buf.cell_mut((x, y)) {
        cell.set_style(Style::new().add_modifier(Modifier::REVERSED));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyModifiers;

    fn typed(field: &mut TextField, text: &str) {
        for c in text.chars() {
            field.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
    }

    #[test]
    fn stores_wide_combining_and_rtl_text_exactly() {
        let mut f = TextField::new("", false, None);
        typed(&mut f, "東京 é قطر");
        assert_eq!(f.text(), "東京 é قطر");
    }

    #[test]
    fn paste_strips_controls_and_folds_lines_on_one_line_fields() {
        let mut one = TextField::new("", false, None);
        one.paste("a\u{1b}[31mb\r\nc\u{7}");
        assert_eq!(one.text(), "ab c");
        let mut many = TextField::new("", true, None);
        many.paste("a\r\nb\tc");
        assert_eq!(many.text(), "a\nb c");
    }

    #[test]
    fn enter_never_breaks_a_one_line_field() {
        let mut f = TextField::new("x", false, None);
        assert!(!f.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
        assert_eq!(f.text(), "x");
    }

    fn rows(text: &str, width: u16) -> Vec<String> {
        let wrap = Wrap::new(text, width);
        (0..wrap.rows.len())
            .map(|r| {
                let (s, e) = wrap.span(text, r);
                text[s..e].to_string()
            })
            .collect()
    }

    #[test]
    fn wraps_at_words_and_cuts_only_words_longer_than_a_row() {
        assert_eq!(
            rows("Lyon Youth Council\nabcdefghij", 8),
            ["Lyon ", "Youth ", "Council", "abcdefgh", "ij"]
        );
        assert_eq!(rows("ends with a break\n", 80), ["ends with a break", ""]);
    }

    /// The patched wrapping is the wrapping of the new text, whatever the edit.
    #[test]
    fn patching_the_wrapping_after_an_edit_equals_wrapping_again() {
        let base = "The youth council meets monthly.\nIt has ten members and a budget of \
                    12,000 euros a year; a longwordthatdoesnotfitanyrow ends it.\n\nEnd";
        let width = 12;
        for at in 0..=base.len() {
            for (removed, inserted) in [
                (0, "x"),
                (0, " "),
                (0, "\n"),
                (1, ""),
                (3, "ab cd"),
                (0, "wide 東京 text "),
            ] {
                if !base.is_char_boundary(at) || at + removed > base.len() {
                    continue;
                }
                let mut wrap = Wrap::new(base, width);
                let mut text = base.to_string();
                text.replace_range(at..at + removed, inserted);
                wrap.edited(&text, at, removed, inserted.len());
                assert_eq!(
                    wrap.rows,
                    Wrap::new(&text, width).rows,
                    "at {at} -{removed} +{inserted:?}"
                );
            }
        }
    }

    #[test]
    fn a_long_text_shows_the_rows_around_the_cursor() {
        let text: String = (1..=50).map(|n| format!("line {n}\n")).collect();
        let field = TextField::new(text.trim_end(), true, None);
        let area = Rect::new(0, 0, 20, 4);
        let mut buf = Buffer::empty(area);
        field.render(area, &mut buf, true);
        let shown: Vec<String> = (0..4)
            .map(|y| {
                (0..20)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect();
        assert_eq!(shown, ["line 47", "line 48", "line 49", "line 50"]);
    }

    #[test]
    fn up_and_down_move_by_rows_as_drawn() {
        let mut field = TextField::new("aaaa bbbb cccc", true, None);
        let area = Rect::new(0, 0, 5, 3);
        field.render(area, &mut Buffer::empty(area), true);
        field.key(KeyEvent::new(KeyCode::Up, KeyModifiers::NONE));
        field.key(KeyEvent::new(KeyCode::Char('X'), KeyModifiers::NONE));
        assert_eq!(field.text(), "aaaa bbbbX cccc");
    }
}
