//! `workbook demo`: the guided interface on the trainers' demo city, in its throwaway folder.

use super::context::{Longer, catalog_beside};
use super::open::{Resume, interactive_terminal, theme, walk_plain};
use crate::cli::{DemoArgs, GlobalArgs};
use crate::commands::exit::Failure;
use crate::config::Config;
use crate::tui::run::{Start, open_city, run as run_tui};

pub fn run(global: &GlobalArgs, args: &DemoArgs) -> Result<u8, Failure> {
    let interface = !args.plain && interactive_terminal();
    // Only the throwaway folder is opened: --data-dir and WORKBOOK_DATA_DIR are never touched.
    // The interface opens the demo city (reading its 66 KB profile) while the workbooks are
    // read.
    let (catalog, prepared) = catalog_beside(global, Longer::Profile, || {
        let (store, city) = crate::demo::prepare(args.reset)?;
        let opened = interface.then(|| open_city(&store, &city));
        Ok::<_, crate::demo::DemoError>((store, city, opened))
    });
    let (store, city, opened) = prepared?;
    if args.reset {
        // Printed before the screen is taken, so it is still there after quitting.
        eprintln!(
            "{}",
            crate::tr!(
                "cli-demo-reset",
                city = crate::text::sanitize_line(&city),
                dir = crate::text::sanitize_line(&crate::demo::demo_dir()?.display().to_string())
            )
        );
    }
    if !interface {
        eprintln!("{}", crate::tr!("cli-demo-plain"));
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
        opened,
        demo: true,
        theme: theme(global, &Config::load()?),
        languages: super::context::languages(global),
    };
    super::errors::tui_exit(run_tui(store, catalog, start))
}
