//! The plan's consolidated tables, one spec each: which answers feed it, the columns it shows,
//! and what it adds to a row. A table question's rows are read through its spec; columns the
//! spec does not show stay in the question's chapter, so nothing typed is lost.

use std::collections::{BTreeMap, HashMap};

/// The budget table's column headings (message ids), in every format.
pub const BUDGET_COLUMNS: [&str; 6] = [
    "plan-column-area",
    "plan-column-costed",
    "plan-column-cost",
    "plan-column-secured",
    "plan-column-applied",
    "plan-column-unfunded",
];

use crate::answer::Row;
use crate::workbook::{Column, Feed};

use super::escape::one_line;
use super::model::{ColumnHead, TableRow};
use super::words::{W, Words};

/// One consolidated table of the plan.
pub struct TableSpec {
    pub feed: Feed,
    /// The column ids read from an answer's rows, with their headings' message ids.
    pub columns: &'static [(&'static str, &'static str)],
    /// The columns the documents show, in order (some derived, like an action's timeline);
    /// a column no row fills is left out.
    pub display: &'static [(&'static str, &'static str)],
    /// The key under which the plan lists the table's columns and rows ("actions").
    pub name: &'static str,
    /// Choice columns whose value (`high`) is kept beside the label as `<id>_level`.
    pub levels: &'static [&'static str],
    /// Columns also read into each row, for the chapter on progress since the last round,
    /// that stay in the question's chapter too, since no consolidated table shows them.
    pub also_read: &'static [&'static str],
    /// What the spec adds to a row from its cells (an action's timeline), in the plan's words.
    pub derive: fn(&mut BTreeMap<String, String>, &Words),
}

pub const ACTIONS: TableSpec = TableSpec {
    feed: Feed::Actions,
    name: "actions",
    display: &[
        ("action", "plan-column-action"),
        ("owner", "plan-column-owner"),
        ("partners", "plan-column-partners"),
        ("timeline", "plan-column-timeline"),
        ("status", "plan-column-status"),
        ("priority", "plan-column-priority"),
        ("budget", "plan-column-budget"),
        ("funding", "plan-column-funding"),
        ("indicator", "plan-column-indicator"),
    ],
    columns: &[
        ("action", "plan-column-action"),
        ("owner", "plan-column-owner"),
        ("partners", "plan-column-partners"),
        ("start", "plan-column-start"),
        ("due", "plan-column-due"),
        ("priority", "plan-column-priority"),
        ("budget", "plan-column-budget"),
        ("funding", "plan-column-funding"),
        ("indicator", "plan-column-indicator"),
        ("status", "plan-column-status"),
    ],
    levels: &["priority", "funding", "status"],
    also_read: &["progress_note"],
    derive: timeline,
};

pub const INDICATORS: TableSpec = TableSpec {
    feed: Feed::Indicators,
    name: "indicators",
    display: &[],
    columns: &[
        ("indicator", "plan-column-indicator"),
        ("type", "plan-column-type"),
        ("baseline", "plan-column-baseline"),
        ("actual", "plan-column-latest"),
        ("target", "plan-column-target"),
        ("source", "plan-column-source"),
        ("frequency", "plan-column-frequency"),
        ("owner", "plan-column-owner"),
    ],
    levels: &["type"],
    also_read: &[],
    derive: nothing,
};

pub const STAKEHOLDERS: TableSpec = TableSpec {
    feed: Feed::Stakeholders,
    name: "stakeholders",
    display: &[],
    columns: &[
        ("name", "plan-column-name"),
        ("sector", "plan-column-sector"),
        ("role", "plan-column-role"),
        ("influence", "plan-column-influence"),
        ("interest", "plan-column-interest"),
        ("relationship", "plan-column-relationship"),
        ("contact", "plan-column-contact"),
    ],
    levels: &["influence", "interest"],
    also_read: &[],
    derive: nothing,
};

