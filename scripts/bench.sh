#!/usr/bin/env bash
# Benchmarks (not tests): release build, then
#  1. rendering notebooks/gd.md (the tutorial page) and all of notebooks/,
#  2. full-batch gradient descent on 10 000 rows x 10 features for 1000 epochs: nbrun end to end
#     (scripts/bench/linear-gd.md) against the same loop in numpy (scripts/bench/linear_gd_numpy.py),
#     both measured in this run, reported as a ratio.
# Uses hyperfine when installed (apt-get install hyperfine), else a plain loop.
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

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 3 "$nbrun notebooks/gd.md -o $out --no-cache" "$nbrun notebooks/ -o $out --no-cache" 2>/dev/null \
    || hyperfine -N --warmup 3 "$nbrun notebooks/gd.md -o $out" "$nbrun notebooks/ -o $out"
fi
flags=""
$nbrun --help | grep -q -- --no-cache && flags="--no-cache"
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
