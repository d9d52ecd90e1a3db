//! A city data folder shared through git: set up (`team init`), state (`team status`), and
//! sync (`team sync`: commit, pull merging city files answer by answer, push), and the history
//! of a city's answers (`city log`). git moves the files; `merge-profile` makes them merge.

pub mod git;
pub mod history;

use std::fs;
use std::path::{Path, PathBuf};

use crate::profile::model::Profile;
use crate::profile::store::{Store, StoreError, Wait};
use crate::tr;
use git::{GitError, Repo};

/// The name of the merge driver in `.gitattributes` and the git config.
pub const DRIVER: &str = "workbook-profile";

/// What the `team` commands can fail with.
#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    #[error(transparent)]
    Git(#[from] GitError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{}", tr!("team-not-a-repository", dir = .0.display().to_string()))]
    NotShared(PathBuf),
    #[error("{}", tr!("team-no-identity"))]
    NoIdentity,
    #[error("{}", tr!("team-cannot-write", path = .path.display().to_string(), detail = .detail.as_str()))]
    Write { path: PathBuf, detail: String },
    #[error("{}", tr!("team-pull-conflict", files = .0.as_str()))]
    Conflict(String),
}

const ATTRIBUTES: &str = "# City profiles merge answer by answer (workbook merge-profile), never line by line.\ncities/*.toml merge=workbook-profile\n";

const IGNORE: &str = "# Written by workbook on each machine, never shared.\ncities/*.lock\ncities/*.bak.*\ncities/.*.tmp\ncities/*.corrupt-*\n";

/// What `team init` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Initialised {
    pub dir: PathBuf,
    /// The folder was already in a repository, which is now set up.
    pub adopted: bool,
    pub committed: bool,
    pub remote: Option<String>,
}

/// Makes `data_dir` a repository (or sets up the one it is in) for sharing cities.
pub fn init(data_dir: &Path, remote: Option<&str>, exe: &Path) -> Result<Initialised, TeamError> {
    fs::create_dir_all(data_dir.join("cities")).map_err(|e| TeamError::Write {
        path: data_dir.to_path_buf(),
        detail: e.to_string(),
    })?;
    let (repo, adopted) = match Repo::containing(data_dir)? {
        Some(repo) => (repo, true),
        None => {
            Repo::at(data_dir).git(&["init", "--quiet"])?;
            (Repo::at(data_dir), false)
        }
    };
    write_if_missing(&repo.dir.join(".gitattributes"), ATTRIBUTES)?;
    write_if_missing(&repo.dir.join(".gitignore"), IGNORE)?;
    register_driver(&repo, exe)?;
    if let Some(url) = remote {
        let remotes = repo.git(&["remote"])?;
        if remotes.lines().any(|r| r == "origin") {
            repo.git(&["remote", "set-url", "origin", url])?;
        } else {
            repo.git(&["remote", "add", "origin", url])?;
        }
    }
    identity(&repo)?;
    start_from_remote(&repo)?;
    repo.git(&["add", "-A"])?;
    let committed = has_staged(&repo)?;
    if committed {
        repo.git(&["commit", "--quiet", "-m", &tr!("team-first-commit")])?;
    }
    let remote = repo.config("remote.origin.url")?;
    Ok(Initialised {
        dir: repo.dir,
        adopted,
        committed,
        remote,
    })
}

/// A folder with no commits of its own joins the shared history instead of starting a second
/// one (which git would refuse to merge): it takes the remote's branch, whatever the remote's
/// default branch is called. Files already in the folder stay as they are.
fn start_from_remote(repo: &Repo) -> Result<(), TeamError> {
    let (has_commits, _) = repo.try_git(&["rev-parse", "--verify", "--quiet", "HEAD"])?;
    if has_commits || repo.config("remote.origin.url")?.is_none() {
        return Ok(());
    }
    let (fetched, _) = repo.try_git(&["fetch", "--quiet", "origin"])?;
    if !fetched {
        return Ok(());
    }
    let branches = repo.git(&[
        "for-each-ref",
        "--format=%(refname:short)",
        "refs/remotes/origin",
    ])?;
    let branches: Vec<&str> = branches
        .lines()
        .filter(|b| *b != "origin/HEAD" && *b != "origin")
        .collect();
    let Some(branch) = ["origin/main", "origin/master"]
        .into_iter()
        .find(|b| branches.contains(b))
        .or(branches.first().copied())
    else {
        return Ok(());
    };
    let local = branch.trim_start_matches("origin/");
    // `reset --mixed` points the new branch at the shared history and keeps the folder's files.
    repo.git(&["symbolic-ref", "HEAD", &format!("refs/heads/{local}")])?;
    repo.git(&["reset", "--quiet", "--mixed", branch])?;
    // The shared files the folder lacks are written; none of its own is overwritten.
    repo.git(&["checkout-index", "--all"])?;
    repo.git(&["branch", "--quiet", "--set-upstream-to", branch])?;
    Ok(())
}

