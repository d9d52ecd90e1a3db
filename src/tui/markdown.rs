//! Markdown to ratatui lines as a reader sees it: headings styled (no `#`), lists with their
//! markers, bold and italics, links as their text with the address once, tables in aligned
//! columns, glossary terms picked out. Walks comrak's AST once (guidance: once per question,
//! cached by the app; the plan: once per preview); [`Doc::layout`] then fits it to a width.

use comrak::nodes::{ListType, NodeValue};
use comrak::{Arena, Node, Options, parse_document};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::bidi;
use super::theme::Theme;

/// Renders sanitised Markdown `text` to lines (for a widget that wraps them, and with a table's
/// columns as wide as their content); `terms` are glossary terms (any case) to highlight.
/// The lines are in logical order: whoever wraps them puts them in visual order after.
pub fn render(text: &str, terms: &[String], theme: Theme) -> Vec<Line<'static>> {
    document(text, terms, theme).lines(u16::MAX, false)
}

/// Sanitised Markdown `text` read once, to be laid out at any width.
pub fn document(text: &str, terms: &[String], theme: Theme) -> Doc {
    let arena = Arena::new();
    let mut options = Options::default();
    // Plans hold tables; guidance may too.
    options.extension.table = true;
    let root = parse_document(&arena, text, &options);
    let mut out = Writer {
        pieces: Vec::new(),
        current: Vec::new(),
        terms: terms.iter().map(|t| lowercase(t)).collect(),
        theme,
        prefix: Vec::new(),
    };
    out.block(root);
    out.flush();
    // Measured as drawn: see `bidi::unjoin`.
    for piece in &mut out.pieces {
        match piece {
            Piece::Line(line, _) => {
                for span in &mut line.spans {
                    if let std::borrow::Cow::Owned(text) = bidi::unjoin(&span.content) {
                        span.content = text.into();
                    }
                }
            }
            Piece::Table { rows, .. } => {
                for span in rows.iter_mut().flatten().flatten() {
                    if let std::borrow::Cow::Owned(text) = bidi::unjoin(&span.content) {
                        span.content = text.into();
                    }
                }
            }
        }
    }
    while out.pieces.last().is_some_and(Piece::is_blank) {
        out.pieces.pop();
    }
    let rtl = out.pieces.iter().any(|piece| match piece {
        Piece::Line(line, _) => line.spans.iter().any(|s| bidi::has_rtl(&s.content)),
        Piece::Table { rows, .. } => rows
            .iter()
            .flatten()
            .flatten()
            .any(|s| bidi::has_rtl(&s.content)),
    });
    Doc {
        pieces: out.pieces,
        rule: theme.dim(),
        rtl,
    }
}

/// A Markdown document as lines and tables, before it is fitted to a width.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pieces: Vec<Piece>,
    /// The style of a table's column rules.
    rule: Style,
    /// Whether it holds right-to-left text.
    rtl: bool,
}

#[derive(Debug, Clone)]
enum Piece {
    /// A line of text; wrapped lines start `hang` columns in (under a list item's text).
    Line(Line<'static>, usize),
    /// Rows of cells, the first the header when `header`.
    Table {
        rows: Vec<Vec<Vec<Span<'static>>>>,
        header: bool,
        indent: usize,
    },
}

impl Piece {
    fn is_blank(&self) -> bool {
        matches!(self, Piece::Line(l, _) if l.spans.is_empty())
    }
}

impl Doc {
    /// The document as screen lines `width` columns wide: text wrapped at word boundaries
    /// (list items wrap under their text), tables in columns sized from their content and
    /// cut with "…" when the window is too narrow. `u16::MAX` leaves text unwrapped.
    /// Right-to-left text is in visual order, its paragraphs right-aligned (see
    /// [`bidi`]).
    pub fn layout(&self, width: u16) -> Vec<Line<'static>> {
        self.lines(width, true)
    }

