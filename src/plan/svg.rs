//! The pictures of the HTML plan, drawn as inline SVG. Every piece of text is escaped with
//! [`escape::xml`]; no attribute ever holds text from an answer.

use std::fmt::Write;

use crate::tr;

use super::escape::xml;
use super::markdown::{Span, span};
use super::model::{AreaProgress, IndicatorProgress, TableRow};
use super::words::{W, Words};

const WIDTH: u32 = 680;
/// Longest label drawn before it is shortened, in characters.
const LABEL_CHARS: usize = 30;
/// Most names drawn in one cell of the stakeholder grid.
const NAMES_PER_CELL: usize = 5;
/// Most actions drawn on the timeline; the table lists them all.
const TIMELINE_ROWS: usize = 40;

fn short(text: &str) -> String {
    cut(text, LABEL_CHARS)
}

/// `text` in at most `chars` characters, the last one "…" when it was cut.
fn cut(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_string();
    }
    let kept: String = text.chars().take(chars - 1).collect();
    format!("{kept}…")
}

fn open(height: u32, title: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"{}\"><title>{}</title>",
        xml(title),
        xml(title)
    )
}

/// Width of an indicator's chart: half the others', so that two sit side by side on a page.
pub const INDICATOR_WIDTH: u32 = 340;

/// One indicator as bars from zero: its baseline and its value at the last round (paler), its
/// latest value, and its target (outlined), each with the value as the city wrote it. Empty
/// when its values are not numbers. `round` names the last round ("2025").
pub fn indicator(indicator: &IndicatorProgress, round: &str, words: &Words) -> String {
    let Some(n) = indicator.chart else {
        return String::new();
    };
    let m = words.messages;
    let round_label = words.fill(W::RoundColumn, &[&cut(round, 10)]);
    let (baseline, latest, target) = (
        m.text("plan-column-baseline"),
        m.text("plan-column-latest"),
        m.text("plan-column-target"),
    );
    let rows: Vec<(&str, Option<f64>, &str, &str)> = vec![
        (&baseline, n.baseline, &indicator.baseline, "bar past"),
        (&round_label, n.previous, &indicator.previous, "bar past"),
        (&latest, Some(n.latest), &indicator.latest, "bar"),
        (&target, Some(n.target), &indicator.target, "goal"),
    ];
    let rows: Vec<(&str, f64, &str, &str)> = rows
        .into_iter()
        .filter_map(|(label, value, text, class)| value.map(|v| (label, v, text, class)))
        .collect();
    let lowest = rows.iter().map(|r| r.1).fold(0.0_f64, f64::min);
    let highest = rows.iter().map(|r| r.1).fold(0.0_f64, f64::max);
    let range = if highest > lowest {
        highest - lowest
    } else {
        1.0
    };
    let (left, span, row) = (96.0, 170.0, 24u32);
    let x = |v: f64| left + span * (v - lowest) / range;
    let height = rows.len() as u32 * row + 6;
    let description: Vec<String> = rows
        .iter()
        .map(|(label, _, text, _)| format!("{label}: {}", text.trim()))
        .collect();
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {INDICATOR_WIDTH} {height}\" width=\"{INDICATOR_WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"{}\"><title>{}</title><desc>{}</desc>",
        xml(&indicator.indicator),
        xml(&indicator.indicator),
        xml(&description.join("; "))
    );
    for (i, (label, value, text, class)) in rows.iter().enumerate() {
        let y = i as u32 * row + 4;
        let (from, to) = (x(0.0).min(x(*value)), x(0.0).max(x(*value)));
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\" class=\"small\">{}</text><rect x=\"{from:.1}\" y=\"{y}\" width=\"{:.1}\" height=\"16\" class=\"{class}\"/><text x=\"{}\" y=\"{}\" class=\"small\">{}</text>",
            y + 12,
            xml(label),
            (to - from).max(1.0),
            left + span + 6.0,
            y + 12,
            xml(&cut(text.trim(), 11))
        );
    }
    out.push_str("</svg>");
    out
}

