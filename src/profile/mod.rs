//! City profiles: one TOML file per city holding its answers.

pub mod bundle;
pub mod edit;
pub mod merge;
pub mod migrate;
pub mod model;
pub mod progress;
pub mod round;
pub mod round_diff;
pub mod store;
mod time;
pub mod transfer;

pub use model::{Answer, City, Note, Profile, Role, Round, Track};
pub use progress::{
    AnswerState, Numbering, Position, Progress, Reader, Status, WorkbookStatus, position, progress,
};
pub use store::{CityEntry, Session, Store, StoreError};
