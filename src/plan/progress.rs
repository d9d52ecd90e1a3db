//! The chapter "Progress since the last round": this plan set against the plan that the city's
//! last closed round gives with the same options. Both sides are whole plans of one edition,
//! audience and choice of workbooks, so the comparison can only ever hold what the edition
//! shows: a public edition compares public answers, without the internal progress notes.
//!
//! The comparison is small and kept inside the plan: what became of the actions (their status,
//! and which are new or gone), where the indicators stand against baseline and target, and
//! which items, rows and choices of the mapping are new or gone. A shared round comparison (for
//! `workbook diff`) can later take over the matching done here.

use std::collections::HashSet;

use crate::answer::{NumberFormat, OTHER, Value, read};
use crate::profile::{Profile, Round, round};
use crate::workbook::{Catalog, Feed, Kind, Question};

use crate::messages::Messages;
use crate::tr;

use super::escape::one_line;
use super::model::*;
use super::words::{W, Words};
use super::{PlanError, PlanOptions, build, money, tables};

/// The statuses of an action, in the order the chapter counts them.
const STATUSES: [&str; 6] = [
    "done",
    "in_progress",
    "late",
    "dropped",
    "carried_over",
    "planned",
];

/// The statuses whose actions the chapter lists one by one.
const LISTED: [&str; 3] = ["done", "late", "dropped"];

/// The statuses the executive summary reports.
const REPORTED: [&str; 4] = ["done", "in_progress", "late", "dropped"];

/// The round named `label`, as the plan names it.
pub fn round_info(label: &str, round: &Round, words: &Words) -> RoundInfo {
    let day = |t: jiff::Timestamp| t.strftime("%Y-%m-%d").to_string();
    RoundInfo {
        label: one_line(label),
        opened: day(round.opened),
        closed: day(round.closed),
        closed_text: words.date(&day(round.closed)),
    }
}

/// The city's last closed round and its plan, built with the same options as this plan: what
/// the chapter compares with. Built on its own so that it can be built beside this plan.
/// Owned data only (no borrow of the profile), so that it can be dropped on another thread.
pub struct LastRound {
    /// The round, as the plan names it.
    info: RoundInfo,
    /// The city as it stood when the round closed.
    then: Profile,
    before: Plan,
}

/// The last round closed before `profile`'s answers, and its plan; `None` when the city
/// closed none.
pub fn last_round(
    catalog: &Catalog,
    profile: &Profile,
    options: &PlanOptions,
    words: &std::sync::Arc<Words>,
) -> Result<Option<LastRound>, PlanError> {
    let Some((label, closed)) = round::last(profile) else {
        return Ok(None);
    };
    let then = round::as_closed(profile, label)?;
    let before = build::build_answers(catalog, &then, options, words)?;
    Ok(Some(LastRound {
        info: round_info(label, closed, words),
        then,
        before,
    }))
}

