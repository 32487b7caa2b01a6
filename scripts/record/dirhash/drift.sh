#!/usr/bin/env bash
# Makes the vendor drift fixtures in Tests/Fixtures/vendor-drift/ with the real go command.
#
# clean/    a module (example.com/driftmain, go 1.23) that imports the made-up modules of
#           Tests/Fixtures/go-oracle/dirhash/modules (written by record.sh in this folder), tidied
#           and vendored by `go mod vendor`, with graph.txt (`go mod graph`), list.json
#           (`go list -mod=readonly -m -json all`) and vendor-tree.txt (`git ls-tree -r -t -l` of a
#           throw-away commit of vendor/).
# drifted/  clean/ with the drift the go command does not see, made by hand below: a package
#           directory deleted, a package's Go file replaced, a left-over directory and a stray
#           file, a vendored file edited, a license file deleted, a test file added, a go.sum line
#           deleted and a module line without packages added to modules.txt.
# Each folder's go-list.txt records `go list -mod=vendor -m` (stdout+stderr, then the exit
# status) in it, with the folder written as $DIR: the go command's own verdict.
#
# Usage: scripts/record/dirhash/drift.sh   (GO=/path/to/go to choose the toolchain)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
MODULES=$ROOT/Tests/Fixtures/go-oracle/dirhash/modules
OUT=$ROOT/Tests/Fixtures/vendor-drift
GO=${GO:-/usr/lib/go-1.23/bin/go}

[[ -x $GO ]] || { echo "drift.sh: no go command at $GO (set GO=...)" >&2; exit 1; }
[[ -d $MODULES ]] || { echo "drift.sh: run record.sh first ($MODULES is missing)" >&2; exit 1; }
GO_VERSION=$("$GO" version)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/modgraph-drift.XXXXXX")
cleanup() { chmod -R u+w "$WORK" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

export GOTOOLCHAIN=local GOSUMDB=off GONOSUMDB='*' GOPRIVATE= GONOPROXY= GOINSECURE= GOFLAGS=
export GOWORK=off GO111MODULE=on GOENV=off GOTELEMETRY=off GOPROXY=file://$WORK/proxy
export GOMODCACHE=$WORK/modcache GOPATH=$WORK/gopath GOCACHE=$WORK/gocache

(cd "$ROOT/scripts/samples/mkproxy" && "$GO" build -o "$WORK/mkproxy" .)
"$WORK/mkproxy" -src "$MODULES" -out "$WORK/proxy"

# go-list DIR: what `go list -mod=vendor -m` says in DIR.
go_list() {
    local dir=$1 status=0 out
    out=$(cd "$dir" && GOPROXY=off "$GO" list -mod=vendor -m 2>&1) || status=$?
    {
        echo "# Recorded by scripts/record/dirhash/drift.sh; do not edit by hand."
        echo "# $GO_VERSION"
        echo "### command: go list -mod=vendor -m"
        [[ -z $out ]] || printf '%s\n' "${out//$dir/\$DIR}"
        echo "### exit status: $status"
    } >"$dir/go-list.txt"
}

# tree DIR: `git ls-tree -r -t -l` of DIR/vendor committed in a throw-away repository.
tree() {
    local dir=$1 repo=$WORK/git-$RANDOM
    mkdir -p "$repo"
    cp -R "$dir/vendor" "$repo/vendor"
    git -C "$repo" init -q
    git -C "$repo" -c core.autocrlf=false add vendor
    git -C "$repo" -c user.name=modgraph -c user.email=modgraph@example.com commit -q -m vendor
    git -C "$repo" ls-tree -r -t -l HEAD vendor >"$dir/vendor-tree.txt"
}

C=$WORK/clean
mkdir -p "$C"
cat >"$C/go.mod" <<'MOD'
module example.com/driftmain

go 1.23
MOD
cat >"$C/main.go" <<'SRC'
package main

import (
	"fmt"

	upper "example.com/Upper"
	"example.com/dirhash"
	dirhash2 "example.com/dirhash/v2"
	"example.com/nomod"
)

func main() {
	fmt.Println(dirhash.Name, dirhash2.Name, upper.Name, nomod.Name)
}
SRC
(
    cd "$C"
    "$GO" get example.com/dirhash@v1.0.0 example.com/dirhash/v2@v2.0.0 example.com/Upper@v1.0.0 example.com/nomod@v1.0.0 2>/dev/null
    "$GO" mod tidy
    "$GO" mod vendor
    "$GO" mod graph >graph.txt
    "$GO" list -mod=readonly -m -json all >list.json
    GOPROXY=off GOFLAGS=-mod=vendor "$GO" build -o /dev/null .
)

D=$WORK/drifted
cp -R "$C" "$D"
rm -rf "$D/vendor/example.com/nomod"
mv "$D/vendor/example.com/Upper/upper.go" "$D/vendor/example.com/Upper/upper.txt"
mkdir -p "$D/vendor/example.com/gone"
printf 'package gone\n' >"$D/vendor/example.com/gone/gone.go"
printf 'Copyright nobody.\n' >"$D/vendor/example.com/gone/LICENSE"
printf 'Vendored by hand.\n' >"$D/vendor/NOTES.md"
printf 'edited\n' >>"$D/vendor/example.com/dirhash/a0.txt"
rm "$D/vendor/example.com/dirhash/v2/LICENSE"
printf 'package dirhash\n' >"$D/vendor/example.com/dirhash/extra_test.go"
grep -v '^example.com/Upper v1.0.0 h1:' "$C/go.sum" >"$D/go.sum"
python3 - "$D/vendor/modules.txt" <<'PY'
import sys
p = sys.argv[1]
lines = open(p).read().split("\n")
i = next(i for i, l in enumerate(lines) if l.startswith("# example.com/nomod "))
lines[i:i] = ["# example.com/single v0.1.0"]
open(p, "w").write("\n".join(lines))
PY

for name in clean drifted; do
    go_list "$WORK/$name"
    tree "$WORK/$name"
    rm -f "$WORK/$name/main" 
done
rm -rf "$OUT"
mkdir -p "$OUT"
cp -R "$C" "$OUT/clean"
cp -R "$D" "$OUT/drifted"
echo "wrote $OUT/clean and $OUT/drifted"
