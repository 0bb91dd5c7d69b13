#!/usr/bin/env bash
# Benchmarks (not tests): release build, then
#  1. rendering notebooks/gd.md (the tutorial page) and all of notebooks/,
#  2. full-batch gradient descent on 10 000 rows x 10 features for 1000 epochs: nbrun end to end
#     (scripts/bench/linear-gd.md) against the same loop in numpy (scripts/bench/linear_gd_numpy.py),
#     both measured in this run, reported as a ratio.
#  3. prose notebooks of 1 MB and 4 MB (heading, paragraph with one $…$, python fence, repeated): nbrun's time
#     per MB against the `cmark` command on the same files (apt-get install cmark), and the growth from 1 to 4 MB.
# Uses hyperfine when installed (apt-get install hyperfine), else a plain loop.
# `scripts/bench.sh prose` runs only part 3.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product nbrun >&2
nbrun=.build/release/nbrun
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

mean_seconds() {  # mean wall time of N runs of a command
  local runs=$1; shift
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1; done
  end=$(date +%s%N)
  awk -v s="$start" -v e="$end" -v n="$runs" 'BEGIN { printf "%.4f", (e - s) / n / 1e9 }'
}

prose_benchmark() {  # time per MB of nbrun against cmark, and growth with size
  command -v cmark >/dev/null 2>&1 || { apt-get install -y -qq cmark >/dev/null 2>&1 || true; }
  local sizes=(1048576 2097152 4194304) previous=""
  for size in "${sizes[@]}"; do
    local file="$out/prose-$size.md"
    python3 scripts/bench/prose_notebook.py "$file" "$size"
    local mb ours theirs
    mb=$(awk -v b="$(wc -c < "$file")" 'BEGIN { printf "%.2f", b / 1048576 }')
    ours=$(mean_seconds 3 $nbrun "$file" -o "$out" $flags)
    if command -v cmark >/dev/null 2>&1; then
      theirs=$(mean_seconds 3 cmark "$file")
      awk -v s="$ours" -v c="$theirs" -v mb="$mb" 'BEGIN { printf "prose %s MB: nbrun %.3f s (%.3f s/MB), cmark %.3f s (%.3f s/MB), nbrun / cmark %.1fx\n", mb, s, s / mb, c, c / mb, s / c }'
    else
      awk -v s="$ours" -v mb="$mb" 'BEGIN { printf "prose %s MB: nbrun %.3f s (%.3f s/MB); cmark not installed\n", mb, s, s / mb }'
    fi
    if [ -n "$previous" ]; then awk -v a="$previous" -v b="$ours" 'BEGIN { printf "  doubling the size: %.2fx the time\n", b / a }'; fi
    previous=$ours
  done
}

flags=""
$nbrun --help | grep -q -- --no-cache && flags="--no-cache"
if [ "${1:-}" = "prose" ]; then prose_benchmark; exit 0; fi

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 3 "$nbrun notebooks/gd.md -o $out --no-cache" "$nbrun notebooks/ -o $out --no-cache" 2>/dev/null \
    || hyperfine -N --warmup 3 "$nbrun notebooks/gd.md -o $out" "$nbrun notebooks/ -o $out"
fi
gd=$(mean_seconds 20 $nbrun notebooks/gd.md -o "$out" $flags)
all=$(mean_seconds 3 $nbrun notebooks/ -o "$out" $flags)
echo "render notebooks/gd.md: ${gd} s (mean of 20)"
echo "render notebooks/ (all): ${all} s (mean of 3)"

engine=$(mean_seconds 3 $nbrun scripts/bench/linear-gd.md -o "$out" $flags)
echo "nbrun, 1000 GD epochs on 10000x10 (end to end): ${engine} s (mean of 3)"
if python3 -c "import numpy" 2>/dev/null; then
  reference=$(mean_seconds 3 python3 scripts/bench/linear_gd_numpy.py)
  python3 scripts/bench/linear_gd_numpy.py
  echo "numpy, same loop (end to end, interpreter start included): ${reference} s (mean of 3)"
  awk -v a="$engine" -v b="$reference" 'BEGIN { printf "ratio nbrun / numpy: %.2f\n", a / b }'
else
  echo "numpy not installed: no reference measured (pip install numpy)"
fi
prose_benchmark
