//! The file operations behind the store: capped reading with located parse errors, the
//! crash-safe replace sequence, and backup generations.
//!
//! Save sequence: temporary file in the same folder (mode 0600) → write → `sync_all` → read it
//! back and compare → rename over the profile → fsync the folder. A crash at any point leaves
//! either the old or the new file in place, never a torn one.

use std::fs::{self, File};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::error::StoreError;
use crate::profile::model::{FORMAT_VERSION, Profile};

/// Largest profile file read: far beyond any real city (an answer is capped at 1 MiB), small
/// enough that a wrong or hostile file cannot exhaust memory.
pub const MAX_PROFILE_BYTES: u64 = 64 * 1024 * 1024;

/// How many earlier generations of each profile are kept (`<file>.bak.1` is the newest).
pub const BACKUPS: usize = 3;

/// Reads and parses a profile file. Nothing is ever written here.
pub fn read_profile(path: &Path) -> Result<(Profile, Vec<u8>), StoreError> {
    let bytes = read_capped(path)?;
    let profile = parse_profile(path, &bytes)?;
    Ok((profile, bytes))
}

pub fn read_capped(path: &Path) -> Result<Vec<u8>, StoreError> {
    let file = File::open(path).map_err(StoreError::io("profile-io-open", path))?;
    let size = file
        .metadata()
        .map_err(StoreError::io("profile-io-read", path))?
        .len();
    if size > MAX_PROFILE_BYTES {
        return Err(too_large(path, size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_PROFILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(StoreError::io("profile-io-read", path))?;
    if bytes.len() as u64 > MAX_PROFILE_BYTES {
        return Err(too_large(path, bytes.len() as u64));
    }
    Ok(bytes)
}

fn too_large(path: &Path, size: u64) -> StoreError {
    StoreError::TooLarge {
        path: path.to_path_buf(),
        size,
        limit: MAX_PROFILE_BYTES,
    }
}

/// Parses profile bytes; every failure names the file, line and column.
pub fn parse_profile(path: &Path, bytes: &[u8]) -> Result<Profile, StoreError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        corrupt(
            path,
            bytes,
            e.valid_up_to(),
            &crate::tr!("profile-not-utf8"),
        )
    })?;
    let table: toml::Table = toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
    match table.get("format") {
        Some(toml::Value::Integer(found)) if *found > i64::from(FORMAT_VERSION) => {
            return Err(StoreError::NewerFormat {
                path: path.to_path_buf(),
                found: *found as u64,
                supported: FORMAT_VERSION,
            });
        }
        Some(toml::Value::Integer(_)) => {}
        _ => {
            return Err(corrupt(path, bytes, 0, &crate::tr!("profile-no-format")));
        }
    }
    toml::from_str(text).map_err(|e| toml_error(path, text, &e))
}

/// Reads a TOML file of any shape (bundles, answer files) with the same size cap and located
/// errors as profiles. With `version`, the file's integer `key` must not exceed `supported`
/// (checked first, so that a newer file gets a clear message, not an unknown-field error).
pub fn read_toml<T: serde::de::DeserializeOwned>(
    path: &Path,
    version: Option<(&str, u32)>,
) -> Result<T, StoreError> {
    let bytes = read_capped(path)?;
    let located = |e: StoreError| match e {
        StoreError::Corrupt {
            path,
            line,
            column,
            message,
        } => StoreError::BadFile {
            path,
            line,
            column,
            message,
        },
        other => other,
    };
    let text = std::str::from_utf8(&bytes)
        .map_err(|e| {
            corrupt(
                path,
                &bytes,
                e.valid_up_to(),
                &crate::tr!("profile-not-utf8"),
            )
        })
        .map_err(located)?;
    if let Some((key, supported)) = version {
        let table: toml::Table = toml::from_str(text)
            .map_err(|e| toml_error(path, text, &e))
            .map_err(located)?;
        if let Some(toml::Value::Integer(found)) = table.get(key)
            && *found > i64::from(supported)
        {
            return Err(StoreError::NewerFormat {
                path: path.to_path_buf(),
                found: *found as u64,
                supported,
            });
        }
    }
    toml::from_str(text)
        .map_err(|e| toml_error(path, text, &e))
        .map_err(located)
}

fn toml_error(path: &Path, text: &str, error: &toml::de::Error) -> StoreError {
    let offset = error.span().map(|s| s.start).unwrap_or(0);
    corrupt(path, text.as_bytes(), offset, error.message())
}

