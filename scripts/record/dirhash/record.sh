#!/usr/bin/env bash
# Records the go.sum hashes (h1:, dirhash Hash1) the real go command computes for made-up
# module trees, into Tests/Fixtures/go-oracle/dirhash/.
#
# The trees are written by this script into Tests/Fixtures/go-oracle/dirhash/modules/
# (<module path>@<version>/..., names chosen to test the byte order of the hash: '-', '.', '/'
# and '0' next to each other, upper before lower case, spaces, empty and binary files, CRLF,
# non-ASCII names, and a pair of names that are canonically equivalent in Unicode but different
# bytes). A throw-away file:// GOPROXY is built from them with scripts/samples/mkproxy, and
# `go mod download -json` computes each module's Sum and GoModSum; expected.txt holds them as
# go.sum lines. Nothing is fetched from the network.
#
# Usage: scripts/record/dirhash/record.sh   (GO=/path/to/go to choose the toolchain)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
OUT=$ROOT/Tests/Fixtures/go-oracle/dirhash
GO=${GO:-/usr/lib/go-1.23/bin/go}

[[ -x $GO ]] || { echo "record.sh: no go command at $GO (set GO=...)" >&2; exit 1; }
GO_VERSION=$("$GO" version)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/modgraph-dirhash.XXXXXX")
cleanup() { chmod -R u+w "$WORK" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

export GOTOOLCHAIN=local GOSUMDB=off GONOSUMDB='*' GOPRIVATE= GONOPROXY= GOINSECURE= GOFLAGS=-mod=mod
export GOWORK=off GO111MODULE=on GOENV=off GOTELEMETRY=off GOPROXY=file://$WORK/proxy
export GOMODCACHE=$WORK/modcache GOPATH=$WORK/gopath GOCACHE=$WORK/gocache

# ---------------------------------------------------------------------------------------------
# The module trees.
M=$OUT/modules
rm -rf "$M"
mkdir -p "$M"

t=$M/example.com/dirhash@v1.0.0
mkdir -p "$t/a" "$t/a.b" "$t/sub/deep/nested" "$t/a-b"
printf 'module example.com/dirhash\n\ngo 1.21\n' >"$t/go.mod"
printf 'package dirhash\n\n// Name is the package name.\nconst Name = "dirhash"\n' >"$t/dirhash.go"
printf 'dash\n' >"$t/a-b.txt"
printf 'slash\n' >"$t/a/b.txt"
printf 'dot dir\n' >"$t/a.b/c.txt"
printf 'dash dir\n' >"$t/a-b/c.txt"
printf 'zero\n' >"$t/a0.txt"
printf 'upper\n' >"$t/Upper.txt"
printf 'lower\n' >"$t/lower.txt"
printf 'a space\n' >"$t/with space.txt"
printf 'punctuation\n' >"$t/p!#\$%&()+,-.=@[]^_{}~.txt"
: >"$t/empty.txt"
printf 'crlf\r\nline two\r\n' >"$t/crlf.txt"
printf 'deep\n' >"$t/sub/deep/nested/file.txt"
python3 -c 'import sys; sys.stdout.buffer.write(bytes(range(256)) * 3)' >"$t/bin.dat"
printf 'e acute\n' >"$t/café.txt"
# Files 'go mod vendor' leaves out: a test file and two files tagged ignore.
printf 'package dirhash\n\nimport "testing"\n\nfunc TestName(t *testing.T) {}\n' >"$t/dirhash_test.go"
printf '//go:build ignore\n\npackage main\n\nfunc main() {}\n' >"$t/gen.go"
printf '// Copyright nobody.\n\n// +build ignore\n\npackage main\n' >"$t/oldgen.go"
# Kept: constraints that are true for some tags.
printf '//go:build linux && !ignore\n\npackage dirhash\n' >"$t/linux.go"
printf '// +build ignore,linux windows\n\npackage dirhash\n' >"$t/either.go"
# U+F900 and U+8C48 are canonically equivalent (NFC maps the first to the second) but are
# different bytes, so they are two files with two hash lines.
printf 'compatibility ideograph\n' >"$t/$(printf '\xef\xa4\x80').txt"
printf 'unified ideograph\n' >"$t/$(printf '\xe8\xb1\x88').txt"

t=$M/example.com/dirhash/v2@v2.0.0
mkdir -p "$t/internal/x"
printf 'module example.com/dirhash/v2\n\ngo 1.22\n\nrequire example.com/dirhash v1.0.0\n' >"$t/go.mod"
printf 'package dirhash\n\n// Name is the package name.\nconst Name = "dirhash/v2"\n' >"$t/dirhash.go"
printf 'package x\n' >"$t/internal/x/x.go"
printf 'Copyright nobody.\n' >"$t/LICENSE"

t=$M/example.com/Upper@v1.0.0
mkdir -p "$t"
printf 'module example.com/Upper\n' >"$t/go.mod"
printf 'package upper\n\n// Name is the package name.\nconst Name = "Upper"\n' >"$t/upper.go"

t=$M/example.com/nomod@v1.0.0
mkdir -p "$t"
printf 'package nomod\n\n// Name is the package name.\nconst Name = "nomod"\n' >"$t/nomod.go"

t=$M/example.com/single@v0.1.0
mkdir -p "$t"
printf 'module example.com/single\n\ngo 1.16\n' >"$t/go.mod"

# ---------------------------------------------------------------------------------------------
# The proxy and go's answers.
(cd "$ROOT/scripts/samples/mkproxy" && "$GO" build -o "$WORK/mkproxy" .)
"$WORK/mkproxy" -src "$M" -out "$WORK/proxy"
mkdir -p "$WORK/m"
cd "$WORK/m"
"$GO" mod init example.com/recorder >/dev/null 2>&1

modules=(
    example.com/dirhash@v1.0.0
    example.com/dirhash/v2@v2.0.0
    example.com/Upper@v1.0.0
    example.com/nomod@v1.0.0
    example.com/single@v0.1.0
)
{
    echo "# Recorded by scripts/record/dirhash/record.sh from the real go command; do not edit by hand."
    echo "# $GO_VERSION"
    echo "# go mod download -json PATH@VERSION: Sum and GoModSum as go.sum lines, for the trees in modules/."
    for mv in "${modules[@]}"; do
        "$GO" mod download -json "$mv" >"$WORK/dl.json"
        python3 - "$WORK/dl.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
if d.get("Error"):
    sys.exit("go mod download: " + d["Error"])
print(d["Path"], d["Version"], d["Sum"])
print(d["Path"], d["Version"] + "/go.mod", d["GoModSum"])
PY
    done
} >"$OUT/expected.txt.new"
mv "$OUT/expected.txt.new" "$OUT/expected.txt"
echo "recorded $OUT/expected.txt"
