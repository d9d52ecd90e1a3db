//! Building the [`Plan`] data from the workbooks and a city's profile. A pure function: the
//! same workbooks, answers and options always give the same plan.
//!
//! Each answer the edition may show goes where its question's `feeds` says: a chapter finding,
//! a consolidated table (read through the table's spec in [`super::tables`]), governance, the
//! review schedule, or the executive summary.

use crate::answer::{NumberFormat, OTHER, Row, Value, read};
use crate::profile::{
    Answer, Profile, Reader, Status as AnswerStatus, Track, WorkbookStatus, round,
};
use crate::workbook::{Catalog, Column, Feed, Kind, Question, Workbook};

use std::sync::Arc;

use crate::messages::Messages;
use crate::tr;

use super::escape::{blocks, one_line};
use super::model::*;
use super::sentence::{Voice, say, words};
use super::tables::{self, TableSpec};
use super::words::{W, Words};
use super::{Edition, PlanError, PlanOptions, money};

/// How many actions the executive summary lists as priorities.
const TOP_PRIORITIES: usize = 5;

pub fn build(
    catalog: &Catalog,
    profile: &Profile,
    options: &PlanOptions,
) -> Result<Plan, PlanError> {
    // The plan is written in the workbooks' language, with the city's way of writing numbers.
    let words = Arc::new(Words::new(
        catalog.language_tag(),
        profile.city.number_format,
    ));
    // A closed round's plan is built from the city as it stood when the round closed, so its
    // progress chapter compares with the round before it.
    let then;
    let (profile, round) = match &options.round {
        Some(label) if !label.eq_ignore_ascii_case(round::CURRENT) => {
            let (label, closed) = round::find(profile, label)?;
            let info = super::progress::round_info(label, closed, &words);
            then = round::as_closed(profile, label)?;
            (&then, Some(info))
        }
        _ => (profile, None),
    };
    // The last round's plan does not depend on this one: it is built on the other core.
    let (plan, last) = std::thread::scope(|scope| {
        let last = scope.spawn(|| {
            // The plan's message files are read here, while this thread is ahead: the other
            // one first reads every answer, and finds them read when it needs its words.
            words.warm();
            super::progress::last_round(catalog, profile, options, &words)
        });
        let plan = build_answers(catalog, profile, options, &words);
        let last = last
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (plan, last)
    });
    let mut plan = plan?;
    plan.round = round;
    if let Some(last) = last? {
        plan.since_last_round = Some(super::progress::since_last_round(
            catalog, profile, &plan, &last,
        ));
        // Taking apart a whole plan and a copy of the city is work nobody waits for: it is done
        // on a thread of its own (a program that ends first simply stops it).
        std::thread::spawn(move || drop(last));
    }
    plan.summary.progress = plan
        .since_last_round
        .as_ref()
        .map(|since| super::progress::summary_sentence(since, &words));
    Ok(plan)
}

