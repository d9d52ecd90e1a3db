//! What a screen hands back when it has handled an input: effects for the app to carry out (an
//! answer to record, a note, a file to write) and where to go next. Screens never change the
//! profile or touch files; [`crate::tui::App`] applies effects in one place.

use jiff::Timestamp;
use ratatui::crossterm::event::KeyEvent;

use super::app::Command;
use super::book::Book;
use super::keys::Act;
use super::rounds::Filter;
use super::screen::Back;
use super::theme::Theme;
use crate::answer::{NumberFormat, Response};
use crate::profile::{Profile, Reader};

/// An input for the focused screen, in the app's vocabulary.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// A named action from the key table.
    Act(Act),
    /// A key that matched no binding: typed text for an editor.
    Key(KeyEvent),
    Paste(String),
    /// Ctrl+arrows: negative scrolls up.
    Scroll(i16),
}

/// What screens may read while they handle input.
pub struct Env<'a> {
    pub books: &'a [Book],
    pub profile: Option<&'a Profile>,
    /// Whose questions are shown: the city's role on its track, or every question.
    pub reader: Reader,
    pub read_only: bool,
    /// The demo city is open (its banner takes a row).
    pub demo: bool,
    /// The terminal's size, for page movements.
    pub size: (u16, u16),
    pub theme: Theme,
    pub now: Timestamp,
    /// Which questions the review lists (kept for the session while it is opened again).
    pub review_filter: Filter,
}

impl Env<'_> {
    pub fn number_format(&self) -> NumberFormat {
        self.profile
            .map(|p| p.city.number_format)
            .unwrap_or_default()
    }

    /// The size of a screen's area, as `view.rs` lays it out: the rows between the header (and
    /// its banners) and the message and footer lines, one column of margin each side.
    pub fn body_size(&self) -> (u16, u16) {
        let banners = u16::from(self.read_only) + u16::from(self.demo);
        (
            self.size.0.saturating_sub(2),
            self.size.1.saturating_sub(3 + banners),
        )
    }

    /// Rows a page movement covers on a list screen.
    pub fn page(&self) -> usize {
        usize::from(self.size.1.saturating_sub(6)).max(1)
    }
}

/// A change the app carries out for a screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Record what the user gave for question `index` of `book` (through `edit::record`).
    Record {
        book: usize,
        index: usize,
        response: Response,
    },
    /// Keep text that is not yet a valid answer beside the stored answer.
    Draft {
        book: usize,
        index: usize,
        text: String,
    },
    /// Keep the answer to question `index` of `book`, carried over from the last round, as
    /// this round's answer, unchanged (through `edit::confirm`).
    Confirm {
        book: usize,
        index: usize,
    },
    /// The review lists these questions from now on, this session.
    ReviewFilter(Filter),
    /// Resolve the notes on the answer to question `index` of `book`.
    Resolve {
        book: usize,
        index: usize,
        resolution: crate::profile::edit::Resolution,
    },
    ToggleAudience,
    /// Switch between the default colours and the projector's.
    ToggleTheme,
    /// Show the workbooks in the next language.
    SwitchLanguage,
    /// The city works through the other track (core or full).
    SwitchTrack,
    /// Show the plan preview in this edition.
    PlanEdition(crate::plan::Edition),
    /// A note on the message line.
    Note(String),
    /// A warning on the message line.
    Warn(String),
    /// Something for the event loop to do (save, open a city, write a file, quit).
    Command(Command),
}

/// Where the app goes after an input. Moves that depend on answers (the next question, which
/// may be a follow-up that just appeared) are resolved after the effects are applied.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Goto {
    #[default]
    Stay,
    Home {
        book: Option<usize>,
    },
    /// Open a workbook where the city left off.
    Workbook(usize),
    Question {
        book: usize,
        index: usize,
    },
    NextQuestion {
        book: usize,
        from: usize,
    },
    PrevQuestion {
        book: usize,
        from: usize,
    },
    NextRequired {
        book: usize,
        from: usize,
    },
    Outline {
        book: usize,
        at: Option<usize>,
        back: Back,
    },
    Search(Back),
    Review {
        book: usize,
        back: Back,
    },
    Plan(Back),
    Back(Back),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Transition {
    pub effects: Vec<Effect>,
    pub goto: Goto,
}

impl Transition {
    pub fn stay() -> Transition {
        Transition::default()
    }

    pub fn to(goto: Goto) -> Transition {
        Transition {
            effects: Vec::new(),
            goto,
        }
    }

    pub fn with(mut self, effect: Effect) -> Transition {
        self.effects.push(effect);
        self
    }

    pub fn with_all(mut self, effects: impl IntoIterator<Item = Effect>) -> Transition {
        self.effects.extend(effects);
        self
    }

    pub fn note(text: impl Into<String>) -> Transition {
        Transition::stay().with(Effect::Note(text.into()))
    }

    pub fn warn(text: impl Into<String>) -> Transition {
        Transition::stay().with(Effect::Warn(text.into()))
    }

    pub fn command(command: Command) -> Transition {
        Transition::stay().with(Effect::Command(command))
    }
}