/// The chapter for `plan`, built from `profile`, set against the last round.
pub fn since_last_round(
    catalog: &Catalog,
    profile: &Profile,
    plan: &Plan,
    last: &LastRound,
) -> SinceLastRound {
    let LastRound { info, then, before } = last;
    let info = info.clone();
    let words = &plan.words;
    let format = profile.city.number_format;
    let (statuses, action_groups) = statuses(&plan.actions, words.messages);
    let (new_actions, removed_actions) =
        rows_only_in_each(&plan.actions, &before.actions, "action");
    let new_actions = new_actions.len();
    let (_, removed_indicators) =
        rows_only_in_each(&plan.indicators, &before.indicators, "indicator");
    let mut since = SinceLastRound {
        opening: String::new(),
        actions_sentence: actions_sentence(
            &statuses,
            plan.actions.len(),
            new_actions,
            &info,
            words,
        ),
        statuses,
        action_groups,
        new_actions,
        removed_actions: texts(removed_actions, "action"),
        indicators: Vec::new(),
        unmeasured_indicators: Vec::new(),
        removed_indicators: texts(removed_indicators, "indicator"),
        mapping: Vec::new(),
        new_mapping_parts: Vec::new(),
        mapping_compared: covers_mapping(catalog, plan) || covers_mapping(catalog, before),
        round: info,
    };
    // Each name made a key once, not once per pair of rows.
    let earlier: Vec<(String, &TableRow)> = before
        .indicators
        .iter()
        .map(|b| (tables::key(b.get("indicator")), b))
        .collect();
    for row in &plan.indicators {
        let key = tables::key(row.get("indicator"));
        let previous = earlier
            .iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, b)| b.get("actual"));
        if row.get("actual").is_empty() && previous.is_empty() {
            since
                .unmeasured_indicators
                .push(row.get("indicator").to_string());
            continue;
        }
        since
            .indicators
            .push(indicator(row, previous, &since.round.label, format, words));
    }
    (since.mapping, since.new_mapping_parts) = mapping(catalog, plan, before, profile, then);
    since.opening = opening(&since, !plan.actions.is_empty(), words);
    since
}

/// What the chapter sets against what, naming the parts it has.
fn opening(since: &SinceLastRound, actions: bool, words: &Words) -> String {
    let messages = words.messages;
    let mut parts = Vec::new();
    if actions || !since.removed_actions.is_empty() {
        parts.push(tr!(in messages; "plan-since-part-actions"));
    }
    if !since.indicators.is_empty()
        || !since.unmeasured_indicators.is_empty()
        || !since.removed_indicators.is_empty()
    {
        parts.push(tr!(in messages; "plan-since-part-indicators"));
    }
    if since.mapping_compared {
        parts.push(tr!(in messages; "plan-since-part-mapping"));
    }
    let round = &since.round;
    let (label, closed) = (&round.label, &round.closed_text);
    let parts = match parts.as_slice() {
        [] => return tr!(in messages; "plan-since-opening", round = label, closed = closed),
        [one] => one.clone(),
        [first, second] => words.fill(W::ListAnd, &[first, second]),
        [init @ .., last] => {
            let init = init.join(words.text(W::ListComma));
            tr!(in messages; "plan-list-and-serial", first = init, last = last)
        }
    };
    tr!(in messages; "plan-since-opening-parts", round = label, closed = closed, parts = parts)
}

/// The actions per status (in [`STATUSES`] order, then those without one), and the groups of
/// actions done, late and dropped.
fn statuses(actions: &[TableRow], messages: &Messages) -> (Vec<StatusCount>, Vec<ActionGroup>) {
    let label = |status: &str| {
        actions
            .iter()
            .find(|a| a.get("status_level") == status)
            .map_or_else(String::new, |a| a.get("status").to_string())
    };
    let mut counts: Vec<StatusCount> = STATUSES
        .iter()
        .map(|status| StatusCount {
            status: status.to_string(),
            label: label(status),
            count: actions
                .iter()
                .filter(|a| a.get("status_level") == *status)
                .count(),
        })
        .filter(|c| c.count > 0)
        .collect();
    let unset = actions
        .iter()
        .filter(|a| !STATUSES.contains(&a.get("status_level")))
        .count();
    if unset > 0 {
        counts.push(StatusCount {
            status: String::new(),
            label: tr!(in messages; "plan-status-none"),
            count: unset,
        });
    }
    let groups = LISTED
        .iter()
        .map(|status| ActionGroup {
            status: status.to_string(),
            label: label(status),
            actions: actions
                .iter()
                .filter(|a| a.get("status_level") == *status)
                .cloned()
                .collect(),
        })
        .filter(|g| !g.actions.is_empty())
        .collect();
    (counts, groups)
}

