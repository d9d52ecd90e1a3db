//! The chapter "Progress since the last round" in the Word document, as the built-in template
//! writes it: the actions per status with those done, late and dropped listed, the indicators
//! against baseline and target with a picture of each one in numbers, and what changed in the
//! mapping.

use docx_rs::Run;

use super::{Cell, Chart, Writer, text_run};
use crate::plan::model::{SinceLastRound, TableRow};

impl Writer<'_> {
    pub(super) fn since_last_round(&mut self) {
        let Some(since) = &self.plan.since_last_round else {
            return;
        };
        self.heading(1, "Progress since the last round");
        self.paragraph(vec![text_run(&since.opening)]);
        if !self.plan.actions.is_empty() || !since.removed_actions.is_empty() {
            self.progress_actions(since);
        }
        if !since.indicators.is_empty()
            || !since.unmeasured_indicators.is_empty()
            || !since.removed_indicators.is_empty()
        {
            self.progress_indicators(since);
        }
        if since.mapping_compared {
            self.mapping_changes(since);
        }
    }

    fn progress_actions(&mut self, since: &SinceLastRound) {
        self.heading(2, "Actions");
        self.paragraph(vec![text_run(&since.actions_sentence)]);
        for group in &since.action_groups {
            self.lead_in(vec![text_run(&group.label).bold()]);
            let items = group.actions.iter().map(|a| self.action_item(a)).collect();
            self.list(false, items);
        }
        if !since.removed_actions.is_empty() {
            self.paragraph(vec![text_run(&format!(
                "No longer in the plan since the {} round: {}.",
                since.round.label,
                since.removed_actions.join("; ")
            ))]);
        }
    }

    /// An action as the template's list item has it: "Action (Owner, timeline): note".
    fn action_item(&self, action: &TableRow) -> Vec<Run> {
        let (owner, timeline, note) = (
            action.get("owner"),
            action.get("timeline"),
            action.get("progress_note"),
        );
        let mut text = action.get("action").to_string();
        if !owner.is_empty() || !timeline.is_empty() {
            let joiner = if !owner.is_empty() && !timeline.is_empty() {
                ", "
            } else {
                ""
            };
            text.push_str(&format!(" ({owner}{joiner}{timeline})"));
        }
        if !note.is_empty() {
            text.push_str(&format!(": {note}"));
        }
        let mut runs = vec![text_run(&text)];
        runs.extend(self.source(&action.questions));
        runs
    }

    fn progress_indicators(&mut self, since: &SinceLastRound) {
        self.heading(2, "Indicators");
        if !since.indicators.is_empty() {
            let previous = format!("{} round", since.round.label);
            let columns = [
                "Indicator",
                "Baseline",
                previous.as_str(),
                "Latest value",
                "Target",
                "Where it stands",
            ];
            let rows = since
                .indicators
                .iter()
                .map(|i| {
                    let name = match self.plan.trace {
                        true => format!("{} [{}]", i.indicator, i.questions.join(", ")),
                        false => i.indicator.clone(),
                    };
                    vec![
                        Cell::text(&name),
                        Cell::text(&i.baseline),
                        Cell::text(&i.previous),
                        Cell::text(&i.latest),
                        Cell::text(&i.target),
                        Cell::text(&i.standing),
                    ]
                })
                .collect();
            self.table(&columns, rows);
            for (index, indicator) in since.indicators.iter().enumerate() {
                if indicator.chart.is_some() {
                    self.lead_in(vec![text_run(&indicator.indicator).bold()]);
                    self.chart(Chart::Indicator(index));
                }
            }
        }
        if !since.unmeasured_indicators.is_empty() {
            let lead = if since.indicators.is_empty() {
                "No indicator has a measured value yet"
            } else {
                "Not measured yet"
            };
            self.paragraph(vec![text_run(&format!(
                "{lead}: {}.",
                since.unmeasured_indicators.join("; ")
            ))]);
        }
        if !since.removed_indicators.is_empty() {
            self.paragraph(vec![text_run(&format!(
                "No longer followed since the {} round: {}.",
                since.round.label,
                since.removed_indicators.join("; ")
            ))]);
        }
    }

    fn mapping_changes(&mut self, since: &SinceLastRound) {
        self.heading(2, "What changed in the mapping");
        if since.mapping.is_empty() && since.new_mapping_parts.is_empty() {
            self.paragraph(vec![text_run(&format!(
                "The mapping's lists, stakeholder map and register are as they were at the {} round.",
                since.round.label
            ))]);
            return;
        }
        let items = since
            .mapping
            .iter()
            .map(|change| {
                let mut text = String::new();
                if let (Some(before), Some(after)) = (&change.before, &change.after) {
                    text.push_str(&format!(
                        " \u{201c}{before}\u{201d} at the {} round, now \u{201c}{after}\u{201d}.",
                        since.round.label
                    ));
                }
                if !change.added.is_empty() {
                    text.push_str(&format!(" New: {}.", change.added.join("; ")));
                }
                if !change.removed.is_empty() {
                    text.push_str(&format!(
                        " No longer listed: {}.",
                        change.removed.join("; ")
                    ));
                }
                let mut runs = vec![text_run(&change.lead).bold(), text_run(&text)];
                runs.extend(self.source(&change.questions));
                runs
            })
            .collect();
        self.list(false, items);
        if !since.new_mapping_parts.is_empty() {
            self.paragraph(vec![text_run(&format!(
                "Set out for the first time since the {} round: {}.",
                since.round.label,
                since.new_mapping_parts.join("; ")
            ))]);
        }
    }
}
