//! Parsing a large workbook on several cores: the file is cut at `[[sections]]` headers and
//! the parts are parsed at the same time. Parsing is most of the start of a large workbook
//! (2.9 MB of TOML for 10,000 questions: about 66 ms on one core), and the `toml` crate parses
//! one document on one thread.
//!
//! This is only a faster way to the same result: the parts give exactly the workbook (values
//! and byte spans) that parsing the whole file gives, or [`parse`] returns `None` and the
//! caller parses the whole file, so that a broken workbook is always reported as the whole
//! file's parse reports it (file, line, column).

use serde::Deserialize;

use super::model::{Section, Workbook};

/// Below this size a file is parsed in one piece: starting threads would cost more than they
/// save.
pub const MIN_SPLIT_BYTES: usize = 256 * 1024;

/// The header that starts each section.
const HEADER: &str = "[[sections]]";

/// What follows the first part: only more sections. Any other key there (a `[plan]` table
/// after the sections, say) sends the file to the whole-file parse.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MoreSections {
    sections: Vec<Section>,
}

/// The workbook in `text`, parsed in `parts` pieces on as many threads; `None` when the file
/// cannot be cut or any piece fails to parse (the whole-file parse then says why).
pub fn parse(text: &str, parts: usize) -> Option<Workbook> {
    let cuts = cuts(text, parts);
    if cuts.is_empty() {
        return None;
    }
    let (head, tail) = text.split_at(cuts[0]);
    let mut rest: Vec<&str> = Vec::with_capacity(cuts.len());
    for (i, &start) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).copied().unwrap_or(text.len());
        rest.push(&text[start..end]);
    }
    debug_assert_eq!(rest.concat(), tail);
    std::thread::scope(|scope| {
        let workers: Vec<_> = cuts
            .iter()
            .zip(&rest)
            .map(|(&start, part)| scope.spawn(move || parse_more(start, part)))
            .collect();
        let first = parse_head(head);
        let mut sections: Vec<Vec<Section>> = Vec::with_capacity(workers.len());
        for worker in workers {
            // A panic in a parser thread is a bug; carry it on rather than hide it.
            let more = worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            sections.push(more?);
        }
        let mut workbook = first?;
        workbook
            .sections
            .reserve(sections.iter().map(Vec::len).sum());
        for more in sections {
            workbook.sections.extend(more);
        }
        Some(workbook)
    })
}

/// Where the parts after the first start: at the start of a `[[sections]]` line near each
/// equal share of the file, never at the first such line (the first part must hold at least
/// one section, see [`parse_head`]). Empty when the file has too few sections to cut.
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

/// A later part, which starts at byte `start` of the file: parsed behind as many spaces as
/// come before it, so that every byte span is the one the whole file gives.
fn parse_more(start: usize, part: &str) -> Option<Vec<Section>> {
    let mut text = String::with_capacity(start + part.len());
    text.extend(std::iter::repeat_n(' ', start.saturating_sub(1)));
    if start > 0 {
        text.push('\n');
    }
    text.push_str(part);
    let more: MoreSections = toml::from_str(&text).ok()?;
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
        for parts in 2..=5 {
            let split = parse(&text, parts).expect("the generated workbook splits");
            // Every value and every byte span (the Debug form shows both) is the same.
            assert_eq!(format!("{split:?}"), format!("{:?}", whole(&text)));
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
        assert!(parse("id = \"a\"\n", 2).is_none());
        // One section only: nothing to cut after it.
        let one = "id = \"a\"\ntitle = \"A\"\narea = \"a\"\nversion = 1\nsummary = \"s\"\n\n[[sections]]\nid = \"s\"\ntitle = \"S\"\n";
        assert!(parse(one, 2).is_none());
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
        assert!(parse(&inline, 2).is_none());
        // A table after the sections that the first part has too.
        let twice = format!("{text}\n[plan]\nheading = \"x\"\n").replacen(
            "\n[[sections]]",
            "\n[plan]\nheading = \"y\"\n\n[[sections]]",
            1,
        );
        assert!(toml::from_str::<Workbook>(&twice).is_err());
        assert!(parse(&twice, 2).is_none());
        // A broken value in a later part only.
        let (before, after) = text.split_at(cuts(&text, 2)[0]);
        let broken = format!(
            "{before}{}",
            after.replacen("required = true", "required = maybe", 1)
        );
        assert!(toml::from_str::<Workbook>(&broken).is_err());
        assert!(parse(&broken, 2).is_none());
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
        assert!(parse(&text, 2).is_none());
    }
}
