//! Building the [`Plan`] data from the workbooks and a city's profile. A pure function: the
//! same workbooks, answers and options always give the same plan.

use crate::answer::{Number, NumberFormat, OTHER, Row, Value, read};
use crate::profile::{Answer, Profile, Track};
use crate::workbook::{Catalog, Column, Feed, Kind, Question, Sensitivity, Workbook};

use super::escape::{one_line, paragraphs};
use super::model::*;
use super::{PlanError, PlanOptions};
use crate::profile::{Reader, Status, WorkbookStatus};

/// How many actions the executive summary lists as top priorities.
const TOP_PRIORITIES: usize = 5;

pub fn build(
    catalog: &Catalog,
    profile: &Profile,
    options: &PlanOptions,
) -> Result<Plan, PlanError> {
    let workbooks = select(catalog, &options.workbooks)?;
    let reader = Reader::new(options.audience.as_audience(), profile.city.track);
    let status = Status::new(catalog, profile);
    let mut plan = Plan {
        city: one_line(&profile.city.name),
        country: profile.city.country.as_deref().map(one_line),
        date: options.date.to_string(),
        audience: options.audience.name().to_string(),
        prepared_for: options.audience.phrase().to_string(),
        prepared_by: profile.city.role.name().to_string(),
        track: profile.city.track.name().to_string(),
        track_phrase: match profile.city.track {
            Track::Full => "the full workbooks",
            Track::Core => "the core questions, a shorter set for small towns and first workshops",
        }
        .to_string(),
        include_sensitive: options.include_sensitive,
        summary: Summary {
            areas: Vec::new(),
            priorities: Vec::new(),
            missing: 0,
            answered: 0,
            relevant: 0,
        },
        chapters: Vec::new(),
        actions: Vec::new(),
        indicators: Vec::new(),
        stakeholders: Vec::new(),
        risks: Vec::new(),
        sources: TableSources::default(),
        open_questions: Vec::new(),
        examples: Vec::new(),
        withheld: Withheld::default(),
    };
    for workbook in workbooks {
        let index = catalog
            .iter()
            .position(|w| w.id() == workbook.id())
            .unwrap_or_default();
        add_workbook(
            &mut plan,
            workbook,
            profile,
            (status.of(index), reader),
            options.include_sensitive,
        );
    }
    sort_actions(&mut plan.actions);
    plan.summary.priorities = plan.actions.iter().take(TOP_PRIORITIES).cloned().collect();
    plan.withheld.count = plan.withheld.questions.len();
    Ok(plan)
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

fn add_workbook(
    plan: &mut Plan,
    workbook: &Workbook,
    profile: &Profile,
    (status, reader): (&WorkbookStatus, Reader),
    include_sensitive: bool,
) {
    let done = status.progress(workbook, reader);
    plan.summary.areas.push(AreaProgress {
        workbook: workbook.id().to_string(),
        title: one_line(&workbook.title),
        area: workbook.area.clone(),
        progress: done,
        percent: done.percent(),
    });
    plan.summary.answered += done.answered;
    plan.summary.relevant += done.relevant;
    plan.summary.missing += done.required - done.required_answered;

    let mut applies = status.relevant.iter().copied();
    let format = profile.city.number_format;
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
        let mut cited = false;
        for question in &section.questions {
            // A question shown from another workbook is printed once, in its home chapter. On
            // the core track, answers the city gave beyond the core are printed all the same;
            // only the track's own questions are listed as open.
            let shown =
                applies.next().unwrap_or(false) && question.audience().includes(reader.audience);
            if !shown || question.is_reused() {
                continue;
            }
            cited = true;
            let id = format!("{}.{}", workbook.id(), question.id());
            if let Some(example) = &question.example {
                cite(plan, example, &id);
            }
            // The plan shows what an answer means; one that is not understood is an open point.
            let understood = profile.answer(workbook.id(), question.id()).and_then(|a| {
                let reading = read(question, &a.value, a.other.as_deref(), format);
                let value = reading.value().filter(|v| v.is_answered())?.clone();
                Some(Answer { value, ..a.clone() })
            });
            let Some(answer) = understood.as_ref() else {
                if question.required && reader.reads(question) {
                    open.push(OpenQuestion {
                        id,
                        label: one_line(question.label()),
                    });
                }
                continue;
            };
            if question.sensitivity() == Sensitivity::Restricted && !include_sensitive {
                plan.withheld.questions.push(id);
                continue;
            }
            let redacted;
            let answer = if include_sensitive {
                answer
            } else {
                redacted = without_sensitive_cells(question, answer, &id, &mut plan.withheld);
                &redacted
            };
            chapter.questions.push(id.clone());
            findings.push(feed(plan, question, answer, &id, format));
        }
        if cited {
            let section_id = format!("{}.{}", workbook.id(), section.id.get_ref());
            for example in &section.examples {
                cite(plan, example, &section_id);
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
            title: one_line(&workbook.title),
            questions: open,
        });
    }
    plan.chapters.push(chapter);
}

