//! Checks the built-in workbooks and embeds them already parsed: the build stops on any
//! problem in them (with the same message `workbook validate` gives), and the program starts
//! by reading a compact catalog instead of parsing, linting and resolving five workbooks.

use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    println!(
        "cargo:rerun-if-changed={}",
        root.join("workbooks").display()
    );
    for entry in fs::read_dir(root.join("workbooks")).expect("the workbooks/ folder exists") {
        let path = entry.expect("a readable entry").path();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            for language in fs::read_dir(&path).into_iter().flatten().flatten() {
                println!("cargo:rerun-if-changed={}", language.path().display());
                for file in fs::read_dir(language.path())
                    .into_iter()
                    .flatten()
                    .flatten()
                {
                    println!("cargo:rerun-if-changed={}", file.path().display());
                }
            }
        }
    }
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets this"));
    // English, then each language the workbooks are translated into, each checked and
    // embedded on its own (see `builtin::catalog_in`).
    let mut languages = vec![None];
    languages.extend(
        workbook_core::workbook::translated::builtin_languages()
            .into_iter()
            .map(Some),
    );
    let mut list = String::from("&[\n");
    for tag in languages {
        let lang = tag.map(|t| {
            workbook_core::workbook::translation::Lang::parse(t)
                .unwrap_or_else(|e| panic!("workbooks/i18n/{t}: {e}"))
        });
        let catalog = workbook_core::workbook::Catalog::load_in(&[], lang.as_ref());
        let bytes = match workbook_core::workbook::baked::encode(&catalog) {
            Ok(bytes) => bytes,
            Err(error) => {
                for problem in &catalog.problems {
                    eprintln!("{problem}");
                }
                panic!("{error}");
            }
        };
        let name = match tag {
            Some(tag) => format!("catalog-{tag}.msgpack"),
            None => "catalog.msgpack".to_string(),
        };
        fs::write(out.join(&name), bytes).expect("OUT_DIR is writable");
        list.push_str(&format!(
            "    ({:?}, include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}\"))),\n",
            tag.unwrap_or("en")
        ));
    }
    list.push(']');
    fs::write(out.join("catalogs.rs"), list).expect("OUT_DIR is writable");
    demo_city(&root, &out);
}

/// The demo city's profile as MessagePack, read by `demo::pristine_in` in a fifth of the time
/// its TOML takes: the English one, then each translation `demo/i18n/<lang>/demo-city.toml`.
/// Written from the TOML's own values (the profile type is the program's, which a build script
/// cannot use); a test checks that both read as the same profile.
fn demo_city(root: &std::path::Path, out: &std::path::Path) {
    let mut files = vec![("en".to_string(), root.join("demo").join("demo-city.toml"))];
    let i18n = root.join("demo").join("i18n");
    println!("cargo:rerun-if-changed={}", i18n.display());
    let mut languages: Vec<_> = fs::read_dir(&i18n)
        .into_iter()
        .flatten()
        .flatten()
        .collect();
    languages.sort_by_key(|e| e.file_name());
    for language in languages {
        let path = language.path().join("demo-city.toml");
        if path.exists() {
            files.push((language.file_name().to_string_lossy().to_string(), path));
        }
    }
    let mut list = String::from("&[\n");
    for (tag, path) in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("the demo city is readable");
        let value: toml::Table = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: the demo city is not TOML: {e}", path.display()));
        let bytes = rmp_serde::to_vec_named(&value).expect("TOML values write as MessagePack");
        let name = format!("demo-city-{tag}.msgpack");
        fs::write(out.join(&name), bytes).expect("OUT_DIR is writable");
        list.push_str(&format!(
            "    ({tag:?}, include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}\")), include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    list.push(']');
    fs::write(out.join("demo-cities.rs"), list).expect("OUT_DIR is writable");
}
