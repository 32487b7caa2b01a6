#!/usr/bin/env bash
# Records what the real go command answers about its environment, into
# Tests/Fixtures/go-oracle/env/ (settings.json, routing.json, toolchain.json, vendor.json).
#
#   settings   `go env -json` under crafted environments and go env files (GOENV,
#              $XDG_CONFIG_HOME/go/env, $HOME/.config/go/env), with module trees and a parent go.work;
#   routing    `go mod download -json M@v1.0.0` for modules of a made-up universe under GONOSUMDB /
#              GOPRIVATE / GONOPROXY globs and GOPROXY lists: a module the checksum database would be
#              asked about fails ("verifying ...") because GOSUMDB points at a loopback port that does
#              not answer; a module GONOPROXY matches is fetched directly and fails because
#              HTTPS_PROXY/HTTP_PROXY point at that same port; the rest come from a local file:// GOPROXY;
#   toolchain  `go list -m` under GOTOOLCHAIN values against go.mod go/toolchain lines (GOPROXY=off,
#              so a switch that needs a download fails instead of downloading; a fake go1.99.0 on
#              PATH shows a switch to a PATH toolchain);
#   vendor     `go list -m` in vendored modules with GOFLAGS set only in the go env file.
#
# Every run has a scrubbed environment (env -i) and a temporary HOME, GOPATH, GOMODCACHE; paths
# under the temporary directory are written as /WORK. Nothing leaves the machine.
#
# Usage: scripts/record/env/record.sh   (GO=/path/to/go to choose the toolchain)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
GO=${GO:-/usr/lib/go-1.23/bin/go}
[[ -x $GO ]] || { echo "record.sh: no go command at $GO (set GO=...)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/modgraph-env.XXXXXX")
cleanup() { chmod -R u+w "$WORK" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

(cd "$ROOT/scripts/samples/mkproxy" && env -i PATH=/usr/bin:/bin HOME="$WORK/buildhome" GOPATH="$WORK/buildgopath" \
  GOMODCACHE="$WORK/buildmodcache" GOCACHE="$WORK/buildcache" GOPROXY=off GOTOOLCHAIN=local GOFLAGS=-mod=mod \
  GOTELEMETRY=off "$GO" build -trimpath -o "$WORK/mkproxy" .)

exec python3 "$HERE/record.py" --go "$GO" --work "$WORK" --mkproxy "$WORK/mkproxy" --out "$ROOT/Tests/Fixtures/go-oracle/env"