/// The plan of these answers, without the chapter on progress since the last round.
pub(super) fn build_answers(
    catalog: &Catalog,
    profile: &Profile,
    options: &PlanOptions,
    words: &Arc<Words>,
) -> Result<Plan, PlanError> {
    let workbooks = select(catalog, &options.workbooks)?;
    let messages = words.messages;
    let reader = Reader::new(options.audience.as_audience(), profile.city.track);
    let status = AnswerStatus::new(catalog, profile);
    let edition = options.edition;
    let mut plan = Plan {
        city: one_line(&profile.city.name),
        language: catalog.language_tag().to_string(),
        country: profile.city.country.as_deref().map(one_line),
        date: options.date.to_string(),
        date_text: words.date(&options.date.to_string()),
        audience: options.audience.name().to_string(),
        prepared_for: options.audience.phrase(messages),
        prepared_by: options
            .prepared_by
            .as_deref()
            .map(one_line)
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| match profile.city.role {
                crate::profile::Role::Mayor => tr!(in messages; "plan-prepared-by-mayor"),
                crate::profile::Role::Official => tr!(in messages; "plan-prepared-by-official"),
            }),
        track: profile.city.track.name().to_string(),
        track_phrase: match profile.city.track {
            Track::Full => tr!(in messages; "plan-track-full"),
            Track::Core => tr!(in messages; "plan-track-core"),
        },
        edition: EditionInfo {
            name: edition.name().to_string(),
            title: edition.title_in(messages),
            notice: edition.notice(messages),
        },
        status: options.status.name().to_string(),
        status_label: options.status.label(messages),
        version: one_line(&options.version),
        currency: profile
            .city
            .currency
            .as_deref()
            .map(one_line)
            .filter(|c| !c.is_empty()),
        trace: options.trace,
        include_sensitive: edition == Edition::Restricted,
        round: None,
        since_last_round: None,
        summary: Summary {
            opening: String::new(),
            need: Vec::new(),
            objectives: Vec::new(),
            priorities: Vec::new(),
            cost: None,
            progress: None,
            decisions: Vec::new(),
            missing: 0,
            answered: 0,
            relevant: 0,
            areas: Vec::new(),
        },
        chapters: Vec::new(),
        governance: Vec::new(),
        review: Vec::new(),
        actions: Vec::new(),
        indicators: Vec::new(),
        stakeholders: Vec::new(),
        risks: Vec::new(),
        delivery_risks: Vec::new(),
        columns: Default::default(),
        budget: Budget::default(),
        sources: TableSources::default(),
        open_questions: Vec::new(),
        progress: Vec::new(),
        examples: Vec::new(),
        withheld: Withheld::default(),
        words: words.clone(),
    };
    let context = Context {
        profile,
        reader,
        edition,
        voice: Voice {
            city: &profile.city.name,
            format: profile.city.number_format,
            words,
        },
    };
    for workbook in &workbooks {
        let index = catalog
            .iter()
            .position(|w| w.id() == workbook.id())
            .unwrap_or_default();
        add_workbook(&mut plan, workbook, status.of(index), &context);
    }
    plan.actions = tables::merge_duplicate_actions(std::mem::take(&mut plan.actions));
    tables::sort_actions(&mut plan.actions);
    // The sum as the plan writes sums ("EUR 40,000"), else the cell as typed ("Staff time").
    for action in &mut plan.actions {
        let text = match money::sum(
            action.get("budget"),
            profile.city.number_format,
            plan.currency.as_deref(),
        ) {
            Some(sum) => words.amount(sum, plan.currency.as_deref()),
            None => action.get("budget").to_string(),
        };
        action.cells.insert("cost".into(), text);
    }
    for spec in tables::TABLES {
        let rows = match spec.feed {
            Feed::Actions => &plan.actions,
            Feed::Indicators => &plan.indicators,
            Feed::Stakeholders => &plan.stakeholders,
            Feed::Risks => &plan.risks,
            _ => &plan.delivery_risks,
        };
        let mut shown = spec.shown_columns(rows, words);
        if let Some(currency) = &plan.currency {
            for column in shown.iter_mut().filter(|c| c.id == "budget") {
                column.heading =
                    tr!(in messages; "plan-column-budget-currency", currency = currency);
            }
        }
        plan.columns.insert(spec.name.to_string(), shown);
    }
    plan.budget = budget(&plan, &workbooks, profile.city.number_format);
    plan.summary.priorities = priorities(
        &plan.actions,
        profile.city.number_format,
        plan.currency.as_deref(),
    );
    plan.summary.cost = cost_sentence(&plan.budget, words);
    if plan.summary.decisions.is_empty() && options.status != super::Status::Adopted {
        plan.summary.decisions = default_decisions(&plan);
    }
    plan.summary.opening = opening(&plan);
    plan.withheld.count = plan.withheld.questions.len();
    plan.withheld.description = withheld_description(&plan.withheld, edition, messages);
    Ok(plan)
}

/// What every answer of one build is read with.
struct Context<'a> {
    profile: &'a Profile,
    reader: Reader,
    edition: Edition,
    voice: Voice<'a>,
}

