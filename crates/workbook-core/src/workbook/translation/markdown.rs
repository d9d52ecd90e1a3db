//! The layout of a markdown text, to check that a translation keeps it: the headings, list
//! items (with their nesting), quotes, code blocks and rules, in order. Paragraphs and line
//! breaks are free, because a translation reflows the text; what matters is that a line never
//! turns into a heading or a list item by accident (a wrapped line starting with `- ` or `#`).
//!
//! It reads lines the way CommonMark does for these blocks (a list's first item interrupts a
//! paragraph only if it has text and, when numbered, starts at 1; `---` under a line of text is
//! a heading); tests check it against comrak on every built-in text.

/// One block that gives a text its layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    Heading(u8),
    Item { depth: usize, ordered: bool },
    Quote,
    Code,
    Rule,
}

/// The layout blocks of `text`, in order.
pub fn shape(text: &str) -> Vec<Block> {
    let mut scan = Scan::default();
    for line in text.lines() {
        scan.line(line);
    }
    scan.blocks
}

#[derive(Default)]
struct Scan {
    blocks: Vec<Block>,
    /// A paragraph is open: the next line of text continues it.
    paragraph: bool,
    /// Inside indented code (its later lines are not new blocks).
    code: bool,
    /// Inside a quote (its later `>` lines are not new blocks).
    quote: bool,
    /// An open fence: its character and length.
    fence: Option<(char, usize)>,
    /// The content column of each open list item, outermost first.
    items: Vec<usize>,
}

impl Scan {
    fn line(&mut self, raw: &str) {
        if let Some((c, n)) = self.fence {
            let trimmed = raw.trim();
            if trimmed.chars().take_while(|x| *x == c).count() >= n
                && trimmed.chars().all(|x| x == c)
            {
                self.fence = None;
            }
            return;
        }
        if raw.trim().is_empty() {
            self.paragraph = false;
            self.quote = false;
            return;
        }
        let indent = indentation(raw);
        let line = raw.trim_start();
        let container = self
            .items
            .iter()
            .rev()
            .find(|c| **c <= indent)
            .copied()
            .unwrap_or(0);
        if !self.paragraph && indent >= container + 4 {
            if !self.code {
                self.blocks.push(Block::Code);
                self.code = true;
            }
            return;
        }
        self.code = false;
        if let Some(level) = atx_heading(line) {
            self.close_to(indent);
            self.blocks.push(Block::Heading(level));
            self.paragraph = false;
        } else if let Some(level) = self.setext(line) {
            self.blocks.push(Block::Heading(level));
            self.paragraph = false;
        } else if is_rule(line) {
            self.close_to(indent);
            self.blocks.push(Block::Rule);
            self.paragraph = false;
        } else if let Some(fence) = fence_open(line) {
            self.close_to(indent);
            self.blocks.push(Block::Code);
            self.fence = Some(fence);
            self.paragraph = false;
        } else if line.starts_with('>') {
            if !self.quote {
                self.close_to(indent);
                self.blocks.push(Block::Quote);
                self.quote = true;
            }
            self.paragraph = true;
            return;
        } else if let Some(marker) = self.item(line, indent) {
            self.close_to(indent);
            let ordered = marker.ordered;
            self.blocks.push(Block::Item {
                depth: self.items.len(),
                ordered,
            });
            self.items.push(indent + marker.width);
            self.paragraph = marker.has_text;
        } else {
            if !self.paragraph {
                self.close_to(indent);
                self.quote = false;
            }
            self.paragraph = true;
            return;
        }
        self.quote = false;
    }

    /// Closes the list items that do not hold a line indented by `indent`.
    fn close_to(&mut self, indent: usize) {
        while self.items.last().is_some_and(|c| *c > indent) {
            self.items.pop();
        }
    }

    /// A setext underline (`===` or `---` under a line of text).
    fn setext(&self, line: &str) -> Option<u8> {
        let trimmed = line.trim_end();
        if !self.paragraph || trimmed.is_empty() {
            return None;
        }
        if trimmed.chars().all(|c| c == '=') {
            Some(1)
        } else if trimmed.chars().all(|c| c == '-') {
            Some(2)
        } else {
            None
        }
    }

    /// A list marker that starts an item here.
    fn item(&self, line: &str, indent: usize) -> Option<Marker> {
        let marker = marker(line)?;
        // A list's first item interrupts a paragraph only with text, and numbered only from 1;
        // within a list, a marker at an open item's level starts the next item.
        let first_of_list = self.items.last().is_none_or(|c| indent >= *c);
        if self.paragraph && first_of_list && (!marker.has_text || marker.number.unwrap_or(1) != 1)
        {
            return None;
        }
        Some(marker)
    }
}

struct Marker {
    ordered: bool,
    number: Option<u64>,
    /// From the marker's first character to the item's text.
    width: usize,
    has_text: bool,
}

