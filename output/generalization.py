#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Generalization — likelihoods, bias, variance and cross-validation
#
# Exported by `nbrun generalization.md --to py`: every run of the notebook as plain Python, on the engine in
# nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
# `python3 generalization.py` prints each cell's table and saves its charts in generalization-charts/;
# `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.


import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # nbrun_runtime.py and the data files are in this folder
sys.path.insert(0, HERE)
if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
    raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

setup("d2a4d2d07226046c", HERE, language="en")


# # Generalization
# ## Losses are likelihoods, penalties are priors
# ──── run "mle-10" ────────────────────────────────────────
def run_mle_10():
    # Data: 10 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=10, weights=[2], bias=1, noise=0.5, seed=4)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=4)
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


RUNS["mle-10"] = run_mle_10


# ──── run "map-10" ────────────────────────────────────────
def run_map_10():
    # Data: 10 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=10, weights=[2], bias=1, noise=0.5, seed=4)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=4)
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


RUNS["map-10"] = run_map_10


# ──── run "mle-1000" ────────────────────────────────────────
def run_mle_1000():
    # Data: 1000 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=1000, weights=[2], bias=1, noise=0.5, seed=4)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=4)
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


RUNS["mle-1000"] = run_mle_1000


# ──── run "map-1000" ────────────────────────────────────────
def run_map_1000():
    # Data: 1000 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=1000, weights=[2], bias=1, noise=0.5, seed=4)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=4)
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


RUNS["map-1000"] = run_map_1000


# ### Exercises
# ## Bias and variance
# ──── run "bv[1,1]" ────────────────────────────────────────
def run_bv_1_1_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=1)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=1, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=1, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[1,1]"] = run_bv_1_1_


# ──── run "bv[1,2]" ────────────────────────────────────────
def run_bv_1_2_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=2)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=2, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=1, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[1,2]"] = run_bv_1_2_


# ──── run "bv[1,3]" ────────────────────────────────────────
def run_bv_1_3_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=3)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=3, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=1, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[1,3]"] = run_bv_1_3_


# ──── run "bv[1,4]" ────────────────────────────────────────
def run_bv_1_4_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=4)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=4, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=1, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[1,4]"] = run_bv_1_4_


# ──── run "bv[1,5]" ────────────────────────────────────────
def run_bv_1_5_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=5)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=5, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=1, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[1,5]"] = run_bv_1_5_


# ──── run "bv[1,6]" ────────────────────────────────────────
def run_bv_1_6_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=6)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=6, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=1, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[1,6]"] = run_bv_1_6_


# ──── run "bv[1,7]" ────────────────────────────────────────
def run_bv_1_7_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=7)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=7, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=1, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[1,7]"] = run_bv_1_7_


# ──── run "bv[1,8]" ────────────────────────────────────────
def run_bv_1_8_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=8)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=8, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=1, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[1,8]"] = run_bv_1_8_


# ──── run "bv[2,1]" ────────────────────────────────────────
def run_bv_2_1_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=1)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=1, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=2, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[2,1]"] = run_bv_2_1_


# ──── run "bv[2,2]" ────────────────────────────────────────
def run_bv_2_2_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=2)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=2, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=2, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[2,2]"] = run_bv_2_2_


# ──── run "bv[2,3]" ────────────────────────────────────────
def run_bv_2_3_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=3)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=3, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=2, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[2,3]"] = run_bv_2_3_


# ──── run "bv[2,4]" ────────────────────────────────────────
def run_bv_2_4_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=4)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=4, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=2, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[2,4]"] = run_bv_2_4_


# ──── run "bv[2,5]" ────────────────────────────────────────
def run_bv_2_5_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=5)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=5, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=2, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[2,5]"] = run_bv_2_5_


# ──── run "bv[2,6]" ────────────────────────────────────────
def run_bv_2_6_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=6)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=6, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=2, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[2,6]"] = run_bv_2_6_


