#!/usr/bin/env bash
# Records which go.sum lines the real go command needs for a replaced module, into
# Tests/Fixtures/go-oracle/gosum/NAME/ (go.mod, go.sum, expected.txt).
#
#   bash scripts/record/gosum/record.sh      (GO=/path/to/go to choose the toolchain)
#
# go's rule (cmd/go/internal/modload, goModSummary): under -mod=readonly, loading the module
# graph needs go.sum's `PATH VERSION/go.mod` line of each module it reads, taken at the
# replacement (`resolveReplacement`) when the module is replaced by a module version; a missing
# line stops it with `go: M@V (replaced by R@W): missing go.sum entry for go.mod file`.
#
# Each case is a main module (go 1.22) requiring made-up modules served from a file:// GOPROXY
# that scripts/samples/mkproxy builds from scripts/samples/modules. go.sum holds some of the
# lines `go mod download -json` gives for the original and the replacement versions; then
# `go list -mod=readonly -m all` runs and its stdout, stderr and exit status are recorded, with
# the case folder written as $DIR. Nothing leaves the machine: every go command runs under
# `env -i` with a throw-away GOMODCACHE, GOPATH and GOCACHE, GOSUMDB=off, GOTOOLCHAIN=local.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
OUT=$REPO/Tests/Fixtures/go-oracle/gosum
GO=${GO:-/usr/lib/go-1.23/bin/go}

die() { echo "record.sh: error: $*" >&2; exit 1; }
# shellcheck source=../go-offline.sh
. "$REPO/scripts/record/go-offline.sh"
go_offline_check

# Not directly in the temp root: the go command ignores a go.mod in the system temp root itself.
W=$(mktemp -d "${TMPDIR:-/tmp}/modgraph-gosum.XXXXXX")
cleanup() { chmod -R u+w "$W" 2>/dev/null || true; rm -rf "$W"; }
trap cleanup EXIT
mkdir -p "$W/home" "$W/cases"

go_offline_env "$W"
ENV=("${GO_OFFLINE_ENV[@]}" "GOMODCACHE=$W/modcache")
go_offline_proxy "$W" "$REPO/scripts/samples/modules" >/dev/null

# sums M@V...: go.sum lines (zip and go.mod) of each module version, from `go mod download -json`
# run outside any module.
sums() {
  (cd "$W/home" && env -i "${ENV[@]}" GO111MODULE=on "$GO" mod download -json "$@") |
    python3 -c '
import json, sys
dec, text, i = json.JSONDecoder(), sys.stdin.read(), 0
while True:
    while i < len(text) and text[i].isspace(): i += 1
    if i >= len(text): break
    m, i = dec.raw_decode(text, i)
    if "Error" in m: sys.exit("download failed: " + m["Error"])
    print(m["Path"], m["Version"], m["Sum"])
    print(m["Path"], m["Version"] + "/go.mod", m["GoModSum"])
' || die "go mod download $* failed"
}

# case_ NAME WHAT KEEP-REGEX M@V...: the go.mod on stdin; go.sum holds the lines of the module
# versions M@V that match KEEP-REGEX (grep -E; '^$' keeps none).
case_() {
  local name=$1 what=$2 keep=$3 dir=$W/cases/$1
  shift 3
  mkdir -p "$dir"
  cat >"$dir/go.mod"
  { sums "$@" | sort | grep -E "$keep" || true; } >"$dir/go.sum"
  local status=0
  (cd "$dir" && env -i "${ENV[@]}" "$GO" list -mod=readonly -m all) >"$W/stdout" 2>"$W/stderr" || status=$?
  rm -rf "${OUT:?}/$name"
  mkdir -p "$OUT/$name"
  cp "$dir/go.mod" "$dir/go.sum" "$OUT/$name/"
  {
    echo "# Recorded by scripts/record/gosum/record.sh from the real go command; do not edit by hand."
    echo "# $GOVERSION"
    echo "# case: $name"
    echo "# what: $what"
    echo "### command: go list -mod=readonly -m all"
    echo "### stdout:"
    sed "s|$dir|\$DIR|g" "$W/stdout"
    echo "### stderr:"
    sed "s|$dir|\$DIR|g" "$W/stderr"
    echo "### exit status: $status"
  } >"$OUT/$name/expected.txt"
}

REPLACED_VERSION='module example.com/main

go 1.22

require example.com/color v0.3.0

replace example.com/color v0.3.0 => example.com/color v0.2.0
'
REPLACED_PATH='module example.com/main

go 1.22

require example.com/lib v1.2.0

replace example.com/lib => example.com/fork/lib v1.3.0
'

rm -rf "$OUT"
mkdir -p "$OUT"

case_ replaced-version-lacks-replacement "replaced by another version: go.sum has the original version's lines, not the replacement's" \
  '^example.com/color v0.3.0' example.com/color@v0.3.0 example.com/color@v0.2.0 <<<"$REPLACED_VERSION"
case_ replaced-version-has-replacement "replaced by another version: go.sum has the replacement's lines only" \
  '^example.com/color v0.2.0' example.com/color@v0.3.0 example.com/color@v0.2.0 <<<"$REPLACED_VERSION"
case_ replaced-version-zip-only "replaced by another version: go.sum has the original's lines and the replacement's zip line, not its go.mod line" \
  '^example.com/color v0.2.0 |^example.com/color v0.3.0' example.com/color@v0.3.0 example.com/color@v0.2.0 <<<"$REPLACED_VERSION"
case_ replaced-path-lacks-replacement "replaced by another module: go.sum has the original's lines, not the replacement's" \
  '^example.com/lib |^example.com/words ' example.com/lib@v1.2.0 example.com/fork/lib@v1.3.0 example.com/words@v1.1.0 <<<"$REPLACED_PATH"
case_ replaced-path-has-replacement "replaced by another module: go.sum has the replacement's and its requirements' lines" \
  '^example.com/fork/lib |^example.com/words ' example.com/lib@v1.2.0 example.com/fork/lib@v1.3.0 example.com/words@v1.1.0 <<<"$REPLACED_PATH"
case_ unreplaced-missing "not replaced: go.sum lacks the module's go.mod line (has its zip line)" '^example.com/color v0.3.0 ' example.com/color@v0.3.0 <<'EOF'
module example.com/main

go 1.22

require example.com/color v0.3.0
EOF

echo "record.sh: recorded $(ls "$OUT" | wc -l) cases into ${OUT#"$REPO"/}"
