//! `workbook diff`'s document: what changed between two rounds of a city, as markdown for the
//! people who review it. Questions go by their plan labels under their workbooks' titles,
//! choices by their labels; ids are left to the JSON. Every piece of answer and workbook text
//! goes through the plan's escaper, so it stays text: it can add no heading, list, table cell,
//! link or HTML. The document's own words are in the user's language.

use crate::answer::Value;
use crate::plan::escape::markdown as escape;
use crate::profile::round_diff::{
    ActionChange, ActionRow, AnswerChange, Between, ChangeKind, IndicatorProgress, IndicatorValues,
    ItemDelta, RoundEnd, RoundValue,
};
use crate::text::sanitize_line;
use crate::tr;

/// Longest answer text shown, in characters; the JSON holds it whole.
const MAX_SHOWN: usize = 200;

/// The comparison as a markdown document. Sections with nothing to report are left out; when
/// nothing changed at all, the document says so in one line under its heading.
pub fn to_markdown(between: &Between) -> String {
    let (from, to) = (&between.from, &between.to);
    let mut out = format!(
        "# {}\n\n",
        tr!(
            "profile-diff-title",
            city = text(&between.city),
            from = name(from),
            to = name(to)
        )
    );
    if between.diff.is_empty() {
        out.push_str(&tr!(
            "profile-diff-nothing",
            from = dated(from),
            to = dated(to)
        ));
        out.push('\n');
        return out;
    }
    out.push_str(&tr!(
        "profile-diff-compared",
        start = capital(&dated(from)),
        to = dated(to)
    ));
    if between.backwards {
        out.push(' ');
        out.push_str(&tr!(
            "profile-diff-backwards",
            later = capital(&name(from)),
            to = name(to),
            from = name(from)
        ));
    }
    out.push_str("\n\n");
    answers(&mut out, &between.diff.answers);
    actions(&mut out, &between.diff.actions, from, to);
    indicators(&mut out, &between.diff.indicators, from, to);
    out
}

/// Untrusted text as one escaped markdown line.
fn text(raw: &str) -> String {
    escape(&sanitize_line(raw))
}

/// Untrusted text cut to [`MAX_SHOWN`] characters, escaped.
fn short(raw: &str) -> String {
    let line = sanitize_line(raw);
    let line = line.trim();
    if line.chars().count() <= MAX_SHOWN {
        return escape(line);
    }
    let cut: String = line.chars().take(MAX_SHOWN).collect();
    format!("{}…", escape(cut.trim_end()))
}

fn name(end: &RoundEnd) -> String {
    if end.open {
        tr!("profile-diff-current-round")
    } else {
        tr!("profile-diff-round", label = text(&end.label))
    }
}

fn dated(end: &RoundEnd) -> String {
    match end.closed {
        Some(closed) => tr!("profile-diff-closed", round = name(end), date = day(closed)),
        None => tr!(
            "profile-diff-open-since",
            round = name(end),
            date = day(end.opened)
        ),
    }
}

/// The column heading word for a side: "now" for the open round, else "in 2026".
fn when(end: &RoundEnd) -> String {
    if end.open {
        tr!("profile-diff-now")
    } else {
        tr!("profile-diff-in", label = text(&end.label))
    }
}

