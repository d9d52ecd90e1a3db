#!/usr/bin/env bash
# How long `workbook team sync` takes for a hub repository of 200 cities when nothing changed
# (issue 17: under 5 seconds). Builds 200 cities from the demo city's profile, shares them
# through a bare repository, clones it as a second machine, then times sync on that clone.
# Usage: scripts/team-sync-200.sh [path/to/workbook]   (default: target/release/workbook)
set -euo pipefail
bin="$(realpath "${1:-target/release/workbook}")"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
export HOME="$root/home" GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME"
git config --global user.name "Hub analyst"
git config --global user.email hub@example.org
git init --quiet --bare "$root/hub.git"
mkdir -p "$root/a/cities"
for i in $(seq -w 1 200); do
    sed "s/^name = \"Alderwyn (demo city)\"/name = \"City $i\"/" demo/demo-city.toml \
        > "$root/a/cities/city-$i.toml"
done
"$bin" --data-dir "$root/a" team init --remote "$root/hub.git" >/dev/null
"$bin" --data-dir "$root/a" team sync >/dev/null
git clone --quiet "$root/hub.git" "$root/b" 2>/dev/null
"$bin" --data-dir "$root/b" team init >/dev/null
"$bin" --data-dir "$root/b" team sync >/dev/null
echo "200 cities, $(du -sh "$root/b/cities" | cut -f1) of profiles; team sync with nothing changed:"
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 2 --runs 10 "'$bin' --data-dir '$root/b' team sync"
else
    for _ in 1 2 3; do /usr/bin/time -f "%e s" "$bin" --data-dir "$root/b" team sync >/dev/null; done
fi
