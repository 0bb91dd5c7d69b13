#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# 分类——从一条直线到神经网络
#
# Exported by `nbrun classification.md --to py`: every run of the notebook as plain Python, on the engine in
# nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
# `python3 classification.py` prints each cell's table and saves its charts in classification-charts/;
# `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.


import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # nbrun_runtime.py and the data files are in this folder
sys.path.insert(0, HERE)
if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
    raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

setup("d2a4d2d07226046c", HERE, language="zh")


# # 分类：逻辑回归、softmax 回归和小型神经网络
# ## 逻辑回归：一条直线
# ──── run "logistic" ────────────────────────────────────────
def run_logistic():
    # Data: 200 points in 2 Gaussian blobs, from nbrun's seeded generator.
    data = generate_blobs(n=200, centers=default_centers(2), noise=1.2, seed=3)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=3)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's logistic model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's bce, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.BCEWithLogitsLoss()(z[:, 0], y)  # on the logit z

    # Newton's method, the Hessian from torch autograd (SciPy: minimize(method="Newton-CG", hess=...)).
    status, epochs, best_epoch = minimize_model(
        model, criterion, train_part, validation, Newton(), epochs=30,
        tolerance=1e-08, l2=0.005, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["logistic"] = run_logistic


# ## 多于两类：softmax 回归
# ──── run "softmax" ────────────────────────────────────────
def run_softmax():
    # Data: 300 points in 4 Gaussian blobs, from nbrun's seeded generator.
    data = generate_blobs(n=300, centers=default_centers(4), noise=0.9, seed=5)
    # Validation split (fraction 0.2, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.2, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (4 outputs), starting at zero like nbrun's softmax model.
    model = linear_model(train_part.X.shape[1], 4)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # L-BFGS (SciPy: minimize(method="L-BFGS-B", options={"maxcor": 10})).
    status, epochs, best_epoch = minimize_model(
        model, criterion, train_part, validation, LBFGS(memory=10), epochs=200,
        tolerance=1e-08, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy", "hamming"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["softmax"] = run_softmax


# ## 直线失效的地方：双月形数据
# ──── run "moons-linear" ────────────────────────────────────────
def run_moons_linear():
    # Data: 300 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=300, noise=0.15, seed=2)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=2)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's logistic model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's bce, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.BCEWithLogitsLoss()(z[:, 0], y)  # on the logit z

    # L-BFGS (SciPy: minimize(method="L-BFGS-B", options={"maxcor": 10})).
    status, epochs, best_epoch = minimize_model(
        model, criterion, train_part, validation, LBFGS(memory=10), epochs=100,
        tolerance=1e-08, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["moons-linear"] = run_moons_linear


# ## 多层感知机
# ──── run "moons-mlp" ────────────────────────────────────────
def run_moons_mlp():
    # Data: 300 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=300, noise=0.15, seed=2)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=2)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [16]) with "tanh" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 21), which then also shuffles and drops.
    generator = SeededGenerator(21)
    model = network([train_part.X.shape[1]] + [16] + [2], activation="tanh", dropout=0)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=400, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["moons-mlp"] = run_moons_mlp


# ## 螺旋：三条旋臂，两个隐藏层
# ──── run "spiral" ────────────────────────────────────────
def run_spiral():
    # Data: 450 points of the spiral shape, from nbrun's seeded generator.
    data = generate_shape("spiral", n=450, noise=0.05, seed=1, classes=3)
    # Validation split (fraction 0.2, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.2, seed=1)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [32, 32]) with "relu" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 21), which then also shuffles and drops.
    generator = SeededGenerator(21)
    model = network([train_part.X.shape[1]] + [32, 32] + [3], activation="relu", dropout=0)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["spiral"] = run_spiral


# ──── run "spiral-linear" ────────────────────────────────────────
def run_spiral_linear():
    # Data: 450 points of the spiral shape, from nbrun's seeded generator.
    data = generate_shape("spiral", n=450, noise=0.05, seed=1, classes=3)
    # Validation split (fraction 0.2, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.2, seed=1)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (3 outputs), starting at zero like nbrun's softmax model.
    model = linear_model(train_part.X.shape[1], 3)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # L-BFGS (SciPy: minimize(method="L-BFGS-B", options={"maxcor": 10})).
    status, epochs, best_epoch = minimize_model(
        model, criterion, train_part, validation, LBFGS(memory=10), epochs=200,
        tolerance=1e-08, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["spiral-linear"] = run_spiral_linear


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
    ("logistic", "single", ["logistic"], ["summary", "table", "params", "boundary"]),
    ("softmax", "single", ["softmax"], ["summary", "params", "boundary"]),
    ("moons-linear", "single", ["moons-linear"], ["summary", "boundary"]),
    ("moons-mlp", "single", ["moons-mlp"], ["summary", "curve", "params", "boundary"]),
    ("spiral", "single", ["spiral"], ["summary", "curve", "params", "boundary"]),
    ("spiral-linear", "single", ["spiral-linear"], ["summary", "boundary"]),
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