    /// Whether laying it out needs the bidirectional algorithm: it holds right-to-left text,
    /// or the interface reads right to left.
    pub fn needs_bidi(&self) -> bool {
        self.rtl || bidi::interface_rtl()
    }

    /// [`Doc::layout`], in visual order when `visual`, else in logical order.
    pub fn lines(&self, width: u16, visual: bool) -> Vec<Line<'static>> {
        let width = usize::from(width.max(1));
        let mut out = Vec::new();
        for piece in &self.pieces {
            match piece {
                Piece::Line(line, hang) => {
                    let mut wrapped = Vec::new();
                    wrap_line(line, *hang, width, &mut wrapped);
                    if visual {
                        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
                        out.extend(bidi::paragraph(&text, wrapped));
                    } else {
                        out.extend(wrapped);
                    }
                }
                Piece::Table {
                    rows,
                    header,
                    indent,
                } => table(rows, *header, *indent, width, self.rule, visual, &mut out),
            }
        }
        out
    }
}

/// Splits `line` into lines of at most `width` columns, breaking after spaces where it can.
pub(crate) fn wrap_line(
    line: &Line<'static>,
    hang: usize,
    width: usize,
    out: &mut Vec<Line<'static>>,
) {
    if line.width() <= width {
        out.push(line.clone());
        return;
    }
    let hang = if hang * 2 > width { 0 } else { hang };
    let mut current: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    // Words (with the spaces after them) as (text, style), across spans.
    for span in &line.spans {
        for word in span.content.split_inclusive(' ') {
            let w = UnicodeWidthStr::width(word);
            let bare = UnicodeWidthStr::width(word.trim_end_matches(' '));
            if used + bare > width && used > hang {
                out.push(Line::from(std::mem::take(&mut current)));
                current.push(Span::raw(" ".repeat(hang)));
                used = hang;
            }
            if used + bare > width {
                // A word longer than the line is cut into pieces that fit.
                let mut piece = String::new();
                for c in word.chars() {
                    let cw = UnicodeWidthChar::width(c).unwrap_or(0);
                    if used + cw > width && used > hang {
                        current.push(Span::styled(std::mem::take(&mut piece), span.style));
                        out.push(Line::from(std::mem::take(&mut current)));
                        current.push(Span::raw(" ".repeat(hang)));
                        used = hang;
                    }
                    piece.push(c);
                    used += cw;
                }
                current.push(Span::styled(piece, span.style));
                continue;
            }
            current.push(Span::styled(word.to_string(), span.style));
            used += w;
        }
    }
    if !current.is_empty() {
        out.push(Line::from(current));
    }
}

/// A table in aligned columns: each column as wide as its widest cell, the widest columns
/// narrowed first when they do not fit, cells cut with "…".
fn table(
    rows: &[Vec<Vec<Span<'static>>>],
    header: bool,
    indent: usize,
    width: usize,
    rule: Style,
    visual: bool,
    out: &mut Vec<Line<'static>>,
) {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    if columns == 0 {
        return;
    }
    let cell_width = |cell: &Vec<Span>| cell.iter().map(Span::width).sum::<usize>();
    let mut widths = vec![0; columns];
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell_width(cell));
        }
    }
    let room = width
        .saturating_sub(indent)
        .saturating_sub(3 * (columns - 1))
        .max(columns);
    fit(&mut widths, room);
    let separator = Span::styled(" │ ", rule);
    // Right to left, the columns run from the right: each cell in visual order on its own
    // (a row reordered whole would let a word run across the rules), the first on the right.
    let rtl = visual && bidi::interface_rtl();
    for (r, row) in rows.iter().enumerate() {
        let mut cells: Vec<Vec<Span<'static>>> = Vec::with_capacity(columns);
        for (i, &w) in widths.iter().enumerate() {
            let cell = row.get(i).map(Vec::as_slice).unwrap_or_default();
            let last = i + 1 == columns;
            let cut = cut(cell, w, !last || rtl);
            let text: String = cut.iter().map(|s| s.content.as_ref()).collect();
            cells.push(if visual && (rtl || bidi::has_rtl(&text)) {
                bidi::reorder(Line::from(cut), bidi::paragraph_rtl(&text)).spans
            } else {
                cut
            });
        }
        if rtl {
            cells.reverse();
        }
        let mut spans = Vec::new();
        if !rtl {
            spans.push(Span::raw(" ".repeat(indent)));
        }
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                spans.push(separator.clone());
            }
            spans.extend(cell);
        }
        let mut line = Line::from(spans);
        if rtl {
            line.spans.push(Span::raw(" ".repeat(indent)));
            line = line.right_aligned();
        }
        out.push(line);
        if r == 0 && header {
            let line: Vec<String> = widths.iter().map(|&w| "─".repeat(w)).collect();
            let rule_line = Line::from(vec![
                Span::raw(" ".repeat(indent)),
                Span::styled(line.join("─┼─"), rule),
            ]);
            out.push(if rtl {
                bidi::reorder(rule_line, true).right_aligned()
            } else {
                rule_line
            });
        }
    }
}

