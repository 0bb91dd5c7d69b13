#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# 优化器——梯度下降家族
#
# Exported by `nbrun optimizers.md --to py`: every run of the notebook as plain Python, on the engine in
# nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
# `python3 optimizers.py` prints each cell's table and saves its charts in optimizers-charts/;
# `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.


import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # nbrun_runtime.py and the data files are in this folder
sys.path.insert(0, HERE)
if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
    raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

setup("d2a4d2d07226046c", HERE, language="zh")


# # 各种优化器的比较
# ──── run "exact" ────────────────────────────────────────
def run_exact():
    # Data: 120 rows of a polynomial plus 0.1·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=120, coefficients=[0.5, -1, 2, 1.5], noise=0.1, seed=2)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=2)
    train_part, validation = prepare(train_part, validation, degree=3, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["exact"] = run_exact


# ## 梯度下降家族
# ──── run "gd" ────────────────────────────────────────
def run_gd():
    # Data: 120 rows of a polynomial plus 0.1·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=120, coefficients=[0.5, -1, 2, 1.5], noise=0.1, seed=2)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=2)
    train_part, validation = prepare(train_part, validation, degree=3, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(11),
        epochs=300, tolerance=1e-06, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["gd"] = run_gd


# ──── run "momentum" ────────────────────────────────────────
def run_momentum():
    # Data: 120 rows of a polynomial plus 0.1·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=120, coefficients=[0.5, -1, 2, 1.5], noise=0.1, seed=2)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=2)
    train_part, validation = prepare(train_part, validation, degree=3, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD with momentum: b ← μb + g (b = g at first), θ ← θ − lr·b.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(11),
        epochs=300, tolerance=1e-06, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["momentum"] = run_momentum


# ──── run "nesterov" ────────────────────────────────────────
def run_nesterov():
    # Data: 120 rows of a polynomial plus 0.1·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=120, coefficients=[0.5, -1, 2, 1.5], noise=0.1, seed=2)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=2)
    train_part, validation = prepare(train_part, validation, degree=3, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD with momentum: b ← μb + g (b = g at first), θ ← θ − lr·(g + μb).
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(11),
        epochs=300, tolerance=1e-06, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["nesterov"] = run_nesterov


# ──── run "adagrad" ────────────────────────────────────────
def run_adagrad():
    # Data: 120 rows of a polynomial plus 0.1·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=120, coefficients=[0.5, -1, 2, 1.5], noise=0.1, seed=2)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=2)
    train_part, validation = prepare(train_part, validation, degree=3, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.Adagrad: s ← s + g², θ ← θ − lr/(1 + (t−1)·lr_decay)·g/(√s + eps).
    optimizer = torch.optim.Adagrad(model.parameters(), lr=0.5, eps=1e-10, lr_decay=0)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(11),
        epochs=300, tolerance=1e-06, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["adagrad"] = run_adagrad


# ──── run "rmsprop" ────────────────────────────────────────
def run_rmsprop():
    # Data: 120 rows of a polynomial plus 0.1·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=120, coefficients=[0.5, -1, 2, 1.5], noise=0.1, seed=2)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=2)
    train_part, validation = prepare(train_part, validation, degree=3, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.RMSprop: v ← αv + (1−α)g², θ ← θ − lr·g/(√v + eps).
    optimizer = torch.optim.RMSprop(model.parameters(), lr=0.01, alpha=0.99, eps=1e-08, momentum=0, centered=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(11),
        epochs=300, tolerance=1e-06, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["rmsprop"] = run_rmsprop


# ──── run "adam" ────────────────────────────────────────
def run_adam():
    # Data: 120 rows of a polynomial plus 0.1·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=120, coefficients=[0.5, -1, 2, 1.5], noise=0.1, seed=2)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=2)
    train_part, validation = prepare(train_part, validation, degree=3, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.05, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(11),
        epochs=300, tolerance=1e-06, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["adam"] = run_adam


# ## 步长过大时
# ──── run "edge[0.85]" ────────────────────────────────────────
def run_edge_0_85_():
    # Data: 120 rows of a polynomial plus 0.1·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=120, coefficients=[0.5, -1, 2, 1.5], noise=0.1, seed=2)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=2)
    train_part, validation = prepare(train_part, validation, degree=3, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.85)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(11),
        epochs=300, tolerance=1e-06, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["edge[0.85]"] = run_edge_0_85_


# ──── run "edge[0.95]" ────────────────────────────────────────
def run_edge_0_95_():
    # Data: 120 rows of a polynomial plus 0.1·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=120, coefficients=[0.5, -1, 2, 1.5], noise=0.1, seed=2)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=2)
    train_part, validation = prepare(train_part, validation, degree=3, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.95)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(11),
        epochs=300, tolerance=1e-06, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["edge[0.95]"] = run_edge_0_95_


# ──── run "too-fast" ────────────────────────────────────────
def run_too_fast():
    # Data: 120 rows of a polynomial plus 0.1·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=120, coefficients=[0.5, -1, 2, 1.5], noise=0.1, seed=2)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=2)
    train_part, validation = prepare(train_part, validation, degree=3, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=3)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(11),
        epochs=300, tolerance=1e-06, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["too-fast"] = run_too_fast


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
    ("exact", "single", ["exact"], ["summary", "params", "fit"]),
    ("gd", "single", ["gd"], ["summary", "curve"]),
    ("momentum", "single", ["momentum"], ["summary"]),
    ("nesterov", "single", ["nesterov"], ["summary"]),
    ("adagrad", "single", ["adagrad"], ["summary"]),
    ("rmsprop", "single", ["rmsprop"], ["summary"]),
    ("adam", "single", ["adam"], ["summary"]),
    ("comparison-10", "compare", ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"], ["summary", "curve", "table", "params", "contour"]),
    ("distances", "compare", ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"], ["distance"]),
    ("edge", "sweep", ["edge[0.85]", "edge[0.95]"], ["summary", "curve"]),
    ("too-fast", "single", ["too-fast"], ["summary"]),
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
