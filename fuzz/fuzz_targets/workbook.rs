//! libFuzzer target: a workbook file through decode, parse, lint and a plan.
#![no_main]

// Each target uses only its own function of the shared module.
#[allow(dead_code)]
#[path = "../../examples/fuzz/targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    targets::workbook_bytes(data);
});