/// The workbooks to cover, in catalog order; all of them when none are named.
fn select<'c>(catalog: &'c Catalog, ids: &[String]) -> Result<Vec<&'c Workbook>, PlanError> {
    if let Some(unknown) = ids.iter().find(|id| catalog.get(id).is_none()) {
        return Err(PlanError::UnknownWorkbook {
            id: unknown.clone(),
            known: catalog.ids().join(", "),
        });
    }
    Ok(catalog
        .iter()
        .filter(|w| ids.is_empty() || ids.iter().any(|id| id == w.id()))
        .collect())
}

fn add_workbook(plan: &mut Plan, workbook: &Workbook, status: &WorkbookStatus, cx: &Context) {
    let done = status.progress(workbook, cx.reader);
    let area = AreaProgress {
        workbook: workbook.id().to_string(),
        title: one_line(workbook.chapter_heading()),
        area: workbook.area.clone(),
        progress: done,
        percent: done.percent(),
    };
    plan.summary.areas.push(area.clone());
    plan.progress.push(area);
    plan.summary.answered += done.answered;
    plan.summary.relevant += done.relevant;
    plan.summary.missing += done.required - done.required_answered;

    let mut applies = status.relevant.iter().copied();
    // The question's index in the workbook, as the status counts them.
    let mut index = 0;
    let mut chapter = Chapter {
        workbook: workbook.id().to_string(),
        title: one_line(&workbook.title),
        heading: one_line(workbook.chapter_heading()),
        intro: workbook.plan.as_ref().and_then(|p| p.intro.clone()),
        questions: Vec::new(),
        sections: Vec::new(),
        progress: done,
    };
    let mut open = Vec::new();
    for section in &workbook.sections {
        let mut findings = Vec::new();
        for question in &section.questions {
            // A question shown from another workbook is printed once, in its home chapter. On
            // the core track, answers the city gave beyond the core are printed all the same;
            // only the track's own questions are listed as open.
            let at = index;
            index += 1;
            let shown =
                applies.next().unwrap_or(false) && question.audience().includes(cx.reader.audience);
            if !shown || question.is_reused() {
                continue;
            }
            let id = format!("{}.{}", workbook.id(), question.id());
            // The plan shows what an answer means; one that is not understood is an open point.
            let understood = cx
                .profile
                .answer(workbook.id(), question.id())
                .and_then(|a| {
                    // The status read every answer already: one that reads as itself is
                    // taken as stored, without validating it a second time.
                    let value = if status.is_canonical(at) {
                        Some(&a.value).filter(|v| v.is_answered())?.clone()
                    } else {
                        let reading = read(question, &a.value, a.other.as_deref(), cx.voice.format);
                        reading.value().filter(|v| v.is_answered())?.clone()
                    };
                    // Every field but the value, which is the reading's (cloning the whole
                    // answer copied the stored value only to drop it).
                    Some(Answer {
                        value,
                        other: a.other.clone(),
                        workbook_version: a.workbook_version,
                        changed: a.changed,
                        notes: a.notes.clone(),
                        from_round: a.from_round.clone(),
                    })
                });
            let Some(answer) = understood else {
                if question.required && cx.reader.reads(question) {
                    open.push(OpenQuestion {
                        id,
                        label: one_line(question.label()),
                    });
                }
                continue;
            };
            if !cx.edition.shows(question.sensitivity()) {
                plan.withheld.questions.push(id);
                plan.withheld.actions |= question.feeds == Feed::Actions;
                continue;
            }
            if let Some(example) = &question.example {
                cite(plan, example, &id);
            }
            let answer = without_hidden_cells(question, answer, &id, cx.edition, plan);
            if let Some(finding) = feed(plan, question, &answer, &id, cx) {
                chapter.questions.push(id);
                findings.push(finding);
            }
        }
        if !findings.is_empty() {
            chapter.sections.push(ChapterSection {
                id: section.id.get_ref().clone(),
                title: one_line(&section.title),
                findings,
            });
        }
    }
    if !open.is_empty() {
        plan.open_questions.push(OpenWorkbook {
            workbook: workbook.id().to_string(),
            title: one_line(workbook.chapter_heading()),
            questions: open,
        });
    }
    // An area with nothing to say has no chapter.
    if !chapter.sections.is_empty() {
        plan.chapters.push(chapter);
    }
}

