//! Every text of a workbook a reader sees, under the key a translation file gives it, and
//! putting a translation's texts in place. One walk over the workbook serves both, so the keys
//! a translator is asked for are exactly the ones applied.
//!
//! Keys, with the English field each stands for:
//!
//! | key | English |
//! |---|---|
//! | `workbook.title`, `workbook.summary` | the workbook's `title`, `summary` |
//! | `plan.heading`, `plan.intro` | `[plan]` |
//! | `sections.<id>.title`, `.intro` | a section |
//! | `sections.<id>.examples.<city>.text`, `.country` | a section's example, by its city |
//! | `questions.<id>.prompt`, `.guidance`, `.plan_label`, `.placeholder`, `.compare`, `.unit`, `.item_label` | a question |
//! | `questions.<id>.plan_sentence` or `.plan_sentence.<value>` | its plan sentence (one, or per answer) |
//! | `questions.<id>.choices.<value>` | a choice's label, by its value |
//! | `questions.<id>.labels.<point>` | a scale point's label, by the point (`1` to `5`) |
//! | `questions.<id>.columns.<column>.label`, `.columns.<column>.choices.<value>` | a table column |
//! | `questions.<id>.example.text`, `.country` | a question's example |
//! | `questions."<workbook>.<question>".prompt`, `.guidance` | a `uses` entry's own prompt and guidance |
//! | `glossary.<term>.term`, `.definition` | a glossary entry, by its English term |
//! | `migrations.<version>.<question>.note` | a migration's note (`<question>.<value>` for a choice) |
//!
//! Two examples of one section from the same city are `<city>` and `<city> 2`. The `area`,
//! ids, choice values, kinds and conditions are keys, never translated; city names and sources
//! of examples stay as they are.

use std::collections::HashSet;

use super::{Key, Translation};
use crate::workbook::model::{
    Example, GlossaryEntry, Migration, PlanSentence, Question, Section, Workbook,
};

/// What a text is, for the checks a translation of it must pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Markdown or plain text: the translation keeps its layout (lists, headings) and links.
    Prose,
    /// A plan sentence: the translation keeps its `{answer}`, `{other}` and `{city}`.
    Sentence,
    /// A glossary term: the translation may give `aliases` (other spellings to highlight).
    Term,
}

/// One text of an English file, to translate.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub key: Key,
    pub english: String,
    /// Where the English is written in its file: table names and array indexes from the top.
    pub place: Vec<Step>,
    pub form: Form,
}

/// One step from the top of a TOML document to a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

fn key(name: &str) -> Step {
    Step::Key(name.to_string())
}

/// Every text of `workbook` (as parsed, before `uses` are resolved), in the file's order.
pub fn workbook_texts(workbook: &Workbook) -> Vec<Text> {
    let mut copy = workbook.clone();
    let mut texts = Vec::new();
    walk_workbook(
        &mut Walker::new(&mut |text, _| texts.push(text.clone())),
        &mut copy,
    );
    texts
}

/// Every text of a glossary file's entries, in the file's order.
pub fn glossary_texts(entries: &[GlossaryEntry]) -> Vec<Text> {
    let mut copy = entries.to_vec();
    let mut texts = Vec::new();
    walk_glossary(
        &mut Walker::new(&mut |text, _| texts.push(text.clone())),
        &mut copy,
    );
    texts
}

/// `workbook` with the translated texts in place, English where an entry is missing or empty.
/// A stale entry is used: a slightly outdated translation reads better than a change of
/// language in mid-page. Ids, values, kinds and conditions are untouched. Apply it to workbooks
/// as parsed, then resolve the catalog, so a question shown from another workbook is shown in
/// its home's translation.
pub fn apply(workbook: &Workbook, translation: &Translation) -> Workbook {
    let mut translated = workbook.clone();
    walk_workbook(
        &mut Walker::new(&mut |text, target| put(translation, text, target)),
        &mut translated,
    );
    translated
}

/// A glossary's entries with the translated terms, definitions and aliases in place.
pub fn apply_glossary(entries: &[GlossaryEntry], translation: &Translation) -> Vec<GlossaryEntry> {
    let mut translated = entries.to_vec();
    walk_glossary(
        &mut Walker::new(&mut |text, target| put(translation, text, target)),
        &mut translated,
    );
    translated
}

fn put(translation: &Translation, text: &Text, target: Target<'_>) {
    let Some(entry) = translation.entries.get(&text.key) else {
        return;
    };
    if entry.text.trim().is_empty() {
        return;
    }
    match target {
        Target::Text(slot) => *slot = entry.text.clone(),
        Target::Term(slot, aliases) => {
            *slot = entry.text.clone();
            if let Some(own) = &entry.aliases {
                *aliases = own.clone();
            }
        }
    }
}

