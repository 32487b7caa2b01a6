#!/usr/bin/env bash
# Benchmarks `modgraph vendor-check` on the layout of the largest corpus entry
# (../shared/corpus/containerd-containerd@v2.1.5) with a module cache the real go command
# extracted and a go.sum it wrote.
#
# The corpus holds no file contents, only `git ls-tree -r -l` of vendor/. So every vendored file
# is made up (its listed name and size, deterministic bytes); each vendored module becomes a
# module tree of those files, served by a file:// GOPROXY (scripts/samples/mkproxy), downloaded
# with `go mod download -json` into a fresh GOMODCACHE (go extracts and hashes it), and go's
# Sum/GoModSum lines form go.sum. The work folder gets the corpus's go.mod, list.json, graph.txt
# and modules.txt, the made-up vendor/ tree and that go.sum; nothing is written to the corpus or
# to the repository.
#
# Usage: scripts/record/dirhash/bench.sh [MODGRAPH]   (default .build/release/modgraph;
#        GO=/path/to/go, ENTRY=another corpus entry, RUNS=5)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
MODGRAPH=$(realpath "${1:-$ROOT/.build/release/modgraph}")
GO=${GO:-/usr/lib/go-1.23/bin/go}
ENTRY=${ENTRY:-containerd-containerd@v2.1.5}
RUNS=${RUNS:-5}
CORPUS=$ROOT/../shared/corpus/$ENTRY

