#!/usr/bin/env bash
# Benchmarks (not tests): release build, then
#  1. rendering notebooks/gd.md (the tutorial page) and all of notebooks/,
#  2. full-batch gradient descent on 10 000 rows x 10 features for 1000 epochs: nbrun end to end
#     (scripts/bench/linear-gd.md) against the same loop in numpy (scripts/bench/linear_gd_numpy.py),
#     both measured in this run, reported as a ratio.
#  3. prose notebooks of 1 MB and 4 MB (heading, paragraph with one $…$, python fence, repeated): nbrun's time
#     per MB against the `cmark` command on the same files (apt-get install cmark), and the growth from 1 to 4 MB.
#  4. engine epochs (`scripts/bench.sh engine` runs only this part): the time of one training epoch of the
#     EngineBenchmark target (Sources/EngineBenchmark: (T(41 epochs) - T(1 epoch)) / 40 through the real Trainer, so
#     neither data generation nor rendering is counted) against the same epoch as a numpy loop
#     (scripts/bench/engine_epochs_numpy.py: the step, then loss and full gradient at the new point), both in this
#     run, best of 3, printed as "nbrun / numpy speed" (numpy's time over nbrun's). Full-batch GD on 100 000 x 100
#     for linear + mse, logistic + bce and softmax + cross-entropy (3 classes), the first also with both sides on
#     one thread (NBRUN_THREADS=1, OPENBLAS_NUM_THREADS=1) for the thread scaling; mini-batches of 64 (linear + mse); an MLP (20 000 x 20, one hidden
#     relu layer of 32, 3 classes) full batch and in batches of 64. numpy is installed with pip when missing; its
#     command runs without OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE, which slow OpenBLAS on some CPUs.
#  5. data (`scripts/bench.sh data` runs only this part; inputs from scripts/bench/data_inputs.py, numpy side in
#     scripts/bench/data_numpy.py, numpy installed with pip when missing):
#     - least squares 100,000 x 101: nbrun's closed-form run minus the same notebook with --check (data generation
#       and start-up), against numpy.linalg.lstsq on the same shape;
#     - a 91 MB CSV (100,000 x 101): nbrun --check (reads and checks the file, end to end) against numpy.loadtxt,
#       time and peak RSS (/usr/bin/time -v) as a multiple of the matrix (100,000 x 101 doubles = 80.8 MB);
#     - a folder of 6 independent notebooks: the default (all cores) against NBRUN_THREADS=1, outputs compared.
#     Every figure is the best of 3 runs (folder: of 5 alternating runs), on both sides. OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are unset for the
#     numpy commands only (they slow numpy on some CPUs).
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

best_ms() {  # the lowest "ms-per-epoch" of 3 runs of a command
  local best=""
  for _ in 1 2 3; do
    local ms
    ms=$("$@" | awk '/^ms-per-epoch/ { print $2 }')
    best=$(awk -v a="$ms" -v b="$best" 'BEGIN { print (b == "" || a < b) ? a : b }')
  done
  echo "$best"
}

best_seconds() {  # least wall time of N runs of a command (robust against other work on a shared machine)
  local runs=$1; shift
  local best="" start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    best=$(awk -v s="$start" -v e="$end" -v b="$best" 'BEGIN { t = (e - s) / 1e9; printf "%.4f", (b == "" || t < b) ? t : b }')
  done
  echo "$best"
}

engine_benchmark() {  # epoch times of nbrun's engine against numpy, as speed ratios
  swift build -c release --product EngineBenchmark >&2
  python3 -c "import numpy" 2>/dev/null || pip install -q numpy >&2
  local bench=.build/release/EngineBenchmark numpy="env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 scripts/bench/engine_epochs_numpy.py"
  printf "%-52s %12s %12s %18s\n" "epoch" "numpy ms" "nbrun ms" "nbrun/numpy speed"
  while IFS='|' read -r label threads args; do
    local ours theirs
    if [ -n "$threads" ]; then  # both sides on that many threads
      ours=$(NBRUN_THREADS=$threads best_ms $bench $args)
      theirs=$(OPENBLAS_NUM_THREADS=$threads best_ms $numpy $args)
    else
      ours=$(best_ms $bench $args)
      theirs=$(best_ms $numpy $args)
    fi
    awk -v l="$label" -v a="$theirs" -v b="$ours" 'BEGIN { printf "%-52s %12.2f %12.2f %17.2fx\n", l, a, b, a / b }'
  done <<'KINDS'
full-batch GD, linear + mse, 100000 x 100||linear-mse 100000 100
full-batch GD, linear + mse, 100000 x 100, both 1 thread|1|linear-mse 100000 100
full-batch GD, logistic + bce, 100000 x 100||logistic-bce 100000 100
full-batch GD, softmax + cross-entropy, 100000 x 100||softmax-ce 100000 100
mini-batch 64, linear + mse, 100000 x 100||linear-mse 100000 100 64
MLP 20-32-3 full batch, 20000 rows||mlp-ce 20000 20 full 32
MLP 20-32-3 batch 64, 20000 rows||mlp-ce 20000 20 64 32
KINDS
}

