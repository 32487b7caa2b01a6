#!/usr/bin/env bash
# Writes the oversized inputs of the resource-limit measurements (README "Limits") into DIR:
#
#   DIR/wide/graph.txt        a main module requiring N modules, one line each (default 4,400,000
#                             modules: 250 MB)
#   DIR/long-path/graph.txt   one edge whose module path is 100 MB long
#   DIR/empty-objects/list.json   one million `{}` objects
#
#   bash scripts/bench/big-inputs.sh DIR [N]
#
# Measure with: /usr/bin/time -v modgraph analyze DIR/wide --no-go --no-svg -q --output OUT
set -euo pipefail
DIR=${1:?usage: big-inputs.sh DIR [modules]}
N=${2:-4400000}
mkdir -p "$DIR/wide" "$DIR/long-path" "$DIR/empty-objects"
awk -v n="$N" 'BEGIN {
  for (i = 0; i < n; i++) printf "example.com/main example.com/dependency/module%07d@v1.0.%d\n", i, i % 10
}' >"$DIR/wide/graph.txt"
{
  printf 'example.com/main example.com/'
  head -c 100000000 /dev/zero | tr '\0' 'a'
  printf '@v1.0.0\n'
} >"$DIR/long-path/graph.txt"
awk 'BEGIN { for (i = 0; i < 1000000; i++) print "{}" }' >"$DIR/empty-objects/list.json"
ls -l "$DIR"/*/*
