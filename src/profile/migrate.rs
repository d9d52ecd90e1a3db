//! Carrying answers across workbook versions: the `[[migrations]]` a workbook declares are
//! applied to answers given under an older version, and answers to questions a workbook no
//! longer has are reported (never dropped).

use serde::Serialize;

use super::edit::{Given, record};
use super::model::{Answer, Note, Profile};
use crate::answer::{OTHER, Reading, Response, Value, read};
use crate::tr;
use crate::workbook::{Catalog, Kind, Migration, MigrationAction, Question, Workbook};

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
        changes.extend(migrate_workbook(profile, workbook, catalog));
    }
    changes
}

/// What [`migrate`] would change, without changing anything.
pub fn dry_run(profile: &Profile, catalog: &Catalog) -> Vec<Change> {
    migrate(&mut profile.clone(), catalog)
}

pub fn migrate_workbook(
    profile: &mut Profile,
    workbook: &Workbook,
    catalog: &Catalog,
) -> Vec<Change> {
    let mut migrations: Vec<&Migration> = workbook.migrations.iter().collect();
    migrations.sort_by_key(|m| m.version);
    let mut changes = Vec::new();
    for migration in migrations {
        if let Some(description) = apply(profile, workbook, migration, catalog) {
            changes.push(description);
        }
    }
    changes
}

fn apply(
    profile: &mut Profile,
    workbook: &Workbook,
    m: &Migration,
    catalog: &Catalog,
) -> Option<Change> {
    let text =
        |s: &Option<crate::workbook::Spanned<String>>| s.as_ref().map(|s| s.get_ref().clone());
    let wb = workbook.id();
    match *m.action.get_ref() {
        MigrationAction::MoveQuestion => {
            return move_question(profile, workbook, m, catalog);
        }
        MigrationAction::MapValues => return map_values(profile, workbook, m),
        _ => {}
    }
    let (question, from, to) = (text(&m.question), text(&m.from)?, text(&m.to));
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
                    tr!("profile-migrate-not-renamed", to = to.as_str()),
                ));
            }
            let answer = profile.remove(wb, &from)?;
            move_answer(profile, workbook, &to, answer, m.version);
            if let Some(draft) = profile.drafts.get_mut(wb).and_then(|d| d.remove(&from)) {
                super::edit::keep_draft(profile, wb, &to, draft);
            }
            Some(change(
                &to,
                tr!(
                    "profile-migrate-renamed",
                    from = from.as_str(),
                    to = to.as_str()
                ),
            ))
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
                tr!(
                    "profile-migrate-choice-renamed",
                    from = from.as_str(),
                    to = to.as_str()
                )
            } else {
                if !retire_choice(&mut answer, &from) {
                    return None;
                }
                tr!("profile-migrate-choice-retired", from = from.as_str())
            };
            move_answer(profile, workbook, &question, answer, m.version);
            Some(change(&question, description))
        }
        MigrationAction::MoveQuestion | MigrationAction::MapValues => None,
    }
}

/// `workbook.question` or, without a dot, a question of `current`.
fn split_key<'a>(key: &'a str, current: &'a str) -> (&'a str, &'a str) {
    key.split_once('.').unwrap_or((current, key))
}

/// The answer to a question that moved (to this or another workbook): recorded at its new
/// place by the one recording path, its values mapped and its shape fitted to the new
/// question; an answer already there is never lost (see [`settle`]).
fn move_question(
    profile: &mut Profile,
    workbook: &Workbook,
    m: &Migration,
    catalog: &Catalog,
) -> Option<Change> {
    let from = m.from.as_ref()?.get_ref();
    let to = m.to.as_ref()?.get_ref();
    let (from_wb, from_q) = split_key(from, workbook.id());
    let (to_wb, to_q) = split_key(to, workbook.id());
    if profile
        .answer(from_wb, from_q)
        .is_none_or(|a| a.workbook_version >= m.version)
    {
        return None;
    }
    let target = catalog.get(to_wb).and_then(|w| {
        w.questions()
            .find(|q| q.id() == to_q && !q.is_reused())
            .map(|q| (w, q))
    });
    let mut moved = profile.remove(from_wb, from_q)?;
    let before = moved.value.clone();
    moved.value = map_value(moved.value, m, target.map(|(_, q)| q));
    let note = m.note.as_deref().map(|text| {
        if before == moved.value {
            text.to_string()
        } else {
            with_earlier(text, &before, profile.city.number_format)
        }
    });
    let source = format!("{from_wb}.{from_q}");
    let description = match target {
        Some((home, question)) => {
            // Notes are read by the user: name the workbook by its title, not by its id.
            let place = catalog.get(from_wb).map_or(from_wb, |w| w.title.as_str());
            let said = tr!("profile-migrate-earlier-question", workbook = place);
            settle(profile, home, question, moved, &said, note.as_deref());
            tr!(
                "profile-migrate-moved",
                from = source.as_str(),
                to = format!("{to_wb}.{to_q}")
            )
        }
        // No loaded workbook asks it: kept at its new place as it is (an orphan, reported).
        None => {
            let answer = Answer::new(
                moved.value,
                moved.other,
                m.version,
                moved.changed,
                moved.from_round,
            );
            profile.put(to_wb, to_q, answer);
            tr!(
                "profile-migrate-moved-orphan",
                from = source.as_str(),
                to = format!("{to_wb}.{to_q}")
            )
        }
    };
    if let Some(draft) = profile
        .drafts
        .get_mut(from_wb)
        .and_then(|d| d.remove(from_q))
    {
        super::edit::keep_draft(profile, to_wb, to_q, draft);
    }
    Some(Change {
        workbook: to_wb.to_string(),
        question: to_q.to_string(),
        description,
    })
}