/// Narrows the widest columns until they fit in `room` (each keeps at least one column).
fn fit(widths: &mut [usize], room: usize) {
    while widths.iter().sum::<usize>() > room {
        let widest = widths.iter().copied().max().unwrap_or(0);
        if widest <= 1 {
            break;
        }
        let second = widths
            .iter()
            .copied()
            .filter(|&w| w < widest)
            .max()
            .unwrap_or(1);
        let count = widths.iter().filter(|&&w| w == widest).count();
        let excess = widths.iter().sum::<usize>() - room;
        // Lower the widest columns towards the next width, no further than needed.
        let step = (widest - second).min(excess.div_ceil(count)).max(1);
        for w in widths.iter_mut().filter(|w| **w == widest) {
            *w -= step;
        }
    }
}

/// `cell` in exactly `width` columns (padded when `pad`), ending in "…" when it is cut.
fn cut(cell: &[Span<'static>], width: usize, pad: bool) -> Vec<Span<'static>> {
    let total: usize = cell.iter().map(Span::width).sum();
    let mut out = Vec::new();
    if total <= width {
        out.extend(cell.iter().cloned());
        if pad && total < width {
            out.push(Span::raw(" ".repeat(width - total)));
        }
        return out;
    }
    let mut used = 0;
    let keep = width.saturating_sub(1);
    'spans: for span in cell {
        let mut text = String::new();
        for c in span.content.chars() {
            let cw = UnicodeWidthChar::width(c).unwrap_or(0);
            if used + cw > keep {
                out.push(Span::styled(text, span.style));
                break 'spans;
            }
            text.push(c);
            used += cw;
        }
        out.push(Span::styled(text, span.style));
    }
    out.push(Span::raw("…"));
    used += 1;
    if pad && used < width {
        out.push(Span::raw(" ".repeat(width - used)));
    }
    out
}

struct Writer {
    pieces: Vec<Piece>,
    current: Vec<Span<'static>>,
    terms: Vec<String>,
    theme: Theme,
    /// Indentation of nested list items.
    prefix: Vec<String>,
}

impl Writer {
    fn flush(&mut self) {
        if !self.current.is_empty() {
            let spans = std::mem::take(&mut self.current);
            let hang = self.prefix.iter().map(|p| p.chars().count()).sum();
            self.pieces.push(Piece::Line(Line::from(spans), hang));
        }
    }

    fn blank(&mut self) {
        self.flush();
        if self.pieces.last().is_some_and(|p| !p.is_blank()) {
            self.pieces.push(Piece::Line(Line::default(), 0));
        }
    }

    fn start_line(&mut self, marker: Option<String>) {
        let indent: String = self.prefix.concat();
        match marker {
            Some(m) => self.current.push(Span::raw(format!("{indent}{m}"))),
            None if !indent.is_empty() => self.current.push(Span::raw(indent)),
            None => {}
        }
    }

    fn block<'a>(&mut self, node: Node<'a>) {
        let value = node.data().value.clone();
        match value {
            NodeValue::Document => self.children_blocks(node),
            NodeValue::Paragraph => {
                if self.current.is_empty() {
                    self.start_line(None);
                }
                self.inlines(node, Style::new());
                self.flush();
                if self.prefix.is_empty() {
                    self.blank();
                }
            }
            NodeValue::Heading(heading) => {
                self.flush();
                // The document's title and its parts stand out by style, not by `#` marks.
                let style = match heading.level {
                    1 => self
                        .theme
                        .title()
                        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                    2 => self.theme.title().add_modifier(Modifier::BOLD),
                    _ => Style::new().add_modifier(Modifier::BOLD),
                };
                self.inlines(node, style);
                self.blank();
            }
            NodeValue::List(list) => {
                self.flush();
                for (number, item) in (list.start..).zip(node.children()) {
                    let marker = match list.list_type {
                        ListType::Bullet => "• ".to_string(),
                        ListType::Ordered => format!("{number}. "),
                    };
                    self.start_line(Some(marker.clone()));
                    self.prefix.push(" ".repeat(marker.chars().count()));
                    self.item(item);
                    self.prefix.pop();
                }
                if self.prefix.is_empty() {
                    self.blank();
                }
            }
            NodeValue::CodeBlock(code) => {
                self.flush();
                for line in code.literal.lines() {
                    self.pieces
                        .push(Piece::Line(Line::from(format!("    {line}")), 4));
                }
                self.blank();
            }
            NodeValue::Table(_) => {
                self.flush();
                let mut rows = Vec::new();
                let mut header = false;
                for (r, row) in node.children().enumerate() {
                    let is_header = matches!(row.data().value, NodeValue::TableRow(true));
                    header |= r == 0 && is_header;
                    let style = if is_header {
                        Style::new().add_modifier(Modifier::BOLD)
                    } else {
                        Style::new()
                    };
                    let cells = row
                        .children()
                        .map(|cell| {
                            self.inlines(cell, style);
                            std::mem::take(&mut self.current)
                        })
                        .collect();
                    rows.push(cells);
                }
                let indent = self.prefix.iter().map(|p| p.chars().count()).sum();
                self.pieces.push(Piece::Table {
                    rows,
                    header,
                    indent,
                });
                self.blank();
            }
            NodeValue::BlockQuote => {
                self.flush();
                self.prefix.push("│ ".to_string());
                self.start_line(None);
                self.children_blocks(node);
                self.prefix.pop();
                self.blank();
            }
            NodeValue::ThematicBreak => {
                self.flush();
                self.pieces
                    .push(Piece::Line(Line::styled("———", self.theme.dim()), 0));
            }
            _ => self.children_blocks(node),
        }
    }

    fn children_blocks<'a>(&mut self, node: Node<'a>) {
        for child in node.children() {
            self.block(child);
        }
    }

    /// A list item: its first paragraph continues the marker's line.
    fn item<'a>(&mut self, item: Node<'a>) {
        let mut first = true;
        for child in item.children() {
            if !first {
                self.flush();
            }
            let is_paragraph = matches!(child.data().value, NodeValue::Paragraph);
            if is_paragraph && first {
                self.inlines(child, Style::new());
                self.flush();
            } else {
                self.block(child);
            }
            first = false;
        }
        self.flush();
    }

    fn inlines<'a>(&mut self, node: Node<'a>, style: Style) {
        // Text and soft line breaks are gathered into one run, so that a glossary term the
        // author's line wrapping split in two ("**Frontline\nstaff**") is still found.
        let mut run = String::new();
        for child in node.children() {
            let value = child.data().value.clone();
            match value {
                NodeValue::Text(text) => {
                    run.push_str(&text);
                    continue;
                }
                NodeValue::SoftBreak => {
                    run.push(' ');
                    continue;
                }
                _ => {}
            }
            if !run.is_empty() {
                self.text(&std::mem::take(&mut run), style);
            }
            match value {
                NodeValue::Code(code) => self.current.push(Span::styled(
                    code.literal.clone(),
                    style.add_modifier(Modifier::BOLD),
                )),
                NodeValue::LineBreak => {
                    self.flush();
                    self.start_line(None);
                }
                NodeValue::Strong => self.inlines(child, style.add_modifier(Modifier::BOLD)),
                NodeValue::Emph => self.inlines(child, style.add_modifier(Modifier::ITALIC)),
                NodeValue::Link(link) => {
                    let before = self.current.len();
                    self.inlines(child, style.patch(self.theme.link()));
                    let text: String = self.current[before..]
                        .iter()
                        .map(|s| s.content.as_ref())
                        .collect();
                    // An address written as the link's text is shown once.
                    let bare = link.url.strip_prefix("mailto:").unwrap_or(&link.url);
                    if text.trim() != link.url && text.trim() != bare && !link.url.is_empty() {
                        self.current
                            .push(Span::styled(format!(" ({})", link.url), self.theme.dim()));
                    }
                }
                _ => self.inlines(child, style),
            }
        }
        if !run.is_empty() {
            self.text(&run, style);
        }
    }

    /// Plain text, with glossary terms picked out.
    fn text(&mut self, text: &str, style: Style) {
        let lower = lowercase(text);
        let mut at = 0;
        while at < text.len() {
            match self.next_term(&lower, at) {
                Some((start, end)) => {
                    if start > at {
                        self.current
                            .push(Span::styled(text[at..start].to_string(), style));
                    }
                    let term_style = style.patch(self.theme.glossary());
                    self.current
                        .push(Span::styled(text[start..end].to_string(), term_style));
                    at = end;
                }
                None => {
                    self.current
                        .push(Span::styled(text[at..].to_string(), style));
                    break;
                }
            }
        }
    }

    /// The earliest glossary term at a word boundary in `lower[from..]`.
    fn next_term(&self, lower: &str, from: usize) -> Option<(usize, usize)> {
        let bytes = lower.as_bytes();
        // A letter or digit on either side means the term is part of a longer word. Arabic
        // letters do not count: a term there takes prefixes (و، ب، ل، ال) written as one word.
        let word = |c: char| c.is_alphanumeric() && !is_arabic(c);
        let before = |i: usize| i == 0 || !lower[..i].chars().next_back().is_some_and(word);
        let after = |i: usize| i >= bytes.len() || !lower[i..].chars().next().is_some_and(word);
        self.terms
            .iter()
            .filter(|t| !t.is_empty())
            .filter_map(|term| {
                let mut search = from;
                while let Some(pos) = lower[search..].find(term.as_str()) {
                    let start = search + pos;
                    let end = start + term.len();
                    if before(start) && after(end) {
                        return Some((start, end));
                    }
                    search = start + 1;
                    while !lower.is_char_boundary(search) {
                        search += 1;
                    }
                }
                None
            })
            .min_by_key(|(start, end)| (*start, usize::MAX - end))
    }
}

