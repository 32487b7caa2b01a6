#!/usr/bin/env bash
# Times the whole `modgraph analyze --no-svg --no-go -q` process side by side with the simplest
# tool that reads the same input, in one run, alternating, and prints medians, ratios and peak
# memory, then the stage split of one analyze run per input:
#
#   scripts/bench-scale.sh            # release build, then every case, 7 runs each
#   RUNS=3 SIZES="10000" scripts/bench-scale.sh
#
# - synthetic graphs of SIZES modules (default "10000 100000"), the corpus' shape at scale
#   (`modgraph bench --synthetic N --generate-only`: 1-5 versions per module path, about 10
#   requirements per version, 2·log2 N layers, 0.5 % of edges one layer up), against the floor
#   `awk '{print $1}' graph.txt | sort -u | wc -l`;
# - every entry of CORPUS (default ../shared/corpus), against `cat` of the files analyze reads.
#
# Wall time is measured around each process (date +%s%N); peak resident memory and CPU time come
# from /usr/bin/time (%M %U %S). The machine is shared: compare the columns of one run, not runs.
# Environment: RUNS, SIZES, CORPUS, MODGRAPH (a built binary; skips the build), BEFORE (another
# binary, e.g. an older build, timed in the same alternation), KEEP=DIR (keep the generated graphs
# and reports there).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-7}
sizes=${SIZES:-10000 100000}
corpus=${CORPUS:-../shared/corpus}
if [ -z "${MODGRAPH:-}" ]; then
  swift build -c release --product modgraph >&2
  MODGRAPH=.build/release/modgraph
fi
[ -x /usr/bin/time ] || { echo "$0: /usr/bin/time not found (apt-get install time)" >&2; exit 69; }

if [ -n "${KEEP:-}" ]; then work=$KEEP; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi

# timed CMD...: runs CMD once; appends "wall_ms peak_kib cpu_s" to $work/times.
timed() {
  local t0 t1 last
  t0=$(date +%s%N)
  if ! /usr/bin/time -f '%M %U %S' -o "$work/time" "$@" >/dev/null 2>"$work/stderr"; then
    echo "$0: failed: $*" >&2; cat "$work/stderr" >&2; exit 1
  fi
  t1=$(date +%s%N)
  last=$(tail -n 1 "$work/time")
  echo "$(( (t1 - t0) / 1000 )) $last" | awk '{ printf "%.1f %d %.2f\n", $1 / 1000, $2, $3 + $4 }'
}

# median FILE COLUMN
median() { awk -v c="$2" '{ print $c }' "$1" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# compare LABEL INPUT-DESCRIPTION DIR FLOOR-CMD...: analyze DIR (and with BEFORE, the older
# binary) against the floor, alternating; prints one table row.
compare() {
  local label=$1 what=$2 dir=$3; shift 3
  local floor=("$@")
  "${analyze[@]}" "$dir" >/dev/null 2>&1 || true  # warm the page cache
  "${floor[@]}" >/dev/null 2>&1 || true
  : > "$work/a"; : > "$work/b"; : > "$work/c"
  for _ in $(seq "$runs"); do
    timed "${analyze[@]}" "$dir" >> "$work/a"
    timed "${floor[@]}" >> "$work/b"
    if [ -n "${BEFORE:-}" ]; then timed "$BEFORE" "${analyze[@]:1}" "$dir" >> "$work/c"; fi
  done
  local ma mb mc row
  ma=$(median "$work/a" 1); mb=$(median "$work/b" 1)
  row=$(printf '| %s | %s | %s ms (%s s CPU), %d MiB | %s ms, %d MiB | %s |' "$label" "$what" \
    "$ma" "$(median "$work/a" 3)" "$(( $(median "$work/a" 2) / 1024 ))" \
    "$mb" "$(( $(median "$work/b" 2) / 1024 ))" \
    "$(awk -v a="$ma" -v b="$mb" 'BEGIN { printf (b > 0 ? "%.2f×" : "–"), a / b }')")
  if [ -n "${BEFORE:-}" ]; then
    mc=$(median "$work/c" 1)
    row+=$(printf ' %s ms (%s s CPU), %d MiB | %s |' "$mc" "$(median "$work/c" 3)" "$(( $(median "$work/c" 2) / 1024 ))" \
      "$(awk -v a="$mc" -v b="$mb" 'BEGIN { printf (b > 0 ? "%.2f×" : "–"), a / b }')")
  fi
  echo "$row"
}

analyze=("$MODGRAPH" analyze --no-svg --no-go -q --fail-on never --output "$work/out" --name run)
stages=()

echo "modgraph: $("$MODGRAPH" --version); $runs runs each, alternating; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
if [ -n "${BEFORE:-}" ]; then
  echo "| input | size | modgraph analyze --no-svg (median) | floor (median) | ratio | BEFORE (median) | ratio |"
  echo "|---|---|---|---|---|---|---|"
else
  echo "| input | size | modgraph analyze --no-svg (median) | floor (median) | ratio |"
  echo "|---|---|---|---|---|"
fi

list=$(echo "$sizes" | tr ' ' ',')
if [ -n "$list" ]; then
  "$MODGRAPH" bench --synthetic "$list" --generate-only --save-synthetic "$work/graphs" 2>/dev/null
fi
for n in $sizes; do
  dir=$work/graphs/synthetic-$n
  graph=$dir/graph.txt
  what="$(wc -l < "$graph") requirements, $(( $(stat -c %s "$graph") / 1000000 )) MB"
  floor=(bash -c "awk '{print \$1}' \"\$1\" | sort -u | wc -l" floor "$graph")
  compare "synthetic $n" "$what" "$dir" "${floor[@]}"
  stages+=("$dir")
done

if [ -d "$corpus" ]; then
  for dir in "$corpus"/*/; do
    dir=${dir%/}
    files=()
    for f in go.mod go.sum go.work graph.txt list.json vendor/modules.txt; do
      [ -f "$dir/$f" ] && files+=("$dir/$f")
    done
    [ ${#files[@]} -gt 0 ] || continue
    what="$(( $(cat "${files[@]}" | wc -c) / 1024 )) KiB"
    compare "$(basename "$dir")" "$what" "$dir" cat "${files[@]}"
    stages+=("$dir")
  done
fi

echo
echo "Floors: synthetic, \`awk '{print \$1}' graph.txt | sort -u | wc -l\`; corpus, \`cat\` of the files analyze reads."
echo
echo "Stage split (one run each, \`analyze --timings\`, milliseconds on stderr):"
for dir in "${stages[@]}"; do
  "${analyze[@]}" "$dir" --timings 2>&1 >/dev/null | sed "s|^|  $(basename "$dir"): |"
done