/// The place a walk hands over: a text, or a glossary term with its aliases.
enum Target<'a> {
    Text(&'a mut String),
    Term(&'a mut String, &'a mut Vec<String>),
}

type Visit<'f> = dyn FnMut(&Text, Target<'_>) + 'f;

struct Walker<'f> {
    key: Vec<String>,
    place: Vec<Step>,
    seen: HashSet<Vec<String>>,
    visit: &'f mut Visit<'f>,
}

impl<'f> Walker<'f> {
    fn new(visit: &'f mut Visit<'f>) -> Walker<'f> {
        Walker {
            key: Vec::new(),
            place: Vec::new(),
            seen: HashSet::new(),
            visit,
        }
    }

    /// Runs `inner` under the absolute key `key` (made unique) and `place` below the current
    /// place.
    fn rooted(&mut self, key: Vec<String>, place: &[Step], inner: impl FnOnce(&mut Self)) {
        let key = self.unique(key);
        let saved = std::mem::replace(&mut self.key, key);
        let depth = self.place.len();
        self.place.extend_from_slice(place);
        inner(self);
        self.place.truncate(depth);
        self.key = saved;
    }

    /// Runs `inner` with `parts` added to the current key and `place` to the current place.
    fn within(&mut self, parts: &[&str], place: &[Step], inner: impl FnOnce(&mut Self)) {
        let mut key = self.key.clone();
        key.extend(parts.iter().map(|p| p.to_string()));
        self.rooted(key, place, inner);
    }

    /// The key, or with ` 2`, ` 3`... added to its last part if an earlier object took it.
    fn unique(&mut self, key: Vec<String>) -> Vec<String> {
        let mut candidate = key.clone();
        let mut n = 1;
        while self.seen.contains(&candidate) {
            n += 1;
            if let (Some(last), Some(base)) = (candidate.last_mut(), key.last()) {
                *last = format!("{base} {n}");
            }
        }
        self.seen.insert(candidate.clone());
        candidate
    }

    fn hand_over(&mut self, part: &str, place: &[Step], form: Form, target: Target<'_>) {
        let english = match &target {
            Target::Text(text) | Target::Term(text, _) => (**text).clone(),
        };
        if english.trim().is_empty() {
            return;
        }
        let mut key = self.key.clone();
        key.push(part.to_string());
        let mut full_place = self.place.clone();
        full_place.extend_from_slice(place);
        let text = Text {
            key: Key(key),
            english,
            place: full_place,
            form,
        };
        (self.visit)(&text, target);
    }

    fn text(&mut self, part: &str, place: &[Step], form: Form, text: &mut String) {
        self.hand_over(part, place, form, Target::Text(text));
    }

    /// A field of the current object, named as in the English file.
    fn field(&mut self, name: &str, text: &mut String) {
        self.text(name, &[key(name)], Form::Prose, text);
    }

    fn optional(&mut self, name: &str, text: &mut Option<String>) {
        if let Some(text) = text {
            self.field(name, text);
        }
    }
}

fn walk_workbook(w: &mut Walker, workbook: &mut Workbook) {
    w.rooted(vec!["workbook".into()], &[], |w| {
        w.field("title", &mut workbook.title);
        w.field("summary", &mut workbook.summary);
    });
    if let Some(plan) = &mut workbook.plan {
        w.rooted(vec!["plan".into()], &[key("plan")], |w| {
            w.optional("heading", &mut plan.heading);
            w.optional("intro", &mut plan.intro);
        });
    }
    walk_glossary(w, &mut workbook.glossary);
    for (s, section) in workbook.sections.iter_mut().enumerate() {
        let place = [key("sections"), Step::Index(s)];
        walk_section(w, section, &place);
        for (q, question) in section.questions.iter_mut().enumerate() {
            let id = question_key(question);
            let place = [
                key("sections"),
                Step::Index(s),
                key("questions"),
                Step::Index(q),
            ];
            w.rooted(vec!["questions".into(), id], &place, |w| {
                walk_question(w, question)
            });
        }
    }
    for (m, migration) in workbook.migrations.iter_mut().enumerate() {
        let subject = migration_subject(migration);
        let place = [key("migrations"), Step::Index(m)];
        let version = migration.version.to_string();
        w.rooted(vec!["migrations".into(), version, subject], &place, |w| {
            w.optional("note", &mut migration.note)
        });
    }
}

