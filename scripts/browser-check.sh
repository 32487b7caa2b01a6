#!/usr/bin/env bash
# Opens a modgraph report.html in headless Chromium the way a reader would, and checks it:
#
#   scripts/browser-check.sh REPORT.html [SCREENSHOT.png]
#
# - the page's own self-test passes (it runs when the page is opened as report.html#selftest:
#   zoom and pan the graph, sort a table both ways, search, find a module in the graph);
# - the browser logs nothing from the page: no script error, no console message, no resource
#   refused by the page's Content-Security-Policy (the report loads nothing from anywhere);
# - the graph is on screen: the self-test measures the drawn SVG;
# - SCREENSHOT.png (optional) is what a reader sees first.
#
# Exit status: 0 pass, 1 fail, 64 usage, 69 Chromium not found (scripts/install-deps.sh
# --with-browser). Runs as root in CI: Chromium needs --no-sandbox there.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 REPORT.html [SCREENSHOT.png]" >&2
  exit 64
fi
html=$1
png=${2:-}
[ -f "$html" ] || { echo "$0: no such file: $html" >&2; exit 66; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "$0: chromium not found (scripts/install-deps.sh --with-browser)" >&2; exit 69; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$html" "$work/report.html"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --mute-audio --no-first-run
  --disable-extensions --disable-background-networking --disable-sync --disable-component-update
  --user-data-dir="$work/profile" --window-size=1400,1000 --force-device-scale-factor=1
  --enable-logging=stderr --v=0 --virtual-time-budget=10000)

status=0
# 1. The DOM after the page's script and self-test ran.
if ! "$browser" "${flags[@]}" --dump-dom "file://$work/report.html#selftest" >"$work/dom.html" 2>"$work/log"; then
  cat "$work/log" >&2
  echo "$0: chromium failed" >&2
  exit 1
fi
selftest=$(grep -o 'data-selftest="[^"]*"' "$work/dom.html" | head -n1 | sed 's/^data-selftest="//; s/"$//')
ready=$(grep -c 'data-ready="true"' "$work/dom.html" || true)
if [ "$ready" = 0 ]; then
  echo "FAIL: the page's script did not run to the end (no data-ready)" >&2
  status=1
fi
if [ "$selftest" != pass ]; then
  echo "FAIL: self-test: ${selftest:-did not run}" >&2
  status=1
else
  echo "self-test: pass"
fi
# Console messages, uncaught errors and CSP refusals all reach Chromium's log as CONSOLE lines.
if grep -E 'CONSOLE|Uncaught|Refused to|Content Security Policy' "$work/log" >"$work/console" 2>/dev/null; then
  echo "FAIL: the page logged to the console:" >&2
  cat "$work/console" >&2
  status=1
else
  echo "console: clean"
fi

# 2. What a reader sees first.
if [ -n "$png" ]; then
  "$browser" "${flags[@]}" --screenshot="$work/shot.png" "file://$work/report.html" >"$work/log2" 2>&1 || true
  if [ -s "$work/shot.png" ]; then
    mv "$work/shot.png" "$png"
    echo "screenshot: $png"
  else
    cat "$work/log2" >&2
    echo "FAIL: no screenshot written" >&2
    status=1
  fi
fi
exit $status
