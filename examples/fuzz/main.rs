//! A bounded fuzzer that runs on stable Rust: seeded, structure-aware mutations of real inputs
//! (the built-in workbooks, the plan fixture workbooks, the demo city and the fixture
//! profiles) fed to the three targets in `targets.rs` for a given time each.
//!
//! ```text
//! cargo run --release --example fuzz -- [--seconds N] [--target workbook|profile|plan|all]
//!                                        [--seed S] [--out DIR] [--case SEED]
//! ```
//!
//! Every case is generated from its own 64-bit seed, printed with any finding, so
//! `--target T --case SEED` replays exactly that case. The input of a finding is also saved
//! under `--out` (default `target/fuzz-findings`). Exit status: 0 when nothing was found, 1
//! when something was.

mod generate;
mod targets;

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use generate::Rng;
use workbook::workbook::load::{builtin_sources, check, file_source};
use workbook::workbook::{Catalog, LoadedWorkbook};

/// The message and place of the last panic, recorded by the hook instead of printed.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Target {
    Workbook,
    Profile,
    Plan,
}

impl Target {
    fn name(self) -> &'static str {
        match self {
            Target::Workbook => "workbook",
            Target::Profile => "profile",
            Target::Plan => "plan",
        }
    }
}

struct Args {
    seconds: u64,
    targets: Vec<Target>,
    seed: u64,
    out: PathBuf,
    case: Option<u64>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        seconds: 60,
        targets: vec![Target::Workbook, Target::Profile, Target::Plan],
        seed: Instant::now().elapsed().as_nanos() as u64
            ^ std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0),
        out: PathBuf::from("target/fuzz-findings"),
        case: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--seconds" => {
                args.seconds = value()?.parse().map_err(|e| format!("--seconds: {e}"))?
            }
            "--seed" => args.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--case" => args.case = Some(value()?.parse().map_err(|e| format!("--case: {e}"))?),
            "--out" => args.out = PathBuf::from(value()?),
            "--target" => {
                args.targets = match value()?.as_str() {
                    "workbook" => vec![Target::Workbook],
                    "profile" => vec![Target::Profile],
                    "plan" => vec![Target::Plan],
                    "all" => args.targets.clone(),
                    other => return Err(format!("unknown target `{other}`")),
                }
            }
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    Ok(args)
}

/// The real inputs mutations start from.
struct Corpus {
    builtin: Catalog,
    fixtures: Catalog,
    workbooks: Vec<Vec<u8>>,
    profiles: Vec<Vec<u8>>,
}

fn corpus() -> Corpus {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixture_dir = root.join("tests/fixtures/plan/workbooks");
    let mut fixtures = Vec::new();
    let mut workbooks: Vec<Vec<u8>> = builtin_sources()
        .into_iter()
        .filter_map(|s| s.text.ok().map(String::into_bytes))
        .collect();
    for name in ["assess.toml", "act.toml"] {
        let source = file_source(&fixture_dir.join(name));
        if let Ok(text) = &source.text {
            workbooks.push(text.clone().into_bytes());
        }
        if let (Some(workbook), _) = check(&source) {
            fixtures.push(LoadedWorkbook::new(workbook, source.origin));
        }
    }
    let profiles = [
        "demo/demo-city.toml",
        "tests/fixtures/plan/full.toml",
        "tests/fixtures/plan/little.toml",
        "tests/fixtures/store/v1/civic.toml",
        "tests/fixtures/store/v2/civic.toml",
    ]
    .iter()
    .filter_map(|p| std::fs::read(root.join(p)).ok())
    .collect();
    Corpus {
        builtin: Catalog::builtin(),
        fixtures: Catalog::of(fixtures),
        workbooks,
        profiles,
    }
}

