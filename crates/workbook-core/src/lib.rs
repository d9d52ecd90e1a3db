//! The workbook format and the answers to it, on their own: parsing and checking workbooks,
//! resolving the questions one workbook shows from another, and reading and validating
//! answers. The `workbook` program builds on it; its build script uses it to check the
//! built-in workbooks and embed them already parsed.

pub mod answer;
pub mod locale;
pub mod messages;
pub mod text;
pub mod workbook;
