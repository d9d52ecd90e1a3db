//! Embeds every `workbooks/*.toml` of the project into the library, so that adding a built-in workbook needs no
//! Rust change.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"))
        .join("../../workbooks");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("the workbooks/ folder exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut out = String::from("&[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().expect("file name").to_string_lossy();
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push(']');
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets this"));
    fs::write(out_dir.join("builtin_workbooks.rs"), out).expect("OUT_DIR is writable");
    translations(&dir.join("i18n"), &out_dir);
    messages(&dir.join("../locales"), &out_dir);
}

/// Embeds every message file `locales/<lang>/<area>.ftl`, as (language, area, text): what the
/// program itself says, in each language it speaks.
fn messages(locales: &std::path::Path, out_dir: &std::path::Path) {
    let files = by_language(locales, "ftl");
    let list = embedded(&files, |path| path.file_stem());
    fs::write(out_dir.join("builtin_messages.rs"), list).expect("OUT_DIR is writable");
}

/// Embeds every translation file `workbooks/i18n/<lang>/<file>.toml`, as (language, file name,
/// text), so that the built-in workbooks come in every language the project translates.
fn translations(i18n: &std::path::Path, out_dir: &std::path::Path) {
    let files = by_language(i18n, "toml");
    let list = embedded(&files, |path| path.file_name());
    fs::write(out_dir.join("builtin_translations.rs"), list).expect("OUT_DIR is writable");
}

/// The files ending in `.{extension}` in each language's folder of `root` (`root/<lang>/`), as
/// (language, path), sorted; the build reruns when any of them changes.
fn by_language(root: &std::path::Path, extension: &str) -> Vec<(String, PathBuf)> {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for language in fs::read_dir(root).into_iter().flatten() {
        let language = language.expect("readable entry").path();
        if !language.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", language.display());
        let tag = language
            .file_name()
            .expect("folder name")
            .to_string_lossy()
            .to_string();
        for path in fs::read_dir(&language).expect("readable folder") {
            let path = path.expect("readable entry").path();
            if path.extension().is_some_and(|e| e == extension) {
                println!("cargo:rerun-if-changed={}", path.display());
                files.push((tag.clone(), path));
            }
        }
    }
    files.sort();
    files
}

/// The Rust list `&[(language, name, include_str!(path)), ...]` of `files`, each named by
/// `name` (its stem or its file name).
fn embedded(
    files: &[(String, PathBuf)],
    name: impl Fn(&std::path::Path) -> Option<&std::ffi::OsStr>,
) -> String {
    let mut out = String::from("&[\n");
    for (tag, path) in files {
        let name = name(path).expect("file name").to_string_lossy();
        out.push_str(&format!(
            "    ({tag:?}, {name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push(']');
    out
}
