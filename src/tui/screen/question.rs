//! The question screen: where the user is, the prompt, the editor, any problem with the
//! answer, and the guidance (or a city's example). It records an answer only when the user
//! changed it: walking through questions never rewrites what is stored.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::Back;
use super::import::{ImportDialog, Step};
use crate::answer::{
    NumberFormat, Reading, Source, check_typed, plain_text, read, summary, validate,
};
use crate::profile::Note;
use crate::profile::edit::Resolution;
use crate::profile::round::{self, Standing};
use crate::text::{sanitize, sanitize_line, shell_word};
use crate::tr;
use crate::tui::app::{App, Command};
use crate::tui::bidi;
use crate::tui::cursor::ListCursor;
use crate::tui::keys::{self, Act, Ctx};
use crate::tui::rounds;
use crate::tui::transition::{Effect, Env, Goto, Input, Transition};
use crate::tui::widgets::Editor;
use crate::workbook::{Example, Kind, Question};
use unicode_width::UnicodeWidthStr;

#[derive(Debug)]
pub struct QuestionScreen {
    pub book: usize,
    pub index: usize,
    pub editor: Editor,
    /// The user changed the answer since it was last recorded.
    pub edited: bool,
    /// Show the city example instead of the guidance.
    pub example: bool,
    pub scroll: u16,
    /// Why the current text is not (yet) a valid answer.
    pub problem: Option<String>,
    /// A stored answer this program does not understand, kept until the user answers: what it
    /// holds and why it is not understood.
    pub unclear: Option<String>,
    /// The workbook a shared question's answer lives in (its title), when it is not this one.
    pub shared_with: Option<String>,
    /// The notes on the stored answer, as the user reads them.
    pub notes: Vec<String>,
    /// The ways to resolve the notes (keep the answer, or use an answer a note keeps), while
    /// the user picks one.
    pub resolving: Option<(ListCursor, Vec<(Resolution, String)>)>,
    /// The last closed round and its answer here, read once (a closed round never changes);
    /// `None` while the city never closed a round.
    pub last_round: Option<rounds::Beside>,
    /// A spreadsheet being imported into the answer (a table or list), over the screen.
    pub importing: Option<ImportDialog>,
}

impl QuestionScreen {
    /// Question `index` of `book` with its stored answer (or kept draft) in the editor.
    pub fn open(env: &Env, book: usize, index: usize) -> QuestionScreen {
        let b = &env.books[book];
        let question = b.question(index);
        let format = env.number_format();
        let home = b.home(index);
        let stored = env.profile.and_then(|p| p.answer(home, question.id()));
        let mut draft = env.profile.and_then(|p| p.draft(home, question.id()));
        let reading = stored.map(|a| read(question, &a.value, a.other.as_deref(), format));
        let mut unclear = None;
        let raw_text;
        if let (Some(Reading::Unclear(why)), Some(a)) = (&reading, stored) {
            raw_text = plain_text(&a.value, format);
            unclear = Some(tr!(
                "tui-unclear",
                answer = sanitize_line(&raw_text),
                why = why.to_string()
            ));
            // A text editor starts from the stored text so that it can be corrected.
            if draft.is_none() && is_typed(question.kind()) {
                draft = Some(&raw_text);
            }
        }
        let value = reading.as_ref().and_then(Reading::value);
        let other = stored.and_then(|a| a.other.as_deref());
        let editor = Editor::new(question, value, other, draft, format);
        let shared_with = question.home.as_ref().and_then(|home| {
            env.books
                .iter()
                .find(|b| b.id() == home)
                .map(|b| b.title.clone())
        });
        let notes = stored
            .map(|a| {
                a.notes
                    .iter()
                    .map(|n| note_line(question, n, format))
                    .collect()
            })
            .unwrap_or_default();
        let mut screen = QuestionScreen {
            book,
            index,
            editor,
            edited: false,
            example: false,
            scroll: 0,
            problem: None,
            unclear,
            shared_with,
            notes,
            resolving: None,
            last_round: env
                .profile
                .and_then(|p| rounds::beside(b, index, p, format)),
            importing: None,
        };
        if draft.is_some() {
            screen.problem = screen.check(env).err();
        }
        screen
    }

