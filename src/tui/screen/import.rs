//! Filling a table or list answer from a spreadsheet, over the question screen: the file's
//! path is typed (Tab completes it), the file is read, and the rows that would be added,
//! updated or left out are shown before anything is saved. Saving records the answer through
//! the one recording path, as `answer import` does. Reading files and folders is left to the
//! event loop ([`crate::tui::files`]); this module holds the dialog's state, keys and view.

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::answer::{NumberFormat, Response, Row, Value, cell_text};
use crate::profile::Profile;
use crate::sheet::{self, Import, Mode, Sheet, SheetError, Stored, Tally, Target, row_count};
use crate::text::sanitize_line;
use crate::tr;
use crate::tui::app::Command;
use crate::tui::bidi;
use crate::tui::files::Completion;
use crate::tui::keys::{Act, Ctx};
use crate::tui::theme::Theme;
use crate::tui::transition::{Effect, Env, Goto, Input, Transition};
use crate::tui::widgets::text::TextField;
use crate::workbook::{Catalog, Question};

/// How many names a completion lists; the rest are counted.
const SHOWN_MATCHES: usize = 12;

/// How many rows of each kind (new, updated, left out) the preview lists; the rest are
/// counted. A sheet of thousands is checked by its counts, not read row by row here.
const SHOWN_ROWS: usize = 500;

#[derive(Debug)]
pub enum ImportDialog {
    Path(PathStep),
    Preview(Box<PreviewStep>),
}

/// The file's path being typed.
#[derive(Debug)]
pub struct PathStep {
    pub field: TextField,
    /// Why the file named last could not be used, or that nothing matches what was typed.
    pub problem: Option<String>,
    /// The names that still match after Tab.
    pub matches: Vec<String>,
}

/// What importing the file would do to the answer.
#[derive(Debug)]
pub struct PreviewStep {
    /// The path as the user typed it, to go back to.
    pub typed: String,
    pub file: PathBuf,
    /// The sheet shown (as the file names it).
    pub sheet: String,
    /// The workbook's sheets (none for a CSV file), to read the next one.
    pub sheets: Vec<String>,
    /// What the sheet gives, or why it gives nothing (another sheet may).
    pub content: Result<Loaded, String>,
    pub mode: Mode,
    pub scroll: u16,
    format: NumberFormat,
}

/// A sheet's rows read for the question, and the answer they would make.
#[derive(Debug)]
pub struct Loaded {
    pub import: Import,
    /// The answer as stored: its rows to add to, or none, or a value importing can only
    /// replace.
    pub stored: Stored,
    /// The answer after the import and what it does to the stored rows: merged (when rows
    /// are stored) and replaced.
    merged: Option<(Value, Tally)>,
    replaced: (Value, Tally),
}

/// A file the event loop read for the dialog: where it is, the sheet asked for, and what
/// reading it gave.
pub struct SheetFile {
    pub typed: String,
    pub file: PathBuf,
    pub wanted: Option<String>,
    pub read: Result<Sheet, SheetError>,
}

/// What the dialog asks of the question screen once it has handled an input.
pub enum Step {
    Stay(Transition),
    /// The dialog is done (cancelled or saved).
    Close(Transition),
}

impl ImportDialog {
    pub fn new() -> ImportDialog {
        ImportDialog::Path(PathStep::new(""))
    }

    pub fn ctx(&self) -> Ctx {
        match self {
            ImportDialog::Path(_) => Ctx::ImportPath,
            ImportDialog::Preview(_) => Ctx::ImportPreview,
        }
    }

    /// Handles `input` for question `index` of `book`.
    pub fn handle(&mut self, input: Input, env: &Env, book: usize, index: usize) -> Step {
        match self {
            ImportDialog::Path(step) => step.handle(input, book, index),
            ImportDialog::Preview(preview) => match preview.handle(input, env, book, index) {
                PreviewOutcome::Stay(t) => Step::Stay(t),
                PreviewOutcome::Done(t) => Step::Close(t),
                PreviewOutcome::BackToPath => {
                    *self = ImportDialog::Path(PathStep::new(&preview.typed));
                    Step::Stay(Transition::stay())
                }
            },
        }
    }

