//! Where files live: the data directory (city profiles) and the folders workbooks load from.
//! Precedence: command-line flag, then environment variable, then the platform default.

use std::env;
use std::path::{Path, PathBuf};

use directories::ProjectDirs;

use crate::config::ConfigError;

/// Why the data folder cannot be found.
#[derive(Debug, thiserror::Error)]
pub enum PathsError {
    NoHome,
    Config(#[from] ConfigError),
}

impl std::fmt::Display for PathsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PathsError::NoHome => f.write_str(&crate::tr!("cli-paths-no-home")),
            PathsError::Config(error) => error.fmt(f),
        }
    }
}

/// Environment variable naming extra workbook folders, separated like `PATH`.
pub const WORKBOOK_PATH: &str = "WORKBOOK_PATH";

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("org", "Strong Cities Network", "workbook")
}

/// The data directory: `--data-dir` / `WORKBOOK_DATA_DIR` (already merged by clap), then
/// `data_dir` in the config file, else the platform's local data directory (local, not roaming, on Windows: profiles are sensitive).
pub fn data_dir(flag: Option<&Path>) -> Result<PathBuf, PathsError> {
    if let Some(dir) = flag {
        return Ok(dir.to_path_buf());
    }
    if let Some(dir) = crate::config::Config::load()?.data_dir {
        return Ok(dir);
    }
    project_dirs()
        .map(|d| d.data_local_dir().to_path_buf())
        .ok_or(PathsError::NoHome)
}

/// The user's config directory (holds `workbooks/` and, later, settings), if there is a home.
pub fn config_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().to_path_buf())
}

/// Workbook folders in increasing precedence: the config folder's `workbooks/`, then each entry
/// of `WORKBOOK_PATH`, then each `--workbooks DIR` in the order given.
pub fn workbook_dirs(flags: &[PathBuf]) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(config) = config_dir() {
        dirs.push(config.join("workbooks"));
    }
    if let Some(path) = env::var_os(WORKBOOK_PATH) {
        dirs.extend(env::split_paths(&path).filter(|p| !p.as_os_str().is_empty()));
    }
    dirs.extend(flags.iter().cloned());
    dirs
}

/// A path the user typed (in the guided interface or plain mode) as a path: `~` and `~/...` from the home folder, a relative path from `working`.
pub fn typed_path(typed: &str, working: &Path, home: Option<&Path>) -> PathBuf {
    let typed = typed.trim();
    let expanded = match (typed.strip_prefix('~'), home) {
        (Some(""), Some(home)) => home.to_path_buf(),
        (Some(rest), Some(home)) if rest.starts_with('/') => home.join(&rest[1..]),
        _ => PathBuf::from(typed),
    };
    if expanded.is_absolute() {
        expanded
    } else {
        working.join(expanded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_made_absolute_from_the_working_or_home_folder() {
        let working = Path::new("/srv/city");
        let home = Some(Path::new("/home/ana"));
        assert_eq!(
            typed_path("a.csv", working, home),
            Path::new("/srv/city/a.csv")
        );
        assert_eq!(
            typed_path("~/a.csv", working, home),
            Path::new("/home/ana/a.csv")
        );
        assert_eq!(typed_path("~", working, home), Path::new("/home/ana"));
        assert_eq!(
            typed_path("/tmp/a.csv", working, home),
            Path::new("/tmp/a.csv")
        );
        assert_eq!(
            typed_path(" a.csv ", working, home),
            Path::new("/srv/city/a.csv")
        );
    }
}