fn capital(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

fn day(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%d").to_string()
}

fn answers(out: &mut String, changes: &[AnswerChange]) {
    if changes.is_empty() {
        return;
    }
    let count = |kind| changes.iter().filter(|c| c.kind == kind).count();
    let counts: Vec<String> = [
        (count(ChangeKind::Added), "profile-diff-count-added"),
        (count(ChangeKind::Changed), "profile-diff-count-changed"),
        (count(ChangeKind::Removed), "profile-diff-count-removed"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, id)| crate::messages::ui().format(id, &[("count", n.into())]))
    .collect();
    out.push_str(&format!(
        "## {}\n\n{}\n",
        tr!("profile-diff-answers"),
        tr!("profile-diff-counts", counts = counts.join(", "))
    ));
    let mut workbook = None;
    for change in changes {
        if workbook != Some(&change.workbook) {
            workbook = Some(&change.workbook);
            out.push_str(&format!("\n### {}\n\n", text(&change.workbook_title)));
        }
        out.push_str(&format!("- {}\n", answer_line(change)));
    }
    out.push('\n');
}

fn answer_line(change: &AnswerChange) -> String {
    let label = text(&change.label);
    let shown = |v: &Option<RoundValue>| v.as_ref().map_or_else(String::new, |v| short(&v.text));
    match change.kind {
        ChangeKind::Added => tr!(
            "profile-diff-added",
            label = label,
            value = shown(&change.after)
        ),
        ChangeKind::Removed => tr!(
            "profile-diff-removed",
            label = label,
            value = shown(&change.before)
        ),
        ChangeKind::Changed if change.items.is_empty() => tr!(
            "profile-diff-changed",
            label = label,
            before = shown(&change.before),
            after = shown(&change.after)
        ),
        ChangeKind::Changed => {
            let mut changes = String::new();
            if let (Some(Value::Table(a)), Some(Value::Table(b))) = (
                change.before.as_ref().map(|v| &v.value),
                change.after.as_ref().map(|v| &v.value),
            ) && a.len() != b.len()
            {
                changes.push_str(&format!("{} → {}", rows(a.len()), rows(b.len())));
            }
            let items = delta(&change.items);
            if !changes.is_empty() && !items.is_empty() {
                changes.push_str(&tr!("profile-diff-separator"));
            }
            changes.push_str(&items);
            tr!(
                "profile-diff-changed-items",
                label = label,
                changes = changes
            )
        }
    }
}

fn rows(n: usize) -> String {
    tr!("core-rows", count = n)
}

fn delta(items: &ItemDelta) -> String {
    let join = |list: &[String]| list.iter().map(|i| short(i)).collect::<Vec<_>>().join(", ");
    let mut parts = Vec::new();
    if !items.added.is_empty() {
        parts.push(tr!("profile-diff-items-added", items = join(&items.added)));
    }
    if !items.removed.is_empty() {
        parts.push(tr!(
            "profile-diff-items-removed",
            items = join(&items.removed)
        ));
    }
    if !items.changed.is_empty() {
        parts.push(tr!(
            "profile-diff-items-changed",
            items = join(&items.changed)
        ));
    }
    if items.reordered {
        parts.push(tr!("profile-diff-items-reordered"));
    }
    parts.join(&tr!("profile-diff-separator"))
}

fn actions(out: &mut String, changes: &[ActionChange], from: &RoundEnd, to: &RoundEnd) {
    if changes.is_empty() {
        return;
    }
    out.push_str(&format!("## {}\n\n", tr!("profile-diff-actions")));
    out.push_str(&tr!("profile-diff-actions-intro"));
    out.push_str("\n\n");
    out.push_str(&format!(
        "| {} | {} | {} | {} |\n|---|---|---|---|\n",
        tr!("profile-diff-column-action"),
        tr!("profile-diff-column-status", when = when(from)),
        tr!("profile-diff-column-status", when = when(to)),
        tr!("profile-diff-column-note"),
    ));
    // The words of the table, looked up once for all its rows.
    let (no_status, not_listed, removed) = (
        tr!("profile-diff-no-status"),
        tr!("profile-diff-not-listed"),
        tr!("profile-diff-gone"),
    );
    for change in changes {
        let status = |row: &Option<ActionRow>, missing: &str| match row {
            None => missing.to_string(),
            Some(r) => r
                .status_label
                .as_deref()
                .map_or_else(|| no_status.clone(), short),
        };
        let note = change
            .after
            .as_ref()
            .or(change.before.as_ref())
            .and_then(|r| r.progress_note.as_deref())
            .map_or_else(String::new, short);
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            short(&change.action),
            status(&change.before, &not_listed),
            status(&change.after, &removed),
            note
        ));
    }
    out.push('\n');
}

fn indicators(out: &mut String, all: &[IndicatorProgress], from: &RoundEnd, to: &RoundEnd) {
    if all.is_empty() {
        return;
    }
    out.push_str(&format!("## {}\n\n", tr!("profile-diff-indicators")));
    out.push_str(&format!(
        "| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|\n",
        tr!("profile-diff-column-indicator"),
        tr!("profile-diff-column-baseline"),
        tr!("profile-diff-column-target"),
        tr!("profile-diff-column-latest", when = when(from)),
        tr!("profile-diff-column-latest", when = when(to)),
        tr!("profile-diff-column-reached", when = when(to)),
    ));
    // The words of the table, looked up once for all its rows.
    let (not_listed, removed, yes, not_yet) = (
        tr!("profile-diff-indicator-not-listed"),
        tr!("profile-diff-indicator-gone"),
        tr!("profile-diff-reached"),
        tr!("profile-diff-not-reached"),
    );
    for indicator in all {
        let (was, now) = (indicator.before.as_ref(), indicator.after.as_ref());
        let actual = |v: Option<&IndicatorValues>, missing: &str| match v {
            None => missing.to_string(),
            Some(v) => v.actual.as_deref().map_or_else(|| "-".to_string(), short),
        };
        let reached = match now {
            None => removed.as_str(),
            Some(v) => match v.reached {
                Some(true) => yes.as_str(),
                Some(false) => not_yet.as_str(),
                None => "-",
            },
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            short(&indicator.indicator),
            both(
                was.and_then(|v| v.baseline.as_deref()),
                now.and_then(|v| v.baseline.as_deref())
            ),
            both(
                was.and_then(|v| v.target.as_deref()),
                now.and_then(|v| v.target.as_deref())
            ),
            actual(was, &not_listed),
            actual(now, &removed),
            reached
        ));
    }
    out.push('\n');
}

/// A value both sides may hold: "10 → 12" when it changed, else the one there is.
fn both(was: Option<&str>, now: Option<&str>) -> String {
    match (was, now) {
        (Some(a), Some(b)) if a != b => format!("{} → {}", short(a), short(b)),
        (a, b) => b.or(a).map_or_else(|| "-".to_string(), short),
    }
}
