//! The store: one TOML file per city under `<data dir>/cities/`, saved crash-safely, locked
//! against a second writer and backed up.
//!
//! Layout (documented in the README):
//! - `cities/<slug>-<hash>.toml`: the profile (mode 0600; folder 0700);
//! - `cities/<slug>-<hash>.toml.bak.1..3`: earlier generations, `.bak.1` the newest;
//! - `cities/<slug>-<hash>.lock`: the writer lock, created once and never deleted;
//! - `cities/<slug>-<hash>.toml.corrupt-<time>`: an unreadable profile moved aside by restore.
//!
//! A city is found by the name inside its file, not by the file name: the file name is where
//! a new city goes, but a name edited by hand, or a file named under an older comparison key,
//! lives elsewhere. Lookup tries the computed file first and otherwise reads the folder.

mod durable;
mod error;
mod lookup;
pub mod naming;
mod session;
mod wait;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::model::{City, Profile, Role};
pub use durable::{
    BACKUPS, MAX_PROFILE_BYTES, line_column, parse_profile, read_toml, write_atomic,
};
pub use error::StoreError;
pub use session::Session;
pub use wait::{NOTICE_AFTER, Wait};

/// The folder of city profiles inside the data directory.
pub const CITIES_DIR: &str = "cities";

#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// A city as listed: its metadata, or the problem that keeps it from being read.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CityEntry {
    /// Display name; the file stem when the profile cannot be read.
    pub name: String,
    pub country: Option<String>,
    pub role: Role,
    pub file: PathBuf,
    /// The latest change to any answer, else when the city was created.
    pub last_change: Option<Timestamp>,
    /// Why the profile cannot be read, if it cannot.
    pub problem: Option<String>,
}

/// Every profile in the folder, sorted out: the cities that can be used by name, and the files
/// that cannot (unreadable, or holding a name another file holds too), each with why.
#[derive(Debug, Default)]
pub struct Survey {
    /// Sorted by name.
    pub cities: Vec<(PathBuf, Profile)>,
    pub problems: Vec<(PathBuf, StoreError)>,
}

/// What `Store::restore` did.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub profile: Profile,
    /// Which backup (`.bak.N`) was restored.
    pub generation: usize,
    /// Where the unreadable profile was moved, if there was one.
    pub moved_aside: Option<PathBuf>,
}

