#!/usr/bin/env python3
"""Compares `python3 NAME.py --json` with `nbrun --to json` run by run (see scripts/verify-python.sh).

Usage: verify-python.py NBRUN.json PYTHON.json NOTEBOOK  → prints one line per run, exits 1 on a mismatch.
       verify-python.py --ipynb NAME.ipynb OUT.json       → executes the notebook with nbclient (python3 kernel),
                                                             writes every run's result as OUT.json and checks that
                                                             each cell with nbrun's charts drew charts.
       verify-python.py --variant NOTEBOOK BLOCK EDITS OUT → the notebook with an exercise's edits in one block.
       verify-python.py --changed BASE.json VARIANT.json   → the runs an exercise variant changed.
Agreement: same status and epochs; every param and metric within 1e-9 relative (|a − b| ≤ 1e-9·max(|a|, |b|)),
or within 1e-12 absolute for values that are themselves that small (a distance to the optimum of 1e-13, a weight
that L1 set to exactly zero).

A run that misses that rule is "explained" (not "agree") only when one of five measured causes holds, and the line
says which, with the figures:
- ill-conditioned least squares: a closed-form run (one epoch) whose training loss is below 1e-12 in both (the
  model interpolates its training points, as the regularization chapter's degree-14 exercise does): numpy's QR and
  nbrun's tall-skinny QR round differently and the condition number amplifies it; every value within 1e-6 relative.
- rounding-level stop: same status, the epoch counts differ, and nbrun's objective changed by less than 1e-12
  relative over its last three entries (the line search compares values that differ in the last digits, so where
  it stops depends on rounding); every value still within 1e-9 relative or 1e-9 absolute.
- unstable iteration: a run whose objective history rose more than tenfold after its lowest value (a step size at
  the edge of stability, as second-order's rosen-gd-edge): the iteration is not contracting, so the last-bit
  differences between torch's gradient and nbrun's grow; same status and epochs, every value within 1e-2 relative
  (rosen-gd-edge, whose objective rose 2.6e8-fold after step 11236, ends 0.4% apart after 25000 steps).
- network training: a network (params.layers) whose values all agree within 1e-5 relative, or 1e-5 absolute for
  weights near zero: torch's matrix products
  sum in another order than nbrun's loops, and hundreds of epochs of nonconvex training amplify the 1e-16
  rounding; the status and epochs must still agree. The bound is what 600 epochs of the course's networks reach
  (the regularization chapter's seed sweep: 1.6e-6 on a weight of 1.3, 8e-8 on a weight of 0.04); the report lists
  each such run with its largest difference.
- sensitive iteration (only when the exported program is given as a fourth argument, which the script does): the
  run is trained again in Python and its training-loss history compared entry by entry with nbrun's. When the two
  agree to 1e-12 relative for at least the first 20 entries and then separate, both computed the same iteration to
  the last bits, and the iteration itself amplifies rounding (Adam bouncing around its optimum, a network trained
  at the edge of divergence); the line gives the entry where they separate and the final difference. Same status
  and epochs required."""
import json
import sys

REL, ABS = 1e-9, 1e-12