/// One case of `target` from `seed`: the input (for saving) and the run.
fn run_case(target: Target, seed: u64, corpus: &Corpus) -> (Vec<u8>, Result<bool, String>) {
    let mut rng = Rng::new(seed);
    let pick = |rng: &mut Rng, items: &[Vec<u8>]| items[rng.below(items.len())].clone();
    match target {
        Target::Workbook | Target::Profile => {
            let items = if target == Target::Workbook {
                &corpus.workbooks
            } else {
                &corpus.profiles
            };
            let base = pick(&mut rng, items);
            let other = pick(&mut rng, items);
            let text = String::from_utf8_lossy(&base).into_owned();
            let input = match rng.below(4) {
                0 => generate::mutate_document(&mut rng, &text).unwrap_or(base),
                1 if target == Target::Profile => {
                    generate::mutate_answers(&mut rng, &text).unwrap_or(base)
                }
                _ => generate::mutate_bytes(&mut rng, &base, &other),
            };
            let result = guarded(|| match target {
                Target::Workbook => targets::workbook_bytes(&input),
                _ => targets::profile_bytes(&input, &corpus.builtin),
            });
            (input, result)
        }
        Target::Plan => {
            let catalog = if rng.one_in(2) {
                &corpus.builtin
            } else {
                &corpus.fixtures
            };
            let profile = generate::profile(&mut rng, catalog);
            let options = generate::options(&mut rng, catalog);
            let input = format!(
                "# catalog: {}\n# options: {options:?}\n{}",
                if std::ptr::eq(catalog, &corpus.builtin) {
                    "built-in"
                } else {
                    "fixtures"
                },
                toml::to_string(&profile)
                    .unwrap_or_else(|e| format!("# not TOML: {e}\n{profile:?}"))
            );
            let result = guarded(|| targets::plan_case(catalog, &profile, &options));
            (input.into_bytes(), result)
        }
    }
}

fn guarded(f: impl FnOnce() -> bool) -> Result<bool, String> {
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|_| {
        LAST_PANIC
            .lock()
            .map(|mut p| p.take().unwrap_or_default())
            .unwrap_or_default()
    })
}

fn save(out: &Path, target: Target, seed: u64, input: &[u8]) -> PathBuf {
    let path = out.join(format!("{}-{seed:016x}.toml", target.name()));
    if let Err(e) = std::fs::create_dir_all(out).and_then(|()| std::fs::write(&path, input)) {
        eprintln!("cannot save the input to {}: {e}", path.display());
    }
    path
}

fn main() {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("fuzz: {message}");
            std::process::exit(2);
        }
    };
    panic::set_hook(Box::new(|info| {
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = Some(info.to_string());
        }
    }));
    let corpus = corpus();
    let mut found = 0;
    if let Some(seed) = args.case {
        for &target in &args.targets {
            let (input, result) = run_case(target, seed, &corpus);
            let path = save(&args.out, target, seed, &input);
            match result {
                Ok(_) => println!(
                    "{}: case {seed} passes (input: {})",
                    target.name(),
                    path.display()
                ),
                Err(message) => {
                    found += 1;
                    println!(
                        "{}: case {seed} FAILS (input: {}):\n{message}",
                        target.name(),
                        path.display()
                    );
                }
            }
        }
        std::process::exit(i32::from(found > 0));
    }
    println!("fuzz: seed {}, {} s per target", args.seed, args.seconds);
    let mut master = Rng::new(args.seed);
    for &target in &args.targets {
        let start = Instant::now();
        let budget = Duration::from_secs(args.seconds);
        let (mut cases, mut deep, mut failures) = (0u64, 0u64, 0u64);
        let mut slowest = (Duration::ZERO, 0u64);
        while start.elapsed() < budget {
            let seed = master.next_u64();
            let began = Instant::now();
            let (input, result) = run_case(target, seed, &corpus);
            let took = began.elapsed();
            if took > slowest.0 {
                slowest = (took, seed);
            }
            cases += 1;
            if let Ok(true) = result {
                deep += 1;
            }
            if let Err(message) = result {
                failures += 1;
                let path = save(&args.out, target, seed, &input);
                println!(
                    "{}: FINDING in case {seed} (replay: --target {} --case {seed}; input: {}):\n{message}",
                    target.name(),
                    target.name(),
                    path.display()
                );
            }
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{}: {cases} cases in {secs:.0} s ({:.0}/s), {}% {}, {failures} findings; slowest case {:.1} ms (--case {})",
            target.name(),
            cases as f64 / secs,
            deep * 100 / cases.max(1),
            match target {
                Target::Workbook => "parsed and linted clean, then planned",
                Target::Profile => "loaded, saved back and planned",
                Target::Plan => "rendered",
            },
            slowest.0.as_secs_f64() * 1e3,
            slowest.1
        );
        found += failures;
    }
    std::process::exit(i32::from(found > 0));
}