fn write_if_missing(path: &Path, text: &str) -> Result<(), TeamError> {
    let existing = fs::read_to_string(path).unwrap_or_default();
    let missing: Vec<&str> = text
        .lines()
        .filter(|line| !line.starts_with('#') && !existing.lines().any(|l| l.trim() == *line))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut out = existing.clone();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    if existing.is_empty() {
        out.push_str(text);
    } else {
        for line in missing {
            out.push_str(line);
            out.push('\n');
        }
    }
    fs::write(path, out).map_err(|e| TeamError::Write {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })
}

/// Tells this clone's git to merge city files with this program. It is repository
/// configuration, which git never shares, so every machine sets it (`team init`, and every
/// `team sync` to be sure).
pub fn register_driver(repo: &Repo, exe: &Path) -> Result<(), TeamError> {
    let command = format!(
        "{} merge-profile %O %A %B %P",
        shell_quote(&exe.display().to_string())
    );
    if repo.config(&format!("merge.{DRIVER}.driver"))?.as_deref() != Some(command.as_str()) {
        repo.git(&[
            "config",
            &format!("merge.{DRIVER}.name"),
            "workbook city profiles",
        ])?;
        repo.git(&["config", &format!("merge.{DRIVER}.driver"), &command])?;
    }
    Ok(())
}

fn shell_quote(text: &str) -> String {
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c))
    {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// Commits need a name and an e-mail, which git takes from its own configuration.
fn identity(repo: &Repo) -> Result<(), TeamError> {
    if repo.config("user.name")?.is_none() || repo.config("user.email")?.is_none() {
        return Err(TeamError::NoIdentity);
    }
    Ok(())
}

fn has_staged(repo: &Repo) -> Result<bool, TeamError> {
    let (same, _) = repo.try_git(&["diff", "--cached", "--quiet"])?;
    Ok(!same)
}

/// The repository holding `data_dir`, set up for sharing.
pub fn shared(data_dir: &Path) -> Result<Repo, TeamError> {
    Repo::containing(data_dir)?
        .filter(|repo| repo.dir.join(".gitattributes").exists())
        .ok_or_else(|| TeamError::NotShared(data_dir.to_path_buf()))
}

/// A city changed since the last commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CityChange {
    pub city: String,
    pub file: PathBuf,
    pub change: Change,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    New,
    Deleted,
    /// Answers changed, as `workbook.question`.
    Answers(Vec<String>),
    /// The city's details or positions only.
    Details,
}

/// Where the repository stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamStatus {
    pub dir: PathBuf,
    pub remote: Option<String>,
    pub changes: Vec<CityChange>,
    /// Commits here the remote lacks, and commits there not here, as of the last sync.
    pub ahead: usize,
    pub behind: usize,
    pub upstream: bool,
}

pub fn status(data_dir: &Path) -> Result<TeamStatus, TeamError> {
    let repo = shared(data_dir)?;
    let changes = changes(&repo)?;
    let remote = repo.config("remote.origin.url")?;
    let (upstream, counts) =
        repo.try_git(&["rev-list", "--left-right", "--count", "HEAD...@{upstream}"])?;
    let mut numbers = counts.split_whitespace().map(|n| n.parse().unwrap_or(0));
    let (ahead, behind) = if upstream {
        (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0))
    } else {
        (0, 0)
    };
    Ok(TeamStatus {
        dir: repo.dir,
        remote,
        changes,
        ahead,
        behind,
        upstream,
    })
}

/// The cities changed since the last commit, with the answers each changed.
fn changes(repo: &Repo) -> Result<Vec<CityChange>, TeamError> {
    let output = repo.git(&[
        "status",
        "--porcelain=v1",
        "-z",
        "--untracked-files=all",
        "--",
        "cities",
    ])?;
    let mut found = Vec::new();
    for entry in output.split('\0').filter(|e| e.len() > 3) {
        let (code, file) = entry.split_at(3);
        if !file.ends_with(".toml") {
            continue;
        }
        let path = repo.dir.join(file);
        let before = history::committed(repo, "HEAD", file)?;
        let now = fs::read(&path).ok().and_then(|b| history::parse(&b));
        let change = match (&before, &now) {
            (None, Some(_)) => Change::New,
            (_, None) if code.contains('D') => Change::Deleted,
            (Some(before), Some(now)) => {
                let answers = history::changed_answers(before, now);
                if answers.is_empty() {
                    Change::Details
                } else {
                    Change::Answers(answers)
                }
            }
            _ => Change::Details,
        };
        let city = now
            .as_ref()
            .or(before.as_ref())
            .map(|p| p.city.name.clone())
            .unwrap_or_else(|| file.to_string());
        found.push(CityChange {
            city,
            file: PathBuf::from(file),
            change,
        });
    }
    Ok(found)
}

