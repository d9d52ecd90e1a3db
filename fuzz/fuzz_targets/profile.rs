//! libFuzzer target: a profile file through the store's parser, the save check and a plan.
#![no_main]

use std::sync::LazyLock;

use workbook::workbook::Catalog;

// Each target uses only its own function of the shared module.
#[allow(dead_code)]
#[path = "../../examples/fuzz/targets.rs"]
mod targets;

static CATALOG: LazyLock<Catalog> = LazyLock::new(Catalog::builtin);

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    targets::profile_bytes(data, &CATALOG);
});