/// A status as a sentence counts `count` actions at it ("3 in progress"): the plan's own word
/// for each status the plan knows (the workbook's label could not agree with the count).
fn status_word(status: &str, count: usize, messages: &Messages) -> String {
    match status {
        "done" => tr!(in messages; "plan-action-status-done", count = count),
        "in_progress" => tr!(in messages; "plan-action-status-in-progress", count = count),
        "late" => tr!(in messages; "plan-action-status-late", count = count),
        "dropped" => tr!(in messages; "plan-action-status-dropped", count = count),
        "carried_over" => tr!(in messages; "plan-action-status-carried-over", count = count),
        "planned" => tr!(in messages; "plan-action-status-planned", count = count),
        _ => tr!(in messages; "plan-action-status-none", count = count),
    }
}

fn actions_sentence(
    counts: &[StatusCount],
    total: usize,
    new: usize,
    round: &RoundInfo,
    words: &Words,
) -> String {
    let messages = words.messages;
    if total == 0 {
        return tr!(in messages; "plan-since-no-actions");
    }
    let mut text = if counts.iter().all(|c| c.status.is_empty()) {
        tr!(in messages; "plan-since-none-reported", total = total)
    } else {
        let parts: Vec<String> = counts
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let status = status_word(&c.status, c.count, messages);
                if i == 0 {
                    tr!(in messages; "plan-since-first-count", count = c.count, status = status)
                } else {
                    tr!(in messages; "plan-count", count = c.count, status = status)
                }
            })
            .collect();
        tr!(in messages; "plan-since-actions", total = total, parts = words.join(&parts))
    };
    if new > 0 {
        text.push(' ');
        text.push_str(&tr!(in messages; "plan-since-new", count = new, round = &round.label));
    }
    text
}

/// The rows of `a` whose `column` no row of `b` has (by [`tables::key`]), and the rows of `b`
/// that `a` has none for: each row's key made once for both.
fn rows_only_in_each<'r>(
    a: &'r [TableRow],
    b: &'r [TableRow],
    column: &str,
) -> (Vec<&'r TableRow>, Vec<&'r TableRow>) {
    let keys = |rows: &[TableRow]| -> Vec<String> {
        rows.iter().map(|r| tables::key(r.get(column))).collect()
    };
    let (a_keys, b_keys) = (keys(a), keys(b));
    let only = |rows: &'r [TableRow], keys: &[String], other: &[String]| -> Vec<&'r TableRow> {
        let other: HashSet<&str> = other.iter().map(String::as_str).collect();
        rows.iter()
            .zip(keys)
            .filter(|(r, k)| !r.get(column).is_empty() && !other.contains(k.as_str()))
            .map(|(r, _)| r)
            .collect()
    };
    (only(a, &a_keys, &b_keys), only(b, &b_keys, &a_keys))
}

/// The `column` texts of `rows`.
fn texts(rows: Vec<&TableRow>, column: &str) -> Vec<String> {
    rows.into_iter()
        .map(|r| r.get(column).to_string())
        .collect()
}

/// A value of an indicator as a number, if it is one in the city's format, and whether it is
/// a percentage ("35%"). Thousands may be grouped the city's way.
pub fn number(cell: &str, format: NumberFormat) -> Option<(f64, bool)> {
    let text = cell.trim();
    let (text, percent) = match text.strip_suffix('%') {
        Some(rest) => (rest.trim_end(), true),
        None => (text, false),
    };
    // Only a number: no unit, word or currency (which a budget cell may carry).
    if text
        .chars()
        .any(|c| c.is_alphabetic() || money::is_currency_sign(c))
    {
        return None;
    }
    money::sum(text, format, None).map(|n| (n, percent))
}

fn indicator(
    row: &TableRow,
    previous: &str,
    label: &str,
    format: NumberFormat,
    words: &Words,
) -> IndicatorProgress {
    let mut made = IndicatorProgress {
        indicator: row.get("indicator").to_string(),
        baseline: row.get("baseline").to_string(),
        previous: previous.to_string(),
        latest: row.get("actual").to_string(),
        target: row.get("target").to_string(),
        standing: String::new(),
        chart: None,
        questions: row.questions.clone(),
    };
    made.chart = numbers(&made, format);
    if let Some(numbers) = made.chart {
        made.standing = standing(&numbers, label, words);
    }
    made
}

