//! Reading one answer as plain lines and turning it into a value for validation.

use std::io::{self, BufRead, Write};

use crate::answer::{OTHER, Row, Value};
use crate::text::sanitize_line;
use crate::tr;
use crate::workbook::{Kind, Question};

/// The line that ends a multi-line answer, a list or a table.
pub const END: &str = ".";

/// What the user typed at a question.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    /// An answer to validate: the value and the "other" text.
    Answer(Value, Option<String>),
    /// An empty line: keep the current answer (or leave the question unanswered).
    Keep,
    Command(Command),
    /// Input ended.
    End,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Back,
    Skip,
    Clear,
    Help,
    Quit,
    /// Keep the current answer and close its notes.
    Keep,
    /// Use the answer note N (from 1) keeps.
    Use(usize),
    /// Fill a table or list answer from the spreadsheet at this path.
    Import(String),
}

/// Where plain mode reads what the user types.
pub trait Lines {
    /// The next line without its ending, or `None` when input ended. An error that
    /// [`is_interruption`] means the user pressed Ctrl+C.
    fn next_line(&mut self) -> io::Result<Option<String>>;
}

/// The error [`Lines::next_line`] gives when the user pressed Ctrl+C.
pub fn interruption() -> io::Error {
    io::Error::new(io::ErrorKind::Interrupted, "interrupted by Ctrl+C")
}

/// Whether `error` is the user pressing Ctrl+C. (Reading retries on a system call that a
/// signal interrupted, so only [`interruption`] reaches the walk with this kind.)
pub fn is_interruption(error: &io::Error) -> bool {
    error.kind() == io::ErrorKind::Interrupted
}

/// Lines from a reader (a pipe, a file, a test's text), without their line endings.
pub struct LineReader<R> {
    input: R,
}

impl<R: BufRead> LineReader<R> {
    pub fn new(input: R) -> Self {
        LineReader { input }
    }
}

impl<R: BufRead> Lines for LineReader<R> {
    fn next_line(&mut self) -> io::Result<Option<String>> {
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        while line.ends_with('\n') || line.ends_with('\r') {
            line.pop();
        }
        Ok(Some(line))
    }
}

fn command(line: &str) -> Option<Command> {
    match line.trim() {
        ":back" | ":b" => Some(Command::Back),
        ":skip" | ":s" => Some(Command::Skip),
        ":clear" => Some(Command::Clear),
        ":help" | ":h" | "?" => Some(Command::Help),
        ":quit" | ":q" => Some(Command::Quit),
        ":keep" => Some(Command::Keep),
        other if other.starts_with(":import ") || other == ":import" => Some(Command::Import(
            other.trim_start_matches(":import").trim().to_string(),
        )),
        other => other
            .strip_prefix(":use")
            .and_then(|n| n.trim().parse().ok())
            .map(Command::Use),
    }
}

