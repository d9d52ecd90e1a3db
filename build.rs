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
    }
    let catalog = workbook_core::workbook::Catalog::builtin();
    let bytes = match workbook_core::workbook::baked::encode(&catalog) {
        Ok(bytes) => bytes,
        Err(error) => {
            for problem in &catalog.problems {
                eprintln!("{problem}");
            }
            panic!("{error}");
        }
    };
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets this"));
    fs::write(out.join("catalog.msgpack"), bytes).expect("OUT_DIR is writable");
    demo_city(&root, &out);
}

/// The demo city's profile as MessagePack, read by `demo::pristine` in a fifth of the time its
/// TOML takes. Written from the TOML's own values (the profile type is the program's, which a
/// build script cannot use); a test checks that both read as the same profile.
fn demo_city(root: &std::path::Path, out: &std::path::Path) {
    let path = root.join("demo").join("demo-city.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(&path).expect("demo/demo-city.toml is readable");
    let value: toml::Table = toml::from_str(&text).expect("the demo city is TOML");
    let bytes = rmp_serde::to_vec_named(&value).expect("TOML values write as MessagePack");
    fs::write(out.join("demo-city.msgpack"), bytes).expect("OUT_DIR is writable");
}
