#!/usr/bin/env bash
# Whether this machine's second core is a core of its own: calamine's raw read of one workbook
# (benches/raw_calamine.rs), pinned to core 0, timed alone and beside a busy loop pinned to
# core 1, in turn, RUNS times each. On two cores of their own the two times are the same; on
# two threads of one physical core (or a host that runs both on one) the read beside the loop
# is slower, and so is every program that keeps both cores busy, lakip's two-threaded import
# among them. Run it just before scripts/bench-matrix.sh to know what its ratios were measured on.
#
#   scripts/second-core.sh [RUNS] [LAYOUT] [ROWS]      (default: 15 pk 100000)
#
# Prints the median and range of each, and the median of the per-pair factors (beside / alone).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"
layout="${2:-pk}"
rows="${3:-100000}"
if [ "$(nproc)" -lt 2 ]; then
  echo "second-core: this process may use $(nproc) core; nothing to compare" >&2
  exit 0
fi
cargo build --release --quiet --example raw_calamine --example bench_workbooks
target="${CARGO_TARGET_DIR:-target}/release"
raw="$target/examples/raw_calamine"
dir="${BENCH_DIR:-$(mktemp -d)}"
loop=""
# The busy loop is stopped however the script ends (a background job ignores Ctrl-C).
cleanup() {
  [ -z "$loop" ] || kill "$loop" 2>/dev/null || true
  [ -n "${BENCH_DIR:-}" ] || rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$dir"
file="$dir/$layout-$rows.xlsx"
[ -f "$file" ] || "$target/examples/bench_workbooks" "$layout" "$rows" "$file"
taskset -c 0 "$raw" "$file" >/dev/null # warm-up (and the file in the page cache)

# One timed read on core 0, in seconds; a read that fails stops the script.
read_once() {
  local start end
  start=$(date +%s%N)
  taskset -c 0 "$raw" "$file" >/dev/null || return 1
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.4f\n", ns / 1e9 }'
}

alone=() beside=() factors=()
for _ in $(seq "$runs"); do
  a=$(read_once) || exit 1
  taskset -c 1 sh -c 'while :; do :; done' &
  loop=$!
  sleep 0.05 # the loop running before the read starts
  b=$(read_once) || exit 1
  kill "$loop"
  wait "$loop" 2>/dev/null || true
  loop=""
  alone+=("$a") beside+=("$b")
  factors+=("$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f\n", b / a }')")
done
stats() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
  m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
  printf "median %.3f (min %.3f, max %.3f)", m, v[1], v[NR] }'; }
echo "calamine's read of $layout-$rows.xlsx on core 0, $runs runs each, in turn:"
echo "  alone:                      $(stats "${alone[@]}") s"
echo "  beside a busy loop, core 1: $(stats "${beside[@]}") s"
echo "  beside / alone:             $(stats "${factors[@]}")"
