#!/usr/bin/env bash
# Screenshots an SVG (e.g. a rendered module graph) to a PNG with headless Chromium,
# so people and CI can look at a render.
#
#   scripts/screenshot-svg.sh GRAPH.svg OUT.png [MAX_WIDTH_PX]
#
# The page is sized to the SVG's own width and height (Graphviz writes them in pt), scaled
# down to at most MAX_WIDTH_PX wide (default 2000) and 16000 px tall. Needs `chromium`
# (scripts/install-deps.sh --with-browser). Set DARK=1 to put the SVG on GitHub's dark page
# colour, to check that it stays legible in dark mode.
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 GRAPH.svg OUT.png [MAX_WIDTH_PX]" >&2
  exit 64
fi
svg=$1
png=$2
max_width=${3:-2000}
max_height=16000

[ -f "$svg" ] || { echo "$0: no such file: $svg" >&2; exit 66; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "$0: chromium not found (scripts/install-deps.sh --with-browser)" >&2; exit 69; }

# The root element's width/height, in pt or px (Graphviz: width="123pt" height="45pt").
read -r width height < <(
  tr '\n' ' ' < "$svg" | grep -o '<svg[^>]*>' | head -n1 | awk '
    function px(attr,   m, v) {
      if (!match($0, attr "=\"[0-9.]+(pt|px)?\"")) return 0
      m = substr($0, RSTART + length(attr) + 2, RLENGTH - length(attr) - 3)
      v = m + 0
      if (m ~ /pt$/) v = v * 4 / 3
      return v
    }
    { print int(px("width") + 0.5), int(px("height") + 0.5) }'
)
if [ "${width:-0}" -le 0 ] || [ "${height:-0}" -le 0 ]; then
  width=1200
  height=800
fi
# Scale to fit the limits, keeping the aspect ratio.
read -r view_width view_height < <(awk -v w="$width" -v h="$height" -v mw="$max_width" -v mh="$max_height" '
  BEGIN { s = 1; if (w > mw) s = mw / w; if (h * s > mh) s = mh / h;
          printf "%d %d\n", w * s + 0.5, h * s + 0.5 }')

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$svg" "$work/graph.svg"
background=#ffffff
[ "${DARK:-}" = 1 ] && background=#0d1117
cat > "$work/page.html" <<HTML
<!doctype html>
<html><head><meta charset="utf-8"><style>
html, body { margin: 0; padding: 0; background: $background; }
img { display: block; width: ${view_width}px; height: ${view_height}px; }
</style></head>
<body><img src="graph.svg" alt=""></body></html>
HTML

# --no-sandbox: CI and containers run as root, where Chromium's sandbox cannot start.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --mute-audio \
  --no-first-run --user-data-dir="$work/profile" \
  --force-device-scale-factor=1 --window-size="${view_width},${view_height}" \
  --screenshot="$work/out.png" "file://$work/page.html" >"$work/log" 2>&1 || {
  cat "$work/log" >&2
  exit 1
}
[ -s "$work/out.png" ] || { cat "$work/log" >&2; echo "$0: no screenshot written" >&2; exit 1; }
mv "$work/out.png" "$png"
echo "$png: ${view_width}x${view_height} px (SVG ${width}x${height} px)" >&2