pub const RISKS: TableSpec = TableSpec {
    feed: Feed::Risks,
    name: "risks",
    display: &[],
    columns: &[
        ("risk", "plan-column-risk"),
        ("type", "plan-column-type"),
        ("affected", "plan-column-affected"),
        ("likelihood", "plan-column-likelihood"),
        ("impact", "plan-column-impact"),
        ("current_response", "plan-column-current-response"),
        ("evidence", "plan-column-evidence"),
    ],
    levels: &["likelihood", "impact"],
    also_read: &[],
    derive: nothing,
};

pub const DELIVERY_RISKS: TableSpec = TableSpec {
    feed: Feed::DeliveryRisks,
    name: "delivery_risks",
    display: &[],
    columns: &[
        ("risk", "plan-column-risk"),
        ("likelihood", "plan-column-likelihood"),
        ("impact", "plan-column-impact"),
        ("mitigation", "plan-column-mitigation"),
        ("owner", "plan-column-owner"),
    ],
    levels: &["likelihood", "impact"],
    also_read: &[],
    derive: nothing,
};

/// Every consolidated table.
pub const TABLES: &[&TableSpec] = &[
    &ACTIONS,
    &INDICATORS,
    &STAKEHOLDERS,
    &RISKS,
    &DELIVERY_RISKS,
];

/// The spec of the table `feed` fills, if it fills one.
pub fn spec(feed: Feed) -> Option<&'static TableSpec> {
    TABLES.iter().copied().find(|t| t.feed == feed)
}

impl TableSpec {
    pub fn shows(&self, column: &str) -> bool {
        self.columns.iter().any(|(id, _)| *id == column)
    }

    /// The columns the documents show for these rows: those of `display` (else `columns`)
    /// that at least one row fills.
    pub fn shown_columns(&self, rows: &[TableRow], words: &Words) -> Vec<ColumnHead> {
        let display = if self.display.is_empty() {
            self.columns
        } else {
            self.display
        };
        display
            .iter()
            .filter(|(id, _)| rows.iter().any(|r| !r.get(id).is_empty()))
            .map(|(id, heading)| ColumnHead {
                id: id.to_string(),
                heading: words.messages.text(heading),
            })
            .collect()
    }

    /// A plan row from an answer's row: each shown column's text (a choice's label), the
    /// values of the level columns, and what the spec derives.
    pub fn row(&self, columns: &[Column], row: &Row, question: &str, words: &Words) -> TableRow {
        let mut cells = BTreeMap::new();
        for id in self.columns.iter().map(|(id, _)| id).chain(self.also_read) {
            cells.insert(id.to_string(), cell(columns, row, id));
        }
        for id in self.levels {
            cells.insert(
                format!("{id}_level"),
                row.get(*id).map(|v| one_line(v)).unwrap_or_default(),
            );
        }
        (self.derive)(&mut cells, words);
        TableRow {
            cells,
            question: question.to_string(),
            questions: vec![question.to_string()],
            workbook: question.split('.').next().unwrap_or_default().to_string(),
        }
    }
}

