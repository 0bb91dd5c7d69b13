#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Lines
#
# Exported by `nbrun nb.md --to py`: every run of the notebook as plain Python, on the engine in
# nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
# `python3 nb.py` prints each cell's table and saves its charts in nb-charts/;
# `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.


import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # nbrun_runtime.py and the data files are in this folder
sys.path.insert(0, HERE)
if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
    raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

setup("VERSION", HERE, language="en")


# # Lines
# ## The exact answer
# ──── run "exact" ────────────────────────────────────────
def run_exact():
    # Data: 100 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=100, weights=[2], bias=1, noise=0.5, seed=0)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=0)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.02))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.02)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0.02)


RUNS["exact"] = run_exact


# ──── run "too-fast" ────────────────────────────────────────
def run_too_fast():
    # Data: 100 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=100, weights=[2], bias=1, noise=0.5, seed=0)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=0)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD with momentum: b ← μb + g (b = g at first), θ ← θ − lr·b.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=100, tolerance=1e-06, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["too-fast"] = run_too_fast


# ──── run "net" ────────────────────────────────────────
# Not exported: the formula of this run could not be found.


# ──── run "bowl-cg" ────────────────────────────────────────
def run_bowl_cg():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # q(x, y) = \frac{1}{2}\left(x^2 + \kappa\, y^2\right)
    kappa = 10  # front-matter param kappa

    def q(theta):
        x, y = theta
        return 1 / 2 * (x ** 2 + kappa * y ** 2)

    start = [-4, 1.5]  # x, y
    # Polak–Ribière+ conjugate gradients (SciPy: minimize(method="CG")).
    status, steps, point, _ = minimize(Differentiable(q), ConjugateGradient(), start, epochs=100, tolerance=1e-06)
    return formula_report(q, point, status, steps, names=["x", "y"])


RUNS["bowl-cg"] = run_bowl_cg


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
    ("exact", "single", ["exact"], []),
    ("too-fast", "single", ["too-fast"], []),
    ("net", "single", ["net"], []),
    ("both", "compare", ["exact", "too-fast"], []),
    ("bowl-cg", "single", ["bowl-cg"], []),
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