    /// Validates the editor's answer as `record` will.
    fn check(&self, env: &Env) -> Result<(), String> {
        let question = env.books[self.book].question(self.index);
        let source = Source::Typed(env.number_format());
        // Typed text is checked where it is, not copied, at every key.
        if let Editor::Text(field) = &self.editor {
            return check_typed(question, field.as_str(), source).map_err(|e| e.0);
        }
        let response = self.editor.response();
        let Some(value) = &response.value else {
            return Ok(());
        };
        validate(question, value, response.other.as_deref(), source)
            .map(|_| ())
            .map_err(|e| e.0)
    }

    fn changed(&mut self, env: &Env) {
        self.edited = true;
        self.problem = self.check(env).err();
    }

    /// What leaving (or pausing) records: nothing unless the user edited. A valid answer is
    /// recorded; one that is not valid yet is kept as a draft, with the reason shown.
    pub fn commit(&mut self, env: &Env, leaving: bool) -> Vec<Effect> {
        if leaving {
            self.editor.commit();
        }
        if !self.edited || env.read_only {
            return Vec::new();
        }
        self.edited = false;
        let (book, index) = (self.book, self.index);
        match self.check(env) {
            Ok(()) => vec![Effect::Record {
                book,
                index,
                response: self.editor.response(),
            }],
            Err(message) => {
                self.problem = Some(message.clone());
                vec![
                    Effect::Draft {
                        book,
                        index,
                        text: self.editor.draft(),
                    },
                    Effect::Warn(tr!("tui-kept-draft", problem = message)),
                ]
            }
        }
    }

    fn leave(&mut self, env: &Env, goto: Goto) -> Transition {
        let effects = self.commit(env, true);
        Transition::to(goto).with_all(effects)
    }

    /// Which keys apply: the import dialog's while it is open, else the editor's.
    pub fn ctx(&self) -> Ctx {
        match &self.importing {
            Some(dialog) => dialog.ctx(),
            None => self.editor.ctx(),
        }
    }

    pub fn handle(&mut self, input: Input, env: &Env) -> Transition {
        if self.resolving.is_some() {
            return self.resolve_input(input, env);
        }
        if let Some(dialog) = &mut self.importing {
            return match dialog.handle(input, env, self.book, self.index) {
                Step::Stay(transition) => transition,
                Step::Close(transition) => {
                    self.importing = None;
                    transition
                }
            };
        }
        match input {
            Input::Key(_) | Input::Paste(_) if env.read_only => {
                Transition::warn(tr!("tui-read-only"))
            }
            Input::Key(event) => {
                if self.editor.key(event) {
                    self.changed(env);
                }
                Transition::stay()
            }
            Input::Paste(text) => {
                if self.editor.paste(&text) {
                    self.changed(env);
                }
                Transition::stay()
            }
            Input::Scroll(delta) => {
                self.scroll = self.scroll.saturating_add_signed(delta);
                Transition::stay()
            }
            Input::Act(act) => self.act(act, env),
        }
    }

    fn act(&mut self, act: Act, env: &Env) -> Transition {
        let (book, index) = (self.book, self.index);
        let here = Back::Question(book, index);
        match act {
            Act::Next => {
                if !env.read_only && self.editor.pick_highlighted_if_none() {
                    self.changed(env);
                }
                self.leave(env, Goto::NextQuestion { book, from: index })
            }
            Act::Prev => self.leave(env, Goto::PrevQuestion { book, from: index }),
            // Esc while typing a list item or table cell cancels that edit and stays here.
            Act::Back if self.editor.is_editing_item() => {
                if self.editor.act(Act::Back, 1) {
                    self.changed(env);
                }
                Transition::stay()
            }
            Act::Back => self.leave(env, Goto::Home { book: Some(book) }),
            Act::NextRequired => self.leave(env, Goto::NextRequired { book, from: index }),
            Act::Outline => self.leave(
                env,
                Goto::Outline {
                    book,
                    at: Some(index),
                    back: here,
                },
            ),
            Act::Search => self.leave(env, Goto::Search(here)),
            Act::Review => self.leave(env, Goto::Review { book, back: here }),
            Act::Plan => self.leave(env, Goto::Plan(here)),
            Act::ToggleAudience => Transition::stay().with(Effect::ToggleAudience),
            Act::SaveNow if env.read_only => Transition::warn(tr!("tui-read-only")),
            Act::SaveNow => {
                let effects = self.commit(env, false);
                Transition::command(Command::Save).with_all(effects)
            }
            Act::ScrollUp => self.handle(Input::Scroll(-3), env),
            Act::ScrollDown => self.handle(Input::Scroll(3), env),
            Act::Example => {
                self.example = !self.example;
                self.scroll = 0;
                Transition::stay()
            }
            Act::ShowId => Transition::note(self.id_line(env)),
            Act::KeepLast if env.read_only => Transition::warn(tr!("tui-read-only")),
            Act::KeepLast => self.keep_last(env),
            Act::Resolve if env.read_only => Transition::warn(tr!("tui-read-only")),
            Act::Resolve => self.start_resolving(env),
            Act::Import if env.read_only => Transition::warn(tr!("tui-read-only")),
            // What was typed is recorded first, so that the preview compares the rows the
            // user sees.
            Act::Import => {
                let effects = self.commit(env, false);
                self.importing = Some(ImportDialog::new());
                Transition::stay().with_all(effects)
            }
            other if env.read_only && self.editor_changes(other) => {
                Transition::warn(tr!("tui-read-only"))
            }
            other => {
                let page = usize::from(env.size.1 / 2);
                if self.editor.act(other, page) {
                    self.changed(env);
                }
                Transition::stay()
            }
        }
    }

