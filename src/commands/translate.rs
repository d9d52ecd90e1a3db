//! `workbook translate` (a file to fill in for what is missing or stale in a language) and the
//! translation checks of `workbook validate --lang`. A translation lives beside its English
//! file: `<folder>/i18n/<lang>/<file name>` (see `workbook::translation`).

use std::fs;
use std::path::{Path, PathBuf};

use crate::cli::TranslateArgs;
use crate::commands::exit::{Failure, SUCCESS};
use crate::tr;
use crate::workbook::load::{GLOSSARY_FILE, check, file_source};
use crate::workbook::translation::{
    self, English, Lang, Text, Translation, glossary_texts, path_for, workbook_texts,
};
use crate::workbook::{Diagnostic, GlossaryEntry, LoadedWorkbook, Origin, Severity};

/// The folder `validate --lang` and `translate` read when given no path: the workbooks of the
/// current directory, as in the repository.
pub(super) const DEFAULT_FOLDER: &str = "workbooks";

/// What `validate --lang` found: the problems, and how many translation files it read.
pub(super) struct Report {
    pub problems: Vec<Diagnostic>,
    pub files: usize,
}

/// Checks the translations into `lang` of the workbooks in `checked` that come from files, of
/// the shared glossary of each folder in `paths`, and reports a translation file in one of
/// those folders that translates no file.
pub(super) fn check_translations(
    paths: &[PathBuf],
    checked: &[LoadedWorkbook],
    lang: &Lang,
) -> Report {
    let mut report = Report {
        problems: Vec::new(),
        files: 0,
    };
    for loaded in checked {
        if let Origin::File(path) = &loaded.origin {
            let texts = workbook_texts(&loaded.workbook);
            let english = English {
                display: &loaded.display,
                text: &loaded.text,
                texts: &texts,
            };
            check_one(&english, path, lang, &mut report);
        }
    }
    for folder in paths.iter().filter(|p| p.is_dir()) {
        let glossary = folder.join(GLOSSARY_FILE);
        if glossary.is_file() {
            match read_glossary(&glossary) {
                Ok((text, entries)) => {
                    let texts = glossary_texts(&entries);
                    let display = glossary.display().to_string();
                    let english = English {
                        display: &display,
                        text: &text,
                        texts: &texts,
                    };
                    check_one(&english, &glossary, lang, &mut report);
                }
                Err(problem) => report.problems.push(problem),
            }
        }
        report.problems.extend(stray_files(folder, lang));
    }
    report
}

fn check_one(english: &English, path: &Path, lang: &Lang, report: &mut Report) {
    let target = path_for(path, lang);
    if !target.is_file() {
        report.problems.push(
            Diagnostic::new(
                Severity::Warning,
                english.display,
                tr!(
                    "cli-translate-missing",
                    lang = lang.to_string(),
                    path = target.display().to_string(),
                    count = english.texts.len()
                ),
            )
            .hint(tr!(
                "cli-translate-missing-hint",
                lang = lang.to_string(),
                path = path.display().to_string()
            )),
        );
        return;
    }
    report.files += 1;
    match read_translation(&target) {
        Ok((translation, problems)) => {
            report.problems.extend(problems);
            report
                .problems
                .extend(translation::check(english, &translation, lang));
        }
        Err(problem) => report.problems.push(problem),
    }
}

/// Files in `<folder>/i18n/<lang>/` with no English file of that name in `folder`.
fn stray_files(folder: &Path, lang: &Lang) -> Vec<Diagnostic> {
    let dir = folder.join(translation::FOLDER).join(lang.as_str());
    let Ok(entries) = fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| {
            let name = path.file_name()?;
            (!folder.join(name).is_file()).then(|| {
                Diagnostic::new(
                    Severity::Warning,
                    &path.display().to_string(),
                    tr!(
                        "cli-translate-stray",
                        path = folder.join(name).display().to_string()
                    ),
                )
                .hint(tr!("cli-translate-stray-hint"))
            })
        })
        .collect()
}

/// A translation file, read and parsed; an unreadable file is one problem.
fn read_translation(path: &Path) -> Result<(Translation, Vec<Diagnostic>), Diagnostic> {
    let source = file_source(path);
    let text = source.text?;
    translation::parse(&source.display, &text)
}