/// One horizontal bar per area: the share of relevant questions answered.
pub fn progress(areas: &[AreaProgress], words: &Words) -> String {
    let row = 30;
    let height = areas.len() as u32 * row + 10;
    let mut out = open(height, &tr!(in words.messages; "plan-chart-progress"));
    for (i, area) in areas.iter().enumerate() {
        let y = i as u32 * row + 8;
        let bar = u32::from(area.percent.min(100)) * 300 / 100;
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\" class=\"label\">{}</text><rect x=\"230\" y=\"{y}\" width=\"300\" height=\"18\" class=\"track\"/><rect x=\"230\" y=\"{y}\" width=\"{bar}\" height=\"18\" class=\"bar\"/><text x=\"540\" y=\"{}\" class=\"label\">{}</text>",
            y + 14,
            xml(&short(&area.title)),
            y + 14,
            xml(&words.fill(
                W::ChartProgressValue,
                &[
                    &area.percent.to_string(),
                    &area.progress.answered.to_string(),
                    &area.progress.relevant.to_string()
                ]
            ))
        );
    }
    out.push_str("</svg>");
    out
}

fn level(text: &str) -> Option<usize> {
    match text {
        "low" => Some(0),
        "medium" => Some(1),
        "high" => Some(2),
        _ => None,
    }
}

/// A three-by-three grid: interest across, influence up. Stakeholders without both levels are
/// counted under the grid.
pub fn stakeholders(rows: &[TableRow], words: &Words) -> String {
    let m = words.messages;
    let (cell_w, cell_h, left, top) = (190u32, 110u32, 90u32, 10u32);
    let height = top + 3 * cell_h + 60;
    let mut out = open(height, &tr!(in m; "plan-chart-stakeholders"));
    let mut cells: Vec<Vec<&str>> = vec![Vec::new(); 9];
    let mut unplaced = 0;
    for row in rows {
        match (
            level(row.get("influence_level")),
            level(row.get("interest_level")),
        ) {
            (Some(inf), Some(int)) => cells[(2 - inf) * 3 + int].push(row.get("name")),
            _ => unplaced += 1,
        }
    }
    for (index, names) in cells.iter().enumerate() {
        let (r, c) = ((index / 3) as u32, (index % 3) as u32);
        let (x, y) = (left + c * cell_w, top + r * cell_h);
        let _ = write!(
            out,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{cell_w}\" height=\"{cell_h}\" class=\"cell\"/>"
        );
        for (line, name) in names.iter().take(NAMES_PER_CELL).enumerate() {
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" class=\"small\">{}</text>",
                x + 6,
                y + 18 + line as u32 * 18,
                xml(&short(name))
            );
        }
        if names.len() > NAMES_PER_CELL {
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" class=\"small\">{}</text>",
                x + 6,
                y + 18 + NAMES_PER_CELL as u32 * 18,
                xml(&words.fill(W::ChartMore, &[&(names.len() - NAMES_PER_CELL).to_string()]))
            );
        }
    }
    let (high, medium, low) = (
        xml(&m.text("plan-level-high")),
        xml(&m.text("plan-level-medium")),
        xml(&m.text("plan-level-low")),
    );
    for (i, name) in [&high, &medium, &low].iter().enumerate() {
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\" class=\"label\">{name}</text>",
            top + i as u32 * cell_h + cell_h / 2
        );
    }
    for (i, name) in [&low, &medium, &high].iter().enumerate() {
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" class=\"label\">{name}</text>",
            left + i as u32 * cell_w + cell_w / 2 - 20,
            top + 3 * cell_h + 20
        );
    }
    let axes = if unplaced > 0 {
        tr!(in m; "plan-chart-axes-unplaced", count = unplaced)
    } else {
        tr!(in m; "plan-chart-axes")
    };
    let _ = write!(
        out,
        "<text x=\"{left}\" y=\"{}\" class=\"label\">{}",
        top + 3 * cell_h + 44,
        xml(&axes)
    );
    out.push_str("</text></svg>");
    out
}

