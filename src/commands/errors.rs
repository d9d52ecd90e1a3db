//! Which exit code each domain error ends a command with (the table is in the README). The
//! domain modules say what went wrong; only the commands decide how a process reports it.

use std::error::Error;

use crate::commands::exit::{CORRUPT, FAILURE, Failure, LOCKED, SUCCESS, USAGE};
use crate::config::ConfigError;
use crate::demo::DemoError;
use crate::paths::PathsError;
use crate::profile::StoreError;
use crate::tui::run::{Ended, TuiError};

/// An error's message followed by its causes, each once: "cannot reset the demo in X: Permission
/// denied (os error 13)". A cause whose text the message already holds is not repeated.
pub fn with_causes(error: &dyn Error) -> String {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
        source = cause.source();
    }
    message
}

/// The exit code for a store error. Every variant is listed, so that a new one must be placed.
pub fn store_exit_code(error: &StoreError) -> u8 {
    match error {
        StoreError::Locked { .. } => LOCKED,
        StoreError::Corrupt { .. }
        | StoreError::BadFile { .. }
        | StoreError::NewerFormat { .. }
        | StoreError::TooLarge { .. } => CORRUPT,
        StoreError::BadName(_) => USAGE,
        StoreError::NotFound { .. }
        | StoreError::Exists { .. }
        | StoreError::Ambiguous { .. }
        | StoreError::FileTaken { .. }
        | StoreError::ReadOnly { .. }
        | StoreError::NoBackup { .. }
        | StoreError::SelfCheck { .. }
        | StoreError::Serialize(_)
        | StoreError::Io { .. } => FAILURE,
    }
}

impl From<StoreError> for Failure {
    fn from(error: StoreError) -> Failure {
        Failure::new(store_exit_code(&error), with_causes(&error))
    }
}

/// A config file the user must fix, or no home folder: bad usage.
impl From<ConfigError> for Failure {
    fn from(error: ConfigError) -> Failure {
        Failure::new(USAGE, with_causes(&error))
    }
}

impl From<PathsError> for Failure {
    fn from(error: PathsError) -> Failure {
        match error {
            PathsError::Config(e) => e.into(),
            PathsError::NoHome => Failure::new(USAGE, error.to_string()),
        }
    }
}

impl From<DemoError> for Failure {
    fn from(error: DemoError) -> Failure {
        match error {
            DemoError::Store(e) => e.into(),
            DemoError::NoHome => Failure::new(USAGE, error.to_string()),
            DemoError::Broken(_) | DemoError::Reset { .. } => {
                Failure::new(FAILURE, with_causes(&error))
            }
        }
    }
}

impl From<TuiError> for Failure {
    fn from(error: TuiError) -> Failure {
        match error {
            TuiError::Store(e) => e.into(),
            TuiError::Terminal(_) | TuiError::Signals(_) => {
                Failure::new(FAILURE, with_causes(&error))
            }
        }
    }
}

/// How the guided interface ended, as the process's exit status: leaving while saving failed
/// is a failure, with the reason.
pub fn tui_exit(ended: Result<Ended, TuiError>) -> Result<u8, Failure> {
    match ended? {
        Ended::Saved => Ok(SUCCESS),
        Ended::NotSaved(message) => Err(Failure::failed(crate::tr!(
            "cli-tui-not-saved",
            problem = message
        ))),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn causes_are_printed_once_each() {
        let error = crate::demo::DemoError::Reset {
            dir: PathBuf::from("/tmp/demo"),
            source: std::io::Error::new(std::io::ErrorKind::PermissionDenied, "permission denied"),
        };
        assert_eq!(
            with_causes(&error),
            "cannot reset the demo in /tmp/demo: permission denied"
        );
        let store = StoreError::Io {
            action: "cannot read",
            path: PathBuf::from("x.toml"),
            source: std::io::Error::other("disk on fire"),
        };
        assert_eq!(with_causes(&store), "cannot read x.toml: disk on fire");
    }

    #[test]
    fn codes_match_the_readme() {
        let path = PathBuf::from("x.toml");
        let locked = StoreError::Locked {
            city: "Lyon".into(),
            path: path.clone(),
        };
        let corrupt = StoreError::Corrupt {
            path: path.clone(),
            line: 1,
            column: 1,
            message: "bad".into(),
        };
        let missing = StoreError::NotFound {
            name: "Lyon".into(),
        };
        assert_eq!(Failure::from(locked).code, 3);
        assert_eq!(Failure::from(corrupt).code, 4);
        assert_eq!(Failure::from(missing).code, 1);
    }
}