/// Answers of `question` change value as the migration's `values` say (a rating turned into a
/// choice), recorded by the one recording path with the migration's note for the user.
fn map_values(profile: &mut Profile, workbook: &Workbook, m: &Migration) -> Option<Change> {
    let question_id = m.question.as_ref()?.get_ref();
    let question = workbook.questions().find(|q| q.id() == question_id)?;
    let answer = profile.answer(workbook.id(), question_id)?;
    if answer.workbook_version >= m.version {
        return None;
    }
    let mut answer = answer.clone();
    let before = answer.value.clone();
    answer.value = reshape(map_value(answer.value, m, Some(question)), question.kind());
    let note = m.note.as_deref().map(|text| Note {
        text: with_earlier(text, &before, profile.city.number_format),
        value: None,
        other: None,
        changed: Some(answer.changed),
    });
    let response = Response::new(answer.value, answer.other);
    let _ = record(
        profile,
        workbook,
        question,
        &response,
        Given::Stored,
        answer.changed,
    );
    stamp(profile, workbook.id(), question_id, m.version, note);
    Some(Change {
        workbook: workbook.id().to_string(),
        question: question_id.to_string(),
        description: tr!("profile-migrate-converted"),
    })
}

/// Puts a moved answer at its new question. Where that question already has an answer that
/// says something else, the newer of the two stays the answer and the other is kept beside it
/// as a note the user sees and resolves: neither is lost.
fn settle(
    profile: &mut Profile,
    workbook: &Workbook,
    question: &Question,
    moved: Answer,
    source: &str,
    note: Option<&str>,
) {
    let (wb, qid) = (workbook.id(), question.id());
    let value = reshape(moved.value.clone(), question.kind());
    let format = profile.city.number_format;
    let meaning = |v: &Value, other: Option<&str>| {
        read(question, v, other, format)
            .value()
            .cloned()
            .unwrap_or_else(|| v.clone())
    };
    let mut notes: Vec<Note> = note
        .map(|text| Note {
            text: text.to_string(),
            value: None,
            other: None,
            changed: None,
        })
        .into_iter()
        .collect();
    let existing = profile.answer(wb, qid).cloned();
    let take_moved = match &existing {
        None => true,
        Some(e)
            if meaning(&e.value, e.other.as_deref()) == meaning(&value, moved.other.as_deref())
                && e.other == moved.other =>
        {
            false
        }
        Some(e) => {
            let moved_is_newer = moved.changed > e.changed;
            let (kept, text) = if moved_is_newer {
                (e.clone(), tr!("profile-note-kept-earlier", source = source))
            } else {
                (
                    moved.clone(),
                    tr!("profile-note-kept-moved", source = source),
                )
            };
            notes.push(Note {
                text,
                value: Some(kept.value),
                other: kept.other,
                changed: Some(kept.changed),
            });
            moved_is_newer
        }
    };
    if take_moved {
        let response = Response::new(value, moved.other.clone());
        let _ = record(
            profile,
            workbook,
            question,
            &response,
            Given::Stored,
            moved.changed,
        );
    }
    for note in notes {
        stamp(profile, wb, qid, workbook.version, Some(note));
    }
    stamp(profile, wb, qid, workbook.version, None);
}

/// A migration's note with the answer as it was before it was converted.
fn with_earlier(note: &str, before: &Value, format: crate::answer::NumberFormat) -> String {
    let earlier = crate::text::sanitize_line(&crate::answer::plain_text(before, format));
    tr!(
        "profile-note-earlier-answer",
        note = note.trim_end_matches('.'),
        earlier = earlier
    )
}

/// Stamps an answer with a workbook version (so a migration never applies twice) and adds a
/// note to it.
fn stamp(profile: &mut Profile, workbook: &str, question: &str, version: u32, note: Option<Note>) {
    if let Some(answer) = profile
        .answers
        .get_mut(workbook)
        .and_then(|a| a.get_mut(question))
    {
        answer.workbook_version = answer.workbook_version.max(version);
        answer.notes.extend(note);
    }
}

