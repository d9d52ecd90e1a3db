//! Differential property: the markdown written for an answer's blocks (and for a one-line
//! value) means the same to three markdown parsers, and means only what the user typed.
//!
//! For random and hostile answers, `markdown_blocks(&blocks(text))` is parsed by comrak with
//! GitHub-flavoured extensions (bare URL and e-mail autolinks among them), by pulldown-cmark
//! (CommonMark with every extension that leaves text alone) and by markdown-it (the Rust port,
//! with linkify, tables, strikethrough and raw HTML). Each parse must be nothing but
//! paragraphs, hard line breaks, text and (where `blocks` found one) tight lists counting from
//! 1, and must give back exactly the blocks' lines and items. Anything else (a heading, code,
//! HTML, a link or autolink, an image, emphasis, a table, a quote, a rule, a footnote, maths)
//! fails the test with the parser's name.

use comrak::nodes::{AstNode, ListType, NodeValue};
use comrak::{Arena, Options as ComrakOptions, parse_document};
use markdown_it::MarkdownIt;
use markdown_it::parser::core::Root;
use markdown_it::parser::inline::{Text, TextSpecial};
use markdown_it::plugins::cmark::block::list::{BulletList, ListItem, OrderedList};
use markdown_it::plugins::cmark::block::paragraph::Paragraph;
use markdown_it::plugins::cmark::inline::newline::Hardbreak;
use markdown_it::plugins::extra::tables::{Table, TableBody, TableCell, TableHead, TableRow};
use proptest::prelude::*;
use pulldown_cmark::{Event, Options as PulldownOptions, Parser, Tag, TagEnd};

use workbook::plan::escape::{Block, WORD_JOINER, blocks, markdown, markdown_blocks, one_line};

/// What a parser made of the markdown, in the terms of [`Block`]: a paragraph's lines (split
/// at hard breaks) or a list's items, with the text as a reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Seen {
    Paragraph(Vec<String>),
    List(bool, Vec<String>),
}

/// The blocks as the parsers should give them back: the word joiner that keeps an e-mail
/// address from becoming a link is invisible and not counted.
fn expected(blocks: &[Block]) -> Vec<Seen> {
    blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph { lines } => {
                Seen::Paragraph(lines.iter().map(|l| visible(l)).collect())
            }
            Block::List { ordered, items } => {
                Seen::List(*ordered, items.iter().map(|i| visible(i)).collect())
            }
        })
        .collect()
}

fn visible(text: &str) -> String {
    text.chars().filter(|c| *c != WORD_JOINER).collect()
}

// ---------------------------------------------------------------------------------------------
// comrak, GitHub-flavoured

/// comrak as GitHub reads markdown, with more syntax on top; `table` for the table test.
fn comrak_options(table: bool) -> ComrakOptions<'static> {
    let mut options = ComrakOptions::default();
    // GitHub-flavoured markdown, as cmark-gfm and github.com read it.
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.extension.tasklist = true;
    // Syntax other renderers add, that escaped text must not open either.
    options.extension.footnotes = true;
    options.extension.description_lists = true;
    options.extension.superscript = true;
    options.extension.subscript = true;
    options.extension.math_dollars = true;
    options.extension.math_code = true;
    options.extension.wikilinks_title_after_pipe = true;
    options.extension.underline = true;
    // Discord's `||spoiler||` cannot be kept out of a table cell: GFM turns `\|` into `|`
    // before it reads the cell's text. It is nobody's table syntax, so it is tried outside.
    options.extension.spoiler = !table;
    options.extension.alerts = true;
    options.extension.multiline_block_quotes = true;
    options.extension.greentext = true;
    options.extension.subtext = true;
    options
}

