#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Ridge 示例——nbrun 与 scikit-learn 对照
#
# Exported by `nbrun ridge.md --to py`: every run of the notebook as plain Python, on the engine in
# nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
# `python3 ridge.py` prints each cell's table and saves its charts in ridge-charts/;
# `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.


import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # nbrun_runtime.py and the data files are in this folder
sys.path.insert(0, HERE)
if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
    raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

setup("d2a4d2d07226046c", HERE, language="zh")


# # Ridge 示例：逐位对照
# ## 要复现的程序
# ## 换算：`alpha = 0.1` 就是 `l2 = 0.001`
# ──── run "sklearn-ridge" ────────────────────────────────────────
def run_sklearn_ridge():
    # Data: the rows of ../data/ridge-seed.csv, as nbrun loads them.
    data = load_csv("data/ridge-seed.csv", target="y")
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.001))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.001)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0.001)


RUNS["sklearn-ridge"] = run_sklearn_ridge


# ──── run "ols" ────────────────────────────────────────
def run_ols():
    # Data: the rows of ../data/ridge-seed.csv, as nbrun loads them.
    data = load_csv("data/ridge-seed.csv", target="y")
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["ols"] = run_ols


# ──── run "alphas[0.001]" ────────────────────────────────────────
def run_alphas_0_001_():
    # Data: the rows of ../data/ridge-seed.csv, as nbrun loads them.
    data = load_csv("data/ridge-seed.csv", target="y")
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.001))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.001)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0.001)


RUNS["alphas[0.001]"] = run_alphas_0_001_


# ──── run "alphas[0.01]" ────────────────────────────────────────
def run_alphas_0_01_():
    # Data: the rows of ../data/ridge-seed.csv, as nbrun loads them.
    data = load_csv("data/ridge-seed.csv", target="y")
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.01))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.01)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0.01)


RUNS["alphas[0.01]"] = run_alphas_0_01_


# ──── run "alphas[0.1]" ────────────────────────────────────────
def run_alphas_0_1_():
    # Data: the rows of ../data/ridge-seed.csv, as nbrun loads them.
    data = load_csv("data/ridge-seed.csv", target="y")
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.1))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.1)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0.1)


RUNS["alphas[0.1]"] = run_alphas_0_1_


# ──── run "alphas[1]" ────────────────────────────────────────
def run_alphas_1_():
    # Data: the rows of ../data/ridge-seed.csv, as nbrun loads them.
    data = load_csv("data/ridge-seed.csv", target="y")
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=1))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=1)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=1)


RUNS["alphas[1]"] = run_alphas_1_


# ## 梯度下降到达同一点
# ──── run "ridge-gd" ────────────────────────────────────────
def run_ridge_gd():
    # Data: the rows of ../data/ridge-seed.csv, as nbrun loads them.
    data = load_csv("data/ridge-seed.csv", target="y")
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(5),
        epochs=5000, tolerance=1e-08, batch_size=None,
        l1=0, l2=0.001, early_stopping=None)

    optimum = least_squares(train_part, l2=0.001)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0.001)


RUNS["ridge-gd"] = run_ridge_gd


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
    ("sklearn-ridge", "single", ["sklearn-ridge"], ["summary", "params", "fit"]),
    ("ols", "single", ["ols"], ["summary", "params"]),
    ("alphas", "sweep", ["alphas[0.001]", "alphas[0.01]", "alphas[0.1]", "alphas[1]"], ["summary", "params", "fit"]),
    ("ridge-gd", "single", ["ridge-gd"], ["summary", "curve", "params"]),
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
