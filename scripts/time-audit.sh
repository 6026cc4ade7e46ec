#!/usr/bin/env bash
# Times `lakip audit` of a 100-page report with the release binary: the median of N runs, each
# a whole process. The report (the planted report of tests/support/audit_fixtures.rs, again
# and again, some 40 000 words) is written by tests/audit.rs, write_100_pages; it is also
# written as .docx beside it.
#
#   scripts/time-audit.sh [RUNS]     (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/lakip"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
file="$out/lkj-100-halaman.txt"
LAKIP_AUDIT_OUT="$file" cargo test --release --quiet --test audit write_100_pages -- --ignored >/dev/null
echo "$(wc -w <"$file") words, $(wc -l <"$file") lines ($(du -k "$file" | cut -f1) KiB)"
"$bin" audit "$file" | tail -1 || true
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$bin" audit "$file" >/dev/null || true
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
echo "lakip audit: median $(( median / 1000 )) ms over $runs runs (min $(( sorted[0] / 1000 )) ms, max $(( sorted[runs - 1] / 1000 )) ms)"
