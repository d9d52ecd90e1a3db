//! The TUI's state and its one entry point, [`App::update`]: an [`Action`] in, [`Command`]s out.
//! The app owns the open profile; screens handle their own input and hand back a
//! [`Transition`], whose effects are carried out here, in one place: answers through
//! `profile::edit::record`, files and the terminal by `run.rs`. No terminal and no files here,
//! so that every key can be tested by feeding actions.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use jiff::Timestamp;
use ratatui::crossterm::event::KeyEvent;

use super::book::Book;
use super::files::Completion;
use super::keys::{self, Act, Ctx};
use super::markdown;
use super::rounds::{self, Filter};
use super::screen::city::{CityRow, CityScreen};
use super::screen::home::HomeScreen;
use super::screen::import::{PreviewStep, SheetFile};
use super::screen::outline::OutlineScreen;
use super::screen::plan::PlanScreen;
use super::screen::question::QuestionScreen;
use super::screen::review::ReviewScreen;
use super::screen::search::SearchScreen;
use super::screen::{Back, Screen};
use super::theme::{Theme, ThemeName};
use super::transition::{Effect, Env, Goto, Input, Transition};
use crate::answer::{NumberFormat, Response};
use crate::profile::edit::{self, Given, Recorded, Resolution};
use crate::profile::{City, Profile, Reader, Role, Status, Track};
use crate::tr;
use crate::workbook::{Catalog, LoadedWorkbook, Origin, Workbook};

/// Something that happened: a key, a paste, time passing. Produced by `run.rs` (or a test).
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Key(KeyEvent),
    Paste(String),
    /// No key for a while: save what is being typed.
    Idle,
    Resize(u16, u16),
    /// SIGTERM or SIGHUP: save and leave.
    Terminate,
    /// The window that held this city for editing has closed (seen by `run.rs`).
    LockFreed,
}

/// A side effect for `run.rs` to carry out through the store.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Save,
    OpenCity(String),
    CreateCity(City),
    /// Open the trainers' demo city, in its throwaway folder.
    OpenDemo,
    /// Take the city for editing now that no other window holds it: read it again from disk
    /// and open it writable.
    TakeEdit,
    /// Write the action plan to `file` in the working folder, in `format` and `edition`;
    /// an existing file is replaced only when `replace` says so (the user was asked).
    WritePlan {
        file: String,
        format: crate::plan::Format,
        edition: crate::plan::Edition,
        audience: crate::plan::PlanAudience,
        replace: bool,
    },
    /// Show the workbooks in this language (a tag; "en" is English).
    SwitchLanguage(String),
    /// Complete the path of a file to import, from its folder's listing.
    CompletePath(String),
    /// Read the spreadsheet at the path the user typed (the sheet named, or the first) for
    /// question `index` of `book`, and show what importing it would do.
    ReadSheet {
        book: usize,
        index: usize,
        typed: String,
        sheet: Option<String>,
    },
    Quit,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    /// Answers changed since the last save.
    Pending,
    /// The last save failed with this message; the answers are in memory and will be retried.
    Failed(String),
}

pub struct App {
    pub theme: Theme,
    pub books: Vec<Book>,
    /// The open city: the one copy of its profile while the program runs.
    pub profile: Option<Profile>,
    pub read_only: bool,
    /// Read-only, and the window that held the city has closed: it can be taken for editing.
    pub can_take_edit: bool,
    /// The trainers' demo city: a banner on every screen says so.
    pub demo: bool,
    pub save: SaveState,
    /// Show every question, not only those for the city's role.
    pub show_all: bool,
    pub screen: Screen,
    pub help: bool,
    pub help_scroll: u16,
    /// A one-line note for the user (validation, "saved to ..."), and whether it is a warning.
    pub message: Option<(String, bool)>,
    /// Guidance read by (book, question), filled when a question is first opened.
    pub guidance: HashMap<(usize, usize), Arc<markdown::Doc>>,
    pub now: Timestamp,
    pub size: (u16, u16),
    /// The workbooks as the plan module takes them.
    pub catalog: Catalog,
    /// The date printed on a plan.
    pub today: jiff::civil::Date,
    /// The domain's status of every workbook for the open city (what applies, what is
    /// answered); each book holds a copy of its own.
    pub status: Option<Status>,
    /// Which questions the review lists: all, those to confirm this round, those changed.
    pub review_filter: Filter,
    /// The languages the workbooks come in, as tags ("en" first); `l` on the home screen goes
    /// through them.
    pub languages: Vec<String>,
    /// The folder the program was started in: a relative path the user types starts there.
    pub working_dir: PathBuf,
    /// The user's home folder, for a path typed as `~/...`.
    pub home_dir: Option<PathBuf>,
}

