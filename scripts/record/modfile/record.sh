#!/usr/bin/env bash
# Records what the real go command says about the go.mod, go.work and go.sum cases in
# Tests/Fixtures/go-oracle/modfile/cases/, for the parser oracle tests (GoModOracleTests & co).
#
#   bash scripts/record/modfile/record.sh              # every case
#   bash scripts/record/modfile/record.sh full.mod     # only the named case files
#   GO=/path/to/go1.23 bash scripts/record/modfile/record.sh
#
# GOTRACEBACK=none keeps a go command panic (go list -m on `require "" v1.0.0`) free of addresses.
#
# Needs Go 1.23.x (default /usr/lib/go-1.23/bin/go; anything else is refused). Nothing is
# fetched: GOPROXY is off, or a file:// proxy this script writes. Every go command runs under
# `env -i` with only the variables printed in each expected file, in a fresh temporary
# directory that the output calls $WORK, so running the script twice gives identical files.
#
# Case kinds, by extension (expected output goes to expected/NAME.txt for NAME.mod, else to
# expected/CASEFILE.txt):
#   NAME.mod   copied to $WORK/case/go.mod: go mod edit -json, go mod edit -print, go list -m
#   NAME.work  copied to $WORK/case/go.work: go work edit -json, go work edit -print
#   NAME.lax   copied to $WORK/main/dep/go.mod, a dependency (example.com/dep v1.0.0 replaced
#              by ./dep) of a main module, so go reads it in lax mode: go mod graph
#   NAME.sum   copied to $WORK/main/go.sum of a main module that requires example.com/a v1.0.0
#              from a file:// proxy holding only its go.mod: go list -m all
set -euo pipefail
export LC_ALL=C

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
FIX=$REPO/Tests/Fixtures/go-oracle/modfile
GO=${GO:-/usr/lib/go-1.23/bin/go}

die() { echo "record.sh: error: $*" >&2; exit 1; }

[ -x "$GO" ] || die "no go command at $GO (install golang-1.23-go, or set GO=/path/to/go1.23)"
GOVERSION=$(env -i PATH=/usr/bin:/bin GOTOOLCHAIN=local GOENV=off HOME=/nonexistent "$GO" version) ||
  die "$GO version failed"
case "$GOVERSION" in
  "go version go1.23."*) ;;
  *) die "need Go 1.23.x, $GO is: $GOVERSION (set GO=/path/to/go1.23)" ;;
esac

