#!/usr/bin/env bash
# Writes modgraph's man page (troff, section 1) on stdout, made from the binary's own help:
#
#   bash scripts/manpage.sh path/to/modgraph > modgraph.1
#
# NAME and SYNOPSIS from `modgraph --help`, then one section per subcommand with its
# `modgraph help SUBCOMMAND` text as printed (so the page never disagrees with --help), and the
# exit statuses. scripts/install.sh installs it as share/man/man1/modgraph.1.
set -euo pipefail
bin=${1:?usage: manpage.sh MODGRAPH}
version=$("$bin" --version)
top=$(COLUMNS=80 "$bin" --help)
# Text safe in troff: backslashes as \e, a leading . or ' kept literal.
troff() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
abstract=$(printf '%s\n' "$top" | awk '/^OVERVIEW:/{sub(/^OVERVIEW: /,""); s=$0; while ((getline l) > 0 && l != "") s = s " " l; print s; exit}')
subcommands=$(printf '%s\n' "$top" | awk '/^SUBCOMMANDS:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{n++} n>1{exit}')
{
  echo ".TH MODGRAPH 1 \"\" \"modgraph $version\" \"User Commands\""
  echo ".SH NAME"
  echo "modgraph \\- $(printf '%s' "$abstract" | sed 's/^Analyze/analyze/' | troff)"
  echo ".SH SYNOPSIS"
  for c in $subcommands; do
    echo ".B modgraph $c"
    echo ".RI [ options ]"
    echo ".br"
  done
  echo ".B modgraph"
  echo "\\-\\-version | \\-\\-help"
  echo ".SH DESCRIPTION"
  echo ".nf"
  printf '%s\n' "$top" | troff
  echo ".fi"
  for c in $subcommands; do
    echo ".SH \"MODGRAPH $(echo "$c" | tr a-z A-Z)\""
    echo ".nf"
    COLUMNS=80 "$bin" help "$c" | troff
    echo ".fi"
  done
  echo ".SH \"SEE ALSO\""
  echo "The README of the modgraph repository; \\fBgo\\fR(1) help pages \\fBgo help modules\\fR."
}