/// A copy of a table answer without the cells of the columns this edition does not show, each
/// column left out recorded as `workbook.question.column`.
fn without_hidden_cells(
    question: &Question,
    mut answer: Answer,
    id: &str,
    edition: Edition,
    plan: &mut Plan,
) -> Answer {
    if let Value::Table(rows) = &mut answer.value {
        let level = question.sensitivity();
        for column in question
            .columns()
            .iter()
            .filter(|c| !edition.shows(c.sensitivity(level)))
        {
            let mut removed = false;
            for row in rows.iter_mut() {
                removed |= row.remove(column.id()).is_some();
            }
            if removed {
                plan.withheld
                    .questions
                    .push(format!("{id}.{}", column.id()));
            }
        }
    }
    answer
}

/// Lists an example once: the same city and source cited again (by another question, or by
/// another workbook in other words) adds only its citer.
fn cite(plan: &mut Plan, example: &crate::workbook::Example, by: &str) {
    let same = |c: &&mut Citation| {
        c.city == one_line(&example.city)
            && c.source.trim_end_matches('/') == example.source.trim_end_matches('/')
    };
    if let Some(existing) = plan.examples.iter_mut().find(same) {
        if !existing.cited_by.iter().any(|c| c == by) {
            existing.cited_by.push(by.to_string());
        }
        return;
    }
    // The workbook's lesson speaks to the person filling it in; the plan keeps it apart.
    let lesson = format!(" {} ", plan.words.text(W::ExampleLesson));
    let (text, lesson) = match example.text.split_once(&lesson) {
        Some((text, lesson)) => (text.to_string(), Some(lesson.to_string())),
        None => (example.text.clone(), None),
    };
    plan.examples.push(Citation {
        city: one_line(&example.city),
        country: example.country.as_deref().map(one_line),
        text,
        lesson,
        source: example.source.clone(),
        cited_by: vec![by.to_string()],
    });
}

/// Puts one answer where its question's `feeds` says. Returns the chapter's finding, if the
/// answer shows in its chapter.
fn feed(
    plan: &mut Plan,
    question: &Question,
    answer: &Answer,
    id: &str,
    cx: &Context,
) -> Option<Finding> {
    if let (Some(spec), Value::Table(rows)) = (tables::spec(question.feeds), &answer.value) {
        let columns = question.columns();
        let made: Vec<TableRow> = rows
            .iter()
            .map(|r| spec.row(columns, r, id, cx.voice.words))
            .collect();
        let (target, sources) = table_of(plan, question.feeds);
        target.extend(made);
        sources.push(id.to_string());
        // Columns the consolidated table does not show stay in the chapter.
        return extra_columns(spec, question, rows).map(|table| Finding {
            table: Some(table),
            ..finding(question, id, cx.voice.words)
        });
    }
    let made = said(question, answer, id, cx);
    match question.feeds {
        Feed::Governance => {
            plan.sources.governance.push(id.to_string());
            plan.governance.push(made);
            None
        }
        Feed::Review => {
            plan.sources.review.push(id.to_string());
            plan.review.push(made);
            None
        }
        Feed::Need => {
            plan.sources.need.push(id.to_string());
            plan.summary.need.push(made);
            None
        }
        Feed::Objectives => {
            plan.sources.objectives.push(id.to_string());
            plan.summary.objectives.push(made);
            None
        }
        Feed::Decisions => {
            plan.sources.decisions.push(id.to_string());
            plan.summary.decisions.extend(lines(&answer.value));
            None
        }
        _ => Some(made),
    }
}

fn table_of(plan: &mut Plan, feed: Feed) -> (&mut Vec<TableRow>, &mut Vec<String>) {
    match feed {
        Feed::Actions => (&mut plan.actions, &mut plan.sources.actions),
        Feed::Indicators => (&mut plan.indicators, &mut plan.sources.indicators),
        Feed::Stakeholders => (&mut plan.stakeholders, &mut plan.sources.stakeholders),
        Feed::Risks => (&mut plan.risks, &mut plan.sources.risks),
        _ => (&mut plan.delivery_risks, &mut plan.sources.delivery_risks),
    }
}

