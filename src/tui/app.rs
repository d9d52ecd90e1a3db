//! The TUI's state and its one entry point, [`App::update`]: an [`Action`] in, [`Command`]s out.
//! No terminal and no files here, so that every key can be tested by feeding actions.

use std::collections::HashMap;
use std::sync::Arc;

use jiff::Timestamp;
use ratatui::crossterm::event::KeyEvent;
use ratatui::text::Line;

use super::book::Book;
use super::keys::{self, Act, Ctx};

use super::screen::city::{CityRow, CityScreen};

use super::screen::{Back, Screen};
use super::theme::Theme;
use crate::profile::{City, Profile};
use crate::workbook::{Audience, Catalog, LoadedWorkbook, Origin, Workbook};

/// Something that happened: a key, a paste, time passing. Produced by `run.rs` (or a test).
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Key(KeyEvent),
    Paste(String),
    /// Mouse wheel: negative scrolls up.
    Scroll(i16),
    /// No key for a while: save what is being typed.
    Idle,
    Resize(u16, u16),
    /// SIGTERM or SIGHUP: save and leave.
    Terminate,
}

/// A side effect for `run.rs` to carry out through the store.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Save,
    OpenCity(String),
    CreateCity(City),
    /// Write the action plan (as shown in the preview) to `file` in the working folder.
    WritePlan {
        file: String,
        text: String,
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
    pub profile: Option<Profile>,
    pub read_only: bool,
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
    /// Rendered guidance by (book, question), filled when a question is first opened.
    pub guidance: HashMap<(usize, usize), Arc<Vec<Line<'static>>>>,
    pub now: Timestamp,
    pub size: (u16, u16),
    /// The workbooks as the plan module takes them.
    pub catalog: Catalog,
    /// The date printed on a plan.
    pub today: jiff::civil::Date,
}

impl App {
    pub fn new(workbooks: Vec<Workbook>, cities: Vec<CityRow>, theme: Theme) -> App {
        let books = workbooks
            .iter()
            .cloned()
            .map(|w| Book::new(Arc::new(w)))
            .collect();
        let catalog = Catalog {
            workbooks: workbooks
                .into_iter()
                .map(|workbook| LoadedWorkbook {
                    workbook,
                    origin: Origin::BuiltIn,
                })
                .collect(),
            problems: Vec::new(),
        };
        App {
            theme,
            books,
            profile: None,
            read_only: false,
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
        }
    }

    /// The city's profile is open (from the store): go to the home screen.
    pub fn open_profile(&mut self, profile: Profile, read_only: bool) {
        self.read_only = read_only;
        self.save = SaveState::Saved;
        self.profile = Some(profile);
        self.refresh_all();
        self.screen = Screen::Home(Default::default());
        if read_only {
            self.note("read-only: another window is editing this city", true);
        }
    }

    /// The city could not be opened or created: say why and stay on the city screen.
    pub fn city_failed(&mut self, message: String) {
        self.note(message, true);
    }

    /// The store reports the outcome of a `Command::Save`.
    pub fn saved(&mut self, result: Result<(), String>) {
        self.save = match result {
            Ok(())
                if self.save == SaveState::Pending || matches!(self.save, SaveState::Failed(_)) =>
            {
                SaveState::Saved
            }
            Ok(()) => SaveState::Saved,
            Err(message) => {
                self.message = Some((
                    format!("NOT saved: {message}. Your answers are kept and saving is retried."),
                    true,
                ));
                SaveState::Failed(message)
            }
        };
    }

    pub fn role(&self) -> Option<Audience> {
        if self.show_all {
            return None;
        }
        self.profile.as_ref().map(|p| p.city.role.audience())
    }