    /// The sheets of the workbook the preview shows (none before a file is read).
    pub fn sheets(&self) -> &[String] {
        match self {
            ImportDialog::Preview(p) => &p.sheets,
            ImportDialog::Path(_) => &[],
        }
    }

    /// The event loop completed the path typed so far.
    pub fn completed(&mut self, completion: Completion) {
        if let ImportDialog::Path(step) = self {
            step.field = TextField::new(&completion.text, false, None);
            step.problem = completion.none.then(|| tr!("tui-import-no-match"));
            step.matches = completion.matches;
        }
    }

    /// The event loop read the file: show what it would do, or say why it cannot be used.
    pub fn read(&mut self, outcome: Result<PreviewStep, String>) {
        match outcome {
            Ok(preview) => *self = ImportDialog::Preview(Box::new(preview)),
            Err(problem) => {
                let typed = match self {
                    ImportDialog::Path(step) => step.field.text(),
                    ImportDialog::Preview(p) => p.typed.clone(),
                };
                let mut step = PathStep::new(&typed);
                step.problem = Some(problem);
                *self = ImportDialog::Path(step);
            }
        }
    }
}

impl Default for ImportDialog {
    fn default() -> Self {
        ImportDialog::new()
    }
}

impl PathStep {
    fn new(text: &str) -> PathStep {
        PathStep {
            field: TextField::new(text, false, Some(&tr!("tui-import-path-placeholder"))),
            problem: None,
            matches: Vec::new(),
        }
    }

    fn handle(&mut self, input: Input, book: usize, index: usize) -> Step {
        let typed = self.field.text();
        match input {
            Input::Key(event) => {
                if self.field.key(event) {
                    self.matches.clear();
                    self.problem = None;
                }
            }
            Input::Paste(text) => {
                self.field.paste(&text);
            }
            Input::Act(Act::Back) => {
                return Step::Close(Transition::note(tr!("tui-import-cancelled")));
            }
            Input::Act(Act::Complete) => {
                return Step::Stay(Transition::command(Command::CompletePath(typed)));
            }
            Input::Act(Act::Select) if typed.trim().is_empty() => {
                self.problem = Some(tr!("tui-import-path-empty"));
            }
            Input::Act(Act::Select) => {
                return Step::Stay(Transition::command(Command::ReadSheet {
                    book,
                    index,
                    typed,
                    sheet: None,
                }));
            }
            Input::Act(_) | Input::Scroll(_) => {}
        }
        Step::Stay(Transition::stay())
    }
}

enum PreviewOutcome {
    Stay(Transition),
    Done(Transition),
    BackToPath,
}

impl PreviewStep {
    /// What importing the sheet `file` gave into `question` would do, for the city in
    /// `profile`. `workbook` is where the answer lives; `catalog` is in the interface's language
    /// (headers and labels in the other languages are read too). `known` are the workbook's
    /// sheets as the preview before this one listed them. A file that cannot be used at all is
    /// an error; a sheet of a workbook with others that gives nothing is shown, with why, so
    /// that the next can be read.
    pub fn new(
        catalog: &Catalog,
        profile: &Profile,
        workbook: &str,
        question: &Question,
        file: SheetFile,
        known: Vec<String>,
    ) -> Result<PreviewStep, String> {
        let format = profile.city.number_format;
        let step = |sheet: String, sheets: Vec<String>, content| PreviewStep {
            typed: file.typed.clone(),
            file: file.file.clone(),
            sheet,
            sheets,
            content,
            mode: Mode::Merge,
            scroll: 0,
            format,
        };
        let sheet = match (file.read, file.wanted) {
            (Ok(sheet), _) => sheet,
            (Err(e), Some(wanted)) if known.len() > 1 => {
                return Ok(step(wanted, known, Err(problem(&e))));
            }
            (Err(e), _) => return Err(problem(&e)),
        };
        let others = sheet::other_languages(catalog);
        let target = Target::new(question, workbook, &others, format);
        let import = match sheet::rows(&sheet, &target, &sheet::Map::default()) {
            Ok(import) => import,
            Err(e) if sheet.sheets.len() > 1 => {
                return Ok(step(sheet.name, sheet.sheets, Err(problem(&e))));
            }
            Err(e) => return Err(problem(&e)),
        };
        let stored = Stored::of(profile, workbook, question);
        let merged = stored
            .rows()
            .map(|s| sheet::combine(question, Some(s), &import, Mode::Merge));
        let replaced = sheet::combine(question, None, &import, Mode::Replace);
        let mode = if stored.rows().is_some() {
            Mode::Merge
        } else {
            Mode::Replace
        };
        let loaded = Loaded {
            import,
            stored,
            merged,
            replaced,
        };
        Ok(PreviewStep {
            mode,
            ..step(sheet.name, sheet.sheets, Ok(loaded))
        })
    }

