//! The event loop: the only part of the TUI that touches the terminal, the clock, signals and
//! files. Terminal events become [`Action`]s; the [`Command`]s the app returns are carried out
//! here through the store.

use std::io::stdout;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use jiff::Timestamp;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, MouseEventKind,
};
use ratatui::crossterm::execute;

use super::app::{Action, App, Command, SaveState};
use super::screen::city::CityRow;
use super::theme::Theme;
use crate::exit::{FAILURE, Failure, SUCCESS};
use crate::profile::Profile;
use crate::profile::migrate;
use crate::profile::store::{Session, Store, StoreError, Wait};
use crate::workbook::Catalog;

/// Typing pauses this long before the answer being typed is saved.
const IDLE_SAVE: Duration = Duration::from_secs(2);
/// A failed save is retried this often.
const RETRY: Duration = Duration::from_secs(5);

/// Where the program opens: a workbook and a city, each optional.
#[derive(Debug, Clone, Default)]
pub struct Start {
    pub workbook: Option<String>,
    pub city: Option<String>,
    /// The trainers' demo city, in its throwaway folder.
    pub demo: bool,
}

struct Runner {
    store: Store,
    catalog: Catalog,
    session: Option<Session>,
    app: App,
    /// A workbook to open once the city is open.
    pending_workbook: Option<String>,
    /// A quit was refused because saving failed; the next quit leaves anyway.
    warned_unsaved: bool,
    last_attempt: Instant,
}

pub fn run(store: Store, catalog: Catalog, start: Start) -> Result<u8, Failure> {
    let cities = city_rows(&store)?;
    let workbooks = catalog.iter().cloned().collect();
    let mut app = App::new(workbooks, cities, Theme::from_env());
    app.demo = start.demo;
    let mut runner = Runner {
        store,
        catalog,
        session: None,
        app,
        pending_workbook: start.workbook,
        warned_unsaved: false,
        last_attempt: Instant::now(),
    };
    if let Some(city) = &start.city {
        runner.open_city(city);
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
        signal_hook::flag::register(signal, Arc::clone(&terminate))
            .map_err(|e| Failure::failed(format!("cannot watch for signals: {e}")))?;
    }
    // ratatui::init enters raw mode and the alternate screen and installs a panic hook that
    // restores the terminal before the panic message is printed.
    let mut terminal = ratatui::init();
    let _ = execute!(stdout(), EnableBracketedPaste, EnableMouseCapture);
    let events = spawn_event_reader();
    let outcome = runner.event_loop(&mut terminal, &terminate, &events);
    let _ = execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
    ratatui::restore();
    match (outcome, &runner.app.save) {
        (Ok(FAILURE), SaveState::Failed(message)) => Err(Failure::failed(format!(
            "the last answers were NOT saved ({message}); they are lost unless you type them again"
        ))),
        (outcome, _) => outcome,
    }
}

