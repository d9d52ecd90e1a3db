//! One city opened for work: the writer lock and the file, never the profile itself. The
//! caller owns the profile and hands it to [`Session::save`]; the session keeps what it last
//! read or wrote only to tell whether there is unsaved work.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use super::durable;
use super::error::StoreError;
use crate::answer::Value;
use crate::profile::model::{Answer, FORMAT_VERSION, Profile};

#[derive(Debug)]
pub struct Session {
    path: PathBuf,
    /// Held for the whole session; the OS releases it when the process ends, even on SIGKILL.
    /// `None` for a read-only session.
    lock: Option<File>,
    /// The profile as last read or saved.
    saved: Profile,
    /// Whether this session already kept the previous file as a backup generation.
    backed_up: bool,
}

impl Session {
    pub(super) fn new(path: PathBuf, lock: Option<File>, saved: Profile) -> Session {
        Session {
            path,
            lock,
            saved,
            backed_up: false,
        }
    }

    /// Saves `profile` durably. On error nothing on disk changed; the caller still has the
    /// profile, and calling `save` again retries with a fresh temporary file.
    pub fn save(&mut self, profile: &Profile) -> Result<(), StoreError> {
        if self.lock.is_none() {
            return Err(StoreError::ReadOnly {
                city: profile.city.name.clone(),
            });
        }
        let bytes = serialize_checked(profile, &self.path)?;
        if !self.backed_up && self.path.exists() {
            durable::rotate_backups(&self.path, true)?;
        }
        self.backed_up = true;
        durable::write_atomic(&self.path, &bytes)?;
        self.saved = profile.clone();
        Ok(())
    }

    pub fn is_read_only(&self) -> bool {
        self.lock.is_none()
    }

    /// Whether `profile` differs from what this session last read or saved. Compared as the
    /// file can express it, so a profile holding NaN is not forever dirty.
    pub fn is_dirty(&self, profile: &Profile) -> bool {
        !same_profile(&self.saved, profile)
    }

    /// The profile file this session reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The profile as TOML, refused unless it parses back to the same profile (a serializer
/// round-trip bug must never reach the disk) and its format is one this program writes.
pub(crate) fn serialize_checked(profile: &Profile, path: &Path) -> Result<Vec<u8>, StoreError> {
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
            detail: crate::tr!("profile-self-check-profile"),
        });
    }
    Ok(text.into_bytes())
}

/// Equality as the file can express it. Floats kept as a hand-edited file holds them compare
/// bit for bit, and any NaN equals any NaN: a file can hold `nan`, and with `==` (NaN is never
/// equal to itself) such a city could never be saved again; `-0.0` must keep its sign. An empty table reads back as an
/// empty list (TOML writes both as `[]`).
fn same_profile(a: &Profile, b: &Profile) -> bool {
    let rest = |p: &Profile| Profile {
        format: p.format,
        city: p.city.clone(),
        resume: p.resume.clone(),
        answers: BTreeMap::new(),
        drafts: p.drafts.clone(),
        rounds: BTreeMap::new(),
    };
    rest(a) == rest(b)
        && same_answers(&a.answers, &b.answers)
        && a.rounds.len() == b.rounds.len()
        && a.rounds.iter().zip(&b.rounds).all(|((la, ra), (lb, rb))| {
            la == lb
                && ra.opened == rb.opened
                && ra.closed == rb.closed
                && same_answers(&ra.answers, &rb.answers)
        })
}

type Answers = BTreeMap<String, BTreeMap<String, Answer>>;

fn same_answers(a: &Answers, b: &Answers) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|((wa, qa), (wb, qb))| {
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
        && a.from_round == b.from_round
        && a.notes.len() == b.notes.len()
        && a.notes.iter().zip(&b.notes).all(|(x, y)| {
            x.text == y.text
                && x.other == y.other
                && x.changed == y.changed
                && match (&x.value, &y.value) {
                    (Some(v), Some(w)) => same_value(v, w),
                    (None, None) => true,
                    _ => false,
                }
        })
        && same_value(&a.value, &b.value)
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Other(x), Value::Other(y)) => same_toml(x, y),
        (Value::Table(rows), Value::List(items)) | (Value::List(items), Value::Table(rows)) => {
            rows.is_empty() && items.is_empty()
        }
        _ => a == b,
    }
}

fn same_toml(a: &toml::Value, b: &toml::Value) -> bool {
    use toml::Value as T;
    match (a, b) {
        (T::Float(x), T::Float(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        (T::Array(x), T::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_toml(x, y))
        }
        (T::Table(x), T::Table(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((kx, vx), (ky, vy))| kx == ky && same_toml(vx, vy))
        }
        _ => a == b,
    }
}
