//! The question screen: where the user is, the prompt, the editor, any problem with the
//! answer, and the guidance (or a city's example).

use jiff::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use crate::answer::validate;
use crate::profile::{Answer, Profile};
use crate::text::{sanitize, sanitize_line};
use crate::tui::app::App;
use crate::tui::book::Book;
use crate::tui::keys::Act;
use crate::tui::widgets::Editor;
use crate::workbook::{Example, Question};

#[derive(Debug)]
pub struct QuestionScreen {
    pub book: usize,
    pub index: usize,
    pub editor: Editor,
    /// Changed since the answer was last recorded.
    pub dirty: bool,
    /// Show the city example instead of the guidance.
    pub example: bool,
    pub scroll: u16,
    /// Why the current text is not (yet) a valid answer.
    pub problem: Option<String>,
}

pub struct Outcome {
    pub changed: bool,
    pub problem: Option<String>,
}

impl QuestionScreen {
    pub fn new(
        book: usize,
        index: usize,
        question: &Question,
        answer: Option<&Answer>,
        draft: Option<&str>,
    ) -> QuestionScreen {
        let editor = Editor::new(question, answer, draft);
        let mut screen = QuestionScreen {
            book,
            index,
            editor,
            dirty: false,
            example: false,
            scroll: 0,
            problem: None,
        };
        if draft.is_some() {
            screen.problem = check(question, &screen.editor).err();
        }
        screen
    }

    /// Re-checks the answer after an edit, so that a problem shows while typing.
    pub fn live_check(&mut self, book: &Book) {
        self.problem = check(book.question(self.index), &self.editor).err();
    }

    pub fn pick_highlighted_if_none(&mut self) -> bool {
        match &mut self.editor {
            Editor::Choice(f) | Editor::YesNo(f) => f.pick_highlighted_if_none(),
            _ => false,
        }
    }

    /// Whether `act` would change the answer (refused when read-only).
    pub fn editor_changes(&self, act: Act) -> bool {
        matches!(
            act,
            Act::Toggle | Act::Add | Act::Delete | Act::MoveUp | Act::MoveDown | Act::Select
        ) || (matches!(self.editor, Editor::Scale(_)) && matches!(act, Act::Left | Act::Right))
    }
}

/// Validates the editor's answer for `question`: `Ok(None)` when it is empty.
fn check(
    question: &Question,
    editor: &Editor,
) -> Result<Option<(crate::answer::Value, Option<String>)>, String> {
    let (value, other) = editor.response();
    match value {
        None => Ok(None),
        Some(v) => validate(question, &v, other.as_deref())
            .map(|v| Some((v, other)))
            .map_err(|e| e.0),
    }
}

/// Writes the screen's answer into `profile`: a valid answer replaces the stored one (and any
/// draft); an invalid one is kept as a draft beside the last valid answer; an empty editor
/// clears both. Reports whether the profile changed.
pub fn record(
    book: &Book,
    q: &mut QuestionScreen,
    profile: &mut Profile,
    now: Timestamp,
) -> Outcome {
    let question = book.question(q.index);
    let (wb, qid) = (book.id(), question.id());
    let had_draft = profile.draft(wb, qid).is_some();
    match check(question, &q.editor) {
        Ok(None) => {
            let cleared = profile.clear(wb, qid).is_some();
            profile.clear_draft(wb, qid);
            q.problem = None;
            Outcome {
                changed: cleared || had_draft,
                problem: None,
            }
        }
        Ok(Some((value, other))) => {
            q.problem = None;
            let same = profile
                .answer(wb, qid)
                .is_some_and(|a| a.value == value && a.other == other);
            if same {
                profile.clear_draft(wb, qid);
                return Outcome {
                    changed: had_draft,
                    problem: None,
                };
            }
            profile.set(&book.workbook, question, value, other, now);
            Outcome {
                changed: true,
                problem: None,
            }
        }
        Err(message) => {
            let draft = q.editor.draft();
            let changed = profile.draft(wb, qid) != Some(draft.as_str());
            if changed {
                profile.set_draft(wb, qid, draft);
            }
            let problem = format!("kept as a draft (not valid yet): {message}");
            q.problem = Some(message);
            Outcome {
                changed,
                problem: Some(problem),
            }
        }
    }
}

