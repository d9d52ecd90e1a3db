//! Helpers shared by the CLI tests: a `workbook` command isolated from the user's real
//! folders (HOME points at a temporary directory, no inherited WORKBOOK_* variables).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

pub struct Sandbox {
    pub home: TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            home: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn data_dir(&self) -> PathBuf {
        self.home.path().join("data")
    }

    /// The config folder `directories` resolves for this HOME on Linux.
    pub fn config_workbooks(&self) -> PathBuf {
        self.home
            .path()
            .join(".config")
            .join("workbook")
            .join("workbooks")
    }

    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("workbook").expect("binary builds");
        cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("HOME", self.home.path())
            .env("NO_COLOR", "1")
            // New cities take their number format from the locale: tests fix it.
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LC_NUMERIC")
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("XDG_DATA_HOME")
            // The demo's throwaway copy lives under HOME's cache unless a variable moves it.
            .env_remove("XDG_CACHE_HOME")
            .env_remove("WORKBOOK_DEMO_DIR")
            .env_remove("WORKBOOK_PATH")
            .env_remove("WORKBOOK_DATA_DIR");
        cmd
    }
}

pub fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
}
