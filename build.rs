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
    let target =
        PathBuf::from(env::var("OUT_DIR").expect("cargo sets this")).join("catalog.msgpack");
    fs::write(target, bytes).expect("OUT_DIR is writable");
}