/// Draws the question screen into `area`.
pub fn render(app: &App, q: &QuestionScreen, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let book = &app.books[q.book];
    let item = &book.items[q.index];
    let section = &book.sections[item.section];
    let hidden = !book.relevant[q.index];

    // Counted among the questions this reader is shown, so a mayor's first question is 1.
    let role = app.role();
    let in_section = section.first..section.first + section.len;
    let shown_before = in_section
        .clone()
        .filter(|&i| i <= q.index && book.shown(i, role))
        .count();
    let shown_total = in_section.filter(|&i| book.shown(i, role)).count();
    let (number, total) = (shown_before.max(1), shown_total.max(shown_before).max(1));
    // The position comes first so that a narrow window cuts the titles, never "where am I".
    let position = if area.width >= 60 {
        format!(
            "Question {}/{} · section {}/{}: {} · {}",
            number,
            total,
            item.section + 1,
            book.sections.len(),
            section.title,
            book.title,
        )
    } else {
        format!(
            "Q {}/{} · section {}/{} {}",
            number,
            total,
            item.section + 1,
            book.sections.len(),
            section.title,
        )
    };

    let mut flags = Vec::new();
    if item.required {
        flags.push(Span::styled(" required ", theme.warn()));
    }
    if hidden {
        flags.push(Span::styled(
            " does not apply (earlier answers) ",
            theme.hidden(),
        ));
    }

    let prompt_lines = wrapped_height(&item.prompt, area.width) + u16::from(!flags.is_empty());
    let editor_want = q.editor.height() + 2;
    let problem_h = u16::from(q.problem.is_some());
    let fixed = 1 + prompt_lines + problem_h;
    let room = area.height.saturating_sub(fixed);
    let editor_h = editor_want.min(room.saturating_sub(room / 3).max(3.min(room)));
    let [pos_area, prompt_area, editor_area, problem_area, guide_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(prompt_lines),
        Constraint::Length(editor_h),
        Constraint::Length(problem_h),
        Constraint::Fill(1),
    ])
    .areas(area);

    Line::from(Span::styled(position, theme.dim())).render(pos_area, buf);
    let mut prompt = vec![Line::from(Span::styled(item.prompt.clone(), theme.title()))];
    if !flags.is_empty() {
        prompt.push(Line::from(flags));
    }
    Paragraph::new(prompt)
        .wrap(Wrap { trim: false })
        .render(prompt_area, buf);

    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.dim())
        .title(kind_hint(book.question(q.index)));
    let inner = block.inner(editor_area);
    block.render(editor_area, buf);
    q.editor.render(inner, buf, theme);

    if let Some(problem) = &q.problem {
        Line::from(Span::styled(
            format!("! {}", sanitize_line(problem)),
            theme.warn(),
        ))
        .render(problem_area, buf);
    }
    render_guidance(app, q, guide_area, buf);
}

fn wrapped_height(text: &str, width: u16) -> u16 {
    let width = width.max(1) as usize;
    let len = unicode_width::UnicodeWidthStr::width(text);
    len.div_ceil(width).clamp(1, 3) as u16
}

fn kind_hint(question: &Question) -> String {
    use crate::workbook::Kind;
    let hint = match question.kind() {
        Kind::ShortText => "one line".to_string(),
        Kind::LongText => "text · Enter: new line".to_string(),
        Kind::SingleChoice => "pick one · Space".to_string(),
        Kind::MultiChoice => "pick any · Space".to_string(),
        Kind::YesNo => "y / n".to_string(),
        Kind::Scale => "← → or a digit".to_string(),
        Kind::Number => match &question.unit {
            Some(unit) => format!("number ({})", sanitize_line(unit)),
            None => "number".to_string(),
        },
        Kind::Date => "date YYYY-MM-DD".to_string(),
        Kind::List => "list · a add · Enter edit · d delete".to_string(),
        Kind::Table => "table · a add row · Enter edit · Space cycle".to_string(),
    };
    format!(" {hint} ")
}

fn render_guidance(app: &App, q: &QuestionScreen, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let book = &app.books[q.book];
    let question = book.question(q.index);
    let (title, lines): (&str, Vec<Line>) = if q.example {
        let section = &book.workbook.sections[book.items[q.index].section];
        let examples: Vec<&Example> = question
            .example
            .iter()
            .chain(section.examples.iter())
            .collect();
        ("Example (Ctrl+E: guidance)", example_lines(&examples, app))
    } else {
        let lines = app
            .guidance
            .get(&(q.book, q.index))
            .map(|l| l.as_ref().clone())
            .unwrap_or_default();
        let has_example = question.example.is_some()
            || !book.workbook.sections[book.items[q.index].section]
                .examples
                .is_empty();
        let title = if has_example {
            "Guidance (Ctrl+E: a city's example)"
        } else {
            "Guidance"
        };
        (title, lines)
    };
    if area.height == 0 {
        return;
    }
    // A title rule drawn by hand: a Block would restyle every cell of the guidance area on
    // every frame, which shows at 200x60.
    let rule = "─".repeat((area.width as usize).saturating_sub(title.chars().count() + 1));
    Line::from(vec![
        Span::styled(format!("{title} "), theme.dim()),
        Span::styled(rule, theme.dim()),
    ])
    .render(Rect { height: 1, ..area }, buf);
    let inner = Rect {
        y: area.y + 1,
        height: area.height - 1,
        ..area
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((q.scroll, 0))
        .render(inner, buf);
}

fn example_lines(examples: &[&Example], app: &App) -> Vec<Line<'static>> {
    if examples.is_empty() {
        return vec![Line::from("No city example for this question.")];
    }
    let mut lines = Vec::new();
    for e in examples {
        let place = match &e.country {
            Some(c) => format!("{}, {}", sanitize_line(&e.city), sanitize_line(c)),
            None => sanitize_line(&e.city),
        };
        lines.push(Line::from(Span::styled(
            place,
            app.theme.title().add_modifier(Modifier::BOLD),
        )));
        for l in sanitize(&e.text).lines() {
            lines.push(Line::from(l.to_string()));
        }
        lines.push(Line::from(Span::styled(
            format!("Source: {}", sanitize_line(&e.source)),
            app.theme.link(),
        )));
        lines.push(Line::default());
    }
    lines
}
