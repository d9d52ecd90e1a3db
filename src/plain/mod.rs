//! Plain mode: a workbook as plain lines, one question at a time, for screen readers and
//! scripts. Same questions, order, conditions, validation and saving as the TUI.

mod import;
pub mod input;
pub mod keyboard;
pub mod render;

use std::collections::BTreeSet;
use std::io::{self, Write};

use jiff::Timestamp;

use crate::answer::{Response, read};
use crate::profile::edit::{Given, Recorded, Resolution, confirm, record, resolve};
use crate::profile::{Profile, Reader, Status, WorkbookStatus, round};
use crate::text::sanitize_line;
use crate::tr;
use crate::workbook::{Catalog, Question, Workbook};

use input::{Command, Entry, Lines, is_interruption, read_entry};
use render::Place;

/// How a plain walk ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The user went past the last question.
    Finished,
    Quit,
    /// The user pressed Ctrl+C.
    Interrupted,
    /// Standard input ended (a script ran out of answers).
    InputEnded,
}

/// What a plain walk did, for the line said on leaving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walked {
    pub outcome: Outcome,
    /// How many questions had their answer set, changed or removed by this walk.
    pub changed: usize,
    /// Why the last save failed; `None` when everything is saved.
    pub unsaved: Option<String>,
}

/// The answers a walk changed and how its last save went.
#[derive(Default)]
struct Tally {
    changed: BTreeSet<(String, String)>,
    unsaved: Option<String>,
}

impl Tally {
    fn changed(&mut self, workbook: &Workbook, question: &Question) {
        self.changed
            .insert((workbook.id().to_string(), question.id().to_string()));
    }

    fn walked(self, outcome: Outcome) -> Walked {
        Walked {
            outcome,
            changed: self.changed.len(),
            unsaved: self.unsaved,
        }
    }
}

/// Saves the profile; the error text is shown to the user.
pub type Save<'s> = dyn FnMut(&Profile) -> Result<(), String> + 's;

/// What `:help` says: the commands and how answers are typed.
pub fn help() -> String {
    let mut text = tr!("plain-help");
    text.push('\n');
    text
}

/// Walks `workbook` (one of `catalog`'s) for `reader`, starting where the city left off. On
/// :quit and Ctrl+C the profile is saved once more (the place to resume at) and nothing is
/// said: the caller says what was saved.
pub fn walk<L: Lines, W: Write>(
    catalog: &Catalog,
    workbook: &Workbook,
    profile: &mut Profile,
    reader: Reader,
    lines: &mut L,
    out: &mut W,
    save: &mut Save,
) -> io::Result<Walked> {
    let audience = reader.audience;
    let book = catalog
        .iter()
        .position(|w| w.id() == workbook.id())
        .unwrap_or_default();
    let mut tally = Tally::default();
    let questions: Vec<(usize, &Question)> = workbook
        .sections
        .iter()
        .enumerate()
        .flat_map(|(s, section)| section.questions.iter().map(move |q| (s, q)))
        .collect();
    let title = sanitize_line(&workbook.title);
    let heading = tr!(
        "plain-heading",
        title = title,
        city = sanitize_line(&profile.city.name),
        audience = audience.name()
    );
    writeln!(out, "{heading}")?;
    writeln!(out, "{}", tr!("plain-type-help"))?;
    let mut status = Status::new(catalog, profile);
    let mut position = start_position(workbook, profile, status.of(book), reader, &questions);
    loop {
        let shown = shown_questions(status.of(book), reader, &questions);
        let Some(index) = shown.iter().position(|&i| i >= position) else {
            let outcome = finish(workbook, status.of(book), reader, out)?;
            return Ok(tally.walked(outcome));
        };
        let current = shown[index];
        let (section_index, question) = questions[current];
        remember(profile, workbook, question);
        let at = crate::profile::position(workbook, current, reader);
        let place = Place {
            section_title: &workbook.sections[section_index].title,
            section_number: section_index + 1,
            section_count: workbook.sections.len(),
            number: at.number,
            count: at.total,
            follow_up: at.follow_up,
            shared_with: question
                .home
                .as_deref()
                .and_then(|h| catalog.get(h))
                .map(|w| w.title.as_str()),
        };
        let format = profile.city.number_format;
        let home = catalog.home_of(workbook, question);
        let stored = profile.answer(home.id(), question.id());
        let current_answer = stored.map(|a| render::Current {
            reading: read(question, &a.value, a.other.as_deref(), format),
            raw: &a.value,
            other: a.other.as_deref(),
            notes: &a.notes,
        });
        let last = round::last(profile).map(|(label, closed)| render::LastRound {
            label,
            previous: closed.answer(home.id(), question.id()),
            carried: stored.and_then(|a| a.from_round.as_deref()),
        });
        write!(
            out,
            "{}",
            render::question(
                &place,
                question,
                current_answer.as_ref(),
                last.as_ref(),
                format
            )
        )?;
        let step = ask(
            catalog, home, question, profile, lines, out, save, &mut tally,
        )?;
        match step {
            Step::Next => position = current + 1,
            Step::Stay => position = current,
            Step::Back => position = if index > 0 { shown[index - 1] } else { current },
            Step::Stop(outcome @ (Outcome::Quit | Outcome::Interrupted)) => {
                tally.unsaved = save(profile).err();
                return Ok(tally.walked(outcome));
            }
            Step::Stop(outcome) => return Ok(tally.walked(outcome)),
        }
        status.answer_changed(catalog, profile, home.id(), question.id());
    }
}