fn comrak_seen(markdown: &str) -> Result<Vec<Seen>, String> {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &comrak_options(false));
    let mut seen = Vec::new();
    for block in root.children() {
        let value = block.data().value.clone();
        match value {
            NodeValue::Paragraph => seen.push(Seen::Paragraph(lines(&comrak_inline(block, true)?))),
            NodeValue::List(list) => {
                let ordered = list.list_type == ListType::Ordered;
                if ordered && list.start != 1 {
                    return Err(format!("ordered list from {}", list.start));
                }
                let mut items = Vec::new();
                for item in block.children() {
                    if !matches!(item.data().value, NodeValue::Item(_)) {
                        return Err(format!("list child {:?}", item.data().value));
                    }
                    let mut children = item.children();
                    match (children.next(), children.next()) {
                        (Some(p), None) if matches!(p.data().value, NodeValue::Paragraph) => {
                            items.push(comrak_inline(p, false)?)
                        }
                        _ => return Err("a list item that is not one paragraph".into()),
                    }
                }
                seen.push(Seen::List(ordered, items));
            }
            other => return Err(format!("block {other:?}")),
        }
    }
    Ok(seen)
}

fn comrak_inline<'a>(node: &'a AstNode<'a>, breaks: bool) -> Result<String, String> {
    let mut text = String::new();
    comrak_text(node, breaks, &mut text)?;
    Ok(visible(&text))
}

fn comrak_text<'a>(node: &'a AstNode<'a>, breaks: bool, text: &mut String) -> Result<(), String> {
    for child in node.children() {
        match &child.data().value {
            NodeValue::Text(t) => text.push_str(t),
            // Escaped `|` in a table cell, with the spoiler extension on: comrak keeps what is
            // between two of them apart and shows it between the two, as text.
            NodeValue::EscapedTag(tag) => {
                text.push_str(tag);
                comrak_text(child, breaks, text)?;
                text.push_str(tag);
            }
            NodeValue::LineBreak if breaks => text.push('\n'),
            other => return Err(format!("inline {other:?}")),
        }
    }
    Ok(())
}

fn lines(text: &str) -> Vec<String> {
    text.split('\n').map(str::to_string).collect()
}

// ---------------------------------------------------------------------------------------------
// pulldown-cmark, CommonMark

fn pulldown_options() -> PulldownOptions {
    // Everything but smart punctuation, which rewrites quotes and dashes on purpose.
    PulldownOptions::all() - PulldownOptions::ENABLE_SMART_PUNCTUATION
}

fn pulldown_seen(markdown: &str) -> Result<Vec<Seen>, String> {
    let mut seen = Vec::new();
    let mut list: Option<(bool, Vec<String>)> = None;
    let mut text: Option<String> = None;
    for event in Parser::new_ext(markdown, pulldown_options()) {
        match event {
            Event::Start(Tag::Paragraph) | Event::Start(Tag::Item) if text.is_none() => {
                text = Some(String::new())
            }
            // A loose item would hold a paragraph: never written.
            Event::Start(Tag::Paragraph) => return Err("a paragraph in a list item".into()),
            Event::End(TagEnd::Paragraph) if list.is_none() => seen.push(Seen::Paragraph(lines(
                &visible(&text.take().unwrap_or_default()),
            ))),
            Event::End(TagEnd::Item) => {
                let item = visible(&text.take().unwrap_or_default());
                list.as_mut().ok_or("an item outside a list")?.1.push(item);
            }
            Event::Start(Tag::List(start)) if list.is_none() => {
                if start.is_some_and(|s| s != 1) {
                    return Err(format!("ordered list from {start:?}"));
                }
                list = Some((start.is_some(), Vec::new()));
            }
            Event::End(TagEnd::List(_)) => {
                let (ordered, items) = list.take().ok_or("a list end without a start")?;
                seen.push(Seen::List(ordered, items));
            }
            Event::Text(t) => text.as_mut().ok_or("text outside a block")?.push_str(&t),
            Event::HardBreak if list.is_none() => {
                text.as_mut().ok_or("a break outside a block")?.push('\n')
            }
            other => return Err(format!("event {other:?}")),
        }
    }
    Ok(seen)
}

// ---------------------------------------------------------------------------------------------
// markdown-it (Rust port), with linkify

fn markdown_it() -> MarkdownIt {
    let mut md = MarkdownIt::new();
    markdown_it::plugins::cmark::add(&mut md);
    markdown_it::plugins::html::add(&mut md);
    markdown_it::plugins::extra::strikethrough::add(&mut md);
    markdown_it::plugins::extra::tables::add(&mut md);
    markdown_it::plugins::extra::linkify::add(&mut md);
    md
}

