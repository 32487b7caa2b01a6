#!/usr/bin/env bash
# Records the sample capture folders under samples/ from made-up modules, with the real go command.
#
#   bash scripts/samples/record.sh            # all samples
#   bash scripts/samples/record.sh hello      # only the named ones
#   GO=/path/to/go bash scripts/samples/record.sh
#
# Needs Go 1.23.x (default /usr/lib/go-1.23/bin/go; anything else is refused) and python3.
# Nothing is fetched: scripts/samples/mkproxy builds a file:// GOPROXY from the module trees in
# scripts/samples/modules/, and every go command runs under `env -i` with only the variables
# listed in each meta.json (temporary GOMODCACHE, GOPATH, GOCACHE and HOME; GOENV=off).
#
# Each sample starts from scripts/samples/mains/<name>/ (go.mod, main.go, ...), is copied to the
# fixed directory /tmp/modgraph-samples/<name> (with GOMODCACHE /tmp/modgraph-samples/modcache/<name>)
# so that the absolute paths the go command prints are the same on every run, is set up
# (go mod tidy, go mod vendor, ...) and captured; the folder is then copied to samples/<name>/
# together with a meta.json that lists the env, the go version and every command with its exit
# status. Running the script twice gives byte-identical files.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$REPO/scripts/samples
GO=${GO:-/usr/lib/go-1.23/bin/go}
W=/tmp/modgraph-samples
ALL=(hello vendored broken-vendor multi-major workspace workspace-broken)

die() { echo "record.sh: error: $*" >&2; exit 1; }
# shellcheck source=../record/go-offline.sh
. "$REPO/scripts/record/go-offline.sh"

command -v python3 >/dev/null || die "python3 is needed to write meta.json"
go_offline_check

