//! Carrying answers across workbook versions: the `[[migrations]]` a workbook declares are
//! applied to answers given under an older version, and answers to questions a workbook no
//! longer has are reported (never dropped).

use serde::Serialize;

use super::edit::{Given, record};
use super::model::{Answer, Profile};
use crate::answer::{OTHER, Reading, Response, Value, read};
use crate::workbook::{Catalog, Migration, MigrationAction, Workbook};

/// One answer a migration changed (or, in a dry run, would change).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub workbook: String,
    pub question: String,
    pub description: String,
}

/// An answer no loaded workbook asks for. It stays in the profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Orphan {
    pub workbook: String,
    pub question: String,
    pub reason: String,
}

/// Applies every loaded workbook's migrations to `profile` and returns what changed.
/// Applying twice changes nothing the second time: a migrated answer is stamped with the
/// migration's version.
pub fn migrate(profile: &mut Profile, catalog: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    for workbook in catalog.iter() {
        changes.extend(migrate_workbook(profile, workbook));
    }
    changes
}

/// What [`migrate`] would change, without changing anything.
pub fn dry_run(profile: &Profile, catalog: &Catalog) -> Vec<Change> {
    migrate(&mut profile.clone(), catalog)
}

pub fn migrate_workbook(profile: &mut Profile, workbook: &Workbook) -> Vec<Change> {
    let mut migrations: Vec<&Migration> = workbook.migrations.iter().collect();
    migrations.sort_by_key(|m| m.version);
    let mut changes = Vec::new();
    for migration in migrations {
        if let Some(description) = apply(profile, workbook, migration) {
            changes.push(description);
        }
    }
    changes
}

fn apply(profile: &mut Profile, workbook: &Workbook, m: &Migration) -> Option<Change> {
    let text = |s: &Option<toml::Spanned<String>>| s.as_ref().map(|s| s.get_ref().clone());
    let (question, from, to) = (text(&m.question), text(&m.from)?, text(&m.to));
    let wb = workbook.id();
    let change = |question: &str, description: String| Change {
        workbook: wb.to_string(),
        question: question.to_string(),
        description,
    };
    match *m.action.get_ref() {
        MigrationAction::RenameQuestion => {
            let to = to?;
            let answers = profile.answers.get(wb)?;
            if answers
                .get(&from)
                .is_none_or(|a| a.workbook_version >= m.version)
            {
                return None;
            }
            if answers.contains_key(&to) {
                return Some(change(
                    &from,
                    format!(
                        "not renamed to `{to}`: that question is already answered; the old answer is kept as it is"
                    ),
                ));
            }
            let answer = profile.remove(wb, &from)?;
            move_answer(profile, workbook, &to, answer, m.version);
            if let Some(draft) = profile.drafts.get_mut(wb).and_then(|d| d.remove(&from)) {
                super::edit::keep_draft(profile, wb, &to, draft);
            }
            Some(change(&to, format!("question `{from}` renamed to `{to}`")))
        }
        MigrationAction::RenameChoice | MigrationAction::RetireChoice => {
            let question = question?;
            let answer = profile.answer(wb, &question)?;
            if answer.workbook_version >= m.version {
                return None;
            }
            let mut answer = answer.clone();
            let description = if *m.action.get_ref() == MigrationAction::RenameChoice {
                let to = to?;
                if !rename_choice(&mut answer, &from, &to) {
                    return None;
                }
                format!("choice `{from}` renamed to `{to}`")
            } else {
                if !retire_choice(&mut answer, &from) {
                    return None;
                }
                format!("choice `{from}` was retired; kept as \"other\" text")
            };
            move_answer(profile, workbook, &question, answer, m.version);
            Some(change(&question, description))
        }
    }
}

/// Puts a migrated answer in place through the one recording path, keeping its change time: a
/// migration moves what the user said, it does not say anything new. It is stamped with the
/// migration's version so that the migration never applies twice.
fn move_answer(
    profile: &mut Profile,
    workbook: &Workbook,
    question: &str,
    answer: Answer,
    version: u32,
) {
    let changed = answer.changed;
    match workbook.questions().find(|q| q.id() == question) {
        Some(q) => {
            let response = Response::new(answer.value, answer.other);
            // `Given::Stored` keeps a value it does not understand instead of failing.
            let _ = record(profile, workbook, q, &response, Given::Stored, changed);
        }
        None => profile.put(
            workbook.id(),
            question,
            answer.value,
            answer.other,
            version,
            changed,
        ),
    }
    if let Some(stored) = profile
        .answers
        .get_mut(workbook.id())
        .and_then(|a| a.get_mut(question))
    {
        stored.workbook_version = stored.workbook_version.max(version);
    }
}

