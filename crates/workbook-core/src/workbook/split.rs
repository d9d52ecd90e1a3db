//! Parsing a large workbook on several cores: the file is cut at `[[sections]]` lines into
//! parts of about [`PART_BYTES`], and the parts are parsed by as many threads as there are
//! cores. Parsing is most of the start of a large workbook (2.9 MB of TOML for 10,000
//! questions: about 66 ms on one core), and the `toml` crate parses one document on one
//! thread. Small parts also keep little of the parser's own memory (its tokens and tables, many
//! times the text) in use at once, and a fresh page of memory is costly to touch.
//!
//! This is only a faster way to the same result: the parts give exactly the workbook (values
//! and byte spans) that parsing the whole file gives, or [`parse`] returns `None` and the
//! caller parses the whole file, so that a broken workbook is always reported as the whole
//! file's parse reports it (file, line, column).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use serde::Deserialize;

use super::model::{Section, Workbook};
use super::span::with_offset;

/// Below this size a file is parsed in one piece: starting threads would cost more than they
/// save.
pub const MIN_SPLIT_BYTES: usize = 256 * 1024;

/// About how much of the file one part holds.
pub const PART_BYTES: usize = 128 * 1024;

/// The header that starts each section.
const HEADER: &str = "[[sections]]";

/// What follows the first part: only more sections. Any other key there (a `[plan]` table
/// after the sections, say) sends the file to the whole-file parse.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MoreSections {
    sections: Vec<Section>,
}

/// One part's result: the head gives the workbook, every later part more sections.
enum Parsed {
    Head(Box<Workbook>),
    More(Vec<Section>),
}

/// The workbook in `text`, parsed in parts of about [`PART_BYTES`] on `threads` threads
/// (the calling one among them); `None` when the file cannot be cut or any part fails to
/// parse (the whole-file parse then says why).
pub fn parse(text: &str, threads: usize) -> Option<Workbook> {
    parse_parts(text, threads, text.len().div_ceil(PART_BYTES))
}

/// [`parse`] in about `parts` parts.
fn parse_parts(text: &str, threads: usize, parts: usize) -> Option<Workbook> {
    let starts = cuts(text, parts);
    if starts.is_empty() {
        return None;
    }
    // Part 0 is the head, text[..starts[0]]; part i is text[starts[i - 1]..starts[i]].
    let bounds: Vec<(usize, usize)> = std::iter::once(0)
        .chain(starts.iter().copied())
        .zip(starts.iter().copied().chain([text.len()]))
        .collect();
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(&(start, end)) = bounds.get(i) else {
                return done;
            };
            if failed.load(Ordering::Relaxed) {
                return done;
            }
            let parsed = if i == 0 {
                parse_head(&text[..end]).map(|w| Parsed::Head(Box::new(w)))
            } else {
                parse_more(start, &text[start..end]).map(Parsed::More)
            };
            match parsed {
                Some(parsed) => done.push((i, parsed)),
                None => failed.store(true, Ordering::Relaxed),
            }
        }
    };
    let mut parts: Vec<Option<Parsed>> = (0..bounds.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads.min(bounds.len()))
            .map(|_| scope.spawn(work))
            .collect();
        let mine = work();
        for done in helpers
            .into_iter()
            // A panic in a parser thread is a bug; carry it on rather than hide it.
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .chain([mine])
        {
            for (i, parsed) in done {
                parts[i] = Some(parsed);
            }
        }
    });
    if failed.into_inner() {
        return None;
    }
    let mut parts = parts.into_iter();
    let Some(Some(Parsed::Head(workbook))) = parts.next() else {
        return None;
    };
    let mut workbook = *workbook;
    for part in parts {
        let Some(Parsed::More(sections)) = part else {
            return None;
        };
        workbook.sections.extend(sections);
    }
    Some(workbook)
}

/// Where the parts after the first start: at the start of a `[[sections]]` line at or after
/// each equal share of the file, never at the first such line (the first part must hold at
/// least one section, see [`parse_head`]). Empty when the file has too few sections to cut.
fn cuts(text: &str, parts: usize) -> Vec<usize> {
    let mut cuts = Vec::new();
    let Some(first) = header_at_or_after(text, 0) else {
        return cuts;
    };
    for part in 1..parts {
        let want = text.len() / parts * part;
        let from = cuts.last().map_or(first + 1, |&c| c + 1).max(want);
        match header_at_or_after(text, from) {
            Some(at) => cuts.push(at),
            None => break,
        }
    }
    cuts
}

/// The start of the first line at or after byte `from` that is exactly `[[sections]]`.
fn header_at_or_after(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = from;
    while at < text.len() {
        let line_start = at == 0 || bytes[at - 1] == b'\n';
        if line_start && text[at..].starts_with(HEADER) {
            let after = &text[at + HEADER.len()..];
            if after.starts_with('\n') || after.starts_with("\r\n") {
                return Some(at);
            }
        }
        at += text[at..].find('\n')? + 1;
    }
    None
}

