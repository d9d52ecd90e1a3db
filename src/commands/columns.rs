//! Columns of text lined up by their display width, whatever the language of their headings:
//! a column is as wide as the English layout made it, or as its heading when that is wider.

use unicode_width::UnicodeWidthStr;

/// `text` followed by spaces up to `width` columns.
pub fn left(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

/// Spaces up to `width` columns, then `text`.
pub fn right(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

/// The headings `ids` in the interface's language, with each column's width: at least
/// `least`, and at least its heading.
pub fn headings<const N: usize>(ids: [&str; N], least: [usize; N]) -> ([String; N], [usize; N]) {
    let messages = workbook_core::messages::ui();
    let texts = ids.map(|id| messages.text(id));
    let mut widths = least;
    for (width, text) in widths.iter_mut().zip(&texts) {
        *width = (*width).max(text.width());
    }
    (texts, widths)
}
