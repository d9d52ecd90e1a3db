//! City profiles: one TOML file per city holding its answers.

pub mod model;
pub mod store;

pub use model::{Answer, City, Profile, Role};
pub use store::{CityEntry, Session, Store, StoreError};