def flatten(value, prefix=""):
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in ("names", "classes"):
                yield from flatten(item, prefix + "." + key if prefix else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from flatten(item, "%s[%d]" % (prefix, index))
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield prefix, float(value)


def compare(expected, actual, rel=REL, absolute=ABS, epochs=True):
    """(ok, largest relative difference, path of it, message)."""
    worst, where = 0.0, ""
    if expected["status"] != actual["status"]:
        return False, worst, where, "status %s vs %s" % (expected["status"], actual["status"])
    if epochs and expected.get("epochs") != actual.get("epochs"):
        return False, worst, where, "epochs %s vs %s" % (expected.get("epochs"), actual.get("epochs"))
    # k-fold runs also compare every fold's epochs and metrics and the mean and std ("cv").
    mine = dict(flatten({"params": actual["params"], "metrics": actual["metrics"], "cv": actual.get("cv")}))
    for path, a in flatten({"params": expected["params"], "metrics": expected["metrics"], "cv": expected.get("cv")}):
        if path not in mine:
            return False, worst, path, "missing " + path
        b = mine[path]
        scale = max(abs(a), abs(b))
        difference = abs(a - b)
        relative = difference / scale if scale > 0 else 0.0
        if difference > absolute and relative > worst:
            worst, where = relative, path
        if difference > absolute and relative > rel:
            return False, relative, path, "%s: %r vs %r" % (path, a, b)
    return True, worst, where, "ok"


def explain(expected, actual):
    """(explanation, largest relative difference, path) when a measured cause accounts for the difference, else None."""
    objective = expected.get("history", {}).get("objective", [])
    _, worst, where, _ = compare(expected, actual, rel=float("inf"), epochs=False)  # the figures to report
    if expected["status"] == actual["status"] and expected.get("epochs") != actual.get("epochs") and len(objective) >= 3:
        last = objective[-3:]
        change = (max(last) - min(last)) / max(abs(v) for v in last) if any(last) else 0.0
        if compare(expected, actual, absolute=1e-9, epochs=False)[0] and change < 1e-12:
            values = dict(flatten({"params": expected["params"], "metrics": expected["metrics"]}))
            mine = dict(flatten({"params": actual["params"], "metrics": actual["metrics"]}))
            at = " (%s: %.3g vs %.3g)" % (where, values[where], mine[where]) if where else ""
            return ("rounding-level stop: epochs %s vs %s; nbrun's objective changed by %.1e relative over its last "
                    "three entries; every value within 1e-9 absolute%s" % (expected["epochs"], actual["epochs"], change, at)), worst, where
    loss, mine = expected["metrics"].get("train_loss"), actual["metrics"].get("train_loss")
    if expected.get("epochs") == 1 and loss is not None and mine is not None and max(loss, mine) < 1e-12:
        if compare(expected, actual, rel=1e-6, absolute=1e-9)[0]:
            return ("ill-conditioned least squares: both QR solves interpolate the training points (training loss %.1e "
                    "and %.1e), so digits beyond the condition number times the rounding are rounding; every value within "
                    "1e-6 relative (largest %.2g)" % (loss, mine, worst)), worst, where
    values = expected.get("history", {}).get("objective", [])
    if "layers" not in expected["params"] and expected.get("epochs") == actual.get("epochs") and len(values) > 2:
        low = min(range(len(values)), key=lambda i: values[i])
        rise = max(values[low:]) / values[low] if values[low] > 0 else 0.0
        if rise > 10 and compare(expected, actual, rel=1e-2, absolute=1e-9)[0]:
            return ("unstable iteration: nbrun's objective rose %.2g-fold after its lowest value (step %d), so the "
                    "iteration amplifies rounding (torch's and nbrun's gradients differ in the last bits); every value "
                    "within 1e-2 relative (largest %.2g)" % (rise, low, worst)), worst, where
    if "layers" in expected["params"]:
        if compare(expected, actual, rel=1e-5, absolute=1e-5)[0]:
            return ("network training: torch's matrix products sum in another order than nbrun's loops; %s epochs "
                    "amplify the rounding to %.2g" % (expected["epochs"], worst)), worst, where
    return None


def execute_notebook(path, out):
    """Executes the notebook with nbclient in its own folder (as Jupyter does), writes every run's result as JSON to
    `out`, and checks that each run cell whose saved outputs hold nbrun's charts drew a chart (an image/png output)
    when executed. Prints `charts CHECKED MISSING` and exits 1 when a chart is missing."""
    import os

    import nbclient
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    saved = [sum("image/svg+xml" in o.get("data", {}) for o in cell.get("outputs", [])) for cell in notebook.cells]
    dump = "import json\nprint(json.dumps({'runs': {n: public(RESULTS[n] if n in RESULTS else run(n)) for n in RUNS}}))"
    notebook.cells.append(nbformat.v4.new_code_cell(dump))
    folder = os.path.dirname(os.path.abspath(path))  # the kernel's working directory: the runtime and data are there
    nbclient.NotebookClient(notebook, timeout=1200, kernel_name="python3", resources={"metadata": {"path": folder}}).execute()
    text = "".join(o.get("text", "") for o in notebook.cells[-1].outputs if o.get("name") == "stdout")
    open(out, "w").write(text)
    checked, missing = 0, []
    for cell, charts in zip(notebook.cells, saved):
        if charts:
            checked += 1
            if not any("image/png" in o.get("data", {}) for o in cell.outputs):
                missing.append(cell.metadata.get("nbrun", {}).get("name", "?"))
    print("charts\t%d\t%d\t%s" % (checked, len(missing), ",".join(missing)))
    if missing:
        sys.exit(1)


def apply_variant(notebook, block, edits, out):
    """Writes `notebook` with each `FROM => TO` of `edits` (joined by ' ;; ') applied inside the config block
    `block` (every edit must match there once), as a student would edit it."""
    lines = open(notebook, encoding="utf-8").read().split("\n")
    if block != "-":
        start = lines.index("```config " + block) + 1
        end = start + next(i for i, line in enumerate(lines[start:]) if line.startswith("```"))
        text = "\n".join(lines[start:end])
        for edit in edits.split(" ;; "):
            old, new = edit.split(" => ")
            if text.count(old) != 1:
                sys.exit("%s: block %s holds %r %d times, not once" % (notebook, block, old, text.count(old)))
            text = text.replace(old, new)
        block_lines = text.split("\n")
        if "expect:" in block_lines:  # the exercise's change may break the block's checks (a sweep member they name)
            at = block_lines.index("expect:")
            rest = next((i for i, line in enumerate(block_lines[at + 1:], at + 1) if not line.startswith(" ")), len(block_lines))
            block_lines[at:rest] = []
        lines[start:end] = block_lines
    open(out, "w", encoding="utf-8").write("\n".join(lines))
    with open(out + ".block", "w", encoding="utf-8") as handle:  # for --changed: the runs to compare
        handle.write(block)


def changed_runs(base, variant):
    """The runs of the variant whose nbrun result differs from the unedited page's (their names, one a line): those
    of the edited block (its sweep's members too) when a block was edited, else every run the change affects (a
    front-matter parameter, the page's seed). BASE is WORK/CHAPTER.json, VARIANT WORK/variant-N/NAME.json; the
    block is in WORK/source/CHAPTER.md.block (written by --variant)."""
    import os

    work = os.path.dirname(os.path.dirname(os.path.abspath(variant)))
    chapter = os.path.relpath(os.path.abspath(base), work)[:-len(".json")]
    marker = os.path.join(work, "source", chapter + ".md.block")
    block = open(marker, encoding="utf-8").read() if os.path.exists(marker) else "-"
    if os.path.exists(marker):
        os.remove(marker)
    before = json.load(open(base))["runs"]
    after = json.load(open(variant))["runs"]
    for name, result in after.items():
        if block != "-" and name != block and not name.startswith(block + "["):
            continue
        if before.get(name) != result and result.get("status") != "error" and "params" in result:
            print(name)


def python_history(program, name):
    """The training-loss history of run `name` trained again by the exported `program` (its folder holds
    nbrun_runtime.py), or None when it cannot be had."""
    import os
    import subprocess

    folder = os.path.dirname(os.path.abspath(program))
    code = ("import importlib.util, json, sys; sys.argv = ['x']; sys.path.insert(0, %r); "
            "spec = importlib.util.spec_from_file_location('exported', %r); module = importlib.util.module_from_spec(spec); "
            "spec.loader.exec_module(module); import nbrun_runtime as rt; rt.CHART_MODE = 'none'; "
            "print(json.dumps(rt.run(%r)['_history']['loss']))") % (folder, os.path.abspath(program), name)
    done = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True, text=True)
    if done.returncode != 0:
        return None
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


