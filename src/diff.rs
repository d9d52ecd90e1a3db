//! `workbook diff`'s document: what changed between two rounds of a city, as markdown for the
//! people who review it. Questions go by their plan labels under their workbooks' titles,
//! choices by their labels; ids are left to the JSON. Every piece of answer and workbook text
//! goes through the plan's escaper, so it stays text: it can add no heading, list, table cell,
//! link or HTML.

use crate::answer::Value;
use crate::plan::escape::markdown as escape;
use crate::profile::round_diff::{
    ActionChange, ActionRow, AnswerChange, Between, ChangeKind, IndicatorProgress, IndicatorValues,
    ItemDelta, RoundEnd, RoundValue,
};
use crate::text::sanitize_line;

/// Longest answer text shown, in characters; the JSON holds it whole.
const MAX_SHOWN: usize = 200;

/// The comparison as a markdown document. Sections with nothing to report are left out; when
/// nothing changed at all, the document says so in one line under its heading.
pub fn to_markdown(between: &Between) -> String {
    let (from, to) = (&between.from, &between.to);
    let mut out = format!(
        "# {}: what changed from {} to {}\n\n",
        text(&between.city),
        name(from),
        name(to)
    );
    if between.diff.is_empty() {
        out.push_str(&format!(
            "Nothing changed between {} and {}.\n",
            dated(from),
            dated(to)
        ));
        return out;
    }
    out.push_str(&format!(
        "{} compared with {}.",
        capital(&dated(from)),
        dated(to)
    ));
    if between.backwards {
        out.push_str(&format!(
            " {} is the later round, so this reads back in time: \"added\" is what only {} has, \"removed\" what only {} has.",
            capital(&name(from)),
            name(to),
            name(from)
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
        "the current round".to_string()
    } else {
        format!("round {}", text(&end.label))
    }
}

fn dated(end: &RoundEnd) -> String {
    match end.closed {
        Some(closed) => format!("{} (closed {})", name(end), day(closed)),
        None => format!("{} (open since {})", name(end), day(end.opened)),
    }
}

/// The column heading word for a side: "now" for the open round, else "in 2026".
fn when(end: &RoundEnd) -> String {
    if end.open {
        "now".to_string()
    } else {
        format!("in {}", text(&end.label))
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
    let counts: Vec<String> = [
        (ChangeKind::Added, "added"),
        (ChangeKind::Changed, "changed"),
        (ChangeKind::Removed, "removed"),
    ]
    .into_iter()
    .map(|(kind, word)| (changes.iter().filter(|c| c.kind == kind).count(), word))
    .filter(|(n, _)| *n > 0)
    .map(|(n, word)| format!("{n} {word}"))
    .collect();
    out.push_str(&format!("## Answers\n\n{}.\n", counts.join(", ")));
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
        ChangeKind::Added => format!("**{label}** (added): {}", shown(&change.after)),
        ChangeKind::Removed => format!("**{label}** (removed): was {}", shown(&change.before)),
        ChangeKind::Changed if change.items.is_empty() => format!(
            "**{label}** (changed): was {}; now {}",
            shown(&change.before),
            shown(&change.after)
        ),
        ChangeKind::Changed => {
            let mut line = format!("**{label}** (changed): ");
            if let (Some(Value::Table(a)), Some(Value::Table(b))) = (
                change.before.as_ref().map(|v| &v.value),
                change.after.as_ref().map(|v| &v.value),
            ) && a.len() != b.len()
            {
                line.push_str(&format!("{} → {}; ", rows(a.len()), rows(b.len())));
            }
            line.push_str(&delta(&change.items));
            line
        }
    }
}

fn rows(n: usize) -> String {
    format!("{n} row{}", if n == 1 { "" } else { "s" })
}

fn delta(items: &ItemDelta) -> String {
    let join = |list: &[String]| list.iter().map(|i| short(i)).collect::<Vec<_>>().join(", ");
    let mut parts = Vec::new();
    if !items.added.is_empty() {
        parts.push(format!("added {}", join(&items.added)));
    }
    if !items.removed.is_empty() {
        parts.push(format!("removed {}", join(&items.removed)));
    }
    if !items.changed.is_empty() {
        parts.push(format!("changed {}", join(&items.changed)));
    }
    if items.reordered {
        parts.push("the same, in another order".to_string());
    }
    parts.join("; ")
}

fn actions(out: &mut String, changes: &[ActionChange], from: &RoundEnd, to: &RoundEnd) {
    if changes.is_empty() {
        return;
    }
    out.push_str("## Actions\n\n");
    out.push_str(
        "Actions of every action table whose status changed, and actions new or gone.\n\n",
    );
    out.push_str(&format!(
        "| Action | Status {} | Status {} | Progress note |\n|---|---|---|---|\n",
        when(from),
        when(to)
    ));
    for change in changes {
        let status = |row: &Option<ActionRow>, missing: &str| match row {
            None => missing.to_string(),
            Some(r) => r
                .status_label
                .as_deref()
                .map_or_else(|| "no status".to_string(), short),
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
            status(&change.before, "not listed"),
            status(&change.after, "removed"),
            note
        ));
    }
    out.push('\n');
}

fn indicators(out: &mut String, all: &[IndicatorProgress], from: &RoundEnd, to: &RoundEnd) {
    if all.is_empty() {
        return;
    }
    out.push_str("## Indicators against target\n\n");
    out.push_str(&format!(
        "| Indicator | Baseline | Target | Latest value {} | Latest value {} | Target reached {} |\n|---|---|---|---|---|---|\n",
        when(from),
        when(to),
        when(to)
    ));
    for indicator in all {
        let (was, now) = (indicator.before.as_ref(), indicator.after.as_ref());
        let actual = |v: Option<&IndicatorValues>, missing: &str| match v {
            None => missing.to_string(),
            Some(v) => v.actual.as_deref().map_or_else(|| "-".to_string(), short),
        };
        let reached = match now {
            None => "removed",
            Some(v) => match v.reached {
                Some(true) => "yes",
                Some(false) => "not yet",
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
            actual(was, "not listed"),
            actual(now, "removed"),
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
