//! `workbook` and `workbook open`: the guided full-screen interface, or plain mode when there
//! is no terminal to draw on.

use std::io::IsTerminal;

use super::context::{catalog, store};
use crate::cli::{GlobalArgs, OpenArgs};
use crate::commands::exit::Failure;
use crate::config::Config;
use crate::profile::store::Wait;
use crate::profile::{Store, migrate};
use crate::tui::run::{Start, run as run_tui};
use crate::tui::theme::ThemeName;
use crate::workbook::Catalog;

pub fn run(global: &GlobalArgs, args: &OpenArgs) -> Result<u8, Failure> {
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
    let config = Config::load()?;
    let city = args.city.clone().or(config.city.clone());
    if args.plain || !interactive_terminal() {
        let Some(city) = city else {
            return Err(Failure::usage(
                "plain mode needs a city: workbook open WORKBOOK --city NAME --plain (or set `city` in the config file)",
            ));
        };
        return walk_plain(&store, &catalog, &city, args.workbook.as_deref(), &config);
    }
    if let Some(city) = &city {
        // Fails early, before the screen changes, when the city does not exist.
        store.load(city)?;
    }
    let start = Start {
        workbook: args.workbook.clone(),
        city,
        demo: false,
        theme: theme(global, &config),
    };
    super::errors::tui_exit(run_tui(store, catalog, start))
}

/// The palette asked for: `--theme`, else the config file's `theme`, else the default.
pub fn theme(global: &GlobalArgs, config: &Config) -> ThemeName {
    global.theme.or(config.theme).unwrap_or_default()
}

/// Whether the full-screen interface can run: both ends are a terminal that can draw.
pub fn interactive_terminal() -> bool {
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal() && !dumb
}

/// Plain mode on `city`: the given workbook, else where the city left off, else the first.
pub fn walk_plain(
    store: &Store,
    catalog: &Catalog,
    city: &str,
    workbook: Option<&str>,
    config: &Config,
) -> Result<u8, Failure> {
    let (mut session, mut profile) = store.open_city(city, Wait::NO)?;
    migrate::migrate(&mut profile, catalog);
    let id = workbook
        .map(str::to_string)
        .or_else(|| profile.resume.workbook.clone())
        .filter(|id| catalog.get(id).is_some())
        .or_else(|| catalog.ids().first().map(|id| id.to_string()))
        .ok_or_else(|| Failure::failed("there are no workbooks to open"))?;
    let book = catalog.get(&id).expect("checked above");
    let audience = config
        .audience
        .map(|a| a.audience())
        .unwrap_or_else(|| profile.city.role.audience());
    let reader = crate::profile::Reader::new(audience, profile.city.track);
    let mut save = |p: &crate::profile::Profile| session.save(p).map_err(|e| e.to_string());
    let stdin = std::io::stdin().lock();
    let mut stdout = std::io::stdout().lock();
    crate::plain::walk(
        catalog,
        book,
        &mut profile,
        reader,
        stdin,
        &mut stdout,
        &mut save,
    )
    .map_err(|e| Failure::failed(format!("plain mode stopped: {e}")))?;
    Ok(crate::commands::exit::SUCCESS)
}
