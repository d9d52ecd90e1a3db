//! Several cities side by side, for a regional hub: progress per workbook and key facts.
//! Which facts are compared is data: questions that carry `compare = "Heading"` in their
//! workbook, plus the number of actions across all action tables.

mod rounds;

use serde::Serialize;

use crate::answer::{Value, read};
use crate::plain::render::describe;
use crate::plan::escape::markdown;
use crate::profile::{Profile, Reader, Status};
use crate::tr;
use crate::workbook::{Catalog, Feed, Kind};

pub use rounds::{RoundMark, SinceLastRound, Snapshot};

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Comparison {
    /// Workbook ids, in catalog order.
    pub workbooks: Vec<String>,
    /// Headings of the compared facts, in catalog order.
    pub facts: Vec<String>,
    pub cities: Vec<CityRow>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CityRow {
    pub city: String,
    pub country: Option<String>,
    pub role: String,
    /// One per workbook: answered and relevant questions for the city's role.
    pub progress: Vec<AreaProgress>,
    /// One per fact heading: the answer as text, or `None` when unanswered.
    pub facts: Vec<Option<String>>,
    /// Rows in every table that feeds the plan's action table.
    pub actions: usize,
    /// With `--since-last-round`: the city's last closed round and what moved since.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rounds: Option<SinceLastRound>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct AreaProgress {
    pub answered: usize,
    pub relevant: usize,
    pub required: usize,
    pub required_answered: usize,
    pub percent: u8,
}

/// The cities side by side, each also against its last closed round (`compare
/// --since-last-round`).
pub fn compare_since_last_round(catalog: &Catalog, profiles: &[Profile]) -> Comparison {
    let mut comparison = compare(catalog, profiles);
    for (row, profile) in comparison.cities.iter_mut().zip(profiles) {
        row.rounds = Some(rounds::since_last_round(catalog, profile));
    }
    comparison
}

pub fn compare(catalog: &Catalog, profiles: &[Profile]) -> Comparison {
    let workbooks: Vec<String> = catalog.iter().map(|w| w.id().to_string()).collect();
    let facts: Vec<String> = catalog
        .iter()
        .flat_map(|w| {
            w.questions()
                .filter(|q| !q.is_reused())
                .filter_map(|q| q.compare.clone())
        })
        .collect();
    let cities = profiles.iter().map(|p| city_row(catalog, p)).collect();
    Comparison {
        workbooks,
        facts,
        cities,
    }
}

/// Per workbook of the catalog, how far `profile` is for its role.
fn area_progress(catalog: &Catalog, status: &Status, profile: &Profile) -> Vec<AreaProgress> {
    let reader = Reader::of(profile);
    (0..catalog.workbooks.len())
        .map(|i| {
            let p = status.progress(catalog, i, reader);
            AreaProgress {
                answered: p.answered,
                relevant: p.relevant,
                required: p.required,
                required_answered: p.required_answered,
                percent: p.percent(),
            }
        })
        .collect()
}

fn city_row(catalog: &Catalog, profile: &Profile) -> CityRow {
    let status = Status::new(catalog, profile);
    let progress = area_progress(catalog, &status, profile);
    let mut facts = Vec::new();
    let mut actions = 0;
    let format = profile.city.number_format;
    for (w, workbook) in catalog.iter().enumerate() {
        for (i, question) in workbook.questions().enumerate() {
            // A question shown from another workbook is compared at home, once.
            if question.is_reused() {
                continue;
            }
            let reading = profile
                .answer(workbook.id(), question.id())
                .filter(|_| status.of(w).relevant[i])
                .map(|a| (read(question, &a.value, a.other.as_deref(), format), a));
            let answer = reading
                .as_ref()
                .and_then(|(r, a)| r.value().filter(|v| v.is_answered()).map(|v| (v, *a)));
            if question.compare.is_some() {
                facts.push(answer.map(|(value, a)| match (value, question.kind()) {
                    (Value::Table(rows), Kind::Table) => {
                        tr!("profile-compare-entries", count = rows.len())
                    }
                    (value, _) => describe(question, value, a.other.as_deref(), format),
                }));
            }
            if question.feeds == Feed::Actions
                && let Some((Value::Table(rows), _)) = answer
            {
                actions += rows.len();
            }
        }
    }
    CityRow {
        city: profile.city.name.clone(),
        country: profile.city.country.clone(),
        role: profile.city.role.name().to_string(),
        progress,
        facts,
        actions,
        rounds: None,
    }
}

impl Comparison {
    fn header(&self) -> Vec<String> {
        let mut header = vec![tr!("profile-compare-city"), tr!("profile-compare-country")];
        header.extend(self.workbooks.iter().cloned());
        header.extend(self.facts.iter().cloned());
        header.push(tr!("profile-compare-actions"));
        if self.since_last_round() {
            header.extend(rounds::header());
        }
        header
    }

    /// Whether the cities carry their progress since their last round.
    fn since_last_round(&self) -> bool {
        self.cities.iter().any(|c| c.rounds.is_some())
    }

    fn rows(&self) -> Vec<Vec<String>> {
        self.cities
            .iter()
            .map(|c| {
                let mut row = vec![c.city.clone(), c.country.clone().unwrap_or_default()];
                row.extend(
                    c.progress
                        .iter()
                        .map(|p| progress_cell(p.percent, p.answered, p.relevant)),
                );
                row.extend(
                    c.facts
                        .iter()
                        .map(|f| f.clone().unwrap_or_else(|| "-".to_string())),
                );
                row.push(c.actions.to_string());
                if let Some(since) = &c.rounds {
                    row.extend(since.cells());
                }
                row
            })
            .collect()
    }

    /// A GitHub-flavoured markdown table; every cell is escaped so that names and answers
    /// cannot break the table or inject markup.
    pub fn to_markdown(&self) -> String {
        let header = self.header();
        let mut out = format!(
            "| {} |\n",
            header
                .iter()
                .map(|h| markdown(h))
                .collect::<Vec<_>>()
                .join(" | ")
        );
        out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
        for row in self.rows() {
            out.push_str(&format!(
                "| {} |\n",
                row.iter()
                    .map(|c| markdown(c))
                    .collect::<Vec<_>>()
                    .join(" | ")
            ));
        }
        out
    }

    /// RFC 4180 CSV, with cells that a spreadsheet would run as a formula defused.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        for row in std::iter::once(self.header()).chain(self.rows()) {
            out.push_str(
                &row.iter()
                    .map(|c| csv_cell(c))
                    .collect::<Vec<_>>()
                    .join(","),
            );
            out.push_str("\r\n");
        }
        out
    }
}

/// How far a city is: `80% (12/15)`.
fn progress_cell(percent: u8, answered: usize, relevant: usize) -> String {
    tr!(
        "profile-compare-progress",
        percent = percent,
        answered = answered,
        relevant = relevant
    )
}

/// A CSV cell as every spreadsheet this program writes has it (see [`crate::sheet::csv_cell`]).
fn csv_cell(text: &str) -> String {
    crate::sheet::csv_cell(text, ',')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_cells_use_the_plan_escaper_and_cannot_break_the_table() {
        assert_eq!(markdown("a|b\n# c <script>"), "a\\|b \\# c \\<script\\>");
    }

    #[test]
    fn csv_cells_are_quoted_and_formulas_defused() {
        assert_eq!(
            csv_cell("Lyon, \"Métropole\""),
            "\"Lyon, \"\"Métropole\"\"\""
        );
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("-12"), "-12");
        assert_eq!(csv_cell("-"), "-");
    }
}