/// Reads one answer to `question`. Prompts for follow-up lines go to `out`.
pub fn read_entry<L: Lines, W: Write>(
    question: &Question,
    lines: &mut L,
    out: &mut W,
) -> io::Result<Entry> {
    let Some(first) = lines.next_line()? else {
        return Ok(Entry::End);
    };
    if let Some(cmd) = command(&first) {
        return Ok(Entry::Command(cmd));
    }
    // A lone dot ends a long answer, list or table; as the first line it means "nothing new".
    let several_lines = matches!(question.kind(), Kind::LongText | Kind::List | Kind::Table);
    if first.trim().is_empty() || (several_lines && first == END) {
        return Ok(Entry::Keep);
    }
    let entry = match question.kind() {
        Kind::LongText => Entry::Answer(Value::Text(multi_line(first, lines)?), None),
        Kind::List => Entry::Answer(Value::List(items(first, lines)?), None),
        Kind::Table => Entry::Answer(Value::Table(rows(question, first, lines, out)?), None),
        Kind::SingleChoice => {
            let value = choice_value(question, first.trim());
            let other = if value == OTHER {
                Some(ask(lines, out, &tr!("plain-other-say-what"))?)
            } else {
                None
            };
            Entry::Answer(Value::Text(value), other)
        }
        Kind::MultiChoice => {
            let values: Vec<String> = first
                .split([',', ';'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| choice_value(question, s))
                .collect();
            let other = if values.iter().any(|v| v == OTHER) {
                Some(ask(lines, out, &tr!("plain-other-say-what"))?)
            } else {
                None
            };
            Entry::Answer(Value::List(values), other)
        }
        Kind::YesNo => Entry::Answer(Value::Text(yes_no(first.trim())), None),
        _ => Entry::Answer(Value::Text(first.trim().to_string()), None),
    };
    Ok(entry)
}

/// A yes or a no typed in the interface's language ("oui", "non"), as the English word
/// answers are checked in; anything else (English included) as it was typed. The command line
/// (`answer set`) takes the same words.
pub fn yes_no(typed: &str) -> String {
    let lower = typed.to_lowercase();
    let one_of = |words: String| words.split_whitespace().any(|w| w.to_lowercase() == lower);
    if one_of(tr!("plain-yes-words")) {
        "yes".to_string()
    } else if one_of(tr!("plain-no-words")) {
        "no".to_string()
    } else {
        typed.to_string()
    }
}

/// A choice typed by number becomes its value; anything else is passed on for validation,
/// which also accepts values and labels.
fn choice_value(question: &Question, typed: &str) -> String {
    let choices = question.choices();
    match typed.parse::<usize>() {
        Ok(n) if n >= 1 && n <= choices.len() => choices[n - 1].value().to_string(),
        Ok(n) if question.other && n == choices.len() + 1 => OTHER.to_string(),
        _ => typed.to_string(),
    }
}

fn ask<L: Lines, W: Write>(lines: &mut L, out: &mut W, prompt: &str) -> io::Result<String> {
    writeln!(out, "{prompt}")?;
    out.flush()?;
    Ok(lines.next_line()?.unwrap_or_default())
}

fn multi_line<L: Lines>(first: String, lines: &mut L) -> io::Result<String> {
    let mut typed = vec![first];
    while let Some(line) = lines.next_line()? {
        if line == END {
            break;
        }
        typed.push(line);
    }
    // Blank lines typed before the closing dot are not part of the answer.
    while typed.len() > 1 && typed.last().is_some_and(|l| l.trim().is_empty()) {
        typed.pop();
    }
    Ok(typed.join("\n"))
}

fn items<L: Lines>(first: String, lines: &mut L) -> io::Result<Vec<String>> {
    let mut items = Vec::new();
    let mut line = Some(first);
    while let Some(item) = line {
        if item == END {
            break;
        }
        if !item.trim().is_empty() {
            items.push(item.trim().to_string());
        }
        line = lines.next_line()?;
    }
    Ok(items)
}

fn rows<L: Lines, W: Write>(
    question: &Question,
    first: String,
    lines: &mut L,
    out: &mut W,
) -> io::Result<Vec<Row>> {
    let columns = question.columns();
    let mut rows = Vec::new();
    let mut pending = Some(first);
    loop {
        let mut row = Row::new();
        for (index, column) in columns.iter().enumerate() {
            let cell = match (index, pending.take()) {
                (0, Some(first)) => first,
                _ => {
                    let label = if index == 0 {
                        tr!(
                            "plain-table-row",
                            row = rows.len() + 1,
                            column = sanitize_line(&column.label)
                        )
                    } else {
                        format!("  {}:", sanitize_line(&column.label))
                    };
                    match ask_or_end(lines, out, &label)? {
                        Some(cell) => cell,
                        None => return Ok(rows),
                    }
                }
            };
            if index == 0 && cell == END {
                return Ok(rows);
            }
            if !cell.trim().is_empty() {
                row.insert(column.id().to_string(), cell.trim().to_string());
            }
        }
        rows.push(row);
    }
}

fn ask_or_end<L: Lines, W: Write>(
    lines: &mut L,
    out: &mut W,
    prompt: &str,
) -> io::Result<Option<String>> {
    writeln!(out, "{prompt}")?;
    out.flush()?;
    lines.next_line()
}