/// The shared glossary file: `[[glossary]]` entries only.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    glossary: Vec<GlossaryEntry>,
}

/// A glossary file's text and entries.
fn read_glossary(path: &Path) -> Result<(String, Vec<GlossaryEntry>), Diagnostic> {
    let source = file_source(path);
    let text = source.text?;
    match toml::from_str::<GlossaryFile>(&text) {
        Ok(file) => Ok((text, file.glossary)),
        Err(error) => {
            let diag = Diagnostic::new(
                Severity::Error,
                &source.display,
                error.message().trim().replace('\n', " "),
            );
            let diag = match error.span() {
                Some(span) => diag.at(&text, span),
                None => diag,
            };
            Err(diag.hint(tr!("cli-translate-glossary-hint")))
        }
    }
}

/// `workbook translate --lang LANG WORKBOOK`.
pub fn run(global: &crate::cli::GlobalArgs, args: &TranslateArgs) -> Result<u8, Failure> {
    let Some(lang) = super::context::translation_lang(global)? else {
        return Err(Failure::usage(tr!("cli-translate-which-language")));
    };
    let path = english_path(&args.workbook)?;
    let (text, texts) = english_texts(&path)?;
    let display = path.display().to_string();
    let english = English {
        display: &display,
        text: &text,
        texts: &texts,
    };
    let target = path_for(&path, &lang);
    let existing = if target.is_file() {
        let (translation, problems) = read_translation(&target).map_err(failed)?;
        if problems.iter().any(Diagnostic::is_error) {
            return Err(Failure::failed(format!(
                "{}{}",
                listed(&problems),
                tr!(
                    "cli-translate-fix-translation",
                    path = target.display().to_string()
                )
            )));
        }
        Some(translation)
    } else {
        None
    };
    let target_display = target.display().to_string();
    let template = translation::template(&english, existing.as_ref(), &target_display, &lang);
    if template.missing + template.stale == 0 {
        eprintln!(
            "{}",
            tr!(
                "cli-translate-complete",
                path = target_display.as_str(),
                english = display.as_str(),
                lang = lang.to_string()
            )
        );
    } else {
        print!("{}", template.toml);
    }
    Ok(SUCCESS)
}

/// The English file WORKBOOK names: a path, or an id in `./workbooks`.
fn english_path(workbook: &str) -> Result<PathBuf, Failure> {
    let looks_like_path =
        workbook.ends_with(".toml") || workbook.contains('/') || workbook.contains('\\');
    let path = if looks_like_path {
        PathBuf::from(workbook)
    } else {
        Path::new(DEFAULT_FOLDER).join(format!("{workbook}.toml"))
    };
    if path.is_file() {
        return Ok(path);
    }
    Err(Failure::usage(if looks_like_path {
        tr!("cli-no-such-file", path = workbook)
    } else {
        tr!(
            "cli-translate-no-workbook",
            id = workbook,
            folder = DEFAULT_FOLDER
        )
    }))
}

/// The English file's text and its texts to translate; a workbook with errors must be fixed
/// first.
fn english_texts(path: &Path) -> Result<(String, Vec<Text>), Failure> {
    if path.file_name().is_some_and(|n| n == GLOSSARY_FILE) {
        let (text, entries) = read_glossary(path).map_err(failed)?;
        return Ok((text, glossary_texts(&entries)));
    }
    let source = file_source(path);
    let (workbook, problems) = check(&source);
    match (workbook, source.text) {
        (Some(workbook), Ok(text)) if !problems.iter().any(Diagnostic::is_error) => {
            Ok((text, workbook_texts(&workbook)))
        }
        _ => Err(Failure::failed(format!(
            "{}{}",
            listed(&problems),
            tr!(
                "cli-translate-fix-workbook",
                path = path.display().to_string()
            )
        ))),
    }
}

fn failed(problem: Diagnostic) -> Failure {
    Failure::failed(problem.to_string().trim_end().to_string())
}

fn listed(problems: &[Diagnostic]) -> String {
    problems
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect()
}