    fn handle(&mut self, input: Input, env: &Env, book: usize, index: usize) -> PreviewOutcome {
        let question = env.books[book].question(index);
        let act = match input {
            Input::Act(act) => act,
            Input::Scroll(delta) => {
                self.scroll = self.scroll.saturating_add_signed(delta);
                return PreviewOutcome::Stay(Transition::stay());
            }
            Input::Key(_) | Input::Paste(_) => return PreviewOutcome::Stay(Transition::stay()),
        };
        let page = env.body_size().1.saturating_sub(4).max(1);
        match act {
            Act::Back => return PreviewOutcome::BackToPath,
            Act::Merge | Act::Replace if self.stored().is_none() => {
                return PreviewOutcome::Stay(Transition::note(tr!("tui-import-nothing-stored")));
            }
            Act::Merge => self.mode = Mode::Merge,
            Act::Replace => self.mode = Mode::Replace,
            Act::NextField if self.sheets.len() > 1 => {
                let next = self
                    .sheet_number()
                    .map_or(0, |at| (at + 1) % self.sheets.len());
                return PreviewOutcome::Stay(Transition::command(Command::ReadSheet {
                    book,
                    index,
                    typed: self.typed.clone(),
                    sheet: Some(self.sheets[next].clone()),
                }));
            }
            Act::Select => match &self.content {
                Ok(loaded) if loaded.import.accepted() > 0 => {
                    return PreviewOutcome::Done(self.save(loaded, question, book, index));
                }
                Ok(_) => return PreviewOutcome::Stay(Transition::warn(tr!("tui-import-nothing"))),
                Err(problem) => return PreviewOutcome::Stay(Transition::warn(problem.clone())),
            },
            Act::Up => self.scroll = self.scroll.saturating_sub(1),
            Act::Down => self.scroll = self.scroll.saturating_add(1),
            Act::PageUp => self.scroll = self.scroll.saturating_sub(page),
            Act::PageDown => self.scroll = self.scroll.saturating_add(page),
            Act::Top => self.scroll = 0,
            Act::Bottom => self.scroll = u16::MAX,
            _ => {}
        }
        // Scrolling stops when the last line is at the bottom of the dialog: the body less its
        // borders, the question and the blank line under it.
        let (width, height) = env.body_size();
        let rows = rows_needed(
            &self.lines(question, Theme::plain()),
            width.saturating_sub(2),
        );
        self.scroll = self
            .scroll
            .min(rows.saturating_sub(height.saturating_sub(4)));
        PreviewOutcome::Stay(Transition::stay())
    }

    fn stored(&self) -> Option<&Value> {
        self.content.as_ref().ok().and_then(|l| l.stored.rows())
    }

    /// Which of the workbook's sheets is shown, from 0.
    fn sheet_number(&self) -> Option<usize> {
        self.sheets
            .iter()
            .position(|s| *s == self.sheet || sanitize_line(s) == self.sheet)
    }

