//! `workbook` and `workbook open`: the guided full-screen interface.

use std::io::IsTerminal;

use super::context::{catalog, store};
use crate::cli::{GlobalArgs, OpenArgs};
use crate::exit::Failure;
use crate::tui::run::{Start, run as run_tui};

pub fn run(global: &GlobalArgs, args: &OpenArgs) -> Result<u8, Failure> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Failure::usage(
            "the guided interface needs a terminal; for scripts use `workbook answer`, `workbook progress` or `workbook list`",
        ));
    }
    let store = store(global)?;
    let catalog = catalog(global);
    if let Some(id) = &args.workbook
        && catalog.get(id).is_none()
    {
        return Err(Failure::usage(format!(
            "no workbook `{id}`; the workbooks are: {}",
            catalog.ids().join(", ")
        )));
    }
    if let Some(city) = &args.city {
        // Fails early, before the screen changes, when the city does not exist.
        store.load(city)?;
    }
    let start = Start {
        workbook: args.workbook.clone(),
        city: args.city.clone(),
    };
    run_tui(store, catalog, start)
}
