//! `workbook` and `workbook open`: the guided full-screen interface, or plain mode when there
//! is no terminal to draw on.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use super::context::{Longer, catalog_beside, store};
use crate::cli::{GlobalArgs, OpenArgs};
use crate::commands::exit::{FAILURE, Failure, SUCCESS};
use crate::config::Config;
use crate::plain::Outcome;
use crate::plain::keyboard::Keyboard;
use crate::plain::render::leaving;
use crate::profile::store::Wait;
use crate::profile::{Store, StoreError, migrate};
use crate::text::shell_word;
use crate::tr;
use crate::tui::run::{Start, open_city, run as run_tui};
use crate::tui::theme::ThemeName;
use crate::workbook::Catalog;

pub fn run(global: &GlobalArgs, args: &OpenArgs) -> Result<u8, Failure> {
    let store = store(global)?;
    let interface = !args.plain && interactive_terminal();
    // The interface opens the city while the workbooks are read (a large profile takes as long
    // to parse as the embedded workbooks to decode); problems are reported in the order they
    // always were: an unknown workbook, the config file, then the city.
    let (catalog, (config, opened)) = catalog_beside(global, Longer::Profile, || {
        let config = Config::load();
        let city = config
            .as_ref()
            .ok()
            .and_then(|c| args.city.clone().or(c.city.clone()));
        let opened = city
            .filter(|_| interface)
            .map(|city| open_city(&store, &city));
        (config, opened)
    });
    if let Some(id) = &args.workbook
        && catalog.get(id).is_none()
    {
        return Err(Failure::usage(tr!(
            "cli-no-such-workbook",
            id = id,
            ids = catalog.ids().join(", ")
        )));
    }
    let config = config?;
    let city = args.city.clone().or(config.city.clone());
    if !interface {
        let Some(city) = city else {
            return Err(Failure::usage(tr!("cli-open-plain-needs-city")));
        };
        let resume = Resume::Open(global);
        return walk_plain(
            &store,
            &catalog,
            &city,
            args.workbook.as_deref(),
            &config,
            resume,
        );
    }
    // Fails early, before the screen changes, when the city does not exist (another window
    // holding it is no failure: the interface opens it read-only).
    let opened = match opened {
        Some(Err(e)) if !matches!(e, StoreError::Locked { .. }) => return Err(e.into()),
        opened => opened,
    };
    let start = Start {
        workbook: args.workbook.clone(),
        city,
        opened,
        demo: false,
        theme: theme(global, &config),
        languages: super::context::languages(global),
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

/// The command that brings a plain-mode user back, said when they leave.
pub enum Resume<'a> {
    /// `workbook open`, with the folders this run was given.
    Open(&'a GlobalArgs),
    Demo,
}

impl Resume<'_> {
    fn command(&self, workbook: &str, city: &str) -> String {
        match self {
            Resume::Demo => "workbook demo --plain".to_string(),
            Resume::Open(global) => {
                let mut words = vec!["workbook".to_string()];
                // A folder set in the environment is there next time too.
                let from_env = std::env::var_os("WORKBOOK_DATA_DIR").map(PathBuf::from);
                if let Some(dir) = &global.data_dir
                    && from_env.as_ref() != Some(dir)
                {
                    words.push(format!("--data-dir {}", shell_word(&dir.to_string_lossy())));
                }
                for dir in &global.workbooks {
                    words.push(format!(
                        "--workbooks {}",
                        shell_word(&dir.to_string_lossy())
                    ));
                }
                // The language asked for, so that the walk goes on in it.
                if let Some(lang) = &global.lang {
                    words.push(format!("--lang {}", shell_word(lang)));
                }
                words.push(format!(
                    "open {} --city {} --plain",
                    shell_word(workbook),
                    shell_word(city)
                ));
                words.join(" ")
            }
        }
    }
}

/// Plain mode on `city`: the given workbook, else where the city left off, else the first.
/// Leaving with :quit or Ctrl+C says what was saved and how to resume; a failed save exits
/// non-zero.
pub fn walk_plain(
    store: &Store,
    catalog: &Catalog,
    city: &str,
    workbook: Option<&str>,
    config: &Config,
    resume: Resume,
) -> Result<u8, Failure> {
    let (mut session, mut profile) = store.open_city(city, Wait::NO)?;
    migrate::migrate(&mut profile, catalog);
    let id = workbook
        .map(str::to_string)
        .or_else(|| profile.resume.workbook.clone())
        .filter(|id| catalog.get(id).is_some())
        .or_else(|| catalog.ids().first().map(|id| id.to_string()))
        .ok_or_else(|| Failure::failed(tr!("cli-open-no-workbooks")))?;
    let book = catalog.get(&id).expect("checked above");
    let audience = config
        .audience
        .map(|a| a.audience())
        .unwrap_or_else(|| profile.city.role.audience());
    let reader = crate::profile::Reader::new(audience, profile.city.track);
    let mut save = |p: &crate::profile::Profile| session.save(p).map_err(|e| e.to_string());
    let stopped =
        |e: std::io::Error| Failure::failed(tr!("cli-plain-stopped", error = e.to_string()));
    let mut keyboard = Keyboard::start().map_err(stopped)?;
    let mut stdout = std::io::stdout().lock();
    let walked = crate::plain::walk(
        catalog,
        book,
        &mut profile,
        reader,
        &mut keyboard,
        &mut stdout,
        &mut save,
    )
    .map_err(stopped)?;
    if matches!(walked.outcome, Outcome::Quit | Outcome::Interrupted) {
        // After Ctrl+C the terminal shows ^C where the cursor was.
        let gap = if walked.outcome == Outcome::Interrupted {
            "\n"
        } else {
            ""
        };
        let line = leaving(
            &profile.city.name,
            &walked,
            &resume.command(&id, &profile.city.name),
        );
        writeln!(stdout, "{gap}{line}").map_err(stopped)?;
    }
    Ok(if walked.unsaved.is_some() {
        FAILURE
    } else {
        SUCCESS
    })
}
