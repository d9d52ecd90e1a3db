#!/bin/sh
# Prints the demo plan's HTML, in each edition, to PDF with headless Chromium, the way a reader's
# browser prints it, and checks the result: every page A4 (portrait, or landscape for the chapters
# with wide tables) and every word of every action's name whole in `pdftotext -layout`. Leaves
# the HTML, the PDFs and PNG previews of the pages (if pdftoppm is there) in OUTDIR to look at.
#
#   scripts/print-check.sh [OUTDIR]        (default target/print-check)
#
# Needs chromium and poppler-utils (apt-get install chromium poppler-utils); CHROMIUM names
# another browser binary. `cargo test --test plan_print` makes the stricter check (every word of
# the page, counted) in the test suite. Exit status 1 when a check fails.
set -eu
cd "$(dirname "$0")/.."
out="${1:-target/print-check}"
mkdir -p "$out"
out="$(cd "$out" && pwd -P)"

browser="${CHROMIUM:-}"
if [ -z "$browser" ]; then
    for name in chromium chromium-browser google-chrome; do
        if command -v "$name" >/dev/null 2>&1; then browser="$name"; break; fi
    done
fi
if [ -z "$browser" ] || ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then
    echo "print-check: needs chromium and poppler-utils (apt-get install chromium poppler-utils)" >&2
    exit 2
fi

cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/workbook"

status=0
for edition in council public restricted; do
    html="$out/$edition.html"
    pdf="$out/$edition.pdf"
    # The pristine demo, whatever demo copy the environment points at.
    export WORKBOOK_DEMO_DIR="$out/no-demo"
    "$bin" plan --demo --date 2026-12-01 --edition "$edition" --format html -o "$html"
    "$bin" plan --demo --date 2026-12-01 --edition "$edition" --format json -o "$out/$edition.json"
    rm -f "$pdf"
    "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --no-first-run \
        --user-data-dir="$out/chromium" --print-to-pdf="$pdf" "file://$html" >/dev/null 2>&1 || true
    if [ ! -s "$pdf" ]; then
        echo "$edition: $browser printed no PDF" >&2
        status=1
        continue
    fi

    pages="$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')"
    sizes="$(pdfinfo -f 1 -l "$pages" "$pdf" | awk '/^Page +[0-9]+ size:/ {
        w = $4; h = $6
        if (w > 594 && w < 597 && h > 840 && h < 843) portrait++
        else if (w > 840 && w < 843 && h > 594 && h < 597) landscape++
        else { other++; print "page " $2 " is " w " x " h " pts" > "/dev/stderr" }
    } END { printf "%d portrait, %d landscape, %d not A4", portrait, landscape, other }')"
    case "$sizes" in *", 0 not A4") ;; *) status=1 ;; esac

    text="$out/$edition.txt"
    pdftotext -layout "$pdf" "$text"
    sed -n 's/^ *"action": "\(.*\)",\{0,1\}$/\1/p' "$out/$edition.json" | sort -u > "$out/$edition.actions"
    awk -v edition="$edition" -f scripts/print-words.awk "$html" "$text" "$out/$edition.actions" || status=1

    if command -v pdftoppm >/dev/null 2>&1; then
        rm -f "$out/$edition"-*.png
        pdftoppm -png -r 60 "$pdf" "$out/$edition"
    fi
    echo "$edition: $pages pages ($sizes), $(wc -l < "$out/$edition.actions") action names checked: $pdf"
done
exit "$status"