    fn refresh_all(&mut self) {
        let role = self.role();
        if let Some(profile) = &self.profile {
            for book in &mut self.books {
                book.refresh(profile, role);
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
            Action::Paste(text) => {
                self.paste(&text);
                Vec::new()
            }
            Action::Scroll(delta) => {
                self.scroll(delta);
                Vec::new()
            }
            Action::Idle => self.idle(),
            Action::Resize(w, h) => {
                self.size = (w, h);
                Vec::new()
            }
            Action::Terminate => self.quit(),
        }
    }

    fn key(&mut self, event: KeyEvent) -> Vec<Command> {
        let ctx = self.ctx();
        match keys::lookup(ctx, &event) {
            Some(Act::Quit) => self.quit(),
            Some(Act::Help) if !self.help => {
                self.help = true;
                self.help_scroll = 0;
                Vec::new()
            }
            Some(Act::Help | Act::Back) if self.help => {
                self.help = false;
                Vec::new()
            }
            Some(Act::Up | Act::PageUp) if self.help => {
                self.help_scroll = self.help_scroll.saturating_sub(5);
                Vec::new()
            }
            Some(Act::Down | Act::PageDown) if self.help => {
                self.help_scroll = self.help_scroll.saturating_add(5);
                Vec::new()
            }
            _ if self.help => Vec::new(),
            Some(act) => {
                self.message = None;
                self.act(act)
            }
            None => {
                self.typed(event);
                Vec::new()
            }
        }
    }

    /// Saves (if anything changed and the city is writable) and ends the program.
    pub fn quit(&mut self) -> Vec<Command> {
        let mut commands = self.leave_question();
        // Always saved on quit when writable: the resume position may have moved.
        if !self.read_only && self.profile.is_some() {
            commands.push(Command::Save);
        }
        commands.dedup();
        commands.push(Command::Quit);
        commands
    }

    fn idle(&mut self) -> Vec<Command> {
        match &self.screen {
            Screen::Question(q) if q.dirty => {
                let commands = self.commit_question();
                if let Screen::Question(q) = &mut self.screen {
                    q.dirty = false;
                }
                commands
            }
            _ if matches!(self.save, SaveState::Failed(_)) && !self.read_only => {
                vec![Command::Save]
            }
            _ => Vec::new(),
        }
    }

    fn act(&mut self, act: Act) -> Vec<Command> {
        let screen = std::mem::take(&mut self.screen);
        match screen {
            Screen::City(state) => self.city_act(state, act),
            Screen::Home(state) => self.home_act(state, act),
            Screen::Question(state) => self.question_act(state, act),
            Screen::Outline(state) => self.outline_act(state, act),
            Screen::Search(state) => self.search_act(state, act),
            Screen::Review(state) => self.review_act(state, act),
            Screen::Plan(state) => self.plan_act(state, act),
            Screen::Empty => Vec::new(),
        }
    }

    fn typed(&mut self, event: KeyEvent) {
        let read_only = self.read_only;
        match &mut self.screen {
            Screen::Question(q) if read_only => {
                let _ = q;
                self.note("read-only: another window is editing this city", true);
            }
            Screen::Question(q) => {
                let changed = q.editor.key(event);
                if changed {
                    q.dirty = true;
                    q.live_check(&self.books[q.book]);
                    self.save = match &self.save {
                        SaveState::Failed(m) => SaveState::Failed(m.clone()),
                        _ => SaveState::Pending,
                    };
                }
            }
            Screen::City(c) => {
                if let Some(form) = &mut c.form {
                    form.key(event);
                }
            }
            Screen::Search(_) => self.search_typed(event),
            _ => {}
        }
    }

    fn paste(&mut self, text: &str) {
        let read_only = self.read_only;
        match &mut self.screen {
            Screen::Question(q) if !read_only => {
                let changed = q.editor.paste(text);
                if changed {
                    q.dirty = true;
                    q.live_check(&self.books[q.book]);
                    self.save = SaveState::Pending;
                }
            }
            Screen::City(c) => {
                if let Some(form) = &mut c.form {
                    form.paste(text);
                }
            }
            Screen::Search(s) => {
                s.query.paste(text);
                self.run_search();
            }
            _ => {}
        }
    }

    pub(crate) fn scroll(&mut self, delta: i16) {
        match &mut self.screen {
            Screen::Question(q) => q.scroll = q.scroll.saturating_add_signed(delta),
            Screen::Plan(p) => p.scroll = p.scroll.saturating_add_signed(delta),
            _ => {
                let act = if delta < 0 { Act::Up } else { Act::Down };
                for _ in 0..delta.unsigned_abs().min(10) {
                    let _ = self.act(act);
                }
            }
        }
    }

    pub fn toggle_audience(&mut self) {
        self.show_all = !self.show_all;
        let role = self.role();
        for book in &mut self.books {
            book.recount(role);
        }
        let text = if self.show_all {
            "showing all questions".to_string()
        } else {
            let role = self
                .profile
                .as_ref()
                .map(|p| p.city.role.name())
                .unwrap_or("");
            format!("showing the questions for a {role}")
        };
        self.keep_note(&text);
        if let Screen::Outline(o) = &self.screen {
            let (book, back) = (o.book, o.back.clone());
            self.screen = Screen::Outline(self.outline_state(book, None, back));
        } else if let Screen::Review(r) = &self.screen {
            let (book, back) = (r.book, r.back.clone());
            self.screen = Screen::Review(self.review_state(book, back));
        }
    }

    pub fn go_back(&mut self, back: Back) {
        match back {
            Back::Home => self.screen = Screen::Home(Default::default()),
            Back::Question(book, index) => self.open_question(book, index),
        }
    }
}