fn markdown_it_seen(md: &MarkdownIt, markdown: &str) -> Result<Vec<Seen>, String> {
    let root = md.parse(markdown);
    if !root.is::<Root>() {
        return Err(format!("root {}", root.name()));
    }
    let mut seen = Vec::new();
    for block in &root.children {
        if block.is::<Paragraph>() {
            seen.push(Seen::Paragraph(lines(&markdown_it_inline(block, true)?)));
        } else if block.is::<BulletList>() || block.is::<OrderedList>() {
            if let Some(list) = block.cast::<OrderedList>()
                && list.start != 1
            {
                return Err(format!("ordered list from {}", list.start));
            }
            let mut items = Vec::new();
            for item in &block.children {
                if !item.is::<ListItem>() {
                    return Err(format!("list child {}", item.name()));
                }
                // A tight list's item holds its text directly or in one paragraph.
                match item.children.as_slice() {
                    [p] if p.is::<Paragraph>() => items.push(markdown_it_inline(p, false)?),
                    _ => items.push(markdown_it_inline(item, false)?),
                }
            }
            seen.push(Seen::List(block.is::<OrderedList>(), items));
        } else {
            return Err(format!("block {}", block.name()));
        }
    }
    Ok(seen)
}

fn markdown_it_inline(node: &markdown_it::Node, breaks: bool) -> Result<String, String> {
    let mut text = String::new();
    for child in &node.children {
        if let Some(t) = child.cast::<Text>() {
            text.push_str(&t.content);
        } else if let Some(t) = child.cast::<TextSpecial>() {
            text.push_str(&t.content);
        } else if breaks && child.is::<Hardbreak>() {
            text.push('\n');
        } else {
            return Err(format!("inline {}", child.name()));
        }
    }
    Ok(visible(&text))
}

// ---------------------------------------------------------------------------------------------
// The checks

/// The blocks of `text`, written as markdown, read back the same by all three parsers.
fn check_answer(md: &MarkdownIt, text: &str) -> Result<(), TestCaseError> {
    let found = blocks(text);
    check_kept(text, &found)?;
    let written = markdown_blocks(&found);
    prop_assert!(!written.starts_with('\n') && !written.ends_with('\n'));
    let want = expected(&found);
    for (parser, seen) in [
        ("comrak (GFM)", comrak_seen(&written)),
        ("pulldown-cmark", pulldown_seen(&written)),
        ("markdown-it", markdown_it_seen(md, &written)),
    ] {
        let seen = seen.map_err(|e| {
            TestCaseError::fail(format!(
                "{parser}: {e}\ntext: {text:?}\nmarkdown: {written:?}"
            ))
        })?;
        prop_assert_eq!(
            &seen,
            &want,
            "{} read it differently\ntext: {:?}\nmarkdown: {:?}",
            parser,
            text,
            written
        );
    }
    // In a template, between blank lines, the blocks stay what they are.
    let framed = format!("# Title\n\n{written}\n\n- template item\n\n1. template step\n");
    let arena = Arena::new();
    let root = parse_document(&arena, &framed, &comrak_options(false));
    prop_assert_eq!(
        root.children().count(),
        found.len() + 3,
        "framed: {:?}",
        framed
    );
    Ok(())
}