def sensitive(expected, actual, program, name):
    """(explanation, worst, where) when the histories agree to 1e-12 for at least 20 entries and then separate."""
    mine = expected.get("history", {}).get("train_loss", [])
    if expected["status"] != actual["status"] or expected.get("epochs") != actual.get("epochs") or len(mine) < 40:
        return None
    theirs = python_history(program, name)
    if not theirs or len(theirs) != len(mine):
        return None
    apart = lambda a, b: abs(a - b) / max(abs(a), abs(b), 1e-300)
    first = next((i for i, (a, b) in enumerate(zip(mine, theirs)) if apart(a, b) > 1e-12), None)
    if first is None or first < 20:
        return None
    _, worst, where, _ = compare(expected, actual, rel=float("inf"), epochs=False)
    return ("sensitive iteration: the training-loss histories agree to 1e-12 for the first %d of %d entries, then "
            "separate (the iteration amplifies the last-bit differences of torch's and nbrun's sums); final training "
            "loss %.6g vs %.6g, largest difference %.2g" % (first, len(mine), mine[-1], theirs[-1], worst)), worst, where


def main():
    if sys.argv[1] == "--ipynb":
        return execute_notebook(sys.argv[2], sys.argv[3])
    if sys.argv[1] == "--variant":
        return apply_variant(*sys.argv[2:6])
    if sys.argv[1] == "--changed":
        return changed_runs(sys.argv[2], sys.argv[3])
    nbrun = json.load(open(sys.argv[1]))["runs"]
    python = json.load(open(sys.argv[2]))["runs"]
    notebook, failed = sys.argv[3], False
    for name, expected in nbrun.items():
        if expected.get("status") == "error" or "params" not in expected:
            print("%s\t%s\tskipped\tnbrun reported an error" % (notebook, name))
            continue
        if name not in python:
            print("%s\t%s\tnot-exported\t-" % (notebook, name))
            continue
        ok, worst, where, message = compare(expected, python[name])
        result = "agree" if ok else "DIFFER"
        explained = None if ok else explain(expected, python[name])
        if not ok and not explained and len(sys.argv) > 4:
            explained = sensitive(expected, python[name], sys.argv[4], name)
        if explained:
            message, worst, where = explained
            result = "explained"
        failed |= result == "DIFFER"
        print("%s\t%s\t%s\t%.3g\t%s\t%s" % (notebook, name, result, worst, where, message))
    sys.exit(1 if failed else 0)


main()
