//! The optional config file, `config.toml` in the user's config directory: defaults for the
//! city, the audience and the data directory, so that a user who works on one city need not
//! repeat `--city` on every command.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::tui::theme::ThemeName;

/// A config file that cannot be used; the text names the file (and line and column).
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The located diagnostic, as `validate` prints one.
    Invalid(String),
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConfigError::Read { path, .. } => {
                f.write_str(&crate::tr!("cli-config-cannot-read", path = path))
            }
            ConfigError::Invalid(text) => f.write_str(text),
        }
    }
}
use crate::workbook::diag::{Diagnostic, Severity};

/// Environment variable naming a config file to use instead of the default one.
pub const WORKBOOK_CONFIG: &str = "WORKBOOK_CONFIG";

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// City used when a command is given no `--city`.
    #[serde(default)]
    pub city: Option<String>,
    /// Audience used by plans and plain mode when none is given: mayor, official or all.
    #[serde(default)]
    pub audience: Option<AudienceSetting>,
    /// Data directory used when neither `--data-dir` nor `WORKBOOK_DATA_DIR` is set.
    #[serde(default)]
    pub data_dir: Option<PathBuf>,
    /// Colours of the guided interface when no `--theme` is given: default or projector.
    #[serde(default)]
    pub theme: Option<ThemeName>,
    /// Language of the workbooks when no `--lang` is given (en, fr, es, ar).
    #[serde(default)]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum AudienceSetting {
    Mayor,
    Official,
    All,
}

impl AudienceSetting {
    pub fn audience(self) -> crate::workbook::Audience {
        match self {
            AudienceSetting::Mayor => crate::workbook::Audience::Mayor,
            AudienceSetting::Official => crate::workbook::Audience::Official,
            AudienceSetting::All => crate::workbook::Audience::Both,
        }
    }
}

/// Where the config file is: `WORKBOOK_CONFIG`, else `config.toml` in the config directory.
pub fn config_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(WORKBOOK_CONFIG) {
        return Some(PathBuf::from(path));
    }
    crate::paths::config_dir().map(|dir| dir.join("config.toml"))
}

impl Config {
    /// Loads the config file; no file means all defaults. A broken file is an error that names
    /// the line and column, never silently ignored.
    pub fn load() -> Result<Config, ConfigError> {
        match config_path() {
            Some(path) if path.exists() => Config::from_file(&path),
            _ => Ok(Config::default()),
        }
    }

    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let display = path.display().to_string();
        let text = fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: display.clone(),
            source,
        })?;
        toml::from_str(&text).map_err(|e| {
            let mut diag = Diagnostic::new(
                Severity::Error,
                &display,
                e.message().trim().replace('\n', " "),
            );
            if let Some(span) = e.span() {
                diag = diag.at(&text, span);
            }
            let diag = diag.hint(crate::tr!("cli-config-fields"));
            ConfigError::Invalid(diag.to_string().trim_end().to_string())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_defaults_and_reports_mistakes_with_a_location() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        fs::write(&path, "city = \"Zürich\"\naudience = \"mayor\"\n").unwrap();
        let config = Config::from_file(&path).unwrap();
        assert_eq!(config.city.as_deref(), Some("Zürich"));
        assert_eq!(config.audience, Some(AudienceSetting::Mayor));

        fs::write(&path, "theme = \"projector\"\n").unwrap();
        let config = Config::from_file(&path).unwrap();
        assert_eq!(config.theme, Some(ThemeName::Projector));

        fs::write(&path, "city = \"A\"\naudiance = \"mayor\"\n").unwrap();
        let failure = Config::from_file(&path).unwrap_err().to_string();
        assert!(
            failure.contains("config.toml:2:1: error: unknown field `audiance`"),
            "{failure}"
        );
    }
}
