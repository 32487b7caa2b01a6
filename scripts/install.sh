#!/usr/bin/env bash
# Builds modgraph (release, Swift runtime linked statically) and installs it:
#
#   bash scripts/install.sh [--prefix DIR] [--binary FILE]
#
#   DIR/bin/modgraph                                  (default DIR: /usr/local)
#   DIR/share/bash-completion/completions/modgraph    bash completion
#   DIR/share/zsh/site-functions/_modgraph            zsh completion
#   DIR/share/fish/vendor_completions.d/modgraph.fish fish completion
#   DIR/share/man/man1/modgraph.1                     the man page (scripts/manpage.sh)
#
# The completions are what swift-argument-parser generates (`modgraph
# --generate-completion-script SHELL`). --binary installs an already built modgraph instead
# of building one (the tests use it). At run time modgraph needs Graphviz's libgvc (Debian
# package libgvc6) and the C library; `ldd DIR/bin/modgraph` lists them.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=/usr/local
binary=
while [ $# -gt 0 ]; do
  case $1 in
    --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --binary) binary=${2:?--binary needs a file}; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument: $1 (usage: install.sh [--prefix DIR] [--binary FILE])" >&2; exit 64 ;;
  esac
done
if [ -z "$binary" ]; then
  bash scripts/install-deps.sh
  swift build -c release --product modgraph --static-swift-stdlib
  binary=$(swift build -c release --static-swift-stdlib --show-bin-path)/modgraph
fi
[ -x "$binary" ] || { echo "install.sh: no modgraph binary at $binary" >&2; exit 2; }
prefix=$(mkdir -p "$prefix" && cd "$prefix" && pwd)
install -d "$prefix/bin" "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
  "$prefix/share/fish/vendor_completions.d" "$prefix/share/man/man1"
install -m 0755 "$binary" "$prefix/bin/modgraph"
bin="$prefix/bin/modgraph"
"$bin" --generate-completion-script bash >"$prefix/share/bash-completion/completions/modgraph"
"$bin" --generate-completion-script zsh >"$prefix/share/zsh/site-functions/_modgraph"
"$bin" --generate-completion-script fish >"$prefix/share/fish/vendor_completions.d/modgraph.fish"
bash scripts/manpage.sh "$bin" >"$prefix/share/man/man1/modgraph.1"
echo "installed modgraph $("$bin" --version) in $prefix:"
echo "  bin/modgraph, share/man/man1/modgraph.1, bash/zsh/fish completions under share/"
