//! The built-in workbooks as the build checked and embedded them, in English and in each
//! language they are translated into, and the catalog a command works with: those, layered
//! with the user's own workbook folders.

use std::path::PathBuf;

use crate::workbook::load::{GLOSSARY_FILE, dir_paths};
use crate::workbook::translation::Lang;
use crate::workbook::{Catalog, baked};

/// Each language's catalog, by tag ("en" for English), as the build wrote it.
static EMBEDDED: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// The built-in catalog in English, read from what the build embedded.
pub fn catalog() -> Catalog {
    catalog_in(None)
}

/// The built-in catalog in `language`; English where the workbooks are not translated into it.
pub fn catalog_in(language: Option<&Lang>) -> Catalog {
    let tag = language.map_or("en", Lang::as_str);
    let bytes = EMBEDDED
        .iter()
        .find(|(t, _)| *t == tag)
        .or_else(|| EMBEDDED.iter().find(|(t, _)| *t == "en"))
        .map(|(_, bytes)| *bytes);
    // The build wrote these bytes from a catalog it checked; failing to read them back is a
    // broken build, not something a user can fix, so it falls back to parsing.
    bytes
        .and_then(|b| baked::decode(b).ok())
        .unwrap_or_else(|| Catalog::load_in(&[], language))
}

/// The languages the built-in workbooks are in: English ("en") first, then French, Spanish
/// and Arabic, the network's working languages, then any other by tag.
pub fn languages() -> Vec<&'static str> {
    const FIRST: [&str; 4] = ["en", "fr", "es", "ar"];
    let mut tags: Vec<&'static str> = EMBEDDED.iter().map(|(tag, _)| *tag).collect();
    tags.sort_by_key(|tag| {
        (
            FIRST.iter().position(|f| f == tag).unwrap_or(FIRST.len()),
            *tag,
        )
    });
    tags
}

/// The catalog for a command: the built-in workbooks, layered with any workbooks (and
/// glossary) in `dirs`. Without user workbooks, the embedded catalog is used as it is; with
/// them, everything is parsed and checked together, so that a user workbook may show a
/// built-in question and replace a built-in workbook by id.
pub fn load(dirs: &[PathBuf]) -> Catalog {
    load_in(dirs, None)
}

/// [`load`] in `language`.
pub fn load_in(dirs: &[PathBuf], language: Option<&Lang>) -> Catalog {
    let has_user_files = dirs
        .iter()
        .any(|dir| !dir_paths(dir).is_empty() || dir.join(GLOSSARY_FILE).is_file());
    if has_user_files {
        Catalog::load_in(dirs, language)
    } else {
        catalog_in(language)
    }
}