/// A copy of a table answer without the cells of its sensitive columns, each column left out
/// recorded as `workbook.question.column`.
fn without_sensitive_cells(
    question: &Question,
    answer: &Answer,
    id: &str,
    withheld: &mut Withheld,
) -> Answer {
    let mut copy = answer.clone();
    if let Value::Table(rows) = &mut copy.value {
        let level = question.sensitivity();
        for column in question
            .columns()
            .iter()
            .filter(|c| c.sensitivity(level) == Sensitivity::Restricted)
        {
            let mut removed = false;
            for row in rows.iter_mut() {
                removed |= row.remove(column.id()).is_some();
            }
            if removed {
                withheld.questions.push(format!("{id}.{}", column.id()));
            }
        }
    }
    copy
}

fn cite(plan: &mut Plan, example: &crate::workbook::Example, by: &str) {
    let same = |c: &&mut Citation| {
        c.city == example.city && c.text == example.text && c.source == example.source
    };
    if let Some(existing) = plan.examples.iter_mut().find(same) {
        existing.cited_by.push(by.to_string());
        return;
    }
    plan.examples.push(Citation {
        city: one_line(&example.city),
        country: example.country.as_deref().map(one_line),
        text: example.text.clone(),
        source: example.source.clone(),
        cited_by: vec![by.to_string()],
    });
}

/// Puts one answer where its question's `feeds` says, and returns its chapter finding.
fn feed(
    plan: &mut Plan,
    question: &Question,
    answer: &Answer,
    id: &str,
    format: NumberFormat,
) -> Finding {
    let mut finding = Finding {
        question: id.to_string(),
        label: one_line(question.label()),
        kind: question.kind().name().to_string(),
        feeds: question.feeds.name().to_string(),
        paragraphs: Vec::new(),
        items: Vec::new(),
        table: None,
        note: None,
    };
    let columns = question.columns();
    let (rows, place) = match (question.feeds, &answer.value) {
        (Feed::Actions, Value::Table(rows)) => {
            plan.sources.actions.push(id.to_string());
            plan.actions
                .extend(rows.iter().map(|r| action(columns, r, id)));
            (rows, "the action table")
        }
        (Feed::Stakeholders, Value::Table(rows)) => {
            plan.sources.stakeholders.push(id.to_string());
            plan.stakeholders
                .extend(rows.iter().map(|r| stakeholder(columns, r, id)));
            (rows, "the stakeholder map")
        }
        (Feed::Risks, Value::Table(rows)) => {
            plan.sources.risks.push(id.to_string());
            plan.risks.extend(rows.iter().map(|r| risk(columns, r, id)));
            (rows, "the risk and needs register")
        }
        (Feed::Indicators, Value::Table(rows)) => {
            plan.sources.indicators.push(id.to_string());
            plan.indicators
                .extend(rows.iter().map(|r| indicator(columns, r, id)));
            (rows, "the monitoring, evaluation and learning table")
        }
        _ => {
            fill(&mut finding, question, answer, format);
            return finding;
        }
    };
    let count = rows.len();
    let plural = if count == 1 { "entry" } else { "entries" };
    finding.note = Some(format!("{count} {plural}, shown in {place}."));
    finding.table = extra_columns(question, rows);
    finding
}

