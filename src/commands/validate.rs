//! `workbook validate`: syntax, type and meaning checks on workbook files.

use std::path::{Path, PathBuf};

use crate::cli::{GlobalArgs, ValidateArgs};
use crate::commands::exit::{FAILURE, Failure, SUCCESS};
use crate::paths::workbook_dirs;
use crate::workbook::Diagnostic;
use crate::workbook::load::{SourceFile, all_sources, check, dir_sources, file_source};

pub fn run(global: &GlobalArgs, args: &ValidateArgs) -> Result<u8, Failure> {
    let sources = if args.paths.is_empty() {
        all_sources(&workbook_dirs(&global.workbooks))
    } else {
        explicit_sources(&args.paths)?
    };
    let mut all: Vec<Diagnostic> = Vec::new();
    for source in &sources {
        let (_, diagnostics) = check(source);
        all.extend(diagnostics);
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
        eprintln!("{}", summary(sources.len(), errors, warnings));
    }
    let failed = errors > 0 || (args.strict && warnings > 0);
    Ok(if failed { FAILURE } else { SUCCESS })
}

fn summary(files: usize, errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "checked {}: {}, {}",
        plural(files, "workbook"),
        plural(errors, "error"),
        plural(warnings, "warning")
    )
}

fn explicit_sources(paths: &[PathBuf]) -> Result<Vec<SourceFile>, Failure> {
    let mut sources = Vec::new();
    for path in paths {
        if path.is_dir() {
            let found = dir_sources(path);
            if found.is_empty() {
                return Err(Failure::usage(format!(
                    "no .toml files in {}",
                    path.display()
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
    Failure::usage(format!("{}: no such file or folder", path.display()))
}
