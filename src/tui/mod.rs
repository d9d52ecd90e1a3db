//! The full-screen guided interface (`workbook`, `workbook open`). `app` holds the state and
//! turns actions into commands; `run` is the only part that touches the terminal and files.

pub mod app;
pub mod bidi;
pub mod book;
pub mod clip;
pub mod cursor;
pub mod events;
pub mod files;
pub mod keys;
pub mod labels;
pub mod markdown;
pub mod rounds;
pub mod run;
pub mod screen;
pub mod scroll;
pub mod terminal;
pub mod theme;
pub mod transition;
pub mod view;
pub mod widgets;

pub use app::{Action, App, Command, SaveState};