/// The items of a list or the lines of a text, for the summary's list of decisions.
fn lines(value: &Value) -> Vec<String> {
    match value {
        Value::List(items) => items.iter().map(|i| one_line(i)).collect(),
        Value::Text(text) => text
            .lines()
            .map(|l| one_line(l.trim_start_matches(['-', '*', '•', ' '])))
            .filter(|l| !l.is_empty())
            .collect(),
        _ => Vec::new(),
    }
}

fn finding(question: &Question, id: &str, words: &Words) -> Finding {
    let label = one_line(question.label());
    let lead = if label.ends_with(['?', ':', '.', '؟']) {
        label.clone()
    } else {
        words.fill(W::Lead, &[&label])
    };
    Finding {
        question: id.to_string(),
        label,
        lead,
        kind: question.kind().name().to_string(),
        feeds: question.feeds.name().to_string(),
        sentence: None,
        value: None,
        answer: String::new(),
        blocks: Vec::new(),
        items: Vec::new(),
        table: None,
    }
}

/// The answer as the plan says it: the workbook's sentence where it has one for this answer,
/// else its label and value; then the text, items or table the sentence or label introduces.
fn said(question: &Question, answer: &Answer, id: &str, cx: &Context) -> Finding {
    let mut made = finding(question, id, cx.voice.words);
    let other = answer.other.as_deref();
    made.answer = words(question, &answer.value, other, cx.voice);
    let sentence = say(question, &answer.value, other, cx.voice);
    let complete = sentence.as_ref().is_some_and(|s| s.complete);
    made.sentence = sentence.map(|s| s.sentence);
    if complete {
        return made;
    }
    let label = |v: &str| {
        if v == OTHER {
            cx.voice
                .words
                .fill(W::Other, &[&one_line(other.unwrap_or(""))])
        } else {
            one_line(question.choice_label(v).unwrap_or(v))
        }
    };
    match (&answer.value, question.kind()) {
        (Value::Table(rows), _) => {
            let level = question.sensitivity();
            let columns: Vec<&Column> = question
                .columns()
                .iter()
                .filter(|c| cx.edition.shows(c.sensitivity(level)))
                .collect();
            made.table = Some(table(&columns, rows));
        }
        (Value::List(items), Kind::MultiChoice) => {
            made.items = items.iter().map(|v| label(v)).collect();
        }
        (Value::List(items), _) => made.items = items.iter().map(|i| one_line(i)).collect(),
        (Value::Text(text), Kind::LongText) => made.blocks = blocks(text),
        _ if made.sentence.is_none() => {
            made.value = Some(words(question, &answer.value, other, cx.voice));
        }
        _ => {}
    }
    made
}

/// The columns a consolidated table does not show, with the row's key, so nothing is lost; a
/// column no row fills is left out, and so is a row that fills none of them.
fn extra_columns(spec: &TableSpec, question: &Question, rows: &[Row]) -> Option<Table> {
    let key = spec.feed.key_column()?;
    let filled = |c: &&Column| {
        rows.iter()
            .any(|r| r.get(c.id()).is_some_and(|v| !v.trim().is_empty()))
    };
    let extra: Vec<&Column> = question
        .columns()
        .iter()
        .filter(|c| !spec.shows(c.id()))
        .filter(filled)
        .collect();
    if extra.is_empty() {
        return None;
    }
    let key_column = question.columns().iter().find(|c| c.id() == key)?;
    let rows: Vec<Row> = rows
        .iter()
        .filter(|r| {
            extra
                .iter()
                .any(|c| r.get(c.id()).is_some_and(|v| !v.trim().is_empty()))
        })
        .cloned()
        .collect();
    let shown: Vec<&Column> = std::iter::once(key_column).chain(extra).collect();
    Some(table(&shown, &rows))
}