fn walk_glossary(w: &mut Walker, entries: &mut [GlossaryEntry]) {
    for (g, entry) in entries.iter_mut().enumerate() {
        let term = entry.term.get_ref().clone();
        w.rooted(
            vec!["glossary".into(), term],
            &[key("glossary"), Step::Index(g)],
            |w| {
                let target = Target::Term(entry.term.get_mut(), &mut entry.aliases);
                w.hand_over("term", &[key("term")], Form::Term, target);
                w.field("definition", &mut entry.definition);
            },
        );
    }
}

fn walk_section(w: &mut Walker, section: &mut Section, place: &[Step]) {
    let id = section.id.get_ref().clone();
    w.rooted(vec!["sections".into(), id], place, |w| {
        w.field("title", &mut section.title);
        w.optional("intro", &mut section.intro);
        for (e, example) in section.examples.iter_mut().enumerate() {
            let city = example.city.clone();
            w.within(
                &["examples", &city],
                &[key("examples"), Step::Index(e)],
                |w| walk_example(w, example),
            );
        }
    });
}

fn walk_example(w: &mut Walker, example: &mut Example) {
    w.field("text", &mut example.text);
    w.optional("country", &mut example.country);
}

/// A question's key: its id, or for a `uses` entry the question it shows.
fn question_key(question: &Question) -> String {
    match (&question.uses, &question.id) {
        (Some(uses), _) => uses.get_ref().clone(),
        (None, Some(id)) => id.get_ref().clone(),
        (None, None) => String::new(),
    }
}

fn walk_question(w: &mut Walker, q: &mut Question) {
    w.field("prompt", &mut q.prompt);
    w.optional("guidance", &mut q.guidance);
    if q.uses.is_some() {
        // Everything else of a `uses` entry is its home question's, translated there.
        return;
    }
    w.optional("plan_label", &mut q.plan_label);
    w.optional("placeholder", &mut q.placeholder);
    w.optional("compare", &mut q.compare);
    w.optional("unit", &mut q.unit);
    w.optional("item_label", &mut q.item_label);
    if let Some(sentence) = &mut q.plan_sentence {
        match sentence.get_mut() {
            PlanSentence::One(text) => w.text(
                "plan_sentence",
                &[key("plan_sentence")],
                Form::Sentence,
                text,
            ),
            PlanSentence::ByValue(map) => {
                w.within(&["plan_sentence"], &[key("plan_sentence")], |w| {
                    for (value, text) in map.iter_mut() {
                        w.text(value, &[key(value)], Form::Sentence, text);
                    }
                })
            }
        }
    }
    if let Some(choices) = &mut q.choices {
        walk_choices(w, choices.get_mut());
    }
    let min = q.min().map_or(1, |m| m as i64);
    if let Some(labels) = &mut q.labels {
        w.within(&["labels"], &[key("labels")], |w| {
            for (i, label) in labels.get_mut().iter_mut().enumerate() {
                let point = (min + i as i64).to_string();
                w.text(&point, &[Step::Index(i)], Form::Prose, label);
            }
        });
    }
    if let Some(columns) = &mut q.columns {
        for (c, column) in columns.get_mut().iter_mut().enumerate() {
            let id = column.id.get_ref().clone();
            w.within(&["columns", &id], &[key("columns"), Step::Index(c)], |w| {
                w.field("label", &mut column.label);
                if let Some(choices) = &mut column.choices {
                    walk_choices(w, choices.get_mut());
                }
            });
        }
    }
    if let Some(example) = &mut q.example {
        w.within(&["example"], &[key("example")], |w| {
            walk_example(w, example)
        });
    }
}

fn walk_choices(w: &mut Walker, choices: &mut [crate::workbook::model::Choice]) {
    w.within(&["choices"], &[], |w| {
        for (i, choice) in choices.iter_mut().enumerate() {
            let value = choice.value.get_ref().clone();
            let place = [key("choices"), Step::Index(i), key("label")];
            w.text(&value, &place, Form::Prose, &mut choice.label);
        }
    });
}

/// What a migration is about: its question (with the choice value for a choice's change), or
/// the question it moves.
fn migration_subject(migration: &Migration) -> String {
    let part =
        |v: &Option<crate::workbook::Spanned<String>>| v.as_ref().map(|s| s.get_ref().clone());
    match (part(&migration.question), part(&migration.from)) {
        (Some(question), Some(from)) => format!("{question}.{from}"),
        (Some(question), None) => question,
        (None, Some(from)) => from,
        (None, None) => String::new(),
    }
}