/// A cell's display text: a choice column shows its label, others their text.
pub fn cell(columns: &[Column], row: &Row, id: &str) -> String {
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

fn nothing(_: &mut BTreeMap<String, String>, _: &Words) {}

/// An action's start and due dates as one phrase ("2026-01-01 to 2026-03-31").
fn timeline(cells: &mut BTreeMap<String, String>, words: &Words) {
    let get = |k: &str| cells.get(k).map(String::as_str).filter(|v| !v.is_empty());
    let text = match (get("start"), get("due")) {
        (Some(s), Some(d)) => words.fill(W::TimelineRange, &[s, d]),
        (Some(s), None) => words.fill(W::TimelineFrom, &[s]),
        (None, Some(d)) => words.fill(W::TimelineBy, &[d]),
        (None, None) => String::new(),
    };
    cells.insert("timeline".into(), text);
}

pub use crate::text::matching_key as key;

/// Whether the city dropped this action: it is listed with its status, but costs nothing,
/// is no priority and has no place on the timeline.
pub fn is_dropped(action: &TableRow) -> bool {
    action.get("status_level") == "dropped"
}

/// Whether the action is behind the city, done or dropped: it is listed after the others, is
/// no priority and is left out of the budget, which covers what is still to be delivered.
pub fn is_closed(action: &TableRow) -> bool {
    matches!(action.get("status_level"), "done" | "dropped")
}

/// Merges actions entered in two workbooks (the same text, with the same owner or one of them
/// without an owner) into one row that names both sources, so that no total counts it twice.
pub fn merge_duplicate_actions(actions: Vec<TableRow>) -> Vec<TableRow> {
    let mut kept: Vec<TableRow> = Vec::with_capacity(actions.len());
    // Each kept row's owner key, and the kept rows by action key: one lookup per action
    // instead of comparing every pair (hundreds of actions would take a noticeable time).
    let mut owners: Vec<String> = Vec::with_capacity(actions.len());
    let mut by_text: HashMap<String, Vec<usize>> = HashMap::new();
    for action in actions {
        let text = key(action.get("action"));
        let owner = key(action.get("owner"));
        let same = by_text.get(&text).and_then(|rows| {
            rows.iter()
                .copied()
                .find(|&i| owners[i] == owner || owners[i].is_empty() || owner.is_empty())
        });
        match same {
            Some(i) => {
                let existing = &mut kept[i];
                for q in &action.questions {
                    if !existing.questions.contains(q) {
                        existing.questions.push(q.clone());
                    }
                }
                // A cell only the later entry filled in is not lost.
                for (column, value) in action.cells {
                    let mine = existing.cells.entry(column).or_default();
                    if mine.is_empty() {
                        *mine = value;
                    }
                }
                if owners[i].is_empty() {
                    owners[i] = owner;
                }
            }
            None => {
                by_text.entry(text).or_default().push(kept.len());
                owners.push(owner);
                kept.push(action);
            }
        }
    }
    kept
}

/// Sorts actions by priority (high first, unset last), then by the earliest date (undated
/// last), those done or dropped after all the others; the sort is stable, so equal actions
/// keep workbook and row order.
pub fn sort_actions(actions: &mut [TableRow]) {
    let rank = |a: &TableRow| match a.get("priority_level") {
        "high" => 0,
        "medium" => 1,
        "low" => 2,
        _ => 3,
    };
    actions.sort_by(|a, b| {
        let date = |r: &TableRow| {
            Some(r.get("start"))
                .filter(|s| !s.is_empty())
                .or(Some(r.get("due")).filter(|s| !s.is_empty()))
                .map(str::to_string)
        };
        is_closed(a)
            .cmp(&is_closed(b))
            .then_with(|| rank(a).cmp(&rank(b)))
            .then_with(|| match (date(a), date(b)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(text: &str, owner: &str, question: &str) -> TableRow {
        let mut cells = BTreeMap::new();
        cells.insert("action".to_string(), text.to_string());
        cells.insert("owner".to_string(), owner.to_string());
        cells.insert("budget".to_string(), String::new());
        TableRow {
            cells,
            question: question.into(),
            questions: vec![question.into()],
            workbook: question.split('.').next().unwrap().into(),
        }
    }

    #[test]
    fn the_same_action_in_two_workbooks_is_one_row_with_both_sources() {
        let mut later = action("Train  frontline staff.", "", "prevention.actions");
        later.cells.insert("budget".into(), "15,000".into());
        let merged = merge_duplicate_actions(vec![
            action(
                "Train frontline staff",
                "Prevention Coordinator",
                "strategy.actions",
            ),
            later,
            action(
                "Train frontline staff",
                "Police",
                "coordination.actions_table",
            ),
        ]);
        assert_eq!(merged.len(), 2, "another owner is another action");
        assert_eq!(
            merged[0].questions,
            vec!["strategy.actions", "prevention.actions"]
        );
        assert_eq!(merged[0].get("budget"), "15,000");
    }
}