    /// Records the answer the preview showed and says what was done.
    fn save(&self, loaded: &Loaded, question: &Question, book: usize, index: usize) -> Transition {
        let (value, tally) = loaded.outcome(self.mode).clone();
        let response = Response::new(sheet::typed(question, value, self.format), None);
        let file = sheet::file_name(&self.file);
        let said = match (self.mode, loaded.stored.rows()) {
            (Mode::Merge, Some(_)) if tally.added + tally.updated == 0 => {
                tr!("tui-import-unchanged", file = file)
            }
            (Mode::Merge, Some(_)) => tr!(
                "tui-import-merged",
                file = file,
                added = tally.added,
                updated = tally.updated
            ),
            _ => tr!(
                "tui-import-replaced",
                file = file,
                count = loaded.import.accepted()
            ),
        };
        Transition::to(Goto::Question { book, index })
            .with(Effect::Record {
                book,
                index,
                response,
            })
            .with(Effect::Note(said))
    }

    /// The preview as lines: where the rows come from, what they would do, then the rows
    /// added, updated and left out.
    fn lines(&self, question: &Question, theme: Theme) -> Vec<Line<'static>> {
        let file = sheet::file_name(&self.file);
        let sheet = sanitize_line(&self.sheet);
        let place = match self.sheet_number() {
            Some(at) if self.sheets.len() > 1 => tr!(
                "tui-import-sheet-of",
                file = file,
                sheet = sheet::quoted(&sheet),
                number = at + 1,
                count = self.sheets.len()
            ),
            _ if self.sheets.is_empty() => file,
            _ => tr!(
                "tui-import-sheet",
                file = file,
                sheet = sheet::quoted(&sheet)
            ),
        };
        let mut lines = vec![Line::from(Span::styled(place, theme.title()))];
        match &self.content {
            Ok(loaded) => lines.extend(loaded.lines(question, self.mode, self.format, theme)),
            Err(problem) => lines.push(Line::from(Span::styled(
                format!("! {}", sanitize_line(problem)),
                theme.warn(),
            ))),
        }
        lines
    }
}

impl Loaded {
    fn outcome(&self, mode: Mode) -> &(Value, Tally) {
        match (&self.merged, mode) {
            (Some(merged), Mode::Merge) => merged,
            _ => &self.replaced,
        }
    }

