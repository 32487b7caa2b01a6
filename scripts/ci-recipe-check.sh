#!/usr/bin/env bash
# Runs the CI recipe locally on every sample: the "recipe" block of action.yml, extracted as
# it stands (what the GitHub Action runs), in a pull-request checkout made the way
# actions/checkout makes one.
#
# For each sample, a throw-away repository gets the sample on `main` and, on a `pr` branch,
# the same sample with one more module in list.json that the go command could not resolve (so
# the pull request adds a module and a warning). It is cloned (origin/main exists, as with
# fetch-depth: 0) and the pull-request head checked out; GITHUB_BASE_REF, GITHUB_STEP_SUMMARY
# and GITHUB_OUTPUT point at temporary files. The recipe runs twice, with fail-on warning (the
# new warning must fail it) and fail-on error; every report is checked, and the checkout must
# be left as it was.
#
#   bash scripts/ci-recipe-check.sh                        # builds modgraph first
#   MODGRAPH=.build/release/modgraph bash scripts/ci-recipe-check.sh
#
# Needs git and python3 (to check JSON and XML). Exit status 0 when every check passes.
set -euo pipefail
cd "$(dirname "$0")/.."
repo_root=$PWD

if [ -z "${MODGRAPH:-}" ]; then
  swift build --product modgraph >&2
  MODGRAPH="$(swift build --show-bin-path)/modgraph"
fi
MODGRAPH=$(cd "$(dirname "$MODGRAPH")" && pwd)/$(basename "$MODGRAPH")
[ -x "$MODGRAPH" ] || { echo "$0: no modgraph executable at $MODGRAPH" >&2; exit 2; }

