//! Semantic checks on a parsed workbook. Every problem is reported at once, each pointing at
//! the place in the file to fix, like a compiler.

use std::collections::HashMap;
use std::ops::Range;

use super::span::Spanned;

use super::diag::{Diagnostic, Severity};
use super::model::*;

/// Most questions one workbook may hold; far beyond any real exercise, low enough that a
/// runaway generated file is caught.
pub const MAX_QUESTIONS: usize = 20_000;
/// Deepest nesting of all/any/not in one condition.
pub const MAX_CONDITION_DEPTH: usize = 8;
/// Most points on a scale.
pub const MAX_SCALE_POINTS: f64 = 11.0;

const AUDIENCES: &[&str] = &["mayor", "official"];

pub fn lint(workbook: &Workbook, path: &str, source: &str) -> Vec<Diagnostic> {
    let mut linter = Linter {
        path,
        source,
        diagnostics: Vec::new(),
        questions: HashMap::new(),
        reused_only: false,
    };
    linter.workbook(workbook);
    linter.diagnostics.sort_by_key(|d| (d.line, d.column));
    linter.diagnostics
}

/// The show-if conditions of a resolved workbook's own questions that look at a question shown
/// from another workbook (`workbook.question`): checked once the catalog has resolved it.
pub fn conditions_on_reused(workbook: &Workbook, path: &str, source: &str) -> Vec<Diagnostic> {
    let mut linter = Linter {
        path,
        source,
        diagnostics: Vec::new(),
        questions: HashMap::new(),
        reused_only: true,
    };
    // Only a condition naming `workbook.question` looks the question up; without one, the
    // table of earlier questions (10,000 entries in a large workbook) is never read.
    let looks_up = workbook.questions().any(|q| {
        let mut names = Vec::new();
        if let Some(condition) = &q.show_if {
            super::resolve::condition_names(condition.get_ref(), &mut names);
        }
        names.iter().any(|n| n.contains('.'))
    });
    for (position, question) in workbook.questions().enumerate() {
        if let (Some(condition), false) = (&question.show_if, question.is_reused()) {
            linter.condition(question, condition, 1);
        }
        if !looks_up {
            continue;
        }
        let name = match &question.uses {
            Some(uses) => uses.get_ref().as_str(),
            None => question.id(),
        };
        linter.questions.entry(name).or_insert((position, question));
    }
    linter.diagnostics
}

struct Linter<'a> {
    path: &'a str,
    source: &'a str,
    diagnostics: Vec<Diagnostic>,
    /// Questions seen so far, by id (`workbook.question` for one shown from another
    /// workbook): their position in the workbook and the question.
    questions: HashMap<&'a str, (usize, &'a Question)>,
    /// Check only conditions on questions shown from other workbooks (after resolving).
    reused_only: bool,
}

impl<'a> Linter<'a> {
    fn report(&mut self, severity: Severity, span: Range<usize>, message: String, hint: &str) {
        let mut diag = Diagnostic::new(severity, self.path, message);
        if span.end > 0 || span.start > 0 {
            diag = diag.at(self.source, span);
        }
        if !hint.is_empty() {
            diag = diag.hint(hint);
        }
        self.diagnostics.push(diag);
    }

    fn error(&mut self, span: Range<usize>, message: String, hint: &str) {
        self.report(Severity::Error, span, message, hint);
    }

    fn warn(&mut self, span: Range<usize>, message: String, hint: &str) {
        self.report(Severity::Warning, span, message, hint);
    }

    fn line_of(&self, span: &Range<usize>) -> usize {
        super::diag::locate(self.source, span.start).0
    }

    fn workbook(&mut self, workbook: &'a Workbook) {
        self.id(&workbook.id, "workbook");
        if workbook.version == 0 {
            self.error(
                workbook.id.span(),
                "the workbook version must be 1 or more".into(),
                "start at version = 1 and raise it when questions change",
            );
        }
        self.audiences(workbook);
        self.glossary(&workbook.glossary);
        if workbook.sections.is_empty() {
            self.error(
                workbook.id.span(),
                "the workbook has no sections".into(),
                "add a [[sections]] table with at least one [[sections.questions]]",
            );
        }
        let total = workbook.question_count();
        if total > MAX_QUESTIONS {
            self.error(
                workbook.id.span(),
                format!("the workbook has {total} questions; the limit is {MAX_QUESTIONS}"),
                "split it into several workbooks",
            );
        }
        let mut sections: HashMap<String, Range<usize>> = HashMap::new();
        let mut position = 0;
        for section in &workbook.sections {
            self.section(section, &mut sections);
            for question in &section.questions {
                self.question(workbook, question, position);
                position += 1;
            }
        }
        self.migrations(workbook);
    }