/// One book per workbook of `catalog`, sharing its workbooks.
fn books_of(catalog: &Catalog) -> Vec<Book> {
    catalog
        .workbooks
        .iter()
        .map(|w| Book::new(Arc::clone(&w.workbook), &catalog.glossary.entries))
        .collect()
}

impl App {
    /// An app on these workbooks (resolved as a catalog of their own: tests, benchmarks).
    pub fn new(workbooks: Vec<Workbook>, cities: Vec<CityRow>, theme: Theme) -> App {
        let loaded = workbooks
            .into_iter()
            .map(|w| LoadedWorkbook::new(w, Origin::BuiltIn))
            .collect();
        App::with_catalog(Catalog::of(loaded), cities, theme)
    }

    pub fn with_catalog(catalog: Catalog, cities: Vec<CityRow>, theme: Theme) -> App {
        let books = books_of(&catalog);
        App {
            theme,
            books,
            profile: None,
            read_only: false,
            can_take_edit: false,
            demo: false,
            save: SaveState::Saved,
            show_all: false,
            screen: Screen::City(CityScreen::new(cities)),
            help: false,
            help_scroll: 0,
            message: None,
            guidance: HashMap::new(),
            now: Timestamp::UNIX_EPOCH,
            size: (80, 24),
            catalog,
            today: jiff::civil::date(2026, 1, 1),
            status: None,
            review_filter: Filter::All,
            languages: vec!["en".to_string()],
            working_dir: PathBuf::from("."),
            home_dir: None,
        }
    }

    /// The city's profile is open (from the store): go to the home screen.
    pub fn open_profile(&mut self, profile: Profile, read_only: bool) {
        self.read_only = read_only;
        self.can_take_edit = false;
        self.save = SaveState::Saved;
        self.profile = Some(profile);
        self.review_filter = Filter::All;
        self.refresh_all();
        self.screen = Screen::Home(HomeScreen::new(&self.env(), None));
        if read_only {
            self.note(tr!("tui-read-only"), true);
        }
    }

    /// The city was taken for editing after the other window closed: its profile as it is on
    /// disk now replaces the read-only copy, and the user stays where they were.
    pub fn took_edit(&mut self, profile: Profile) {
        let here = self.place();
        self.read_only = false;
        self.can_take_edit = false;
        self.save = SaveState::Saved;
        self.profile = Some(profile);
        self.refresh_all();
        self.goto(here);
        self.note(tr!("tui-can-edit-now"), false);
    }

    /// Where the user is, to come back to after the profile was read again.
    fn place(&self) -> Goto {
        match &self.screen {
            Screen::Question(q) => Goto::Question {
                book: q.book,
                index: q.index,
            },
            _ => Goto::Home { book: None },
        }
    }

    /// The city could not be opened or created: say why and stay on the city screen.
    pub fn city_failed(&mut self, message: String) {
        self.note(message, true);
    }

    /// The store reports the outcome of a `Command::Save`.
    pub fn saved(&mut self, result: Result<(), String>) {
        match result {
            Ok(()) => self.save = SaveState::Saved,
            Err(message) => {
                self.message = Some((tr!("tui-save-failed", error = &message), true));
                self.save = SaveState::Failed(message);
            }
        }
    }

    /// Whose questions are shown: the city's role on its track, or every question.
    pub fn reader(&self) -> Reader {
        match (&self.profile, self.show_all) {
            (Some(p), false) => Reader::of(p),
            _ => Reader::ALL,
        }
    }

    pub fn number_format(&self) -> NumberFormat {
        self.profile
            .as_ref()
            .map(|p| p.city.number_format)
            .unwrap_or_default()
    }