fn corrupt(path: &Path, bytes: &[u8], offset: usize, message: &str) -> StoreError {
    let (line, column) = line_column(bytes, offset);
    StoreError::Corrupt {
        path: path.to_path_buf(),
        line,
        column,
        message: message.trim().to_string(),
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}

/// Replaces `path` with `bytes` crash-safely. The temporary file is read back and compared
/// before the rename; any error means nothing was replaced.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = parent(path);
    let mut temp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(StoreError::io("profile-io-create-temporary", dir))?;
    let temp_path = temp.path().to_path_buf();
    let file = temp.as_file_mut();
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(StoreError::io("profile-io-write", temp_path.clone()))?;
    let mut written = Vec::with_capacity(bytes.len());
    file.seek(SeekFrom::Start(0))
        .and_then(|_| file.read_to_end(&mut written))
        .map_err(StoreError::io("profile-io-read-back", temp_path))?;
    if written != bytes {
        return Err(StoreError::SelfCheck {
            path: path.to_path_buf(),
            detail: crate::tr!("profile-self-check-bytes"),
        });
    }
    temp.persist(path)
        .map_err(|e| StoreError::io("profile-io-replace", path)(e.error))?;
    sync_dir(dir)
}

/// Prefix of our temporary files, so that stale ones (after a kill) can be recognised.
pub fn temp_prefix(path: &Path) -> String {
    format!(".{}.", file_name(path))
}

/// Removes temporary files a killed save left behind; only files with our own prefix.
pub fn remove_stale_temps(path: &Path) {
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(parent(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(".tmp") {
            // Best effort: a leftover temp file only wastes space, it is never read.
            let _ = fs::remove_file(entry.path());
        }
    }
}

pub fn backup_path(path: &Path, generation: usize) -> PathBuf {
    parent(path).join(format!("{}.bak.{generation}", file_name(path)))
}

/// Shifts `.bak.1..` up by one (dropping the oldest) and keeps the current file as `.bak.1`:
/// by hard link when `keep_original`, so the profile stays in place, else by rename (delete).
pub fn rotate_backups(path: &Path, keep_original: bool) -> Result<(), StoreError> {
    for generation in (1..BACKUPS).rev() {
        let from = backup_path(path, generation);
        if from.exists() {
            let to = backup_path(path, generation + 1);
            fs::rename(&from, &to).map_err(StoreError::io("profile-io-rotate-backup", from))?;
        }
    }
    let newest = backup_path(path, 1);
    if keep_original {
        let staging = parent(path).join(format!("{}new.tmp", temp_prefix(&newest)));
        let _ = fs::remove_file(&staging);
        if fs::hard_link(path, &staging).is_err() {
            // Some file systems (FAT, some network shares) have no hard links: copy instead.
            fs::copy(path, &staging)
                .and_then(|_| File::open(&staging)?.sync_all())
                .map_err(StoreError::io("profile-io-back-up", path))?;
        }
        fs::rename(&staging, &newest).map_err(StoreError::io("profile-io-back-up", path))?;
    } else {
        fs::rename(path, &newest).map_err(StoreError::io("profile-io-move-aside", path))?;
    }
    sync_dir(parent(path))
}

/// The newest backup that parses, with its generation number and bytes.
pub fn newest_good_backup(path: &Path) -> Option<(usize, Profile, Vec<u8>)> {
    (1..=BACKUPS).find_map(|generation| {
        let (profile, bytes) = read_profile(&backup_path(path, generation)).ok()?;
        Some((generation, profile, bytes))
    })
}

/// Makes renames and new names in `dir` durable. Windows has no directory fsync.
pub fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(StoreError::io("profile-io-sync-folder", dir))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Creates a folder readable only by the user (0700 on Unix) if it does not exist.
pub fn create_private_dir(dir: &Path) -> Result<(), StoreError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(StoreError::io("profile-io-create-folder", dir))
}

/// Opens (creating, mode 0600) a lock file; it is never deleted, so every process locks the
/// same inode.
pub fn open_lock_file(path: &Path) -> Result<File, StoreError> {
    let mut options = fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(path)
        .map_err(StoreError::io("profile-io-open-lock", path))
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_characters() {
        let text = "a = 1\nbé = x\n".as_bytes();
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        // "bé = " is 6 bytes but 5 characters.
        assert_eq!(line_column(text, 12), (2, 6));
    }
}
