#!/usr/bin/env bash
# libFuzzer targets for modgraph's parsers and escaping functions (sources in Fuzz/).
#
#   scripts/fuzz.sh --list                    the targets, one a line
#   scripts/fuzz.sh --check                   exit 0 if swiftc can build fuzz targets here
#   scripts/fuzz.sh --build [TARGET...]       build only
#   scripts/fuzz.sh TARGET SECONDS [ARGS...]  fuzz TARGET for SECONDS (0: no time limit);
#                                             ARGS go to libFuzzer (e.g. -runs=10000000)
#   scripts/fuzz.sh all SECONDS [ARGS...]     every target in turn, SECONDS each
#   scripts/fuzz.sh TARGET FILE...            run TARGET once on each FILE (reproduce a finding)
#
# Each target is built with `swiftc -sanitize=fuzzer,address` from ModGraphCore's sources
# (swift-crypto replaced by the tiny stub in Fuzz/CryptoStub) into .build/fuzz/. Seeds are
# taken at run time from samples/, Tests/Fixtures/ and, when present, ../shared/corpus
# (never copied into the repository); what libFuzzer finds new is kept in
# .build/fuzz/corpus/TARGET, crashes, hangs and OOMs in .build/fuzz/findings/TARGET/
# (FUZZ_BUILD_DIR and FUZZ_WORK_DIR move them).
# Exit status: 0 no finding, 1 a finding (libFuzzer's report on stderr), 2 could not run,
# 64 usage.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# FUZZ_BUILD_DIR: where the instrumented library and targets are built (.build/fuzz);
# FUZZ_WORK_DIR: where seeds, the growing corpus and findings go (the build folder).
out=$(realpath -m "${FUZZ_BUILD_DIR:-$root/.build/fuzz}")
work=$(realpath -m "${FUZZ_WORK_DIR:-$out}")
# The Swift runtime's crash reporter would wait on the crashed process; libFuzzer reports.
export SWIFT_BACKTRACE=enable=no

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 64; }
die() { echo "fuzz: $*" >&2; exit 2; }

targets() { for f in "$root"/Fuzz/Targets/*.swift; do basename "$f" .swift; done | LC_ALL=C sort; }

# The largest input libFuzzer makes for a target (seeds are cut to it).
max_len() {
    case "$1" in
        versions|module-paths) echo 256 ;;
        escaping) echo 1024 ;;
        *) echo 4096 ;;
    esac
}

# Whether this swiftc has libFuzzer's runtime (shipped with Swift on Linux).
check() {
    local swiftc
    swiftc=$(command -v swiftc) || { echo "fuzz: swiftc not found" >&2; return 1; }
    swiftc=$(readlink -f "$swiftc")
    local rt
    rt=$(ls "$(dirname "$swiftc")"/../lib/clang/*/lib/linux/libclang_rt.fuzzer-"$(uname -m)".a 2>/dev/null | head -1)
    [ -n "$rt" ] || { echo "fuzz: libFuzzer runtime (libclang_rt.fuzzer) not found beside $swiftc" >&2; return 1; }
}

# A digest of everything a build depends on.
stamp() { cat "$@" | sha256sum | cut -d' ' -f1; }

# ModGraphCore (and the crypto stub) as static libraries, instrumented for coverage and ASan.
build_library() {
    mkdir -p "$out/lib"
    local sources
    mapfile -t sources < <(find "$root/Sources/ModGraphCore" -name '*.swift' | LC_ALL=C sort)
    local flags=(-parse-as-library -O -g -sanitize=fuzzer,address)
    local want
    want=$(printf '%s\n' "${flags[*]}" | cat - "${sources[@]}" "$root/Fuzz/CryptoStub/Crypto.swift" | sha256sum | cut -d' ' -f1)
    if [ -f "$out/lib/stamp" ] && [ "$(cat "$out/lib/stamp")" = "$want" ]; then return 0; fi
    echo "fuzz: building ModGraphCore for fuzzing (a few minutes)" >&2
    rm -f "$out/lib/stamp"
    (cd "$out/lib" && swiftc -parse-as-library -O -module-name Crypto -emit-module -emit-library -static \
        "$root/Fuzz/CryptoStub/Crypto.swift" -o libCrypto.a) || die "building the crypto stub failed"
    (cd "$out/lib" && swiftc "${flags[@]}" -enable-testing -module-name ModGraphCore -emit-module -emit-library -static \
        -I "$out/lib" "${sources[@]}" -o libModGraphCore.a) || die "building ModGraphCore failed"
    echo "$want" > "$out/lib/stamp"
}

