//! `workbook team` (sharing the data folder through git), `workbook merge-profile` (git's merge
//! driver for city files) and `workbook city log`.

use serde::Serialize;

use crate::cli::{GlobalArgs, MergeProfileArgs, TeamCommand};
use crate::commands::exit::{CORRUPT, FAILURE, Failure, SUCCESS};
use crate::paths::data_dir;
use crate::profile::merge::{NoteTexts, merge_three};
use crate::profile::store::write_profile_file;
use crate::team::{self, Change, TeamError, history};
use crate::text::sanitize_line;
use crate::tr;

impl From<TeamError> for Failure {
    fn from(error: TeamError) -> Failure {
        match error {
            TeamError::Store(e) => e.into(),
            other => Failure::failed(other.to_string()),
        }
    }
}

fn exe() -> std::path::PathBuf {
    std::env::current_exe().unwrap_or_else(|_| "workbook".into())
}

pub fn run(global: &GlobalArgs, command: TeamCommand) -> Result<u8, Failure> {
    let dir = data_dir(global.data_dir.as_deref())?;
    match command {
        TeamCommand::Init { remote } => {
            let done = team::init(&dir, remote.as_deref(), &exe())?;
            let folder = done.dir.display().to_string();
            println!(
                "{}",
                if done.adopted {
                    tr!("team-init-adopted", dir = folder)
                } else {
                    tr!("team-init-created", dir = folder)
                }
            );
            if done.committed {
                println!("{}", tr!("team-init-committed"));
            }
            match &done.remote {
                Some(url) => println!("{}", tr!("team-init-remote", url = sanitize_line(url))),
                None => println!("{}", tr!("team-init-no-remote")),
            }
            Ok(SUCCESS)
        }
        TeamCommand::Status { json } => status(&dir, json),
        TeamCommand::Sync { message } => sync(&dir, message.as_deref()),
    }
}

#[derive(Serialize)]
struct StatusJson {
    folder: String,
    remote: Option<String>,
    ahead: usize,
    behind: usize,
    tracking: bool,
    changes: Vec<ChangeJson>,
}

#[derive(Serialize)]
struct ChangeJson {
    city: String,
    file: String,
    change: &'static str,
    answers: Vec<String>,
}

fn status(dir: &std::path::Path, json: bool) -> Result<u8, Failure> {
    let status = team::status(dir)?;
    if json {
        let out = StatusJson {
            folder: status.dir.display().to_string(),
            remote: status.remote.clone(),
            ahead: status.ahead,
            behind: status.behind,
            tracking: status.upstream,
            changes: status
                .changes
                .iter()
                .map(|c| ChangeJson {
                    city: c.city.clone(),
                    file: c.file.display().to_string(),
                    change: match c.change {
                        Change::New => "new",
                        Change::Deleted => "deleted",
                        Change::Answers(_) => "answers",
                        Change::Details => "details",
                    },
                    answers: match &c.change {
                        Change::Answers(a) => a.clone(),
                        _ => Vec::new(),
                    },
                })
                .collect(),
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&out).map_err(|e| Failure::failed(e.to_string()))?
        );
        return Ok(SUCCESS);
    }
    println!(
        "{}",
        tr!("team-status-folder", dir = status.dir.display().to_string())
    );
    match &status.remote {
        Some(url) => println!("{}", tr!("team-status-remote", url = sanitize_line(url))),
        None => println!("{}", tr!("team-init-no-remote")),
    }
    if status.changes.is_empty() {
        println!("{}", tr!("team-status-clean"));
    } else {
        println!(
            "{}",
            tr!("team-status-changes", count = status.changes.len())
        );
        for change in &status.changes {
            println!("  {}", describe(change));
        }
    }
    if status.upstream {
        println!(
            "{}",
            tr!(
                "team-status-ahead-behind",
                ahead = status.ahead,
                behind = status.behind
            )
        );
    } else if status.remote.is_some() {
        println!("{}", tr!("team-status-never-synced"));
    }
    Ok(SUCCESS)
}

fn describe(change: &team::CityChange) -> String {
    let city = sanitize_line(&change.city);
    match &change.change {
        Change::New => tr!("team-change-new", city = city),
        Change::Deleted => tr!("team-change-deleted", city = city),
        Change::Details => tr!("team-change-details", city = city),
        Change::Answers(answers) => tr!(
            "team-change-answers",
            city = city,
            count = answers.len(),
            answers = answers.join(", ")
        ),
    }
}