# ──── run "bv[2,7]" ────────────────────────────────────────
def run_bv_2_7_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=7)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=7, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=2, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[2,7]"] = run_bv_2_7_


# ──── run "bv[2,8]" ────────────────────────────────────────
def run_bv_2_8_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=8)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=8, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=2, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["bv[2,8]"] = run_bv_2_8_


# ──── run "bv[9,1]" ────────────────────────────────────────
def run_bv_9_1_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=1)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=1, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=False)

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


RUNS["bv[9,1]"] = run_bv_9_1_


# ──── run "bv[9,2]" ────────────────────────────────────────
def run_bv_9_2_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=2)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=2, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=False)

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


RUNS["bv[9,2]"] = run_bv_9_2_


# ──── run "bv[9,3]" ────────────────────────────────────────
def run_bv_9_3_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=3)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=3, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=False)

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


RUNS["bv[9,3]"] = run_bv_9_3_


# ──── run "bv[9,4]" ────────────────────────────────────────
def run_bv_9_4_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=4)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=4, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=False)

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


RUNS["bv[9,4]"] = run_bv_9_4_


# ──── run "bv[9,5]" ────────────────────────────────────────
def run_bv_9_5_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=5)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=5, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=False)

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


RUNS["bv[9,5]"] = run_bv_9_5_


# ──── run "bv[9,6]" ────────────────────────────────────────
def run_bv_9_6_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=6)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=6, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=False)

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


RUNS["bv[9,6]"] = run_bv_9_6_


# ──── run "bv[9,7]" ────────────────────────────────────────
def run_bv_9_7_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=7)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=7, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=False)

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


RUNS["bv[9,7]"] = run_bv_9_7_


# ──── run "bv[9,8]" ────────────────────────────────────────
def run_bv_9_8_():
    # Data: 40 rows of a polynomial plus 0.3·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=40, coefficients=[1, 0, -3], noise=0.3, seed=8)
    # Validation and test parts (fractions 0 and 0.5, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=8, test=0.5)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=False)

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


RUNS["bv[9,8]"] = run_bv_9_8_


# ### Exercises
# ## k-fold cross-validation
# ──── run "cv[0]" ────────────────────────────────────────
def run_cv_0_():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # k-fold cross-validation (5 folds): one model per fold, trained on the other folds.
    whole = train_part, validation
    raw_train, folds = split(data, validation=0.0, seed=40, test=0.33)[0], []
    for fold_rows, held_rows in kfold(len(raw_train.y), 5, shuffle_seed=None):
        train_part, validation = prepare(raw_train.rows(fold_rows), raw_train.rows(held_rows), degree=9, standardize=True)

        # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
        model = linear_model(train_part.X.shape[1], 1)
        # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
        criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

        # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
        load(model, least_squares(train_part, l2=0))
        status, epochs, best_epoch = "converged", 1, None
        fold = report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                      classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"])
        folds.append(fold_result(fold, train_part, validation))
    train_part, validation = whole
    cv = cross_validation(folds)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test, cv=cv)


RUNS["cv[0]"] = run_cv_0_


# ──── run "cv[0.0001]" ────────────────────────────────────────
def run_cv_0_0001_():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # k-fold cross-validation (5 folds): one model per fold, trained on the other folds.
    whole = train_part, validation
    raw_train, folds = split(data, validation=0.0, seed=40, test=0.33)[0], []
    for fold_rows, held_rows in kfold(len(raw_train.y), 5, shuffle_seed=None):
        train_part, validation = prepare(raw_train.rows(fold_rows), raw_train.rows(held_rows), degree=9, standardize=True)

        # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
        model = linear_model(train_part.X.shape[1], 1)
        # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
        criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

        # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
        load(model, least_squares(train_part, l2=0.0001))
        status, epochs, best_epoch = "converged", 1, None
        fold = report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                      classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"])
        folds.append(fold_result(fold, train_part, validation))
    train_part, validation = whole
    cv = cross_validation(folds)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.0001))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.0001)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0.0001, test=test, cv=cv)


