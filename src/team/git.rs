//! Running the `git` program on the machine: the repository work of `team` is git's own, so
//! that a team's history can be read, repaired and hosted with the tools IT teams know.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::tr;

/// What can go wrong running git, in words for the user.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("{}", tr!("team-no-git"))]
    Missing,
    #[error("{}", tr!("team-git-failed", command = .command.as_str(), detail = .detail.as_str()))]
    Failed { command: String, detail: String },
}

/// A git repository's work tree.
#[derive(Debug, Clone)]
pub struct Repo {
    pub dir: PathBuf,
}

impl Repo {
    pub fn at(dir: &Path) -> Repo {
        Repo {
            dir: dir.to_path_buf(),
        }
    }

    /// The repository `dir` is in, if it is in one: its top folder.
    pub fn containing(dir: &Path) -> Result<Option<Repo>, GitError> {
        let output = run_in(dir, &["rev-parse", "--show-toplevel"])?;
        if !output.status.success() {
            return Ok(None);
        }
        let top = String::from_utf8_lossy(&output.stdout).trim().to_string();
        Ok(Some(Repo::at(Path::new(&top))))
    }

    /// Runs git; its output when it succeeds, else what it said.
    pub fn git(&self, args: &[&str]) -> Result<String, GitError> {
        let output = run_in(&self.dir, args)?;
        if output.status.success() {
            Ok(String::from_utf8_lossy(&output.stdout).into_owned())
        } else {
            Err(failed(args, &output))
        }
    }

    /// Runs git, reporting whether it succeeded and what it printed (both streams), for the
    /// commands whose failure is part of the story (a pull that cannot reach the remote).
    pub fn try_git(&self, args: &[&str]) -> Result<(bool, String), GitError> {
        let output = run_in(&self.dir, args)?;
        let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
        text.push_str(&String::from_utf8_lossy(&output.stderr));
        Ok((output.status.success(), text))
    }

    /// A git setting of this repository (with the user's and system's), if set.
    pub fn config(&self, key: &str) -> Result<Option<String>, GitError> {
        let output = run_in(&self.dir, &["config", "--get", key])?;
        Ok(output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
            .filter(|v| !v.is_empty()))
    }
}

fn run_in(dir: &Path, args: &[&str]) -> Result<Output, GitError> {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        // Messages are read by the program, not the user: git's own words, in English.
        .env("LC_ALL", "C")
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => GitError::Missing,
            _ => GitError::Failed {
                command: format!("git {}", args.join(" ")),
                detail: e.to_string(),
            },
        })
}

fn failed(args: &[&str], output: &Output) -> GitError {
    let mut detail = String::from_utf8_lossy(&output.stderr).trim().to_string();
    if detail.is_empty() {
        detail = String::from_utf8_lossy(&output.stdout).trim().to_string();
    }
    GitError::Failed {
        command: format!("git {}", args.join(" ")),
        detail,
    }
}
