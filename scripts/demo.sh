#!/usr/bin/env bash
# The main job on the shipped samples, from a fresh Debian 12 machine (as root):
# installs what it needs, builds modgraph, and runs `modgraph analyze` on every folder of
# samples/, writing output/<sample>/{graph.dot,graph.svg,report.md,report.json,report.html}.
# README's first command. Exit status 0 when every sample was analyzed (an analysis that
# reports findings, exit 1, still counts as analyzed); 2 when one could not run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product modgraph
bin=$(swift build -c release --show-bin-path)/modgraph
status=0
for sample in samples/*/; do
  [ -f "$sample/go.mod" ] || continue
  echo "== modgraph analyze $sample"
  "$bin" analyze "$sample" --output output && rc=0 || rc=$?
  echo "   exit $rc"
  [ "$rc" -le 1 ] || status=2
done
exit $status