    /// Keeps the answer carried over from the last round as this round's, unchanged; anything
    /// typed over it is dropped, as the user chose last round's answer. Otherwise says why
    /// there is nothing to keep.
    fn keep_last(&mut self, env: &Env) -> Transition {
        let (book, index) = (self.book, self.index);
        let beside = env
            .profile
            .and_then(|p| rounds::beside(&env.books[book], index, p, env.number_format()));
        let Some(beside) = beside else {
            return Transition::note(tr!("tui-no-round-yet"));
        };
        if beside.carried().is_some() {
            let mut keep = Transition::to(Goto::Question { book, index })
                .with(Effect::Confirm { book, index });
            if std::mem::take(&mut self.edited) {
                keep = keep.with(Effect::Note(tr!(
                    "tui-kept-last-dropped",
                    round = &beside.label
                )));
            }
            return keep;
        }
        let label = &beside.label;
        Transition::note(match (&beside.previous, &beside.standing) {
            (None, _) => tr!("tui-last-round-empty", round = label),
            (Some(_), Some(Standing::Confirmed)) => tr!("tui-already-kept", round = label),
            (Some(_), Some(_)) => tr!("tui-changed-this-round", round = label),
            (Some(_), None) => tr!("tui-no-answer-this-round", round = label),
        })
    }

    /// Offers the ways to resolve the notes on the answer.
    fn start_resolving(&mut self, env: &Env) -> Transition {
        let b = &env.books[self.book];
        let question = b.question(self.index);
        let Some(answer) = env
            .profile
            .and_then(|p| p.answer(b.home(self.index), question.id()))
            .filter(|a| !a.notes.is_empty())
        else {
            return Transition::note(tr!("tui-no-note"));
        };
        let format = env.number_format();
        let mut options = vec![(Resolution::KeepCurrent, tr!("tui-resolve-keep"))];
        for (n, note) in answer.notes.iter().enumerate() {
            if let Some(value) = &note.value {
                options.push((
                    Resolution::UseKept(n),
                    tr!(
                        "tui-resolve-use",
                        answer = summary(question, value, note.other.as_deref(), format)
                    ),
                ));
            }
        }
        self.resolving = Some((ListCursor::new(options.len()), options));
        Transition::stay()
    }

    fn resolve_input(&mut self, input: Input, env: &Env) -> Transition {
        let Some((cursor, options)) = &mut self.resolving else {
            return Transition::stay();
        };
        match input {
            Input::Act(Act::Back) => self.resolving = None,
            Input::Act(Act::Select | Act::Next) => {
                let resolution = options[cursor.pos()].0;
                self.resolving = None;
                // Anything typed first is recorded, then the notes are resolved.
                let mut effects = self.commit(env, false);
                effects.push(Effect::Resolve {
                    book: self.book,
                    index: self.index,
                    resolution,
                });
                return Transition::to(Goto::Question {
                    book: self.book,
                    index: self.index,
                })
                .with_all(effects);
            }
            Input::Act(act) => {
                cursor.apply(act, options.len());
            }
            _ => {}
        }
        Transition::stay()
    }