    fn id(&mut self, id: &Spanned<String>, what: &str) {
        let text = id.get_ref();
        let valid = !text.is_empty()
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
            && text.starts_with(|c: char| c.is_ascii_lowercase());
        if !valid {
            self.error(id.span(), format!("{what} id `{text}` must start with a lowercase letter and use only a-z, 0-9, `_` and `-`"), "ids appear in files and commands; for example `stakeholder_map`");
        }
    }

    fn audiences(&mut self, workbook: &Workbook) {
        if workbook.audiences.is_empty() {
            self.error(
                workbook.id.span(),
                "the workbook serves no audience".into(),
                "set audiences = [\"mayor\", \"official\"]",
            );
        }
        for audience in &workbook.audiences {
            if !AUDIENCES.contains(&audience.get_ref().as_str()) {
                self.error(
                    audience.span(),
                    format!("unknown audience `{}`", audience.get_ref()),
                    "audiences are \"mayor\" and \"official\"",
                );
            }
        }
    }

    fn glossary(&mut self, glossary: &[GlossaryEntry]) {
        let mut seen: HashMap<String, Range<usize>> = HashMap::new();
        for entry in glossary {
            let key = entry.term.get_ref().trim().to_lowercase();
            if let Some(first) = seen.get(&key) {
                let line = self.line_of(first);
                self.error(
                    entry.term.span(),
                    format!(
                        "glossary term `{}` is defined twice (first on line {line})",
                        entry.term.get_ref()
                    ),
                    "keep one definition and add other spellings to its `aliases`",
                );
            } else {
                seen.insert(key, entry.term.span());
            }
            if entry.definition.trim().is_empty() {
                self.error(
                    entry.term.span(),
                    format!(
                        "glossary term `{}` has an empty definition",
                        entry.term.get_ref()
                    ),
                    "define the term in a sentence or two",
                );
            }
        }
    }

    fn section(&mut self, section: &Section, seen: &mut HashMap<String, Range<usize>>) {
        self.id(&section.id, "section");
        let id = section.id.get_ref().as_str();
        if let Some(first) = seen.get(id) {
            let line = self.line_of(first);
            self.error(
                section.id.span(),
                format!("duplicate section id `{id}` (first defined on line {line})"),
                "give each section its own id",
            );
        } else {
            seen.insert(id.to_string(), section.id.span());
        }
        if section.questions.is_empty() {
            self.error(
                section.id.span(),
                format!("section `{id}` has no questions"),
                "add [[sections.questions]] under it, or remove the section",
            );
        }
        if section.examples.is_empty() {
            self.warn(
                section.id.span(),
                format!("section `{id}` has no city example"),
                "add an [[sections.examples]] with city, text and source",
            );
        }
        for example in &section.examples {
            self.example(section.id.span(), example);
        }
    }

    fn example(&mut self, span: Range<usize>, example: &Example) {
        if !(example.source.starts_with("https://") || example.source.starts_with("http://")) {
            self.warn(
                span,
                format!(
                    "the example from {} has a source that is not a web address",
                    example.city
                ),
                "give the page the example comes from, starting with https://",
            );
        }
    }

    fn question(&mut self, workbook: &'a Workbook, question: &'a Question, position: usize) {
        if let Some(uses) = &question.uses {
            self.reuse(question, uses, position);
            return;
        }
        let (Some(id_key), Some(_)) = (&question.id, &question.kind) else {
            let span = question
                .id
                .as_ref()
                .map(Spanned::span)
                .or(question.kind.as_ref().map(Spanned::span))
                .unwrap_or(0..0);
            self.error(
                span,
                "a question needs an id and a kind (or `uses` to show another workbook's question)"
                    .into(),
                "for example id = \"has_plan\", kind = \"yes_no\", or uses = \"strategy.mandate_basis\"",
            );
            return;
        };
        self.id(id_key, "question");
        let id = question.id();
        if let Some((_, first)) = self.questions.get(id) {
            let line = self.line_of(&first.span());
            self.error(
                question.span(),
                format!("duplicate question id `{id}` (first defined on line {line})"),
                "question ids must be unique within a workbook",
            );
        }
        if question.prompt.trim().is_empty() {
            self.error(
                question.span(),
                format!("question `{id}` has an empty prompt"),
                "write the question the user should answer",
            );
        }
        if question
            .guidance
            .as_deref()
            .is_none_or(|g| g.trim().is_empty())
        {
            self.warn(
                question.span(),
                format!("question `{id}` has no guidance"),
                "say why the question matters and what a good answer contains",
            );
        }
        if let Some(example) = &question.example {
            self.example(question.span(), example);
        }
        let audience = question.audience();
        if audience != Audience::Both
            && !workbook
                .audiences
                .iter()
                .any(|a| a.get_ref() == audience.name())
        {
            self.error(
                question.audience.span(),
                format!(
                    "question `{id}` is for `{}`, which is not among the workbook's audiences",
                    audience.name()
                ),
                "add the audience to the workbook's `audiences`, or change the question's",
            );
        }
        self.kind_settings(question);
        self.plan_sentence(question);
        self.sensitivity(question);
        self.feeds(question);
        if let Some(condition) = &question.show_if {
            self.condition(question, condition, 1);
        }
        self.questions.entry(id).or_insert((position, question));
    }