/// `blocks` loses nothing the user typed but list markers and whitespace, and adds nothing.
fn check_kept(text: &str, found: &[Block]) -> Result<(), TestCaseError> {
    let typed: Vec<char> = one_line(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let kept: Vec<char> = found
        .iter()
        .flat_map(|b| match b {
            Block::Paragraph { lines } => lines.clone(),
            Block::List { items, .. } => items.clone(),
        })
        .flat_map(|l| l.chars().collect::<Vec<_>>())
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut next = 0;
    let mut dropped = String::new();
    for c in typed {
        if kept.get(next) == Some(&c) {
            next += 1;
        } else {
            dropped.push(c);
        }
    }
    prop_assert_eq!(
        next,
        kept.len(),
        "blocks added text to {:?}: {:?}",
        text,
        found
    );
    prop_assert!(
        dropped.chars().all(|c| "-*+•0123456789.)".contains(c)),
        "blocks dropped {:?} from {:?}: {:?}",
        dropped,
        text,
        found
    );
    Ok(())
}

/// A one-line value, alone as a paragraph and in a table cell, stays text in one cell.
fn check_value(md: &MarkdownIt, value: &str) -> Result<(), TestCaseError> {
    let escaped = markdown(value);
    let cleaned = one_line(value);
    let want = visible(&cleaned);
    prop_assert!(!escaped.contains('\n'));
    let alone = if cleaned.is_empty() {
        vec![]
    } else {
        vec![Seen::Paragraph(vec![want.clone()])]
    };
    for (parser, seen) in [
        ("comrak (GFM)", comrak_seen(&escaped)),
        ("pulldown-cmark", pulldown_seen(&escaped)),
        ("markdown-it", markdown_it_seen(md, &escaped)),
    ] {
        let seen =
            seen.map_err(|e| TestCaseError::fail(format!("{parser}: {e}\nvalue: {value:?}")))?;
        prop_assert_eq!(&seen, &alone, "{} on {:?}", parser, escaped);
    }
    let table = format!("| Head | Other |\n| --- | --- |\n| {escaped} | x |\n| y | {escaped} |\n");
    let cells = vec![
        vec!["Head".to_string(), "Other".to_string()],
        vec![want.clone(), "x".to_string()],
        vec!["y".to_string(), want.clone()],
    ];
    for (parser, seen) in [
        ("comrak (GFM)", comrak_table(&table)),
        ("pulldown-cmark", pulldown_table(&table)),
        ("markdown-it", markdown_it_table(md, &table)),
    ] {
        let seen =
            seen.map_err(|e| TestCaseError::fail(format!("{parser}: {e}\ntable: {table:?}")))?;
        prop_assert_eq!(&seen, &cells, "{} on {:?}", parser, table);
    }
    Ok(())
}

fn comrak_table(markdown: &str) -> Result<Vec<Vec<String>>, String> {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &comrak_options(true));
    let mut children = root.children();
    let table = match (children.next(), children.next()) {
        (Some(t), None) if matches!(t.data().value, NodeValue::Table(_)) => t,
        _ => return Err("not one table".into()),
    };
    let mut rows = Vec::new();
    for row in table.children() {
        let mut cells = Vec::new();
        for cell in row.children() {
            cells.push(comrak_inline(cell, false)?);
        }
        rows.push(cells);
    }
    Ok(rows)
}

fn pulldown_table(markdown: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut tables = 0;
    for event in Parser::new_ext(markdown, pulldown_options()) {
        match event {
            Event::Start(Tag::Table(_)) => tables += 1,
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => rows
                .last_mut()
                .ok_or("a cell outside a row")?
                .push(String::new()),
            Event::Text(t) => rows
                .last_mut()
                .and_then(|r| r.last_mut())
                .ok_or("text outside a cell")?
                .push_str(&t),
            Event::End(
                TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow | TagEnd::TableCell,
            ) => {}
            other => return Err(format!("event {other:?}")),
        }
    }
    if tables != 1 {
        return Err(format!("{tables} tables"));
    }
    Ok(rows
        .into_iter()
        .map(|r| r.iter().map(|c| visible(c)).collect())
        .collect())
}

fn markdown_it_table(md: &MarkdownIt, markdown: &str) -> Result<Vec<Vec<String>>, String> {
    let root = md.parse(markdown);
    let [table] = root.children.as_slice() else {
        return Err("not one block".into());
    };
    if !table.is::<Table>() {
        return Err(format!("block {}", table.name()));
    }
    let mut rows = Vec::new();
    for part in &table.children {
        if !(part.is::<TableHead>() || part.is::<TableBody>()) {
            return Err(format!("table part {}", part.name()));
        }
        for row in &part.children {
            if !row.is::<TableRow>() {
                return Err(format!("table row {}", row.name()));
            }
            let mut cells = Vec::new();
            for cell in &row.children {
                if !cell.is::<TableCell>() {
                    return Err(format!("table cell {}", cell.name()));
                }
                cells.push(markdown_it_inline(cell, false)?);
            }
            rows.push(cells);
        }
    }
    Ok(rows)
}

