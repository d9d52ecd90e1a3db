//! What can go wrong with the store, each variant saying what the user must do.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::tr;

/// What went wrong; each message (in the user's language, see [`fmt::Display`]) names the
/// city or file and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    Locked {
        city: String,
        path: PathBuf,
    },
    Corrupt {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    BadFile {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    NewerFormat {
        path: PathBuf,
        found: u64,
        supported: u32,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    NotFound {
        name: String,
    },
    Ambiguous {
        name: String,
        first: PathBuf,
        second: PathBuf,
    },
    Exists {
        name: String,
    },
    BadName(#[from] super::naming::BadName),
    FileTaken {
        path: PathBuf,
        other: String,
    },
    ReadOnly {
        city: String,
    },
    NoBackup {
        name: String,
        path: PathBuf,
    },
    SelfCheck {
        path: PathBuf,
        detail: String,
    },
    Serialize(String),
    /// `action` is the id of a message saying what could not be done (`profile-io-read`:
    /// "cannot read"), followed by the path and the cause.
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |path: &PathBuf| path.display().to_string();
        let text = match self {
            StoreError::Locked { city, path } => {
                tr!("profile-locked", city = city, path = shown(path))
            }
            StoreError::Corrupt {
                path,
                line,
                column,
                message,
            } => tr!(
                "profile-corrupt",
                place = format!("{}:{line}:{column}", path.display()),
                problem = message
            ),
            StoreError::BadFile {
                path,
                line,
                column,
                message,
            } => tr!(
                "profile-bad-file",
                place = format!("{}:{line}:{column}", path.display()),
                problem = message
            ),
            StoreError::NewerFormat {
                path,
                found,
                supported,
            } => tr!(
                "profile-newer-format",
                path = shown(path),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            StoreError::TooLarge { path, size, limit } => tr!(
                "profile-too-large",
                path = shown(path),
                size = size.to_string(),
                limit = limit.to_string()
            ),
            StoreError::NotFound { name } => tr!("profile-not-found", name = name),
            StoreError::Ambiguous {
                name,
                first,
                second,
            } => tr!(
                "profile-ambiguous",
                name = name,
                first = shown(first),
                second = shown(second)
            ),
            StoreError::Exists { name } => tr!("profile-exists", name = name),
            StoreError::BadName(reason) => reason.to_string(),
            StoreError::FileTaken { path, other } => {
                tr!("profile-file-taken", path = shown(path), other = other)
            }
            StoreError::ReadOnly { city } => tr!("profile-read-only", city = city),
            StoreError::NoBackup { name, path } => {
                tr!("profile-no-backup", name = name, path = shown(path))
            }
            StoreError::SelfCheck { path, detail } => {
                tr!("profile-self-check", path = shown(path), detail = detail)
            }
            StoreError::Serialize(cause) => tr!("profile-serialize", cause = cause),
            StoreError::Io {
                action,
                path,
                source,
            } => tr!(
                "profile-io",
                action = crate::messages::ui().text(action),
                path = shown(path),
                cause = source.to_string()
            ),
        };
        f.write_str(&text)
    }
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
