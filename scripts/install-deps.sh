#!/usr/bin/env bash
# Installs what modgraph needs on a fresh Debian 12 machine (run as root):
#   - Graphviz's C libraries and headers (libgvc/libcgraph), found through pkg-config;
#   - Go 1.23 from bookworm-backports, so tests that run the real go command run too;
#   - git and python3 when missing (tests of diff --git and of the CI recipe).
# Idempotent: does nothing that is already done. Pass --with-browser (the test command does) to
# also install Chromium (the HTML/SVG/Mermaid browser checks), groff, zsh and fish (the install test).
set -euo pipefail

need=()
# git and python3: the diff --git tests and scripts/ci-recipe-check.sh (usually present already).
command -v git >/dev/null 2>&1 || need+=(git)
command -v python3 >/dev/null 2>&1 || need+=(python3)
# python3's venv module: scripts/python-tools.sh makes .build-python/ with it.
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need+=(python3-venv)
dpkg -s libgraphviz-dev >/dev/null 2>&1 || need+=(libgraphviz-dev)
dpkg -s pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if [ ! -x /usr/lib/go-1.23/bin/go ]; then
  need+=(golang-1.23-go)
  src=/etc/apt/sources.list.d/bookworm-backports.list
  if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    # Same archive as the machine's main Debian source, suite bookworm-backports.
    mirror=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n1 | awk '{print $2}' || true)
    if [ -z "$mirror" ]; then
      mirror=$(grep -hE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | grep -v security | head -n1 | awk '{print $2}' || true)
    fi
    mirror=${mirror:-http://deb.debian.org/debian}
    echo "deb ${mirror%/} bookworm-backports main" > "$src"
  fi
fi
if [ "${1:-}" = "--with-browser" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  # The test command's too: groff, zsh and fish (InstallTests render the man page and load the
  # completions in each shell).
  command -v groff >/dev/null 2>&1 || need+=(groff-base)
  command -v zsh >/dev/null 2>&1 || need+=(zsh)
  command -v fish >/dev/null 2>&1 || need+=(fish)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "install-deps: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
