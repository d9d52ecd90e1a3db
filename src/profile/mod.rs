//! City profiles: one TOML file per city holding its answers.

pub mod model;

pub use model::{Answer, City, Profile, Role};