recipe=$(sed -n '/# recipe:begin/,/# recipe:end/p' action.yml | sed 's/^        //')
[ -n "$recipe" ] || { echo "$0: no recipe block in action.yml" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "  FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "  ok: $*"; }

git_() {
  git -c user.name="ci recipe" -c user.email=ci@example.com -c commit.gpgsign=false \
      -c init.defaultBranch=main "$@"
}

# Expected recipe status per sample: with fail-on warning, then with fail-on error.
# broken-vendor's vendor/ is inconsistent, so vendor-check fails it either way.
declare -A expect_warning=([hello]=1 [vendored]=1 [multi-major]=1 [broken-vendor]=1)
declare -A expect_error=([hello]=0 [vendored]=0 [multi-major]=0 [broken-vendor]=1)

for sample in hello vendored multi-major broken-vendor; do
  echo "== $sample"
  origin=$work/$sample-origin
  mkdir -p "$origin"
  cp -R "samples/$sample/." "$origin/"
  git_ -C "$origin" init -q
  git_ -C "$origin" add -A
  git_ -C "$origin" commit -q -m "base: samples/$sample"
  git_ -C "$origin" checkout -q -b pr
  printf '{\n\t"Path": "example.com/ci-added",\n\t"Version": "v1.0.0",\n\t"Error": {\n\t\t"Err": "not found"\n\t}\n}\n' \
    >> "$origin/list.json"
  git_ -C "$origin" commit -q -am "pr: require example.com/ci-added"

  checkout=$work/$sample
  git_ clone -q "$origin" "$checkout"
  git_ -C "$checkout" checkout -q --detach origin/pr

  for fail_on in warning error; do
    rm -rf "$checkout/modgraph-report"
    summary=$work/$sample-$fail_on-summary.md
    outputs=$work/$sample-$fail_on-outputs.txt
    : > "$summary"; : > "$outputs"
    log=$work/$sample-$fail_on.log
    set +e
    (
      cd "$checkout"
      export PATH="$(dirname "$MODGRAPH"):$PATH"
      export GITHUB_BASE_REF=main GITHUB_STEP_SUMMARY=$summary GITHUB_OUTPUT=$outputs
      export MODGRAPH_PATH=. MODGRAPH_BASE= MODGRAPH_FAIL_ON=$fail_on MODGRAPH_OUTPUT=modgraph-report
      export MODGRAPH_GO=/nonexistent  # the samples hold their captures: never run go
      bash -c "$recipe"
    ) > "$log" 2>&1
    rc=$?
    set -e
    out=$checkout/modgraph-report
    expected=${expect_warning[$sample]}
    [ "$fail_on" = error ] && expected=${expect_error[$sample]}

    echo " fail-on $fail_on"
    if [ $rc -eq 0 ]; then ok "the recipe ran to the end"; else fail "the recipe exited $rc (it must record, not exit)"; sed 's/^/    /' "$log"; fi
    status=$(sed -n 's/^status=//p' "$outputs")
    if [ "$status" = "$expected" ]; then ok "status=$status"; else fail "status=$status, expected $expected"; sed 's/^/    /' "$log"; fi

    for f in analyze/graph.svg analyze/graph.dot analyze/report.md analyze/report.json analyze/report.sarif \
             vendor-check.sarif diff/diff.md diff/diff.json diff/diff.dot diff/diff.svg; do
      [ -s "$out/$f" ] || fail "$f missing or empty"
    done
    python3 - "$out" <<'EOF' && ok "reports parse (JSON, SARIF 2.1.0, SVG) and the diff shows the new module" || fail "report contents"
import json, sys, xml.etree.ElementTree as ET
out = sys.argv[1]
json.load(open(f"{out}/analyze/report.json"))
for f in ("vendor-check.sarif", "analyze/report.sarif"):
    sarif = json.load(open(f"{out}/{f}"))
    assert sarif["version"] == "2.1.0", sarif.get("version")
for svg in ("analyze/graph.svg", "diff/diff.svg"):
    ET.parse(f"{out}/{svg}")
diff = json.load(open(f"{out}/diff/diff.json"))
assert [a["path"] for a in diff["added"]] == ["example.com/ci-added"], diff["added"]
assert any(f["module"] == "example.com/ci-added" for f in diff["findings"]["new"]), diff["findings"]["new"]
assert diff["base"]["label"] == "merge base of origin/main and HEAD", diff["base"]["label"]
EOF
    if head -n1 "$summary" | grep -q '^<!-- modgraph-diff -->$'; then ok "job summary has the diff"; else fail "job summary"; fi
    chars=$(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read()))' "$out/diff/diff.md")
    if [ "$chars" -le 65536 ]; then ok "diff.md: $chars characters (comment limit 65536)"; else fail "diff.md has $chars characters"; fi
    if [ -z "$(git -C "$checkout" status --porcelain --untracked-files=no)" ] \
       && [ "$(git -C "$checkout" rev-parse HEAD)" = "$(git -C "$checkout" rev-parse origin/pr)" ]; then
      ok "checkout untouched"
    else
      fail "the checkout changed"
    fi
  done
done

# A push, not a pull request: no base, no diff; the job summary gets the head's report.md.
echo "== push (no base)"
checkout=$work/vendored
rm -rf "$checkout/modgraph-report"
summary=$work/push-summary.md
outputs=$work/push-outputs.txt
: > "$summary"; : > "$outputs"
set +e
(
  cd "$checkout"
  export PATH="$(dirname "$MODGRAPH"):$PATH"
  unset GITHUB_BASE_REF
  export GITHUB_STEP_SUMMARY=$summary GITHUB_OUTPUT=$outputs
  export MODGRAPH_PATH=. MODGRAPH_BASE= MODGRAPH_FAIL_ON=error MODGRAPH_OUTPUT=modgraph-report
  export MODGRAPH_GO=/nonexistent
  bash -c "$recipe"
) > "$work/push.log" 2>&1
rc=$?
set -e
out=$checkout/modgraph-report
if [ $rc -eq 0 ] && [ "$(sed -n 's/^status=//p' "$outputs")" = 0 ]; then ok "status=0"; else fail "push: exit $rc"; sed 's/^/    /' "$work/push.log"; fi
if [ ! -e "$out/diff" ] && grep -q "diff skipped" "$work/push.log"; then ok "no diff, and stderr says why"; else fail "push: a diff was made"; fi
if cmp -s "$summary" "$out/analyze/report.md"; then ok "job summary is report.md"; else fail "push: job summary"; fi

echo
if [ $failures -eq 0 ]; then
  echo "ci-recipe-check: every check passed ($MODGRAPH)"
else
  echo "ci-recipe-check: $failures check(s) failed"
  exit 1
fi