    /// The question's id as `answer set` takes it (the workbook its answer lives in, then the
    /// question), with the command that sets it.
    fn id_line(&self, env: &Env) -> String {
        let b = &env.books[self.book];
        let id = format!("{}.{}", b.home(self.index), b.items[self.index].id);
        let city = env
            .profile
            .map(|p| shell_word(&p.city.name))
            .unwrap_or_else(|| tr!("tui-question-id-city"));
        tr!("tui-question-id", id = id, city = city)
    }

    /// Whether `act` would change the answer (refused when read-only).
    fn editor_changes(&self, act: Act) -> bool {
        matches!(
            act,
            Act::Toggle | Act::Add | Act::Delete | Act::MoveUp | Act::MoveDown | Act::Select
        ) || (matches!(self.editor, Editor::Scale(_)) && matches!(act, Act::Left | Act::Right))
    }
}

/// A note on an answer as one line: what happened, and the answer it keeps.
fn note_line(question: &Question, note: &Note, format: NumberFormat) -> String {
    match &note.value {
        Some(value) => {
            let note_text = sanitize_line(&note.text);
            let answer = summary(question, value, note.other.as_deref(), format);
            match note.changed {
                Some(t) => {
                    let date = jiff::tz::TimeZone::UTC.to_datetime(t).date();
                    let date = workbook_core::locale::long_date(date, crate::messages::ui());
                    tr!(
                        "tui-note-kept-on",
                        note = note_text,
                        answer = answer,
                        date = date
                    )
                }
                None => tr!("tui-note-kept", note = note_text, answer = answer),
            }
        }
        None => sanitize_line(&note.text),
    }
}

/// Question kinds answered by typing text into one field.
fn is_typed(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::ShortText | Kind::LongText | Kind::Number | Kind::Date
    )
}

