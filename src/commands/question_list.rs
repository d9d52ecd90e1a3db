//! `workbook list --questions WORKBOOK`: a workbook's questions with their ids, kinds and
//! prompts, for `answer set` and scripts. In workbook order, by section; a follow-up comes
//! under the question its condition names, when that question comes earlier in its section.

use serde::Serialize;

use crate::commands::exit::{Failure, SUCCESS};
use crate::text::{sanitize, sanitize_line};
use crate::tr;
use crate::workbook::{Catalog, Condition, Question, Section, Workbook};

#[derive(Serialize)]
struct Entry<'a> {
    id: &'a str,
    kind: &'static str,
    prompt: String,
    section: &'a str,
    section_title: String,
    /// The question whose answer decides whether this one is shown, as the condition names
    /// it (`workbook.question` when it lives in another workbook).
    parent: Option<&'a str>,
    audience: &'static str,
    /// How deep under other questions of its section it sits (0 for a question of its own).
    #[serde(skip)]
    depth: usize,
    /// The section's place in the workbook, from 1.
    #[serde(skip)]
    section_number: usize,
}

pub fn run(catalog: &Catalog, id: &str, json: bool) -> Result<u8, Failure> {
    let Some(workbook) = catalog.get(id) else {
        return Err(Failure::usage(tr!(
            "cli-no-such-workbook",
            id = sanitize_line(id),
            ids = catalog.ids().join(", ")
        )));
    };
    let entries: Vec<Entry> = workbook
        .sections
        .iter()
        .enumerate()
        .flat_map(|(i, section)| section_entries(i + 1, section))
        .collect();
    if json {
        let json = crate::encode::json::to_string_pretty(&entries)
            .map_err(|e| Failure::failed(e.to_string()))?;
        println!("{json}");
    } else {
        print_text(workbook, &entries);
    }
    Ok(SUCCESS)
}

/// The questions of `section` in order, each followed by its follow-ups.
fn section_entries(number: usize, section: &Section) -> Vec<Entry<'_>> {
    let questions = &section.questions;
    // A follow-up is nested only under an earlier question of its section, so that the tree
    // keeps workbook order and a condition can never make a loop.
    let nested_under: Vec<Option<usize>> = questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let parent = parent(q)?;
            questions[..i].iter().position(|p| p.id() == parent)
        })
        .collect();
    let mut entries = Vec::with_capacity(questions.len());
    for (i, under) in nested_under.iter().enumerate() {
        if under.is_none() {
            let at = Place { number, depth: 0 };
            push_with_follow_ups(section, i, at, &nested_under, &mut entries);
        }
    }
    entries
}

/// Where an entry goes: its section's number and its depth under other questions.
#[derive(Clone, Copy)]
struct Place {
    number: usize,
    depth: usize,
}

fn push_with_follow_ups<'a>(
    section: &'a Section,
    index: usize,
    at: Place,
    nested_under: &[Option<usize>],
    entries: &mut Vec<Entry<'a>>,
) {
    let question = &section.questions[index];
    entries.push(Entry {
        id: question.id(),
        kind: question.kind().name(),
        prompt: sanitize(&question.prompt),
        section: section.id.get_ref(),
        section_title: sanitize_line(&section.title),
        parent: parent(question),
        audience: question.audience().name(),
        depth: at.depth,
        section_number: at.number,
    });
    for (child, under) in nested_under.iter().enumerate() {
        if *under == Some(index) {
            let deeper = Place {
                depth: at.depth + 1,
                ..at
            };
            push_with_follow_ups(section, child, deeper, nested_under, entries);
        }
    }
}

/// The question a follow-up follows: the first one its condition names.
fn parent(question: &Question) -> Option<&str> {
    question
        .show_if
        .as_ref()
        .and_then(|c| first_named(c.get_ref()))
}

fn first_named(condition: &Condition) -> Option<&str> {
    if let Some(question) = &condition.question {
        return Some(question.get_ref());
    }
    let groups = condition.all.iter().chain(&condition.any).flatten();
    groups
        .map(|c| c.get_ref())
        .chain(condition.not.as_deref().map(|c| c.get_ref()))
        .find_map(first_named)
}

fn print_text(workbook: &Workbook, entries: &[Entry]) {
    const INDENT: usize = 2;
    let id_width = entries
        .iter()
        .map(|e| INDENT * e.depth + sanitize_line(e.id).chars().count())
        .max()
        .unwrap_or(0);
    let kind_width = entries.iter().map(|e| e.kind.len()).max().unwrap_or(0);
    println!(
        "{}",
        tr!(
            "cli-questions-heading",
            title = sanitize_line(&workbook.title),
            id = sanitize_line(workbook.id()),
            count = entries.len()
        )
    );
    let count = workbook.sections.len();
    let mut section = 0;
    for entry in entries {
        if section != entry.section_number {
            section = entry.section_number;
            let heading = tr!(
                "cli-questions-section",
                number = section,
                count = count,
                title = entry.section_title.as_str()
            );
            println!("\n{heading}");
        }
        let id = format!(
            "{}{}",
            " ".repeat(INDENT * entry.depth),
            sanitize_line(entry.id)
        );
        let line = format!(
            "  {id:<id_width$}  {:<kind_width$}  {}",
            entry.kind,
            sanitize_line(&entry.prompt)
        );
        println!("{}", line.trim_end());
    }
}