/// Where the walk goes after a question.
enum Step {
    Next,
    Stay,
    Back,
    Stop(Outcome),
}

/// Asks one question until it is answered, skipped or left; a rejected answer repeats only
/// the reason and the prompt, not the whole question. The answer is recorded in `home`, the
/// workbook it lives in.
#[allow(clippy::too_many_arguments)]
fn ask<L: Lines, W: Write>(
    catalog: &Catalog,
    home: &Workbook,
    question: &Question,
    profile: &mut Profile,
    lines: &mut L,
    out: &mut W,
    save: &mut Save,
    tally: &mut Tally,
) -> io::Result<Step> {
    loop {
        writeln!(out, "{}", prompt(question))?;
        out.flush()?;
        let entry = match read_entry(question, lines, out) {
            // What was being typed is dropped, as Ctrl+C does in a shell.
            Err(e) if is_interruption(&e) => return Ok(Step::Stop(Outcome::Interrupted)),
            entry => entry?,
        };
        let response = match entry {
            Entry::End => {
                save_and_report(profile, save, out, tally)?;
                return Ok(Step::Stop(Outcome::InputEnded));
            }
            Entry::Keep | Entry::Command(Command::Skip) => return Ok(Step::Next),
            Entry::Command(Command::Back) => return Ok(Step::Back),
            Entry::Command(Command::Help) => {
                write!(out, "{}", help())?;
                continue;
            }
            Entry::Command(Command::Quit) => return Ok(Step::Stop(Outcome::Quit)),
            Entry::Command(Command::Keep) => match keep(home, question, profile, out)? {
                Some(step) => {
                    tally.changed(home, question);
                    save_and_report(profile, save, out, tally)?;
                    return Ok(step);
                }
                None => continue,
            },
            Entry::Command(Command::Use(n)) => {
                let resolution = Resolution::UseKept(n.saturating_sub(1));
                match resolve(profile, home, question, resolution, Timestamp::now()) {
                    Ok(()) => {
                        writeln!(out, "{}", tr!("plain-notes-resolved"))?;
                        tally.changed(home, question);
                        save_and_report(profile, save, out, tally)?;
                        return Ok(Step::Stay);
                    }
                    Err(e) => writeln!(
                        out,
                        "{}",
                        tr!("plain-not-done", reason = sanitize_line(&e.0))
                    )?,
                }
                continue;
            }
            Entry::Command(Command::Clear) => Response::clear(),
            Entry::Command(Command::Import(path)) => {
                match import::import(catalog, home, question, profile, &path, lines, out)? {
                    Some(response) => response,
                    None => continue,
                }
            }
            Entry::Answer(value, other) => Response::new(value, other),
        };
        let cleared = response.value.is_none();
        match record(
            profile,
            home,
            question,
            &response,
            Given::Typed,
            Timestamp::now(),
        ) {
            Ok(recorded) => {
                if matches!(recorded, Recorded::Set | Recorded::Cleared) {
                    tally.changed(home, question);
                }
                if cleared {
                    writeln!(out, "{}", tr!("plain-answer-removed"))?;
                }
                save_and_report(profile, save, out, tally)?;
                return Ok(if cleared { Step::Stay } else { Step::Next });
            }
            Err(invalid) => writeln!(
                out,
                "{}\n{}",
                tr!("plain-not-accepted", reason = sanitize_line(&invalid.0)),
                sanitize_line(&question.prompt)
            )?,
        }
    }
}

