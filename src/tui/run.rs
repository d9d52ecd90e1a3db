//! The event loop: the only part of the TUI that touches the terminal, the clock, signals and
//! files. Terminal events become [`Action`]s; the [`Command`]s the app returns are carried out
//! here through the store.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use jiff::Timestamp;
use ratatui::DefaultTerminal;

use super::app::{Action, App, Command, SaveState};
use super::events::{self, spawn_reader};
use super::screen::Screen;
use super::screen::city::{CityRow, CityScreen};
use super::terminal::TerminalGuard;
use super::theme::{Theme, ThemeName};
use crate::profile::Profile;
use crate::profile::migrate;
use crate::profile::store::{Session, Store, StoreError, Wait};
use crate::text::{sanitize_line, shell_word};
use crate::tr;
use crate::workbook::Catalog;

/// Typing pauses this long before the answer being typed is saved.
const IDLE_SAVE: Duration = Duration::from_secs(2);
/// A failed save is retried this often.
const RETRY: Duration = Duration::from_secs(5);
/// On SIGTERM or SIGHUP, keys still arriving this soon are applied before saving.
const QUEUED_KEYS: Duration = Duration::from_millis(30);
/// A read-only window checks this often whether the other window has closed the city.
const LOCK_POLL: Duration = Duration::from_secs(2);

/// How the interface ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    /// Everything typed was saved (or nothing needed saving).
    Saved,
    /// The user left while saving failed; the message says why.
    NotSaved(String),
}

/// What keeps the interface from running.
#[derive(Debug)]
pub enum TuiError {
    Terminal(std::io::Error),
    Signals(std::io::Error),
    Store(StoreError),
}

impl std::fmt::Display for TuiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TuiError::Terminal(_) => f.write_str(&tr!("tui-error-terminal")),
            TuiError::Signals(_) => f.write_str(&tr!("tui-error-signals")),
            TuiError::Store(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for TuiError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            TuiError::Terminal(e) | TuiError::Signals(e) => Some(e),
            // As `#[error(transparent)]`: the store's error speaks for itself.
            TuiError::Store(e) => e.source(),
        }
    }
}

impl From<StoreError> for TuiError {
    fn from(error: StoreError) -> TuiError {
        TuiError::Store(error)
    }
}

/// A city opened for editing before the interface started, or why it could not be.
pub type Opened = Result<(Session, Profile), StoreError>;

/// Opens `name` for editing, as the interface does when it starts on a city: a command can do
/// it while the workbooks are read, and pass it on in [`Start::opened`].
pub fn open_city(store: &Store, name: &str) -> Opened {
    store.open_city(name, Wait::NO)
}

/// Where the program opens: a workbook and a city, each optional.
#[derive(Debug, Default)]
pub struct Start {
    pub workbook: Option<String>,
    pub city: Option<String>,
    /// `city` already opened by [`open_city`]; opened now when `None`.
    pub opened: Option<Opened>,
    /// The trainers' demo city, in its throwaway folder.
    pub demo: bool,
    /// The palette to start in (`NO_COLOR` still turns colours into modifiers).
    pub theme: ThemeName,
    /// The workbooks in another language, for the language key: the command knows where the
    /// user's workbooks are.
    pub languages: Languages,
}

/// Loads the workbooks in a language (`None`: English).
pub type LoadCatalog = Box<dyn Fn(Option<&crate::workbook::translation::Lang>) -> Catalog>;

/// The languages the workbooks come in, and how to load them in one of them.
pub struct Languages {
    /// Tags, English ("en") first.
    pub tags: Vec<String>,
    pub load: LoadCatalog,
}

impl Default for Languages {
    /// English only.
    fn default() -> Languages {
        Languages {
            tags: vec!["en".to_string()],
            load: Box::new(|_| crate::builtin::catalog()),
        }
    }
}

impl std::fmt::Debug for Languages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Languages")
            .field("tags", &self.tags)
            .finish()
    }
}

struct Runner {
    store: Store,
    load_catalog: LoadCatalog,
    session: Option<Session>,
    app: App,
    /// A workbook to open once the city is open.
    pending_workbook: Option<String>,
    /// A quit was refused because saving failed; the next quit leaves anyway.
    warned_unsaved: bool,
    last_attempt: Instant,
    last_lock_poll: Instant,
}

