#!/usr/bin/env bash
# Writes the oversized inputs of the resource-limit measurements (README "Limits") into DIR:
#
#   DIR/wide/graph.txt        a main module requiring N modules, one line each (default 4,400,000
#                             modules: 250 MB); refused at the 1,000,000-version cap
#   DIR/capped/graph.txt      250 MB under the cap: 273,000 modules at three versions, each
#                             version requiring five modules of higher index (819,000 versions,
#                             4.1 million edges), the shape MemoryBoundTests measures at 50 MB
#   DIR/thin/graph.txt        the thinnest shape under the cap: a main module requiring 999,999
#                             modules, one line each (62 MB)
#   DIR/long-path/graph.txt   one edge whose module path is 100 MB long
#   DIR/empty-objects/list.json   one million `{}` objects
#
#   bash scripts/bench/big-inputs.sh DIR [N]
#
# Measure with: /usr/bin/time -v modgraph analyze DIR/wide --no-go --no-svg -q --output OUT
set -euo pipefail
DIR=${1:?usage: big-inputs.sh DIR [modules]}
N=${2:-4400000}
mkdir -p "$DIR/wide" "$DIR/capped" "$DIR/thin" "$DIR/long-path" "$DIR/empty-objects"
awk -v n="$N" 'BEGIN {
  for (i = 0; i < n; i++) printf "example.com/main example.com/dependency/module%07d@v1.0.%d\n", i, i % 10
}' >"$DIR/wide/graph.txt"
awk 'BEGIN {
  m = 273000; s = 12345
  for (i = 0; i < 100; i++) printf "example.com/gen/main example.com/gen/m%d@v1.2.0\n", i
  for (i = 0; i < m; i++) for (v = 0; v < 3; v++) for (k = 0; k < 5; k++) {
    span = m - i - 1; if (span <= 0) break
    s = (s * 1103515245 + 12345) % 2147483648; to = i + 1 + s % (span < 500 ? span : 500)
    s = (s * 1103515245 + 12345) % 2147483648
    printf "example.com/gen/m%d@v1.%d.0 example.com/gen/m%d@v1.%d.0\n", i, v, to, s % 3
  }
}' >"$DIR/capped/graph.txt"
awk 'BEGIN {
  for (i = 0; i < 999999; i++) printf "example.com/main example.com/dependency/module%07d@v1.0.%d\n", i, i % 10
}' >"$DIR/thin/graph.txt"
{
  printf 'example.com/main example.com/'
  head -c 100000000 /dev/zero | tr '\0' 'a'
  printf '@v1.0.0\n'
} >"$DIR/long-path/graph.txt"
awk 'BEGIN { for (i = 0; i < 1000000; i++) print "{}" }' >"$DIR/empty-objects/list.json"
ls -l "$DIR"/*/*