/// `text` in lower case, character by character where the lower case is one character of the
/// same length (so that positions in it are positions in `text`): `Équipe` is `équipe`.
fn lowercase(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        })
        .collect()
}

/// Whether `c` is a letter of the Arabic script.
fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glossary_terms_match_accented_capitals_and_whole_words_in_any_script() {
        // A term is picked out as a span of its own.
        let spans = |text: &str, term: &str| -> Vec<String> {
            render(text, &[term.to_string()], Theme::default_colors())
                .iter()
                .flat_map(|l| l.spans.iter())
                .map(|s| s.content.to_string())
                .collect()
        };
        let found = spans(
            "Équipe municipale de prévention: the team.",
            "équipe municipale de prévention",
        );
        assert!(
            found.contains(&"Équipe municipale de prévention".to_string()),
            "{found:?}"
        );
        // Not inside a longer word, whatever its letters.
        let found = spans("Une réducation.", "éducation");
        assert!(!found.contains(&"éducation".to_string()), "{found:?}");
        // Arabic terms take the prefixes written with them as one word.
        let found = spans("ومكافحة التطرف العنيف", "التطرف العنيف");
        assert!(found.contains(&"التطرف العنيف".to_string()), "{found:?}");
    }

    fn plain(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn lists_links_and_bold_become_lines() {
        let md =
            "**Why:** it matters.\n\n- one\n- two [site](https://x.org)\n\n1. first\n2. second";
        let lines = render(md, &[], Theme::plain());
        assert_eq!(
            plain(&lines),
            vec![
                "Why: it matters.",
                "",
                "• one",
                "• two site (https://x.org)",
                "",
                "1. first",
                "2. second"
            ]
        );
        assert!(
            lines[0].spans[0]
                .style
                .add_modifier
                .contains(Modifier::BOLD)
        );
    }

    #[test]
    fn headings_are_styled_without_their_marks_and_an_address_is_shown_once() {
        let md = "# Plan\n\n## Part\n\nSee <https://x.org> and [the site](https://y.org).";
        let lines = render(md, &[], Theme::plain());
        assert_eq!(
            plain(&lines),
            vec![
                "Plan",
                "",
                "Part",
                "",
                "See https://x.org and the site (https://y.org)."
            ]
        );
        assert!(
            lines[0].spans[0]
                .style
                .add_modifier
                .contains(Modifier::BOLD)
        );
    }

    #[test]
    fn tables_are_aligned_from_their_content_and_cut_to_the_width() {
        let md = "| Group | Role | How often |\n|---|---|---|\n| Lyon Youth Council | Advice on every youth project | Monthly |\n| Police | Liaison | Weekly |";
        let doc = document(md, &[], Theme::plain());
        assert_eq!(
            plain(&doc.layout(80)),
            vec![
                "Group              │ Role                          │ How often",
                "───────────────────┼───────────────────────────────┼──────────",
                "Lyon Youth Council │ Advice on every youth project │ Monthly",
                "Police             │ Liaison                       │ Weekly",
            ]
        );
        // Narrow: the widest column gives way first, and a cut cell ends with "…".
        assert_eq!(
            plain(&doc.layout(40)),
            vec![
                "Group        │ Role         │ How often",
                "─────────────┼──────────────┼──────────",
                "Lyon Youth … │ Advice on e… │ Monthly",
                "Police       │ Liaison      │ Weekly",
            ]
        );
    }

    #[test]
    fn list_items_wrap_under_their_text() {
        let doc = document("- one two three four five six", &[], Theme::plain());
        assert_eq!(
            plain(&doc.layout(14)),
            vec!["• one two ", "  three four ", "  five six"]
        );
    }

    #[test]
    fn a_glossary_term_split_by_a_line_break_is_still_highlighted() {
        let lines = render(
            "Train **frontline\nstaff** first.",
            &["frontline staff".into()],
            Theme::plain(),
        );
        let term = lines[0]
            .spans
            .iter()
            .find(|s| s.content == "frontline staff")
            .expect("the term as one span");
        assert!(term.style.add_modifier.contains(Modifier::UNDERLINED));
    }

    #[test]
    fn glossary_terms_are_highlighted_at_word_boundaries_only() {
        let lines = render(
            "Polarisation and depolarisation.",
            &["polarisation".into()],
            Theme::plain(),
        );
        let spans = &lines[0].spans;
        assert_eq!(spans[0].content, "Polarisation");
        assert!(spans[0].style.add_modifier.contains(Modifier::UNDERLINED));
        assert_eq!(spans[1].content, " and depolarisation.");
    }
}
