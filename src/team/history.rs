//! A city's versions in git's history: who changed which answers when (`city log`), and what a
//! pull brought (the answers both sides changed).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use serde::Serialize;

use super::git::{GitError, Repo};
use crate::profile::model::Profile;

/// A profile as git holds it at `rev` (`HEAD`, a commit), if the file is there and reads.
pub fn committed(repo: &Repo, rev: &str, file: &str) -> Result<Option<Profile>, GitError> {
    let (found, text) = repo.try_git(&["show", &format!("{rev}:{file}")])?;
    Ok(if found { parse(text.as_bytes()) } else { None })
}

/// A profile from bytes, if they read as one.
pub fn parse(bytes: &[u8]) -> Option<Profile> {
    crate::profile::store::parse_profile_bytes(Path::new("git"), bytes).ok()
}

/// The answers that differ between two versions of a city, as `workbook.question`.
pub fn changed_answers(before: &Profile, after: &Profile) -> Vec<String> {
    let mut changed = Vec::new();
    let mut keys: Vec<(&String, &String)> = before
        .answers()
        .iter()
        .chain(after.answers())
        .flat_map(|(w, answers)| answers.keys().map(move |q| (w, q)))
        .collect();
    keys.sort();
    keys.dedup();
    for (workbook, question) in keys {
        let (b, a) = (
            before.answer(workbook, question),
            after.answer(workbook, question),
        );
        if b.map(|x| (&x.value, &x.other)) != a.map(|x| (&x.value, &x.other)) {
            changed.push(format!("{workbook}.{question}"));
        }
    }
    changed
}

/// Answers that gained a note between two commits: the disagreements a pull brought.
pub fn new_conflict_notes(repo: &Repo, before: &str, after: &str) -> Result<Vec<String>, GitError> {
    let files = repo.git(&["diff", "--name-only", before, after, "--", "cities"])?;
    let mut found = Vec::new();
    for file in files.lines().filter(|f| f.ends_with(".toml")) {
        let (Some(old), Some(new)) = (
            committed(repo, before, file)?,
            committed(repo, after, file)?,
        ) else {
            continue;
        };
        for (workbook, answers) in new.answers() {
            for (question, answer) in answers {
                let had = old.answer(workbook, question).map_or(0, |a| a.notes.len());
                if answer.notes.len() > had {
                    found.push(format!("{}: {workbook}.{question}", new.city.name));
                }
            }
        }
    }
    Ok(found)
}

/// One commit's changes to a city's answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogEntry {
    pub commit: String,
    pub author: String,
    pub date: String,
    pub message: String,
    /// `workbook.question` of each answer the commit changed.
    pub answers: Vec<String>,
    /// The city is new in this commit.
    pub created: bool,
}

/// Who changed the answers of the city in `file`, newest first; only the commits that changed
/// `only` (`workbook.question`) when given. Every version is read through one `git cat-file`.
pub fn log(repo: &Repo, file: &str, only: Option<&str>) -> Result<Vec<LogEntry>, GitError> {
    let listing = repo.git(&[
        "log",
        "--no-merges",
        "--format=%H%x1f%P%x1f%an%x1f%aI%x1f%s",
        "--",
        file,
    ])?;
    let commits: Vec<Vec<&str>> = listing
        .lines()
        .map(|line| line.split('\u{1f}').collect::<Vec<_>>())
        .filter(|parts| parts.len() == 5)
        .collect();
    let mut wanted = Vec::new();
    for parts in &commits {
        wanted.push(format!("{}:{file}", parts[0]));
        let parent = parts[1].split(' ').next().unwrap_or_default();
        wanted.push(if parent.is_empty() {
            String::new()
        } else {
            format!("{parent}:{file}")
        });
    }
    let versions = cat_files(repo, &wanted)?;
    let mut entries = Vec::new();
    for (i, parts) in commits.iter().enumerate() {
        let after = versions[2 * i].as_deref().and_then(parse);
        let before = versions[2 * i + 1].as_deref().and_then(parse);
        let (answers, created) = match (&before, &after) {
            (Some(b), Some(a)) => (changed_answers(b, a), false),
            (None, Some(a)) => (changed_answers(&empty_like(a), a), true),
            _ => (Vec::new(), false),
        };
        if let Some(only) = only
            && !answers.iter().any(|a| a == only)
        {
            continue;
        }
        entries.push(LogEntry {
            commit: parts[0].to_string(),
            author: parts[2].to_string(),
            date: parts[3].to_string(),
            message: parts[4].to_string(),
            answers,
            created,
        });
    }
    Ok(entries)
}

fn empty_like(profile: &Profile) -> Profile {
    Profile::new(profile.city.clone())
}

/// The contents of many `rev:path` objects through one `git cat-file --batch`; an empty
/// request or a missing object gives `None`.
fn cat_files(repo: &Repo, objects: &[String]) -> Result<Vec<Option<Vec<u8>>>, GitError> {
    let spawn_failed = |e: std::io::Error| GitError::Failed {
        command: "git cat-file --batch".into(),
        detail: e.to_string(),
    };
    let mut child = Command::new("git")
        .args(["cat-file", "--batch"])
        .current_dir(&repo.dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => GitError::Missing,
            _ => spawn_failed(e),
        })?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let requests: String = objects
        .iter()
        .map(|o| {
            if o.is_empty() {
                "-\n".to_string()
            } else {
                format!("{o}\n")
            }
        })
        .collect();
    let writer = std::thread::spawn(move || stdin.write_all(requests.as_bytes()));
    let mut reader = BufReader::new(child.stdout.take().expect("stdout is piped"));
    let mut out = Vec::with_capacity(objects.len());
    for _ in objects {
        let mut header = String::new();
        reader.read_line(&mut header).map_err(spawn_failed)?;
        let fields: Vec<&str> = header.split_whitespace().collect();
        if fields.len() == 3 && fields[1] == "blob" {
            let size: usize = fields[2].parse().unwrap_or(0);
            let mut body = vec![0; size + 1];
            reader.read_exact(&mut body).map_err(spawn_failed)?;
            body.pop();
            out.push(Some(body));
        } else {
            out.push(None);
        }
    }
    let _ = writer.join();
    let _ = child.wait();
    Ok(out)
}