/// The indicator's values as numbers, when the latest value and the target are numbers and
/// every other value given is one too, all percentages or none.
fn numbers(i: &IndicatorProgress, format: NumberFormat) -> Option<IndicatorNumbers> {
    let (latest, percent) = number(&i.latest, format)?;
    let (target, target_percent) = number(&i.target, format)?;
    let optional = |cell: &str| -> Option<Option<f64>> {
        if cell.trim().is_empty() {
            return Some(None);
        }
        let (n, p) = number(cell, format)?;
        (p == percent).then_some(Some(n))
    };
    if target_percent != percent {
        return None;
    }
    Some(IndicatorNumbers {
        baseline: optional(&i.baseline)?,
        previous: optional(&i.previous)?,
        latest,
        target,
        percent,
    })
}

/// Where an indicator stands: the change since the last round, and the share of the way from
/// the baseline to the target.
fn standing(n: &IndicatorNumbers, label: &str, words: &Words) -> String {
    let messages = words.messages;
    let amount = |d: f64| {
        let text = words.number(d.abs());
        if n.percent {
            words.fill(W::StandingPoints, &[&text])
        } else {
            text
        }
    };
    let mut parts = Vec::new();
    if let Some(previous) = n.previous {
        let change = n.latest - previous;
        parts.push(if change > 0.0 {
            tr!(in messages; "plan-standing-up", amount = amount(change), round = label)
        } else if change < 0.0 {
            tr!(in messages; "plan-standing-down", amount = amount(change), round = label)
        } else {
            tr!(in messages; "plan-standing-unchanged", round = label)
        });
    }
    if let Some(baseline) = n.baseline.filter(|b| *b != n.target) {
        let share = (n.latest - baseline) / (n.target - baseline);
        parts.push(if share >= 1.0 {
            tr!(in messages; "plan-standing-reached")
        } else if share > 0.0 {
            let percent = (share * 100.0).floor().to_string();
            tr!(in messages; "plan-standing-share", percent = percent)
        } else if share == 0.0 {
            tr!(in messages; "plan-standing-no-change")
        } else {
            tr!(in messages; "plan-standing-further")
        });
    }
    let text = words.list(&parts);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

/// Whether the indicator has moved towards its target since its baseline (`None` when that
/// cannot be told from numbers).
pub fn moved_towards_target(i: &IndicatorProgress) -> Option<bool> {
    let n = i.chart?;
    let baseline = n.baseline.filter(|b| *b != n.target)?;
    Some((n.latest - baseline) / (n.target - baseline) > 0.0)
}

/// Whether a plan shows anything of the mapping: a chapter of a mapping workbook, the
/// stakeholder map or the risk and needs register.
fn covers_mapping(catalog: &Catalog, plan: &Plan) -> bool {
    !plan.stakeholders.is_empty()
        || !plan.risks.is_empty()
        || plan.chapters.iter().any(|c| {
            catalog
                .get(&c.workbook)
                .is_some_and(|w| w.area == "mapping")
        })
}

/// What changed in the mapping, in the mapping workbooks' order: the stakeholder map and the
/// risk and needs register (rows by their name) where their questions stand, and the lists
/// and choices answered at both rounds. The parts answered for the first time are named in
/// `new_parts`.
fn mapping<'p>(
    catalog: &Catalog,
    plan: &'p Plan,
    before: &'p Plan,
    now_profile: &Profile,
    then_profile: &Profile,
) -> (Vec<MappingChange>, Vec<String>) {
    let mut registers = [
        (
            Feed::Stakeholders,
            register(plan, before, Feed::Stakeholders),
        ),
        (Feed::Risks, register(plan, before, Feed::Risks)),
    ];
    let mut changes = Vec::new();
    let mut new_parts = Vec::new();
    let shown = |p: &'p Plan| -> HashSet<&'p str> {
        p.chapters
            .iter()
            .flat_map(|c| c.questions.iter().map(String::as_str))
            .collect()
    };
    let (shown_now, shown_then) = (shown(plan), shown(before));
    let format = now_profile.city.number_format;
    let words = &plan.words;
    for workbook in catalog.iter().filter(|w| w.area == "mapping") {
        for question in workbook.questions().filter(|q| !q.is_reused()) {
            if let Some((_, change)) = registers.iter_mut().find(|(f, _)| *f == question.feeds) {
                changes.extend(change.take());
                continue;
            }
            if !matches!(
                question.kind(),
                Kind::MultiChoice | Kind::List | Kind::SingleChoice
            ) {
                continue;
            }
            let id = format!("{}.{}", workbook.id(), question.id());
            let value = |profile: &Profile, shown: &HashSet<&str>| -> Option<Vec<String>> {
                if !shown.contains(id.as_str()) {
                    return None;
                }
                let answer = profile.answer(workbook.id(), question.id())?;
                let reading = read(question, &answer.value, answer.other.as_deref(), format);
                Some(items(
                    question,
                    reading.value()?,
                    answer.other.as_deref(),
                    words,
                ))
            };
            match (
                value(now_profile, &shown_now),
                value(then_profile, &shown_then),
            ) {
                (Some(_), None) => new_parts.push(one_line(question.label())),
                (now, then) => changes.extend(change(question, id.clone(), now, then, words)),
            }
        }
    }
    // A workbook of the city's own may fill the map or the register from elsewhere.
    changes.extend(registers.into_iter().filter_map(|(_, change)| change));
    (changes, new_parts)
}