pub fn run(store: Store, catalog: Catalog, start: Start) -> Result<Ended, TuiError> {
    // Listing the cities reads every city file: only the picker needs it, so it is skipped
    // when a city is named (and done should that city fail to open).
    let cities = match start.city {
        Some(_) => Vec::new(),
        None => city_rows(&store)?,
    };
    let mut app = App::with_catalog(catalog, cities, Theme::from_env(start.theme));
    app.demo = start.demo;
    app.languages = start.languages.tags;
    if let Ok(dir) = std::env::current_dir() {
        app.working_dir = dir;
    }
    app.home_dir = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    let mut runner = Runner {
        store,
        load_catalog: start.languages.load,
        session: None,
        app,
        pending_workbook: start.workbook,
        warned_unsaved: false,
        last_attempt: Instant::now(),
        last_lock_poll: Instant::now(),
    };
    if let Some(city) = &start.city {
        match start.opened {
            Some(opened) => runner.opened_city(city, opened),
            None => runner.open_city(city),
        }
    } else if runner.pending_workbook.is_some()
        && let [only] = runner
            .app
            .cities_screen()
            .map(|c| c.cities.as_slice())
            .unwrap_or(&[])
    {
        let name = only.name.clone();
        runner.open_city(&name);
    }

    let terminate = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&terminate)).map_err(TuiError::Signals)?;
    }
    let outcome = {
        // Raw mode, the alternate screen and bracketed paste are undone when
        // the guard drops, on every way out, and by its panic hook on a panic.
        let mut guard = TerminalGuard::enter().map_err(TuiError::Terminal)?;
        let events = spawn_reader();
        runner.event_loop(guard.terminal(), &terminate, &events)
    };
    if outcome == Ended::Saved
        && let Some(line) = runner.farewell()
    {
        println!("{line}");
    }
    Ok(outcome)
}

fn city_rows(store: &Store) -> Result<Vec<CityRow>, StoreError> {
    Ok(store
        .list()?
        .into_iter()
        .map(|c| CityRow {
            name: c.name,
            country: c.country,
            role: c.role,
        })
        .collect())
}

impl Runner {
    fn event_loop(
        &mut self,
        terminal: &mut DefaultTerminal,
        terminate: &AtomicBool,
        events: &Receiver<events::Batch>,
    ) -> Ended {
        let mut last_input = Instant::now();
        let mut idle_sent = true;
        // Paging and the help's scrolling need the real size before the first resize.
        if let Ok(size) = terminal.size() {
            self.act(Action::Resize(size.width, size.height));
        }
        loop {
            // A terminal that went away (window closed, connection dropped) can be neither
            // drawn on nor read from: save and leave, as on SIGHUP, never fail with answers
            // unsaved.
            let drawn = terminal.draw(|frame| frame.render_widget(&self.app, frame.area()));
            if terminate.load(Ordering::Relaxed) || drawn.is_err() {
                return self.terminate(events);
            }
            let actions = match events.recv_timeout(Duration::from_millis(250)) {
                Err(RecvTimeoutError::Disconnected) => return self.terminate(events),
                Ok(actions) => {
                    last_input = Instant::now();
                    idle_sent = false;
                    actions
                }
                Err(RecvTimeoutError::Timeout) => self.on_timeout(&mut idle_sent, last_input),
            };
            for action in actions {
                if let Some(code) = self.act(action) {
                    return code;
                }
            }
        }
    }

    /// What time passing asks for: an idle save, a retried save, a look at the lock.
    fn on_timeout(&mut self, idle_sent: &mut bool, last_input: Instant) -> Vec<Action> {
        if !*idle_sent && last_input.elapsed() >= IDLE_SAVE {
            *idle_sent = true;
            return vec![Action::Idle];
        }
        if matches!(self.app.save, SaveState::Failed(_)) && self.last_attempt.elapsed() >= RETRY {
            self.save();
            return Vec::new();
        }
        if self.app.read_only
            && !self.app.can_take_edit
            && self.last_lock_poll.elapsed() >= LOCK_POLL
        {
            self.last_lock_poll = Instant::now();
            if self.lock_is_free() {
                return vec![Action::LockFreed];
            }
        }
        Vec::new()
    }

