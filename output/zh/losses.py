#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# 损失函数——模型因什么受罚
#
# Exported by `nbrun losses.md --to py`: every run of the notebook as plain Python, on the engine in
# nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
# `python3 losses.py` prints each cell's table and saves its charts in losses-charts/;
# `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.


import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # nbrun_runtime.py and the data files are in this folder
sys.path.insert(0, HERE)
if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
    raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

setup("d2a4d2d07226046c", HERE, language="zh")


# # 损失函数
# ## 训练的五个步骤
# ## 回归：均方误差、平均绝对误差和 Huber 损失
# ──── run "mse" ────────────────────────────────────────
def run_mse():
    # Data: 80 rows of y = w·x + b + 0.4·ε, from nbrun's seeded generator.
    data = generate_linear(n=80, weights=[2], bias=1, noise=0.4, seed=3, x_range=(float(-2), float(2)))
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=3)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(7),
        epochs=200, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["mse"] = run_mse


# ──── run "mae" ────────────────────────────────────────
def run_mae():
    # Data: 80 rows of y = w·x + b + 0.4·ε, from nbrun's seeded generator.
    data = generate_linear(n=80, weights=[2], bias=1, noise=0.4, seed=3, x_range=(float(-2), float(2)))
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=3)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mae, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.L1Loss()(z[:, 0], y)  # mean of |ŷ − y|

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(7),
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch)


RUNS["mae"] = run_mae


# ──── run "huber" ────────────────────────────────────────
def run_huber():
    # Data: 80 rows of y = w·x + b + 0.4·ε, from nbrun's seeded generator.
    data = generate_linear(n=80, weights=[2], bias=1, noise=0.4, seed=3, x_range=(float(-2), float(2)))
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=3)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's huber, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.HuberLoss(delta=0.5)(z[:, 0], y)

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(7),
        epochs=400, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch)


RUNS["huber"] = run_huber


# ## 一个坏传感器：为什么说 MAE 和 Huber 损失稳健
# ──── run "outlier-mse" ────────────────────────────────────────
def run_outlier_mse():
    # Data: the rows of ../data/outliers.csv, as nbrun loads them.
    data = load_csv("data/outliers.csv", target="y")
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=7)
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


RUNS["outlier-mse"] = run_outlier_mse


# ──── run "outlier-mae" ────────────────────────────────────────
def run_outlier_mae():
    # Data: the rows of ../data/outliers.csv, as nbrun loads them.
    data = load_csv("data/outliers.csv", target="y")
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=7)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mae, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.L1Loss()(z[:, 0], y)  # mean of |ŷ − y|

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.99)
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(7),
        epochs=1000, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch)


RUNS["outlier-mae"] = run_outlier_mae


# ──── run "outlier-huber" ────────────────────────────────────────
def run_outlier_huber():
    # Data: the rows of ../data/outliers.csv, as nbrun loads them.
    data = load_csv("data/outliers.csv", target="y")
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=7)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's huber, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.HuberLoss(delta=1)(z[:, 0], y)

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(7),
        epochs=2000, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch)


RUNS["outlier-huber"] = run_outlier_huber


# ## 二分类：逻辑斯谛损失与合页损失（“HL”）
# ──── run "logistic" ────────────────────────────────────────
def run_logistic():
    # Data: 200 points in 2 Gaussian blobs, from nbrun's seeded generator.
    data = generate_blobs(n=200, centers=default_centers(2), noise=1, seed=4)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=4)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's logistic model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's bce, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.BCEWithLogitsLoss()(z[:, 0], y)  # on the logit z

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(7),
        epochs=200, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["logistic"] = run_logistic


# ──── run "svm" ────────────────────────────────────────
def run_svm():
    # Data: 200 points in 2 Gaussian blobs, from nbrun's seeded generator.
    data = generate_blobs(n=200, centers=default_centers(2), noise=1, seed=4)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=4)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's hinge, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = hinge  # labels ±1, multiclass Crammer–Singer (in nbrun_runtime.py)

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(7),
        epochs=300, tolerance=1e-08, batch_size=None,
        l1=0, l2=0.01, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy", "hamming"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["svm"] = run_svm


# ──── run "svm-no-l2" ────────────────────────────────────────
def run_svm_no_l2():
    # Data: 200 points in 2 Gaussian blobs, from nbrun's seeded generator.
    data = generate_blobs(n=200, centers=default_centers(2), noise=1, seed=4)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=4)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's hinge, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = hinge  # labels ±1, multiclass Crammer–Singer (in nbrun_runtime.py)

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=1)
    scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.9995)
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(7),
        epochs=20000, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy", "hamming"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["svm-no-l2"] = run_svm_no_l2


# ## 多分类：softmax 交叉熵与多类合页损失
# ──── run "softmax" ────────────────────────────────────────
def run_softmax():
    # Data: 300 points in 3 Gaussian blobs, from nbrun's seeded generator.
    data = generate_blobs(n=300, centers=default_centers(3), noise=1.1, seed=5)
    # Validation split (fraction 0.2, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.2, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (3 outputs), starting at zero like nbrun's softmax model.
    model = linear_model(train_part.X.shape[1], 3)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(7),
        epochs=300, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["softmax"] = run_softmax


# ──── run "multiclass-svm" ────────────────────────────────────────
def run_multiclass_svm():
    # Data: 300 points in 3 Gaussian blobs, from nbrun's seeded generator.
    data = generate_blobs(n=300, centers=default_centers(3), noise=1.1, seed=5)
    # Validation split (fraction 0.2, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.2, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (3 outputs), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 3)
    # Loss: torch.nn's hinge, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = hinge  # labels ±1, multiclass Crammer–Singer (in nbrun_runtime.py)

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(7),
        epochs=300, tolerance=1e-08, batch_size=None,
        l1=0, l2=0.01, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["multiclass-svm"] = run_multiclass_svm


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
    ("mse", "single", ["mse"], ["summary", "params", "fit"]),
    ("mae", "single", ["mae"], ["summary", "curve", "params"]),
    ("huber", "single", ["huber"], ["summary", "curve", "params"]),
    ("comparison-6", "compare", ["mse", "mae", "huber"], ["summary", "curve", "table", "params", "contour"]),
    ("outlier-mse", "single", ["outlier-mse"], ["summary", "params", "fit"]),
    ("outlier-mae", "single", ["outlier-mae"], ["summary", "table", "params", "fit"]),
    ("outlier-huber", "single", ["outlier-huber"], ["summary", "params", "fit"]),
    ("logistic", "single", ["logistic"], ["summary", "curve", "params", "boundary"]),
    ("svm", "single", ["svm"], ["summary", "curve", "params", "boundary"]),
    ("svm-no-l2", "single", ["svm-no-l2"], ["summary", "params"]),
    ("softmax", "single", ["softmax"], ["summary", "params", "boundary"]),
    ("multiclass-svm", "single", ["multiclass-svm"], ["summary", "curve", "boundary"]),
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