/// The columns a consolidated table does not show, with the row's key, so nothing is lost.
fn extra_columns(question: &Question, rows: &[Row]) -> Option<Table> {
    let standard = standard_columns(question.feeds);
    let key = question.feeds.key_column()?;
    let extra: Vec<&Column> = question
        .columns()
        .iter()
        .filter(|c| !standard.contains(&c.id()))
        .collect();
    if extra.is_empty()
        || rows
            .iter()
            .all(|r| extra.iter().all(|c| !r.contains_key(c.id())))
    {
        return None;
    }
    let key_column = question.columns().iter().find(|c| c.id() == key)?;
    let shown: Vec<&Column> = std::iter::once(key_column).chain(extra).collect();
    Some(table(&shown, rows))
}

fn standard_columns(feed: Feed) -> &'static [&'static str] {
    match feed {
        Feed::Finding => &[],
        Feed::Actions => &[
            "action",
            "owner",
            "partners",
            "start",
            "due",
            "priority",
            "budget",
            "indicator",
        ],
        Feed::Stakeholders => &[
            "name",
            "sector",
            "role",
            "influence",
            "interest",
            "relationship",
            "contact",
        ],
        Feed::Risks => &[
            "risk",
            "type",
            "affected",
            "likelihood",
            "impact",
            "current_response",
            "evidence",
        ],
        Feed::Indicators => &[
            "indicator",
            "type",
            "baseline",
            "target",
            "source",
            "frequency",
            "owner",
        ],
    }
}

/// Fills a chapter finding from a non-table (or table feeding the chapter) answer.
fn fill(finding: &mut Finding, question: &Question, answer: &Answer, format: NumberFormat) {
    let other = || format!("Other: {}", one_line(answer.other.as_deref().unwrap_or("")));
    let label = |v: &str| {
        if v == OTHER {
            other()
        } else {
            one_line(question.choice_label(v).unwrap_or(v))
        }
    };
    match (&answer.value, question.kind()) {
        (Value::Table(rows), _) => {
            let columns: Vec<&Column> = question.columns().iter().collect();
            finding.table = Some(table(&columns, rows));
        }
        (Value::List(items), Kind::MultiChoice) => {
            finding.items = items.iter().map(|v| label(v)).collect();
        }
        (Value::List(items), _) => finding.items = items.iter().map(|i| one_line(i)).collect(),
        (Value::Text(text), Kind::SingleChoice) => finding.paragraphs = vec![label(text)],
        (Value::Text(text), _) => finding.paragraphs = paragraphs(text),
        (Value::Bool(yes), _) => {
            finding.paragraphs = vec![if *yes { "Yes" } else { "No" }.to_string()];
        }
        (Value::Other(raw), _) => finding.paragraphs = vec![one_line(&raw.to_string())],
        (Value::Number(n), Kind::Scale) => finding.paragraphs = vec![scale(question, n)],
        (Value::Number(n), _) => {
            let unit = question.unit.as_deref().map(one_line).unwrap_or_default();
            let text = format!("{} {unit}", n.format(format));
            finding.paragraphs = vec![text.trim_end().to_string()];
        }
    }
}

fn scale(question: &Question, n: &Number) -> String {
    let (min, max) = crate::answer::scale_range(question);
    let point = format!("{n} on a scale of {min} to {max}");
    let label = n
        .as_i64()
        .and_then(|p| usize::try_from(p - min).ok())
        .and_then(|index| question.scale_labels().get(index));
    match label {
        Some(label) => format!("{point} ({})", one_line(label)),
        None => point,
    }
}

