//! The workbooks in a language: each workbook's translation file put in place on the workbook
//! as parsed, before the catalog is resolved, so that a question shown from another workbook
//! reads in its home's translation. Ids, choice values, kinds and conditions stay as they are,
//! so answers read the same in every language.
//!
//! The built-in workbooks' translations (`workbooks/i18n/<lang>/*.toml`) are embedded in the
//! program; a folder of the user's own workbooks may hold `i18n/<lang>/` beside them. A missing
//! or empty entry shows the English; a translation file that cannot be read is reported as a
//! warning and its workbook shown in English.

use std::path::{Path, PathBuf};

use super::diag::{Diagnostic, Severity};
use super::load::{GLOSSARY_FILE, Origin, SourceFile};
use super::model::{GlossaryEntry, Workbook};
use super::translation::{self, Lang, Translation};

/// Every translation file of the built-in workbooks: language, file name, text.
const BUILTIN: &[(&str, &str, &str)] =
    include!(concat!(env!("OUT_DIR"), "/builtin_translations.rs"));

/// The languages the built-in workbooks are translated into, besides English, in order.
pub fn builtin_languages() -> Vec<&'static str> {
    let mut tags: Vec<&'static str> = BUILTIN.iter().map(|(tag, _, _)| *tag).collect();
    tags.dedup();
    tags
}

/// The embedded translation of the built-in file `file` (`mapping.toml`) into `lang`.
pub fn builtin_translation(lang: &Lang, file: &str) -> Option<&'static str> {
    BUILTIN
        .iter()
        .find(|(tag, name, _)| *tag == lang.as_str() && *name == file)
        .map(|(_, _, text)| *text)
}

/// The translation into `lang` of the workbook file `source` came from, read: `None` when
/// there is none; a file that cannot be read gives the problem instead.
pub fn translation_of(source: &SourceFile, lang: &Lang) -> Option<Result<Translation, Diagnostic>> {
    let (display, text) = match &source.origin {
        Origin::BuiltIn => {
            let file = source.display.strip_prefix("<built-in>/")?;
            let text = builtin_translation(lang, file)?;
            (format!("<built-in>/i18n/{lang}/{file}"), text.to_string())
        }
        Origin::File(path) => read_beside(path, lang)?,
    };
    Some(read(&display, &text))
}

/// The translation into `lang` of a folder's shared glossary, if the folder has one.
pub fn glossary_translation(
    dir: Option<&Path>,
    lang: &Lang,
) -> Option<Result<Translation, Diagnostic>> {
    let (display, text) = match dir {
        None => (
            format!("<built-in>/i18n/{lang}/{GLOSSARY_FILE}"),
            builtin_translation(lang, GLOSSARY_FILE)?.to_string(),
        ),
        Some(dir) => read_beside(&dir.join(GLOSSARY_FILE), lang)?,
    };
    Some(read(&display, &text))
}

/// A translation file's name and text, beside the English file `english`, when it exists.
fn read_beside(english: &Path, lang: &Lang) -> Option<(String, String)> {
    let path: PathBuf = translation::path_for(english, lang);
    let text = std::fs::read_to_string(&path).ok()?;
    Some((path.display().to_string(), text))
}

/// A translation file's entries; a file that is not TOML is one warning, and the English is
/// shown instead. Problems with single entries are `validate --lang`'s to report.
fn read(display: &str, text: &str) -> Result<Translation, Diagnostic> {
    match translation::parse(display, text) {
        Ok((translation, _)) => Ok(translation),
        Err(problem) => Err(Diagnostic::new(
            Severity::Warning,
            display,
            crate::tr!("core-translation-unreadable", problem = problem.message),
        )),
    }
}

/// `workbook` in `lang`, when `source` has a translation; a problem reading it is added to
/// `problems` and the workbook stays in English.
pub fn translate(
    workbook: Workbook,
    source: &SourceFile,
    lang: &Lang,
    problems: &mut Vec<Diagnostic>,
) -> Workbook {
    match translation_of(source, lang) {
        Some(Ok(translation)) => translation::apply(&workbook, &translation),
        Some(Err(problem)) => {
            problems.push(problem);
            workbook
        }
        None => workbook,
    }
}

/// The shared glossary's entries in `lang`: the built-in glossary's translation, then each
/// folder's, each putting in place the entries it has.
pub fn translate_glossary(
    entries: Vec<GlossaryEntry>,
    dirs: &[PathBuf],
    lang: &Lang,
    problems: &mut Vec<Diagnostic>,
) -> Vec<GlossaryEntry> {
    let mut entries = entries;
    let folders = std::iter::once(None).chain(dirs.iter().map(|d| Some(d.as_path())));
    for folder in folders {
        match glossary_translation(folder, lang) {
            Some(Ok(translation)) => entries = translation::apply_glossary(&entries, &translation),
            Some(Err(problem)) => problems.push(problem),
            None => {}
        }
    }
    entries
}
