#!/usr/bin/env bash
# Records how the real go command orders, validates and escapes module versions and paths,
# into Tests/Fixtures/go-oracle/versions/. The inputs are in scripts/record/versions/cases/;
# every answer comes from the go command, run against a throw-away local file:// GOPROXY.
#
# Usage: scripts/record/versions/record.sh   (GO=/path/to/go to choose the toolchain)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
CASES=$HERE/cases
OUT=$ROOT/Tests/Fixtures/go-oracle/versions
GO=${GO:-/usr/lib/go-1.23/bin/go}

WORK=$(mktemp -d)
cleanup() { chmod -R u+w "$WORK" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

PROXY=$WORK/proxy
mkdir -p "$PROXY" "$WORK/outside" "$OUT"
export GOTOOLCHAIN=local GOSUMDB=off GOFLAGS= GONOSUMDB='*' GOPRIVATE= GONOPROXY= GOINSECURE=
export GOWORK=off GO111MODULE=on GOENV=off GOTELEMETRY=off
export GOPROXY=file://$PROXY GOMODCACHE=$WORK/modcache GOPATH=$WORK/gopath GOCACHE=$WORK/gocache
ENV_TEXT="GOTOOLCHAIN=local GOSUMDB=off GOFLAGS= GONOSUMDB=* GOPRIVATE= GOWORK=off GOENV=off GOPROXY=file://\$WORK/proxy GOMODCACHE=\$WORK/modcache GOPATH=\$WORK/gopath"
GO_VERSION=$("$GO" version)

# header FILE COMMAND DIR DESCRIPTION...: starts a fixture with the provenance comment.
header() {
    local file=$1 command=$2 dir=$3
    shift 3
    {
        echo "# Recorded by scripts/record/versions/record.sh; do not edit by hand."
        echo "# go version: $GO_VERSION"
        echo "# command: $command"
        echo "# dir: $dir"
        echo "# env: $ENV_TEXT"
        echo "# (\$WORK is a fresh temporary directory; the proxy is file://\$WORK/proxy)"
        for line in "$@"; do echo "# $line"; done
    } >"$file"
}

# cases FILE: the non-comment, non-empty lines of a case file.
cases() { grep -v -e '^#' -e '^$' "$1"; }

# unescape TEXT: the go command's case-escaping (!x for X) undone, for writing file contents.
unescape() { sed 's/!\([a-z]\)/\U\1/g' <<<"$1"; }

# urldecode TEXT: percent-decoding of a file:// URL path.
urldecode() { printf '%b' "${1//%/\\x}"; }

# scrub: replaces the temporary directory with $WORK in recorded text.
scrub() { sed "s|$WORK|\$WORK|g"; }

# make_zip ESCPATH ESCVERSION: a module zip holding only go.mod.
make_zip() {
    local esc_path=$1 esc_version=$2 path version tmp
    path=$(unescape "$esc_path")
    version=$(unescape "$esc_version")
    tmp=$(mktemp -d "$WORK/zip.XXXXXX")
    mkdir -p "$tmp/$path@$version"
    printf 'module %s\n' "$path" >"$tmp/$path@$version/go.mod"
    (cd "$tmp" && zip -q -X -r "$PROXY/$esc_path/@v/$esc_version.zip" "$path@$version")
    rm -rf "$tmp"
}

# serve RELPATH: creates a missing proxy file the go command asked for.
serve() {
    local rel=$1 file=$PROXY/$1 esc_path base esc_version
    esc_path=${rel%%/@v/*}
    base=${rel##*/@v/}
    mkdir -p "$(dirname "$file")"
    case $base in
    list) : >"$file" ;;
    *.info)
        esc_version=${base%.info}
        printf '{"Version":"%s","Time":"2019-01-01T00:00:00Z"}\n' "$(unescape "$esc_version")" >"$file"
        ;;
    *.mod) printf 'module %s\n' "$(unescape "$esc_path")" >"$file" ;;
    *.zip) make_zip "$esc_path" "${base%.zip}" ;;
    *) echo "record.sh: unexpected proxy request $rel" >&2; return 1 ;;
    esac
}

