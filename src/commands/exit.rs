//! Exit codes and the error type that carries one. Documented in the README.

use std::fmt;

pub const SUCCESS: u8 = 0;
/// The command failed, or `validate` found errors.
pub const FAILURE: u8 = 1;
/// The command line was wrong (clap uses this code too).
pub const USAGE: u8 = 2;
/// Another copy of the program is writing this city's profile.
pub const LOCKED: u8 = 3;
/// A profile or bundle could not be read; nothing was overwritten.
pub const CORRUPT: u8 = 4;

/// An error meant for the user, with the exit code it ends the program with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub fn new(code: u8, message: impl Into<String>) -> Self {
        Failure {
            code,
            message: message.into(),
        }
    }

    pub fn failed(message: impl Into<String>) -> Self {
        Failure::new(FAILURE, message)
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Failure::new(USAGE, message)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}