    /// Gives one action to the app and carries out its commands; how it ended, when the
    /// program should end.
    fn act(&mut self, action: Action) -> Option<Ended> {
        self.app.now = Timestamp::now();
        self.app.today = crate::clock::today();
        let commands = self.app.update(action);
        self.execute(commands)
    }

    /// SIGTERM, SIGHUP or a terminal that went away: keys already typed are applied first,
    /// then everything is saved and the program ends.
    fn terminate(&mut self, events: &Receiver<events::Batch>) -> Ended {
        // The reader may still be passing on keys the terminal had buffered: a moment is
        // allowed for them, and a closed terminal ends the wait at once.
        while let Ok(actions) = events.recv_timeout(QUEUED_KEYS) {
            for action in actions {
                if let Some(ended) = self.act(action) {
                    return ended;
                }
            }
        }
        self.warned_unsaved = true;
        self.act(Action::Terminate).unwrap_or(Ended::Saved)
    }

    /// Carries out `commands`; returns how it ended when the program should end.
    fn execute(&mut self, commands: Vec<Command>) -> Option<Ended> {
        for command in commands {
            match command {
                Command::Save => self.save(),
                Command::OpenCity(name) => self.open_city(&name),
                Command::CreateCity(city) => match self.store.create(city, Wait::NO) {
                    Ok((session, profile)) => self.opened(session, profile, false),
                    Err(e) => self.city_failed(e.to_string()),
                },
                Command::OpenDemo => self.open_demo(),
                Command::TakeEdit => self.take_edit(),
                Command::SwitchLanguage(tag) => {
                    let language = crate::language::parse(&tag).ok().flatten();
                    workbook_core::messages::set_interface(&tag);
                    let catalog = (self.load_catalog)(language.as_ref());
                    self.app.set_catalog(catalog);
                }
                command @ Command::WritePlan { .. } => self.write_plan(command),
                command @ (Command::CompletePath(_) | Command::ReadSheet { .. }) => {
                    super::files::carry_out(&mut self.app, command)
                }
                Command::Quit => {
                    if matches!(self.app.save, SaveState::Failed(_)) && !self.warned_unsaved {
                        self.warned_unsaved = true;
                        self.app.note(tr!("tui-quit-not-saved"), true);
                        return None;
                    }
                    // Leaving with a failed save is allowed (the disk may stay broken), but the
                    // exit status and message say so.
                    return Some(match &self.app.save {
                        SaveState::Failed(message) => Ended::NotSaved(message.clone()),
                        _ => Ended::Saved,
                    });
                }
            }
        }
        None
    }

    /// The line printed after the screen is restored: where the user was and how to come back.
    fn farewell(&self) -> Option<String> {
        let profile = self.app.profile.as_ref()?;
        let city = sanitize_line(&profile.city.name);
        let quoted = shell_word(&profile.city.name);
        let resume = match (&profile.resume.workbook, self.app.demo) {
            (_, true) => "workbook demo".to_string(),
            (Some(workbook), false) => {
                format!("workbook open {} --city {quoted}", sanitize_line(workbook))
            }
            (None, false) => format!("workbook open --city {quoted}"),
        };
        Some(if self.app.read_only {
            tr!("tui-farewell-read-only", city = city, command = resume)
        } else {
            tr!("tui-farewell-saved", city = city, command = resume)
        })
    }