/// A value through a migration's `values` map: text and list items by their text, a number
/// and yes/no by how they are written (`"3"`, `"yes"`), and the cells of the choice columns of
/// a table (`target`'s).
fn map_value(value: Value, m: &Migration, target: Option<&Question>) -> Value {
    let Some(values) = m.values.as_ref().map(|v| v.get_ref()) else {
        return value;
    };
    let map = |key: &str| values.get(key).cloned();
    match value {
        Value::Text(t) => Value::Text(map(&t).unwrap_or(t)),
        Value::List(items) => {
            let mut mapped: Vec<String> = Vec::with_capacity(items.len());
            for item in items {
                let item = map(&item).unwrap_or(item);
                if !mapped.contains(&item) {
                    mapped.push(item);
                }
            }
            Value::List(mapped)
        }
        Value::Number(n) => map(n.as_str()).map_or(Value::Number(n), Value::Text),
        Value::Bool(b) => map(if b { "yes" } else { "no" })
            .or_else(|| map(if b { "true" } else { "false" }))
            .map_or(Value::Bool(b), Value::Text),
        Value::Other(toml::Value::Float(f)) => crate::answer::Number::from_f64(f)
            .and_then(|n| map(n.as_str()))
            .map_or(Value::Other(toml::Value::Float(f)), Value::Text),
        Value::Table(mut rows) => {
            let choice_columns: Vec<&str> = target
                .map(|q| {
                    q.columns()
                        .iter()
                        .filter(|c| c.kind == crate::workbook::ColumnKind::Choice)
                        .map(|c| c.id())
                        .collect()
                })
                .unwrap_or_default();
            for row in &mut rows {
                for (column, cell) in row.iter_mut() {
                    if choice_columns.contains(&column.as_str())
                        && let Some(mapped) = map(cell)
                    {
                        *cell = mapped;
                    }
                }
            }
            Value::Table(rows)
        }
        other => other,
    }
}

/// A value in the shape a question of `kind` stores: one text becomes a one-item list for a
/// multiple choice or list, a one-item list becomes its item for a single answer.
fn reshape(value: Value, kind: Kind) -> Value {
    match (value, kind) {
        (Value::Text(t), Kind::MultiChoice | Kind::List) if !t.trim().is_empty() => {
            Value::List(vec![t])
        }
        (Value::List(mut items), Kind::SingleChoice | Kind::ShortText | Kind::LongText)
            if items.len() == 1 =>
        {
            Value::Text(items.remove(0))
        }
        (value, _) => value,
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
    let mark = answer.from_round.clone();
    match workbook.questions().find(|q| q.id() == question) {
        Some(q) => {
            let response = Response::new(answer.value, answer.other);
            // `Given::Stored` keeps a value it does not understand instead of failing.
            let _ = record(profile, workbook, q, &response, Given::Stored, changed);
        }
        None => profile.put(
            workbook.id(),
            question,
            Answer::new(answer.value, answer.other, version, changed, mark.clone()),
        ),
    }
    if let Some(stored) = profile
        .answers
        .get_mut(workbook.id())
        .and_then(|a| a.get_mut(question))
    {
        stored.workbook_version = stored.workbook_version.max(version);
        // Moving an answer does not confirm it for this round.
        stored.from_round = mark;
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
            let description = tr!(
                "profile-migrate-normalised",
                before = crate::answer::summary(question, &answer.value, None, format),
                after = crate::answer::summary(question, &value, answer.other.as_deref(), format)
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

/// Answers with notes the user has not resolved (another answer kept beside them, or a
/// conversion to check), each with what the notes say.
pub fn noted(profile: &Profile) -> Vec<Orphan> {
    let mut found = Vec::new();
    for (workbook, answers) in profile.answers() {
        for (question, answer) in answers {
            if answer.notes.is_empty() {
                continue;
            }
            let texts: Vec<&str> = answer.notes.iter().map(|n| n.text.as_str()).collect();
            found.push(Orphan {
                workbook: workbook.clone(),
                question: question.clone(),
                reason: texts.join("; "),
            });
        }
    }
    found
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
                None => tr!("profile-orphan-no-workbook", workbook = workbook_id),
                Some(w) if !w.questions().any(|q| q.id() == question) => tr!(
                    "profile-orphan-no-question",
                    workbook = workbook_id,
                    version = w.version.to_string(),
                    question = question
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
            notes: Vec::new(),
            from_round: None,
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
        Catalog::of(vec![crate::workbook::LoadedWorkbook::new(
            parse_workbook("t.toml", V2).unwrap(),
            crate::workbook::Origin::BuiltIn,
        )])
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
