//! The store: one TOML file per city under `<data dir>/cities/`, saved crash-safely, locked
//! against a second writer and backed up.
//!
//! Layout (documented in the README):
//! - `cities/<slug>-<hash>.toml`: the profile (mode 0600; folder 0700);
//! - `cities/<slug>-<hash>.toml.bak.1..3`: earlier generations, `.bak.1` the newest;
//! - `cities/<slug>-<hash>.lock`: the writer lock, created once and never deleted;
//! - `cities/<slug>-<hash>.toml.corrupt-<time>`: an unreadable profile moved aside by restore.

mod durable;
mod error;
pub mod naming;

use std::collections::BTreeMap;
use std::fs::{self, File, TryLockError};
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::model::{Answer, City, FORMAT_VERSION, Profile, Role};
use crate::answer::Value;
pub use durable::{
    BACKUPS, MAX_PROFILE_BYTES, line_column, parse_profile, read_toml, write_atomic,
};
pub use error::StoreError;

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

/// One city opened for work: the profile plus, unless read-only, the writer lock.
#[derive(Debug)]
pub struct Session {
    pub profile: Profile,
    path: PathBuf,
    /// Held for the whole session; the OS releases it when the process ends, even on SIGKILL.
    lock: Option<File>,
    /// The profile as last read or saved, to tell whether there is unsaved work.
    saved: Option<Profile>,
    /// Whether this session already kept the previous file as a backup generation.
    backed_up: bool,
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

