#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# 常见问题——怎样选择损失函数、优化器和过拟合的对策
#
# Exported by `nbrun faq.md --to py`: every run of the notebook as plain Python, on the engine in
# nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
# `python3 faq.py` prints each cell's table and saves its charts in faq-charts/;
# `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.


import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # nbrun_runtime.py and the data files are in this folder
sys.path.insert(0, HERE)
if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
    raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

setup("d2a4d2d07226046c", HERE, language="zh")


# # 常见问题
# ## 应该用哪个损失函数？
# ## 应该用哪个优化器？
# ──── run "lr-sweep[0.01]" ────────────────────────────────────────
def run_lr_sweep_0_01_():
    # Data: 100 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=100, weights=[2], bias=1, noise=0.5, seed=0)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=0)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(13),
        epochs=300, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["lr-sweep[0.01]"] = run_lr_sweep_0_01_


# ──── run "lr-sweep[0.1]" ────────────────────────────────────────
def run_lr_sweep_0_1_():
    # Data: 100 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=100, weights=[2], bias=1, noise=0.5, seed=0)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=0)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(13),
        epochs=300, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["lr-sweep[0.1]"] = run_lr_sweep_0_1_


# ──── run "lr-sweep[0.5]" ────────────────────────────────────────
def run_lr_sweep_0_5_():
    # Data: 100 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=100, weights=[2], bias=1, noise=0.5, seed=0)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=0)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(13),
        epochs=300, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["lr-sweep[0.5]"] = run_lr_sweep_0_5_


# ──── run "lr-too-large" ────────────────────────────────────────
def run_lr_too_large():
    # Data: 100 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=100, weights=[2], bias=1, noise=0.5, seed=0)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=0)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=1)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(13),
        epochs=300, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["lr-too-large"] = run_lr_too_large


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
    ("lr-sweep", "sweep", ["lr-sweep[0.01]", "lr-sweep[0.1]", "lr-sweep[0.5]"], ["summary", "curve", "distance"]),
    ("lr-too-large", "single", ["lr-too-large"], ["summary"]),
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
