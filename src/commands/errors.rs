//! Which exit code each domain error ends a command with (the table is in the README). The
//! domain modules say what went wrong; only the commands decide how a process reports it.

use crate::exit::{CORRUPT, FAILURE, Failure, LOCKED, USAGE};
use crate::profile::StoreError;

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
        Failure::new(store_exit_code(&error), error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

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