    /// The profile file a city name maps to (whether or not it exists).
    pub fn city_path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{}.toml", naming::file_stem(name)))
    }

    fn lock_path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{}.lock", naming::file_stem(name)))
    }

    /// The file of a profile's backup generation `n` (1 is the newest).
    pub fn backup_path(profile: &Path, n: usize) -> PathBuf {
        durable::backup_path(profile, n)
    }

    /// Every city, sorted by name; unreadable profiles are listed with their problem.
    pub fn list(&self) -> Result<Vec<CityEntry>, StoreError> {
        let entries = fs::read_dir(&self.dir).map_err(StoreError::io("cannot list", &self.dir))?;
        let mut cities = Vec::new();
        for entry in entries {
            let entry = entry.map_err(StoreError::io("cannot list", &self.dir))?;
            let name = entry.file_name();
            let Some(stem) = name.to_str().and_then(|n| n.strip_suffix(".toml")) else {
                continue;
            };
            if naming::is_stem(stem) {
                cities.push(city_entry(stem, entry.path()));
            }
        }
        cities.sort_by_cached_key(|c| naming::name_key(&c.name));
        Ok(cities)
    }

    /// Creates a new city and saves it at once; the returned session holds its lock.
    pub fn create(&self, mut city: City) -> Result<Session, StoreError> {
        city.name = naming::clean_name(&city.name)?;
        let lock = self.lock(&city.name)?;
        let path = self.city_path(&city.name);
        if path.exists() {
            let (existing, _) = durable::read_profile(&path)?;
            return Err(self.taken(&path, &city.name, existing.city.name));
        }
        let mut session = Session::new(Profile::new(city), path, Some(lock), None);
        session.save()?;
        Ok(session)
    }

    fn taken(&self, path: &Path, name: &str, other: String) -> StoreError {
        if naming::same_name(name, &other) {
            StoreError::Exists { name: other }
        } else {
            StoreError::FileTaken {
                path: path.to_path_buf(),
                other,
            }
        }
    }

    /// Reads a city's profile without locking it (for display and plans).
    pub fn load(&self, name: &str) -> Result<Profile, StoreError> {
        let path = self.existing_path(name)?;
        let (profile, _) = durable::read_profile(&path)?;
        if !naming::same_name(&profile.city.name, name) {
            return Err(not_found(name));
        }
        Ok(profile)
    }

    /// Opens a city for editing. Fails with [`StoreError::Locked`] if another process has it.
    pub fn open_city(&self, name: &str) -> Result<Session, StoreError> {
        let lock = self.lock(name)?;
        let profile = self.load(name)?;
        let path = self.city_path(name);
        durable::remove_stale_temps(&path);
        Ok(Session::new(
            profile.clone(),
            path,
            Some(lock),
            Some(profile),
        ))
    }

    /// Opens a city without the lock; `save` refuses.
    pub fn open_city_read_only(&self, name: &str) -> Result<Session, StoreError> {
        let profile = self.load(name)?;
        Ok(Session::new(
            profile.clone(),
            self.city_path(name),
            None,
            Some(profile),
        ))
    }

    /// Renames a city. The profile moves to the new name's file; the old file becomes the old
    /// name's newest backup, so `restore OLD` can bring it back.
    pub fn rename(&self, old: &str, new: &str) -> Result<Profile, StoreError> {
        let new = naming::clean_name(new)?;
        let mut session = self.open_city(old)?;
        if naming::file_stem(old) == naming::file_stem(&new) {
            session.profile.city.name = new;
            session.save()?;
            return Ok(session.profile);
        }
        let _new_lock = self.lock(&new)?;
        let new_path = self.city_path(&new);
        if new_path.exists() {
            let other = durable::read_profile(&new_path)
                .map(|(p, _)| p.city.name)
                .unwrap_or_else(|_| new.clone());
            return Err(self.taken(&new_path, &new, other));
        }
        let mut profile = session.profile.clone();
        profile.city.name = new;
        // The new file is complete before the old one goes: a crash leaves both, never neither.
        durable::write_atomic(&new_path, &serialize_checked(&profile, &new_path)?)?;
        durable::rotate_backups(&session.path, false)?;
        Ok(profile)
    }

    /// Deletes a city; its profile is kept as the newest backup (`restore` brings it back).
    pub fn delete(&self, name: &str) -> Result<PathBuf, StoreError> {
        let session = self.open_city(name)?;
        durable::rotate_backups(&session.path, false)?;
        Ok(durable::backup_path(&session.path, 1))
    }

    /// Puts the newest readable backup back in place. An unreadable profile is moved aside
    /// (never deleted); a readable one becomes the newest backup.
    pub fn restore(&self, name: &str) -> Result<Restored, StoreError> {
        let _lock = self.lock(name)?;
        let path = self.city_path(name);
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
                fs::rename(&path, &aside).map_err(StoreError::io("cannot move aside", &path))?;
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

    fn existing_path(&self, name: &str) -> Result<PathBuf, StoreError> {
        let path = self.city_path(name);
        match path.try_exists() {
            Ok(true) => Ok(path),
            Ok(false) => Err(not_found(name)),
            Err(e) => Err(StoreError::io("cannot read", path)(e)),
        }
    }

    fn lock(&self, name: &str) -> Result<File, StoreError> {
        let path = self.lock_path(name);
        let file = durable::open_lock_file(&path)?;
        match file.try_lock() {
            Ok(()) => Ok(file),
            Err(TryLockError::WouldBlock) => Err(StoreError::Locked {
                city: name.to_string(),
                path,
            }),
            Err(TryLockError::Error(e)) => Err(StoreError::io("cannot lock", path)(e)),
        }
    }
}

/// Reads a profile file from anywhere (for `workbook import` of a copied profile), with the
/// same cap, checks and located errors as the store's own files.
pub fn read_profile_file(path: &Path) -> Result<Profile, StoreError> {
    durable::read_profile(path).map(|(profile, _)| profile)
}

fn not_found(name: &str) -> StoreError {
    StoreError::NotFound {
        name: name.to_string(),
    }
}