/// `:keep`: the current answer stays as it is. Carried over from the last round, it becomes
/// this round's answer (and the walk goes on); its notes, if any, are closed. Says what it did,
/// or why there was nothing to keep (`None`: ask again).
fn keep<W: Write>(
    home: &Workbook,
    question: &Question,
    profile: &mut Profile,
    out: &mut W,
) -> io::Result<Option<Step>> {
    let (wb, id) = (home.id(), question.id());
    let Some(answer) = profile.answer(wb, id) else {
        writeln!(out, "{}", tr!("plain-nothing-to-keep"))?;
        return Ok(None);
    };
    let (carried, noted) = (answer.from_round.is_some(), !answer.notes.is_empty());
    if !carried && !noted {
        let why = match round::last(profile) {
            Some(_) => tr!("plain-already-this-round"),
            None => tr!("plain-no-notes-to-close"),
        };
        writeln!(out, "{why}")?;
        return Ok(None);
    }
    let now = Timestamp::now();
    if carried && confirm(profile, wb, id, now) {
        profile.clear_draft(wb, id);
        writeln!(out, "{}", tr!("plain-kept"))?;
    }
    if noted {
        match resolve(profile, home, question, Resolution::KeepCurrent, now) {
            Ok(()) => writeln!(out, "{}", tr!("plain-notes-resolved"))?,
            Err(e) => writeln!(
                out,
                "{}",
                tr!("plain-notes-not-resolved", reason = sanitize_line(&e.0))
            )?,
        }
    }
    Ok(Some(if carried { Step::Next } else { Step::Stay }))
}

fn prompt(question: &Question) -> String {
    match question.columns().first() {
        Some(column) if question.kind() == crate::workbook::Kind::Table => tr!(
            "plain-table-row",
            row = 1,
            column = sanitize_line(&column.label)
        ),
        _ => tr!("plain-your-answer"),
    }
}

/// Indexes (into `questions`) of the questions shown: conditions hold and the reader fits.
fn shown_questions(
    status: &WorkbookStatus,
    reader: Reader,
    questions: &[(usize, &Question)],
) -> Vec<usize> {
    questions
        .iter()
        .enumerate()
        .filter(|(i, (_, q))| status.shown(q, *i, reader))
        .map(|(i, _)| i)
        .collect()
}

/// Where the city left off in `workbook`, else its first open question, like the TUI.
fn start_position(
    workbook: &Workbook,
    profile: &Profile,
    status: &WorkbookStatus,
    reader: Reader,
    questions: &[(usize, &Question)],
) -> usize {
    let shown = shown_questions(status, reader, questions);
    profile
        .resume
        .questions
        .get(workbook.id())
        .and_then(|id| questions.iter().position(|(_, q)| q.id() == id))
        .or_else(|| shown.iter().copied().find(|&i| !status.is_answered(i)))
        .unwrap_or(0)
}

fn remember(profile: &mut Profile, workbook: &Workbook, question: &Question) {
    profile.resume.workbook = Some(workbook.id().to_string());
    profile
        .resume
        .questions
        .insert(workbook.id().to_string(), question.id().to_string());
}

fn save_and_report<W: Write>(
    profile: &Profile,
    save: &mut Save,
    out: &mut W,
    tally: &mut Tally,
) -> io::Result<()> {
    tally.unsaved = save(profile).err();
    match &tally.unsaved {
        None => writeln!(out, "{}", tr!("plain-saved")),
        Some(error) => writeln!(
            out,
            "{}",
            tr!("plain-not-saved", reason = sanitize_line(error))
        ),
    }
}