RUNS["cv[0.0001]"] = run_cv_0_0001_


# ──── run "cv[0.001]" ────────────────────────────────────────
def run_cv_0_001_():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # k-fold cross-validation (5 folds): one model per fold, trained on the other folds.
    whole = train_part, validation
    raw_train, folds = split(data, validation=0.0, seed=40, test=0.33)[0], []
    for fold_rows, held_rows in kfold(len(raw_train.y), 5, shuffle_seed=None):
        train_part, validation = prepare(raw_train.rows(fold_rows), raw_train.rows(held_rows), degree=9, standardize=True)

        # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
        model = linear_model(train_part.X.shape[1], 1)
        # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
        criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

        # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
        load(model, least_squares(train_part, l2=0.001))
        status, epochs, best_epoch = "converged", 1, None
        fold = report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                      classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"])
        folds.append(fold_result(fold, train_part, validation))
    train_part, validation = whole
    cv = cross_validation(folds)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.001))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.001)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0.001, test=test, cv=cv)


RUNS["cv[0.001]"] = run_cv_0_001_


# ──── run "cv[0.01]" ────────────────────────────────────────
def run_cv_0_01_():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # k-fold cross-validation (5 folds): one model per fold, trained on the other folds.
    whole = train_part, validation
    raw_train, folds = split(data, validation=0.0, seed=40, test=0.33)[0], []
    for fold_rows, held_rows in kfold(len(raw_train.y), 5, shuffle_seed=None):
        train_part, validation = prepare(raw_train.rows(fold_rows), raw_train.rows(held_rows), degree=9, standardize=True)

        # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
        model = linear_model(train_part.X.shape[1], 1)
        # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
        criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

        # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
        load(model, least_squares(train_part, l2=0.01))
        status, epochs, best_epoch = "converged", 1, None
        fold = report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                      classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"])
        folds.append(fold_result(fold, train_part, validation))
    train_part, validation = whole
    cv = cross_validation(folds)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.01))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.01)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0.01, test=test, cv=cv)


RUNS["cv[0.01]"] = run_cv_0_01_


# ──── run "cv[0.1]" ────────────────────────────────────────
def run_cv_0_1_():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # k-fold cross-validation (5 folds): one model per fold, trained on the other folds.
    whole = train_part, validation
    raw_train, folds = split(data, validation=0.0, seed=40, test=0.33)[0], []
    for fold_rows, held_rows in kfold(len(raw_train.y), 5, shuffle_seed=None):
        train_part, validation = prepare(raw_train.rows(fold_rows), raw_train.rows(held_rows), degree=9, standardize=True)

        # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
        model = linear_model(train_part.X.shape[1], 1)
        # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
        criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

        # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
        load(model, least_squares(train_part, l2=0.1))
        status, epochs, best_epoch = "converged", 1, None
        fold = report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                      classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"])
        folds.append(fold_result(fold, train_part, validation))
    train_part, validation = whole
    cv = cross_validation(folds)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=0.1))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.1)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0.1, test=test, cv=cv)


RUNS["cv[0.1]"] = run_cv_0_1_


# ──── run "cv[1]" ────────────────────────────────────────
def run_cv_1_():
    # Data: 45 rows of a polynomial plus 0.2·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=45, coefficients=[0, 3, 0, -4], noise=0.2, seed=40)
    # Validation and test parts (fractions 0 and 0.33, one seeded shuffle), then expansion and standardization fitted on the training part.
    train_part, validation, test = split(data, validation=0, seed=40, test=0.33)
    train_part, validation, test = prepare(train_part, validation, test, degree=9, standardize=True)

    # k-fold cross-validation (5 folds): one model per fold, trained on the other folds.
    whole = train_part, validation
    raw_train, folds = split(data, validation=0.0, seed=40, test=0.33)[0], []
    for fold_rows, held_rows in kfold(len(raw_train.y), 5, shuffle_seed=None):
        train_part, validation = prepare(raw_train.rows(fold_rows), raw_train.rows(held_rows), degree=9, standardize=True)

        # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
        model = linear_model(train_part.X.shape[1], 1)
        # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
        criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

        # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
        load(model, least_squares(train_part, l2=1))
        status, epochs, best_epoch = "converged", 1, None
        fold = report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                      classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"])
        folds.append(fold_result(fold, train_part, validation))
    train_part, validation = whole
    cv = cross_validation(folds)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N).
    load(model, least_squares(train_part, l2=1))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=1)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=1, test=test, cv=cv)