[[ -x $MODGRAPH ]] || { echo "bench.sh: no modgraph at $MODGRAPH (swift build -c release)" >&2; exit 1; }
[[ -x $GO ]] || { echo "bench.sh: no go command at $GO (set GO=...)" >&2; exit 1; }
[[ -f $CORPUS/vendor-tree.txt ]] || { echo "bench.sh: no corpus entry at $CORPUS" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/modgraph-bench.XXXXXX")
cleanup() { [[ -n ${KEEP:-} ]] && { echo "kept $WORK" >&2; return; }; chmod -R u+w "$WORK" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
export GOTOOLCHAIN=local GOSUMDB=off GONOSUMDB='*' GOPRIVATE= GONOPROXY= GOINSECURE= GOFLAGS=-mod=mod
export GOWORK=off GO111MODULE=on GOENV=off GOTELEMETRY=off GOPROXY=file://$WORK/proxy
export GOMODCACHE=$WORK/modcache GOPATH=$WORK/gopath GOCACHE=$WORK/gocache

echo "making module trees from $ENTRY's vendor-tree.txt ..." >&2
python3 - "$CORPUS" "$WORK" <<'PY'
import hashlib, os, sys
corpus, work = sys.argv[1], sys.argv[2]
modules = []  # (path, version) with packages, from modules.txt
current = None
for line in open(os.path.join(corpus, "vendor/modules.txt")):
    f = line.split()
    if line.startswith("# "):
        current = (f[1], f[2]) if len(f) >= 3 and f[2] != "=>" else None
        if current and len(f) > 3:
            sys.exit("bench.sh: replaced modules are not supported: " + line.strip())
    elif f and not line.startswith("#") and current and current not in modules:
        modules.append(current)
paths = {p: v for p, v in modules}
# mkproxy does not serve gopkg.in's .vN paths: those modules stay out of the cache (a note).
cached = {p for p in paths if not p.startswith("gopkg.in/")}
with open(os.path.join(work, "modules.list"), "w") as out:
    for p, v in modules:
        if p in cached:
            out.write(f"{p}@{v}\n")
for line in open(os.path.join(corpus, "vendor-tree.txt")):
    meta, path = line.rstrip("\n").split("\t", 1)
    mode, kind, obj, size = meta.split()
    if kind != "blob" or not path.startswith("vendor/") or path == "vendor/modules.txt":
        continue
    rel = path[len("vendor/"):]
    d = os.path.dirname(rel)
    owner = None
    while d:
        if d in paths:
            owner = d
            break
        d = os.path.dirname(d)
    if owner is None:
        continue
    n = int(size) if size.isdigit() else 1000
    seed = hashlib.sha256(rel.encode()).digest()
    data = (seed * (n // 32 + 1))[:n]
    dests = [os.path.join(work, "check/vendor", rel)]
    if owner in cached:
        dests.append(os.path.join(work, "src", f"{owner}@{paths[owner]}", rel[len(owner) + 1:]))
    for dest in dests:
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "wb") as fh:
            fh.write(data)
PY
(cd "$ROOT/scripts/samples/mkproxy" && "$GO" build -o "$WORK/mkproxy" .)
"$WORK/mkproxy" -src "$WORK/src" -out "$WORK/proxy"
mkdir -p "$WORK/dl" && (cd "$WORK/dl" && "$GO" mod init example.com/bench >/dev/null 2>&1)
echo "go mod download of $(wc -l <"$WORK/modules.list") modules ..." >&2
: >"$WORK/check/go.sum"
while read -r mv; do
    (cd "$WORK/dl" && "$GO" mod download -json "$mv") | python3 -c '
import json, sys
d = json.load(sys.stdin)
if d.get("Error"): sys.exit(d["Error"])
print(d["Path"], d["Version"], d["Sum"]); print(d["Path"], d["Version"] + "/go.mod", d["GoModSum"])' >>"$WORK/check/go.sum"
done <"$WORK/modules.list"
# The modules left out of the cache keep the project's own go.sum lines.
grep -E '^gopkg\.in/' "$CORPUS/go.sum" >>"$WORK/check/go.sum" || true
sort -o "$WORK/check/go.sum" "$WORK/check/go.sum"
cp "$CORPUS/go.mod" "$CORPUS/vendor/modules.txt" "$WORK/check/" && mv "$WORK/check/modules.txt" "$WORK/check/vendor/"
for f in list.json graph.txt; do [[ -f $CORPUS/$f ]] && cp "$CORPUS/$f" "$WORK/check/"; done
"$GO" clean -cache >/dev/null 2>&1 || true

bytes() { du -sb "$1" | cut -f1; }
echo "vendor/: $(find "$WORK/check/vendor" -type f | wc -l) files, $(($(bytes "$WORK/check/vendor") / 1000000)) MB;" \
    "module cache: $(($(bytes "$GOMODCACHE") / 1000000)) MB" >&2
run() {
    local label=$1
    shift
    for i in $(seq "$RUNS"); do
        { "$@" 2>&1 >/dev/null || true; } | sed -n "s/^modgraph: timings: /$label: /p"
    done
}
cd "$WORK/check"
echo "== consistency only (--format go), $RUNS runs" >&2
run "go" "$MODGRAPH" vendor-check --format go --mod vendor --go-version go1.23.5 --timings
echo "== consistency + tree + build list + go.sum" >&2
run "drift" "$MODGRAPH" vendor-check --mod vendor --go-version go1.23.5 --no-modcache --timings
echo "== + module cache: verify (dirhash) and compare every file, both cores" >&2
run "cache" "$MODGRAPH" vendor-check --mod vendor --go-version go1.23.5 --modcache "$GOMODCACHE" --timings
echo "== the same on one core (taskset -c 0)" >&2
run "cache-1cpu" taskset -c 0 "$MODGRAPH" vendor-check --mod vendor --go-version go1.23.5 --modcache "$GOMODCACHE" --timings
echo "== baselines: read every cached and vendored file; sha256sum of every cached file" >&2
for i in $(seq "$RUNS"); do
    /usr/bin/time -f "cat: %e s" sh -c "find '$GOMODCACHE' '$WORK/check/vendor' -type f -not -path '*/cache/*' -print0 | xargs -0 cat >/dev/null"
    /usr/bin/time -f "sha256sum: %e s" sh -c "find '$GOMODCACHE' -type f -not -path '*/cache/*' -print0 | xargs -0 sha256sum >/dev/null"
done
"$MODGRAPH" vendor-check --mod vendor --go-version go1.23.5 --modcache "$GOMODCACHE" | head -8
