//! What the city and answer commands share: the store, the workbooks, JSON output.

use std::io::Read;

use serde::Serialize;

use crate::cli::{GlobalArgs, WaitArgs};
use crate::commands::exit::Failure;
use crate::paths::{data_dir, workbook_dirs};
use crate::profile::store::Wait;
use crate::profile::{Profile, Session, Store, migrate};
use crate::text::{sanitize, sanitize_line};
use crate::tr;
use crate::workbook::Catalog;
use crate::workbook::translation::Lang;

pub fn store(global: &GlobalArgs) -> Result<Store, Failure> {
    let dir = data_dir(global.data_dir.as_deref())?;
    Ok(Store::open(&dir)?)
}

/// The translation `--lang` names, for `validate` and `translate`; English, the workbooks' own
/// language, is a usage error there.
pub fn translation_lang(global: &GlobalArgs) -> Result<Option<Lang>, Failure> {
    global
        .lang
        .as_deref()
        .map(|tag| Lang::parse(tag).map_err(Failure::usage))
        .transpose()
}

/// The language to show the workbooks in: `--lang`, the config file's `lang`, the system
/// locale, else English (`None`). A language asked for by name that the workbooks are not
/// translated into is said once, and English shown.
pub fn language(global: &GlobalArgs) -> Option<Lang> {
    let named = |tag: &str| crate::language::parse(tag);
    let (wanted, asked) = if let Some(tag) = &global.lang {
        (named(tag).ok().flatten(), true)
    } else if let Some(tag) = crate::config::Config::load().ok().and_then(|c| c.lang) {
        let chosen = named(&tag).unwrap_or_else(|problem| {
            eprintln!("{}", tr!("cli-config-lang-invalid", problem = problem));
            None
        });
        (chosen, true)
    } else {
        (
            crate::language::from_environment(|name| std::env::var(name).ok()),
            false,
        )
    };
    let wanted = wanted?;
    let found = available_language(global, &wanted);
    if found.is_none() && asked {
        let translated: Vec<&str> = crate::builtin::languages()
            .into_iter()
            .filter(|t| *t != "en")
            .collect();
        eprintln!(
            "{}",
            tr!(
                "cli-not-translated",
                language = wanted.to_string(),
                translated = translated.join(", ")
            )
        );
    }
    found
}

/// `wanted` as a language the workbooks come in, built in or in a folder of the user's
/// (`i18n/<lang>/`), or its language without region; `None` when there is no such translation.
pub fn available_language(global: &GlobalArgs, wanted: &Lang) -> Option<Lang> {
    let dirs = workbook_dirs(&global.workbooks);
    let mut available = crate::builtin::languages();
    let folders: Vec<String> = dirs
        .iter()
        .filter_map(|dir| std::fs::read_dir(dir.join(crate::workbook::translation::FOLDER)).ok())
        .flatten()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().to_string())
        .collect();
    available.extend(folders.iter().map(String::as_str));
    crate::language::available(wanted, &available)
}

/// The languages the built-in workbooks come in, for the guided interface's language key, and
/// how to load the workbooks (the user's folders included) in one of them.
pub fn languages(global: &GlobalArgs) -> crate::tui::run::Languages {
    let dirs = workbook_dirs(&global.workbooks);
    crate::tui::run::Languages {
        tags: crate::builtin::languages()
            .into_iter()
            .map(String::from)
            .collect(),
        load: Box::new(move |language| crate::builtin::load_in(&dirs, language)),
    }
}

/// The workbooks, reporting user workbooks that were skipped for errors.
pub fn catalog(global: &GlobalArgs) -> Catalog {
    catalog_in(global, language(global).as_ref())
}

/// [`catalog`] in `language`.
pub fn catalog_in(global: &GlobalArgs, language: Option<&Lang>) -> Catalog {
    let catalog = crate::builtin::load_in(&workbook_dirs(&global.workbooks), language);
    for problem in &catalog.problems {
        eprint!("{}", sanitize(&problem.to_string()));
    }
    if !catalog.problems.is_empty() {
        eprintln!("{}", tr!("cli-workbooks-skipped"));
    }
    catalog
}

/// Which of the two things a start reads takes longer: it is read on the starting thread,
/// whose memory is already in use, and the other on a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Longer {
    /// The embedded workbooks (5.2 M instructions, which `baked::decode` itself shares between
    /// two threads): longer than the demo city embedded as MessagePack (2.3 M).
    Workbooks,
    /// A city's TOML profile (the demo city's copy: 7.8 M).
    Profile,
}

/// The workbooks (as [`catalog`]) and what `work` gives, read side by side on two threads: a
/// start reads the embedded workbooks and a city's profile, and neither needs the other.
pub fn catalog_beside<T: Send>(
    global: &GlobalArgs,
    longer: Longer,
    work: impl FnOnce() -> T + Send,
) -> (Catalog, T) {
    // A panic on the other thread is a bug; carry it on.
    std::thread::scope(|scope| match longer {
        Longer::Workbooks => {
            let done = scope.spawn(work);
            let catalog = catalog(global);
            let done = done.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
            (catalog, done)
        }
        Longer::Profile => {
            let catalog = scope.spawn(|| catalog(global));
            let done = work();
            let catalog = catalog
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
            (catalog, done)
        }
    })
}

/// Loads a city read-only with the workbooks' migrations applied in memory (nothing is saved).
pub fn load_migrated(store: &Store, catalog: &Catalog, name: &str) -> Result<Profile, Failure> {
    let mut profile = store.load(name)?;
    migrate::migrate(&mut profile, catalog);
    Ok(profile)
}

pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<(), Failure> {
    let json =
        crate::encode::json::to_string_pretty(value).map_err(|e| Failure::failed(e.to_string()))?;
    println!("{json}");
    Ok(())
}

/// Reads standard input whole, dropping one final line break (as `echo` adds).
pub fn read_stdin() -> Result<String, Failure> {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .map_err(|e| Failure::failed(tr!("cli-cannot-read-stdin", error = e.to_string())))?;
    if let Some(stripped) = text.strip_suffix('\n') {
        text = stripped.strip_suffix('\r').unwrap_or(stripped).to_string();
    }
    Ok(text)
}

/// Writes `text` to `path` crash-safely, or to standard output.
pub fn write_output(path: Option<&std::path::Path>, text: &str) -> Result<(), Failure> {
    match path {
        Some(path) => Ok(crate::profile::store::write_atomic(path, text.as_bytes())?),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// Writes bytes to `path` atomically (temporary file + rename).
pub fn write_output_bytes(path: &std::path::Path, bytes: &[u8]) -> Result<(), Failure> {
    Ok(crate::profile::store::write_atomic(path, bytes)?)
}

/// The wait a writer command was given, saying once on standard error when it waits long
/// enough to look stuck.
pub fn wait(args: &WaitArgs) -> Wait<'static> {
    Wait::up_to(args.limit()).with_notice(&say_waiting)
}

fn say_waiting(city: &str) {
    eprintln!("{}", tr!("cli-waiting", city = sanitize_line(city)));
}

/// Saves, saying plainly that the change is lost if the save fails.
pub fn save(session: &mut Session, profile: &Profile) -> Result<(), Failure> {
    session.save(profile).map_err(|e| {
        let mut failure = Failure::from(e);
        failure.message = tr!("cli-not-saved", problem = failure.message);
        failure
    })
}
