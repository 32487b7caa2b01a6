#!/usr/bin/env bash
# Renders every ```mermaid block of Markdown reports the way GitHub does, with Mermaid 11 in
# headless Chromium, and checks it:
#
#   scripts/mermaid-check.sh [--screenshots DIR] REPORT.md ...
#
# - Mermaid parses the block and draws it, with GitHub's limits (maxTextSize 50,000,
#   maxEdges 500) and securityLevel strict: no error;
# - the drawing holds nothing active: no script, image, iframe, link or on* handler;
# - prints, per block, `FILE#N: ok NODES nodes, WIDTHxHEIGHT` and a `labels: [...]` line (JSON:
#   each node's text as drawn), so a test can compare them with the module names;
# - with --screenshots DIR, saves DIR/<file>-<N>.png at a GitHub comment's width (1000 px).
#
# mermaid.min.js comes from the diagram-renderer PyPI package that scripts/python-tools.sh
# installs into .build-python/ (never fetched here). Exit status: 0 pass, 1 fail, 64 usage,
# 69 Chromium or mermaid.min.js missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shots=
if [ "${1:-}" = "--screenshots" ]; then shots=$2; shift 2; mkdir -p "$shots"; fi
[ $# -ge 1 ] || { echo "usage: $0 [--screenshots DIR] REPORT.md ..." >&2; exit 64; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "$0: chromium not found (scripts/install-deps.sh --with-browser)" >&2; exit 69; }
js=$(ls "$root"/.build-python/lib/python3*/site-packages/diagram_renderer/renderers/static/js/mermaid.min.js 2>/dev/null | head -n1 || true)
[ -n "$js" ] || { echo "$0: mermaid.min.js not found (bash scripts/python-tools.sh)" >&2; exit 69; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$js" "$work/mermaid.min.js"
# One page per block.
python3 - "$work" "$@" <<'PY'
import json, os, re, sys
work, files = sys.argv[1], sys.argv[2:]
index = []
for f in files:
    text = open(f, encoding="utf-8").read()
    blocks = re.findall(r"^```mermaid\n(.*?)^```$", text, flags=re.S | re.M)
    for n, block in enumerate(blocks, 1):
        page = f"page{len(index)}.html"
        src = json.dumps(block).replace("<", "\\u003c")
        with open(os.path.join(work, page), "w", encoding="utf-8") as out:
            out.write("""<!doctype html><html><head><meta charset="utf-8"><script src="mermaid.min.js"></script>
<style>body{margin:0;background:#fff;font-family:sans-serif} #out{width:1000px;padding:8px}</style></head>
<body><div id="out"></div><script>
const text = %s;
mermaid.initialize({startOnLoad: false, securityLevel: 'strict', maxTextSize: 50000, maxEdges: 500, theme: 'default'});
(async () => {
  try {
    await mermaid.parse(text);
    const {svg} = await mermaid.render('d', text);
    const out = document.getElementById('out');
    out.innerHTML = svg;
    const s = out.querySelector('svg');
    const labels = [...out.querySelectorAll('g.node')].map(g => g.textContent);
    const active = out.querySelectorAll('script, img, iframe, a, object, embed, [onerror], [onload], [onclick], [onmouseover], [href^="javascript"]').length;
    const r = s.getBoundingClientRect();
    document.body.dataset.size = Math.round(r.width) + 'x' + Math.round(r.height);
    document.body.dataset.nodes = labels.length;
    document.body.dataset.labels = JSON.stringify(labels);
    document.body.dataset.result = active ? 'active content in the drawing: ' + active : 'ok';
  } catch (e) {
    document.body.dataset.result = 'error: ' + String(e && e.message || e).replace(/\\s+/g, ' ');
  }
})();
</script></body></html>""" % src)
        index.append(f"{page}\t{os.path.basename(f)}#{n}")
with open(os.path.join(work, "index"), "w") as out:
    out.write("".join(line + "\n" for line in index))
if not index:
    print("no mermaid block found", file=sys.stderr)
PY
[ -s "$work/index" ] || exit 1
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --mute-audio --no-first-run
  --disable-extensions --disable-background-networking --disable-sync --disable-component-update
  --user-data-dir="$work/profile" --force-device-scale-factor=1 --virtual-time-budget=20000)
status=0
while IFS=$'\t' read -r page name; do
  "$browser" "${flags[@]}" --window-size=1016,800 --dump-dom "file://$work/$page" >"$work/dom.html" 2>"$work/log" || true
  read -r result size nodes labels < <(python3 - "$work/dom.html" <<'PY'
import html, re, sys
dom = open(sys.argv[1], encoding="utf-8", errors="replace").read()
m = re.search(r"<body([^>]*)>", dom)
attrs = dict((k, html.unescape(v)) for k, v in re.findall(r'data-(\w+)="([^"]*)"', m.group(1) if m else ""))
result = attrs.get("result", "did-not-finish").replace(" ", "_").replace("\t", "_")
print(result, attrs.get("size", "0x0"), attrs.get("nodes", "0"), attrs.get("labels", "[]").replace("\n", " "))
PY
)
  if [ "$result" = ok ]; then
    echo "$name: ok $nodes nodes, $size"
    echo "labels: $labels"
  else
    echo "$name: FAIL ${result//_/ }"
    status=1
  fi
  if [ -n "$shots" ] && [ "$result" = ok ]; then
    h=${size#*x}; h=$((h + 40)); [ "$h" -gt 16000 ] && h=16000
    png="$shots/$(echo "$name" | tr '#/' '--').png"
    "$browser" "${flags[@]}" --window-size=1016,"$h" --screenshot="$png" "file://$work/$page" >/dev/null 2>&1 || true
    [ -s "$png" ] && echo "screenshot: $png" || { echo "$name: FAIL no screenshot"; status=1; }
  fi
done <"$work/index"
exit $status