    /// A `uses` entry: only a local prompt, guidance and `core` may stand beside it; the
    /// reference itself is checked when the catalog is loaded, against the other workbooks.
    fn reuse(&mut self, q: &'a Question, uses: &'a Spanned<String>, position: usize) {
        let name = uses.get_ref().as_str();
        if name.split('.').count() != 2 || name.split('.').any(str::is_empty) {
            self.error(
                uses.span(),
                format!("`uses = \"{name}\"` does not name a question"),
                "write the home question as workbook.question, for example uses = \"mapping.stakeholders\"",
            );
            return;
        }
        let set = [
            ("id", q.id.is_some()),
            ("kind", q.kind.is_some()),
            ("required", q.required),
            ("audience", q.audience.span() != (0..0)),
            ("show_if", q.show_if.is_some()),
            (
                "sensitivity",
                q.sensitivity.is_some() || q.sensitive.is_some(),
            ),
            ("feeds", q.feeds != Feed::Finding),
            ("plan_label", q.plan_label.is_some()),
            ("plan_sentence", q.plan_sentence.is_some()),
            ("placeholder", q.placeholder.is_some()),
            ("compare", q.compare.is_some()),
            ("choices", q.choices.is_some()),
            ("other", q.other),
            ("min", q.min.is_some()),
            ("max", q.max.is_some()),
            ("unit", q.unit.is_some()),
            ("integer", q.integer),
            ("labels", q.labels.is_some()),
            ("item_label", q.item_label.is_some()),
            ("columns", q.columns.is_some()),
            ("example", q.example.is_some()),
        ];
        for (key, _) in set.iter().filter(|(_, present)| *present) {
            self.error(
                uses.span(),
                format!("`{key}` cannot be set on `uses = \"{name}\"`: the question is the home workbook's"),
                "a reused question may only give its own prompt, guidance and core; change the rest in the home workbook",
            );
        }
        if let Some((_, first)) = self.questions.get(name) {
            let line = self.line_of(&first.span());
            self.error(
                uses.span(),
                format!("`{name}` is already shown in this workbook (line {line})"),
                "show a question once per workbook",
            );
        }
        self.questions.entry(name).or_insert((position, q));
    }