cd "$FIX/cases"
if [ $# -gt 0 ]; then CASES=("$@"); else CASES=(*.mod *.work *.lax *.sum); fi
for c in "${CASES[@]}"; do [ -f "$c" ] || die "no case file cases/$c"; done
mkdir -p "$FIX/expected"

# Runs one go command and appends its section to $OUT; $1 = directory, rest = go arguments.
# ENV holds the environment (with the real $W); output has $W replaced by the text $WORK.
run() {
  local dir=$1; shift
  local out err status=0
  out=$(cd "$dir" && env -i "${ENV[@]}" "$GO" "$@" 2>"$W/.stderr"; echo "exit:$?") || true
  status=${out##*exit:}
  out=${out%exit:*}
  err=$(cat "$W/.stderr"; echo x)
  err=${err%x}
  out=${out//$W/\$WORK}
  err=${err//$W/\$WORK}
  if printf '%s\n%s' "$out" "$err" | grep -q -e '^=== ' -e '^--- '; then
    die "$CASE: output has a line that starts like a section marker"
  fi
  {
    echo "=== go $*"
    echo "# dir: ${dir//$W/\$WORK}"
    echo "exit: $status"
    echo "--- stdout"
    printf '%s' "$out"
    [ -z "$out" ] || [ "${out: -1}" = $'\n' ] || echo
    echo "--- stderr"
    printf '%s' "$err"
    [ -z "$err" ] || [ "${err: -1}" = $'\n' ] || echo
  } >>"$OUT"
}

for CASE in "${CASES[@]}"; do
  W=$(mktemp -d /tmp/modfile-oracle.XXXXXX)
  mkdir -p "$W/home" "$W/modcache" "$W/gopath" "$W/cache"
  ENV=(
    "PATH=$(dirname "$GO"):/usr/bin:/bin"
    "HOME=$W/home"
    "GOENV=off"
    "GOTOOLCHAIN=local"
    "GO111MODULE=on"
    "GOSUMDB=off"
    "GOPROXY=off"
    "GOFLAGS="
    "GOWORK=off"
    "GOMODCACHE=$W/modcache"
    "GOPATH=$W/gopath"
    "GOCACHE=$W/cache"
    "GOTRACEBACK=none"
  )
  case "$CASE" in
    *.mod) OUT=$FIX/expected/${CASE%.mod}.txt; where='$WORK/case/go.mod' ;;
    *.work) OUT=$FIX/expected/$CASE.txt; where='$WORK/case/go.work'
      ENV=("${ENV[@]/#GOWORK=off/GOWORK=$W/case/go.work}") ;;
    *.lax) OUT=$FIX/expected/$CASE.txt; where='$WORK/main/dep/go.mod'
      ENV=("${ENV[@]/#GOFLAGS=/GOFLAGS=-mod=mod}") ;;
    *.sum) OUT=$FIX/expected/$CASE.txt; where='$WORK/main/go.sum'
      ENV=("${ENV[@]/#GOPROXY=off/GOPROXY=file://$W/proxy}") ;;
    *) die "unknown case kind: $CASE" ;;
  esac
  {
    echo "# Recorded by scripts/record/modfile/record.sh from cases/$CASE; do not edit, re-run the script."
    echo "# $GOVERSION"
    echo "# The case is $where; \$WORK is a fresh temporary directory."
    echo "# env -i ${ENV[*]//$W/\$WORK}"
  } >"$OUT"
  case "$CASE" in
    *.mod)
      mkdir "$W/case"; cp "$CASE" "$W/case/go.mod"
      run "$W/case" mod edit -json
      run "$W/case" mod edit -print
      run "$W/case" list -m
      ;;
    *.work)
      mkdir "$W/case"; cp "$CASE" "$W/case/go.work"
      run "$W/case" work edit -json
      run "$W/case" work edit -print
      ;;
    *.lax)
      mkdir -p "$W/main/dep"; cp "$CASE" "$W/main/dep/go.mod"
      printf 'module example.com/main\n\ngo 1.23\n\nrequire example.com/dep v1.0.0\n\nreplace example.com/dep v1.0.0 => ./dep\n' >"$W/main/go.mod"
      echo "# main go.mod: module example.com/main; go 1.23; require example.com/dep v1.0.0; replace example.com/dep v1.0.0 => ./dep" >>"$OUT"
      run "$W/main" mod graph
      ;;
    *.sum)
      mkdir -p "$W/main" "$W/proxy/example.com/a/@v"
      printf 'module example.com/a\n\ngo 1.20\n' >"$W/proxy/example.com/a/@v/v1.0.0.mod"
      printf '{"Version":"v1.0.0","Time":"2020-01-01T00:00:00Z"}\n' >"$W/proxy/example.com/a/@v/v1.0.0.info"
      printf 'v1.0.0\n' >"$W/proxy/example.com/a/@v/list"
      printf 'module example.com/main\n\ngo 1.23\n\nrequire example.com/a v1.0.0\n' >"$W/main/go.mod"
      cp "$CASE" "$W/main/go.sum"
      echo "# main go.mod: module example.com/main; go 1.23; require example.com/a v1.0.0 (proxy go.mod: \"module example.com/a\\n\\ngo 1.20\\n\")" >>"$OUT"
      run "$W/main" list -m all
      ;;
  esac
  chmod -R u+w "$W"; rm -rf "$W"
done
echo "recorded ${#CASES[@]} case(s) into $FIX/expected" >&2