/// Draws the question screen into `area`.
pub fn render(app: &App, q: &QuestionScreen, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let book = &app.books[q.book];
    let item = &book.items[q.index];
    let section = &book.sections[item.section];
    let hidden = !book.relevant(q.index);
    let position = book.position(q.index, app.reader());
    // A follow-up shares the number of the question it follows: the count never moves as
    // follow-ups appear or disappear.
    let follow = if position.follow_up {
        format!(" · {}", tr!("tui-q-follow-up"))
    } else {
        String::new()
    };
    let (number, total) = (position.number, position.total);
    let (section_number, sections) = (item.section + 1, book.sections.len());
    // The position comes first so that a narrow window cuts the titles, never "where am I".
    let place = if area.width >= 60 {
        format!(
            "{}{follow} · {} · {}",
            tr!("tui-q-position", number = number, total = total),
            tr!(
                "tui-q-section-titled",
                number = section_number,
                count = sections,
                title = &section.title
            ),
            book.title,
        )
    } else {
        format!(
            "{}{follow} · {}",
            tr!("tui-q-position-short", number = number, total = total),
            tr!("tui-q-section", number = section_number, count = sections),
        )
    };

    let mut flags = Vec::new();
    if item.required {
        flags.push(Span::styled(
            format!(" {} ", tr!("tui-q-required")),
            theme.warn(),
        ));
    }
    if let Some(home) = &q.shared_with {
        flags.push(Span::styled(
            format!(" {} ", tr!("tui-q-shared", workbook = home)),
            theme.dim(),
        ));
    }
    if hidden {
        flags.push(Span::styled(
            format!(" {} ", tr!("tui-q-not-applicable")),
            theme.hidden(),
        ));
    }

    // Last round's answer beside this one, or a carried answer to keep or change.
    let round_line = q.last_round.as_ref().and_then(|last| {
        let standing = app
            .profile
            .as_ref()
            .and_then(|p| round::standing(p, book.home(q.index), &item.id));
        let key = keys::key_for(Act::KeepLast, q.editor.ctx()).unwrap_or_default();
        rounds::question_line(last, standing.as_ref(), &key, theme)
    });
    let round_h = u16::from(round_line.is_some());
    let prompt_line = Line::from(Span::styled(item.prompt.clone(), theme.title()));
    let prompt_rows = bidi::needed(&item.prompt)
        .then(|| bidi::wrap(std::slice::from_ref(&prompt_line), area.width));
    let prompt_h = match &prompt_rows {
        Some(rows) => rows.len().clamp(1, 3) as u16,
        None => wrapped_height(&item.prompt, area.width),
    };
    let prompt_lines = prompt_h + u16::from(!flags.is_empty());
    let editor_want = q.editor.height() + 2;
    let mut note_lines: Vec<Line> = [&q.problem, &q.unclear]
        .into_iter()
        .flatten()
        .map(|n| {
            Line::from(Span::styled(
                format!("! {}", sanitize_line(n)),
                theme.warn(),
            ))
        })
        .collect();
    if !q.notes.is_empty() {
        note_lines.push(Line::from(Span::styled(
            format!("! {}", tr!("tui-q-notes", count = q.notes.len())),
            theme.warn(),
        )));
        for note in &q.notes {
            note_lines.push(Line::from(Span::styled(
                format!("  • {note}"),
                theme.warn(),
            )));
        }
    }
    // Notes wrap rather than run off the edge; a long list is capped, F3 shows every choice.
    let note_rows = note_lines
        .iter()
        .any(bidi::line_needed)
        .then(|| bidi::wrap(&note_lines, area.width));
    let wrapped: usize = match &note_rows {
        Some(rows) => rows.len(),
        None => note_lines
            .iter()
            .map(|l| l.width().max(1).div_ceil(usize::from(area.width.max(1))))
            .sum(),
    };
    let notes = (wrapped as u16).min(area.height / 3);
    let fixed = 1 + prompt_lines + round_h + notes;
    let room = area.height.saturating_sub(fixed);
    let editor_h = editor_want.min(room.saturating_sub(room / 3).max(3.min(room)));
    let [
        pos_area,
        prompt_area,
        editor_area,
        round_area,
        notes_area,
        guide_area,
    ] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(prompt_lines),
        Constraint::Length(editor_h),
        Constraint::Length(round_h),
        Constraint::Length(notes),
        Constraint::Fill(1),
    ])
    .areas(area);

    crate::tui::clip::render_line(Line::from(Span::styled(place, theme.dim())), pos_area, buf);
    match prompt_rows {
        // Right-to-left text: wrapped, then each line in visual order.
        Some(mut rows) => {
            rows.truncate(usize::from(prompt_h));
            if !flags.is_empty() {
                rows.push(bidi::row(Line::from(flags)));
            }
            Paragraph::new(rows).render(prompt_area, buf);
        }
        None => {
            let mut prompt = vec![prompt_line];
            if !flags.is_empty() {
                prompt.push(Line::from(flags));
            }
            Paragraph::new(prompt)
                .wrap(Wrap { trim: false })
                .render(prompt_area, buf);
        }
    }

    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.dim())
        .title(bidi::title(Line::from(kind_hint(
            book.question(q.index),
            app,
        ))));
    let inner = block.inner(editor_area);
    block.render(editor_area, buf);
    q.editor.render(inner, buf, theme);
    if let Some(line) = round_line {
        crate::tui::clip::render_line(line, round_area, buf);
    }

    match note_rows {
        Some(rows) => Paragraph::new(rows).render(notes_area, buf),
        None => Paragraph::new(note_lines)
            .wrap(Wrap { trim: false })
            .render(notes_area, buf),
    }
    render_guidance(app, q, guide_area, buf);
    if let Some((cursor, options)) = &q.resolving {
        render_resolving(app, cursor, options, area, buf);
    }
    if let Some(dialog) = &q.importing {
        let folder = app.working_dir.display().to_string();
        super::import::render(dialog, book.question(q.index), &folder, theme, area, buf);
    }
}