fn finish<W: Write>(
    workbook: &Workbook,
    status: &WorkbookStatus,
    reader: Reader,
    out: &mut W,
) -> io::Result<Outcome> {
    let missing = status.unanswered_required(workbook, reader);
    writeln!(out, "\n{}", tr!("plain-end"))?;
    if missing.is_empty() {
        writeln!(out, "{}", tr!("plain-all-required-answered"))?;
    } else {
        writeln!(
            out,
            "{}",
            tr!("plain-required-unanswered", count = missing.len())
        )?;
        for q in missing {
            writeln!(out, "  - {}", sanitize_line(&q.prompt))?;
        }
    }
    Ok(Outcome::Finished)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Value;
    use crate::profile::{City, Role};
    use crate::workbook::Audience;
    use crate::workbook::load::parse_workbook;

    const BOOK: &str = r#"
id = "t"
title = "Test"
area = "mapping"
version = 3
summary = "s"

[[sections]]
id = "a"
title = "First"

[[sections.questions]]
id = "has_plan"
kind = "yes_no"
prompt = "Is there a plan?"
required = true

[[sections.questions]]
id = "drafter"
kind = "short_text"
prompt = "Who drafts it?"
show_if = { question = "has_plan", equals = false }

[[sections.questions]]
id = "threats"
kind = "multi_choice"
prompt = "Which threats?"
other = true
choices = [{ value = "hate", label = "Hate" }, { value = "polar", label = "Polarisation" }]

[[sections]]
id = "b"
title = "Second"

[[sections.questions]]
id = "notes"
kind = "long_text"
prompt = "Notes?"
audience = "mayor"

[[sections.questions]]
id = "partners"
kind = "table"
prompt = "Partners?"
required = true
columns = [{ id = "name", label = "Name", required = true }, { id = "since", label = "Since", kind = "date" }]
"#;

    fn profile() -> Profile {
        Profile::new(City::new(
            "Testville",
            Role::Official,
            Timestamp::UNIX_EPOCH,
        ))
    }

    fn run(input: &str, profile: &mut Profile, audience: Audience) -> (Outcome, String, usize) {
        let book = parse_workbook("t.toml", BOOK).unwrap();
        let mut out = Vec::new();
        let mut saves = 0;
        let mut save = |_: &Profile| {
            saves += 1;
            Ok(())
        };
        let catalog = Catalog::of(vec![crate::workbook::LoadedWorkbook::new(
            book.clone(),
            crate::workbook::Origin::BuiltIn,
        )]);
        let reader = Reader::new(audience, crate::profile::Track::Full);
        let walked = walk(
            &catalog,
            &book,
            profile,
            reader,
            &mut input::LineReader::new(input.as_bytes()),
            &mut out,
            &mut save,
        )
        .unwrap();
        (walked.outcome, String::from_utf8(out).unwrap(), saves)
    }

    #[test]
    fn walks_follow_ups_choices_and_tables_and_saves_each_answer() {
        let mut p = profile();
        let input =
            "no\nThe policy unit\n1, 3\nSports clubs\nTown hall\n2026-01-31\nSchool board\n\n.\n";
        let (outcome, out, saves) = run(input, &mut p, Audience::Official);
        assert_eq!(outcome, Outcome::Finished, "{out}");
        assert_eq!(p.value("t", "has_plan"), Some(&Value::Bool(false)));
        assert_eq!(
            p.value("t", "drafter"),
            Some(&Value::Text("The policy unit".into()))
        );
        let threats = p.answer("t", "threats").unwrap();
        assert_eq!(
            threats.value,
            Value::List(vec!["hate".into(), "other".into()])
        );
        assert_eq!(threats.other.as_deref(), Some("Sports clubs"));
        assert_eq!(threats.workbook_version, 3);
        let Some(Value::Table(rows)) = p.value("t", "partners") else {
            panic!("no table")
        };
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0]["since"], "2026-01-31");
        assert_eq!(rows[1]["name"], "School board");
        assert!(
            !out.contains("Notes?"),
            "a mayor's question was shown to an official"
        );
        assert!(out.contains("Every required question is answered."));
        assert_eq!(saves, 4);
    }

    #[test]
    fn invalid_answers_are_asked_again_and_back_and_quit_work() {
        let mut p = profile();
        let (outcome, out, _) = run("maybe\nyes\n:back\n\n:quit\n", &mut p, Audience::Both);
        assert_eq!(outcome, Outcome::Quit);
        assert!(out.contains("Not accepted: `maybe` is not yes or no. Try again."));
        assert_eq!(p.value("t", "has_plan"), Some(&Value::Bool(true)));
        assert!(
            !out.contains("Who drafts it?"),
            "the follow-up must stay hidden after yes"
        );
        assert_eq!(
            p.resume.questions.get("t").map(String::as_str),
            Some("threats")
        );
    }

    #[test]
    fn resumes_where_the_city_left_off_and_reports_end_of_input() {
        let mut p = profile();
        p.resume.questions.insert("t".into(), "notes".into());
        let (outcome, out, _) = run("Line one\nLine two\n.\n", &mut p, Audience::Both);
        assert_eq!(outcome, Outcome::InputEnded);
        assert!(!out.contains("Is there a plan?"));
        assert_eq!(
            p.value("t", "notes"),
            Some(&Value::Text("Line one\nLine two".into()))
        );
    }
}
