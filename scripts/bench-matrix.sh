#!/usr/bin/env bash
# The bench matrix: `lakip import --dry-run FILE` against the raw calamine read of the same
# FILE (benches/raw_calamine.rs), layout × size, with the release build. The two programs run
# in turn (lakip, raw, lakip, raw …) RUNS times after a warm-up, each a whole process timed by
# /usr/bin/time -v; the ratio is taken pair by pair, so a shared machine's drift hits both.
#
#   scripts/bench-matrix.sh [RUNS] [LAYOUTS] [SIZES]
#   scripts/bench-matrix.sh 5 "rkt anggaran" "1000 10000 100000"
#
# Defaults: 5 runs; every layout (rkt anggaran pk kinerja rak sakti renja); sizes 1000 10000
# 100000, and 200000 for rkt. BENCH_CPU=0 runs both programs on that one core only
# (`taskset -c 0`): lakip's two threads then share it, as on a machine whose other core is busy.
# Prints a Markdown table: median wall of each, the median and minimum of the per-pair ratios,
# µs per body row, the peak RSS of each (median), and the median per-pair ratio of CPU time
# (user + system): the CPU time spent, which two threads sharing one physical core also inflate
# (scripts/second-core.sh); "–" where calamine's read takes under a tenth of a second of CPU.
# With two sizes or more of a layout, a second table gives the µs each added row cost between
# one size and the next, for both programs: a fixed start does not weigh on it, so a cost
# linear in rows gives the same figure at every step. It is worked out from the medians of the
# two sizes, which are not paired: the host's drift between them goes into it ("–" where
# calamine's difference is not above zero).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
layouts="${2:-rkt anggaran pk kinerja rak sakti renja}"
sizes="${3:-1000 10000 100000}"
cargo build --release --quiet --bin lakip --example raw_calamine --example bench_workbooks
target="${CARGO_TARGET_DIR:-target}/release"
lakip="$target/lakip"
raw="$target/examples/raw_calamine"
dir="${BENCH_DIR:-$(mktemp -d)}"
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir"

# Runs "$@" once; prints "WALL_SECONDS PEAK_KIB CPU_SECONDS" (the wall from the clock around
# the process, nanoseconds; /usr/bin/time's own wall is in hundredths only; the CPU is user and
# system time, in hundredths).
measure() {
  local log="$dir/time.log" start end
  start=$(date +%s%N)
  ${BENCH_CPU:+taskset -c "$BENCH_CPU"} /usr/bin/time -v -o "$log" "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  awk -v ns=$((end - start)) -F': ' '/Maximum resident set size/ { m = $2 }
              /User time \(seconds\)|System time \(seconds\)/ { c += $2 }
              END { printf "%.4f %d %.2f\n", ns / 1e9, m, c }' "$log"
}

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
minimum() { sort -g | head -1; }

: >"$dir/sizes"
echo "| layout | rows | lakip median | calamine median | ratio median | ratio min | lakip µs/row | lakip peak | calamine peak | peak ratio | CPU ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
li=0
for layout in $layouts; do
  li=$((li + 1))
  these="$sizes"
  [ "$layout" = rkt ] && [ -z "${3:-}" ] && these="$sizes 200000"
  for rows in $these; do
    file="$dir/$layout-$rows.xlsx"
    [ -f "$file" ] || "$target/examples/bench_workbooks" "$layout" "$rows" "$file"
    "$lakip" import --dry-run "$file" >/dev/null # warm-up (and the file in the page cache)
    "$raw" "$file" >/dev/null
    : >"$dir/a" ; : >"$dir/b" ; : >"$dir/r" ; : >"$dir/c"
    for _ in $(seq "$runs"); do
      read -r wa ma ca < <(measure "$lakip" import --dry-run "$file")
      read -r wb mb cb < <(measure "$raw" "$file")
      echo "$wa $ma" >>"$dir/a"
      echo "$wb $mb" >>"$dir/b"
      awk -v a="$wa" -v b="$wb" 'BEGIN { if (b > 0) printf "%.3f\n", a / b; else print "inf" }' >>"$dir/r"
      # CPU times come in hundredths: a ratio of two under a tenth of a second says nothing.
      awk -v a="$ca" -v b="$cb" 'BEGIN { if (b >= 0.1) printf "%.3f\n", a / b; else print "nan" }' >>"$dir/c"
    done
    ta=$(cut -d' ' -f1 "$dir/a" | median); tb=$(cut -d' ' -f1 "$dir/b" | median)
    pa=$(cut -d' ' -f2 "$dir/a" | median); pb=$(cut -d' ' -f2 "$dir/b" | median)
    rmed=$(median <"$dir/r"); rmin=$(minimum <"$dir/r")
    cmed=""
    if grep -qv nan "$dir/c"; then cmed=$(grep -v nan "$dir/c" | median); fi
    awk -v l="$layout" -v n="$rows" -v ta="$ta" -v tb="$tb" -v rm="$rmed" -v rn="$rmin" -v pa="$pa" -v pb="$pb" -v cm="$cmed" \
      'BEGIN { c = (cm == "") ? "–" : sprintf("%.2f×", cm)
               printf "| %s | %d | %.3f s | %.3f s | %.2f× | %.2f× | %.1f | %.0f MiB | %.0f MiB | %.2f× | %s |\n",
               l, n, ta, tb, rm, rn, ta * 1e6 / n, pa / 1024, pb / 1024, pa / pb, c }'
    echo "$li $layout $rows $ta $tb" >>"$dir/sizes"
  done
done

# The cost of the rows added from one size to the next (µs a row): what a fixed start does not
# blur, so a cost linear in rows shows the same figure at every step.
if [ "$(awk '!seen[$2 " " $3]++ { n[$2]++ } END { for (l in n) if (n[l] > 1) print l }' "$dir/sizes")" ]; then
  echo
  echo "| layout | rows | lakip µs per added row | calamine µs per added row | ratio |"
  echo "|---|---|---|---|---|"
  # In the order the layouts were given, each one's sizes from the smallest.
  sort -k1,1n -k3,3n "$dir/sizes" | awk '
    $2 == l && $3 > n { a = ($4 - ta) * 1e6 / ($3 - n); b = ($5 - tb) * 1e6 / ($3 - n)
                        r = (b > 0) ? sprintf("%.2f×", a / b) : "–"
                        printf "| %s | %d → %d | %.2f | %.2f | %s |\n", $2, n, $3, a, b, r }
    { l = $2; n = $3; ta = $4; tb = $5 }'
fi
