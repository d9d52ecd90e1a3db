#!/bin/sh
# Fuzzes the workbook loader, the profile loader and the plan renderer for a bounded time each
# (default 60 s), on stable Rust. Findings are printed with a replay command and their input is
# saved under target/fuzz-findings/. Exit status 1 when anything was found.
#
#   scripts/fuzz.sh [SECONDS] [extra arguments for the harness, e.g. --seed 42 --target plan]
#
# With a nightly compiler and cargo-fuzz installed, the same targets run under libFuzzer:
#   cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -O workbook corpus/workbook ../workbooks -- -max_total_time=60
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-60}"
[ "$#" -gt 0 ] && shift
cargo build --release --quiet --example fuzz
exec target/release/examples/fuzz --seconds "$seconds" "$@"