fn marker(line: &str) -> Option<Marker> {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let (ordered, number, after) = if digits > 0 {
        if digits > 9 || !matches!(line[digits..].chars().next(), Some('.' | ')')) {
            return None;
        }
        (true, line[..digits].parse().ok(), digits + 1)
    } else if matches!(line.chars().next(), Some('-' | '+' | '*')) {
        (false, None, 1)
    } else {
        return None;
    };
    let rest = &line[after..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let spaces = rest.chars().take_while(|c| *c == ' ').count();
    let has_text = !rest.trim().is_empty();
    let gap = if !has_text || spaces > 4 { 1 } else { spaces };
    Some(Marker {
        ordered,
        number,
        width: after + gap,
        has_text,
    })
}

fn indentation(line: &str) -> usize {
    let mut columns = 0;
    for c in line.chars() {
        match c {
            ' ' => columns += 1,
            '\t' => columns += 4 - columns % 4,
            _ => break,
        }
    }
    columns
}

fn atx_heading(line: &str) -> Option<u8> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    let rest = &line[hashes..];
    ((1..=6).contains(&hashes) && (rest.is_empty() || rest.starts_with([' ', '\t'])))
        .then_some(hashes as u8)
}

fn is_rule(line: &str) -> bool {
    let marks: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3
        && ['-', '*', '_']
            .iter()
            .any(|m| marks.chars().all(|c| c == *m))
}

fn fence_open(line: &str) -> Option<(char, usize)> {
    ['`', '~'].into_iter().find_map(|c| {
        let n = line.chars().take_while(|x| *x == c).count();
        (n >= 3 && !(c == '`' && line[n..].contains('`'))).then_some((c, n))
    })
}

/// The layout in words, for a message: "3 list items and 1 heading", "no heading or list".
pub fn describe(blocks: &[Block]) -> String {
    let count = |f: &dyn Fn(&Block) -> bool| blocks.iter().filter(|b| f(b)).count();
    // Each kind of block with the message that counts it.
    let kinds = [
        (
            count(&|b| matches!(b, Block::Item { .. })),
            "core-layout-items",
        ),
        (
            count(&|b| matches!(b, Block::Heading(_))),
            "core-layout-headings",
        ),
        (count(&|b| matches!(b, Block::Quote)), "core-layout-quotes"),
        (
            count(&|b| matches!(b, Block::Code)),
            "core-layout-code-blocks",
        ),
        (count(&|b| matches!(b, Block::Rule)), "core-layout-rules"),
    ];
    let messages = crate::messages::ui();
    let parts: Vec<String> = kinds
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, id)| messages.format(id, &[("count", (*n).into())]))
        .collect();
    match parts.as_slice() {
        [] => crate::tr!("core-layout-none"),
        [one] => one.clone(),
        [rest @ .., last] => crate::tr!(
            "core-list-and",
            first = rest.join(", "),
            last = last.as_str()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITEM: Block = Block::Item {
        depth: 0,
        ordered: false,
    };

    #[test]
    fn paragraphs_and_line_breaks_are_free() {
        assert_eq!(shape("One line\nwrapped.\n\nAnother paragraph.\n"), vec![]);
        assert_eq!(
            shape("Deux lignes\net un 2023. chiffre\n2025. en tête\n"),
            vec![]
        );
    }

    #[test]
    fn a_wrapped_line_that_starts_a_block_is_seen() {
        assert_eq!(shape("Texte\n- puis une liste\n"), vec![ITEM]);
        assert_eq!(shape("Texte\n# titre\n"), vec![Block::Heading(1)]);
        assert_eq!(shape("Texte\n---\n"), vec![Block::Heading(2)]);
        assert_eq!(
            shape("Texte\n1. un\n"),
            vec![Block::Item {
                depth: 0,
                ordered: true
            }]
        );
        assert_eq!(shape("Texte\n2. deux\n"), vec![]);
        assert_eq!(shape("Texte\n-\n"), vec![Block::Heading(2)]);
        assert_eq!(shape("Texte\n*\n"), vec![]);
        assert_eq!(shape("#hashtag\n"), vec![]);
    }

    #[test]
    fn lists_keep_their_items_and_nesting() {
        let english = "A good answer covers:\n\n- how you will get consent where the law\n  requires it;\n- who facilitates;\n  - and who trains them;\n\nIf no young people take part, say why.\n";
        assert_eq!(
            shape(english),
            vec![
                ITEM,
                ITEM,
                Block::Item {
                    depth: 1,
                    ordered: false
                }
            ]
        );
        assert_eq!(shape("- a\n- b\n\n    code\n"), vec![ITEM, ITEM]);
        assert_eq!(shape("Para\n\n    code\n    more\n"), vec![Block::Code]);
        assert_eq!(shape("```\n# not a heading\n```\n"), vec![Block::Code]);
        assert_eq!(
            shape("> a\n> b\nlazy\n\n> c\n"),
            vec![Block::Quote, Block::Quote]
        );
    }

    #[test]
    fn the_layout_is_described_in_words() {
        assert_eq!(describe(&[]), "no heading or list");
        assert_eq!(
            describe(&[ITEM, ITEM, Block::Heading(1)]),
            "2 list items and 1 heading"
        );
    }
}