RUNS["cv[1]"] = run_cv_1_


# ### Exercises
# ## Early stopping acts like L2
# ──── run "stopped[20]" ────────────────────────────────────────
def run_stopped_20_():
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
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(1),
        epochs=20, tolerance=0, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["stopped[20]"] = run_stopped_20_


# ──── run "stopped[200]" ────────────────────────────────────────
def run_stopped_200_():
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
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(1),
        epochs=200, tolerance=0, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["stopped[200]"] = run_stopped_200_


# ──── run "stopped[2000]" ────────────────────────────────────────
def run_stopped_2000_():
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
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(1),
        epochs=2000, tolerance=0, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0, test=test)


RUNS["stopped[2000]"] = run_stopped_2000_


# ──── run "ridge-matched[0.3466]" ────────────────────────────────────────
def run_ridge_matched_0_3466_():
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
    load(model, least_squares(train_part, l2=0.3466))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.3466)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0.3466, test=test)


RUNS["ridge-matched[0.3466]"] = run_ridge_matched_0_3466_


# ──── run "ridge-matched[0.03466]" ────────────────────────────────────────
def run_ridge_matched_0_03466_():
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
    load(model, least_squares(train_part, l2=0.03466))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.03466)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0.03466, test=test)


RUNS["ridge-matched[0.03466]"] = run_ridge_matched_0_03466_


# ──── run "ridge-matched[0.003466]" ────────────────────────────────────────
def run_ridge_matched_0_003466_():
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
    load(model, least_squares(train_part, l2=0.003466))
    status, epochs, best_epoch = "converged", 1, None

    optimum = least_squares(train_part, l2=0.003466)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3", "x^4", "x^5", "x^6", "x^7", "x^8", "x^9"], best_epoch=best_epoch, optimum=optimum, l2=0.003466, test=test)


RUNS["ridge-matched[0.003466]"] = run_ridge_matched_0_003466_


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
    ("mle-10", "single", ["mle-10"], ["summary", "params"]),
    ("map-10", "single", ["map-10"], ["params"]),
    ("mle-1000", "single", ["mle-1000"], ["summary", "params"]),
    ("map-1000", "single", ["map-1000"], ["params"]),
    ("bv", "sweep", ["bv[1,1]", "bv[1,2]", "bv[1,3]", "bv[1,4]", "bv[1,5]", "bv[1,6]", "bv[1,7]", "bv[1,8]", "bv[2,1]", "bv[2,2]", "bv[2,3]", "bv[2,4]", "bv[2,5]", "bv[2,6]", "bv[2,7]", "bv[2,8]", "bv[9,1]", "bv[9,2]", "bv[9,3]", "bv[9,4]", "bv[9,5]", "bv[9,6]", "bv[9,7]", "bv[9,8]"], ["summary"]),
    ("cv", "sweep", ["cv[0]", "cv[0.0001]", "cv[0.001]", "cv[0.01]", "cv[0.1]", "cv[1]"], ["summary"]),
    ("stopped", "sweep", ["stopped[20]", "stopped[200]", "stopped[2000]"], ["summary"]),
    ("ridge-matched", "sweep", ["ridge-matched[0.3466]", "ridge-matched[0.03466]", "ridge-matched[0.003466]"], ["summary"]),
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
