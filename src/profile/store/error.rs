//! What can go wrong with the store, each variant saying what the user must do.

use std::io;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the city \"{city}\" is open in another window or process ({path} is locked); close it there and try again (a command waits up to 10 seconds for it; --wait SECONDS waits longer)"
    )]
    Locked { city: String, path: PathBuf },

    #[error(
        "{path}:{line}:{column}: cannot read this profile: {message}\nThe file was not changed. Fix it by hand, or run `workbook city restore NAME` to go back to the newest good backup."
    )]
    Corrupt {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },

    #[error("{path}:{line}:{column}: cannot read this file: {message}")]
    BadFile {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },

    #[error(
        "{path} was written by a newer version of workbook (profile format {found}; this version understands up to {supported}); upgrade workbook to use it. The file was not changed."
    )]
    NewerFormat {
        path: PathBuf,
        found: u64,
        supported: u32,
    },

    #[error("{path} is {size} bytes; profiles larger than {limit} bytes are refused")]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },

    #[error(
        "no city named \"{name}\"; `workbook city list` shows the cities, `workbook city new` adds one"
    )]
    NotFound { name: String },

    #[error(
        "two profiles hold the city name \"{name}\": {first} and {second}; edit the `name` line in one of them (or move the one you do not need out of the folder) so that every city has its own name"
    )]
    Ambiguous {
        name: String,
        first: PathBuf,
        second: PathBuf,
    },

    #[error(
        "a city named \"{name}\" already exists (names are compared ignoring case, character width and Unicode composition)"
    )]
    Exists { name: String },

    #[error("{0}")]
    BadName(#[from] super::naming::BadName),

    #[error(
        "the file {path} already holds another city (\"{other}\"); rename the new city slightly"
    )]
    FileTaken { path: PathBuf, other: String },

    #[error("the city \"{city}\" is open read-only; its answers cannot be saved from here")]
    ReadOnly { city: String },

    #[error("no readable backup of \"{name}\" was found next to {path}; nothing was changed")]
    NoBackup { name: String, path: PathBuf },

    #[error(
        "could not save {path}: the written file did not read back the same ({detail}); nothing was replaced and the answers are still in memory"
    )]
    SelfCheck { path: PathBuf, detail: String },

    #[error("could not write the profile: {0}")]
    Serialize(String),

    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

impl StoreError {
    pub(crate) fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
    ) -> impl FnOnce(io::Error) -> StoreError {
        let path = path.into();
        move |source| StoreError::Io {
            action,
            path,
            source,
        }
    }
}
