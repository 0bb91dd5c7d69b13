#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Regularization — fighting overfitting
#
# Exported by `nbrun regularization.md --to py`: every run of the notebook as plain Python, on the engine in
# nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
# `python3 regularization.py` prints each cell's table and saves its charts in regularization-charts/;
# `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.


import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # nbrun_runtime.py and the data files are in this folder
sys.path.insert(0, HERE)
if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
    raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

setup("d2a4d2d07226046c", HERE, language="en")


# # Regularization
# ## A degree-9 polynomial on 15 points
# ──── run "overfit" ────────────────────────────────────────
def run_overfit():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["overfit"] = run_overfit


# ──── run "cubic" ────────────────────────────────────────
def run_cubic():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=3, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["cubic"] = run_cubic


# ## More data
# ──── run "more-data" ────────────────────────────────────────
def run_more_data():
    # Data: 300 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=300, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["more-data"] = run_more_data


# ## L2: shrink every weight (ridge)
# ──── run "ridge" ────────────────────────────────────────
def run_ridge():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.01))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.01)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0.01, test=test)


RUNS["ridge"] = run_ridge


# ──── run "ridge-strong" ────────────────────────────────────────
def run_ridge_strong():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=1))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=1)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=1, test=test)


RUNS["ridge-strong"] = run_ridge_strong


# ──── run "ridge-path[0.0001]" ────────────────────────────────────────
def run_ridge_path_0_0001_():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.0001))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.0001)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0.0001, test=test)


RUNS["ridge-path[0.0001]"] = run_ridge_path_0_0001_


# ──── run "ridge-path[0.001]" ────────────────────────────────────────
def run_ridge_path_0_001_():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.001))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.001)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0.001, test=test)


RUNS["ridge-path[0.001]"] = run_ridge_path_0_001_


# ──── run "ridge-path[0.01]" ────────────────────────────────────────
def run_ridge_path_0_01_():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.01))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.01)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0.01, test=test)


RUNS["ridge-path[0.01]"] = run_ridge_path_0_01_


# ──── run "ridge-path[0.1]" ────────────────────────────────────────
def run_ridge_path_0_1_():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.1))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.1)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0.1, test=test)


RUNS["ridge-path[0.1]"] = run_ridge_path_0_1_


# ──── run "ridge-path[1]" ────────────────────────────────────────
def run_ridge_path_1_():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=1))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=1)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=1, test=test)


RUNS["ridge-path[1]"] = run_ridge_path_1_


# ## L1: make weights exactly zero (lasso)
# ──── run "lasso" ────────────────────────────────────────
def run_lasso():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(3),
        epochs=60000, tolerance=1e-08, batch_size=None,
        l1=0.02, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, test=test)


RUNS["lasso"] = run_lasso


# ──── run "lasso-unfinished" ────────────────────────────────────────
def run_lasso_unfinished():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(3),
        epochs=3000, tolerance=1e-08, batch_size=None,
        l1=0.02, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, test=test)


RUNS["lasso-unfinished"] = run_lasso_unfinished


# ## Early stopping
# ──── run "no-stop" ────────────────────────────────────────
def run_no_stop():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(3),
        epochs=20000, tolerance=0, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["no-stop"] = run_no_stop


# ──── run "early" ────────────────────────────────────────
def run_early():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0.33 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.33, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(3),
        epochs=20000, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping={"patience": 10, "min_delta": 0, "restore_best": True})

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["early"] = run_early


# ## Judging the remedies on the test set
# ## Dropout in a small network
# ──── run "no-dropout" ────────────────────────────────────────
def run_no_dropout():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=4)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=4, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["no-dropout"] = run_no_dropout


# ──── run "dropout" ────────────────────────────────────────
def run_dropout():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=4)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=4, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0.5).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0.5)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["dropout"] = run_dropout


# ──── run "seeds[1,0]" ────────────────────────────────────────
def run_seeds_1_0_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=1)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=1, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["seeds[1,0]"] = run_seeds_1_0_


# ──── run "seeds[1,0.5]" ────────────────────────────────────────
def run_seeds_1_0_5_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=1)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=1, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0.5).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0.5)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["seeds[1,0.5]"] = run_seeds_1_0_5_