/// The rows of the stakeholder map or the risk and needs register listed now and not at the
/// last round (by their name), and the other way round; an entry of the register says what it
/// is: "(Risk)", "(Need)".
fn register(plan: &Plan, before: &Plan, feed: Feed) -> Option<MappingChange> {
    let messages = plan.words.messages;
    let (label, now, then, key, mut questions, earlier) = match feed {
        Feed::Stakeholders => (
            tr!(in messages; "plan-heading-stakeholders"),
            &plan.stakeholders,
            &before.stakeholders,
            "name",
            plan.sources.stakeholders.clone(),
            &before.sources.stakeholders,
        ),
        _ => (
            tr!(in messages; "plan-heading-risks"),
            &plan.risks,
            &before.risks,
            "risk",
            plan.sources.risks.clone(),
            &before.sources.risks,
        ),
    };
    for id in earlier {
        if !questions.contains(id) {
            questions.push(id.clone());
        }
    }
    let named = |rows: Vec<&TableRow>| -> Vec<String> {
        rows.into_iter()
            .map(|r| match r.get("type") {
                kind if feed == Feed::Risks && !kind.is_empty() => {
                    format!("{} ({kind})", r.get(key))
                }
                _ => r.get(key).to_string(),
            })
            .collect()
    };
    let (added, removed) = rows_only_in_each(now, then, key);
    let (added, removed) = (named(added), named(removed));
    (!added.is_empty() || !removed.is_empty()).then(|| MappingChange {
        questions,
        lead: lead(&label, &plan.words),
        label,
        added,
        removed,
        before: None,
        after: None,
    })
}

/// A label as it leads into a sentence: "Stakeholder map." (a question keeps its "?").
fn lead(label: &str, words: &Words) -> String {
    if label.ends_with(['?', ':', '.', '!', '؟']) {
        label.to_string()
    } else {
        words.fill(W::LeadSentence, &[label])
    }
}