peak_mb() {  # peak resident set of a command, in MB (decimal)
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 * 1024 / 1e6 }'
}

data_benchmark() {  # least squares, CSV loading and folder rendering, each against its reference in this run
  python3 -c "import numpy" 2>/dev/null || pip install -q numpy >&2
  local dir="$out/data" numpy=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 scripts/bench/data_numpy.py)
  local matrix_mb=80.8
  mkdir -p "$dir"
  python3 scripts/bench/data_inputs.py "$dir"

  local full check ours theirs
  full=$(best_seconds 3 $nbrun "$dir/lstsq.md" -o "$dir/out" $flags)
  check=$(best_seconds 3 $nbrun "$dir/lstsq.md" --check)
  ours=$(awk -v f="$full" -v c="$check" 'BEGIN { printf "%.4f", f - c }')
  theirs=$("${numpy[@]}" lstsq)
  awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "least squares 100000x101: nbrun %.3f s (closed-form run minus --check, best of 3), numpy lstsq %.3f s, nbrun speed / numpy speed %.2fx\n", a, b, b / a }'

  local csv_peak numpy_peak
  ours=$(best_seconds 3 $nbrun "$dir/csv.md" --check)
  csv_peak=$(peak_mb $nbrun "$dir/csv.md" --check)
  theirs=$("${numpy[@]}" loadtxt "$dir/big.csv")
  numpy_peak=$(peak_mb "${numpy[@]}" loadtxt "$dir/big.csv")
  awk -v a="$ours" -v b="$theirs" -v pa="$csv_peak" -v pb="$numpy_peak" -v m="$matrix_mb" -v mb="$(awk -v b="$(wc -c < "$dir/big.csv")" 'BEGIN { printf "%.0f", b / 1e6 }')" \
    'BEGIN { printf "CSV %s MB (100000x101): nbrun %.3f s (end to end), numpy loadtxt %.3f s, nbrun speed / numpy speed %.2fx; peak RSS nbrun %.0f MB (%.2fx the matrix), numpy %.0f MB (%.2fx)\n", mb, a, b, b / a, pa, pa / m, pb, pb / m }'

  local parallel="" sequential="" time
  for _ in 1 2 3 4 5; do  # alternating, so that other work on the machine disturbs both alike; best of each
    time=$(best_seconds 1 $nbrun "$dir/course" -o "$dir/parallel" $flags)
    parallel=$(awk -v t="$time" -v b="$parallel" 'BEGIN { printf "%.4f", (b == "" || t < b) ? t : b }')
    time=$(best_seconds 1 env NBRUN_THREADS=1 $nbrun "$dir/course" -o "$dir/sequential" $flags)
    sequential=$(awk -v t="$time" -v b="$sequential" 'BEGIN { printf "%.4f", (b == "" || t < b) ? t : b }')
  done
  local same="byte-identical"
  diff -r "$dir/parallel" "$dir/sequential" >/dev/null || same="DIFFERENT"
  awk -v p="$parallel" -v s="$sequential" -v cores="$(nproc)" -v same="$same" \
    'BEGIN { printf "folder of 6 notebooks: parallel (%d cores) %.3f s, NBRUN_THREADS=1 %.3f s, speed-up %.2fx; outputs %s\n", cores, p, s, s / p, same }'
}

flags=""
help=$($nbrun --help 2>&1)  # not `| grep -q`: with pipefail, grep's early exit would fail the pipeline
case "$help" in *--no-cache*) flags="--no-cache" ;; esac
if [ "${1:-}" = "prose" ]; then prose_benchmark; exit 0; fi
if [ "${1:-}" = "engine" ]; then engine_benchmark; exit 0; fi
if [ "${1:-}" = "data" ]; then data_benchmark; exit 0; fi

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
engine_benchmark
data_benchmark
