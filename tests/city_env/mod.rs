//! Shared setup for the CLI tests: a private data folder and the test workbooks.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub struct Env {
    pub data: tempfile::TempDir,
    pub home: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            data: tempfile::tempdir().unwrap(),
            home: tempfile::tempdir().unwrap(),
        }
    }

    /// `workbook` with this data folder and the test workbooks of `version` ("v1" or "v2").
    pub fn cmd(&self, version: &str) -> Command {
        Command::from_std(self.std_cmd(version))
    }

    /// The same as [`Env::cmd`], as a plain `std::process::Command` (to spawn and kill).
    pub fn std_cmd(&self, version: &str) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("workbook"));
        cmd.env("WORKBOOK_DATA_DIR", self.data.path())
            .env_remove("WORKBOOK_PATH")
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path())
            // New cities take their number format from the locale: tests fix it.
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LC_NUMERIC")
            .arg("--workbooks")
            .arg(fixtures().join(version));
        cmd
    }

    pub fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cmd("v1").args(args).assert()
    }

    pub fn cities(&self) -> PathBuf {
        self.data.path().join("cities")
    }

    pub fn store(&self) -> workbook::profile::Store {
        workbook::profile::Store::open(self.data.path()).unwrap()
    }
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store")
}

pub fn stdout(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).unwrap()
}

pub fn json(assert: &assert_cmd::assert::Assert) -> serde_json::Value {
    serde_json::from_slice(&assert.get_output().stdout).unwrap()
}