// ---------------------------------------------------------------------------------------------
// What answers are made of

/// Pieces of hostile text: every markdown metacharacter, markup of all kinds, bare addresses.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "[x](http://e)",
    "![i](x)",
    "[ref]: http://e.org",
    "[^1]",
    "[[wiki]]",
    "[ ] task",
    "[x]",
    "| a | b |",
    "|---|---|",
    ":--|--:",
    "---",
    "- - -",
    "***",
    "___",
    "===",
    "# h",
    "###### h6",
    "```",
    "~~~",
    "```rust",
    "    indented code",
    "\tcode",
    "> quote",
    ">>>",
    "> [!NOTE]",
    "&amp;",
    "&#64;",
    "&lt;b&gt;",
    "&nbsp;",
    "www.evil.com",
    "WWW.EVIL.COM/path",
    "https://evil.com",
    "http://evil.com/a_b?c=d&e=f",
    "HTTPS://EVIL.COM",
    "ftp://files.example.org",
    "mailto:a@b.org",
    "xmpp:user@host.org/res",
    "a@b.org",
    "first.last+tag@sub.example.co.uk",
    "_x_@y.org",
    "@mention",
    "javascript:alert(1)",
    "<https://evil.com>",
    "<a@b.org>",
    "<!-- c -->",
    "<div>",
    "</p>",
    "*em*",
    "**strong**",
    "_u_",
    "__uu__",
    "~~s~~",
    "~sub~",
    "^sup^",
    "`code`",
    "$x$",
    "$$",
    "||spoiler||",
    ":smile:",
    ": definition",
    "-# subtext",
    "\\",
    "\\\\",
    "\\*",
    "1.",
    "1)",
    "2.",
    "2026.",
    "10)",
    "•",
    "-",
    "*",
    "+",
    "=",
    "==mark==",
    "++ins++",
    "{#id}",
    "Time: 10:30",
    "e.g. 3.5",
    "\u{202e}rtl\u{202c}",
    "\u{e000}chart\u{e000}",
    "\u{0}\u{7}\u{1b}[31m",
    "\u{a0}",
    "\u{2028}",
    "\u{2060}",
    "é",
    "日本語",
    "🙂",
    "word",
    "two words",
];

/// The start of a typed line: indentation and list markers of every kind.
const STARTS: &[&str] = &[
    "", "", "", " ", "  ", "   ", "    ", "\t", "- ", "* ", "+ ", "• ", "•", "1. ", "2. ", "3. ",
    "1) ", "2) ", "10. ", "2026. ", "0. ", "  - ", "   1. ", "    - ", "-", "1.", "# ", "> ",
];

const BREAKS: &[&str] = &[
    "\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n   \n", "\n\t\n",
];

fn line() -> impl Strategy<Value = String> {
    (
        prop::sample::select(STARTS),
        prop::collection::vec(
            (
                prop::sample::select(HOSTILE),
                prop::sample::select(&[" ", " ", "", "  "][..]),
            ),
            0..4,
        ),
    )
        .prop_map(|(start, pieces)| {
            let mut line = start.to_string();
            for (piece, gap) in pieces {
                line.push_str(piece);
                line.push_str(gap);
            }
            line
        })
}

/// Answers made of hostile lines joined by every kind of line break.
fn hostile_answer() -> impl Strategy<Value = String> {
    prop::collection::vec((line(), prop::sample::select(BREAKS)), 0..8).prop_map(|lines| {
        let mut text = String::new();
        for (line, brk) in lines {
            text.push_str(&line);
            text.push_str(brk);
        }
        text
    })
}

