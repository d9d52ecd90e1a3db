//! The built-in workbooks as the build checked and embedded them, and the catalog a command
//! works with: those, layered with the user's own workbook folders.

use std::path::PathBuf;

use crate::workbook::load::{GLOSSARY_FILE, dir_paths};
use crate::workbook::{Catalog, baked};

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.msgpack"));

/// The built-in catalog, read from what the build embedded.
pub fn catalog() -> Catalog {
    // The build wrote these bytes from a catalog it checked; failing to read them back is a
    // broken build, not something a user can fix, so it falls back to parsing.
    baked::decode(EMBEDDED).unwrap_or_else(|_| Catalog::builtin())
}

/// The catalog for a command: the built-in workbooks, layered with any workbooks (and
/// glossary) in `dirs`. Without user workbooks, the embedded catalog is used as it is; with
/// them, everything is parsed and checked together, so that a user workbook may show a
/// built-in question and replace a built-in workbook by id.
pub fn load(dirs: &[PathBuf]) -> Catalog {
    let has_user_files = dirs
        .iter()
        .any(|dir| !dir_paths(dir).is_empty() || dir.join(GLOSSARY_FILE).is_file());
    if has_user_files {
        Catalog::load(dirs)
    } else {
        catalog()
    }
}