impl Store {
    /// Opens the store in `data_dir`, creating it and its `cities/` folder (0700) if needed.
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        let dir = data_dir.join(CITIES_DIR);
        durable::create_private_dir(&dir)?;
        Ok(Store { dir })
    }

    /// The folder holding the profiles.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file a city of this name is created in. An existing city may live in another file
    /// (its name edited by hand); [`Store::find`] says where.
    pub fn city_path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{}.toml", naming::file_stem(name)))
    }

    /// The file of a profile's backup generation `n` (1 is the newest).
    pub fn backup_path(profile: &Path, n: usize) -> PathBuf {
        durable::backup_path(profile, n)
    }

    /// Takes the writer lock of every city, so that nothing edits any of them until the locks
    /// are dropped; a city open for editing gives the same error as for any other writer.
    pub fn lock_all(&self, wait: Wait) -> Result<Vec<fs::File>, StoreError> {
        let mut locks = Vec::new();
        let mut files: Vec<PathBuf> = fs::read_dir(&self.dir)
            .map_err(StoreError::io("cannot read", self.dir.clone()))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        for path in files {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            match wait::lock(&path, &stem, wait) {
                Ok(lock) => locks.push(lock),
                Err(StoreError::Locked { path: lock, .. }) => {
                    // Named as the user knows the city, read only now that it is needed.
                    let city = durable::read_profile(&path)
                        .map(|(p, _)| p.city.name)
                        .unwrap_or(stem);
                    return Err(StoreError::Locked { city, path: lock });
                }
                Err(other) => return Err(other),
            }
        }
        Ok(locks)
    }

    /// Creates a new city and saves it at once; the session holds its lock.
    pub fn create(&self, mut city: City, wait: Wait) -> Result<(Session, Profile), StoreError> {
        city.name = naming::clean_name(&city.name)?;
        let path = self.city_path(&city.name);
        let lock = wait::lock(&path, &city.name, wait)?;
        if path.exists() {
            let (existing, _) = durable::read_profile(&path)?;
            return Err(taken(&path, &city.name, existing.city.name));
        }
        match self.find(&city.name) {
            Ok((_, existing)) => {
                return Err(StoreError::Exists {
                    name: existing.city.name,
                });
            }
            Err(StoreError::NotFound { .. }) => {}
            Err(StoreError::Ambiguous { name, .. }) => return Err(StoreError::Exists { name }),
            Err(other) => return Err(other),
        }
        let profile = Profile::new(city);
        let mut session = Session::new(path, Some(lock), profile.clone());
        session.save(&profile)?;
        Ok((session, profile))
    }

    /// Opens a city for editing, waiting as `wait` allows for another writer to finish. The
    /// profile is read under the lock, so it holds everything the previous writer saved.
    pub fn open_city(&self, name: &str, wait: Wait) -> Result<(Session, Profile), StoreError> {
        // The usual case, an idle city in its computed file, costs one read. Waiting is left
        // to the lookup below, so that a name edited away from this file never waits for the
        // other city now living here.
        let computed = self.city_path(name);
        if exists(&computed)? {
            match self.read_locked(&computed, name, Wait::NO) {
                Ok(Some(opened)) => return Ok(opened),
                Ok(None) | Err(StoreError::Locked { .. }) => {}
                Err(other) => return Err(other),
            }
        }
        // While this process waited, the writer before it may have renamed or deleted the
        // city; then the file no longer holds the name and the lookup starts again.
        for _ in 0..3 {
            let (path, _) = self.find(name)?;
            if let Some(opened) = self.read_locked(&path, name, wait)? {
                return Ok(opened);
            }
        }
        Err(not_found(name))
    }

    /// Locks `path` and reads it; `None` when the file is gone or holds another city by now.
    fn read_locked(
        &self,
        path: &Path,
        name: &str,
        wait: Wait,
    ) -> Result<Option<(Session, Profile)>, StoreError> {
        let lock = wait::lock(path, name, wait)?;
        match durable::read_profile(path) {
            Ok((profile, _)) if naming::same_name(&profile.city.name, name) => {
                durable::remove_stale_temps(path);
                let session = Session::new(path.to_path_buf(), Some(lock), profile.clone());
                Ok(Some((session, profile)))
            }
            Ok(_) => Ok(None),
            Err(StoreError::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
                Ok(None)
            }
            Err(other) => Err(other),
        }
    }

    /// Opens a city without the lock; `save` refuses.
    pub fn open_city_read_only(&self, name: &str) -> Result<(Session, Profile), StoreError> {
        let (path, profile) = self.find(name)?;
        Ok((Session::new(path, None, profile.clone()), profile))
    }

    /// Renames a city. The profile moves to the new name's file; the old file becomes its
    /// newest backup, so `restore OLD` can bring it back.
    pub fn rename(&self, old: &str, new: &str, wait: Wait) -> Result<Profile, StoreError> {
        let new = naming::clean_name(new)?;
        let (mut session, mut profile) = self.open_city(old, wait)?;
        profile.city.name = new.clone();
        let target = self.city_path(&new);
        if target == session.path() {
            session.save(&profile)?;
            return Ok(profile);
        }
        match self.find(&new) {
            // The same city under another spelling: it moves to its computed file.
            Ok((path, _)) if path == session.path() => {}
            Ok((_, other)) => {
                return Err(StoreError::Exists {
                    name: other.city.name,
                });
            }
            Err(StoreError::NotFound { .. }) => {}
            Err(StoreError::Ambiguous { name, .. }) => return Err(StoreError::Exists { name }),
            Err(other) => return Err(other),
        }
        let _new_lock = wait::lock(&target, &new, wait)?;
        if target.exists() {
            let other = durable::read_profile(&target)
                .map(|(p, _)| p.city.name)
                .unwrap_or_else(|_| new.clone());
            return Err(taken(&target, &new, other));
        }
        // The new file is complete before the old one goes: a crash leaves both, never neither.
        durable::write_atomic(&target, &session::serialize_checked(&profile, &target)?)?;
        durable::rotate_backups(session.path(), false)?;
        Ok(profile)
    }

    /// Deletes a city; its profile is kept as the newest backup (`restore` brings it back).
    pub fn delete(&self, name: &str, wait: Wait) -> Result<PathBuf, StoreError> {
        let (session, _) = self.open_city(name, wait)?;
        durable::rotate_backups(session.path(), false)?;
        Ok(durable::backup_path(session.path(), 1))
    }

    /// Puts the newest readable backup back in place. An unreadable profile is moved aside
    /// (never deleted); a readable one becomes the newest backup.
    pub fn restore(&self, name: &str, wait: Wait) -> Result<Restored, StoreError> {
        let path = match self.find(name) {
            Ok((path, _)) => path,
            Err(e @ StoreError::Ambiguous { .. }) => return Err(e),
            // Unreadable or gone: the backups say which file was this city's.
            Err(_) => self
                .backed_up_as(name)
                .unwrap_or_else(|| self.city_path(name)),
        };
        let _lock = wait::lock(&path, name, wait)?;
        let Some((generation, profile, bytes)) = durable::newest_good_backup(&path)
            .filter(|(_, p, _)| naming::same_name(&p.city.name, name))
        else {
            return Err(StoreError::NoBackup {
                name: name.to_string(),
                path,
            });
        };
        let mut moved_aside = None;
        if path.exists() {
            if durable::read_profile(&path).is_ok() {
                durable::rotate_backups(&path, true)?;
            } else {
                let aside = self.dir.join(format!(
                    "{}.corrupt-{}",
                    path.file_name()
                        .map(|n| n.to_string_lossy())
                        .unwrap_or_default(),
                    Timestamp::now().strftime("%Y%m%dT%H%M%SZ")
                ));
                fs::rename(&path, &aside)
                    .map_err(StoreError::io("profile-io-move-aside", &path))?;
                moved_aside = Some(aside);
            }
        }
        durable::write_atomic(&path, &bytes)?;
        Ok(Restored {
            profile,
            generation,
            moved_aside,
        })
    }
}

