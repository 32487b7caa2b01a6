#!/usr/bin/env bash
# The whole test suite, from a fresh Debian 12 machine (as root): installs what it needs
# (Graphviz, Go 1.23, Chromium, Python test tools), builds, and runs every test. README's second command;
# .ci/run runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --with-browser
# jsonschema, the SARIF 2.1.0 schema and mermaid.min.js from PyPI, into .build-python/.
bash scripts/python-tools.sh >/dev/null
# Tests that run the real go command find Go 1.23 here.
export MODGRAPH_TEST_GO=/usr/lib/go-1.23/bin/go
swift build --build-tests
# The release build scripts/install.sh makes: InstallTests checks that it links no Swift library.
swift build -c release --product modgraph --static-swift-stdlib
swift test --skip-build --parallel --num-workers 2 2>&1 | tee /tmp/modgraph-test.log
