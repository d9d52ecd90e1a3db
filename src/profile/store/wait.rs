//! The writer lock, and waiting for it. A writer that finds a city locked polls the lock for a
//! while instead of failing at once, so that scripts running several `answer set` commands in
//! parallel queue up. `flock` has no timed wait, and a blocking `lock()` could wait forever, so
//! this polls `try_lock` with a short sleep between attempts.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::durable;
use super::error::StoreError;

/// How long a wait lasts before the waiter is told why nothing seems to happen.
pub const NOTICE_AFTER: Duration = Duration::from_secs(1);

/// Time between two attempts: short next to a save (milliseconds), long enough not to spin.
const POLL: Duration = Duration::from_millis(25);

/// How long a writer waits for a city that another window or process has open.
#[derive(Clone, Copy)]
pub struct Wait<'a> {
    limit: Duration,
    notice: Option<&'a dyn Fn(&str)>,
}

impl Wait<'static> {
    /// Fail at once with [`StoreError::Locked`] (the TUI, which then opens read-only).
    pub const NO: Wait<'static> = Wait {
        limit: Duration::ZERO,
        notice: None,
    };

    pub fn up_to(limit: Duration) -> Wait<'static> {
        Wait {
            limit,
            notice: None,
        }
    }
}

impl<'a> Wait<'a> {
    /// Calls `notice` once, with the city's name, when the wait passes [`NOTICE_AFTER`].
    pub fn with_notice(self, notice: &'a dyn Fn(&str)) -> Wait<'a> {
        Wait {
            notice: Some(notice),
            ..self
        }
    }
}

/// The lock file that guards a profile file: the same name with `.lock`. It is derived from the
/// file actually used, never from a typed name, so every spelling of a city locks one file.
pub fn lock_path(profile: &Path) -> PathBuf {
    profile.with_extension("lock")
}

/// Takes the writer lock of `profile`, waiting as `wait` allows.
pub fn lock(profile: &Path, city: &str, wait: Wait) -> Result<File, StoreError> {
    let path = lock_path(profile);
    let file = durable::open_lock_file(&path)?;
    let started = Instant::now();
    let mut told = wait.notice.is_none();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(TryLockError::Error(e)) => return Err(StoreError::io("profile-io-lock", path)(e)),
            Err(TryLockError::WouldBlock) => {}
        }
        let waited = started.elapsed();
        if waited >= wait.limit {
            return Err(StoreError::Locked {
                city: city.to_string(),
                path,
            });
        }
        if !told && waited >= NOTICE_AFTER {
            told = true;
            if let Some(notice) = wait.notice {
                notice(city);
            }
        }
        std::thread::sleep(POLL.min(wait.limit - waited));
    }
}