    /// Writes the plan into the working folder, crash-safely, and says where.
    /// Writes the plan the preview asked for, in the working folder; an existing file is
    /// replaced only once the user said yes.
    fn write_plan(&mut self, command: Command) {
        let Command::WritePlan {
            file,
            format,
            edition,
            audience,
            replace,
        } = &command
        else {
            return;
        };
        let path = std::env::current_dir()
            .map(|d| d.join(file))
            .unwrap_or_else(|_| file.into());
        if !replace && path.exists() {
            self.app.confirm_replace(command);
            return;
        }
        let Some(profile) = self.app.profile.as_ref() else {
            return;
        };
        let mut options = crate::plan::PlanOptions::new(self.app.today);
        options.format = *format;
        options.edition = *edition;
        options.audience = *audience;
        let written = crate::plan::render_bytes(&self.app.catalog, profile, &options)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                crate::profile::store::write_atomic(&path, &bytes).map_err(|e| e.to_string())
            });
        match written {
            Ok(()) => self.app.note(
                tr!(
                    "tui-plan-written",
                    edition = super::labels::edition(*edition),
                    path = sanitize_line(&path.display().to_string())
                ),
                false,
            ),
            Err(e) => self.app.note(tr!("tui-plan-not-written", error = e), true),
        }
    }

    fn save(&mut self) {
        self.last_attempt = Instant::now();
        let (Some(session), Some(profile)) = (self.session.as_mut(), self.app.profile.as_ref())
        else {
            return;
        };
        if session.is_read_only() {
            return;
        }
        // Nothing changed since the file was read or last written: it stays as it is.
        if !session.is_dirty(profile) {
            self.app.saved(Ok(()));
            return;
        }
        let result = session.save(profile).map_err(|e| e.to_string());
        if result.is_ok() {
            self.warned_unsaved = false;
        }
        self.app.saved(result);
    }

    /// Opens `name` for writing, or read-only when another window holds it.
    fn open_city(&mut self, name: &str) {
        let opened = open_city(&self.store, name);
        self.opened_city(name, opened);
    }

    /// Goes on from [`open_city`]: the city opened, or read-only when another window holds it.
    fn opened_city(&mut self, name: &str, opened: Opened) {
        match opened {
            Ok((session, profile)) => self.opened(session, profile, false),
            Err(StoreError::Locked { .. }) => match self.store.open_city_read_only(name) {
                Ok((session, profile)) => self.opened(session, profile, true),
                Err(e) => self.city_failed(e.to_string()),
            },
            Err(e) => self.city_failed(e.to_string()),
        }
    }

    /// A city could not be opened: the picker, with the cities listed now (they were not
    /// when the program started on a named city), says why.
    fn city_failed(&mut self, message: String) {
        if self.app.profile.is_none()
            && let Ok(rows) = city_rows(&self.store)
        {
            self.app.screen = Screen::City(CityScreen::new(rows));
        }
        self.app.city_failed(message);
    }

    fn opened(&mut self, session: Session, mut profile: Profile, read_only: bool) {
        // Answers given under older workbook versions are carried forward in memory; they are
        // written with the next save.
        let migrated = !migrate::migrate(&mut profile, &self.app.catalog).is_empty();
        self.app.open_profile(profile, read_only);
        if migrated && !read_only {
            self.app.save = SaveState::Pending;
        }
        self.session = Some(session);
        if let Some(id) = self.pending_workbook.take()
            && let Some(book) = self.app.book_index(&id)
        {
            self.app.open_workbook(book);
        }
    }

    /// The demo city, from its throwaway folder (never the user's data folder): from now on
    /// this window works there.
    fn open_demo(&mut self) {
        match crate::demo::prepare(false) {
            Ok((store, name)) => {
                self.store = store;
                self.app.demo = true;
                self.open_city(&name);
            }
            Err(e) => self
                .app
                .city_failed(tr!("tui-demo-failed", error = e.to_string())),
        }
    }

    /// Whether the city this read-only window shows is free for editing now.
    fn lock_is_free(&self) -> bool {
        let Some(profile) = &self.app.profile else {
            return false;
        };
        // Taking the lock and dropping it at once: the user has not asked to edit yet.
        self.store.open_city(&profile.city.name, Wait::NO).is_ok()
    }

    /// The other window has closed: take the lock, read the city again (the other window may
    /// have changed it) and let the user edit.
    fn take_edit(&mut self) {
        let Some(name) = self.app.profile.as_ref().map(|p| p.city.name.clone()) else {
            return;
        };
        match self.store.open_city(&name, Wait::NO) {
            Ok((session, mut profile)) => {
                migrate::migrate(&mut profile, &self.app.catalog);
                self.app.took_edit(profile);
                self.session = Some(session);
            }
            Err(e) => {
                self.app.can_take_edit = false;
                self.app
                    .note(tr!("tui-cannot-edit-yet", error = e.to_string()), true);
            }
        }
    }
}