# ──── run "seeds[2,0]" ────────────────────────────────────────
def run_seeds_2_0_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=2)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=2, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["seeds[2,0]"] = run_seeds_2_0_


# ──── run "seeds[2,0.5]" ────────────────────────────────────────
def run_seeds_2_0_5_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=2)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=2, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0.5).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0.5)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["seeds[2,0.5]"] = run_seeds_2_0_5_


# ──── run "seeds[3,0]" ────────────────────────────────────────
def run_seeds_3_0_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=3)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=3, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["seeds[3,0]"] = run_seeds_3_0_


# ──── run "seeds[3,0.5]" ────────────────────────────────────────
def run_seeds_3_0_5_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=3)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=3, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0.5).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0.5)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["seeds[3,0.5]"] = run_seeds_3_0_5_


# ──── run "seeds[4,0]" ────────────────────────────────────────
def run_seeds_4_0_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=4)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=4, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["seeds[4,0]"] = run_seeds_4_0_


# ──── run "seeds[4,0.5]" ────────────────────────────────────────
def run_seeds_4_0_5_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=4)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=4, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0.5).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0.5)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["seeds[4,0.5]"] = run_seeds_4_0_5_


# ──── run "seeds[5,0]" ────────────────────────────────────────
def run_seeds_5_0_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=5)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=5, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["seeds[5,0]"] = run_seeds_5_0_


# ──── run "seeds[5,0.5]" ────────────────────────────────────────
def run_seeds_5_0_5_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=5)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=5, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0.5).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0.5)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["seeds[5,0.5]"] = run_seeds_5_0_5_


# ──── run "seeds[6,0]" ────────────────────────────────────────
def run_seeds_6_0_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=6)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=6, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["seeds[6,0]"] = run_seeds_6_0_


# ──── run "seeds[6,0.5]" ────────────────────────────────────────
def run_seeds_6_0_5_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.35, seed=6)
    # Validation and test parts (fractions 0.3 and 0.3, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0.3, seed=6, test=0.3)
    train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [64]) with "tanh" and nn.Dropout(p=0.5).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 3), which then also shuffles and drops.
    generator = SeededGenerator(3)
    model = network([train_part.X.shape[1]] + [64] + [2], activation="tanh", dropout=0.5)
    initialize(model, generator)
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=600, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch, test=test)


RUNS["seeds[6,0.5]"] = run_seeds_6_0_5_


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
    ("overfit", "single", ["overfit"], ["summary", "params", "fit"]),
    ("cubic", "single", ["cubic"], ["summary", "params", "fit"]),
    ("more-data", "single", ["more-data"], ["summary", "fit"]),
    ("ridge", "single", ["ridge"], ["summary", "params", "fit"]),
    ("ridge-strong", "single", ["ridge-strong"], ["summary", "fit"]),
    ("ridge-path", "sweep", ["ridge-path[0.0001]", "ridge-path[0.001]", "ridge-path[0.01]", "ridge-path[0.1]", "ridge-path[1]"], ["summary", "fit", "curve"]),
    ("lasso", "single", ["lasso"], ["summary", "curve", "params", "fit"]),
    ("lasso-unfinished", "single", ["lasso-unfinished"], ["summary", "params"]),
    ("no-stop", "single", ["no-stop"], ["summary", "curve"]),
    ("early", "single", ["early"], ["summary", "curve", "params", "fit"]),
    ("comparison-22", "compare", ["overfit", "cubic", "ridge", "lasso", "early"], ["summary"]),
    ("no-dropout", "single", ["no-dropout"], ["summary", "curve", "params", "boundary"]),
    ("dropout", "single", ["dropout"], ["summary", "curve", "params", "boundary"]),
    ("comparison-26", "compare", ["no-dropout", "dropout"], ["summary", "curve", "table", "params", "contour"]),
    ("seeds", "sweep", ["seeds[1,0]", "seeds[1,0.5]", "seeds[2,0]", "seeds[2,0.5]", "seeds[3,0]", "seeds[3,0.5]", "seeds[4,0]", "seeds[4,0.5]", "seeds[5,0]", "seeds[5,0.5]", "seeds[6,0]", "seeds[6,0.5]"], ["summary"]),
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
