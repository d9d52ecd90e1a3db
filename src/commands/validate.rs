//! `workbook validate`: syntax, type and meaning checks on workbook files, and with `--lang` on
//! their translations into a language.

use std::path::{Path, PathBuf};

use crate::cli::{GlobalArgs, ValidateArgs};
use crate::commands::exit::{FAILURE, Failure, SUCCESS};
use crate::commands::translate::{DEFAULT_FOLDER, check_translations};
use crate::paths::workbook_dirs;
use crate::tr;
use crate::workbook::load::{
    SourceFile, all_sources, check, dir_sources, file_source, load_glossary, parse_workbook,
};
use crate::workbook::resolve::resolve;
use crate::workbook::translation::Lang;
use crate::workbook::{Catalog, Diagnostic, LoadedWorkbook};

pub fn run(global: &GlobalArgs, args: &ValidateArgs) -> Result<u8, Failure> {
    let dirs = workbook_dirs(&global.workbooks);
    let lang = super::context::translation_lang(global)?;
    let paths = match (&lang, args.paths.is_empty()) {
        (Some(lang), true) => vec![default_folder(lang)?],
        _ => args.paths.clone(),
    };
    let sources = if paths.is_empty() {
        all_sources(&dirs)
    } else {
        explicit_sources(&paths)?
    };
    let mut all: Vec<Diagnostic> = Vec::new();
    let mut checked = Vec::new();
    for source in &sources {
        let (workbook, diagnostics) = check(source);
        let clean = !diagnostics.iter().any(Diagnostic::is_error);
        all.extend(diagnostics);
        if let (Some(workbook), true, Ok(text)) = (workbook, clean, &source.text) {
            checked.push(LoadedWorkbook {
                workbook: std::sync::Arc::new(workbook),
                origin: source.origin.clone(),
                display: source.display.clone(),
                text: text.clone().into(),
            });
        }
    }
    let translations = lang
        .as_ref()
        .map(|lang| (lang, check_translations(&paths, &checked, lang)));
    all.extend(cross_workbook(&dirs, checked));
    let mut read = None;
    if let Some((lang, report)) = translations {
        all.extend(report.problems);
        read = Some((lang, report.files));
    }
    let errors = all.iter().filter(|d| d.is_error()).count();
    let warnings = all.len() - errors;
    if args.json {
        let json = crate::encode::json::to_string_pretty(&all)
            .map_err(|e| Failure::failed(e.to_string()))?;
        println!("{json}");
    } else {
        for diagnostic in &all {
            eprint!("{diagnostic}");
        }
        eprintln!("{}", summary(sources.len(), read, errors, warnings));
    }
    let failed = errors > 0 || (args.strict && warnings > 0);
    Ok(if failed { FAILURE } else { SUCCESS })
}

/// What needs the other workbooks (questions shown from one in another, migrations into
/// another, the shared glossary): the files checked are layered over the workbooks a run
/// would load, and the problems found in those files are reported.
fn cross_workbook(dirs: &[PathBuf], checked: Vec<LoadedWorkbook>) -> Vec<Diagnostic> {
    let names: Vec<String> = checked.iter().map(|w| w.display.clone()).collect();
    let mut workbooks: Vec<LoadedWorkbook> = Catalog::load(dirs)
        .workbooks
        .into_iter()
        .filter(|w| !checked.iter().any(|c| c.workbook.id() == w.workbook.id()))
        .map(reparse)
        .collect();
    workbooks.extend(checked);
    let (glossary, mut problems) = load_glossary(dirs);
    problems.extend(
        resolve(&mut workbooks, &glossary)
            .into_iter()
            .filter(|(index, _)| index.is_none_or(|i| names.contains(&workbooks[i].display)))
            .map(|(_, d)| d),
    );
    problems
}

/// A loaded workbook as its file reads, before its `uses` were resolved.
fn reparse(loaded: LoadedWorkbook) -> LoadedWorkbook {
    match parse_workbook(&loaded.display, &loaded.text) {
        Ok(workbook) => LoadedWorkbook {
            workbook: std::sync::Arc::new(workbook),
            ..loaded
        },
        Err(_) => loaded,
    }
}

fn summary(
    files: usize,
    translations: Option<(&Lang, usize)>,
    errors: usize,
    warnings: usize,
) -> String {
    match translations {
        None => tr!(
            "cli-validate-summary",
            files = files,
            errors = errors,
            warnings = warnings
        ),
        Some((lang, translations)) => tr!(
            "cli-validate-summary-translations",
            files = files,
            translations = translations,
            lang = lang.to_string(),
            errors = errors,
            warnings = warnings
        ),
    }
}

/// `validate --lang` without a path: the workbooks folder of the current directory.
fn default_folder(lang: &Lang) -> Result<PathBuf, Failure> {
    let folder = PathBuf::from(DEFAULT_FOLDER);
    if folder.is_dir() {
        return Ok(folder);
    }
    Err(Failure::usage(tr!(
        "cli-validate-no-folder",
        lang = lang.to_string(),
        folder = DEFAULT_FOLDER
    )))
}

fn explicit_sources(paths: &[PathBuf]) -> Result<Vec<SourceFile>, Failure> {
    let mut sources = Vec::new();
    for path in paths {
        if path.is_dir() {
            let found = dir_sources(path);
            if found.is_empty() {
                return Err(Failure::usage(tr!(
                    "cli-validate-no-toml",
                    path = path.display().to_string()
                )));
            }
            sources.extend(found);
        } else if path.exists() {
            sources.push(file_source(path));
        } else {
            return Err(missing(path));
        }
    }
    Ok(sources)
}

fn missing(path: &Path) -> Failure {
    Failure::usage(tr!(
        "cli-no-such-file-or-folder",
        path = path.display().to_string()
    ))
}
