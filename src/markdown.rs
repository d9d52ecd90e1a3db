//! Markdown from workbooks (guidance, introductions, glossary definitions) as plain text, for
//! the line-by-line mode and anywhere styling cannot be shown.

use comrak::nodes::{ListType, NodeValue};
use comrak::{Arena, Options, parse_document};

/// Plain text of `markdown`: paragraphs separated by blank lines, list items with `-` or
/// numbers, links followed by their address in brackets. Emphasis is dropped.
pub fn to_plain(markdown: &str) -> String {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &Options::default());
    let mut blocks: Vec<String> = Vec::new();
    for block in root.children() {
        render_block(block, "", &mut blocks);
    }
    blocks.join("\n\n")
}

fn render_block<'a>(node: comrak::nodes::Node<'a>, indent: &str, out: &mut Vec<String>) {
    let value = node.data().value.clone();
    match value {
        NodeValue::List(list) => {
            let mut items = Vec::new();
            for (index, item) in node.children().enumerate() {
                let marker = match list.list_type {
                    ListType::Bullet => "- ".to_string(),
                    ListType::Ordered => format!("{}. ", list.start + index),
                };
                let mut parts = Vec::new();
                for child in item.children() {
                    render_block(child, &format!("{indent}  "), &mut parts);
                }
                let body = parts.join("\n").trim_start().to_string();
                items.push(format!("{indent}{marker}{body}"));
            }
            out.push(items.join("\n"));
        }
        NodeValue::CodeBlock(code) => out.push(code.literal.trim_end().to_string()),
        NodeValue::ThematicBreak => out.push("----".to_string()),
        _ => {
            let mut text = String::new();
            inline_text(node, &mut text);
            if !text.trim().is_empty() {
                out.push(format!("{indent}{}", text.trim()));
            }
        }
    }
}

fn inline_text<'a>(node: comrak::nodes::Node<'a>, out: &mut String) {
    for child in node.children() {
        let value = child.data().value.clone();
        match value {
            NodeValue::Text(text) => out.push_str(&text),
            NodeValue::Code(code) => out.push_str(&code.literal),
            NodeValue::SoftBreak => out.push(' '),
            NodeValue::LineBreak => out.push('\n'),
            NodeValue::Link(link) => {
                inline_text(child, out);
                if !link.url.is_empty() {
                    out.push_str(&format!(" ({})", link.url));
                }
            }
            NodeValue::HtmlInline(html) => out.push_str(&html),
            _ => inline_text(child, out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_keeps_structure_without_markup() {
        let md = "**Why it matters:** trust\ngrows.\n\n- one\n- two [guide](https://x.org)\n\n1. first\n2. second";
        assert_eq!(
            to_plain(md),
            "Why it matters: trust grows.\n\n- one\n- two guide (https://x.org)\n\n1. first\n2. second"
        );
    }
}
