#!/usr/bin/env python3
"""Compares `python3 NAME.py --json` with `nbrun --to json` run by run (see scripts/verify-python.sh).

Usage: verify-python.py NBRUN.json PYTHON.json NOTEBOOK  → prints one line per run, exits 1 on a mismatch.
       verify-python.py --ipynb NAME.ipynb OUT.json       → executes the notebook with nbclient (python3 kernel),
                                                             then writes every run's result as PYTHON.json.
Agreement: same status and epochs; every param and metric within 1e-9 relative (|a − b| ≤ 1e-9·max(|a|, |b|)),
or within 1e-12 absolute for values that are themselves that small (a distance to the optimum of 1e-13, a weight
that L1 set to exactly zero).

A run that misses that rule is "explained" (not "agree") only when one of two measured causes holds, and the line
says which, with the figures:
- rounding-level stop: same status, the epoch counts differ, and nbrun's objective changed by less than 1e-12
  relative over its last three entries (the line search compares values that differ in the last digits, so where
  it stops depends on rounding); every value still within 1e-9 relative or 1e-9 absolute.
- network training: a network (params.layers) whose values all agree within 1e-5 relative, or 1e-5 absolute for
  weights near zero: torch's matrix products
  sum in another order than nbrun's loops, and hundreds of epochs of nonconvex training amplify the 1e-16
  rounding; the status and epochs must still agree. The bound is what 600 epochs of the course's networks reach
  (the regularization chapter's seed sweep: 1.6e-6 on a weight of 1.3, 8e-8 on a weight of 0.04); the report lists
  each such run with its largest difference."""
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
    if "layers" in expected["params"]:
        if compare(expected, actual, rel=1e-5, absolute=1e-5)[0]:
            return ("network training: torch's matrix products sum in another order than nbrun's loops; %s epochs "
                    "amplify the rounding to %.2g" % (expected["epochs"], worst)), worst, where
    return None


def execute_notebook(path, out):
    import nbclient
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    dump = "import json\nprint(json.dumps({'runs': {name: run() for name, run in RUNS.items()}}))"
    notebook.cells.append(nbformat.v4.new_code_cell(dump))
    folder = __import__("os").path.dirname(__import__("os").path.abspath(path))  # CSV paths are relative to it
    nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": folder}}).execute()
    text = "".join(o.get("text", "") for o in notebook.cells[-1].outputs if o.get("name") == "stdout")
    open(out, "w").write(text)


def main():
    if sys.argv[1] == "--ipynb":
        return execute_notebook(sys.argv[2], sys.argv[3])
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
        if explained:
            message, worst, where = explained
            result = "explained"
        failed |= result == "DIFFER"
        print("%s\t%s\t%s\t%.3g\t%s\t%s" % (notebook, name, result, worst, where, message))
    sys.exit(1 if failed else 0)


main()