fn table(columns: &[&Column], rows: &[Row]) -> Table {
    Table {
        columns: columns.iter().map(|c| one_line(&c.label)).collect(),
        rows: rows
            .iter()
            .map(|row| columns.iter().map(|c| cell(columns, row, c.id())).collect())
            .collect(),
    }
}

/// A cell's display text: a choice column shows its label, others their text.
fn cell(columns: &[&Column], row: &Row, id: &str) -> String {
    let Some(text) = row.get(id) else {
        return String::new();
    };
    let label = columns
        .iter()
        .find(|c| c.id() == id)
        .and_then(|c| c.choices().iter().find(|ch| ch.value() == text))
        .map(|ch| ch.label.as_str());
    one_line(label.unwrap_or(text))
}

fn get(columns: &[Column], row: &Row, id: &str) -> String {
    let refs: Vec<&Column> = columns.iter().collect();
    cell(&refs, row, id)
}

fn raw(row: &Row, id: &str) -> String {
    row.get(id).map(|v| one_line(v)).unwrap_or_default()
}

fn action(columns: &[Column], row: &Row, question: &str) -> ActionRow {
    let start = row.get("start").map(|d| one_line(d));
    let due = row.get("due").map(|d| one_line(d));
    let timeline = match (&start, &due) {
        (Some(s), Some(d)) => format!("{s} to {d}"),
        (Some(s), None) => format!("from {s}"),
        (None, Some(d)) => format!("by {d}"),
        (None, None) => String::new(),
    };
    ActionRow {
        action: get(columns, row, "action"),
        owner: get(columns, row, "owner"),
        partners: get(columns, row, "partners"),
        start,
        due,
        timeline,
        priority: get(columns, row, "priority"),
        priority_level: raw(row, "priority"),
        budget: get(columns, row, "budget"),
        indicator: get(columns, row, "indicator"),
        question: question.to_string(),
    }
}

fn stakeholder(columns: &[Column], row: &Row, question: &str) -> StakeholderRow {
    StakeholderRow {
        name: get(columns, row, "name"),
        sector: get(columns, row, "sector"),
        role: get(columns, row, "role"),
        influence: get(columns, row, "influence"),
        influence_level: raw(row, "influence"),
        interest: get(columns, row, "interest"),
        interest_level: raw(row, "interest"),
        relationship: get(columns, row, "relationship"),
        contact: get(columns, row, "contact"),
        question: question.to_string(),
    }
}

fn risk(columns: &[Column], row: &Row, question: &str) -> RiskRow {
    RiskRow {
        risk: get(columns, row, "risk"),
        kind: get(columns, row, "type"),
        affected: get(columns, row, "affected"),
        likelihood: get(columns, row, "likelihood"),
        impact: get(columns, row, "impact"),
        current_response: get(columns, row, "current_response"),
        evidence: get(columns, row, "evidence"),
        question: question.to_string(),
    }
}

fn indicator(columns: &[Column], row: &Row, question: &str) -> IndicatorRow {
    IndicatorRow {
        indicator: get(columns, row, "indicator"),
        kind: get(columns, row, "type"),
        baseline: get(columns, row, "baseline"),
        target: get(columns, row, "target"),
        source: get(columns, row, "source"),
        frequency: get(columns, row, "frequency"),
        owner: get(columns, row, "owner"),
        question: question.to_string(),
    }
}

/// Sorts by priority (high first, unset last), then by the earliest date (undated last); the
/// sort is stable, so equal actions keep workbook and row order.
fn sort_actions(actions: &mut [ActionRow]) {
    let rank = |a: &ActionRow| match a.priority_level.as_str() {
        "high" => 0,
        "medium" => 1,
        "low" => 2,
        _ => 3,
    };
    actions.sort_by(|a, b| {
        let date = |r: &ActionRow| r.start.clone().or_else(|| r.due.clone());
        rank(a)
            .cmp(&rank(b))
            .then_with(|| match (date(a), date(b)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
    });
}
