#!/usr/bin/env bash
# Exports every course notebook (and Tests/EndToEndTests/Notebooks/python/coverage.md) with `--to py`, runs each program with `--json` and compares it run by run with
# `nbrun --to json` (scripts/verify-python.py: same status and epochs, params and metrics to 1e-9 relative).
# Each `--to ipynb` notebook is also executed with nbclient (python3 kernel) in its own folder and compared the same
# way, and each cell that holds nbrun's charts must draw charts when executed. Then every exercise variant of
# scripts/verify-python-variants.tsv (the edits the chapters' exercises ask for) is exported and the runs it changes
# are compared the same way.
# Needs python3; numpy, scipy, torch, matplotlib, nbclient, nbformat and ipykernel are installed with pip when missing.
# Not part of scripts/test.sh.
# Usage: scripts/verify-python.sh [REPORT]   (default report: docs/python-verification.md)
set -euo pipefail
cd "$(dirname "$0")/.."
report="${1:-docs/python-verification.md}"
nbrun=.build/debug/nbrun
[ -x "$nbrun" ] || swift build --product nbrun
for module in numpy:numpy scipy:scipy torch:torch matplotlib:matplotlib nbclient:nbclient nbformat:nbformat ipykernel:ipykernel; do
    python3 -c "import ${module%%:*}" 2>/dev/null || python3 -m pip install --quiet "${module#*:}"
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
# The course, and a notebook with what the course does not exercise (schedules, AdamW, networks under newton, …).
coverage=Tests/EndToEndTests/Notebooks/python/coverage.md
for notebook in notebooks/*.md notebooks/*/*.md "$coverage"; do
    [ -e "$notebook" ] || continue
    name="${notebook#notebooks/}"; name="${name%.md}"          # gd, zh/gd
    [ "$notebook" = "$coverage" ] && name=coverage
    out="$work/$(dirname "$name")"; mkdir -p "$out"
    "$nbrun" "$notebook" --to json,py,ipynb -o "$out" --no-cache >/dev/null 2>"$work/${name//\//-}.stderr" || true
    if ! python3 "$work/$name.py" --json >"$work/$name.python.json" 2>"$work/${name//\//-}.python.stderr"; then
        echo "$name.py failed:" >&2; cat "$work/${name//\//-}.python.stderr" >&2; status=1; continue
    fi
    python3 scripts/verify-python.py "$work/$name.json" "$work/$name.python.json" "$name.py" "$work/$name.py" >>"$work/rows.tsv" || status=1
    if python3 scripts/verify-python.py --ipynb "$work/$name.ipynb" "$work/$name.ipynb.json" >"$work/charts.line" 2>"$work/${name//\//-}.ipynb.stderr"; then
        python3 scripts/verify-python.py "$work/$name.json" "$work/$name.ipynb.json" "$name.ipynb" "$work/$name.py" >>"$work/rows.tsv" || status=1
    else
        echo "$name.ipynb failed:" >&2; tail -n 5 "$work/${name//\//-}.ipynb.stderr" "$work/charts.line" >&2; status=1
    fi
    sed "s|^|$name.ipynb\t|" "$work/charts.line" >>"$work/charts.tsv"
