//! libFuzzer target: random answers (shaped by the workbooks' questions, driven by the input
//! bytes as a seed stream) against the built-in and the fixture workbooks, in every format.
#![no_main]

use std::sync::LazyLock;

use workbook::workbook::load::{check, file_source};
use workbook::workbook::{Catalog, LoadedWorkbook};

#[allow(dead_code)]
#[path = "../../examples/fuzz/generate.rs"]
mod generate;
// Each target uses only its own function of the shared module.
#[allow(dead_code)]
#[path = "../../examples/fuzz/targets.rs"]
mod targets;

static CATALOGS: LazyLock<[Catalog; 2]> = LazyLock::new(|| {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/plan/workbooks");
    let mut fixtures = Catalog::default();
    for name in ["assess.toml", "act.toml"] {
        let source = file_source(&dir.join(name));
        if let (Some(workbook), _) = check(&source) {
            fixtures.workbooks.push(LoadedWorkbook {
                workbook,
                origin: source.origin,
            });
        }
    }
    [Catalog::builtin(), fixtures]
});

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut seed = [0u8; 8];
    for (i, byte) in data.iter().enumerate() {
        seed[i % 8] ^= byte.rotate_left((i / 8) as u32);
    }
    let mut rng = generate::Rng::new(u64::from_le_bytes(seed));
    let catalog = &CATALOGS[rng.below(2)];
    let profile = generate::profile(&mut rng, catalog);
    let options = generate::options(&mut rng, catalog);
    targets::plan_case(catalog, &profile, &options);
});
