//! workbook: guided workbooks for cities preventing and responding to hate, extremism and
//! polarisation. The binary is a thin shell over this library.

pub use workbook_core::{answer, messages, text, tr, workbook};

pub mod builtin;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod compare;
pub mod config;
pub mod demo;
pub mod diff;
pub mod encode;
pub mod language;
pub mod markdown;
pub mod paths;
pub mod plain;
pub mod plan;
pub mod profile;
pub mod sheet;
pub mod team;
pub mod tui;