    fn lines(
        &self,
        question: &Question,
        mode: Mode,
        format: NumberFormat,
        theme: Theme,
    ) -> Vec<Line<'static>> {
        let mut lines = Vec::new();
        let accepted = self.import.accepted();
        let rejected = self.import.rejected.len();
        lines.push(Line::from(tr!(
            "tui-import-read",
            rows = accepted + rejected,
            accepted = accepted,
            rejected = rejected
        )));
        let (value, tally) = self.outcome(mode);
        let stored_rows = self.stored.rows().map_or(0, row_count);
        let effect = match (&self.stored, mode) {
            (Stored::Unclear, _) => Span::styled(tr!("tui-import-unclear"), theme.warn()),
            (Stored::Empty, _) => Span::raw(tr!("tui-import-empty-answer")),
            (Stored::Rows(_), Mode::Merge) => Span::raw(tr!(
                "tui-import-merge-chosen",
                stored = stored_rows,
                added = tally.added,
                updated = tally.updated,
                unchanged = tally.unchanged
            )),
            (Stored::Rows(_), Mode::Replace) => Span::styled(
                tr!(
                    "tui-import-replace-chosen",
                    stored = stored_rows,
                    count = accepted
                ),
                theme.warn(),
            ),
        };
        lines.push(Line::from(effect));
        if !self.import.ignored.is_empty() {
            lines.push(Line::from(Span::styled(
                tr!(
                    "tui-import-ignored",
                    headers = sanitize_line(&self.import.ignored.join(", "))
                ),
                theme.dim(),
            )));
        }
        let (added, updated) = changes(self.stored.rows(), value, mode);
        let rows = rows_of(value);
        let columns = question.columns();
        let row_line = |mark: &str, row: &RowText| {
            Line::from(format!("  {mark} {}", row.text(columns, format)))
        };
        let more = |lines: &mut Vec<Line<'static>>, count: usize| {
            if count > SHOWN_ROWS {
                lines.push(Line::from(Span::styled(
                    format!("  {}", tr!("tui-import-more", count = count - SHOWN_ROWS)),
                    theme.dim(),
                )));
            }
        };
        if !added.is_empty() {
            lines.push(Line::default());
            let heading = match mode {
                Mode::Replace => tr!("tui-import-rows-after", count = added.len()),
                Mode::Merge => tr!("tui-import-new-rows", count = added.len()),
            };
            lines.push(Line::from(Span::styled(heading, theme.title())));
            let shown = added.iter().take(SHOWN_ROWS);
            lines.extend(shown.map(|&i| row_line("+", &rows[i])));
            more(&mut lines, added.len());
        }
        if !updated.is_empty() {
            lines.push(Line::default());
            lines.push(Line::from(Span::styled(
                tr!("tui-import-updated-rows", count = updated.len()),
                theme.title(),
            )));
            let shown = updated.iter().take(SHOWN_ROWS);
            lines.extend(shown.map(|&i| row_line("~", &rows[i])));
            more(&mut lines, updated.len());
        }
        if rejected > 0 {
            lines.push(Line::default());
            lines.push(Line::from(Span::styled(
                tr!("tui-import-left-out", count = rejected),
                theme.warn(),
            )));
            for rejection in self.import.rejected.iter().take(SHOWN_ROWS) {
                lines.push(Line::from(Span::styled(
                    format!("  × {rejection}"),
                    theme.warn(),
                )));
            }
            more(&mut lines, rejected);
        }
        lines
    }
}

/// A sheet error as the dialog says it: the command line's `--map` has no place here.
fn problem(error: &SheetError) -> String {
    match error {
        SheetError::NoMatchingColumn {
            sheet, expected, ..
        } => tr!(
            "tui-import-no-matching-column",
            sheet = sheet.as_str(),
            expected = expected.as_str()
        ),
        SheetError::ListColumn { sheet, headers, .. } => tr!(
            "tui-import-list-column",
            sheet = sheet.as_str(),
            headers = headers.as_str()
        ),
        SheetError::SameColumnTwice {
            sheet,
            column,
            first,
            second,
        } => tr!(
            "tui-import-same-column-twice",
            sheet = sheet.as_str(),
            column = column.as_str(),
            first = first.as_str(),
            second = second.as_str()
        ),
        other => other.to_string(),
    }
}

/// A row of a table, or an item of a list, to show.
enum RowText<'v> {
    Row(&'v Row),
    Item(&'v str),
}

impl RowText<'_> {
    /// The row as one line: its first cell, then each other filled cell with its column.
    fn text(&self, columns: &[crate::workbook::Column], format: NumberFormat) -> String {
        match self {
            RowText::Item(item) => sanitize_line(item),
            RowText::Row(row) => {
                let mut parts = Vec::new();
                for (n, column) in columns.iter().enumerate() {
                    let Some(text) = row.get(column.id()) else {
                        continue;
                    };
                    let shown = cell_text(column, text, format);
                    parts.push(if n == 0 {
                        shown
                    } else {
                        tr!(
                            "tui-import-cell",
                            column = column.label.as_str(),
                            value = shown
                        )
                    });
                }
                sanitize_line(&parts.join(" · "))
            }
        }
    }
}

fn rows_of(value: &Value) -> Vec<RowText<'_>> {
    match value {
        Value::Table(rows) => rows.iter().map(RowText::Row).collect(),
        Value::List(items) => items.iter().map(|i| RowText::Item(i)).collect(),
        _ => Vec::new(),
    }
}