fn table(columns: &[&Column], rows: &[Row]) -> Table {
    let owned: Vec<Column> = columns.iter().map(|c| (*c).clone()).collect();
    Table {
        columns: columns.iter().map(|c| one_line(&c.label)).collect(),
        rows: rows
            .iter()
            .map(|row| {
                columns
                    .iter()
                    .map(|c| tables::cell(&owned, row, c.id()))
                    .collect()
            })
            .collect(),
    }
}

/// The actions' costs per area (the workbook an action came from first) and in total.
fn budget(plan: &Plan, workbooks: &[&Workbook], format: NumberFormat) -> Budget {
    let currency = plan.currency.as_deref();
    let words = &plan.words;
    let mut lines: Vec<BudgetLine> = workbooks
        .iter()
        .map(|w| BudgetLine {
            workbook: w.id().to_string(),
            title: one_line(w.chapter_heading()),
            ..BudgetLine::default()
        })
        .collect();
    let mut total = BudgetLine {
        title: words.messages.text("plan-budget-total"),
        ..BudgetLine::default()
    };
    let mut closed_actions = 0;
    for action in &plan.actions {
        // An action done or dropped costs nothing more.
        if tables::is_closed(action) {
            closed_actions += 1;
            continue;
        }
        let Some(line) = lines.iter_mut().find(|l| l.workbook == action.workbook) else {
            continue;
        };
        match money::sum(action.get("budget"), format, currency) {
            Some(sum) => {
                for l in [&mut *line, &mut total] {
                    l.costed_actions += 1;
                    l.total_value += sum;
                    match action.get("funding_level") {
                        "secured" => l.secured_value += sum,
                        "applied" => l.applied_value += sum,
                        _ => l.unfunded_value += sum,
                    }
                }
            }
            None => {
                line.other_actions += 1;
                total.other_actions += 1;
            }
        }
    }
    let write = |l: &mut BudgetLine| {
        l.total = words.amount(l.total_value, currency);
        l.secured = words.amount(l.secured_value, currency);
        l.applied = words.amount(l.applied_value, currency);
        l.unfunded = words.amount(l.unfunded_value, currency);
    };
    lines.retain(|l| l.costed_actions > 0);
    lines.iter_mut().for_each(write);
    write(&mut total);
    Budget {
        costed: total.costed_actions > 0,
        partial: plan.withheld.actions,
        closed_actions,
        areas: lines,
        total,
    }
}

/// The cost of the plan against its funding, in one or two sentences.
fn cost_sentence(budget: &Budget, words: &Words) -> Option<String> {
    let t = &budget.total;
    if !budget.costed {
        return None;
    }
    let messages = words.messages;
    let mut parts = Vec::new();
    if t.secured_value > 0.0 {
        parts.push(tr!(in messages; "plan-cost-secured", amount = &t.secured));
    }
    if t.applied_value > 0.0 {
        parts.push(tr!(in messages; "plan-cost-applied", amount = &t.applied));
    }
    if t.unfunded_value > 0.0 {
        parts.push(tr!(in messages; "plan-cost-unfunded", amount = &t.unfunded));
    }
    let count = t.costed_actions;
    let mut text = if parts.is_empty() {
        tr!(in messages; "plan-cost-costed", count = count, total = &t.total)
    } else {
        tr!(in messages; "plan-cost-costed-funding", count = count, total = &t.total, funding = words.join(&parts))
    };
    if t.other_actions > 0 {
        text.push(' ');
        text.push_str(&tr!(in messages; "plan-cost-others", count = t.other_actions));
    }
    if budget.closed_actions > 0 {
        text.push(' ');
        text.push_str(&tr!(in messages; "plan-cost-closed"));
    }
    if budget.partial {
        text.push(' ');
        text.push_str(&tr!(in messages; "plan-cost-partial"));
    }
    Some(text)
}

