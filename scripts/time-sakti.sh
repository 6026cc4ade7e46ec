#!/usr/bin/env bash
# Times `lakip import --dry-run` of a large SAKTI GLP039 report with the release binary: the
# median of N runs, each a whole process. The report is written by the generator in
# tests/support/sakti_fixtures.rs (tests/sakti.rs, write_large_report).
#
#   scripts/time-sakti.sh [RUNS]     (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/lakip"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
file="$out/glp039-large.xlsx"
LAKIP_SAKTI_LARGE="$file" cargo test --release --quiet --test sakti write_large_report -- --ignored >/dev/null
rows=$(unzip -p "$file" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l)
merges=$(unzip -p "$file" xl/worksheets/sheet1.xml | grep -o '<mergeCell ' | wc -l)
"$bin" import --dry-run --lang en "$file" | grep "^rows:"
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$bin" import --dry-run "$file" >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
echo "lakip import --dry-run: $rows rows, $merges merged regions ($(du -k "$file" | cut -f1) KiB): median $(( median / 1000 )) ms over $runs runs (min $(( sorted[0] / 1000 )) ms, max $(( sorted[runs - 1] / 1000 )) ms)"