/// Which rows of `after` are new and which changed. Merging keeps the stored rows in their
/// place and adds the new ones after them; replacing makes every row new.
fn changes(stored: Option<&Value>, after: &Value, mode: Mode) -> (Vec<usize>, Vec<usize>) {
    let total = row_count(after);
    let Some(stored) = stored.filter(|_| mode == Mode::Merge) else {
        return ((0..total).collect(), Vec::new());
    };
    let kept = row_count(stored).min(total);
    let updated = match (stored, after) {
        (Value::Table(before), Value::Table(now)) => {
            (0..kept).filter(|&i| before[i] != now[i]).collect()
        }
        _ => Vec::new(),
    };
    ((kept..total).collect(), updated)
}

/// Draws the dialog over the question screen's `area`.
pub fn render(
    dialog: &ImportDialog,
    question: &Question,
    folder: &str,
    theme: Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    Clear.render(area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.dim())
        .title(bidi::title(Line::from(Span::styled(
            format!(" {} ", tr!("tui-import-title")),
            theme.title(),
        ))));
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.width == 0 || inner.height < 2 {
        return;
    }
    // The question stays in view: the rows go into its answer.
    let prompt = Line::from(Span::styled(sanitize_line(&question.prompt), theme.dim()));
    crate::tui::clip::render_content_line(prompt, Rect { height: 1, ..inner }, buf);
    let inner = Rect {
        y: inner.y + 2.min(inner.height - 1),
        height: inner.height - 2.min(inner.height - 1),
        ..inner
    };
    match dialog {
        ImportDialog::Path(step) => render_path(step, folder, theme, inner, buf),
        ImportDialog::Preview(preview) => {
            let lines = preview.lines(question, theme);
            super::question::wrapped(lines, inner.width)
                .scroll((preview.scroll, 0))
                .render(inner, buf);
        }
    }
}

fn render_path(step: &PathStep, folder: &str, theme: Theme, area: Rect, buf: &mut Buffer) {
    // A path reads left to right, even inside a right-to-left sentence.
    let folder = bidi::isolate_ltr(&sanitize_line(folder));
    let prompt = vec![Line::from(tr!("tui-import-path-prompt", folder = folder))];
    let prompt_h = rows_needed(&prompt, area.width).min(area.height.saturating_sub(1));
    super::question::wrapped(prompt, area.width).render(
        Rect {
            height: prompt_h,
            ..area
        },
        buf,
    );
    let row = Rect {
        y: area.y + prompt_h,
        height: 1.min(area.height - prompt_h),
        ..area
    };
    // A marker says where to type, before the placeholder or the path (which reads left to
    // right whatever the interface's language).
    Line::from(Span::styled("› ", theme.key())).render(row, buf);
    let field = Rect {
        x: row.x + 2.min(row.width),
        width: row.width.saturating_sub(2),
        ..row
    };
    step.field.render(field, buf, true);
    let mut below = Vec::new();
    if let Some(problem) = &step.problem {
        below.push(Line::from(Span::styled(
            format!("! {}", sanitize_line(problem)),
            theme.warn(),
        )));
    }
    let shown = step.matches.len().min(SHOWN_MATCHES);
    below.extend(
        step.matches[..shown]
            .iter()
            .map(|m| Line::from(format!("  {}", sanitize_line(m)))),
    );
    if step.matches.len() > shown {
        below.push(Line::from(Span::styled(
            tr!("tui-import-more", count = step.matches.len() - shown),
            theme.dim(),
        )));
    }
    let top = field.y + field.height + 1;
    let rest = Rect {
        y: top,
        height: (area.y + area.height).saturating_sub(top),
        ..area
    };
    super::question::wrapped(below, rest.width).render(rest, buf);
}

/// Rows `lines` take wrapped at `width` (an estimate at word breaks, which may take more).
fn rows_needed(lines: &[Line], width: u16) -> u16 {
    let width = usize::from(width.max(1));
    let rows: usize = lines.iter().map(|l| l.width().max(1).div_ceil(width)).sum();
    u16::try_from(rows).unwrap_or(u16::MAX)
}
