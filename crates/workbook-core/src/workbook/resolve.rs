//! What needs more than one workbook: a `uses` entry becomes the home question it names (with
//! its local prompt and guidance), and the references between workbooks are checked: unknown
//! workbooks and questions, follow-ups shown where their condition cannot hold, conditions on
//! reused questions, cycles, migrations into other workbooks, and glossary terms defined two
//! ways. Every problem names the file, line and column to fix.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use super::diag::{Diagnostic, Severity};
use super::lint;
use super::load::LoadedWorkbook;
use super::model::{Condition, GlossaryEntry, MigrationAction, Question, Workbook};
use crate::tr;

/// The shared glossary as loaded: entries and the file they come from.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct SharedGlossary {
    pub entries: Vec<GlossaryEntry>,
    pub display: String,
    /// Borrowed from the embedded file for the built-in glossary, as a workbook's text is.
    pub text: Cow<'static, str>,
}

/// Resolves every `uses` entry in `workbooks` and checks what crosses workbooks. Returns the
/// problems, each with the index of the workbook it belongs to (`None`: the shared glossary).
pub fn resolve(
    workbooks: &mut [LoadedWorkbook],
    glossary: &SharedGlossary,
) -> Vec<(Option<usize>, Diagnostic)> {
    resolve_undoably(workbooks, glossary).0
}

/// The questions a resolution replaced, to put back when some workbooks turn out broken and
/// the rest are resolved again without them (copying every workbook beforehand instead cost
/// more than parsing a large one).
pub struct Replaced(Vec<(usize, usize, usize, Question)>);

impl Replaced {
    /// Puts the `uses` entries back as their files wrote them.
    pub fn undo(self, workbooks: &mut [LoadedWorkbook]) {
        for (w, s, q, entry) in self.0 {
            Arc::make_mut(&mut workbooks[w].workbook).sections[s].questions[q] = entry;
        }
    }
}

/// [`resolve`], also returning what it replaced.
pub fn resolve_undoably(
    workbooks: &mut [LoadedWorkbook],
    glossary: &SharedGlossary,
) -> (Vec<(Option<usize>, Diagnostic)>, Replaced) {
    // Later workbooks win by id, as they did when this map held copies of the workbooks.
    let homes: HashMap<String, usize> = workbooks
        .iter()
        .enumerate()
        .map(|(index, w)| (w.workbook.id().to_string(), index))
        .collect();
    let mut problems = Vec::new();
    // Every replacement is worked out from the workbooks as parsed, then applied: a home
    // question is never itself a `uses` entry, so the order does not matter.
    let mut replacements = Vec::new();
    for (index, loaded) in workbooks.iter().enumerate() {
        let mut report = Reporter {
            display: &loaded.display,
            text: &loaded.text,
            index,
            problems: &mut problems,
        };
        let homes = Homes {
            workbooks,
            by_id: &homes,
        };
        resolve_workbook(
            index,
            &loaded.workbook,
            &homes,
            &mut report,
            &mut replacements,
        );
    }
    let mut replaced = Vec::with_capacity(replacements.len());
    for (w, s, q, question) in replacements {
        let workbook = Arc::make_mut(&mut workbooks[w].workbook);
        let entry = std::mem::replace(&mut workbook.sections[s].questions[q], question);
        replaced.push((w, s, q, entry));
    }
    let homes = Homes {
        workbooks,
        by_id: &homes,
    };
    for (index, loaded) in workbooks.iter().enumerate() {
        let mut report = Reporter {
            display: &loaded.display,
            text: &loaded.text,
            index,
            problems: &mut problems,
        };
        check_reused_conditions(&loaded.workbook, &loaded.display, &loaded.text, &mut report);
        check_moves(&loaded.workbook, &homes, &mut report);
    }
    check_cycles(workbooks, &mut problems);
    check_glossary(workbooks, glossary, &mut problems);
    (problems, Replaced(replaced))
}

/// The workbooks by id, for what one workbook names in another.
struct Homes<'a> {
    workbooks: &'a [LoadedWorkbook],
    by_id: &'a HashMap<String, usize>,
}

impl Homes<'_> {
    fn get(&self, id: &str) -> Option<&Workbook> {
        self.by_id.get(id).map(|&i| &*self.workbooks[i].workbook)
    }

    fn ids(&self) -> impl Iterator<Item = &str> {
        self.by_id.keys().map(String::as_str)
    }
}

struct Reporter<'a> {
    display: &'a str,
    text: &'a str,
    index: usize,
    problems: &'a mut Vec<(Option<usize>, Diagnostic)>,
}

impl Reporter<'_> {
    fn error(&mut self, span: std::ops::Range<usize>, message: String, hint: &str) {
        let diag = Diagnostic::new(Severity::Error, self.display, message)
            .at(self.text, span)
            .hint(hint);
        self.problems.push((Some(self.index), diag));
    }
}

