//! The three fuzz targets: what the program does with a workbook file, a profile file and a set
//! of answers. Shared by the stable harness (`examples/fuzz`) and the cargo-fuzz crate
//! (`fuzz/`), so both exercise exactly the same code. A target panics on a finding; returning
//! normally (with or without an error from the library) is a pass.

use std::path::Path;

use workbook::plan::{self, Format, PlanOptions};
use workbook::profile::store::parse_profile;
use workbook::profile::{Profile, Reader, Status, Track, WorkbookStatus, migrate};
use workbook::workbook::load::{SourceFile, check, decode};
use workbook::workbook::{Audience, Catalog, LoadedWorkbook, Origin};

/// A workbook file as the loader sees it: decode, parse, lint; every diagnostic printed (its
/// located source line is cut from the text by byte offsets). A workbook that passes is then
/// used the way the program uses one: relevance of its questions and a plan of the demo city.
/// Returns whether the input got that far (a measure of how deep the fuzzer reaches).
pub fn workbook_bytes(data: &[u8]) -> bool {
    let source = SourceFile {
        display: "fuzz.toml".into(),
        origin: Origin::File("fuzz.toml".into()),
        text: decode("fuzz.toml", data.to_vec()),
    };
    let (parsed, diagnostics) = check(&source);
    for diagnostic in &diagnostics {
        let _ = diagnostic.to_string();
    }
    let Some(workbook) = parsed else {
        return false;
    };
    if diagnostics.iter().any(|d| d.is_error()) {
        // The catalog skips a workbook with errors; nothing else ever sees it.
        return false;
    }
    let empty: Profile = toml::from_str(workbook::demo::DEMO_PROFILE).expect("demo parses");
    let _ = WorkbookStatus::new(&workbook, &empty);
    let catalog = Catalog::of(vec![LoadedWorkbook::new(
        workbook,
        Origin::File("fuzz.toml".into()),
    )]);
    let profile: Profile = toml::from_str(workbook::demo::DEMO_PROFILE).expect("demo parses");
    for format in [Format::Markdown, Format::Html, Format::Json] {
        let options = PlanOptions {
            format,
            edition: workbook::plan::Edition::Restricted,
            ..PlanOptions::new("2026-03-01".parse().expect("date"))
        };
        let _ = plan::render(&catalog, &profile, &options);
    }
    true
}

/// A profile file as the store sees it: parse (with its located errors); a profile that loads
/// must also save (the save's serialise-and-read-back check) and give a plan, progress and a
/// migration report against the built-in workbooks. Returns whether the profile loaded.
pub fn profile_bytes(data: &[u8], catalog: &Catalog) -> bool {
    let Ok(profile) = parse_profile(Path::new("fuzz.toml"), data) else {
        return false;
    };
    let text = toml::to_string(&profile).unwrap_or_else(|e| {
        panic!("a profile that loads cannot be written back: {e}");
    });
    let back = parse_profile(Path::new("fuzz.toml"), text.as_bytes()).unwrap_or_else(|e| {
        panic!("a profile that loads does not read back after writing: {e}\n---\n{text}");
    });
    if !same_profile(&profile, &back) {
        let first = profile
            .answers()
            .iter()
            .flat_map(|(w, a)| a.iter().map(move |(q, a)| (w, q, a)))
            .find(|(w, q, a)| back.answer(w, q) != Some(*a));
        panic!(
            "a profile that loads reads back different after writing; first answer that differs: {first:?}"
        );
    }
    use_profile(catalog, &profile);
    true
}

/// Everything a front end does with a loaded profile, short of the terminal.
pub fn use_profile(catalog: &Catalog, profile: &Profile) {
    let status = Status::new(catalog, profile);
    for index in 0..catalog.workbooks.len() {
        for audience in [Audience::Mayor, Audience::Official, Audience::Both] {
            for track in [Track::Full, Track::Core] {
                let _ = status.progress(catalog, index, Reader::new(audience, track));
            }
        }
    }
    let _ = migrate::dry_run(profile, catalog);
    let _ = migrate::orphans(profile, catalog);
    let _ = migrate::unclear(profile, catalog);
    let _ = migrate::normalise(&mut profile.clone(), catalog);
    for format in [Format::Markdown, Format::Html, Format::Json] {
        let options = PlanOptions {
            format,
            edition: workbook::plan::Edition::Restricted,
            ..PlanOptions::new("2026-03-01".parse().expect("date"))
        };
        let _ = plan::render(catalog, profile, &options);
    }
}

/// One generated plan case: must render (or refuse with an error), never panic. Returns
/// whether a plan was rendered.
pub fn plan_case(catalog: &Catalog, profile: &Profile, options: &PlanOptions) -> bool {
    same_either_way(catalog, profile, options);
    plan::render(catalog, profile, options).is_ok()
}

/// The built-in template runs as Rust (`plan::compiled`): wherever it writes a plan, it must
/// be the document interpreting the template writes, and its HTML made in two halves the page
/// the whole document gives.
fn same_either_way(catalog: &Catalog, profile: &Profile, options: &PlanOptions) {
    let Ok(built) = plan::build(catalog, profile, options) else {
        return;
    };
    for html in [false, true] {
        if let Some(compiled) = plan::compiled::render(&built, html) {
            let interpreted = plan::markdown::interpret(&built, plan::DEFAULT_TEMPLATE, html);
            assert_eq!(
                Some(&compiled),
                interpreted.as_ref().ok(),
                "the compiled template differs from the interpreted one"
            );
            if html {
                assert_eq!(
                    plan::html::render(&compiled, &built, true),
                    plan::html::render(&compiled, &built, false),
                    "the page made in two halves differs from the whole document's"
                );
            }
        }
    }
}

/// The store's own rule (see `same_profile` in src/profile/store.rs): numbers bit for bit with
/// any NaN equal to any NaN, and an empty table equal to an empty list (both are `[]` in TOML).
/// Compared through JSON-like text of each value so that NaN compares as text.
fn same_profile(a: &Profile, b: &Profile) -> bool {
    use workbook::answer::Value;
    let normal = |p: &Profile| {
        let mut answers = p.answers().clone();
        for answer in answers.values_mut().flat_map(|a| a.values_mut()) {
            answer.value = match &answer.value {
                Value::Table(rows) if rows.is_empty() => Value::List(Vec::new()),
                Value::Other(raw) => Value::Text(format!("<{}>", bits(raw))),
                other => other.clone(),
            };
        }
        let mut normal = Profile::from_stored(p.city.clone(), answers);
        normal.resume = p.resume.clone();
        normal
    };
    normal(a) == normal(b) && a.drafts() == b.drafts()
}

/// A raw value as text, floats bit for bit (so any NaN reads the same and -0.0 differs from 0).
fn bits(value: &toml::Value) -> String {
    match value {
        toml::Value::Float(f) if f.is_nan() => "NaN".into(),
        toml::Value::Float(f) => format!("{:x}", f.to_bits()),
        toml::Value::Array(items) => items.iter().map(bits).collect::<Vec<_>>().join(","),
        toml::Value::Table(table) => table
            .iter()
            .map(|(k, v)| format!("{k}={}", bits(v)))
            .collect::<Vec<_>>()
            .join(","),
        other => other.to_string(),
    }
}