/// An answer's items as the plan shows them: the labels of the choices picked ("Other: ..."
/// for the city's own), or the items of a list.
fn items(question: &Question, value: &Value, other: Option<&str>, words: &Words) -> Vec<String> {
    let label = |v: &str| {
        if v == OTHER {
            words.fill(W::Other, &[&one_line(other.unwrap_or(""))])
        } else {
            one_line(question.choice_label(v).unwrap_or(v))
        }
    };
    match (value, question.kind()) {
        (Value::List(values), Kind::MultiChoice) => values.iter().map(|v| label(v)).collect(),
        (Value::List(values), _) => values.iter().map(|v| one_line(v)).collect(),
        (Value::Text(v), Kind::SingleChoice) => vec![label(v)],
        _ => Vec::new(),
    }
}

/// What changed in one question's answer: a single choice that is another now, or the items
/// listed now and not then, and the other way round.
fn change(
    question: &Question,
    id: String,
    now: Option<Vec<String>>,
    then: Option<Vec<String>>,
    words: &Words,
) -> Option<MappingChange> {
    let label = one_line(question.label());
    if question.kind() == Kind::SingleChoice {
        let (after, before) = (now?.pop()?, then?.pop()?);
        return (tables::key(&after) != tables::key(&before)).then(|| MappingChange {
            questions: vec![id],
            lead: lead(&label, words),
            label,
            added: Vec::new(),
            removed: Vec::new(),
            before: Some(before),
            after: Some(after),
        });
    }
    let (now, then) = (now.unwrap_or_default(), then.unwrap_or_default());
    // Each item's key made once for both directions.
    let keys = |items: &[String]| -> Vec<String> { items.iter().map(|i| tables::key(i)).collect() };
    let (now_keys, then_keys) = (keys(&now), keys(&then));
    let missing = |from: &[String], from_keys: &[String], other: &[String]| -> Vec<String> {
        let known: HashSet<&str> = other.iter().map(String::as_str).collect();
        from.iter()
            .zip(from_keys)
            .filter(|(_, k)| !known.contains(k.as_str()))
            .map(|(i, _)| i.clone())
            .collect()
    };
    let (added, removed) = (
        missing(&now, &now_keys, &then_keys),
        missing(&then, &then_keys, &now_keys),
    );
    (!added.is_empty() || !removed.is_empty()).then(|| MappingChange {
        questions: vec![id],
        lead: lead(&label, words),
        label,
        added,
        removed,
        before: None,
        after: None,
    })
}