/// The questions `workbook` (at `index`) shows from other workbooks, as replacements
/// (workbook, section and question index, and the question as shown there).
fn resolve_workbook(
    index: usize,
    workbook: &Workbook,
    homes: &Homes,
    report: &mut Reporter,
    replacements: &mut Vec<(usize, usize, usize, Question)>,
) {
    let own_id = workbook.id().to_string();
    let shown: HashSet<String> = workbook
        .questions()
        .filter_map(|q| q.uses.as_ref().map(|u| u.get_ref().clone()))
        .collect();
    for (s, section) in workbook.sections.iter().enumerate() {
        for (q, entry) in section.questions.iter().enumerate() {
            let Some(uses) = &entry.uses else {
                continue;
            };
            let Some((home_id, question_id)) = uses.get_ref().split_once('.') else {
                continue;
            };
            let Some(home) = homes.get(home_id) else {
                let mut known: Vec<&str> = homes.ids().collect();
                known.sort();
                report.error(
                    uses.span(),
                    tr!("core-resolve-unknown-workbook", workbook = home_id),
                    &tr!(
                        "core-resolve-unknown-workbook-hint",
                        known = known.join(", ")
                    ),
                );
                continue;
            };
            if home_id == own_id {
                report.error(
                    uses.span(),
                    tr!("core-resolve-uses-own", name = uses.get_ref()),
                    &tr!("core-resolve-uses-own-hint"),
                );
                continue;
            }
            let Some(original) = home
                .questions()
                .find(|q| q.uses.is_none() && q.id() == question_id)
            else {
                let known: Vec<&str> = home
                    .questions()
                    .filter(|q| q.uses.is_none())
                    .map(Question::id)
                    .collect();
                report.error(
                    uses.span(),
                    tr!(
                        "core-resolve-unknown-question",
                        workbook = home_id,
                        question = question_id
                    ),
                    &suggest(question_id, &known, home_id),
                );
                continue;
            };
            if let Some(condition) = &original.show_if {
                let mut names = Vec::new();
                condition_names(condition.get_ref(), &mut names);
                for name in names {
                    let full = if name.contains('.') {
                        name.clone()
                    } else {
                        format!("{home_id}.{name}")
                    };
                    if !shown.contains(&full) {
                        report.error(
                            uses.span(),
                            tr!(
                                "core-resolve-follow-up",
                                name = uses.get_ref(),
                                full = full.as_str()
                            ),
                            &tr!("core-resolve-follow-up-hint", full = full.as_str()),
                        );
                    }
                }
            }
            replacements.push((index, s, q, reused(original, entry, home_id)));
        }
    }
}

/// The home question as this workbook shows it: the local prompt, guidance and `core`, the
/// home's everything else.
fn reused(original: &Question, entry: &Question, home_id: &str) -> Question {
    let mut question = original.clone();
    question.home = Some(home_id.to_string());
    question.uses = entry.uses.clone();
    if !entry.prompt.trim().is_empty() {
        question.prompt = entry.prompt.clone();
    }
    if entry.guidance.is_some() {
        question.guidance = entry.guidance.clone();
    }
    question.core = entry.core || original.core;
    question
}

/// Every question name a condition looks at.
pub fn condition_names(condition: &Condition, names: &mut Vec<String>) {
    if let Some(q) = &condition.question {
        names.push(q.get_ref().clone());
    }
    for inner in condition.all.iter().chain(condition.any.iter()).flatten() {
        condition_names(inner.get_ref(), names);
    }
    if let Some(inner) = &condition.not {
        condition_names(inner.get_ref(), names);
    }
}

fn suggest(name: &str, known: &[&str], workbook: &str) -> String {
    let closest = known.iter().map(|k| (lint::distance(k, name), *k)).min();
    match closest {
        Some((distance, k)) if distance <= 3 => {
            tr!("core-did-you-mean", name = format!("{workbook}.{k}"))
        }
        _ => tr!("core-resolve-unknown-question-hint", workbook = workbook),
    }
}

/// Conditions of this workbook's own questions that look at a reused question, checked now
/// that the reused question's kind and choices are known.
fn check_reused_conditions(workbook: &Workbook, display: &str, text: &str, report: &mut Reporter) {
    for diagnostic in lint::conditions_on_reused(workbook, display, text) {
        report.problems.push((Some(report.index), diagnostic));
    }
}

/// `move_question` into another workbook must name one of its own questions, and map values
/// to that question's choices.
fn check_moves(workbook: &Workbook, homes: &Homes, report: &mut Reporter) {
    for migration in &workbook.migrations {
        if *migration.action.get_ref() != MigrationAction::MoveQuestion {
            continue;
        }
        let Some(to) = &migration.to else { continue };
        let Some((home_id, question_id)) = to.get_ref().split_once('.') else {
            continue;
        };
        let target = homes.get(home_id).and_then(|h| {
            h.questions()
                .find(|q| q.uses.is_none() && q.id() == question_id)
        });
        let Some(target) = target else {
            report.error(
                to.span(),
                tr!("core-lint-migration-move-unknown", question = to.get_ref()),
                &tr!("core-resolve-migration-move-unknown-hint"),
            );
            continue;
        };
        if let (Some(values), true) = (&migration.values, target.kind().has_choices()) {
            for value in values.get_ref().values() {
                if target.choice_label(value).is_none() {
                    report.error(
                        values.span(),
                        tr!(
                            "core-lint-migration-map-choice",
                            value = value.as_str(),
                            question = to.get_ref()
                        ),
                        &tr!("core-resolve-migration-map-choice-hint"),
                    );
                }
            }
        }
    }
}