fn rename_choice(answer: &mut Answer, from: &str, to: &str) -> bool {
    match &mut answer.value {
        Value::Text(t) if t == from => {
            *t = to.to_string();
            true
        }
        Value::List(items) if items.iter().any(|i| i == from) => {
            let mut renamed: Vec<String> = Vec::with_capacity(items.len());
            for item in items.drain(..) {
                let item = if item == from { to.to_string() } else { item };
                if !renamed.contains(&item) {
                    renamed.push(item);
                }
            }
            *items = renamed;
            true
        }
        _ => false,
    }
}

fn retire_choice(answer: &mut Answer, from: &str) -> bool {
    let changed = match &mut answer.value {
        Value::Text(t) if t == from => {
            *t = OTHER.to_string();
            true
        }
        Value::List(items) if items.iter().any(|i| i == from) => {
            items.retain(|i| i != from);
            if !items.iter().any(|i| i == OTHER) {
                items.push(OTHER.to_string());
            }
            true
        }
        _ => false,
    };
    if changed {
        answer.other = Some(match answer.other.take().filter(|o| !o.trim().is_empty()) {
            Some(existing) => format!("{existing}; {from}"),
            None => from.to_string(),
        });
    }
    changed
}

/// Stores every answer that is understood but not in canonical form (a choice's label, `"Yes"`,
/// `" 4 "`) in canonical form, keeping its change time, and returns what changed. Only
/// `workbook migrate` does this, when the user asks: opening or walking a city never rewrites
/// an answer.
pub fn normalise(profile: &mut Profile, catalog: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    for workbook in catalog.iter() {
        for question in workbook.questions() {
            let Some(answer) = profile.answer(workbook.id(), question.id()) else {
                continue;
            };
            let format = profile.city.number_format;
            let reading = read(question, &answer.value, answer.other.as_deref(), format);
            let Reading::Normalised(value) = reading else {
                continue;
            };
            let description = format!(
                "stored `{}` as `{}`",
                crate::answer::summary(question, &answer.value, None, format),
                crate::answer::summary(question, &value, answer.other.as_deref(), format)
            );
            let (other, changed) = (answer.other.clone(), answer.changed);
            let response = Response::new(value, other);
            if record(
                profile,
                workbook,
                question,
                &response,
                Given::Stored,
                changed,
            )
            .is_ok()
            {
                changes.push(Change {
                    workbook: workbook.id().to_string(),
                    question: question.id().to_string(),
                    description,
                });
            }
        }
    }
    changes
}

/// Answers kept as they are because this program does not understand them for their
/// question, each with the reason.
pub fn unclear(profile: &Profile, catalog: &Catalog) -> Vec<Orphan> {
    let mut found = Vec::new();
    for workbook in catalog.iter() {
        for question in workbook.questions() {
            let Some(answer) = profile.answer(workbook.id(), question.id()) else {
                continue;
            };
            let format = profile.city.number_format;
            if let Reading::Unclear(reason) =
                read(question, &answer.value, answer.other.as_deref(), format)
            {
                found.push(Orphan {
                    workbook: workbook.id().to_string(),
                    question: question.id().to_string(),
                    reason,
                });
            }
        }
    }
    found
}