if [ $# -gt 0 ]; then SAMPLES=("$@"); else SAMPLES=("${ALL[@]}"); fi
for s in "${SAMPLES[@]}"; do
  [ -d "$HERE/mains/$s" ] || die "unknown sample '$s' (known: ${ALL[*]})"
done

# One recorder at a time: the work paths are fixed.
exec 9>/tmp/modgraph-samples.lock
flock -n 9 || die "another record.sh holds /tmp/modgraph-samples.lock"

if [ -e "$W" ]; then chmod -R u+w "$W"; rm -rf "$W"; fi
mkdir -p "$W/home" "$W/meta"

# The fixed part of the environment of every go command (the per-sample GOMODCACHE is added later).
go_offline_env "$W"
BASE_ENV=("${GO_OFFLINE_ENV[@]}")

# --- the proxy -------------------------------------------------------------------------------
go_offline_proxy "$W" "$HERE/modules"

# --- helpers ---------------------------------------------------------------------------------
NAME=""      # sample being recorded
DIR=""       # its work directory
ENV=()       # BASE_ENV + GOMODCACHE
META=""      # lines for meta.json: "setup<TAB>text", "command<TAB>text", "note<TAB>text"

meta() { printf '%s\t%s\n' "$1" "${2//$'\n'/$'\x1f'}" >>"$META"; }  # newlines kept as US

# run_go OUT ERR ARGS...: go ARGS in $DIR, stdout to OUT, stderr to ERR; sets RC.
run_go() {
  local out=$1 err=$2
  shift 2
  set +e
  (cd "$DIR" && env -i "${ENV[@]}" "$GO" "$@") >"$out" 2>"$err"
  RC=$?
  set -e
}

# setup ARGS...: a set-up step that must succeed; recorded with its stderr.
setup() {
  run_go "$W/out" "$W/err" "$@"
  local text="go $*"
  [ -s "$W/out" ] && text+=" [stdout: $(cat "$W/out")]"
  # "go: downloading" lines come in whatever order the parallel downloads finish: leave them out.
  local err
  err=$(grep -v '^go: downloading ' "$W/err" || true)
  [ -n "$err" ] && text+=" [stderr, without 'go: downloading' lines: $err]"
  meta setup "$text (exit $RC)"
  [ "$RC" -eq 0 ] || { cat "$W/err" >&2; die "$NAME: go $* failed"; }
}

# capture FILE ARGS...: stdout to FILE (stderr to FILE's stem .stderr when not empty); must exit 0.
capture() {
  local file=$1
  shift
  local errfile=${file%.*}.stderr
  run_go "$DIR/$file" "$DIR/$errfile" "$@"
  [ -s "$DIR/$errfile" ] || rm -f "$DIR/$errfile"
  meta command "go $* -> $file (exit $RC)"
  [ "$RC" -eq 0 ] || { cat "$DIR/$errfile" >&2; die "$NAME: go $* failed"; }
}

# vendor_check: the three vendor-mode commands of the corpus, stdout+stderr, into vendor-check.txt.
vendor_check() {
  local f=$DIR/vendor-check.txt
  vc_block "$f" "go list -mod=vendor -m" list -mod=vendor -m
  echo >>"$f"
  vc_block "$f" "go list -mod=vendor -m all" list -mod=vendor -m all
  echo >>"$f"
  local paths
  mapfile -t paths < <(awk '/^# /{ if (!seen[$2]++) print $2 }' "$DIR/vendor/modules.txt")
  vc_block "$f" "go list -mod=vendor -m -json <every module path named on a '# ' line of vendor/modules.txt>  (${#paths[@]} paths)" \
    list -mod=vendor -m -json "${paths[@]}"
}

vc_block() {
  local f=$1 label=$2
  shift 2
  echo "### command: $label" >>"$f"
  set +e
  (cd "$DIR" && env -i "${ENV[@]}" "$GO" "$@") >>"$f" 2>&1
  RC=$?
  set -e
  echo "### exit status: $RC" >>"$f"
  meta command "$label -> vendor-check.txt (exit $RC)"
}

# begin NAME: fresh work dir from scripts/samples/mains/NAME and a fresh module cache.
begin() {
  NAME=$1
  DIR=$W/$NAME
  ENV=("${BASE_ENV[@]}" "GOMODCACHE=$W/modcache/$NAME")
  META=$W/meta/$NAME
  : >"$META"
  cp -r "$HERE/mains/$NAME" "$DIR"
  meta setup "cp -r scripts/samples/mains/$NAME $DIR"
}

# common captures: graph.txt and list.json, both in module mode.
captures() {
  capture graph.txt mod graph
  capture list.json list -mod=readonly -m -u -retracted -json all
}

# check_tidy: the sources in mains/ are kept tidy; say so loudly if go mod tidy changed go.mod.
check_tidy() {
  if ! cmp -s "$HERE/mains/$NAME/go.mod" "$DIR/go.mod"; then
    echo "record.sh: warning: go mod tidy changed $NAME/go.mod; update scripts/samples/mains/$NAME/go.mod:" >&2
    diff "$HERE/mains/$NAME/go.mod" "$DIR/go.mod" >&2 || true
    meta note "go mod tidy changed go.mod from scripts/samples/mains/$NAME/go.mod"
  fi
}

# build_offline: build the vendored sample with the proxy turned off (proves vendor/ is complete).
build_offline() {
  set +e
  (cd "$DIR" && env -i "${ENV[@]}" GOPROXY=off GOFLAGS=-mod=vendor "$GO" build -o /dev/null ./...) >"$W/out" 2>&1
  RC=$?
  set -e
  meta command "GOPROXY=off GOFLAGS=-mod=vendor go build -o /dev/null ./... (exit $RC)"
  [ "$RC" -eq 0 ] || { cat "$W/out" >&2; die "$NAME: vendored build failed"; }
}

# finish: copy the work dir to samples/NAME and write meta.json.
finish() {
  local dest=$REPO/samples/$NAME
  rm -rf "$dest"
  cp -r "$DIR" "$dest"
  python3 - "$META" "$dest/meta.json" "$NAME" "$DIR" "$GOVERSION" "${ENV[@]}" <<'PY'
import json, sys
meta_file, out, name, workdir, goversion, *env = sys.argv[1:]
doc = {"sample": name, "go_version_used": goversion, "workdir": workdir,
       "env": dict(e.split("=", 1) for e in env), "setup": [], "commands": [], "notes": []}
keys = {"setup": "setup", "command": "commands", "note": "notes"}
for line in open(meta_file, encoding="utf-8").read().split("\n"):
    if line:
        kind, text = line.split("\t", 1)
        doc[keys[kind]].append(text.replace("\x1f", "\n"))
doc["recorded_by"] = "bash scripts/samples/record.sh " + name
with open(out, "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")
PY
  echo "record.sh: recorded samples/$NAME" >&2
}

# --- the samples -----------------------------------------------------------------------------
record_hello() {
  begin hello
  setup mod tidy
  check_tidy
  captures
  meta note "no vendor directory; list.json is go list -m -u -retracted -json all (Update/Retracted/Deprecated where the file proxy has them)"
  finish
}

record_vendored() {
  begin vendored
  setup mod tidy
  check_tidy
  setup mod vendor
  captures
  vendor_check
  build_offline
  meta note "replace example.com/lib => example.com/fork/lib v1.3.0 (the fork's go.mod says module example.com/lib); replace example.com/local => ./local; exclude example.com/color v0.1.0 (required by ./local, so that edge is dropped from graph.txt)"
  finish
}

record_broken_vendor() {
  begin broken-vendor
  setup mod tidy
  check_tidy
  setup mod vendor
  cp "$DIR/go.mod" "$W/go.mod.vendored"
  cp "$DIR/vendor/modules.txt" "$W/modules.txt.vendored"
  # go.mod moves on without `go mod vendor` ...
  setup get example.com/greet@v1.2.0
  # ... and someone hand-edits modules.txt: drop the '## explicit' of example.com/lib.
  python3 - "$DIR/vendor/modules.txt" <<'PY'
import sys
p = sys.argv[1]
lines = open(p, encoding="utf-8").read().split("\n")
i = lines.index("# example.com/lib v1.1.0")
assert lines[i + 1].startswith("## explicit; "), lines[i + 1]
lines[i + 1] = "## " + lines[i + 1][len("## explicit; "):]
open(p, "w", encoding="utf-8").write("\n".join(lines))
PY
  meta setup "edit vendor/modules.txt: '## explicit; go 1.13' -> '## go 1.13' under '# example.com/lib v1.1.0'"
  {
    echo "### broken on purpose: after go mod vendor, 'go get example.com/greet@v1.2.0' changed go.mod (vendor/ not re-synced), and the '## explicit' of example.com/lib was removed from vendor/modules.txt"
    echo "### diff go.mod (as vendored -> now):"
    diff "$W/go.mod.vendored" "$DIR/go.mod" || true
    echo "### diff vendor/modules.txt (as written by go mod vendor -> now):"
    diff "$W/modules.txt.vendored" "$DIR/vendor/modules.txt" || true
  } >"$DIR/vendor-check.txt"
  captures
  vendor_check
  grep -q "^go: inconsistent vendoring in $DIR:" "$DIR/vendor-check.txt" ||
    die "broken-vendor: go did not report inconsistent vendoring"
  meta note "graph.txt uses module mode (go mod graph always does); list.json uses -mod=readonly to bypass the inconsistent vendor directory"
  finish
}

record_multi_major() {
  begin multi-major
  setup mod tidy
  check_tidy
  setup mod vendor
  captures
  vendor_check
  build_offline
  meta note "example.com/lib v1.1.0 and example.com/lib/v2 v2.1.0 both selected; example.com/cyc/a v1.1.0 requires example.com/cyc/b v1.0.0, which requires example.com/cyc/a v1.1.0 (module-level cycle; packages do not cycle)"
  finish
}

# workspace_setup: tidy each module on its own, then go work vendor in workspace mode (GOWORK
# unset: the go.work found in the folder), so that every later command runs in the workspace.
workspace_setup() {
  local top=$DIR m
  for m in app greeter tools; do
    DIR=$top/$m
    setup mod tidy
    cmp -s "$HERE/mains/workspace/$m/go.mod" "$DIR/go.mod" || {
      diff "$HERE/mains/workspace/$m/go.mod" "$DIR/go.mod" >&2 || true
      meta note "go mod tidy changed $m/go.mod"
    }
  done
  DIR=$top
  ENV=("${ENV[@]/#GOWORK=off/GOWORK=}")
  setup work vendor
}

record_workspace() {
  begin workspace
  workspace_setup
  captures
  vendor_check
  set +e
  (cd "$DIR" && env -i "${ENV[@]}" GOPROXY=off GOFLAGS=-mod=vendor "$GO" build -o /dev/null example.com/ws/app example.com/ws/tools) >"$W/out" 2>&1
  RC=$?
  set -e
  meta command "GOPROXY=off GOFLAGS=-mod=vendor go build -o /dev/null example.com/ws/app example.com/ws/tools (exit $RC)"
  [ "$RC" -eq 0 ] || { cat "$W/out" >&2; die "$NAME: vendored build failed"; }
  meta note "go.work uses ./app ./greeter ./tools (tools requires nothing) and replaces example.com/color v0.2.0 => v0.3.0; app replaces example.com/ws/greeter => ../greeter (a workspace module); vendor/ written by go work vendor"
  finish
}

record_workspace_broken() {
  begin workspace-broken
  cp -r "$HERE/mains/workspace/." "$DIR"
  meta setup "cp -r scripts/samples/mains/workspace/. $DIR"
  workspace_setup
  # tools moves on without `go work vendor`: it now requires example.com/lib v1.1.0.
  printf '\nrequire example.com/lib v1.1.0\n' >>"$DIR/tools/go.mod"
  meta setup "append 'require example.com/lib v1.1.0' to tools/go.mod (vendor/ not re-synced)"
  capture graph.txt mod graph
  capture list.json list -mod=readonly -m -json all
  vendor_check
  grep -q "^go: inconsistent vendoring in $DIR:" "$DIR/vendor-check.txt" ||
    die "workspace-broken: go did not report inconsistent vendoring"
  meta note "broken on purpose: tools/go.mod requires example.com/lib v1.1.0 after go work vendor"
  finish
}

for s in "${SAMPLES[@]}"; do
  "record_${s//-/_}"
done
rm -f "$W/out" "$W/err"