/// The commit message naming the cities and answers changed.
pub fn message(changes: &[CityChange]) -> String {
    let mut lines = Vec::new();
    for change in changes {
        lines.push(match &change.change {
            Change::New => tr!("team-message-new", city = change.city.as_str()),
            Change::Deleted => tr!("team-message-deleted", city = change.city.as_str()),
            Change::Details => tr!("team-message-details", city = change.city.as_str()),
            Change::Answers(answers) => {
                let shown: Vec<&str> = answers.iter().take(6).map(String::as_str).collect();
                let more = answers.len().saturating_sub(shown.len());
                tr!(
                    "team-message-answers",
                    city = change.city.as_str(),
                    count = answers.len(),
                    answers = shown.join(", "),
                    more = more
                )
            }
        });
    }
    let subject = match changes {
        [_] => lines[0].clone(),
        _ => tr!("team-message-subject", count = changes.len()),
    };
    if changes.len() == 1 {
        subject
    } else {
        format!("{subject}\n\n{}", lines.join("\n"))
    }
}

/// What `team sync` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synced {
    pub committed: Option<String>,
    /// The remote could not be reached: the commit waits for the next sync.
    pub offline: Option<String>,
    pub pulled: bool,
    pub pushed: bool,
    /// Answers a colleague and this machine both changed, as notes to resolve.
    pub conflicts: Vec<String>,
}

/// Commits this machine's changes, pulls the team's (merging cities answer by answer) and
/// pushes. Holds every city's writer lock throughout, so no one edits a city mid-merge; a city
/// open for editing here stops it before anything is done.
pub fn sync(data_dir: &Path, message: Option<&str>, exe: &Path) -> Result<Synced, TeamError> {
    let repo = shared(data_dir)?;
    register_driver(&repo, exe)?;
    identity(&repo)?;
    let store = Store::open(data_dir)?;
    let _locks = store.lock_all(Wait::NO)?;
    let changes = changes(&repo)?;
    repo.git(&["add", "-A"])?;
    let mut synced = Synced {
        committed: None,
        offline: None,
        pulled: false,
        pushed: false,
        conflicts: Vec::new(),
    };
    if has_staged(&repo)? {
        let text = message.map_or_else(|| self::message(&changes), str::to_string);
        repo.git(&["commit", "--quiet", "-m", &text])?;
        synced.committed = Some(text);
    }
    if repo.config("remote.origin.url")?.is_none() {
        return Ok(synced);
    }
    let before = repo.git(&["rev-parse", "HEAD"])?;
    let branch = repo
        .git(&["rev-parse", "--abbrev-ref", "HEAD"])?
        .trim()
        .to_string();
    let (fetched, said) = repo.try_git(&["fetch", "--quiet", "origin"])?;
    if !fetched {
        synced.offline = Some(said.trim().to_string());
        return Ok(synced);
    }
    let remote_branch = format!("origin/{branch}");
    let (exists, _) = repo.try_git(&["rev-parse", "--verify", "--quiet", &remote_branch])?;
    if exists {
        let (merged, said) = repo.try_git(&["merge", "--no-edit", "--quiet", &remote_branch])?;
        if !merged {
            let unmerged = repo.git(&["diff", "--name-only", "--diff-filter=U"])?;
            let _ = repo.try_git(&["merge", "--abort"]);
            let files = if unmerged.trim().is_empty() {
                said
            } else {
                unmerged
            };
            return Err(TeamError::Conflict(files.trim().to_string()));
        }
        let after = repo.git(&["rev-parse", "HEAD"])?;
        synced.pulled = after != before;
        if synced.pulled {
            synced.conflicts = history::new_conflict_notes(&repo, before.trim(), after.trim())?;
        }
    }
    let (pushed, said) = repo.try_git(&["push", "--quiet", "-u", "origin", &branch])?;
    if pushed {
        synced.pushed = true;
    } else {
        synced.offline = Some(said.trim().to_string());
    }
    Ok(synced)
}

/// A profile as the merge driver reads one side: a missing or empty file (a city both sides
/// added has no common version) is `None`.
pub fn read_side(path: &Path) -> Result<Option<Profile>, StoreError> {
    match fs::metadata(path) {
        Ok(meta) if meta.len() == 0 => Ok(None),
        Err(_) => Ok(None),
        Ok(_) => crate::profile::store::read_profile_file(path).map(Some),
    }
}