/// Answers of random characters, weighted towards markdown's.
fn random_answer() -> impl Strategy<Value = String> {
    "([-*+•#>|`~_=:!\\[\\]()<>&;@./\\\\0-9 \t\r\na-zA-Z]|[^\u{0}-\u{7f}]){0,120}"
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![line(), random_answer(), hostile_answer()]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn answers_keep_their_blocks_and_nothing_else(text in prop_oneof![hostile_answer(), random_answer()]) {
        check_answer(&markdown_it(), &text)?;
    }

    #[test]
    fn values_stay_text_and_in_their_cell(value in value()) {
        check_value(&markdown_it(), &value)?;
    }
}

// ---------------------------------------------------------------------------------------------
// Examples users meet, checked on every parser

fn check(text: &str) {
    check_answer(&markdown_it(), text).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn lists_lines_and_paragraphs_as_typed() {
    for text in [
        "- a\n- b",
        "1. first\n2. second",
        "Line one\nLine two",
        "Para 1\n\nPara 2",
        "- item\n  continued",
        "* one\n* two\n\n• three\n•four",
        "Intro:\n1) a\n2) b\n\n1. again\n2. and again\nThanks",
        "2026. A year\n3. not a list",
        "- a\n  - nested\n    1. deeper\n- b",
    ] {
        check(text);
    }
}

#[test]
fn every_hostile_piece_alone_on_a_line_and_as_a_value() {
    let md = markdown_it();
    for piece in HOSTILE {
        for text in [
            piece.to_string(),
            format!("a\n{piece}"),
            format!("- a\n{piece}"),
            format!("1. a\n{piece}\n2. b"),
            format!("x {piece} y\n{piece}"),
            format!("- {piece}\n  {piece}\n* {piece}"),
            format!("1. {piece}\n2) {piece}\n\n1) {piece}"),
            format!("{piece}\n\n\n{piece} {piece}"),
        ] {
            check_answer(&md, &text).unwrap_or_else(|e| panic!("{e}"));
            check_value(&md, &text).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

#[test]
fn bare_addresses_are_no_links_anywhere() {
    let text = "Visit https://evil.com or www.evil.com, write to a@b.org or mailto:a@b.org";
    check(text);
    let html = comrak::markdown_to_html(&markdown_blocks(&blocks(text)), &comrak_options(false));
    assert!(!html.contains("<a"), "{html}");
    assert_eq!(
        html.replace(WORD_JOINER, ""),
        format!("<p>{text}</p>\n"),
        "a reader sees the address as typed"
    );
}

/// The parsers are set up to find what the escaping must stop: unescaped, each of these is a
/// link (or more) to at least the parsers named.
#[test]
fn the_parsers_do_link_bare_addresses() {
    let md = markdown_it();
    for (raw, all_three) in [
        ("see https://evil.com", false),
        ("see www.evil.com", false),
        ("write a@b.org", false),
        ("[x](http://e)", true),
        ("# h", true),
        ("a\n---", true),
        ("a\n: b", false),
    ] {
        assert!(comrak_seen(raw).is_err(), "comrak: {raw:?}");
        let others = [
            pulldown_seen(raw).is_err(),
            markdown_it_seen(&md, raw).is_err(),
        ];
        if all_three {
            assert_eq!(others, [true, true], "{raw:?}");
        }
    }
    assert!(markdown_it_seen(&md, "see https://evil.com").is_err_and(|e| e.contains("Linkified")));
    assert!(pulldown_seen("a\n: b").is_err_and(|e| e.contains("DefinitionList")));
}

/// The generated answers are not all plain paragraphs: many hold lists of both kinds and
/// paragraphs of several lines, so the properties above test those too.
#[test]
fn generated_answers_hold_lists_and_line_breaks() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut bullets, mut numbered, mut broken) = (0, 0, 0);
    for _ in 0..300 {
        let text = hostile_answer().new_tree(&mut runner).unwrap().current();
        for block in blocks(&text) {
            match block {
                Block::List { ordered: false, .. } => bullets += 1,
                Block::List { ordered: true, .. } => numbered += 1,
                Block::Paragraph { lines } if lines.len() > 1 => broken += 1,
                Block::Paragraph { .. } => {}
            }
        }
    }
    assert!(
        bullets > 50 && numbered > 20 && broken > 50,
        "{bullets} {numbered} {broken}"
    );
}