fn city_entry(stem: &str, file: PathBuf) -> CityEntry {
    match durable::read_profile(&file) {
        Ok((profile, _)) => CityEntry {
            last_change: Some(profile.last_change()),
            name: profile.city.name,
            country: profile.city.country,
            role: profile.city.role,
            file,
            problem: None,
        },
        Err(error) => CityEntry {
            name: stem.to_string(),
            country: None,
            role: Role::default(),
            file,
            last_change: None,
            problem: Some(error.to_string()),
        },
    }
}

impl Session {
    fn new(profile: Profile, path: PathBuf, lock: Option<File>, saved: Option<Profile>) -> Self {
        Session {
            profile,
            path,
            lock,
            saved,
            backed_up: false,
        }
    }

    /// Saves the profile durably. On error nothing on disk changed and the profile stays in
    /// memory, still unsaved; calling `save` again retries with a fresh temporary file.
    pub fn save(&mut self) -> Result<(), StoreError> {
        if self.lock.is_none() {
            return Err(StoreError::ReadOnly {
                city: self.profile.city.name.clone(),
            });
        }
        let bytes = serialize_checked(&self.profile, &self.path)?;
        if !self.backed_up && self.path.exists() {
            durable::rotate_backups(&self.path, true)?;
        }
        self.backed_up = true;
        durable::write_atomic(&self.path, &bytes)?;
        self.saved = Some(self.profile.clone());
        Ok(())
    }

    pub fn is_read_only(&self) -> bool {
        self.lock.is_none()
    }

    /// Whether the profile changed since it was read or last saved.
    pub fn is_dirty(&self) -> bool {
        self.saved.as_ref() != Some(&self.profile)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The profile as TOML, refused unless it parses back to the same profile (a serializer
/// round-trip bug must never reach the disk) and its format is one this program writes.
fn serialize_checked(profile: &Profile, path: &Path) -> Result<Vec<u8>, StoreError> {
    if profile.format > FORMAT_VERSION {
        return Err(StoreError::NewerFormat {
            path: path.to_path_buf(),
            found: u64::from(profile.format),
            supported: FORMAT_VERSION,
        });
    }
    let text = crate::encode::toml::to_string(profile)
        .map_err(|e| StoreError::Serialize(e.to_string()))?;
    let back =
        durable::parse_profile(path, text.as_bytes()).map_err(|e| StoreError::SelfCheck {
            path: path.to_path_buf(),
            detail: e.to_string(),
        })?;
    if !same_profile(profile, &back) {
        return Err(StoreError::SelfCheck {
            path: path.to_path_buf(),
            detail: "the profile did not read back the same".into(),
        });
    }
    Ok(text.into_bytes())
}

/// Equality as the file can express it. Numbers compare bit for bit, and any NaN equals any
/// NaN: a hand-edited file can hold `nan`, and with `==` (NaN is never equal to itself) such a
/// city could never be saved again; `-0.0` must keep its sign. An empty table reads back as an
/// empty list (TOML writes both as `[]`).
fn same_profile(a: &Profile, b: &Profile) -> bool {
    let rest = |p: &Profile| Profile {
        format: p.format,
        city: p.city.clone(),
        resume: p.resume.clone(),
        answers: BTreeMap::new(),
        drafts: p.drafts.clone(),
    };
    rest(a) == rest(b)
        && a.answers.len() == b.answers.len()
        && a.answers
            .iter()
            .zip(&b.answers)
            .all(|((wa, qa), (wb, qb))| {
                wa == wb
                    && qa.len() == qb.len()
                    && qa
                        .iter()
                        .zip(qb)
                        .all(|((ia, x), (ib, y))| ia == ib && same_answer(x, y))
            })
}

fn same_answer(a: &Answer, b: &Answer) -> bool {
    a.other == b.other
        && a.workbook_version == b.workbook_version
        && a.changed == b.changed
        && same_value(&a.value, &b.value)
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan())
        }
        (Value::Table(rows), Value::List(items)) | (Value::List(items), Value::Table(rows)) => {
            rows.is_empty() && items.is_empty()
        }
        _ => a == b,
    }
}
