#!/usr/bin/env bash
# Records what the real go command prints when it checks go.mod / go.work against
# vendor/modules.txt, into Tests/Fixtures/go-oracle/vendor/cases/NAME/.
#
# Each case starts from a consistent base that `go mod vendor` / `go work vendor` wrote for
# made-up modules (served from a throw-away file:// GOPROXY built by scripts/samples/mkproxy),
# keeps only go.mod / go.work / vendor/modules.txt, applies one mutation (a case may add go.sum) and runs the go command
# (`go list -m`, `go list -mod=vendor -m`, ...) in the case folder. The folder is then copied into
# the repository with expected.txt: per run the command, the directory, the environment, stdout,
# stderr and the exit status, with the case folder written as $DIR and the temporary directory as
# $WORK. Stdout and stderr are recorded byte for byte (each is empty or ends with a newline).
#
# The cases are in cases.sh beside this script (one begin … end block each).
#
# Usage: scripts/record/vendor/record.sh [NAME-GLOB]   (GO=/path/to/go to choose the toolchain)
# With NAME-GLOB only the matching cases are re-recorded; otherwise the cases folder is rebuilt.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
OUT=$ROOT/Tests/Fixtures/go-oracle/vendor/cases
GO=${GO:-/usr/lib/go-1.23/bin/go}
ONLY=${1:-}

[[ -x $GO ]] || { echo "record.sh: no go command at $GO (set GO=...)" >&2; exit 1; }
GO_VERSION=$("$GO" version)
[[ $GO_VERSION == "go version go1.23.5 "* ]] || echo "record.sh: warning: expected go1.23.5, found: $GO_VERSION" >&2