/// The choices for resolving the notes on an answer, over the screen.
fn render_resolving(
    app: &App,
    cursor: &ListCursor,
    options: &[(Resolution, String)],
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = app.theme;
    let height = (options.len() as u16 + 2).min(area.height);
    let popup = Rect {
        y: area.y + area.height.saturating_sub(height) / 2,
        height,
        ..area
    };
    ratatui::widgets::Clear.render(popup, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(bidi::title(Line::from(Span::styled(
            format!(" {} ", tr!("tui-resolve-title")),
            theme.title(),
        ))));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let window = cursor.window(inner.height as usize);
    for (row, i) in window.rows().enumerate() {
        let style = if i == cursor.pos() {
            theme.selected()
        } else {
            Default::default()
        };
        bidi::row(Line::from(Span::styled(
            sanitize_line(&options[i].1),
            style,
        )))
        .render(
            Rect {
                y: inner.y + row as u16,
                height: 1,
                ..inner
            },
            buf,
        );
    }
}

/// `lines` as a paragraph `width` columns wide: wrapped by the widget while they are all left
/// to right, else wrapped here and put in visual order (see [`bidi::wrap`]).
pub(super) fn wrapped(lines: Vec<Line<'static>>, width: u16) -> Paragraph<'static> {
    if lines.iter().any(bidi::line_needed) {
        Paragraph::new(bidi::wrap(&lines, width))
    } else {
        Paragraph::new(lines).wrap(Wrap { trim: false })
    }
}

fn wrapped_height(text: &str, width: u16) -> u16 {
    let width = width.max(1) as usize;
    let len = unicode_width::UnicodeWidthStr::width(text);
    len.div_ceil(width).clamp(1, 3) as u16
}

fn kind_hint(question: &Question, app: &App) -> String {
    let format = app.number_format();
    let hint = match question.kind() {
        Kind::ShortText => tr!("tui-hint-short-text"),
        Kind::LongText => tr!("tui-hint-long-text"),
        Kind::SingleChoice => tr!("tui-hint-single-choice"),
        Kind::MultiChoice => tr!("tui-hint-multi-choice"),
        Kind::YesNo => tr!("tui-hint-yes-no"),
        Kind::Scale => tr!("tui-hint-scale"),
        Kind::Number => {
            let unit = question.unit.as_deref().map(sanitize_line);
            let decimals = match format {
                NumberFormat::Point => tr!("tui-number-point"),
                NumberFormat::Comma => tr!("tui-number-comma"),
            };
            match (question.integer, unit) {
                (true, None) => tr!("tui-hint-integer"),
                (true, Some(unit)) => tr!("tui-hint-integer-unit", unit = unit),
                (false, None) => tr!("tui-hint-number", format = decimals),
                (false, Some(unit)) => tr!("tui-hint-number-unit", unit = unit, format = decimals),
            }
        }
        Kind::Date => tr!("tui-hint-date"),
        Kind::List => tr!("tui-hint-list"),
        Kind::Table => tr!("tui-hint-table"),
    };
    format!(" {hint} ")
}

fn render_guidance(app: &App, q: &QuestionScreen, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let book = &app.books[q.book];
    let question = book.question(q.index);
    let mut guidance_laid_out = false;
    let (title, lines): (String, Vec<Line>) = if q.example {
        let section = &book.workbook.sections[book.items[q.index].section];
        let examples: Vec<&Example> = question
            .example
            .iter()
            .chain(section.examples.iter())
            .collect();
        (tr!("tui-example-title"), example_lines(&examples, app))
    } else {
        let doc = app.guidance.get(&(q.book, q.index));
        // Right-to-left guidance is laid out here, in visual order; other guidance is
        // wrapped by the widget.
        let lines = match doc {
            Some(doc) if doc.needs_bidi() => {
                guidance_laid_out = true;
                doc.layout(area.width)
            }
            Some(doc) => doc.lines(u16::MAX, false),
            None => Vec::new(),
        };
        let has_example = question.example.is_some()
            || !book.workbook.sections[book.items[q.index].section]
                .examples
                .is_empty();
        let title = if has_example {
            tr!("tui-guidance-title-example")
        } else {
            tr!("tui-guidance-title")
        };
        (title, lines)
    };
    if area.height == 0 {
        return;
    }
    // A title rule drawn by hand: a Block would restyle every cell of the guidance area on
    // every frame, which shows at 200x60.
    let rule = "─".repeat((area.width as usize).saturating_sub(title.width() + 1));
    bidi::row(Line::from(vec![
        Span::styled(format!("{title} "), theme.dim()),
        Span::styled(rule, theme.dim()),
    ]))
    .render(Rect { height: 1, ..area }, buf);
    let inner = Rect {
        y: area.y + 1,
        height: area.height - 1,
        ..area
    };
    let paragraph = if guidance_laid_out {
        Paragraph::new(lines)
    } else {
        wrapped(lines, inner.width)
    };
    paragraph.scroll((q.scroll, 0)).render(inner, buf);
}

fn example_lines(examples: &[&Example], app: &App) -> Vec<Line<'static>> {
    if examples.is_empty() {
        return vec![Line::from(tr!("tui-example-none"))];
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
            tr!("tui-example-source", source = sanitize_line(&e.source)),
            app.theme.link(),
        )));
        lines.push(Line::default());
    }
    lines
}