/// What the plan is for and what it covers, in the city's name.
fn opening(plan: &Plan) -> String {
    let messages = plan.words.messages;
    let areas: Vec<String> = plan
        .chapters
        .iter()
        .map(|c| match c.workbook.as_str() {
            "mapping" => tr!(in messages; "plan-opening-area-mapping"),
            "strategy" => tr!(in messages; "plan-opening-area-strategy"),
            "prevention" => tr!(in messages; "plan-opening-area-prevention"),
            "response" => tr!(in messages; "plan-opening-area-response"),
            "coordination" => tr!(in messages; "plan-opening-area-coordination"),
            _ => c.heading.to_lowercase(),
        })
        .collect();
    let mut text = tr!(in messages; "plan-opening", city = &plan.city);
    if !areas.is_empty() {
        text.push(' ');
        text.push_str(&tr!(in messages; "plan-opening-covers", areas = plan.words.join(&areas)));
    }
    text
}

fn withheld_description(withheld: &Withheld, edition: Edition, messages: &Messages) -> String {
    if withheld.count == 0 {
        return String::new();
    }
    let count = withheld.count;
    match edition {
        Edition::Public => tr!(in messages; "plan-withheld-public", count = count),
        _ => tr!(in messages; "plan-withheld-personal", count = count),
    }
}

/// What a council is asked when the city listed no decisions of its own: to adopt the plan
/// and, where actions carry a cost, to approve it and say how the rest will be found.
fn default_decisions(plan: &Plan) -> Vec<String> {
    if plan.chapters.is_empty() && plan.actions.is_empty() {
        return Vec::new();
    }
    let messages = plan.words.messages;
    let mut decisions = vec![tr!(in messages; "plan-decision-adopt")];
    let t = &plan.budget.total;
    if plan.budget.costed {
        let open = match (t.applied_value > 0.0, t.unfunded_value > 0.0) {
            (true, true) => Some(
                tr!(in messages; "plan-decision-open-both", applied = &t.applied, unfunded = &t.unfunded),
            ),
            (true, false) => {
                Some(tr!(in messages; "plan-decision-open-applied", applied = &t.applied))
            }
            (false, true) => {
                Some(tr!(in messages; "plan-decision-open-unfunded", unfunded = &t.unfunded))
            }
            (false, false) => None,
        };
        decisions.push(match open {
            Some(open) => {
                tr!(in messages; "plan-decision-approve-funding", total = &t.total, open = open)
            }
            None => tr!(in messages; "plan-decision-approve", total = &t.total),
        });
    }
    decisions.push(tr!(in messages; "plan-decision-report"));
    decisions
}

/// The actions the executive summary names: the high-priority ones (else the first by
/// priority), those with the largest sums first, then by date, so that the council sees the
/// commitments that matter most rather than the first dated chores. Actions done or dropped
/// are not named.
fn priorities(actions: &[TableRow], format: NumberFormat, currency: Option<&str>) -> Vec<TableRow> {
    let open: Vec<&TableRow> = actions.iter().filter(|a| !tables::is_closed(a)).collect();
    let high: Vec<&TableRow> = open
        .iter()
        .copied()
        .filter(|a| a.get("priority_level") == "high")
        .collect();
    let mut chosen: Vec<&TableRow> = if high.is_empty() { open } else { high };
    // A stable sort keeps the action table's order (by date) among equal sums.
    chosen.sort_by(|a, b| {
        let sum = |r: &TableRow| money::sum(r.get("budget"), format, currency).unwrap_or(0.0);
        sum(b).total_cmp(&sum(a))
    });
    chosen.into_iter().take(TOP_PRIORITIES).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cost_sentence_agrees_with_one_action() {
        let mut budget = Budget {
            costed: true,
            ..Budget::default()
        };
        budget.total.costed_actions = 1;
        budget.total.other_actions = 1;
        budget.total.total = "EUR 500".into();
        let words = Words::new("en", NumberFormat::Point);
        assert_eq!(
            cost_sentence(&budget, &words).unwrap(),
            "The one costed action in this plan comes to EUR 500. One further action relies on staff time or carries no cost."
        );
        budget.total.costed_actions = 2;
        budget.total.other_actions = 3;
        let text = cost_sentence(&budget, &words).unwrap();
        assert!(
            text.starts_with("The 2 costed actions in this plan come to EUR 500."),
            "{text}"
        );
        assert!(
            text.ends_with(" 3 further actions rely on staff time or carry no cost."),
            "{text}"
        );
    }
}