/// Answers that no loaded workbook asks for: a workbook that is not loaded, or a question the
/// workbook no longer has.
pub fn orphans(profile: &Profile, catalog: &Catalog) -> Vec<Orphan> {
    let mut found = Vec::new();
    for (workbook_id, answers) in &profile.answers {
        let workbook = catalog.get(workbook_id);
        for question in answers.keys() {
            let reason = match workbook {
                None => format!("no workbook `{workbook_id}` is loaded"),
                Some(w) if !w.questions().any(|q| q.id() == question) => format!(
                    "workbook `{workbook_id}` (version {}) has no question `{question}`",
                    w.version
                ),
                Some(_) => continue,
            };
            found.push(Orphan {
                workbook: workbook_id.clone(),
                question: question.clone(),
                reason,
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::model::{City, Role};
    use crate::workbook::load::parse_workbook;
    use jiff::Timestamp;

    const V2: &str = r#"
id = "t"
title = "T"
area = "mapping"
version = 2
summary = "s"

[[migrations]]
version = 2
action = "rename_question"
from = "threats"
to = "threats_seen"

[[migrations]]
version = 2
action = "rename_choice"
question = "trend"
from = "same"
to = "flat"

[[migrations]]
version = 2
action = "retire_choice"
question = "trend"
from = "mixed"

[[migrations]]
version = 2
action = "retire_choice"
question = "kinds"
from = "old"

[[sections]]
id = "s"
title = "S"

[[sections.questions]]
id = "threats_seen"
kind = "list"
prompt = "Threats"

[[sections.questions]]
id = "trend"
kind = "single_choice"
prompt = "Trend"
other = true
choices = [{ value = "flat", label = "Flat" }, { value = "up", label = "Up" }]

[[sections.questions]]
id = "kinds"
kind = "multi_choice"
prompt = "Kinds"
other = true
choices = [{ value = "a", label = "A" }]
"#;

    fn answer(value: Value, version: u32) -> Answer {
        Answer {
            value,
            other: None,
            workbook_version: version,
            changed: Timestamp::UNIX_EPOCH,
        }
    }

    fn profile(entries: Vec<(&str, Value, u32)>) -> Profile {
        let mut p = Profile::new(City::new("X", Role::Mayor, Timestamp::UNIX_EPOCH));
        for (q, v, version) in entries {
            p.answers
                .entry("t".into())
                .or_default()
                .insert(q.into(), answer(v, version));
        }
        p
    }

    fn catalog() -> Catalog {
        Catalog {
            workbooks: vec![crate::workbook::LoadedWorkbook {
                workbook: parse_workbook("t.toml", V2).unwrap(),
                origin: crate::workbook::Origin::BuiltIn,
            }],
            problems: Vec::new(),
        }
    }

    #[test]
    fn migrations_rename_and_retire_and_run_once() {
        let catalog = catalog();
        let mut p = profile(vec![
            ("threats", Value::List(vec!["x".into()]), 1),
            ("trend", Value::Text("same".into()), 1),
            ("kinds", Value::List(vec!["old".into(), "a".into()]), 1),
            ("gone", Value::Text("kept".into()), 1),
        ]);
        let before = p.clone();
        let planned = dry_run(&p, &catalog);
        assert_eq!(p, before, "a dry run changes nothing");
        let changes = migrate(&mut p, &catalog);
        assert_eq!(planned, changes);
        assert_eq!(changes.len(), 3, "{changes:?}");
        assert_eq!(
            p.value("t", "threats_seen"),
            Some(&Value::List(vec!["x".into()]))
        );
        assert!(p.answer("t", "threats").is_none());
        assert_eq!(p.value("t", "trend"), Some(&Value::Text("flat".into())));
        let kinds = p.answer("t", "kinds").unwrap();
        assert_eq!(kinds.value, Value::List(vec!["a".into(), "other".into()]));
        assert_eq!(kinds.other.as_deref(), Some("old"));
        assert!(
            migrate(&mut p, &catalog).is_empty(),
            "second run is a no-op"
        );

        let orphans = orphans(&p, &catalog);
        assert_eq!(orphans.len(), 1);
        assert_eq!(orphans[0].question, "gone");
        assert_eq!(p.value("t", "gone"), Some(&Value::Text("kept".into())));
    }

    #[test]
    fn answers_given_under_the_new_version_are_left_alone() {
        let catalog = catalog();
        let mut p = profile(vec![
            ("trend", Value::Text("mixed".into()), 1),
            ("threats", Value::List(vec!["x".into()]), 2),
        ]);
        let changes = migrate(&mut p, &catalog);
        assert_eq!(changes.len(), 1);
        let trend = p.answer("t", "trend").unwrap();
        assert_eq!(trend.value, Value::Text("other".into()));
        assert_eq!(trend.other.as_deref(), Some("mixed"));
        assert!(p.answer("t", "threats").is_some(), "v2 answer not renamed");
    }

    #[test]
    fn a_rename_onto_an_answered_question_keeps_both() {
        let catalog = catalog();
        let mut p = profile(vec![
            ("threats", Value::List(vec!["old".into()]), 1),
            ("threats_seen", Value::List(vec!["new".into()]), 2),
        ]);
        let changes = migrate(&mut p, &catalog);
        assert!(changes[0].description.contains("not renamed"));
        assert_eq!(p.answers["t"].len(), 2);
    }
}