/// Bars from start to due date (a dot for a single date), in the action table's order; a
/// dropped action is left out.
pub fn timeline(actions: &[TableRow], words: &Words) -> String {
    let dated: Vec<(&TableRow, Span)> = actions
        .iter()
        .filter(|a| !super::tables::is_dropped(a))
        .filter_map(|a| span(a).map(|s| (a, s)))
        .collect();
    let shown = &dated[..dated.len().min(TIMELINE_ROWS)];
    let bounds = |s: &Span| match *s {
        Span::Range(a, b) => (a, b),
        Span::Milestone(d) => (d, d),
    };
    let first = shown.iter().map(|(_, s)| bounds(s).0).min();
    let last = shown.iter().map(|(_, s)| bounds(s).1).max();
    let (Some(first), Some(last)) = (first, last) else {
        return String::new();
    };
    let days = (last - first).get_days().max(1) as f64;
    let (left, span_w, row) = (230.0, 420.0, 22u32);
    let height = shown.len() as u32 * row + 40;
    let mut out = open(height, &tr!(in words.messages; "plan-chart-timeline"));
    let x = |d: jiff::civil::Date| left + span_w * (d - first).get_days() as f64 / days;
    for (i, (action, s)) in shown.iter().enumerate() {
        let y = i as u32 * row + 6;
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\" class=\"small\">{}</text>",
            y + 13,
            xml(&short(action.get("action")))
        );
        let (a, b) = bounds(s);
        // An action done is drawn pale: it is behind the city.
        let class = match (action.get("status_level"), action.get("priority_level")) {
            ("done", _) => "bar past",
            (_, "high") => "bar high",
            _ => "bar",
        };
        match s {
            Span::Range(..) => {
                let _ = write!(
                    out,
                    "<rect x=\"{:.1}\" y=\"{y}\" width=\"{:.1}\" height=\"14\" class=\"{class}\"/>",
                    x(a),
                    (x(b) - x(a)).max(2.0)
                );
            }
            Span::Milestone(_) => {
                let _ = write!(
                    out,
                    "<circle cx=\"{:.1}\" cy=\"{}\" r=\"6\" class=\"{class}\"/>",
                    x(a),
                    y + 7
                );
            }
        }
    }
    let y = shown.len() as u32 * row + 24;
    let _ = write!(
        out,
        "<text x=\"{left}\" y=\"{y}\" class=\"small\">{first}</text><text x=\"{:.1}\" y=\"{y}\" class=\"small\" text-anchor=\"end\">{last}</text>",
        left + span_w
    );
    if dated.len() > shown.len() {
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{y}\" class=\"small\">{}</text>",
            xml(
                &tr!(in words.messages; "plan-chart-more-in-table", count = dated.len() - shown.len())
            )
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::model::IndicatorNumbers;

    fn indicator(name: &str, previous: Option<f64>) -> IndicatorProgress {
        IndicatorProgress {
            indicator: name.to_string(),
            baseline: "40".into(),
            previous: previous.map_or_else(String::new, |p| p.to_string()),
            latest: "95".into(),
            target: "240".into(),
            standing: String::new(),
            chart: Some(IndicatorNumbers {
                baseline: Some(40.0),
                previous,
                latest: 95.0,
                target: 240.0,
                percent: false,
            }),
            questions: Vec::new(),
        }
    }

    #[test]
    fn an_indicator_is_drawn_as_bars_with_its_values_and_an_escaped_title() {
        let words = Words::new("en", crate::answer::NumberFormat::Point);
        let svg = super::indicator(
            &indicator("Staff <trained> & \"ready\"", Some(52.0)),
            "2025",
            &words,
        );
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(svg.contains(
            "<title>Staff &lt;trained&gt; &amp; &quot;ready&quot;</title><desc>Baseline: 40; 2025 round: 52; Latest value: 95; Target: 240</desc>"
        ), "{svg}");
        assert!(!svg.contains("<trained>"));
        assert_eq!(svg.matches("<rect").count(), 4);
        assert_eq!(svg.matches("class=\"goal\"").count(), 1);
        // The target is the longest bar: the whole span.
        assert!(
            svg.contains("width=\"170.0\" height=\"16\" class=\"goal\""),
            "{svg}"
        );
        // Without a value at the last round, three bars.
        let three = super::indicator(&indicator("Staff", None), "2025", &words);
        assert_eq!(three.matches("<rect").count(), 3);
        assert!(!three.contains("2025 round"));
        // Words are not drawn.
        let words_only = IndicatorProgress {
            chart: None,
            ..indicator("Staff", None)
        };
        assert_eq!(super::indicator(&words_only, "2025", &words), "");
    }
}
