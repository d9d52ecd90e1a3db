//! City profiles: one TOML file per city holding its answers.

pub mod bundle;
pub mod edit;
pub mod migrate;
pub mod model;
pub mod progress;
pub mod store;
mod time;
pub mod transfer;

pub use model::{Answer, City, Profile, Role};
pub use progress::{AnswerState, Progress, WorkbookStatus, progress};
pub use store::{CityEntry, Session, Store, StoreError};
