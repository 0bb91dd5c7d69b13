#!/usr/bin/env bash
# Builds the libFuzzer targets with address sanitizer and runs each for SECONDS (default 600) of wall-clock time
# on its seed corpus (the test fixtures). Crashes and hangs land in fuzz/findings/TARGET/; copy each into a
# regression test. Usage: scripts/fuzz.sh [seconds] [target…]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(FuzzNotebook FuzzConfig FuzzMathML FuzzTape FuzzCSV FuzzPythonExport FuzzMarkdownDepth)
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
        FuzzPythonExport)  # fields cut at U+001F: title, file, prose, cell, run, YAML, CSV, target, feature, parameter, message, formula, TeX, folder, language
            printf 'Title\037gd.md\037# Heading\n\nText.\n\037line\037line\037data: {n: 5}\n\037houses.csv\037price\037area\037w[area]\037no such file\037bowl\037f(x, y) = x^2 + 10 y^2\037.\037python' > "$dir/plain"
            for c in '\r' '\n' '\342\200\250' '\302\205' '\013' '\014' '\000' '"' '\\' '"""'; do
                printf "T${c}import os#\037n${c}.md\037# H${c}x\037c${c}\037r${c}\037y: ${c}\037d${c}.csv\037t${c}\037f${c}\037p${c}\037m${c}\037F${c}\037f(a) = a^2 %% ${c}\037o${c}\037py${c}" > "$dir/hostile-$(printf '%s' "$c" | od -An -tx1 | tr -d ' \n')"
            done ;;
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
