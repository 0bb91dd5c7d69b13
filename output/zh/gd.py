#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# 直线上的梯度下降
#
# Exported by `nbrun gd.md --to py`: every run of the notebook as plain Python, on the engine in
# nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
# `python3 gd.py` prints each cell's table and saves its charts in gd-charts/;
# `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.


import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # nbrun_runtime.py and the data files are in this folder
sys.path.insert(0, HERE)
if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
    raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

setup("d2a4d2d07226046c", HERE, language="zh")


# # 直线上的梯度下降
# ## 精确解
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
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["exact"] = run_exact


# ──── run "ridge" ────────────────────────────────────────
def run_ridge():
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


RUNS["ridge"] = run_ridge


# ## 批量梯度下降
# ──── run "batch" ────────────────────────────────────────
def run_batch():
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
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=300, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["batch"] = run_batch


# ## 随机梯度下降
# ──── run "sgd" ────────────────────────────────────────
def run_sgd():
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
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=50, tolerance=1e-08, batch_size=1,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["sgd"] = run_sgd


# ## 小批量
# ──── run "minibatch[1]" ────────────────────────────────────────
def run_minibatch_1_():
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
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=50, tolerance=1e-08, batch_size=1,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["minibatch[1]"] = run_minibatch_1_


# ──── run "minibatch[10]" ────────────────────────────────────────
def run_minibatch_10_():
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
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=50, tolerance=1e-08, batch_size=10,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["minibatch[10]"] = run_minibatch_10_


# ──── run "minibatch[100]" ────────────────────────────────────────
def run_minibatch_100_():
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
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=50, tolerance=1e-08, batch_size=100,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["minibatch[100]"] = run_minibatch_100_


# ## 学习率调度
# ──── run "sgd-decay" ────────────────────────────────────────
def run_sgd_decay():
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
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.9)
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=50, tolerance=1e-08, batch_size=1,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["sgd-decay"] = run_sgd_decay


# ## 动量
# ──── run "slow" ────────────────────────────────────────
def run_slow():
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
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=100, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["slow"] = run_slow


# ──── run "momentum" ────────────────────────────────────────
def run_momentum():
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
        epochs=100, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["momentum"] = run_momentum


# ──── run "momentum-full" ────────────────────────────────────────
def run_momentum_full():
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
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["momentum-full"] = run_momentum_full


# ## 学习率过大
# ──── run "too-large" ────────────────────────────────────────
def run_too_large():
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
    optimizer = torch.optim.SGD(model.parameters(), lr=2.5)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=400, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["too-large"] = run_too_large


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
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=60, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["lr-sweep[0.1]"] = run_lr_sweep_0_1_


# ──── run "lr-sweep[0.4]" ────────────────────────────────────────
def run_lr_sweep_0_4_():
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
    optimizer = torch.optim.SGD(model.parameters(), lr=0.4)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=60, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["lr-sweep[0.4]"] = run_lr_sweep_0_4_


# ──── run "lr-sweep[0.7]" ────────────────────────────────────────
def run_lr_sweep_0_7_():
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
    optimizer = torch.optim.SGD(model.parameters(), lr=0.7)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=60, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["lr-sweep[0.7]"] = run_lr_sweep_0_7_


# ──── run "lr-sweep[0.78]" ────────────────────────────────────────
def run_lr_sweep_0_78_():
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
    optimizer = torch.optim.SGD(model.parameters(), lr=0.78)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=60, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["lr-sweep[0.78]"] = run_lr_sweep_0_78_


# ──── run "lr-sweep[0.85]" ────────────────────────────────────────
def run_lr_sweep_0_85_():
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
    optimizer = torch.optim.SGD(model.parameters(), lr=0.85)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=60, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["lr-sweep[0.85]"] = run_lr_sweep_0_85_


# ## L1 找出无关特征
# ──── run "lasso" ────────────────────────────────────────
def run_lasso():
    # Data: 200 rows of y = w·x + b + 0.3·ε, from nbrun's seeded generator.
    data = generate_linear(n=200, weights=[3, 0], bias=0.5, noise=0.3, seed=1)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=1)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=500, tolerance=1e-08, batch_size=None,
        l1=0.1, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["lasso"] = run_lasso


# ──── run "no-penalty" ────────────────────────────────────────
def run_no_penalty():
    # Data: 200 rows of y = w·x + b + 0.3·ε, from nbrun's seeded generator.
    data = generate_linear(n=200, weights=[3, 0], bias=0.5, noise=0.3, seed=1)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=1)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(42),
        epochs=500, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x1", "x2"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["no-penalty"] = run_no_penalty


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
    ("exact", "single", ["exact"], ["summary", "params", "fit"]),
    ("ridge", "single", ["ridge"], ["summary", "params", "fit"]),
    ("batch", "single", ["batch"], ["summary", "curve", "table", "params"]),
    ("sgd", "single", ["sgd"], ["summary", "curve", "table", "params"]),
    ("minibatch", "sweep", ["minibatch[1]", "minibatch[10]", "minibatch[100]"], ["summary", "distance"]),
    ("sgd-decay", "single", ["sgd-decay"], ["summary", "curve", "table"]),
    ("comparison-14", "compare", ["batch", "sgd", "sgd-decay"], ["gap"]),
    ("slow", "single", ["slow"], ["summary", "curve", "table", "params"]),
    ("momentum", "single", ["momentum"], ["summary", "curve", "table", "params"]),
    ("momentum-full", "single", ["momentum-full"], ["summary"]),
    ("comparison-21", "compare", ["batch", "slow", "sgd", "sgd-decay", "momentum"], ["summary", "curve", "distance"]),
    ("too-large", "single", ["too-large"], ["summary", "curve", "table"]),
    ("lr-sweep", "sweep", ["lr-sweep[0.1]", "lr-sweep[0.4]", "lr-sweep[0.7]", "lr-sweep[0.78]", "lr-sweep[0.85]"], ["summary", "curve"]),
    ("lasso", "single", ["lasso"], ["summary", "curve", "params"]),
    ("no-penalty", "single", ["no-penalty"], ["summary", "params"]),
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
