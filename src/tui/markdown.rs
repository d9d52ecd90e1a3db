//! Guidance Markdown to ratatui lines: walks comrak's AST once per question (the result is
//! cached by the app), keeping bold, italics, lists, links and glossary terms visible.

use comrak::nodes::{ListType, NodeValue};
use comrak::{Arena, Node, Options, parse_document};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::theme::Theme;

/// Renders sanitised Markdown `text` to lines; `terms` are glossary terms (any case) to highlight.
pub fn render(text: &str, terms: &[String], theme: Theme) -> Vec<Line<'static>> {
    let arena = Arena::new();
    let mut options = Options::default();
    // Plans hold tables; guidance may too.
    options.extension.table = true;
    let root = parse_document(&arena, text, &options);
    let mut out = Writer {
        lines: Vec::new(),
        current: Vec::new(),
        terms: terms.iter().map(|t| t.to_ascii_lowercase()).collect(),
        theme,
        prefix: Vec::new(),
    };
    out.block(root);
    out.flush();
    while out.lines.last().is_some_and(|l| l.spans.is_empty()) {
        out.lines.pop();
    }
    out.lines
}

struct Writer {
    lines: Vec<Line<'static>>,
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
            self.lines.push(Line::from(spans));
        }
    }

    fn blank(&mut self) {
        self.flush();
        if self.lines.last().is_some_and(|l| !l.spans.is_empty()) {
            self.lines.push(Line::default());
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
                self.current.push(Span::styled(
                    format!("{} ", "#".repeat(heading.level as usize)),
                    Style::new().add_modifier(Modifier::BOLD),
                ));
                self.inlines(node, Style::new().add_modifier(Modifier::BOLD));
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
                    self.lines.push(Line::from(format!("    {line}")));
                }
                self.blank();
            }
            NodeValue::Table(_) => {
                self.flush();
                for row in node.children() {
                    let header = matches!(row.data().value, NodeValue::TableRow(true));
                    let style = if header {
                        Style::new().add_modifier(Modifier::BOLD)
                    } else {
                        Style::new()
                    };
                    for (i, cell) in row.children().enumerate() {
                        if i > 0 {
                            self.current.push(Span::styled(" │ ", self.theme.dim()));
                        }
                        self.inlines(cell, style);
                    }
                    self.flush();
                }
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
                self.lines.push(Line::from("———"));
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
                    self.inlines(child, style.patch(self.theme.link()));
                    self.current
                        .push(Span::styled(format!(" <{}>", link.url), self.theme.dim()));
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
        let lower = text.to_ascii_lowercase();
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
        let boundary = |i: usize| i == 0 || i >= bytes.len() || !bytes[i].is_ascii_alphanumeric();
        self.terms
            .iter()
            .filter(|t| !t.is_empty())
            .filter_map(|term| {
                let mut search = from;
                while let Some(pos) = lower[search..].find(term.as_str()) {
                    let start = search + pos;
                    let end = start + term.len();
                    if boundary(start.wrapping_sub(1)) && (end >= bytes.len() || boundary(end)) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
                "• two site <https://x.org>",
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