done
# The exercise variants: each edited copy of a chapter (beside a copy of its data) exported again; the runs of the
# edited block that the edit changed (every changed run for -p and --seed variants) are run with `--run` and compared.
cp -r notebooks "$work/source"
index=0
while IFS=$'\t' read -r chapter block edits arguments exercise; do
    case "$chapter" in ''|'#'*|chapter) continue ;; esac
    index=$((index + 1))
    label="$chapter: $exercise"
    python3 scripts/verify-python.py --variant "notebooks/$chapter.md" "$block" "$edits" "$work/source/$chapter.md" || { status=1; continue; }
    out="$work/variant-$index"; mkdir -p "$out"
    extra=(); [ "$arguments" != "-" ] && read -r -a extra <<<"$arguments"
    # One output folder per chapter, whose result cache keeps the runs a variant does not change.
    stem="$(basename "$chapter")"; cached="$work/variants-${chapter//\//-}"
    "$nbrun" "$work/source/$chapter.md" "${extra[@]}" --to json,py -o "$cached" --allow-errors >/dev/null 2>"$out/stderr" || true
    cp -r "$cached/." "$out/"; rm -rf "$out/.nbrun-cache"
    cp "notebooks/$chapter.md" "$work/source/$chapter.md"
    mapfile -t changed < <(python3 scripts/verify-python.py --changed "$work/$chapter.json" "$out/$stem.json")
    if [ ${#changed[@]} -eq 0 ]; then printf '%s\t-\tunchanged\n' "$label" >>"$work/variants.tsv"; continue; fi
    selected=(); for run in "${changed[@]}"; do selected+=(--run "$run"); done
    if ! python3 "$out/$stem.py" --json "${selected[@]}" >"$out/python.json" 2>"$out/python.stderr"; then
        echo "variant $label failed:" >&2; tail -5 "$out/python.stderr" >&2; status=1; continue
    fi
    python3 scripts/verify-python.py "$out/$stem.json" "$out/python.json" "$label" "$out/$stem.py" | grep -v $'\tnot-exported\t' >>"$work/variants.tsv" || status=1
done <scripts/verify-python-variants.tsv
python3 - "$work/rows.tsv" "$report" "$work/charts.tsv" "$work/variants.tsv" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
charts = [line.rstrip("\n").split("\t") for line in open(sys.argv[3])]
variants = [line.rstrip("\n").split("\t") for line in open(sys.argv[4])]
checked = [r for r in rows if r[2] in ("agree", "explained", "DIFFER")]
agree = [r for r in checked if r[2] == "agree"]
explained = [r for r in checked if r[2] == "explained"]
worst = max(agree, key=lambda r: float(r[3]), default=None)
notebooks = sorted({r[0] for r in rows})
lines = ["# Python export verification", "",
         "`scripts/verify-python.sh`: every course notebook (`notebooks/*.md`, `notebooks/zh/*.md`) and the coverage",
         "notebook `Tests/EndToEndTests/Notebooks/python/coverage.md` (what the course does not exercise) exported with",
         "`nbrun --to json,py,ipynb`; each program run with `--json` and each notebook executed with nbclient",
         "(python3 kernel), then compared with `nbrun --to json`: same status and epochs, every param and metric",
         "within 1e-9 relative (or 1e-12 absolute for values that small). PyTorch %s, NumPy %s, SciPy %s, matplotlib %s."
         % tuple(__import__(m).__version__ for m in ("torch", "numpy", "scipy", "matplotlib")), "",
         "- runs compared: %d (%d programs and notebooks), agreeing to 1e-9: %d, explained: %d, differing: %d"
         % (len(checked), len(notebooks), len(agree), len(explained), len(checked) - len(agree) - len(explained)),
         "- not exported (no Python equivalent yet): %d" % sum(r[2] == "not-exported" for r in rows),
         "- largest relative difference of the agreeing runs: %s%s" % (worst[3] if worst else "-", " (%s %s, %s)" % (worst[0], worst[1], worst[4]) if worst else ""),
         "", "Runs checked per program or notebook:", ""]
for notebook in notebooks:
    mine = [r for r in rows if r[0] == notebook and r[2] in ("agree", "explained", "DIFFER")]
    lines.append("- %s: %d checked, %d agree, %d explained" % (notebook, len(mine), sum(r[2] == "agree" for r in mine),
                                                              sum(r[2] == "explained" for r in mine)))
lines += ["",
          "First-order runs train with `torch.optim` (and `torch.optim.lr_scheduler`) on `nn.Linear` / `nn.Sequential`",
          "models with torch.nn's losses; newton, cg and lbfgs are nbrun's line searches step for step on torch",
          "autograd's gradient and Hessian; formula objectives are translated from nbrun's formula compiler into torch",
          "expressions. The data, the shuffles, the networks' initialization and the dropout masks come from a port of",
          "nbrun's seeded generator, drawn in nbrun's order, so stochastic runs are held to the same rule. What remains",
          "is rounding: torch sums in its own order (vectorized reductions, matrix products), nbrun left to right.",
          "Runs marked explained miss the rule for a measured cause named in their line (scripts/verify-python.py):",
          ""]
lines += ["- %s %s: %s (largest relative difference %s at %s)" % (r[0], r[1], r[5], r[3], r[4]) for r in explained] or ["- none"]
checked_charts = sum(int(c[2]) for c in charts)
missing_charts = [c for c in charts if c[3] != "0"]
lines += ["", "## Charts when re-run", "",
          "Each notebook executed with nbclient: every code cell whose saved outputs hold nbrun's charts must draw a "
          "matplotlib chart (an image/png output) when it runs.", "",
          "- cells checked: %d in %d notebooks, without a chart: %d%s" % (checked_charts, len(charts), sum(int(c[3]) for c in charts),
          "".join(" (%s: %s)" % (c[0], c[4]) for c in missing_charts))]
vchecked = [v for v in variants if v[2] in ("agree", "explained", "DIFFER")]
lines += ["", "## Exercise variants", "",
          "`scripts/verify-python-variants.tsv`: the edits the chapters' exercises ask for (%d variants), each exported "
          "again; the runs of the edited block that the edit changes (for `-p` and `--seed` variants every run it "
          "changes) are run with `python3 NAME.py --json --run RUN` and compared with nbrun by the same rule."
          % len({v[0] for v in variants}), "",
          "- runs compared: %d, agreeing to 1e-9: %d, explained: %d, differing: %d"
          % (len(vchecked), sum(v[2] == "agree" for v in vchecked), sum(v[2] == "explained" for v in vchecked),
             sum(v[2] == "DIFFER" for v in vchecked)), ""]
lines += ["- %s %s: %s (largest relative difference %s at %s)" % (v[0], v[1], v[5], v[3], v[4]) for v in vchecked if v[2] != "agree"]
lines += ["", "| variant | run | result | largest relative difference | where |", "|---|---|---|---|---|"]
for v in variants:
    lines.append("| %s | %s | %s | %s | %s |" % (v[0], v[1], v[2], v[3] if len(v) > 3 else "", v[4] if len(v) > 4 else ""))
lines += ["", "## Every run", "", "| notebook | run | result | largest relative difference | where |", "|---|---|---|---|---|"]
for r in rows:
    lines.append("| %s | %s | %s | %s | %s |" % (r[0], r[1], r[2], r[3] if len(r) > 3 else "", r[4] if len(r) > 4 else ""))
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
print("\n".join(line for line in lines if line.startswith(("- runs", "- not exported", "- largest", "- cells"))))
PY
exit $status