fn sync(dir: &std::path::Path, message: Option<&str>) -> Result<u8, Failure> {
    let synced = team::sync(dir, message, &exe())?;
    match &synced.committed {
        Some(text) => println!(
            "{}",
            tr!(
                "team-sync-committed",
                message = sanitize_line(text.lines().next().unwrap_or_default())
            )
        ),
        None => println!("{}", tr!("team-sync-nothing-to-commit")),
    }
    if synced.pulled {
        println!("{}", tr!("team-sync-pulled"));
    }
    for conflict in &synced.conflicts {
        println!(
            "  {}",
            tr!("team-sync-conflict", answer = sanitize_line(conflict))
        );
    }
    if !synced.conflicts.is_empty() {
        println!("{}", tr!("team-sync-resolve"));
    }
    if let Some(why) = &synced.offline {
        eprintln!("{}", tr!("team-sync-offline", detail = sanitize_line(why)));
    } else if synced.pushed {
        println!("{}", tr!("team-sync-pushed"));
    }
    Ok(SUCCESS)
}

/// `merge-profile BASE OURS THEIRS [PATH]`: writes the merge into OURS, or leaves it and fails
/// so that git reports a conflict and nothing is overwritten.
pub fn merge_profile(args: &MergeProfileArgs) -> Result<u8, Failure> {
    let name = args
        .path
        .clone()
        .unwrap_or_else(|| args.ours.display().to_string());
    let unreadable = |side: &str, e: crate::profile::StoreError| {
        Failure::new(
            CORRUPT,
            tr!(
                "team-merge-unreadable",
                side = side,
                file = name.as_str(),
                detail = e.to_string()
            ),
        )
    };
    let ours = team::read_side(&args.ours).map_err(|e| unreadable("ours", e))?;
    let theirs = team::read_side(&args.theirs).map_err(|e| unreadable("theirs", e))?;
    let base = team::read_side(&args.base).map_err(|e| unreadable("base", e))?;
    let (ours, theirs) = match (ours, theirs) {
        (Some(o), Some(t)) => (o, t),
        // One side deleted the city and the other changed it: a person decides.
        _ => {
            return Err(Failure::new(
                FAILURE,
                tr!("team-merge-deleted", file = name.as_str()),
            ));
        }
    };
    // Added on both sides: no common version, so every difference is a disagreement.
    let base = base.unwrap_or_else(|| crate::profile::Profile::new(ours.city.clone()));
    let texts = NoteTexts {
        other_copy: tr!("team-note-other-copy"),
        cleared_elsewhere: tr!("team-note-cleared"),
    };
    let (merged, summary) = merge_three(&base, &ours, &theirs, &texts);
    write_profile_file(&args.ours, &merged).map_err(|e| Failure::failed(e.to_string()))?;
    if !summary.conflicts.is_empty() {
        let answers: Vec<String> = summary
            .conflicts
            .iter()
            .map(|(w, q)| format!("{w}.{q}"))
            .collect();
        eprintln!(
            "{}",
            tr!(
                "team-merge-conflicts",
                city = sanitize_line(&merged.city.name),
                count = answers.len(),
                answers = answers.join(", ")
            )
        );
    }
    if !summary.details_kept.is_empty() {
        eprintln!(
            "{}",
            tr!(
                "team-merge-details",
                city = sanitize_line(&merged.city.name),
                fields = summary.details_kept.join(", ")
            )
        );
    }
    Ok(SUCCESS)
}

/// `city log CITY [WORKBOOK.QUESTION]`.
pub fn log(
    global: &GlobalArgs,
    name: &str,
    answer: Option<&str>,
    json: bool,
) -> Result<u8, Failure> {
    let dir = data_dir(global.data_dir.as_deref())?;
    let store = crate::profile::Store::open(&dir)?;
    let (file, _) = store.find(name)?;
    let repo = team::shared(&dir)?;
    let file = file.canonicalize().unwrap_or(file);
    let top = repo.dir.canonicalize().unwrap_or_else(|_| repo.dir.clone());
    let relative = file
        .strip_prefix(&top)
        .unwrap_or(&file)
        .display()
        .to_string();
    let entries = history::log(&repo, &relative, answer).map_err(TeamError::from)?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&entries).map_err(|e| Failure::failed(e.to_string()))?
        );
        return Ok(SUCCESS);
    }
    if entries.is_empty() {
        println!("{}", tr!("team-log-empty"));
    }
    for entry in &entries {
        let date = entry
            .date
            .get(..16)
            .unwrap_or(&entry.date)
            .replace('T', " ");
        println!(
            "{}  {}  {}",
            date,
            sanitize_line(&entry.author),
            sanitize_line(&entry.message)
        );
        if entry.created {
            println!(
                "    {}",
                tr!("team-log-created", count = entry.answers.len())
            );
        } else {
            for answer in &entry.answers {
                println!("    {answer}");
            }
        }
    }
    Ok(SUCCESS)
}