fn city_rows(store: &Store) -> Result<Vec<CityRow>, Failure> {
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
        events: &Receiver<Event>,
    ) -> Result<u8, Failure> {
        let mut last_input = Instant::now();
        let mut idle_sent = true;
        loop {
            // A terminal that went away (window closed, connection dropped) can be neither
            // drawn on nor read from: save and leave, as on SIGHUP, never fail with answers
            // unsaved.
            let drawn = terminal.draw(|frame| frame.render_widget(&self.app, frame.area()));
            let received = if terminate.load(Ordering::Relaxed) || drawn.is_err() {
                Err(RecvTimeoutError::Disconnected)
            } else {
                events.recv_timeout(Duration::from_millis(250))
            };
            let action = if let Err(RecvTimeoutError::Disconnected) = received {
                Some(Action::Terminate)
            } else if let Ok(event) = received {
                let action = to_action(event);
                if action.is_some() {
                    last_input = Instant::now();
                    idle_sent = false;
                }
                action
            } else if !idle_sent && last_input.elapsed() >= IDLE_SAVE {
                idle_sent = true;
                Some(Action::Idle)
            } else if matches!(self.app.save, SaveState::Failed(_))
                && self.last_attempt.elapsed() >= RETRY
            {
                if let Some(code) = self.execute(vec![Command::Save]) {
                    return Ok(code);
                }
                None
            } else {
                None
            };
            let Some(action) = action else { continue };
            let terminating = action == Action::Terminate;
            self.app.now = Timestamp::now();
            self.app.today = jiff::ZonedDateTime::now().date();
            let commands = self.app.update(action);
            if terminating {
                self.warned_unsaved = true;
            }
            if let Some(code) = self.execute(commands) {
                return Ok(code);
            }
        }
    }

    /// Carries out `commands`; returns the exit code when the program should end.
    fn execute(&mut self, commands: Vec<Command>) -> Option<u8> {
        for command in commands {
            match command {
                Command::Save => self.save(),
                Command::OpenCity(name) => self.open_city(&name),
                Command::CreateCity(city) => match self.store.create(city, Wait::NO) {
                    Ok((session, profile)) => self.opened(session, profile, false),
                    Err(e) => self.app.city_failed(e.to_string()),
                },
                Command::WritePlan { file, text } => self.write_plan(&file, &text),
                Command::Quit => {
                    if matches!(self.app.save, SaveState::Failed(_)) && !self.warned_unsaved {
                        self.warned_unsaved = true;
                        self.app.note("NOT saved: fix the problem shown and quit again, or quit again to leave without saving", true);
                        return None;
                    }
                    // Leaving with a failed save is allowed (the disk may stay broken), but the
                    // exit status and message say so.
                    return Some(if matches!(self.app.save, SaveState::Failed(_)) {
                        FAILURE
                    } else {
                        SUCCESS
                    });
                }
            }
        }
        None
    }

    /// Writes the plan into the working folder, crash-safely, and says where.
    fn write_plan(&mut self, file: &str, text: &str) {
        let path = std::env::current_dir()
            .map(|d| d.join(file))
            .unwrap_or_else(|_| file.into());
        match crate::profile::store::write_atomic(&path, text.as_bytes()) {
            Ok(()) => self
                .app
                .note(format!("plan written to {}", path.display()), false),
            Err(e) => self
                .app
                .note(format!("the plan was NOT written: {e}"), true),
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
        let result = session.save(profile).map_err(|e| e.to_string());
        if result.is_ok() {
            self.warned_unsaved = false;
        }
        self.app.saved(result);
    }

    /// Opens `name` for writing, or read-only when another window holds it.
    fn open_city(&mut self, name: &str) {
        match self.store.open_city(name, Wait::NO) {
            Ok((session, profile)) => self.opened(session, profile, false),
            Err(StoreError::Locked { .. }) => match self.store.open_city_read_only(name) {
                Ok((session, profile)) => self.opened(session, profile, true),
                Err(e) => self.app.city_failed(e.to_string()),
            },
            Err(e) => self.app.city_failed(e.to_string()),
        }
    }

    fn opened(&mut self, session: Session, mut profile: Profile, read_only: bool) {
        // Answers given under older workbook versions are carried forward in memory; they are
        // written with the next save.
        let migrated = !migrate::migrate(&mut profile, &self.catalog).is_empty();
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
}

/// A terminal event in the app's vocabulary. Key releases and focus changes are not actions.
/// Reads terminal events on a thread of its own. crossterm's read spins forever on a terminal
/// that hung up (each read returns end of file), so reading must never block the loop that
/// saves: the loop waits on this channel with a timeout and still sees SIGHUP and SIGTERM.
/// The channel closes when reading fails, which the loop treats as the terminal going away.
fn spawn_event_reader() -> Receiver<Event> {
    let (sender, receiver) = channel();
    std::thread::spawn(move || {
        while let Ok(event) = event::read() {
            if sender.send(event).is_err() {
                break;
            }
        }
    });
    receiver
}

fn to_action(event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => Some(Action::Key(key)),
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
            MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}
