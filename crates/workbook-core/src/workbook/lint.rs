//! Semantic checks on a parsed workbook. Every problem is reported at once, each pointing at
//! the place in the file to fix, like a compiler.

use std::collections::HashMap;
use std::ops::Range;

use super::span::Spanned;

use super::diag::{Diagnostic, Severity};
use super::model::*;
use crate::tr;

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
                tr!("core-lint-version-zero"),
                &tr!("core-lint-version-zero-hint"),
            );
        }
        self.audiences(workbook);
        self.glossary(&workbook.glossary);
        if workbook.sections.is_empty() {
            self.error(
                workbook.id.span(),
                tr!("core-lint-no-sections"),
                &tr!("core-lint-no-sections-hint"),
            );
        }
        let total = workbook.question_count();
        if total > MAX_QUESTIONS {
            self.error(
                workbook.id.span(),
                tr!(
                    "core-lint-too-many-questions",
                    count = total.to_string(),
                    limit = MAX_QUESTIONS.to_string()
                ),
                &tr!("core-split-hint"),
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
            self.error(
                id.span(),
                tr!("core-lint-bad-id", what = what, id = text.as_str()),
                &tr!("core-lint-bad-id-hint"),
            );
        }
    }

    fn audiences(&mut self, workbook: &Workbook) {
        if workbook.audiences.is_empty() {
            self.error(
                workbook.id.span(),
                tr!("core-lint-no-audience"),
                &tr!("core-lint-no-audience-hint"),
            );
        }
        for audience in &workbook.audiences {
            if !AUDIENCES.contains(&audience.get_ref().as_str()) {
                self.error(
                    audience.span(),
                    tr!("core-lint-unknown-audience", audience = audience.get_ref()),
                    &tr!("core-lint-unknown-audience-hint"),
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
                    tr!(
                        "core-lint-term-twice",
                        term = entry.term.get_ref(),
                        line = line
                    ),
                    &tr!("core-lint-term-twice-hint"),
                );
            } else {
                seen.insert(key, entry.term.span());
            }
            if entry.definition.trim().is_empty() {
                self.error(
                    entry.term.span(),
                    tr!("core-lint-term-empty", term = entry.term.get_ref()),
                    &tr!("core-lint-term-empty-hint"),
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
                tr!("core-lint-section-twice", id = id, line = line),
                &tr!("core-lint-section-twice-hint"),
            );
        } else {
            seen.insert(id.to_string(), section.id.span());
        }
        if section.questions.is_empty() {
            self.error(
                section.id.span(),
                tr!("core-lint-section-empty", id = id),
                &tr!("core-lint-section-empty-hint"),
            );
        }
        if section.examples.is_empty() {
            self.warn(
                section.id.span(),
                tr!("core-lint-section-no-example", id = id),
                &tr!("core-lint-section-no-example-hint"),
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
                tr!("core-lint-example-source", city = &example.city),
                &tr!("core-lint-example-source-hint"),
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
                tr!("core-lint-question-shape"),
                &tr!("core-lint-question-shape-hint"),
            );
            return;
        };
        self.id(id_key, "question");
        let id = question.id();
        if let Some((_, first)) = self.questions.get(id) {
            let line = self.line_of(&first.span());
            self.error(
                question.span(),
                tr!("core-lint-question-twice", id = id, line = line),
                &tr!("core-lint-question-twice-hint"),
            );
        }
        if question.prompt.trim().is_empty() {
            self.error(
                question.span(),
                tr!("core-lint-empty-prompt", id = id),
                &tr!("core-lint-empty-prompt-hint"),
            );
        }
        if question
            .guidance
            .as_deref()
            .is_none_or(|g| g.trim().is_empty())
        {
            self.warn(
                question.span(),
                tr!("core-lint-no-guidance", id = id),
                &tr!("core-lint-no-guidance-hint"),
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
                tr!(
                    "core-lint-audience-missing",
                    id = id,
                    audience = audience.name()
                ),
                &tr!("core-lint-audience-missing-hint"),
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
                tr!("core-lint-uses-not-question", name = name),
                &tr!("core-lint-uses-not-question-hint"),
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
                tr!("core-lint-uses-key", key = *key, name = name),
                &tr!("core-lint-uses-key-hint"),
            );
        }
        if let Some((_, first)) = self.questions.get(name) {
            let line = self.line_of(&first.span());
            self.error(
                uses.span(),
                tr!("core-lint-uses-twice", name = name, line = line),
                &tr!("core-lint-uses-twice-hint"),
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
                    tr!("core-lint-sentence-empty", id = id),
                    &tr!("core-lint-sentence-empty-hint"),
                );
            }
            match placeholders(text) {
                Err(problem) => self.error(
                    span.clone(),
                    tr!(
                        "core-lint-sentence-braces",
                        id = id,
                        problem = problem,
                        text = format!("{text:?}")
                    ),
                    &tr!(
                        "core-lint-sentence-braces-hint",
                        answer = "{answer}",
                        other = "{other}",
                        city = "{city}"
                    ),
                ),
                Ok(names) => {
                    for name in names {
                        if !PLAN_SENTENCE_PLACEHOLDERS.contains(&name) {
                            self.error(
                                span.clone(),
                                tr!(
                                    "core-lint-sentence-unknown",
                                    id = id,
                                    placeholder = format!("{{{name}}}")
                                ),
                                &tr!(
                                    "core-lint-placeholders-hint",
                                    answer = "{answer}",
                                    other = "{other}",
                                    city = "{city}"
                                ),
                            );
                        } else if name == "other" && !q.other {
                            self.error(
                                span.clone(),
                                tr!("core-lint-sentence-other", id = id, placeholder = "{other}"),
                                &tr!("core-lint-sentence-other-hint", answer = "{answer}"),
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
                    tr!(
                        "core-lint-sentence-no-values",
                        id = id,
                        kind = q.kind().name()
                    ),
                    &tr!("core-lint-sentence-no-values-hint", answer = "{answer}"),
                );
                return;
            }
            if !keys.iter().any(|k| k == key) {
                self.error(
                    span.clone(),
                    tr!("core-lint-sentence-key", id = id, key = key),
                    &tr!("core-lint-sentence-key-hint", keys = keys.join(", ")),
                );
            }
        }
        if let PlanSentence::ByValue(map) = sentence.get_ref() {
            let keys = sentence_keys(q);
            let missing: Vec<&String> = keys.iter().filter(|k| !map.contains_key(*k)).collect();
            if !keys.is_empty() && !missing.is_empty() {
                self.warn(
                    span.clone(),
                    tr!(
                        "core-lint-sentence-missing",
                        id = id,
                        keys = missing
                            .iter()
                            .map(|k| format!("`{k}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    &tr!("core-lint-sentence-missing-hint"),
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
                    tr!("core-lint-sensitivity-both", owner = owner()),
                    &tr!("core-lint-sensitivity-both-hint"),
                ),
                (false, Some(flag)) => self.warn(
                    flag.span(),
                    tr!("core-lint-sensitive-old", owner = owner()),
                    &if *flag.get_ref() {
                        tr!("core-lint-sensitive-old-restricted")
                    } else {
                        tr!("core-lint-sensitive-old-internal")
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
                    tr!(
                        "core-lint-column-more-open",
                        column = column.id(),
                        id = id,
                        level = own.get_ref().name(),
                        question_level = level.name()
                    ),
                    &tr!("core-lint-column-more-open-hint"),
                );
            }
        }
    }

    fn kind_settings(&mut self, q: &Question) {
        let kind = q.kind();
        let id = q.id();
        let misplaced = |setting: &str, fits: &[&str]| {
            let fits = match fits {
                [first, second] => tr!("core-lint-kinds-two", first = *first, second = *second),
                _ => fits.join(", "),
            };
            (
                tr!(
                    "core-lint-misplaced",
                    setting = setting,
                    kind = kind.name(),
                    id = id
                ),
                tr!("core-lint-misplaced-hint", setting = setting, fits = fits),
            )
        };
        let mut problems: Vec<(Range<usize>, (String, String))> = Vec::new();
        if let Some(choices) = &q.choices
            && !kind.has_choices()
        {
            problems.push((
                choices.span(),
                misplaced("choices", &["single_choice", "multi_choice"]),
            ));
        }
        if q.other && !kind.has_choices() {
            problems.push((
                q.span(),
                misplaced("other", &["single_choice", "multi_choice"]),
            ));
        }
        for bound in [&q.min, &q.max].into_iter().flatten() {
            if !matches!(kind, Kind::Number | Kind::Scale) {
                problems.push((bound.span(), misplaced("min/max", &["number", "scale"])));
            }
        }
        if (q.unit.is_some() || q.integer) && kind != Kind::Number {
            problems.push((q.span(), misplaced("unit/integer", &["number"])));
        }
        if let Some(labels) = &q.labels
            && kind != Kind::Scale
        {
            problems.push((labels.span(), misplaced("labels", &["scale"])));
        }
        if q.item_label.is_some() && kind != Kind::List {
            problems.push((q.span(), misplaced("item_label", &["list"])));
        }
        if let Some(columns) = &q.columns
            && kind != Kind::Table
        {
            problems.push((columns.span(), misplaced("columns", &["table"])));
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
                tr!("core-lint-no-choices", kind = q.kind().name(), id = id),
                &tr!("core-lint-no-choices-hint", example = CHOICES_EXAMPLE),
            );
            return;
        };
        if choices.get_ref().is_empty() {
            self.error(
                choices.span(),
                tr!("core-lint-empty-choices", id = id),
                &tr!("core-lint-empty-choices-hint"),
            );
        }
        self.unique_choices(choices.get_ref(), ("question", id));
        if q.other && q.choice_label(crate::answer::OTHER).is_some() {
            self.error(
                choices.span(),
                tr!("core-lint-other-twice", id = id),
                &tr!("core-lint-other-twice-hint"),
            );
        }
    }

    /// `owner` names the question or column: `("question", id)` or `("column", id)`.
    fn unique_choices(&mut self, choices: &[Choice], (of, owner): (&str, &str)) {
        // Spans, not lines: finding a line scans the file, which only a reported problem needs.
        let mut seen: HashMap<&str, Range<usize>> = HashMap::new();
        for choice in choices {
            let value = choice.value();
            if let Some(first) = seen.get(value) {
                let line = self.line_of(first);
                self.error(
                    choice.value.span(),
                    tr!(
                        "core-lint-choice-twice",
                        of = of,
                        owner = owner,
                        value = value,
                        line = line
                    ),
                    &tr!("core-lint-choice-twice-hint"),
                );
            } else {
                seen.insert(value, choice.value.span());
            }
            if value.trim().is_empty() {
                self.error(
                    choice.value.span(),
                    tr!("core-lint-choice-empty", of = of, owner = owner),
                    &tr!("core-lint-choice-empty-hint"),
                );
            }
        }
    }

    fn scale(&mut self, q: &Question) {
        let id = q.id();
        let (Some(min), Some(max)) = (q.min(), q.max()) else {
            self.error(
                q.kind_span(),
                tr!("core-lint-scale-no-range", id = id),
                &tr!("core-lint-scale-no-range-hint"),
            );
            return;
        };
        if min.fract() != 0.0 || max.fract() != 0.0 || min >= max {
            self.error(
                q.kind_span(),
                tr!(
                    "core-lint-scale-bad-range",
                    id = id,
                    min = min.to_string(),
                    max = max.to_string()
                ),
                &tr!("core-lint-scale-bad-range-hint"),
            );
            return;
        }
        let points = max - min + 1.0;
        if points > MAX_SCALE_POINTS {
            self.error(
                q.kind_span(),
                tr!(
                    "core-lint-scale-points",
                    id = id,
                    points = points,
                    most = MAX_SCALE_POINTS
                ),
                &tr!("core-lint-scale-points-hint"),
            );
        }
        if let Some(labels) = &q.labels
            && labels.get_ref().len() as f64 != points
        {
            self.error(
                labels.span(),
                tr!(
                    "core-lint-scale-labels",
                    id = id,
                    labels = labels.get_ref().len(),
                    points = points
                ),
                &tr!("core-lint-scale-labels-hint"),
            );
        }
    }

    fn range(&mut self, q: &Question) {
        if let (Some(min), Some(max)) = (&q.min, &q.max)
            && min.get_ref() > max.get_ref()
        {
            self.error(
                min.span(),
                tr!(
                    "core-lint-min-above-max",
                    id = q.id(),
                    min = min.get_ref().to_string(),
                    max = max.get_ref().to_string()
                ),
                &tr!("core-lint-min-above-max-hint"),
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
                    tr!("core-lint-no-columns", id = id),
                    &tr!("core-lint-no-columns-hint", example = COLUMNS_EXAMPLE),
                );
                return;
            }
            None => {
                self.error(
                    q.kind_span(),
                    tr!("core-lint-no-columns", id = id),
                    &tr!("core-lint-no-columns-hint", example = COLUMNS_EXAMPLE),
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
                    tr!("core-lint-column-twice", id = id, column = cid, line = line),
                    &tr!("core-lint-column-twice-hint"),
                );
            } else {
                seen.insert(cid, column.id.span());
            }
            match (column.kind, &column.choices) {
                (ColumnKind::Choice, None) => self.error(
                    column.id.span(),
                    tr!("core-lint-column-no-choices", column = cid),
                    &tr!(
                        "core-lint-column-no-choices-hint",
                        example = CHOICES_EXAMPLE
                    ),
                ),
                (ColumnKind::Choice, Some(choices)) if choices.get_ref().is_empty() => self.error(
                    choices.span(),
                    tr!("core-lint-column-empty-choices", column = cid),
                    &tr!("core-lint-empty-choices-hint"),
                ),
                (ColumnKind::Choice, Some(choices)) => {
                    self.unique_choices(choices.get_ref(), ("column", cid))
                }
                (_, Some(choices)) => self.error(
                    choices.span(),
                    tr!(
                        "core-lint-column-choices",
                        column = cid,
                        kind = column.kind.name()
                    ),
                    &tr!("core-lint-column-choices-hint"),
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
                tr!(
                    "core-lint-feeds-summary",
                    id = q.id(),
                    feed = feed.name(),
                    kind = q.kind().name()
                ),
                &tr!("core-lint-feeds-summary-hint"),
            );
        }
        let Some(key) = feed.key_column() else { return };
        if q.kind() != Kind::Table {
            self.error(
                q.span(),
                tr!("core-lint-feeds-table", id = q.id(), feed = feed.name()),
                &tr!("core-lint-feeds-table-hint"),
            );
        } else if !q.columns().is_empty() && !q.columns().iter().any(|c| c.id() == key) {
            self.error(
                q.span(),
                tr!(
                    "core-lint-feeds-key",
                    id = q.id(),
                    feed = feed.name(),
                    column = key
                ),
                &tr!("core-lint-feeds-key-hint"),
            );
        }
    }

    fn condition(&mut self, owner: &Question, condition: &Spanned<Condition>, depth: usize) {
        let span = condition.span();
        if depth > MAX_CONDITION_DEPTH {
            self.error(
                span,
                tr!(
                    "core-lint-condition-deep",
                    id = owner.id(),
                    depth = MAX_CONDITION_DEPTH
                ),
                &tr!("core-lint-condition-deep-hint"),
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
        // Made only for a condition that has a problem: most have none.
        let shape_hint = || {
            tr!(
                "core-lint-condition-shape-hint",
                test = "{ question = \"id\", equals = ... }",
                combine = "all = [...], any = [...], not = {...}"
            )
        };
        match (&c.question, tests, groups) {
            (Some(target), 1, 0) => self.condition_test(owner, target, c),
            (None, 0, 1) => {
                for inner in c.all.iter().chain(c.any.iter()).flatten() {
                    self.condition(owner, inner, depth + 1);
                }
                if c.all.as_ref().or(c.any.as_ref()).is_some_and(Vec::is_empty) {
                    self.error(
                        span,
                        tr!("core-lint-condition-empty-list", id = owner.id()),
                        &tr!("core-lint-condition-empty-list-hint"),
                    );
                }
                if let Some(inner) = &c.not {
                    self.condition(owner, inner, depth + 1);
                }
            }
            (Some(_), 0, 0) => self.error(
                span,
                tr!("core-lint-condition-no-test", id = owner.id()),
                &shape_hint(),
            ),
            (None, 0, 0) => self.error(
                span,
                tr!("core-lint-condition-empty", id = owner.id()),
                &shape_hint(),
            ),
            _ => self.error(
                span,
                tr!("core-lint-condition-mixed", id = owner.id()),
                &shape_hint(),
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
                tr!("core-lint-condition-itself", id = name),
                &tr!("core-lint-condition-itself-hint"),
            );
            return;
        }
        let Some((_, referred)) = self.questions.get(name).copied() else {
            let hint = match self.source.find(&format!("id = \"{name}\"")) {
                Some(_) => tr!("core-lint-condition-later-hint"),
                None => self.suggest(name),
            };
            let message = if self.source.contains(&format!("id = \"{name}\"")) {
                tr!("core-lint-condition-later", id = owner.id(), name = name)
            } else {
                tr!("core-lint-condition-unknown", id = owner.id(), name = name)
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
                    tr!("core-lint-condition-empty-one-of", id = owner.id()),
                    &tr!("core-lint-condition-empty-one-of-hint"),
                );
            }
            for option in options.get_ref() {
                self.condition_value(owner, referred, option, options.span());
            }
        }
        if let Some(needle) = &c.contains {
            match referred.kind() {
                Kind::MultiChoice => {
                    self.known_choice(owner, referred, needle.get_ref(), needle.span())
                }
                Kind::List | Kind::ShortText | Kind::LongText => {}
                kind => self.error(
                    needle.span(),
                    tr!(
                        "core-lint-condition-contains",
                        id = owner.id(),
                        kind = kind.name(),
                        name = name
                    ),
                    &tr!("core-lint-condition-contains-hint"),
                ),
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
            let hint = match referred.kind() {
                Kind::YesNo => tr!("core-lint-compare-yes-no-hint"),
                Kind::Number | Kind::Scale => tr!("core-lint-compare-number-hint"),
                Kind::List | Kind::Table => tr!("core-lint-compare-nothing-hint"),
                _ => tr!("core-lint-compare-text-hint"),
            };
            self.error(
                span,
                tr!(
                    "core-lint-condition-compares",
                    id = owner.id(),
                    kind = referred.kind().name(),
                    name = name,
                    value = describe(value)
                ),
                &hint,
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
                tr!(
                    "core-lint-condition-choice",
                    id = owner.id(),
                    value = value,
                    question = referred.id()
                ),
                &tr!("core-lint-choices-hint", choices = known.join(", ")),
            );
        }
    }

    fn suggest(&self, name: &str) -> String {
        let closest = self.questions.keys().map(|k| (distance(k, name), *k)).min();
        match closest {
            Some((distance, k)) if distance <= 3 => tr!("core-did-you-mean", name = k),
            _ => tr!("core-lint-condition-unknown-hint"),
        }
    }

    fn migrations(&mut self, workbook: &Workbook) {
        for migration in &workbook.migrations {
            let span = migration.action.span();
            if migration.version > workbook.version {
                self.error(
                    span.clone(),
                    tr!(
                        "core-lint-migration-version",
                        migration = migration.version.to_string(),
                        version = workbook.version.to_string()
                    ),
                    &tr!("core-lint-migration-version-hint"),
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
                self.error(
                    span,
                    tr!("core-lint-migration-shape"),
                    &tr!("core-lint-migration-shape-hint"),
                );
                continue;
            }
            match migration.action.get_ref() {
                MigrationAction::RenameQuestion => {
                    let to = migration.to.as_ref().expect("checked above");
                    if !self.questions.contains_key(to.get_ref().as_str()) {
                        self.error(
                            to.span(),
                            tr!(
                                "core-lint-migration-rename-unknown",
                                question = to.get_ref()
                            ),
                            &tr!("core-lint-migration-rename-unknown-hint"),
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
                            tr!("core-lint-migration-move-unknown", question = to.get_ref()),
                            &tr!("core-lint-migration-move-unknown-hint"),
                        );
                    }
                }
                MigrationAction::MapValues => {
                    let target = migration.question.as_ref().expect("checked above");
                    match self.questions.get(target.get_ref().as_str()).copied() {
                        None => self.error(
                            target.span(),
                            tr!("core-lint-migration-unknown", question = target.get_ref()),
                            &tr!("core-lint-migration-unknown-hint"),
                        ),
                        Some((_, q)) if q.kind().has_choices() => {
                            let values = migration.values.as_ref().expect("checked above");
                            for to in values.get_ref().values() {
                                if q.choice_label(to).is_none() {
                                    self.error(
                                        values.span(),
                                        tr!(
                                            "core-lint-migration-map-choice",
                                            value = to.as_str(),
                                            question = q.id()
                                        ),
                                        &tr!("core-lint-migration-map-choice-hint"),
                                    );
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
                            tr!("core-lint-migration-unknown", question = target.get_ref()),
                            &tr!("core-lint-migration-unknown-hint"),
                        ),
                        Some((_, q)) => {
                            if let Some(to) = &migration.to
                                && q.choice_label(to.get_ref()).is_none()
                            {
                                self.error(
                                    to.span(),
                                    tr!(
                                        "core-lint-migration-rename-choice",
                                        value = to.get_ref(),
                                        question = q.id()
                                    ),
                                    &tr!("core-lint-migration-rename-choice-hint"),
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A value of a workbook file in words, for a message (`true` and `false` as written).
fn describe(value: &toml::Value) -> String {
    match value {
        toml::Value::String(s) => tr!("core-lint-value-text", text = s.as_str()),
        toml::Value::Boolean(b) => format!("{b}"),
        toml::Value::Integer(i) => tr!("core-lint-value-number", number = i.to_string()),
        toml::Value::Float(f) => tr!("core-lint-value-number", number = f.to_string()),
        other => tr!("core-lint-value-other", kind = other.type_str()),
    }
}

/// How choices are written, for hints (code: the same in every language).
const CHOICES_EXAMPLE: &str = "choices = [{ value = \"...\", label = \"...\" }, ...]";

/// How table columns are written, for hints.
const COLUMNS_EXAMPLE: &str = "columns = [{ id = \"...\", label = \"...\" }, ...]";

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::speak_on_this_thread;
    use crate::workbook::load::parse_workbook;

    const BROKEN: &str = "id = \"t\"\ntitle = \"T\"\narea = \"t\"\nversion = 1\nsummary = \"s\"\naudiences = [\"mayor\"]\n\n[[sections]]\nid = \"s\"\ntitle = \"S\"\n\n[[sections.examples]]\ncity = \"Lyon\"\ntext = \"x\"\nsource = \"https://example.org\"\n\n[[sections.questions]]\nid = \"q\"\nkind = \"scale\"\nprompt = \"?\"\nguidance = \"g\"\n";

    fn messages(tag: &str) -> Vec<(String, Option<String>)> {
        let _speaking = speak_on_this_thread(tag);
        let workbook = parse_workbook("t.toml", BROKEN).unwrap();
        lint(&workbook, "t.toml", BROKEN)
            .into_iter()
            .map(|d| (d.message, d.hint))
            .collect()
    }

    #[test]
    fn problems_are_told_in_the_users_language_with_ids_and_keys_as_written() {
        let english = "scale question `q` has no range".to_string();
        let hint = "set min and max, for example min = 1 and max = 5".to_string();
        assert_eq!(messages("en"), [(english, Some(hint))]);
        assert_eq!(
            messages("es"),
            [(
                "la pregunta de escala `q` no tiene rango".to_string(),
                Some("indique min y max, por ejemplo min = 1 y max = 5".to_string())
            )]
        );
        assert_eq!(
            messages("ar"),
            [(
                "لا مدى لسؤال المقياس `q`".to_string(),
                Some("حدّد min وmax، مثل min = 1 وmax = 5".to_string())
            )]
        );
    }
}
