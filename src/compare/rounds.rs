//! `compare --since-last-round`: per city, its last closed round and what moved since, so that
//! a regional hub sees who moved since last year.

use jiff::Timestamp;
use serde::Serialize;

use super::{AreaProgress, area_progress};
use crate::profile::round_diff::{
    self, ActionTally, IndicatorTally, action_tally, diff, indicator_tally,
};
use crate::profile::{Profile, Status, round};
use crate::tr;
use crate::workbook::Catalog;

/// The columns the markdown and CSV tables add.
pub(super) fn header() -> [String; 9] {
    [
        tr!("profile-compare-last-round"),
        tr!("profile-compare-closed"),
        tr!("profile-compare-answered-then"),
        tr!("profile-compare-answered-now"),
        tr!("profile-compare-answers-changed"),
        tr!("profile-compare-actions-done"),
        tr!("profile-compare-actions-late"),
        tr!("profile-compare-actions-dropped"),
        tr!("profile-compare-indicators-reached"),
    ]
}

/// A city against its last closed round.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SinceLastRound {
    /// The round closed last; `None` when the city has closed none yet.
    pub last_round: Option<RoundMark>,
    /// The city as it stood when that round closed; `None` without a closed round.
    pub then: Option<Snapshot>,
    pub now: Snapshot,
    /// Answers added, changed or removed since that round.
    pub answers_changed: Option<usize>,
    /// Actions new, gone, or whose status changed since that round.
    pub actions_changed: Option<usize>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RoundMark {
    pub label: String,
    pub closed: Timestamp,
}

/// Where a city stood at one moment.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Snapshot {
    /// One per workbook, in catalog order: answered and relevant questions for its role.
    pub progress: Vec<AreaProgress>,
    /// Over every workbook.
    pub answered: usize,
    pub relevant: usize,
    pub percent: u8,
    pub actions: ActionTally,
    pub indicators: IndicatorTally,
}

pub(super) fn since_last_round(catalog: &Catalog, profile: &Profile) -> SinceLastRound {
    let now = snapshot(catalog, profile);
    let last =
        round::last(profile).and_then(|(label, _)| round_diff::at(catalog, profile, label).ok());
    let Some((end, then)) = last else {
        return SinceLastRound {
            last_round: None,
            then: None,
            now,
            answers_changed: None,
            actions_changed: None,
        };
    };
    let changes = diff(
        catalog,
        then.answers(),
        profile.answers(),
        profile.city.number_format,
    );
    SinceLastRound {
        last_round: end.closed.map(|closed| RoundMark {
            label: end.label.clone(),
            closed,
        }),
        then: Some(snapshot(catalog, &then)),
        now,
        answers_changed: Some(changes.answers.len()),
        actions_changed: Some(changes.actions.len()),
    }
}

fn snapshot(catalog: &Catalog, profile: &Profile) -> Snapshot {
    let status = Status::new(catalog, profile);
    let progress = area_progress(catalog, &status, profile);
    let answered = progress.iter().map(|p| p.answered).sum();
    let relevant = progress.iter().map(|p| p.relevant).sum();
    let format = profile.city.number_format;
    Snapshot {
        percent: percent(answered, relevant),
        progress,
        answered,
        relevant,
        actions: action_tally(catalog, profile.answers(), format),
        indicators: indicator_tally(catalog, profile.answers(), format),
    }
}

/// The answered share, as `Progress::percent` counts it.
fn percent(answered: usize, relevant: usize) -> u8 {
    if relevant == 0 {
        return 100;
    }
    (answered * 100 / relevant) as u8
}

impl Snapshot {
    fn answered_cell(&self) -> String {
        super::progress_cell(self.percent, self.answered, self.relevant)
    }
}

impl SinceLastRound {
    /// The cells under [`header`].
    pub(super) fn cells(&self) -> Vec<String> {
        let none = || "-".to_string();
        let (label, closed) = match &self.last_round {
            Some(mark) => (
                mark.label.clone(),
                mark.closed.strftime("%Y-%m-%d").to_string(),
            ),
            None => (tr!("profile-compare-none-closed"), none()),
        };
        let now = &self.now;
        vec![
            label,
            closed,
            self.then
                .as_ref()
                .map_or_else(none, Snapshot::answered_cell),
            now.answered_cell(),
            self.answers_changed.map_or_else(none, |n| n.to_string()),
            now.actions.done.to_string(),
            now.actions.late.to_string(),
            now.actions.dropped.to_string(),
            tr!(
                "profile-compare-of",
                part = now.indicators.reached,
                total = now.indicators.total
            ),
        ]
    }
}