    fn env(&self) -> Env<'_> {
        Env {
            books: &self.books,
            profile: self.profile.as_ref(),
            reader: self.reader(),
            read_only: self.read_only,
            demo: self.demo,
            size: self.size,
            theme: self.theme,
            now: self.now,
            review_filter: self.review_filter,
        }
    }

    fn refresh_all(&mut self) {
        self.status = self.profile.as_ref().map(|p| Status::new(&self.catalog, p));
        self.sync_books();
    }

    /// Each book takes its copy of the status again.
    fn sync_books(&mut self) {
        let reader = self.reader();
        if let (Some(status), Some(profile)) = (&self.status, &self.profile) {
            for (i, book) in self.books.iter_mut().enumerate() {
                book.sync(status.of(i), reader, profile);
            }
        }
    }

    pub fn note(&mut self, text: impl Into<String>, warn: bool) {
        self.message = Some((text.into(), warn));
    }

    /// The key context of the focused screen, for key lookup, help and footer.
    pub fn ctx(&self) -> Ctx {
        if self.help {
            return Ctx::Help;
        }
        self.screen.ctx()
    }

    pub fn update(&mut self, action: Action) -> Vec<Command> {
        match action {
            Action::Key(event) => self.key(event),
            Action::Paste(text) => self.route(Input::Paste(text)),
            Action::Idle => self.idle(),
            Action::Resize(w, h) => {
                self.size = (w, h);
                Vec::new()
            }
            Action::Terminate => self.quit(),
            Action::LockFreed if self.read_only => {
                self.can_take_edit = true;
                self.note(tr!("tui-lock-freed"), false);
                Vec::new()
            }
            Action::LockFreed => Vec::new(),
        }
    }

    fn key(&mut self, event: KeyEvent) -> Vec<Command> {
        let ctx = self.ctx();
        match keys::lookup(ctx, &event) {
            Some(Act::Quit) => self.quit(),
            Some(Act::TakeEdit) if self.can_take_edit => vec![Command::TakeEdit],
            Some(Act::TakeEdit) if self.read_only => {
                self.note(tr!("tui-still-locked"), true);
                Vec::new()
            }
            Some(Act::Help) if !self.help => {
                self.help = true;
                self.help_scroll = 0;
                Vec::new()
            }
            Some(Act::Help | Act::Back) if self.help => {
                self.help = false;
                Vec::new()
            }
            Some(
                act @ (Act::Up | Act::Down | Act::PageUp | Act::PageDown | Act::Top | Act::Bottom),
            ) if self.help => {
                let max = super::screen::help::max_scroll(self, self.size);
                let page = self.size.1.saturating_sub(4).max(1);
                self.help_scroll = match act {
                    Act::Up => self.help_scroll.saturating_sub(1),
                    Act::Down => self.help_scroll.saturating_add(1),
                    Act::PageUp => self.help_scroll.saturating_sub(page),
                    Act::PageDown => self.help_scroll.saturating_add(page),
                    Act::Top => 0,
                    _ => max,
                }
                .min(max);
                Vec::new()
            }
            _ if self.help => Vec::new(),
            Some(act) => {
                self.message = None;
                self.route(Input::Act(act))
            }
            None => self.route(Input::Key(event)),
        }
    }

    /// Hands `input` to the focused screen and carries out what it says.
    fn route(&mut self, input: Input) -> Vec<Command> {
        let env = Env {
            books: &self.books,
            profile: self.profile.as_ref(),
            reader: self.reader(),
            read_only: self.read_only,
            demo: self.demo,
            size: self.size,
            theme: self.theme,
            now: self.now,
            review_filter: self.review_filter,
        };
        let transition = self.screen.handle(input, &env);
        // Text typed but not yet recorded is a change the header must own up to.
        if let Screen::Question(q) = &self.screen
            && q.edited
            && !self.read_only
            && self.save == SaveState::Saved
        {
            self.save = SaveState::Pending;
        }
        self.apply(transition)
    }

    /// Carries out a screen's transition: its effects first (an answer recorded may open a
    /// follow-up), then the move.
    fn apply(&mut self, transition: Transition) -> Vec<Command> {
        let mut commands = Vec::new();
        for effect in transition.effects {
            match effect {
                Effect::Record {
                    book,
                    index,
                    response,
                } => commands.extend(self.record(book, index, &response)),
                Effect::Draft { book, index, text } => {
                    commands.extend(self.keep_draft(book, index, text))
                }
                Effect::Resolve {
                    book,
                    index,
                    resolution,
                } => commands.extend(self.resolve(book, index, resolution)),
                Effect::Confirm { book, index } => commands.extend(self.confirm(book, index)),
                Effect::ReviewFilter(filter) => self.review_filter = filter,
                Effect::ToggleAudience => self.toggle_audience(),
                Effect::ToggleTheme => self.toggle_theme(),
                Effect::SwitchLanguage => commands.extend(self.next_language()),
                Effect::SwitchTrack => commands.extend(self.switch_track()),
                Effect::PlanEdition(edition) => {
                    if let Screen::Plan(plan) = &self.screen {
                        let back = plan.back.clone();
                        self.open_plan_edition(back, edition);
                    }
                }
                Effect::Note(text) => self.note(text, false),
                Effect::Warn(text) => self.note(text, true),
                Effect::Command(command) => commands.push(command),
            }
        }
        self.goto(transition.goto);
        commands.dedup();
        commands
    }

    /// Records an answer through the one recording path (in the workbook the answer lives in)
    /// and asks for a save if it changed.
    fn record(&mut self, book: usize, index: usize, response: &Response) -> Vec<Command> {
        let (Some(profile), false) = (self.profile.as_mut(), self.read_only) else {
            return Vec::new();
        };
        let b = &self.books[book];
        let question = b.question(index);
        let home = self.catalog.home_of(&b.workbook, question);
        let outcome = edit::record(profile, home, question, response, Given::Typed, self.now);
        match outcome {
            Ok(Recorded::Unchanged) => Vec::new(),
            Ok(_) => {
                let (home, id) = (home.id().to_string(), question.id().to_string());
                if let Some(status) = &mut self.status {
                    status.answer_changed(&self.catalog, profile, &home, &id);
                }
                self.sync_books();
                self.changed()
            }
            // The screen checked the answer; should the rules disagree, the text is kept.
            Err(invalid) => {
                let text = response
                    .value
                    .as_ref()
                    .map(|v| crate::answer::plain_text(v, profile.city.number_format))
                    .unwrap_or_default();
                self.note(tr!("tui-kept-draft", problem = invalid.to_string()), true);
                self.keep_draft(book, index, text)
            }
        }
    }

    /// Resolves the notes on an answer as the user chose.
    fn resolve(&mut self, book: usize, index: usize, resolution: Resolution) -> Vec<Command> {
        let (Some(profile), false) = (self.profile.as_mut(), self.read_only) else {
            return Vec::new();
        };
        let b = &self.books[book];
        let question = b.question(index);
        let home = self.catalog.home_of(&b.workbook, question);
        match edit::resolve(profile, home, question, resolution, self.now) {
            Ok(()) => {
                let (home, id) = (home.id().to_string(), question.id().to_string());
                if let Some(status) = &mut self.status {
                    status.answer_changed(&self.catalog, profile, &home, &id);
                }
                self.sync_books();
                self.note(tr!("tui-notes-resolved"), false);
                self.changed()
            }
            Err(e) => {
                self.note(e.to_string(), true);
                Vec::new()
            }
        }
    }

    /// Keeps the answer carried over from the last round as this round's, unchanged: the mark
    /// goes, the change time is now, and any draft of the question gives way to it.
    fn confirm(&mut self, book: usize, index: usize) -> Vec<Command> {
        let (Some(profile), false) = (self.profile.as_mut(), self.read_only) else {
            return Vec::new();
        };
        let b = &self.books[book];
        let question = b.question(index);
        let home = self.catalog.home_of(&b.workbook, question).id().to_string();
        let id = question.id().to_string();
        if !edit::confirm(profile, &home, &id, self.now) {
            self.note(tr!("tui-nothing-carried"), true);
            return Vec::new();
        }
        profile.clear_draft(&home, &id);
        if let Some(status) = &mut self.status {
            status.answer_changed(&self.catalog, profile, &home, &id);
        }
        self.sync_books();
        self.note(tr!("tui-kept-this-round"), false);
        self.changed()
    }

    /// Whether the key for `act` is listed: in the footer (`footer`) or in the help. Keys for
    /// rounds appear once the city has closed a round; keeping last round's answer is in the
    /// footer only while the question's answer is carried over and not being changed.
    pub fn shows_key(&self, act: Act, footer: bool) -> bool {
        let Some(profile) = &self.profile else {
            return !matches!(act, Act::KeepLast | Act::Filter);
        };
        match act {
            Act::KeepLast if footer => match &self.screen {
                // While the user changes the answer, "keep" would read as keeping the change.
                Screen::Question(q) if !q.edited => {
                    rounds::is_carried(&self.books[q.book], q.index, profile)
                }
                _ => false,
            },
            Act::KeepLast | Act::Filter => rounds::last_label(profile).is_some(),
            _ => true,
        }
    }

    fn keep_draft(&mut self, book: usize, index: usize, text: String) -> Vec<Command> {
        let (Some(profile), false) = (self.profile.as_mut(), self.read_only) else {
            return Vec::new();
        };
        let b = &self.books[book];
        let home = b.question(index).home_workbook(b.id()).to_string();
        if edit::keep_draft(profile, &home, &b.items[index].id, text) {
            self.changed()
        } else {
            Vec::new()
        }
    }

    /// Something changed in the profile: it needs saving. A failed save stays failed (and says
    /// so) until a save succeeds.
    fn changed(&mut self) -> Vec<Command> {
        if !matches!(self.save, SaveState::Failed(_)) {
            self.save = SaveState::Pending;
        }
        vec![Command::Save]
    }

    /// Saves (if anything changed and the city is writable) and ends the program.
    pub fn quit(&mut self) -> Vec<Command> {
        let mut commands = match &mut self.screen {
            Screen::Question(q) => {
                let env = Env {
                    books: &self.books,
                    profile: self.profile.as_ref(),
                    reader: Reader::ALL,
                    read_only: self.read_only,
                    demo: self.demo,
                    size: self.size,
                    theme: self.theme,
                    now: self.now,
                    review_filter: self.review_filter,
                };
                let effects = q.commit(&env, true);
                self.apply(Transition::stay().with_all(effects))
            }
            _ => Vec::new(),
        };
        // The resume position may have moved; the store writes only if something changed.
        if !self.read_only && self.profile.is_some() {
            commands.push(Command::Save);
        }
        commands.dedup();
        commands.push(Command::Quit);
        commands
    }

    /// A pause in typing: record what is being typed (the editor stays open).
    fn idle(&mut self) -> Vec<Command> {
        let env = Env {
            books: &self.books,
            profile: self.profile.as_ref(),
            reader: Reader::ALL,
            read_only: self.read_only,
            demo: self.demo,
            size: self.size,
            theme: self.theme,
            now: self.now,
            review_filter: self.review_filter,
        };
        match &mut self.screen {
            Screen::Question(q) if q.edited => {
                let effects = q.commit(&env, false);
                self.apply(Transition::stay().with_all(effects))
            }
            _ if matches!(self.save, SaveState::Failed(_)) && !self.read_only => {
                vec![Command::Save]
            }
            _ => Vec::new(),
        }
    }

    pub fn toggle_audience(&mut self) {
        self.show_all = !self.show_all;
        self.sync_books();
        let text = if self.show_all {
            tr!("tui-showing-all")
        } else {
            let role = self
                .profile
                .as_ref()
                .map(|p| p.city.role)
                .unwrap_or_default();
            let track = match self.profile.as_ref().map(|p| p.city.track) {
                Some(Track::Core) => "core",
                _ => "full",
            };
            tr!("tui-showing-for", role = role_id(role), track = track)
        };
        self.note(text, false);
        // Lists built for the other audience are built again.
        let rebuilt = match &self.screen {
            Screen::Outline(o) => Some(Goto::Outline {
                book: o.book,
                at: None,
                back: o.back.clone(),
            }),
            Screen::Review(r) => Some(Goto::Review {
                book: r.book,
                back: r.back.clone(),
            }),
            _ => None,
        };
        if let Some(goto) = rebuilt {
            self.goto(goto);
        }
    }

    /// The projector's colours, or back to the default ones, for this session (`theme` in the
    /// config file keeps a choice).
    /// The command to show the workbooks in the language after this one.
    fn next_language(&mut self) -> Option<Command> {
        if self.languages.len() < 2 {
            self.note(tr!("tui-english-only"), false);
            return None;
        }
        let current = self.catalog.language_tag();
        let at = self
            .languages
            .iter()
            .position(|t| t == current)
            .unwrap_or(0);
        let next = self.languages[(at + 1) % self.languages.len()].clone();
        Some(Command::SwitchLanguage(next))
    }

    /// Shows the workbooks from `catalog`, the same workbooks in another language: every
    /// answer, position and status stays, only their texts change.
    pub fn set_catalog(&mut self, catalog: Catalog) {
        self.books = books_of(&catalog);
        self.catalog = catalog;
        self.guidance.clear();
        self.refresh_all();
        let name = crate::language::native_name(self.catalog.language_tag()).to_string();
        self.note(tr!("tui-language-now", language = name), false);
    }

    pub fn toggle_theme(&mut self) {
        self.theme = self.theme.toggled();
        // Guidance was drawn in the old colours.
        self.guidance.clear();
        let text = match self.theme.name {
            ThemeName::Projector => tr!("tui-theme-projector"),
            ThemeName::Default => tr!("tui-theme-normal"),
        };
        self.note(text, false);
    }

    /// The city works through the other track; answers off the track are kept.
    fn switch_track(&mut self) -> Vec<Command> {
        let Some(profile) = self.profile.as_mut() else {
            return Vec::new();
        };
        profile.city.track = match profile.city.track {
            Track::Full => Track::Core,
            Track::Core => Track::Full,
        };
        let track = profile.city.track;
        self.sync_books();
        let reader = self.reader();
        let text = match (track, &self.status) {
            (Track::Core, Some(status)) => {
                let questions: usize = (0..self.books.len())
                    .map(|b| status.progress(&self.catalog, b, reader).relevant)
                    .sum();
                tr!("tui-now-core", count = questions)
            }
            _ => tr!("tui-now-full"),
        };
        self.note(text, false);
        self.changed()
    }

    pub fn book_index(&self, id: &str) -> Option<usize> {
        self.books.iter().position(|b| b.id() == id)
    }

    /// Moves to `goto`, building the screen it names.
    pub fn goto(&mut self, goto: Goto) {
        let reader = self.reader();
        match goto {
            Goto::Stay => {}
            Goto::Home { book } => self.screen = Screen::Home(HomeScreen::new(&self.env(), book)),
            Goto::Workbook(book) => self.open_workbook(book),
            Goto::Question { book, index } => self.open_question(book, index),
            Goto::NextQuestion { book, from } => match self.books[book].next_shown(from, reader) {
                Some(next) => self.open_question(book, next),
                None => {
                    self.screen = Screen::Review(ReviewScreen::new(&self.env(), book, Back::Home));
                    self.note(tr!("tui-end-of-workbook"), false);
                }
            },
            Goto::PrevQuestion { book, from } => {
                let prev = self.books[book].prev_shown(from, reader).unwrap_or(from);
                self.open_question(book, prev);
            }
            Goto::NextRequired { book, from } => {
                match self.books[book].next_required(from, reader) {
                    Some(i) => self.open_question(book, i),
                    None => {
                        self.open_question(book, from);
                        self.note(tr!("tui-required-all-answered"), false);
                    }
                }
            }
            Goto::Outline { book, at, back } => {
                self.screen = Screen::Outline(OutlineScreen::new(&self.env(), book, at, back));
            }
            Goto::Search(back) => self.screen = Screen::Search(SearchScreen::new(back)),
            Goto::Review { book, back } => {
                self.screen = Screen::Review(ReviewScreen::new(&self.env(), book, back));
            }
            Goto::Plan(back) => self.open_plan(back),
            Goto::Back(Back::Home) => {
                self.screen = Screen::Home(HomeScreen::new(&self.env(), None));
            }
            Goto::Back(Back::Question(book, index)) => self.open_question(book, index),
        }
    }

    /// Opens workbook `book` where the city left off, else at its first open question.
    pub fn open_workbook(&mut self, book: usize) {
        if self.books[book].is_empty() {
            self.note(tr!("tui-workbook-empty"), true);
            self.screen = Screen::Home(HomeScreen::new(&self.env(), Some(book)));
            return;
        }
        let reader = self.reader();
        // A demo starts each workbook at its first open question, wherever an earlier
        // training session left it.
        let resume = self
            .profile
            .as_ref()
            .filter(|_| !self.demo)
            .and_then(|p| p.resume.questions.get(self.books[book].id()))
            .and_then(|id| self.books[book].index_of(id));
        let index = resume
            .or_else(|| self.books[book].first_open(reader))
            .unwrap_or(0);
        self.open_question(book, index);
    }

    /// Shows question `index` of `book`, rendering its guidance once.
    pub fn open_question(&mut self, book: usize, index: usize) {
        let theme = self.theme;
        let b = &self.books[book];
        self.guidance
            .entry((book, index))
            .or_insert_with(|| Arc::new(markdown::document(b.guidance(index), &b.glossary, theme)));
        let state = QuestionScreen::open(&self.env(), book, index);
        let (wb, qid) = (b.id().to_string(), b.items[index].id.clone());
        if let Some(p) = self.profile.as_mut() {
            // The place is saved with the next answer, or on quit; it is no unsaved answer.
            p.resume.workbook = Some(wb.clone());
            p.resume.questions.insert(wb, qid);
        }
        self.screen = Screen::Question(state);
    }

    fn open_plan(&mut self, back: Back) {
        self.open_plan_edition(back, crate::plan::Edition::Council);
    }

    fn open_plan_edition(&mut self, back: Back, edition: crate::plan::Edition) {
        let Some(profile) = &self.profile else {
            self.note(tr!("tui-open-city-first"), true);
            return;
        };
        let built = PlanScreen::build(
            &self.catalog,
            profile,
            self.reader().audience,
            self.today,
            self.theme,
            (back.clone(), edition),
        );
        match built {
            Ok(screen) => self.screen = Screen::Plan(screen),
            Err(message) => {
                self.goto(Goto::Back(back));
                self.note(message, true);
            }
        }
    }

    /// The file the user asked to write exists: ask before replacing it.
    /// The event loop completed the path typed in the import dialog.
    pub fn path_completed(&mut self, completion: Completion) {
        if let Screen::Question(QuestionScreen {
            importing: Some(dialog),
            ..
        }) = &mut self.screen
        {
            dialog.completed(completion);
        }
    }

    /// The event loop read (or failed to read) a spreadsheet for question `index` of `book`:
    /// the import dialog shows what importing it would do.
    pub fn sheet_read(&mut self, book: usize, index: usize, file: SheetFile) {
        let Some(profile) = &self.profile else {
            return;
        };
        let Screen::Question(QuestionScreen {
            importing: Some(dialog),
            book: open_book,
            index: open_index,
            ..
        }) = &mut self.screen
        else {
            return;
        };
        if (*open_book, *open_index) != (book, index) {
            return;
        }
        let b = &self.books[book];
        let question = b.question(index);
        let home = self.catalog.home_of(&b.workbook, question).id().to_string();
        let known = dialog.sheets().to_vec();
        dialog.read(PreviewStep::new(
            &self.catalog,
            profile,
            &home,
            question,
            file,
            known,
        ));
    }

    pub fn confirm_replace(&mut self, command: Command) {
        if let Screen::Plan(plan) = &mut self.screen {
            plan.confirm = Some(command);
        }
    }

    pub fn cities_screen(&self) -> Option<&CityScreen> {
        match &self.screen {
            Screen::City(c) => Some(c),
            _ => None,
        }
    }
}

/// The role as the messages select on it.
fn role_id(role: Role) -> &'static str {
    match role {
        Role::Mayor => "mayor",
        Role::Official => "official",
    }
}