# with_proxy CMD...: runs CMD, serving each proxy file it reports missing, until it stops asking.
# Leaves the output in $WORK/stdout, $WORK/stderr and the exit status in $STATUS.
with_proxy() {
    local tries=0 missing
    while :; do
        STATUS=0
        "$@" >"$WORK/stdout" 2>"$WORK/stderr" || STATUS=$?
        missing=$(cat "$WORK/stderr" "$WORK/stdout" | grep -o "reading file://$PROXY/[^:]*: no such file or directory" | head -1 || true)
        [[ $STATUS -ne 0 && -n $missing ]] || return 0
        missing=${missing#reading file://$PROXY/}
        missing=$(urldecode "${missing%: no such file or directory}")
        serve "$missing"
        tries=$((tries + 1))
        ((tries < 500)) || { echo "record.sh: too many proxy requests for: $*" >&2; return 1; }
    done
}

# run CMD...: runs CMD without a proxy fill-in; output in $WORK/stdout, $WORK/stderr, $STATUS.
run() {
    STATUS=0
    "$@" >"$WORK/stdout" 2>"$WORK/stderr" || STATUS=$?
}

# first_error: the go command's first error line (scrubbed).
first_error() { head -1 "$WORK/stderr" | scrub; }

# ---------------------------------------------------------------------------------------------
# 1. Version order: `go list -m -versions` over a scrambled @v/list.
record_version_list() {
    local file=$OUT/version-list.txt
    mkdir -p "$PROXY/example.com/vlist/@v"
    cases "$CASES/version-list.txt" >"$PROXY/example.com/vlist/@v/list"
    with_proxy env -C "$WORK/outside" "$GO" list -m -versions example.com/vlist
    if [[ $STATUS -ne 0 ]]; then cat "$WORK/stderr" >&2; exit 1; fi
    header "$file" "go list -m -versions example.com/vlist" "\$WORK/outside (no go.mod)" \
        "in<TAB>LINE: the proxy's @v/list, line by line, in the order served." \
        "out<TAB>VERSION: the versions the go command printed, in its order."
    while IFS= read -r line; do printf 'in\t%s\n' "$line"; done <"$PROXY/example.com/vlist/@v/list" >>"$file"
    read -r -a printed <"$WORK/stdout"
    for v in "${printed[@]:1}"; do printf 'out\t%s\n' "$v"; done >>"$file"
}

# 2. Pairwise order by MVS: the main module requires x, a helper requires y; the selected version
#    is the larger. Then the roles are swapped: equal versions keep the main module's.
record_mvs_pairs() {
    local file=$OUT/mvs-pairs.txt round i x y main helper dir
    local -a xs=() ys=()
    while read -r x y; do xs+=("$x"); ys+=("$y"); done < <(cases "$CASES/mvs-pairs.txt")
    declare -A won
    for round in 1 2; do
        helper=example.com/helper/r$round
        dir=$WORK/mvs$round
        mkdir -p "$dir" "$PROXY/$helper/@v"
        {
            printf 'module example.com/main\n\ngo 1.21\n\nrequire (\n\t%s v1.0.0\n' "$helper"
            for i in "${!xs[@]}"; do
                main=${xs[$i]}; [[ $round == 2 ]] && main=${ys[$i]}
                printf '\texample.com/pair/p%03d %s\n' "$i" "$main"
            done
            printf ')\n'
        } >"$dir/go.mod"
        {
            printf 'module %s\n\ngo 1.21\n\nrequire (\n' "$helper"
            for i in "${!xs[@]}"; do
                other=${ys[$i]}; [[ $round == 2 ]] && other=${xs[$i]}
                printf '\texample.com/pair/p%03d %s\n' "$i" "$other"
            done
            printf ')\n'
        } >"$PROXY/$helper/@v/v1.0.0.mod"
        printf '{"Version":"v1.0.0","Time":"2019-01-01T00:00:00Z"}\n' >"$PROXY/$helper/@v/v1.0.0.info"
        with_proxy env -C "$dir" "$GO" list -mod=mod -m -f '{{.Path}} {{.Version}}' all
        if [[ $STATUS -ne 0 ]]; then cat "$WORK/stderr" >&2; exit 1; fi
        while read -r p v; do won[$round,$p]=$v; done <"$WORK/stdout"
    done
    header "$file" "go list -mod=mod -m -f '{{.Path}} {{.Version}}' all" \
        "\$WORK/mvs1, then \$WORK/mvs2: a main module requiring example.com/pair/pNNN@X (round 1) or @Y (round 2) and a helper whose go.mod requires the other" \
        "X<TAB>Y<TAB>SELECTED1<TAB>SELECTED2: the version MVS selected in round 1 (main requires X) and round 2 (main requires Y)." \
        "The same winner in both rounds means it is strictly larger; different winners mean the two compare equal."
    for i in "${!xs[@]}"; do
        p=$(printf 'example.com/pair/p%03d' "$i")
        printf '%s\t%s\t%s\t%s\n' "${xs[$i]}" "${ys[$i]}" "${won[1,$p]}" "${won[2,$p]}"
    done >>"$file"
}

# 3. Go version order: `go get` raises the main module's go line to a dependency's, never lowers it.
record_go_pairs() {
    local file=$OUT/go-pairs.txt i=0 x y round main dep dir mod
    header "$file" "go get example.com/gohelper/gNNN/rR@v1.0.0; go mod edit -json (read .Go)" \
        "\$WORK/go-NNN-R: a main module with 'go MAIN'; the dependency's go.mod says 'go DEP'" \
        "X<TAB>Y<TAB>RESULT1<TAB>RESULT2: the main module's go line after 'go get', with main X / dependency Y (round 1) and main Y / dependency X (round 2)." \
        "The same result in both rounds means it is strictly larger; different results mean the two compare equal."
    while read -r x y; do
        local -a results=()
        for round in 1 2; do
            main=$x dep=$y
            [[ $round == 2 ]] && main=$y dep=$x
            mod=$(printf 'example.com/gohelper/g%03d/r%s' "$i" "$round")
            dir=$WORK/go-$i-$round
            mkdir -p "$dir" "$PROXY/$mod/@v"
            printf 'module example.com/main\n\ngo %s\n' "$main" >"$dir/go.mod"
            printf 'module %s\n\ngo %s\n' "$mod" "$dep" >"$PROXY/$mod/@v/v1.0.0.mod"
            with_proxy env -C "$dir" "$GO" get "$mod@v1.0.0"
            if [[ $STATUS -ne 0 ]]; then cat "$WORK/stderr" >&2; exit 1; fi
            results+=("$(cd "$dir" && "$GO" mod edit -json | jq -r .Go)")
        done
        printf '%s\t%s\t%s\t%s\n' "$x" "$y" "${results[0]}" "${results[1]}" >>"$file"
        i=$((i + 1))
    done < <(cases "$CASES/go-pairs.txt")
}

# 4. Module paths: `go list -m PATH@v1.0.0` against an empty proxy. A valid path gets as far as
#    asking the proxy for PATH's .info file (whose name shows the escaped path); an invalid one
#    is refused with module.CheckPath's message.
record_module_paths() {
    local file=$OUT/module-paths.txt p line asked
    header "$file" "go list -m -- PATH@v1.0.0" "\$WORK/outside (no go.mod), proxy without that module" \
        "PATH<TAB>ok<TAB>URL-PATH: accepted; the go command asked the proxy for file://\$WORK/proxy/URL-PATH." \
        "PATH<TAB>error<TAB>LINE: refused; LINE is the go command's first stderr line."
    while IFS= read -r p; do
        run env -C "$WORK/outside" "$GO" list -m -- "$p@v1.0.0"
        asked=$(grep -o "reading file://$PROXY/[^:]*: no such file" "$WORK/stderr" | head -1 || true)
        if [[ -n $asked ]]; then
            asked=${asked#reading file://$PROXY/}
            printf '%s\tok\t%s\n' "$p" "${asked%: no such file}"
        else
            printf '%s\terror\t%s\n' "$p" "$(first_error)"
        fi
    done < <(cases "$CASES/paths.txt") >>"$file"
}

# 5. Import paths: `go mod edit -require=PATH@v1.0.0` checks PATH with module.CheckImportPath.
record_import_paths() {
    local file=$OUT/import-paths.txt p dir=$WORK/edit
    mkdir -p "$dir"
    header "$file" "go mod edit -require=PATH@v1.0.0" "\$WORK/edit (a fresh 'module example.com/main' go.mod each time)" \
        "PATH<TAB>ok: accepted." \
        "PATH<TAB>error<TAB>LINE: refused; LINE is the go command's first stderr line."
    while IFS= read -r p; do
        printf 'module example.com/main\n\ngo 1.21\n' >"$dir/go.mod"
        run env -C "$dir" "$GO" mod edit "-require=$p@v1.0.0"
        if [[ $STATUS -eq 0 ]]; then
            printf '%s\tok\n' "$p"
        else
            printf '%s\terror\t%s\n' "$p" "$(first_error)"
        fi
    done < <(cases "$CASES/paths.txt") >>"$file"
}

# 6. Path/version agreement and canonical versions: `require PATH VERSION` read by `go mod edit -json`.
record_path_versions() {
    local file=$OUT/path-versions.txt p v dir=$WORK/require
    mkdir -p "$dir"
    header "$file" "go mod edit -json" "\$WORK/require, whose go.mod is 'module example.com/main', 'go 1.21', 'require PATH VERSION'" \
        "PATH<TAB>VERSION<TAB>ok<TAB>CANONICAL: accepted; CANONICAL is the version go mod edit -json printed." \
        "PATH<TAB>VERSION<TAB>error<TAB>LINE: refused; LINE is the go command's error line naming go.mod."
    while read -r p v; do
        printf 'module example.com/main\n\ngo 1.21\n\nrequire %s %s\n' "$p" "$v" >"$dir/go.mod"
        run env -C "$dir" "$GO" mod edit -json
        if [[ $STATUS -eq 0 ]]; then
            printf '%s\t%s\tok\t%s\n' "$p" "$v" "$(jq -r '.Require[0].Version' "$WORK/stdout")"
        else
            printf '%s\t%s\terror\t%s\n' "$p" "$v" "$(grep 'go.mod:[0-9]' "$WORK/stderr" | head -1 | scrub)"
        fi
    done < <(cases "$CASES/path-versions.txt") >>"$file"
}

# 7. Escaping: the proxy file the go command asks for, for PATH@VERSION, against an empty proxy.
record_escapes() {
    local file=$OUT/escapes.txt p v asked
    header "$file" "go list -m -- PATH@VERSION" "\$WORK/outside (no go.mod), proxy without that module" \
        "PATH<TAB>VERSION<TAB>ok<TAB>URL-PATH: the go command asked the proxy for file://\$WORK/proxy/URL-PATH." \
        "PATH<TAB>VERSION<TAB>error<TAB>LINE: refused before asking; LINE is the first stderr line."
    while read -r p v; do
        run env -C "$WORK/outside" "$GO" list -m -- "$p@$v"
        asked=$(grep -o "reading file://$PROXY/[^:]*: no such file" "$WORK/stderr" | head -1 || true)
        if [[ -n $asked ]]; then
            asked=${asked#reading file://$PROXY/}
            printf '%s\t%s\tok\t%s\n' "$p" "$v" "${asked%: no such file}"
        else
            printf '%s\t%s\terror\t%s\n' "$p" "$v" "$(first_error)"
        fi
    done < <(cases "$CASES/escapes.txt") >>"$file"
}

# 8. Module cache layout: what `go mod download` writes under GOMODCACHE.
record_downloads() {
    local file=$OUT/module-cache.txt p v
    export GOMODCACHE=$WORK/dlcache
    header "$file" "go mod download -json PATH@VERSION; then find \$WORK/dlcache" "\$WORK/outside (no go.mod), with GOMODCACHE=\$WORK/dlcache (empty before)" \
        "download<TAB>PATH<TAB>VERSION<TAB>DIR<TAB>ZIP<TAB>GOMOD: the Dir, Zip and GoMod the go command reported, relative to GOMODCACHE." \
        "file<TAB>RELPATH: every directory and file under GOMODCACHE afterwards (sorted; cache/vcs and lock files left out)."
    while read -r p v; do
        with_proxy env -C "$WORK/outside" "$GO" mod download -json "$p@$v"
        if [[ $STATUS -ne 0 ]]; then cat "$WORK/stderr" "$WORK/stdout" >&2; exit 1; fi
        jq -r --arg c "$GOMODCACHE/" --arg p "$p" --arg v "$v" \
            '["download", $p, $v, (.Dir|ltrimstr($c)), (.Zip|ltrimstr($c)), (.GoMod|ltrimstr($c))] | @tsv' "$WORK/stdout"
    done < <(cases "$CASES/downloads.txt") >>"$file"
    (cd "$GOMODCACHE" && find . -mindepth 1 -not -name '*.lock' -not -path './cache/vcs*' | sed 's|^\./||' | LC_ALL=C sort |
        sed 's/^/file\t/') >>"$file"
}

record_version_list
record_mvs_pairs
record_go_pairs
record_module_paths
record_import_paths
record_path_versions
record_escapes
record_downloads
echo "recorded into ${OUT#"$ROOT"/}:"
wc -l "$OUT"/*.txt | sed "s|$OUT/||"