/// The executive summary's sentence on progress.
pub fn summary_sentence(since: &SinceLastRound, words: &Words) -> String {
    let messages = words.messages;
    let round = &since.round;
    let reported: Vec<&StatusCount> = REPORTED
        .iter()
        .filter_map(|s| since.statuses.iter().find(|c| c.status == *s))
        .collect();
    let reports = if reported.is_empty() {
        tr!(in messages; "plan-summary-none-reported")
    } else {
        let parts: Vec<String> = reported
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let status = status_word(&c.status, c.count, messages);
                if i == 0 {
                    tr!(in messages; "plan-summary-first-count", count = c.count, status = status)
                } else {
                    tr!(in messages; "plan-count", count = c.count, status = status)
                }
            })
            .collect();
        tr!(in messages; "plan-summary-reports", parts = words.join(&parts))
    };
    let measured: Vec<bool> = since
        .indicators
        .iter()
        .filter_map(moved_towards_target)
        .collect();
    let (label, closed) = (&round.label, &round.closed_text);
    if measured.is_empty() {
        return tr!(in messages; "plan-summary-progress", round = label, closed = closed, reports = reports);
    }
    let moved = measured.iter().filter(|m| **m).count();
    tr!(in messages; "plan-summary-progress-indicators",
        round = label,
        closed = closed,
        reports = reports,
        moved = moved,
        measured = measured.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const POINT: NumberFormat = NumberFormat::Point;

    fn english() -> Words {
        Words::new("en", POINT)
    }

    fn numbers(
        baseline: Option<f64>,
        previous: Option<f64>,
        latest: f64,
        target: f64,
    ) -> IndicatorNumbers {
        IndicatorNumbers {
            baseline,
            previous,
            latest,
            target,
            percent: false,
        }
    }

    #[test]
    fn indicator_values_are_numbers_only_when_written_as_numbers() {
        assert_eq!(number("240", POINT), Some((240.0, false)));
        assert_eq!(number(" 1,500 ", POINT), Some((1500.0, false)));
        assert_eq!(number("35%", POINT), Some((35.0, true)));
        assert_eq!(number("12,5 %", NumberFormat::Comma), Some((12.5, true)));
        for words in [
            "240 by September 2027",
            "About 40",
            "+10 points",
            "EUR 5",
            "",
            "n/a",
        ] {
            assert_eq!(number(words, POINT), None, "{words:?}");
        }
    }

    #[test]
    fn standing_says_the_change_and_the_share_of_the_way() {
        assert_eq!(
            standing(
                &numbers(Some(40.0), Some(52.0), 95.0, 240.0),
                "2025",
                &english()
            ),
            "Up 43 since the 2025 round; 27% of the way from the baseline to the target"
        );
        assert_eq!(
            standing(&numbers(Some(10.0), None, 4.0, 2.0), "2025", &english()),
            "75% of the way from the baseline to the target",
            "a target below the baseline"
        );
        assert_eq!(
            standing(&numbers(Some(0.0), Some(3.0), 4.0, 4.0), "2025", &english()),
            "Up 1 since the 2025 round; target reached"
        );
        assert_eq!(
            standing(&numbers(Some(5.0), Some(5.0), 3.0, 9.0), "x", &english()),
            "Down 2 since the x round; further from the target than at the baseline"
        );
        assert_eq!(
            standing(&numbers(None, None, 3.0, 9.0), "x", &english()),
            ""
        );
    }

    #[test]
    fn the_opening_names_the_parts_the_chapter_has() {
        let mut since = SinceLastRound {
            round: RoundInfo {
                label: "2025".into(),
                opened: String::new(),
                closed: String::new(),
                closed_text: "12 December 2025".into(),
            },
            opening: String::new(),
            actions_sentence: String::new(),
            statuses: Vec::new(),
            action_groups: Vec::new(),
            new_actions: 0,
            removed_actions: Vec::new(),
            indicators: Vec::new(),
            unmeasured_indicators: vec!["Reach".into()],
            removed_indicators: Vec::new(),
            mapping: Vec::new(),
            new_mapping_parts: Vec::new(),
            mapping_compared: false,
        };
        let start =
            "This chapter sets the plan against the city's 2025 round, closed on 12 December 2025";
        assert_eq!(
            opening(&since, true, &english()),
            format!("{start}: what became of the actions and where the indicators stand.")
        );
        since.mapping_compared = true;
        assert_eq!(
            opening(&since, true, &english()),
            format!(
                "{start}: what became of the actions, where the indicators stand, and what changed in the mapping."
            )
        );
        since.unmeasured_indicators.clear();
        since.mapping_compared = false;
        assert_eq!(opening(&since, false, &english()), format!("{start}."));
    }

    #[test]
    fn the_actions_sentence_counts_each_status_once() {
        let count = |status: &str, label: &str, count| StatusCount {
            status: status.into(),
            label: label.into(),
            count,
        };
        let round = RoundInfo {
            label: "2025".into(),
            opened: String::new(),
            closed: String::new(),
            closed_text: String::new(),
        };
        assert_eq!(
            actions_sentence(
                &[
                    count("done", "Done", 1),
                    count("in_progress", "In progress", 3),
                    count("", "No status", 2)
                ],
                6,
                2,
                &round,
                &english()
            ),
            "Of the 6 actions in this plan, 1 is done, 3 in progress and 2 without a status. 2 are new since the 2025 round."
        );
        assert_eq!(
            actions_sentence(&[count("", "No status", 2)], 2, 0, &round, &english()),
            "None of the 2 actions in this plan has been reported on yet."
        );
    }
}
