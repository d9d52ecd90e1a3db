//! `workbook demo`: the guided interface on the trainers' demo city, in its throwaway folder.

use super::context::catalog;
use super::open::{Resume, interactive_terminal, theme, walk_plain};
use crate::cli::{DemoArgs, GlobalArgs};
use crate::commands::exit::Failure;
use crate::config::Config;
use crate::tui::run::{Start, run as run_tui};

pub fn run(global: &GlobalArgs, args: &DemoArgs) -> Result<u8, Failure> {
    let catalog = catalog(global);
    // Only the throwaway folder is opened: --data-dir and WORKBOOK_DATA_DIR are never touched.
    let (store, city) = crate::demo::prepare(args.reset)?;
    if args.reset {
        // Printed before the screen is taken, so it is still there after quitting.
        eprintln!(
            "Reset {} to its original answers, in {}.",
            crate::text::sanitize_line(&city),
            crate::text::sanitize_line(&crate::demo::demo_dir()?.display().to_string())
        );
    }
    if args.plain || !interactive_terminal() {
        eprintln!("DEMO: a fictional city for training; nothing here touches real data.");
        return walk_plain(
            &store,
            &catalog,
            &city,
            None,
            &Config::default(),
            Resume::Demo,
        );
    }
    let start = Start {
        workbook: None,
        city: Some(city),
        demo: true,
        theme: theme(global, &Config::load()?),
    };
    super::errors::tui_exit(run_tui(store, catalog, start))
}