    /// A plan sentence: known placeholders only, and a sentence per value only where the
    /// answer has values to key on (yes/no, choices, scale points), each key one of them.
    fn plan_sentence(&mut self, q: &Question) {
        let Some(sentence) = &q.plan_sentence else {
            return;
        };
        let id = q.id();
        let span = sentence.span();
        for (key, text) in sentence.get_ref().sentences() {
            if text.trim().is_empty() {
                self.error(
                    span.clone(),
                    format!("plan sentence of `{id}` is empty"),
                    "write the sentence the plan should print, or leave plan_sentence out",
                );
            }
            match placeholders(text) {
                Err(problem) => self.error(
                    span.clone(),
                    format!("plan sentence of `{id}` has {problem}: {text:?}"),
                    "placeholders are {answer}, {other} and {city}; write braces only around them",
                ),
                Ok(names) => {
                    for name in names {
                        if !PLAN_SENTENCE_PLACEHOLDERS.contains(&name) {
                            self.error(
                                span.clone(),
                                format!("plan sentence of `{id}` has an unknown placeholder `{{{name}}}`"),
                                "placeholders are {answer}, {other} and {city}",
                            );
                        } else if name == "other" && !q.other {
                            self.error(
                                span.clone(),
                                format!("plan sentence of `{id}` uses `{{other}}`, but the question has no \"other\" choice"),
                                "use {answer}, or set other = true",
                            );
                        }
                    }
                }
            }
            if key.is_empty() {
                continue;
            }
            let keys = sentence_keys(q);
            if keys.is_empty() {
                self.error(
                    span.clone(),
                    format!("plan sentence of `{id}` gives a sentence per value, but a {} answer has no values to choose from", q.kind().name()),
                    "write one sentence with {answer}, for example plan_sentence = \"The city last mapped these issues in {answer}.\"",
                );
                return;
            }
            if !keys.iter().any(|k| k == key) {
                self.error(
                    span.clone(),
                    format!("plan sentence of `{id}` has a sentence for `{key}`, which is not one of its answers"),
                    &format!("the keys are: {}", keys.join(", ")),
                );
            }
        }
        if let PlanSentence::ByValue(map) = sentence.get_ref() {
            let keys = sentence_keys(q);
            let missing: Vec<&String> = keys.iter().filter(|k| !map.contains_key(*k)).collect();
            if !keys.is_empty() && !missing.is_empty() {
                self.warn(
                    span.clone(),
                    format!(
                        "plan sentence of `{id}` has no sentence for {}",
                        missing
                            .iter()
                            .map(|k| format!("`{k}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    "those answers are printed as a label and a value; add a sentence for each",
                );
            }
        }
    }

    /// `sensitivity` replaces the yes/no `sensitive`; a column may be stricter than its
    /// question but never more open.
    fn sensitivity(&mut self, q: &Question) {
        let id = q.id();
        // The question, or one of its columns (named only when there is something to say).
        let flags = std::iter::once((q.sensitivity.is_some(), q.sensitive.as_ref(), None)).chain(
            q.columns()
                .iter()
                .map(|c| (c.sensitivity.is_some(), c.sensitive.as_ref(), Some(c.id()))),
        );
        for (level, flag, column) in flags {
            let owner = || match column {
                Some(column) => format!("{id}.{column}"),
                None => id.to_string(),
            };
            match (level, flag) {
                (true, Some(flag)) => self.error(
                    flag.span(),
                    format!("`{}` sets both sensitivity and sensitive", owner()),
                    "keep sensitivity = \"public\", \"internal\" or \"restricted\" and remove sensitive",
                ),
                (false, Some(flag)) => self.warn(
                    flag.span(),
                    format!("`{}` uses `sensitive`, which `sensitivity` replaces", owner()),
                    if *flag.get_ref() {
                        "write sensitivity = \"restricted\""
                    } else {
                        "write sensitivity = \"internal\" (the default), or remove it"
                    },
                ),
                _ => {}
            }
        }
        let level = q.sensitivity();
        for column in q.columns() {
            if let Some(own) = &column.sensitivity
                && *own.get_ref() < level
            {
                self.error(
                    own.span(),
                    format!(
                        "column `{}` of `{id}` is {}, more open than its question ({})",
                        column.id(),
                        own.get_ref().name(),
                        level.name()
                    ),
                    "a column may be stricter than its question, never more open",
                );
            }
        }
    }

    fn kind_settings(&mut self, q: &Question) {
        let kind = q.kind();
        let id = q.id();
        let misplaced = |setting: &str, fits: &str| {
            (
                format!(
                    "`{setting}` does not apply to {} question `{id}`",
                    kind.name()
                ),
                format!("`{setting}` is for {fits} questions; remove it or change the kind"),
            )
        };
        let mut problems: Vec<(Range<usize>, (String, String))> = Vec::new();
        if let Some(choices) = &q.choices
            && !kind.has_choices()
        {
            problems.push((
                choices.span(),
                misplaced("choices", "single_choice and multi_choice"),
            ));
        }
        if q.other && !kind.has_choices() {
            problems.push((
                q.span(),
                misplaced("other", "single_choice and multi_choice"),
            ));
        }
        for bound in [&q.min, &q.max].into_iter().flatten() {
            if !matches!(kind, Kind::Number | Kind::Scale) {
                problems.push((bound.span(), misplaced("min/max", "number and scale")));
            }
        }
        if (q.unit.is_some() || q.integer) && kind != Kind::Number {
            problems.push((q.span(), misplaced("unit/integer", "number")));
        }
        if let Some(labels) = &q.labels
            && kind != Kind::Scale
        {
            problems.push((labels.span(), misplaced("labels", "scale")));
        }
        if q.item_label.is_some() && kind != Kind::List {
            problems.push((q.span(), misplaced("item_label", "list")));
        }
        if let Some(columns) = &q.columns
            && kind != Kind::Table
        {
            problems.push((columns.span(), misplaced("columns", "table")));
        }
        for (span, (message, hint)) in problems {
            self.error(span, message, &hint);
        }
        match kind {
            Kind::SingleChoice | Kind::MultiChoice => self.choices(q),
            Kind::Scale => self.scale(q),
            Kind::Number => self.range(q),
            Kind::Table => self.columns(q),
            _ => {}
        }
    }

    fn choices(&mut self, q: &Question) {
        let id = q.id();
        let Some(choices) = &q.choices else {
            self.error(
                q.kind_span(),
                format!("{} question `{id}` has no choices", q.kind().name()),
                "add choices = [{ value = \"...\", label = \"...\" }, ...]",
            );
            return;
        };
        if choices.get_ref().is_empty() {
            self.error(
                choices.span(),
                format!("question `{id}` has an empty choice list"),
                "list at least two choices",
            );
        }
        self.unique_choices(choices.get_ref(), || format!("question `{id}`"));
        if q.other && q.choice_label(crate::answer::OTHER).is_some() {
            self.error(
                choices.span(),
                format!("question `{id}` has a choice `other` and also other = true"),
                "remove the `other` choice; other = true adds it with a free-text box",
            );
        }
    }

    /// `owner` names the question or column, for a message (and is only made for one).
    fn unique_choices(&mut self, choices: &[Choice], owner: impl Fn() -> String) {
        // Spans, not lines: finding a line scans the file, which only a reported problem needs.
        let mut seen: HashMap<&str, Range<usize>> = HashMap::new();
        for choice in choices {
            let value = choice.value();
            if let Some(first) = seen.get(value) {
                let line = self.line_of(first);
                self.error(
                    choice.value.span(),
                    format!(
                        "{} has the choice `{value}` twice (first on line {line})",
                        owner()
                    ),
                    "choice values must be unique",
                );
            } else {
                seen.insert(value, choice.value.span());
            }
            if value.trim().is_empty() {
                self.error(
                    choice.value.span(),
                    format!("{} has a choice with an empty value", owner()),
                    "give the choice a short value such as `yes_partly`",
                );
            }
        }
    }

    fn scale(&mut self, q: &Question) {
        let id = q.id();
        let (Some(min), Some(max)) = (q.min(), q.max()) else {
            self.error(
                q.kind_span(),
                format!("scale question `{id}` has no range"),
                "set min and max, for example min = 1 and max = 5",
            );
            return;
        };
        if min.fract() != 0.0 || max.fract() != 0.0 || min >= max {
            self.error(q.kind_span(), format!("scale question `{id}` needs whole numbers with min below max (got {min} to {max})"), "for example min = 1 and max = 5");
            return;
        }
        let points = max - min + 1.0;
        if points > MAX_SCALE_POINTS {
            self.error(
                q.kind_span(),
                format!(
                    "scale question `{id}` has {points} points; the most is {MAX_SCALE_POINTS}"
                ),
                "use a number question for wider ranges",
            );
        }
        if let Some(labels) = &q.labels
            && labels.get_ref().len() as f64 != points
        {
            self.error(
                labels.span(),
                format!(
                    "scale question `{id}` has {} labels for {points} points",
                    labels.get_ref().len()
                ),
                "give one label per point, from min to max",
            );
        }
    }

    fn range(&mut self, q: &Question) {
        if let (Some(min), Some(max)) = (&q.min, &q.max)
            && min.get_ref() > max.get_ref()
        {
            self.error(
                min.span(),
                format!(
                    "question `{}` has min {} above max {}",
                    q.id(),
                    min.get_ref(),
                    max.get_ref()
                ),
                "swap them, or fix one",
            );
        }
    }

    fn columns(&mut self, q: &Question) {
        let id = q.id();
        let columns = match &q.columns {
            Some(columns) if !columns.get_ref().is_empty() => columns,
            Some(columns) => {
                self.error(
                    columns.span(),
                    format!("table question `{id}` has no columns"),
                    "add columns = [{ id = \"...\", label = \"...\" }, ...]",
                );
                return;
            }
            None => {
                self.error(
                    q.kind_span(),
                    format!("table question `{id}` has no columns"),
                    "add columns = [{ id = \"...\", label = \"...\" }, ...]",
                );
                return;
            }
        };
        let mut seen: HashMap<&str, Range<usize>> = HashMap::new();
        for column in columns.get_ref() {
            self.id(&column.id, "column");
            let cid = column.id();
            if let Some(first) = seen.get(cid) {
                let line = self.line_of(first);
                self.error(
                    column.id.span(),
                    format!(
                        "table question `{id}` has the column `{cid}` twice (first on line {line})"
                    ),
                    "column ids must be unique within a table",
                );
            } else {
                seen.insert(cid, column.id.span());
            }
            match (column.kind, &column.choices) {
                (ColumnKind::Choice, None) => self.error(
                    column.id.span(),
                    format!("choice column `{cid}` has no choices"),
                    "add choices = [{ value = \"...\", label = \"...\" }, ...] to the column",
                ),
                (ColumnKind::Choice, Some(choices)) if choices.get_ref().is_empty() => self.error(
                    choices.span(),
                    format!("choice column `{cid}` has an empty choice list"),
                    "list at least two choices",
                ),
                (ColumnKind::Choice, Some(choices)) => {
                    self.unique_choices(choices.get_ref(), || format!("column `{cid}`"))
                }
                (_, Some(choices)) => self.error(
                    choices.span(),
                    format!("column `{cid}` is {} but has choices", column.kind.name()),
                    "set kind = \"choice\" or remove the choices",
                ),
                (_, None) => {}
            }
        }
    }

    fn feeds(&mut self, q: &Question) {
        let feed = q.feeds;
        if feed.is_summary() && !matches!(q.kind(), Kind::ShortText | Kind::LongText | Kind::List) {
            self.error(
                q.span(),
                format!(
                    "question `{}` feeds the executive summary's {} but is a {} question",
                    q.id(),
                    feed.name(),
                    q.kind().name()
                ),
                "the summary quotes text: use a short_text, long_text or list question",
            );
        }
        let Some(key) = feed.key_column() else { return };
        if q.kind() != Kind::Table {
            self.error(q.span(), format!("question `{}` feeds the plan's {} but is not a table", q.id(), feed.name()), "only table questions can feed the plan's tables; use feeds = \"finding\" or make it a table");
        } else if !q.columns().is_empty() && !q.columns().iter().any(|c| c.id() == key) {
            self.error(q.span(), format!("table `{}` feeds the plan's {} but has no `{key}` column", q.id(), feed.name()), "add a column with that id; see docs/workbook-format.md for the columns each plan table uses");
        }
    }

    fn condition(&mut self, owner: &Question, condition: &Spanned<Condition>, depth: usize) {
        let span = condition.span();
        if depth > MAX_CONDITION_DEPTH {
            self.error(
                span,
                format!(
                    "the condition on `{}` is nested more than {MAX_CONDITION_DEPTH} levels deep",
                    owner.id()
                ),
                "simplify it",
            );
            return;
        }
        let c = condition.get_ref();
        let tests = [
            c.equals.is_some(),
            c.one_of.is_some(),
            c.contains.is_some(),
            c.answered.is_some(),
        ]
        .iter()
        .filter(|t| **t)
        .count();
        let groups = [c.all.is_some(), c.any.is_some(), c.not.is_some()]
            .iter()
            .filter(|t| **t)
            .count();
        let shape_hint = "write { question = \"id\", equals = ... } (or one_of, contains, answered), or combine with all = [...], any = [...], not = {...}";
        match (&c.question, tests, groups) {
            (Some(target), 1, 0) => self.condition_test(owner, target, c),
            (None, 0, 1) => {
                for inner in c.all.iter().chain(c.any.iter()).flatten() {
                    self.condition(owner, inner, depth + 1);
                }
                if c.all.as_ref().or(c.any.as_ref()).is_some_and(Vec::is_empty) {
                    self.error(
                        span,
                        format!("the condition on `{}` combines an empty list", owner.id()),
                        "put at least one condition inside all = [...] or any = [...]",
                    );
                }
                if let Some(inner) = &c.not {
                    self.condition(owner, inner, depth + 1);
                }
            }
            (Some(_), 0, 0) => self.error(
                span,
                format!(
                    "the condition on `{}` names a question but no test",
                    owner.id()
                ),
                shape_hint,
            ),
            (None, 0, 0) => self.error(
                span,
                format!("the condition on `{}` is empty", owner.id()),
                shape_hint,
            ),
            _ => self.error(
                span,
                format!(
                    "the condition on `{}` mixes several tests in one table",
                    owner.id()
                ),
                shape_hint,
            ),
        }
    }

    fn condition_test(&mut self, owner: &Question, target: &Spanned<String>, c: &Condition) {
        let name = target.get_ref().as_str();
        if self.reused_only && !name.contains('.') {
            return;
        }
        if name == owner.id() {
            self.error(
                target.span(),
                format!("the condition on `{name}` refers to the question itself"),
                "a condition can only look at earlier questions",
            );
            return;
        }
        let Some((_, referred)) = self.questions.get(name).copied() else {
            let hint = match self.source.find(&format!("id = \"{name}\"")) {
                Some(_) => "a condition can only look at earlier questions; move this question after the one it depends on".to_string(),
                None => self.suggest(name),
            };
            let message = if self.source.contains(&format!("id = \"{name}\"")) {
                format!(
                    "the condition on `{}` refers to `{name}`, which comes later",
                    owner.id()
                )
            } else {
                format!(
                    "the condition on `{}` refers to unknown question `{name}`",
                    owner.id()
                )
            };
            self.error(target.span(), message, &hint);
            return;
        };
        // A question shown from another workbook is checked once the catalog is loaded.
        if referred.uses.is_some() && !referred.is_reused() {
            return;
        }
        if let Some(expected) = &c.equals {
            self.condition_value(owner, referred, expected.get_ref(), expected.span());
        }
        if let Some(options) = &c.one_of {
            if options.get_ref().is_empty() {
                self.error(
                    options.span(),
                    format!("the condition on `{}` has an empty one_of list", owner.id()),
                    "list the values that show the question",
                );
            }
            for option in options.get_ref() {
                self.condition_value(owner, referred, option, options.span());
            }
        }
        if let Some(needle) = &c.contains {
            match referred.kind() {
                Kind::MultiChoice => self.known_choice(owner, referred, needle.get_ref(), needle.span()),
                Kind::List | Kind::ShortText | Kind::LongText => {}
                kind => self.error(needle.span(), format!("the condition on `{}` uses `contains` on {} question `{name}`", owner.id(), kind.name()), "`contains` works on multi_choice, list and text questions; use equals or one_of"),
            }
        }
    }

    fn condition_value(
        &mut self,
        owner: &Question,
        referred: &Question,
        value: &toml::Value,
        span: Range<usize>,
    ) {
        let name = referred.id();
        let fits = match (referred.kind(), value) {
            (Kind::SingleChoice | Kind::MultiChoice, toml::Value::String(s)) => {
                self.known_choice(owner, referred, s, span.clone());
                true
            }
            (Kind::YesNo, toml::Value::Boolean(_)) => true,
            (Kind::YesNo, toml::Value::String(s)) => s == "yes" || s == "no",
            (Kind::Number | Kind::Scale, toml::Value::Integer(_) | toml::Value::Float(_)) => true,
            (Kind::ShortText | Kind::LongText | Kind::Date, toml::Value::String(_)) => true,
            _ => false,
        };
        if !fits {
            let expect = match referred.kind() {
                Kind::YesNo => "true or false",
                Kind::Number | Kind::Scale => "a number",
                Kind::List | Kind::Table => "nothing: use `answered` or `contains`",
                _ => "text in quotes",
            };
            self.error(
                span,
                format!(
                    "the condition on `{}` compares {} question `{name}` with {}",
                    owner.id(),
                    referred.kind().name(),
                    describe(value)
                ),
                &format!("compare it with {expect}"),
            );
        }
    }

    fn known_choice(
        &mut self,
        owner: &Question,
        referred: &Question,
        value: &str,
        span: Range<usize>,
    ) {
        let is_other = referred.other && value == crate::answer::OTHER;
        if referred.choice_label(value).is_none() && !is_other {
            let known: Vec<&str> = referred.choices().iter().map(Choice::value).collect();
            self.error(
                span,
                format!(
                    "the condition on `{}` uses `{value}`, which is not a choice of `{}`",
                    owner.id(),
                    referred.id()
                ),
                &format!("the choices are: {}", known.join(", ")),
            );
        }
    }

    fn suggest(&self, name: &str) -> String {
        let closest = self.questions.keys().map(|k| (distance(k, name), *k)).min();
        match closest {
            Some((distance, k)) if distance <= 3 => format!("did you mean `{k}`?"),
            _ => "name the id of an earlier question in this workbook".to_string(),
        }
    }

    fn migrations(&mut self, workbook: &Workbook) {
        for migration in &workbook.migrations {
            let span = migration.action.span();
            if migration.version > workbook.version {
                self.error(
                    span.clone(),
                    format!(
                        "a migration is for version {}, but the workbook is version {}",
                        migration.version, workbook.version
                    ),
                    "raise the workbook's version to the migration's",
                );
            }
            let needs = |field: &Option<Spanned<String>>| field.is_some();
            let shape_ok = match migration.action.get_ref() {
                MigrationAction::RenameQuestion | MigrationAction::MoveQuestion => {
                    needs(&migration.from) && needs(&migration.to)
                }
                MigrationAction::MapValues => {
                    needs(&migration.question) && migration.values.is_some()
                }
                MigrationAction::RenameChoice => {
                    needs(&migration.question) && needs(&migration.from) && needs(&migration.to)
                }
                MigrationAction::RetireChoice => {
                    needs(&migration.question) && needs(&migration.from)
                }
            };
            if !shape_ok {
                self.error(span, "this migration is missing a key".into(), "rename_question and move_question need from and to; rename_choice needs question, from and to; retire_choice needs question and from; map_values needs question and values");
                continue;
            }
            match migration.action.get_ref() {
                MigrationAction::RenameQuestion => {
                    let to = migration.to.as_ref().expect("checked above");
                    if !self.questions.contains_key(to.get_ref().as_str()) {
                        self.error(
                            to.span(),
                            format!(
                                "the migration renames to unknown question `{}`",
                                to.get_ref()
                            ),
                            "`to` must be a question id in this workbook",
                        );
                    }
                }
                MigrationAction::MoveQuestion => {
                    let to = migration.to.as_ref().expect("checked above");
                    // A question of another workbook is checked when the catalog is loaded.
                    if !to.get_ref().contains('.')
                        && !self.questions.contains_key(to.get_ref().as_str())
                    {
                        self.error(
                            to.span(),
                            format!("the migration moves to unknown question `{}`", to.get_ref()),
                            "`to` must be a question id in this workbook, or workbook.question",
                        );
                    }
                }
                MigrationAction::MapValues => {
                    let target = migration.question.as_ref().expect("checked above");
                    match self.questions.get(target.get_ref().as_str()).copied() {
                        None => self.error(
                            target.span(),
                            format!(
                                "the migration names unknown question `{}`",
                                target.get_ref()
                            ),
                            "`question` must be a question id in this workbook",
                        ),
                        Some((_, q)) if q.kind().has_choices() => {
                            let values = migration.values.as_ref().expect("checked above");
                            for to in values.get_ref().values() {
                                if q.choice_label(to).is_none() {
                                    self.error(values.span(), format!("the migration maps to `{to}`, which is not a choice of `{}`", q.id()), "map old answers to the question's choice values");
                                }
                            }
                        }
                        Some(_) => {}
                    }
                }
                MigrationAction::RenameChoice | MigrationAction::RetireChoice => {
                    let target = migration.question.as_ref().expect("checked above");
                    match self.questions.get(target.get_ref().as_str()).copied() {
                        None => self.error(
                            target.span(),
                            format!(
                                "the migration names unknown question `{}`",
                                target.get_ref()
                            ),
                            "`question` must be a question id in this workbook",
                        ),
                        Some((_, q)) => {
                            if let Some(to) = &migration.to
                                && q.choice_label(to.get_ref()).is_none()
                            {
                                self.error(to.span(), format!("the migration renames to `{}`, which is not a choice of `{}`", to.get_ref(), q.id()), "`to` must be one of the question's choice values");
                            }
                        }
                    }
                }
            }
        }
    }
}

fn describe(value: &toml::Value) -> String {
    match value {
        toml::Value::String(s) => format!("the text \"{s}\""),
        toml::Value::Boolean(b) => format!("{b}"),
        toml::Value::Integer(i) => format!("the number {i}"),
        toml::Value::Float(f) => format!("the number {f}"),
        other => format!("a {}", other.type_str()),
    }
}

/// Levenshtein distance, for "did you mean" hints.
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

/// The answers a sentence per value can key on: `yes`/`no`, a single choice's values (and
/// `other`), or a scale's points.
fn sentence_keys(q: &Question) -> Vec<String> {
    match q.kind() {
        Kind::YesNo => vec!["yes".into(), "no".into()],
        Kind::SingleChoice => {
            let mut keys: Vec<String> = q.choices().iter().map(|c| c.value().to_string()).collect();
            if q.other {
                keys.push(crate::answer::OTHER.to_string());
            }
            keys
        }
        Kind::Scale => match (q.min(), q.max()) {
            (Some(min), Some(max))
                if min.fract() == 0.0 && max.fract() == 0.0 && min <= max && max - min < 100.0 =>
            {
                ((min as i64)..=(max as i64))
                    .map(|p| p.to_string())
                    .collect()
            }
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}
