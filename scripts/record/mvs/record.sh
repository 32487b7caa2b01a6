#!/usr/bin/env bash
# Records the MVS oracle: random module universes (universe.py), served from a local file://
# GOPROXY (scripts/samples/mkproxy), with what the real go 1.23 prints for each main module.
#
#   bash scripts/record/mvs/record.sh            # seeds 1..80
#   SEEDS="1 2 3" bash scripts/record/mvs/record.sh
#   GO=/path/to/go bash scripts/record/mvs/record.sh
#
# For each universe the main module's go.mod is copied to a fixed work directory
# /tmp/modgraph-mvs/<case> (GOMODCACHE /tmp/modgraph-mvs/modcache, so printed paths are the same
# on every run), then:
#   go list -mod=mod -m all          settles go.mod and go.sum (the go command may raise the go
#                                    line or add requirements; the settled go.mod is recorded)
#   go mod graph                     -> graph.txt
#   go list -mod=readonly -m -json all  -> list.json
# and the three files land in Tests/Fixtures/go-oracle/mvs/<case>/. Universes the go command
# rejects are listed with their error in meta.json and not recorded. Nothing is fetched, every
# go command runs under `env -i` with the variables in meta.json, and two runs give the same bytes.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
HERE=$REPO/scripts/record/mvs
OUT=$REPO/Tests/Fixtures/go-oracle/mvs
GO=${GO:-/usr/lib/go-1.23/bin/go}
W=/tmp/modgraph-mvs
SEEDS=${SEEDS:-$(seq 1 80)}

die() { echo "record.sh: error: $*" >&2; exit 1; }
# shellcheck source=../go-offline.sh
. "$REPO/scripts/record/go-offline.sh"

command -v python3 >/dev/null || die "python3 is needed (universe.py, meta.json)"
go_offline_check

exec 9>/tmp/modgraph-mvs.lock
flock -n 9 || die "another recorder holds /tmp/modgraph-mvs.lock"
if [ -e "$W" ]; then chmod -R u+w "$W"; rm -rf "$W"; fi
mkdir -p "$W/home"

go_offline_env "$W"
ENV=("${GO_OFFLINE_ENV[@]}" "GOMODCACHE=$W/modcache")

# The universes and their proxy.
# shellcheck disable=SC2086
python3 "$HERE/universe.py" "$W/src" $SEEDS
go_offline_proxy "$W" "$W/src/modules"

rm -rf "$OUT"
mkdir -p "$OUT"
STATUS="$W/status.tsv"  # case, step, exit status, first stderr line
: >"$STATUS"
for main in "$W"/src/mains/*/; do
  case=$(basename "$main")
  dir="$W/$case"
  mkdir -p "$dir"
  cp "$main/go.mod" "$dir/go.mod"
  ok=1
  run() {  # run STEP OUTFILE ARGS...
    local step=$1 out=$2; shift 2
    local rc=0
    (cd "$dir" && env -i "${ENV[@]}" "$GO" "$@" >"$out" 2>"$dir/stderr") || rc=$?
    printf '%s\t%s\t%s\t%s\n' "$case" "$step" "$rc" "$(head -n1 "$dir/stderr")" >>"$STATUS"
    [ "$rc" = 0 ] || ok=0
  }
  run settle /dev/null list -mod=mod -m all
  [ $ok = 1 ] && run graph "$dir/graph.txt" mod graph
  [ $ok = 1 ] && run list "$dir/list.json" list -mod=readonly -m -json all
  if [ $ok = 1 ]; then
    mkdir -p "$OUT/$case"
    cp "$dir/go.mod" "$dir/graph.txt" "$dir/list.json" "$OUT/$case/"
  fi
done

python3 - "$STATUS" "$OUT/meta.json" "$GOVERSION" "${ENV[@]}" <<'PY'
import json, sys
status, out, goversion, env = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
cases = {}
for line in open(status):
    case, step, rc, err = line.rstrip("\n").split("\t")
    c = cases.setdefault(case, {"steps": {}})
    c["steps"][step] = int(rc)
    if rc != "0":
        c["error"] = err
recorded = sorted(c for c, v in cases.items() if "error" not in v)
rejected = {c: v["error"] for c, v in sorted(cases.items()) if "error" in v}
meta = {
    "go_version": goversion,
    "env": dict(e.split("=", 1) for e in env),
    "generator": "scripts/record/mvs/universe.py (seeds = case numbers)",
    "commands": ["go list -mod=mod -m all (settle go.mod/go.sum)", "go mod graph > graph.txt",
                 "go list -mod=readonly -m -json all > list.json"],
    "recorded": recorded,
    "rejected": rejected,
}
with open(out, "w") as f:
    json.dump(meta, f, indent=2, sort_keys=True)
    f.write("\n")
print("recorded %d universes, %d rejected by go" % (len(recorded), len(rejected)))
PY