/// Show-if conditions may not go round in a circle through reused questions (a question of
/// one workbook shown because of a question that is shown because of the first).
fn check_cycles(workbooks: &[LoadedWorkbook], problems: &mut Vec<(Option<usize>, Diagnostic)>) {
    // Each home question, by `workbook.question`, depends on the home questions its
    // condition looks at. A question without a condition cannot be on a circle, so it gets no
    // entry (naming all 10,000 questions of a large workbook cost more than the search), only
    // its removal when it replaces an earlier question of the same name.
    let mut edges: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut conditional: HashSet<(&str, &str)> = HashSet::new();
    for loaded in workbooks {
        let workbook = &loaded.workbook;
        for question in workbook.questions().filter(|q| !q.is_reused()) {
            let mut names = Vec::new();
            if let Some(condition) = &question.show_if {
                condition_names(condition.get_ref(), &mut names);
            }
            if names.is_empty() {
                if conditional.remove(&(workbook.id(), question.id())) {
                    edges.remove(&format!("{}.{}", workbook.id(), question.id()));
                }
                continue;
            }
            conditional.insert((workbook.id(), question.id()));
            let targets = names
                .into_iter()
                .map(|n| {
                    if n.contains('.') {
                        n
                    } else {
                        format!("{}.{n}", workbook.id())
                    }
                })
                .collect();
            edges.insert(format!("{}.{}", workbook.id(), question.id()), targets);
        }
    }
    let mut done: HashSet<String> = HashSet::new();
    for start in edges.keys() {
        let mut path = Vec::new();
        if let Some(cycle) = find_cycle(start, &edges, &mut path, &mut done) {
            let (workbook, _) = cycle[0].split_once('.').unwrap_or(("", ""));
            let Some((index, loaded)) = workbooks
                .iter()
                .enumerate()
                .find(|(_, w)| w.workbook.id() == workbook)
            else {
                continue;
            };
            let span = loaded
                .workbook
                .questions()
                .find(|q| format!("{}.{}", workbook, q.id()) == cycle[0])
                .and_then(|q| q.show_if.as_ref().map(|c| c.span()))
                .unwrap_or(0..0);
            let diag = Diagnostic::new(
                Severity::Error,
                &loaded.display,
                tr!("core-resolve-circle", cycle = cycle.join(" → ")),
            )
            .at(&loaded.text, span)
            .hint(tr!("core-resolve-circle-hint"));
            problems.push((Some(index), diag));
            return;
        }
    }
}

fn find_cycle(
    node: &str,
    edges: &BTreeMap<String, Vec<String>>,
    path: &mut Vec<String>,
    done: &mut HashSet<String>,
) -> Option<Vec<String>> {
    if let Some(at) = path.iter().position(|p| p == node) {
        let mut cycle = path[at..].to_vec();
        cycle.push(node.to_string());
        return Some(cycle);
    }
    if done.contains(node) {
        return None;
    }
    path.push(node.to_string());
    for next in edges.get(node).into_iter().flatten() {
        if let Some(cycle) = find_cycle(next, edges, path, done) {
            return Some(cycle);
        }
    }
    path.pop();
    done.insert(node.to_string());
    None
}

/// One definition per glossary term across the shared glossary and every workbook.
fn check_glossary(
    workbooks: &[LoadedWorkbook],
    shared: &SharedGlossary,
    problems: &mut Vec<(Option<usize>, Diagnostic)>,
) {
    // Where a term was first defined: the shared glossary (`None`) or a workbook (its id),
    // named in words only for a problem.
    let mut seen: HashMap<String, (String, Option<&str>)> = HashMap::new();
    for entry in &shared.entries {
        seen.insert(
            entry.term.get_ref().to_lowercase(),
            (entry.definition.trim().to_string(), None),
        );
    }
    for (index, loaded) in workbooks.iter().enumerate() {
        for entry in &loaded.workbook.glossary {
            let key = entry.term.get_ref().to_lowercase();
            let definition = entry.definition.trim().to_string();
            match seen.get(&key) {
                // A warning: a user's workbook that words a term its own way still loads;
                // `validate --strict` (and the built-in set's tests) refuse it.
                Some((first, place)) if *first != definition => {
                    let diag = Diagnostic::new(
                        Severity::Warning,
                        &loaded.display,
                        match place {
                            None => tr!(
                                "core-resolve-term-differs-shared",
                                term = entry.term.get_ref()
                            ),
                            Some(workbook) => tr!(
                                "core-resolve-term-differs",
                                term = entry.term.get_ref(),
                                workbook = *workbook
                            ),
                        },
                    )
                    .at(&loaded.text, entry.term.span())
                    .hint(tr!("core-resolve-term-differs-hint"));
                    problems.push((Some(index), diag));
                }
                Some(_) => {}
                None => {
                    seen.insert(key, (definition, Some(loaded.workbook.id())));
                }
            }
        }
    }
}
