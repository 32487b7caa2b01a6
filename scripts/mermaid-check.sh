#!/usr/bin/env bash
# Renders every ```mermaid block of Markdown reports the way GitHub does, with Mermaid 11 in
# headless Chromium, and checks it:
#
#   scripts/mermaid-check.sh [--screenshots DIR] REPORT.md ...
#
# - Mermaid parses the block and draws it, with GitHub's limits (maxTextSize 50,000,
#   maxEdges 500) and securityLevel strict: no error;
# - the drawing holds nothing active: no script, image, iframe, link or on* handler;
# - a report without a block fails;
# - prints, per block, `FOLDER/FILE#N: ok NODES nodes, WIDTHxHEIGHT` and a `labels: [...]` line (JSON:
#   each node's text as drawn), so a test can compare them with the module names;
# - with --screenshots DIR, saves DIR/<folder>-<file>-<N>.png at a GitHub comment's width
#   (1000 px), one browser start per block; without it, every block is drawn in one page.
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
# One page drawing every block in turn (one browser start), and one page per block for screenshots.
python3 - "$work" "$@" <<'PY'
import json, os, re, sys
work, files = sys.argv[1], sys.argv[2:]
head = """<!doctype html><html><head><meta charset="utf-8"><script src="mermaid.min.js"></script>
<style>body{margin:0;background:#fff;font-family:sans-serif} .out{width:1000px;padding:8px}</style></head><body>"""
script = """<script>
mermaid.initialize({startOnLoad: false, securityLevel: 'strict', maxTextSize: 50000, maxEdges: 500, theme: 'default'});
(async () => {
  for (let i = 0; i < blocks.length; i++) {
    const out = document.createElement('div');
    out.className = 'out';
    document.body.appendChild(out);
    try {
      await mermaid.parse(blocks[i]);
      const {svg} = await mermaid.render('d' + i, blocks[i]);
      out.innerHTML = svg;
      const s = out.querySelector('svg');
      const labels = [...out.querySelectorAll('g.node')].map(g => g.textContent);
      const active = out.querySelectorAll('script, img, iframe, a, object, embed, [onerror], [onload], [onclick], [onmouseover], [href^="javascript"]').length;
      const r = s.getBoundingClientRect();
      out.dataset.size = Math.round(r.width) + 'x' + Math.round(r.height);
      out.dataset.nodes = labels.length;
      out.dataset.labels = JSON.stringify(labels);
      out.dataset.result = active ? 'active content in the drawing: ' + active : 'ok';
    } catch (e) {
      out.dataset.result = 'error: ' + String(e && e.message || e).replace(/\\s+/g, ' ');
    }
  }
  document.body.dataset.done = 'true';
})();
</script></body></html>"""
blocks, names = [], []
for f in files:
    text = open(f, encoding="utf-8").read()
    found = re.findall(r"^```mermaid\n(.*?)^```$", text, flags=re.S | re.M)
    label = os.path.join(os.path.basename(os.path.dirname(os.path.abspath(f))), os.path.basename(f))
    for n, block in enumerate(found, 1):
        blocks.append(block)
        names.append(f"{label}#{n}")
    if not found:
        names.append(f"{label}#0")
        blocks.append(None)
def page(path, bs):
    with open(path, "w", encoding="utf-8") as out:
        out.write(head + "<script>const blocks = " + json.dumps(bs).replace("<", "\\u003c") + ";</script>" + script)
page(os.path.join(work, "all.html"), [b for b in blocks if b is not None])
for i, b in enumerate(blocks):
    if b is not None:
        page(os.path.join(work, f"page{i}.html"), [b])
with open(os.path.join(work, "index"), "w") as out:
    out.write("".join(f"page{i}.html\t{n}\t{'-' if b is None else 'block'}\n" for i, (n, b) in enumerate(zip(names, blocks))))
PY
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --mute-audio --no-first-run
  --disable-extensions --disable-background-networking --disable-sync --disable-component-update
  --user-data-dir="$work/profile" --force-device-scale-factor=1 --virtual-time-budget=60000)
"$browser" "${flags[@]}" --window-size=1016,800 --dump-dom "file://$work/all.html" >"$work/dom.html" 2>"$work/log" || true
# One line per drawn block: result, size, nodes, labels.
python3 - "$work/dom.html" >"$work/results" <<'PY'
import html, re, sys
dom = open(sys.argv[1], encoding="utf-8", errors="replace").read()
for m in re.finditer(r'<div class="out"([^>]*)>', dom):
    attrs = dict((k, html.unescape(v)) for k, v in re.findall(r'data-(\w+)="([^"]*)"', m.group(1)))
    result = attrs.get("result", "did-not-finish").replace(" ", "_").replace("\t", "_")
    print(result, attrs.get("size", "0x0"), attrs.get("nodes", "0"), attrs.get("labels", "[]").replace("\n", " "))
PY
status=0
exec 3<"$work/results"
while IFS=$'\t' read -r page name kind; do
  if [ "$kind" = - ]; then
    echo "$name: FAIL no mermaid block"
    status=1
    continue
  fi
  if ! read -r result size nodes labels <&3; then result=did-not-finish; size=0x0; fi
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
