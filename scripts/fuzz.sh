#!/usr/bin/env bash
# Builds the libFuzzer targets with address sanitizer and runs each for SECONDS (default 600) of wall-clock time
# on its seed corpus (the test fixtures). Crashes and hangs land in fuzz/findings/TARGET/; copy each into a
# regression test. Usage: scripts/fuzz.sh [seconds] [target…]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(FuzzNotebook FuzzConfig FuzzMathML FuzzTape FuzzCSV FuzzMarkdownDepth)
export NBRUN_FUZZ=1
build=".build-fuzz"
for target in "${targets[@]}"; do
    swift build --build-path "$build" -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld --product "$target"
done
corpus=fuzz/corpus; findings=fuzz/findings
seed() {  # seed corpus per target from the fixtures
    local target="$1" dir="$corpus/$1"; mkdir -p "$dir"
    case "$target" in
        FuzzNotebook|FuzzConfig) cp notebooks/*.md Tests/EndToEndTests/Notebooks/bad/*.md "$dir"/ 2>/dev/null || true ;;
        FuzzMathML|FuzzTape) grep -v '^%' Tests/FormulaTests/Fixtures/corpus.tex | grep . | split -l 1 - "$dir/tex-" ;;
        FuzzCSV) find notebooks Tests -name '*.csv' -size -64k -exec cp {} "$dir"/ \; ;;
        FuzzMarkdownDepth)  # recipes (construct, count): each construct 100 and 101 deep, and 16000 quotes with lists, emphasis and sections
            for construct in $(seq 0 13); do
                printf "\\x$(printf %02x "$construct")\\x64" > "$dir/at-$construct"
                printf "\\x$(printf %02x "$construct")\\x65" > "$dir/past-$construct"
            done
            printf '\x80\xff\x81\x10\x03\x05\x07\x02' > "$dir/mixed" ;;
    esac
}
for target in "${targets[@]}"; do
    seed "$target"; mkdir -p "$findings/$target"
    echo "== $target: $seconds s"
    "$build/debug/$target" "$corpus/$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
        -artifact_prefix="$findings/$target/" -print_final_stats=1 2>&1 | grep -E "stat::number_of_executed_units|stat::new_units_added|ERROR|Test unit written|DONE" || true
done
