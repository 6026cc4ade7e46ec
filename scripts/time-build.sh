#!/usr/bin/env bash
# Times `lakip build` of an example workspace with the release binary: the median of N runs,
# each a whole process (start, load data/, check, render every chapter twice, write 15 files;
# with FORMAT docx, the one Word document with its charts).
#
#   scripts/time-build.sh [WORKSPACE] [RUNS] [FORMAT]   (default: examples/kota-serang-2023, 50)
set -euo pipefail
cd "$(dirname "$0")/.."
ws="${1:-examples/kota-serang-2023}"
runs="${2:-50}"
format=()
if [ -n "${3:-}" ]; then format=(--format "$3"); fi
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/lakip"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$bin" -w "$ws" build "${format[@]}" --allow-errors -o "$out" >/dev/null 2>&1
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
echo "lakip build ${format[*]} $ws: median $(( median / 1000 )).$(( (median % 1000) / 100 )) ms over $runs runs (min $(( sorted[0] / 1000 )) ms, max $(( sorted[runs - 1] / 1000 )) ms)"
