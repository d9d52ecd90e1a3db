//! The pictures of the HTML plan, drawn as inline SVG. Every piece of text is escaped with
//! [`escape::xml`]; no attribute ever holds text from an answer.

use std::fmt::Write;

use super::escape::xml;
use super::markdown::{Span, span};
use super::model::{AreaProgress, TableRow};

const WIDTH: u32 = 680;
/// Longest label drawn before it is shortened, in characters.
const LABEL_CHARS: usize = 30;
/// Most names drawn in one cell of the stakeholder grid.
const NAMES_PER_CELL: usize = 5;
/// Most actions drawn on the timeline; the table lists them all.
const TIMELINE_ROWS: usize = 40;

fn short(text: &str) -> String {
    if text.chars().count() <= LABEL_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(LABEL_CHARS - 1).collect();
    format!("{cut}…")
}

fn open(height: u32, title: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"{}\"><title>{}</title>",
        xml(title),
        xml(title)
    )
}

/// One horizontal bar per area: the share of relevant questions answered.
pub fn progress(areas: &[AreaProgress]) -> String {
    let row = 30;
    let height = areas.len() as u32 * row + 10;
    let mut out = open(height, "Progress per area");
    for (i, area) in areas.iter().enumerate() {
        let y = i as u32 * row + 8;
        let bar = u32::from(area.percent.min(100)) * 300 / 100;
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\" class=\"label\">{}</text><rect x=\"230\" y=\"{y}\" width=\"300\" height=\"18\" class=\"track\"/><rect x=\"230\" y=\"{y}\" width=\"{bar}\" height=\"18\" class=\"bar\"/><text x=\"540\" y=\"{}\" class=\"label\">{}% ({} of {})</text>",
            y + 14,
            xml(&short(&area.title)),
            y + 14,
            area.percent,
            area.progress.answered,
            area.progress.relevant
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
pub fn stakeholders(rows: &[TableRow]) -> String {
    let (cell_w, cell_h, left, top) = (190u32, 110u32, 90u32, 10u32);
    let height = top + 3 * cell_h + 60;
    let mut out = open(height, "Stakeholders by influence and interest");
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
                "<text x=\"{}\" y=\"{}\" class=\"small\">+{} more</text>",
                x + 6,
                y + 18 + NAMES_PER_CELL as u32 * 18,
                names.len() - NAMES_PER_CELL
            );
        }
    }
    for (i, name) in ["High", "Medium", "Low"].iter().enumerate() {
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\" class=\"label\">{name}</text>",
            top + i as u32 * cell_h + cell_h / 2
        );
    }
    for (i, name) in ["Low", "Medium", "High"].iter().enumerate() {
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" class=\"label\">{name}</text>",
            left + i as u32 * cell_w + cell_w / 2 - 20,
            top + 3 * cell_h + 20
        );
    }
    let _ = write!(
        out,
        "<text x=\"{left}\" y=\"{}\" class=\"label\">Interest →   (influence ↑)",
        top + 3 * cell_h + 44
    );
    if unplaced > 0 {
        let _ = write!(out, "; {unplaced} without influence and interest not shown");
    }
    out.push_str("</text></svg>");
    out
}

/// Bars from start to due date (a dot for a single date), in the action table's order.
pub fn timeline(actions: &[TableRow]) -> String {
    let dated: Vec<(&TableRow, Span)> = actions
        .iter()
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
    let mut out = open(height, "Timeline of dated actions");
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
        let class = if action.get("priority_level") == "high" {
            "bar high"
        } else {
            "bar"
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
            "<text x=\"0\" y=\"{y}\" class=\"small\">+{} more in the table</text>",
            dated.len() - shown.len()
        );
    }
    out.push_str("</svg>");
    out
}