/// The first part: everything before the first cut. A section is added after it, as the next
/// part's `[[sections]]` header adds one in the whole file, and taken off again: if the first
/// part could not take another `[[sections]]` header there (because it wrote `sections` some
/// other way, or the cut fell inside a multi-line string), this parse fails as the whole file's
/// would.
fn parse_head(head: &str) -> Option<Workbook> {
    let mut text = String::with_capacity(head.len() + 64);
    text.push_str(head);
    text.push_str(HEADER);
    text.push_str("\nid = \"next\"\ntitle = \"next\"\n");
    let mut workbook: Workbook = toml::from_str(&text).ok()?;
    workbook.sections.pop()?;
    Some(workbook)
}

/// A later part, which starts at byte `start` of the file and begins with its `[[sections]]`
/// line: read with every byte span moved on by `start`, so that each is the whole file's. The
/// head parsed, so the part's first line is a real header, and nothing in the part can name a
/// table of an earlier part but `sections`, which it adds to.
fn parse_more(start: usize, part: &str) -> Option<Vec<Section>> {
    let more: MoreSections = with_offset(start, || toml::from_str(part)).ok()?;
    Some(more.sections)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbook::generate::synthetic;

    fn whole(text: &str) -> Workbook {
        toml::from_str(text).expect("the whole file parses")
    }

    #[test]
    fn the_parts_give_the_workbook_the_whole_file_gives() {
        let text = synthetic("big", 2_000);
        let whole = format!("{:?}", whole(&text));
        for (threads, parts) in [(1, 2), (2, 2), (2, 7), (3, 7), (2, 40), (4, 40)] {
            let split = parse_parts(&text, threads, parts).expect("the generated workbook splits");
            // Every value and every byte span (the Debug form shows both) is the same.
            assert_eq!(
                format!("{split:?}"),
                whole,
                "{threads} threads, {parts} parts"
            );
        }
    }

    #[test]
    fn cuts_fall_on_section_headers_after_the_first() {
        let text = synthetic("big", 500);
        let cuts = cuts(&text, 4);
        assert_eq!(cuts.len(), 3);
        let first = header_at_or_after(&text, 0).unwrap();
        for cut in cuts {
            assert!(cut > first);
            assert!(text[cut..].starts_with("[[sections]]\n"));
        }
    }

    #[test]
    fn a_file_it_cannot_cut_goes_to_the_whole_file_parse() {
        assert!(parse_parts("id = \"a\"\n", 2, 2).is_none());
        // One section only: nothing to cut after it.
        let one = "id = \"a\"\ntitle = \"A\"\narea = \"a\"\nversion = 1\nsummary = \"s\"\n\n[[sections]]\nid = \"s\"\ntitle = \"S\"\n";
        assert!(parse_parts(one, 2, 2).is_none());
    }

    #[test]
    fn what_the_whole_file_refuses_the_parts_refuse() {
        let text = synthetic("big", 400);
        // `sections` written as a key before the headers: the whole file cannot add to it.
        let inline = text.replacen(
            "summary = \"Generated for benchmarks.\"\n",
            "summary = \"Generated for benchmarks.\"\nsections = []\n",
            1,
        );
        assert!(toml::from_str::<Workbook>(&inline).is_err());
        assert!(parse_parts(&inline, 2, 2).is_none());
        // A table after the sections that the first part has too.
        let twice = format!("{text}\n[plan]\nheading = \"x\"\n").replacen(
            "\n[[sections]]",
            "\n[plan]\nheading = \"y\"\n\n[[sections]]",
            1,
        );
        assert!(toml::from_str::<Workbook>(&twice).is_err());
        assert!(parse_parts(&twice, 2, 2).is_none());
        // A broken value in a later part only.
        let (before, after) = text.split_at(cuts(&text, 2)[0]);
        let broken = format!(
            "{before}{}",
            after.replacen("required = true", "required = maybe", 1)
        );
        assert!(toml::from_str::<Workbook>(&broken).is_err());
        assert!(parse_parts(&broken, 2, 2).is_none());
    }

    #[test]
    fn a_header_inside_a_multi_line_string_is_text() {
        let text = format!(
            "id = \"a\"\ntitle = \"A\"\narea = \"a\"\nversion = 1\nsummary = \"s\"\n\n\
             [[sections]]\nid = \"s1\"\ntitle = \"{}\"\nintro = \"\"\"\n[[sections]]\n\"\"\"\n",
            "S".repeat(500)
        );
        assert_eq!(whole(&text).sections.len(), 1);
        let cut = cuts(&text, 2)[0];
        assert!(
            text[..cut].ends_with("intro = \"\"\"\n"),
            "the cut is in the string"
        );
        assert!(parse_parts(&text, 2, 2).is_none());
    }
}
