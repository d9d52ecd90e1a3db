//! Workbooks: the file format, loading built-in and user workbooks, and checking them.

pub mod baked;
pub mod condition;
pub mod diag;
pub mod generate;
pub mod lint;
pub mod load;
pub mod model;
pub mod resolve;
pub mod span;
pub mod split;
pub mod translated;
pub mod translation;

pub use diag::{Diagnostic, Severity};
pub use load::{Catalog, LoadedWorkbook, Origin};
pub use model::*;
pub use span::Spanned;
