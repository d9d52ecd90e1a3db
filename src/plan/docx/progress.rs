//! The chapter "Progress since the last round" in the Word document, as the built-in template
//! writes it: the actions per status with those done, late and dropped listed, the indicators
//! against baseline and target with a picture of each one in numbers, and what changed in the
//! mapping.

use docx_rs::Run;

use super::{Cell, Chart, Writer, text_run};
use crate::plan::model::{SinceLastRound, TableRow};
use crate::plan::words::W;
use crate::tr;

impl Writer<'_> {
    pub(super) fn since_last_round(&mut self) {
        let Some(since) = &self.plan.since_last_round else {
            return;
        };
        self.heading_of(1, "plan-heading-since");
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
        let m = self.messages;
        let words = &self.plan.words;
        self.heading_of(2, "plan-heading-since-actions");
        self.paragraph(vec![text_run(&since.actions_sentence)]);
        for group in &since.action_groups {
            self.lead_in(vec![text_run(&group.label).bold()]);
            let items = group.actions.iter().map(|a| self.action_item(a)).collect();
            self.list(false, items);
        }
        if !since.removed_actions.is_empty() {
            let text = tr!(in m; "plan-since-removed-actions",
                round = &since.round.label,
                actions = words.list(&since.removed_actions));
            self.paragraph(vec![text_run(&text)]);
        }
    }

    /// An action as the template's list item has it: "Action (Owner, timeline): note".
    fn action_item(&self, action: &TableRow) -> Vec<Run> {
        let (owner, timeline, note) = (
            action.get("owner"),
            action.get("timeline"),
            action.get("progress_note"),
        );
        let words = &self.plan.words;
        let mut text = action.get("action").to_string();
        if !owner.is_empty() || !timeline.is_empty() {
            let joiner = if !owner.is_empty() && !timeline.is_empty() {
                words.text(W::ListComma)
            } else {
                ""
            };
            text.push_str(&format!(" ({owner}{joiner}{timeline})"));
        }
        if !note.is_empty() {
            text.push_str(words.text(W::ListColon));
            text.push_str(note);
        }
        let mut runs = vec![text_run(&text)];
        runs.extend(self.source(&action.questions));
        runs
    }

    fn progress_indicators(&mut self, since: &SinceLastRound) {
        let m = self.messages;
        let words = &self.plan.words;
        self.heading_of(2, "plan-heading-since-indicators");
        if !since.indicators.is_empty() {
            let columns = [
                m.text("plan-column-indicator"),
                m.text("plan-column-baseline"),
                words.fill(W::RoundColumn, &[&since.round.label]),
                m.text("plan-column-latest"),
                m.text("plan-column-target"),
                m.text("plan-column-standing"),
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
            let indicators = words.list(&since.unmeasured_indicators);
            let text = if since.indicators.is_empty() {
                tr!(in m; "plan-since-none-measured", indicators = indicators)
            } else {
                tr!(in m; "plan-since-unmeasured", indicators = indicators)
            };
            self.paragraph(vec![text_run(&text)]);
        }
        if !since.removed_indicators.is_empty() {
            let text = tr!(in m; "plan-since-removed-indicators",
                round = &since.round.label,
                indicators = words.list(&since.removed_indicators));
            self.paragraph(vec![text_run(&text)]);
        }
    }

    fn mapping_changes(&mut self, since: &SinceLastRound) {
        let m = self.messages;
        let words = &self.plan.words;
        let round = &since.round.label;
        self.heading_of(2, "plan-heading-since-mapping");
        if since.mapping.is_empty() && since.new_mapping_parts.is_empty() {
            let text = tr!(in m; "plan-since-mapping-same", round = round);
            self.paragraph(vec![text_run(&text)]);
            return;
        }
        let items = since
            .mapping
            .iter()
            .map(|change| {
                let mut text = String::new();
                if let (Some(before), Some(after)) = (&change.before, &change.after) {
                    text.push(' ');
                    text.push_str(&tr!(in m; "plan-since-mapping-changed",
                        before = before,
                        round = round,
                        after = after));
                }
                if !change.added.is_empty() {
                    text.push(' ');
                    text.push_str(&tr!(in m; "plan-since-mapping-new", items = words.list(&change.added)));
                }
                if !change.removed.is_empty() {
                    text.push(' ');
                    text.push_str(&tr!(in m; "plan-since-mapping-removed", items = words.list(&change.removed)));
                }
                let mut runs = vec![text_run(&change.lead).bold(), text_run(&text)];
                runs.extend(self.source(&change.questions));
                runs
            })
            .collect();
        self.list(false, items);
        if !since.new_mapping_parts.is_empty() {
            let text = tr!(in m; "plan-since-mapping-first",
                round = round,
                parts = words.list(&since.new_mapping_parts));
            self.paragraph(vec![text_run(&text)]);
        }
    }
}
