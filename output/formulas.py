#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Writing chapters and formulas
#
# Exported by `nbrun formulas.md --to py`: every run of the notebook as plain Python, on the engine in
# nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
# `python3 formulas.py` prints each cell's table and saves its charts in formulas-charts/;
# `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.


import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # nbrun_runtime.py and the data files are in this folder
sys.path.insert(0, HERE)
if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
    raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

setup("d2a4d2d07226046c", HERE, language="en")


# # Writing chapters and formulas
# ## How a chapter is built
# ## Formulas
# ### What a machine-learning page needs
# ### A formula that runs on data
# ──── run "by-hand" ────────────────────────────────────────
def run_by_hand():
    # Data: 100 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=100, weights=[2], bias=1, noise=0.5, seed=0)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=0)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # J(w, b) = \frac{1}{N}\sum_{i=1}^{N}\left(y_i - (w x_i + b)\right)^2 + \lambda w^2
    lambda_ = 0.05  # front-matter param lambda
    columns = data_columns(train_part)  # the training rows' columns by name
    y, x = columns["y"], columns["x"]
    N = len(train_part.y)

    def J(theta):
        w, b = theta
        return 1 / N * torch.sum((y - (w * x + b)) ** 2) + lambda_ * w ** 2

    start = [0, 0]  # w, b
    # Newton's method, the Hessian from torch autograd (SciPy: minimize(method="Newton-CG", hess=...)).
    status, steps, point, _ = minimize(Differentiable(J), Newton(), start, epochs=20, tolerance=1e-08)
    return formula_report(J, point, status, steps, names=["w", "b"])


RUNS["by-hand"] = run_by_hand


# ──── run "built-in" ────────────────────────────────────────
def run_built_in():
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
    load(model, least_squares(train_part, l2=0.05))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.05)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0.05)


RUNS["built-in"] = run_built_in


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
    ("by-hand", "single", ["by-hand"], ["summary", "contour"]),
    ("built-in", "single", ["built-in"], ["summary", "params"]),
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