build_target() {
    local t=$1 src="$root/Fuzz/Targets/$1.swift"
    [ -f "$src" ] || { echo "fuzz: no target '$t' (see --list)" >&2; exit 64; }
    local want
    want=$(cat "$out/lib/stamp" "$src" "$root"/Fuzz/Support/*.swift | sha256sum | cut -d' ' -f1)
    if [ -x "$out/bin/$t" ] && [ -f "$out/bin/$t.stamp" ] && [ "$(cat "$out/bin/$t.stamp")" = "$want" ]; then return 0; fi
    mkdir -p "$out/bin"
    echo "fuzz: building $t" >&2
    swiftc -parse-as-library -O -g -sanitize=fuzzer,address -I "$out/lib" -L "$out/lib" \
        "$src" "$root"/Fuzz/Support/*.swift -lModGraphCore -lCrypto -o "$out/bin/$t" 2> "$out/bin/$t.log" \
        || { grep -v 'ld.gold: warning' "$out/bin/$t.log" >&2; die "building $t failed"; }
    echo "$want" > "$out/bin/$t.stamp"
}

# Builds under a lock, so concurrent runs (the test suite, a long run) share one build.
build() {
    check || exit 2
    mkdir -p "$out"
    exec 9> "$out/lock"
    flock 9
    build_library
    local t
    for t in "$@"; do build_target "$t"; done
    flock -u 9
}

# Files named NAME under samples/, Tests/Fixtures and ../shared/corpus.
inputs_named() {
    local dirs=("$root/samples" "$root/Tests/Fixtures")
    [ -d "$root/../shared/corpus" ] && dirs+=("$root/../shared/corpus")
    find "${dirs[@]}" -type f -name "$1" 2>/dev/null | LC_ALL=C sort
}

# `path version` pairs from every graph.txt, one a line.
# (awk, not head, keeps the first lines: head would close the pipe early, and with
# pipefail the writer's SIGPIPE would fail the script with status 141.)
graph_pairs() {
    inputs_named graph.txt | xargs -r cat | tr ' ' '\n' | grep '@' | LC_ALL=C sort -u | sed 's/@/ /' | awk 'NR <= 2000'
}

# Seeds for a target, written into $2 afresh.
seeds() {
    local t=$1 dir=$2
    rm -rf "$dir"
    mkdir -p "$dir"
    local name
    case "$t" in
        graph-text) name=graph.txt ;;
        list-json) name=list.json ;;
        modules-txt) name=modules.txt ;;
        go-mod) name=go.mod ;;
        go-work) name=go.work ;;
        go-sum) name=go.sum ;;
        *) name= ;;
    esac
    local i=0 f
    if [ -n "$name" ]; then
        while IFS= read -r f; do cp "$f" "$dir/$i"; i=$((i + 1)); done < <(inputs_named "$name")
        return 0
    fi
    local path version
    case "$t" in
        versions)
            # Three versions a seed, from neighbouring lines.
            graph_pairs | awk '{ print $2 }' | LC_ALL=C sort -u | paste -d'\n' - - - | split -l 3 -a 4 - "$dir/" ;;
        module-paths)
            while read -r path version; do printf '%s\n%s' "$path" "$version" > "$dir/$i"; i=$((i + 1)); done < <(graph_pairs | awk 'NR <= 500') ;;
        escaping)
            while read -r path version; do printf '%s@%s' "$path" "$version" > "$dir/$i"; i=$((i + 1)); done < <(graph_pairs | awk 'NR <= 300')
            printf '<a href="x">&amp;\n"|`*_[]\x1b[31m\xe2\x80\xae\\' > "$dir/hostile" ;;
    esac
}

run() {
    local t=$1 seconds=$2
    shift 2
    build "$t"
    local corpus="$work/corpus/$t" seeddir="$work/seeds/$t" findings="$work/findings/$t"
    mkdir -p "$corpus" "$findings"
    seeds "$t" "$seeddir"
    echo "fuzz: $t for ${seconds}s (corpus $corpus, findings $findings)" >&2
    local status=0
    # -rss_limit_mb: an input that needs more memory than this is a finding (OOM);
    # -timeout: one input that takes longer is a finding (hang).
    "$out/bin/$t" "$corpus" "$seeddir" -max_total_time="$seconds" -max_len="$(max_len "$t")" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" "$@" || status=$?
    [ "$status" -eq 0 ] || { echo "fuzz: $t found a problem; input saved in $findings/" >&2; return 1; }
}

[ $# -ge 1 ] || usage
case "$1" in
    --list) targets ;;
    --check) check ;;
    --build) shift; [ $# -ge 1 ] || set -- $(targets); build "$@" ;;
    -h|--help) usage ;;
    all)
        [ $# -ge 2 ] || usage
        seconds=$2; shift 2
        failed=()
        for t in $(targets); do run "$t" "$seconds" "$@" || failed+=("$t"); done
        [ ${#failed[@]} -eq 0 ] || { echo "fuzz: findings in: ${failed[*]}" >&2; exit 1; }
        ;;
    *)
        [ $# -ge 2 ] || usage
        t=$1
        [ -f "$root/Fuzz/Targets/$t.swift" ] || { echo "fuzz: no target '$t' (see --list)" >&2; exit 64; }
        if [[ "$2" =~ ^[0-9]+$ ]]; then
            run "$@"
        else
            # Reproduce: run the target once on each given file.
            build "$t"
            shift
            exec "$out/bin/$t" "$@"
        fi
        ;;
esac