/// Reads a profile file from anywhere (for `workbook import` of a copied profile), with the
/// same cap, checks and located errors as the store's own files.
pub fn read_profile_file(path: &Path) -> Result<Profile, StoreError> {
    durable::read_profile(path).map(|(profile, _)| profile)
}

/// Reads profile bytes that did not come from a file (a version from git's history), with
/// errors located as if read from `path`.
pub fn parse_profile_bytes(path: &Path, bytes: &[u8]) -> Result<Profile, StoreError> {
    durable::parse_profile(path, bytes)
}

/// Writes a profile to any file, checked and crash-safe as a save is (the merge driver writes
/// its result where git asks).
pub fn write_profile_file(path: &Path, profile: &Profile) -> Result<(), StoreError> {
    let bytes = session::serialize_checked(profile, path)?;
    durable::write_atomic(path, &bytes)
}

fn exists(path: &Path) -> Result<bool, StoreError> {
    path.try_exists()
        .map_err(StoreError::io("profile-io-read", path.to_path_buf()))
}

fn not_found(name: &str) -> StoreError {
    StoreError::NotFound {
        name: name.to_string(),
    }
}

fn taken(path: &Path, name: &str, other: String) -> StoreError {
    if naming::same_name(name, &other) {
        StoreError::Exists { name: other }
    } else {
        StoreError::FileTaken {
            path: path.to_path_buf(),
            other,
        }
    }
}

fn city_entry(file: PathBuf, profile: Result<Profile, StoreError>) -> CityEntry {
    match profile {
        Ok(profile) => CityEntry {
            last_change: Some(profile.last_change()),
            name: profile.city.name,
            country: profile.city.country,
            role: profile.city.role,
            file,
            problem: None,
        },
        Err(error) => CityEntry {
            name: file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            country: None,
            role: Role::default(),
            file,
            last_change: None,
            problem: Some(error.to_string()),
        },
    }
}