# Not directly in the temp root: the go command ignores a go.mod in the system temp root itself.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/modgraph-vendor.XXXXXX")
cleanup() { chmod -R u+w "$WORK" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$WORK/src" "$WORK/bin" "$WORK/bases" "$WORK/cases" "$WORK/out"

# The environment of every run; a run may override GOFLAGS, GOWORK, GO111MODULE and GOPROXY.
export GOTOOLCHAIN=local GOSUMDB=off GONOSUMDB='*' GOPRIVATE= GONOPROXY= GOINSECURE= GOFLAGS=
export GOWORK= GO111MODULE= GOENV=off GOTELEMETRY=off GOPROXY=off
export GOMODCACHE=$WORK/modcache GOPATH=$WORK/gopath GOCACHE=$WORK/gocache
PROXY_URL=file://$WORK/proxy

# ---------------------------------------------------------------------------------------------
# Made-up modules, served by mkproxy.

# module DIR MODPATH GOLINE [REQUIRES...]: a module tree DIR with go.mod and one package file per
# package named in PKGS (space-separated import paths, set before the call; default: the module path).
module() {
    local dir=$1 path=$2 goline=$3
    shift 3
    mkdir -p "$dir"
    {
        echo "module $path"
        [[ -z $goline ]] || printf '\ngo %s\n' "$goline"
        if (($# > 0)); then
            echo
            for r in "$@"; do echo "require $r"; done
        fi
    } >"$dir/go.mod"
    local pkg rel name
    for pkg in ${PKGS:-$path}; do
        rel=${pkg#"$path"}
        rel=${rel#/}
        name=${pkg##*/}
        name=${name//[^a-z0-9]/}
        [[ $name =~ ^v[0-9]+$ || -z $name ]] && name=p
        mkdir -p "$dir/$rel"
        printf 'package %s\n\n// Name is the package %s.\nconst Name = "%s"\n' "$name" "$pkg" "$pkg" >"$dir/$rel/$name.go"
        if [[ -n ${IMPORTS:-} ]]; then
            printf 'package %s\n\nimport _ "%s"\n' "$name" "$IMPORTS" >"$dir/$rel/imports.go"
        fi
    done
}

S=$WORK/src
IMPORTS=example.com/b/pkg module "$S/example.com/a@v1.0.0" example.com/a 1.20 "example.com/b v1.2.0"
IMPORTS=example.com/b/pkg module "$S/example.com/a@v1.1.0" example.com/a 1.20 "example.com/b v1.2.0"
PKGS="example.com/b/pkg" module "$S/example.com/b@v1.2.0" example.com/b 1.19
module "$S/example.com/c@v1.1.0" example.com/c ""
module "$S/example.com/e2@v1.1.0" example.com/e 1.21
module "$S/example.com/e2@v1.2.0" example.com/e 1.21
module "$S/example.com/f@v1.0.0" example.com/f 1.18
module "$S/example.com/g/v2@v2.0.0" example.com/g/v2 1.21
mkdir -p "$S/example.com/inc@v3.0.0+incompatible"
printf 'package inc\n' >"$S/example.com/inc@v3.0.0+incompatible/inc.go"
module "$S/example.com/p@v0.0.0-20230102030405-abcdef123456" example.com/p 1.16
module "$S/example.com/x@v1.0.0" example.com/x 1.20
module "$S/example.com/e0@v1.0.0" example.com/e 1.12
IMPORTS=example.com/q/pkg module "$S/example.com/o@v1.0.0" example.com/o 1.12 "example.com/q v1.0.0"
PKGS="example.com/q/pkg" module "$S/example.com/q@v1.0.0" example.com/q 1.11

(cd "$ROOT/scripts/samples/mkproxy" && GOFLAGS=-mod=mod "$GO" build -o "$WORK/bin/mkproxy" .)
"$WORK/bin/mkproxy" -src "$S" -out "$WORK/proxy"

# gofile DIR NAME IMPORTS...: a main package importing the given packages.
gofile() {
    local dir=$1 name=$2
    shift 2
    mkdir -p "$dir"
    {
        printf 'package %s\n\nimport (\n' "$name"
        for i in "$@"; do printf '\t_ "%s"\n' "$i"; done
        printf ')\n'
    } >"$dir/$name.go"
}

# withproxy CMD...: runs CMD in the current directory with the module proxy.
withproxy() { GOPROXY=$PROXY_URL GOFLAGS=-mod=mod "$@"; }

# ---------------------------------------------------------------------------------------------
# Bases: written by the go command itself, then reduced to go.mod, go.work and vendor/modules.txt.

# base_single NAME GOLINE: the single-module base with go line GOLINE. The go.mod is written
# whole (tidy would raise an old go line), go.sum comes from `go mod download all`.
base_single() {
    local name=$1 goline=$2 d=$WORK/bases/$1.build
    mkdir -p "$d/local/d" "$d/unused"
    cat >"$d/go.mod" <<MOD
module example.com/main

go $goline

require (
	example.com/a v1.0.0
	example.com/c v1.1.0
	example.com/d v1.0.0
	example.com/e v1.0.0
	example.com/f v1.0.0
	example.com/g/v2 v2.0.0
	example.com/inc v3.0.0+incompatible
	example.com/p v0.0.0-20230102030405-abcdef123456
)

require example.com/b v1.2.0 // indirect

replace example.com/d v1.0.0 => ./local/d

replace example.com/e => example.com/e2 v1.1.0

replace example.com/unused v1.0.0 => ./unused
MOD
    module "$d/local/d" example.com/d 1.21
    module "$d/unused" example.com/unused 1.21
    gofile "$d" main example.com/a example.com/c example.com/d example.com/e example.com/g/v2 \
        example.com/inc example.com/p
    cp "$d/go.mod" "$d/go.mod.orig"
    (cd "$d" && GOPROXY=$PROXY_URL "$GO" mod download all && GOPROXY=$PROXY_URL "$GO" mod vendor)
    cmp "$d/go.mod" "$d/go.mod.orig" || { echo "record.sh: go mod vendor changed $d/go.mod" >&2; exit 1; }
    keep "$d" "$WORK/bases/$name"
}

# base_old NAME GOLINE: a single-module base with an old go line and old dependencies (a go line
# at most 1.12, or none), tidied and vendored by the go command, which writes modules.txt as that
# go version asks: no `## explicit` before 1.14, no `go X` annotations before 1.17.
base_old() {
    local name=$1 goline=$2 d=$WORK/bases/$1.build
    mkdir -p "$d/local/d" "$d/unused"
    cat >"$d/go.mod" <<MOD
module example.com/main

go $goline

require (
	example.com/c v1.1.0
	example.com/d v1.0.0
	example.com/e v1.0.0
	example.com/inc v3.0.0+incompatible
	example.com/o v1.0.0
)

replace example.com/d v1.0.0 => ./local/d

replace example.com/e => example.com/e0 v1.0.0

replace example.com/unused v1.0.0 => ./unused
MOD
    module "$d/local/d" example.com/d 1.12
    module "$d/unused" example.com/unused 1.12
    gofile "$d" main example.com/c example.com/d example.com/e example.com/inc example.com/o
    (cd "$d" && withproxy "$GO" mod tidy && GOPROXY=$PROXY_URL "$GO" mod vendor)
    grep -qx "go $goline" "$d/go.mod" || { echo "record.sh: go mod tidy changed the go line of $d/go.mod" >&2; exit 1; }
    keep "$d" "$WORK/bases/$name"
}

# base_work NAME: the two-module workspace base (go.work go 1.22), vendored by `go work vendor`.
base_work() {
    local name=$1 d=$WORK/bases/$1.build
    mkdir -p "$d/m1" "$d/m2" "$d/shared/c"
    cat >"$d/go.work" <<WORK
go 1.22

use (
	./m1
	./m2
)

replace example.com/e => example.com/e2 v1.1.0
WORK
    cat >"$d/m1/go.mod" <<MOD
module example.com/m1

go 1.22

require (
	example.com/a v1.0.0
	example.com/c v1.1.0
)

require example.com/b v1.2.0 // indirect

replace example.com/c v1.1.0 => ../shared/c
MOD
    cat >"$d/m2/go.mod" <<MOD
module example.com/m2

go 1.21

require (
	example.com/e v1.0.0
	example.com/g/v2 v2.0.0
)
MOD
    module "$d/shared/c" example.com/c 1.20
    gofile "$d/m1" m1 example.com/a example.com/c
    gofile "$d/m2" m2 example.com/e example.com/g/v2
    (cd "$d" && GOPROXY=$PROXY_URL "$GO" mod download && GOPROXY=$PROXY_URL "$GO" work vendor)
    keep "$d" "$WORK/bases/$name"
}

# keep FROM TO: copies go.mod, go.work and vendor/modules.txt files (only) from FROM to TO.
keep() {
    local from=$1 to=$2 f
    mkdir -p "$to"
    (cd "$from" && find . \( -name go.mod -o -name go.work -o -path '*/vendor/modules.txt' \) \
        -not -path './vendor/example.com/*' -not -path './local/*' -not -path './unused/*' \
        -not -path './shared/*' | sort) | while read -r f; do
        mkdir -p "$to/$(dirname "$f")"
        cp "$from/$f" "$to/$f"
    done
}

base_single single 1.22
for v in 1.13 1.14 1.16 1.17; do base_old "single-$v" "$v"; done
base_work work

# ---------------------------------------------------------------------------------------------
# Cases.

CASES_RECORDED=0
SKIP=0

# begin NAME BASE WHAT: starts case NAME as a copy of base BASE ("none" for an empty folder).
begin() {
    NAME=$1
    WHAT=$3
    SKIP=0
    if [[ -n $ONLY && $NAME != $ONLY ]]; then SKIP=1; return; fi
    CASE=$WORK/cases/$NAME
    [[ ! -e $CASE ]] || { echo "record.sh: duplicate case $NAME" >&2; exit 1; }
    mkdir -p "$CASE"
    [[ $2 == none ]] || cp -r "$WORK/bases/$2/." "$CASE"
    RUNS=$WORK/out/$NAME.runs
    : >"$RUNS"
    SNAPSHOT=""
}

# edit FILE SED-SCRIPT: edits a file of the case; the edit must change it.
edit() {
    ((SKIP)) && return 0
    local f=$CASE/$1
    cp "$f" "$WORK/before"
    sed -i "$2" "$f"
    cmp -s "$f" "$WORK/before" && { echo "record.sh: $NAME: edit '$2' left $1 unchanged" >&2; exit 1; }
    return 0
}

# put FILE: writes stdin to a file of the case (creating folders).
put() {
    if ((SKIP)); then cat >/dev/null; return 0; fi
    mkdir -p "$(dirname "$CASE/$1")"
    cat >"$CASE/$1"
}

# append FILE: appends stdin to a file of the case.
append() {
    if ((SKIP)); then cat >/dev/null; return 0; fi
    cat >>"$CASE/$1"
}

# copy FROM TO: copies a file of the case.
copy() {
    ((SKIP)) && return 0
    cp "$CASE/$1" "$CASE/$2"
}

# remove PATH...: deletes files or folders of the case.
remove() {
    ((SKIP)) && return 0
    local f
    for f in "$@"; do
        [[ -e $CASE/$f ]] || { echo "record.sh: $NAME: nothing to remove at $f" >&2; exit 1; }
        rm -rf "${CASE:?}/$f"
    done
}

# scrub: the case folder as $DIR, the temporary directory as $WORK.
scrub() { sed -e "s|$CASE|\$DIR|g" -e "s|$WORK|\$WORK|g"; }

# go [CWD=SUBDIR] [VAR=VALUE...] ARGS...: runs the go command in the case and records the run.
go() {
    ((SKIP)) && return 0
    local sub="" vars=() v
    while [[ $# -gt 0 && $1 == [A-Z]*=* ]]; do
        case $1 in
        CWD=*) sub=${1#CWD=} ;;
        *) vars+=("$1") ;;
        esac
        shift
    done
    if [[ -z $SNAPSHOT ]]; then
        SNAPSHOT=$WORK/snapshot/$NAME
        mkdir -p "$SNAPSHOT"
        cp -r "$CASE/." "$SNAPSHOT"
    fi
    local dir=$CASE${sub:+/$sub}
    STATUS=0
    (cd "$dir" && env "${vars[@]}" "$GO" "$@") >"$WORK/stdout" 2>"$WORK/stderr" || STATUS=$?
    diff -r "$SNAPSHOT" "$CASE" >/dev/null || { echo "record.sh: $NAME: go $* changed the case folder" >&2; exit 1; }
    for v in stdout stderr; do
        if [[ -s $WORK/$v && $(tail -c1 "$WORK/$v" | od -An -c | tr -d ' ') != '\n' ]]; then
            echo "record.sh: $NAME: $v does not end with a newline" >&2
            exit 1
        fi
    done
    {
        echo
        echo "### command: $(printf '%s\n' "go $*" | scrub)"
        echo "### dir: \$DIR${sub:+/$sub}"
        (
            for v in "${vars[@]}"; do export "${v?}"; done
            for v in GOTOOLCHAIN GOFLAGS GOWORK GO111MODULE GOPROXY GOSUMDB GONOSUMDB GOPRIVATE GOENV GOMODCACHE GOPATH; do
                printf '### env: %s=%s\n' "$v" "${!v}"
            done
        ) | scrub
        echo "### stdout:"
        scrub <"$WORK/stdout"
        echo "### stderr:"
        scrub <"$WORK/stderr"
        echo "### exit status: $STATUS"
    } >>"$RUNS"
}

# end: copies the case (as it was when the go command ran) into the repository with expected.txt.
end() {
    ((SKIP)) && return 0
    [[ -s $RUNS ]] || { echo "record.sh: $NAME: no runs" >&2; exit 1; }
    local dest=$OUT/$NAME
    rm -rf "$dest"
    mkdir -p "$dest"
    cp -r "$SNAPSHOT/." "$dest"
    {
        echo "# Recorded by scripts/record/vendor/record.sh from the real go command; do not edit by hand."
        echo "# $GO_VERSION"
        echo "# case: $NAME"
        echo "# what: $WHAT"
        echo "# \$DIR is this folder; \$WORK is the recorder's temporary directory."
        cat "$RUNS"
    } >"$dest/expected.txt"
    CASES_RECORDED=$((CASES_RECORDED + 1))
}

# Shorthands for the usual pair of runs: the default mode, then -mod=vendor.
both() { go "$@" list -m; go "$@" list -mod=vendor -m; }

if [[ -z $ONLY ]]; then
    rm -rf "$OUT"
fi
mkdir -p "$OUT"

M=vendor/modules.txt

source "$HERE/cases.sh"

echo "record.sh: recorded $CASES_RECORDED cases into ${OUT#"$ROOT"/}"
