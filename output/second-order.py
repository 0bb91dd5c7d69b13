#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Curvature helps — Newton, conjugate gradients and L-BFGS
#
# Exported by `nbrun second-order.md --to py`: every run of the notebook as plain Python, on the engine in
# nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
# `python3 second-order.py` prints each cell's table and saves its charts in second-order-charts/;
# `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.


import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # nbrun_runtime.py and the data files are in this folder
sys.path.insert(0, HERE)
if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
    raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

setup("d2a4d2d07226046c", HERE, language="en")


# # Curvature helps: Newton, CG and L-BFGS
# ## A quadratic bowl
# ──── run "bowl-gd" ────────────────────────────────────────
def run_bowl_gd():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # q(x, y) = \frac{1}{2}\left(x^2 + \kappa\, y^2\right)
    kappa = 10  # front-matter param kappa

    def q(theta):
        x, y = theta
        return 1 / 2 * (x ** 2 + kappa * y ** 2)

    start = [-4, 1.5]  # x, y
    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = lambda params: torch.optim.SGD(params, lr=0.18)
    scheduler = lambda optimizer: None  # a constant rate
    status, steps, point = descend(q, start, optimizer, scheduler, steps=150, tolerance=1e-08)
    return formula_report(q, point, status, steps, names=["x", "y"])


RUNS["bowl-gd"] = run_bowl_gd


# ──── run "bowl-newton" ────────────────────────────────────────
def run_bowl_newton():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # q(x, y) = \frac{1}{2}\left(x^2 + \kappa\, y^2\right)
    kappa = 10  # front-matter param kappa

    def q(theta):
        x, y = theta
        return 1 / 2 * (x ** 2 + kappa * y ** 2)

    start = [-4, 1.5]  # x, y
    # Newton's method, the Hessian from torch autograd (SciPy: minimize(method="Newton-CG", hess=...)).
    status, steps, point, _ = minimize(Differentiable(q), Newton(), start, epochs=10, tolerance=1e-08)
    return formula_report(q, point, status, steps, names=["x", "y"])


RUNS["bowl-newton"] = run_bowl_newton


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
    status, steps, point, _ = minimize(Differentiable(q), ConjugateGradient(), start, epochs=10, tolerance=1e-08)
    return formula_report(q, point, status, steps, names=["x", "y"])


RUNS["bowl-cg"] = run_bowl_cg


# ## Back to the cubic's valley
# ──── run "cubic" ────────────────────────────────────────
def run_cubic():
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


RUNS["cubic"] = run_cubic


# ──── run "cubic-gd" ────────────────────────────────────────
def run_cubic_gd():
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
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(1),
        epochs=300, tolerance=1e-06, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["cubic-gd"] = run_cubic_gd


# ──── run "newton" ────────────────────────────────────────
def run_newton():
    # Data: 120 rows of a polynomial plus 0.1·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=120, coefficients=[0.5, -1, 2, 1.5], noise=0.1, seed=2)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=2)
    train_part, validation = prepare(train_part, validation, degree=3, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Newton's method, the Hessian from torch autograd (SciPy: minimize(method="Newton-CG", hess=...)).
    status, epochs, best_epoch = minimize_model(
        model, criterion, train_part, validation, Newton(), epochs=50,
        tolerance=1e-10, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["newton"] = run_newton


# ──── run "cg" ────────────────────────────────────────
def run_cg():
    # Data: 120 rows of a polynomial plus 0.1·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=120, coefficients=[0.5, -1, 2, 1.5], noise=0.1, seed=2)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=2)
    train_part, validation = prepare(train_part, validation, degree=3, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # Polak–Ribière+ conjugate gradients (SciPy: minimize(method="CG")).
    status, epochs, best_epoch = minimize_model(
        model, criterion, train_part, validation, ConjugateGradient(), epochs=50,
        tolerance=1e-10, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["cg"] = run_cg


# ──── run "lbfgs" ────────────────────────────────────────
def run_lbfgs():
    # Data: 120 rows of a polynomial plus 0.1·ε, from nbrun's seeded generator.
    data = generate_polynomial(n=120, coefficients=[0.5, -1, 2, 1.5], noise=0.1, seed=2)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=2)
    train_part, validation = prepare(train_part, validation, degree=3, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # L-BFGS (SciPy: minimize(method="L-BFGS-B", options={"maxcor": 10})).
    status, epochs, best_epoch = minimize_model(
        model, criterion, train_part, validation, LBFGS(memory=10), epochs=50,
        tolerance=1e-10, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x", "x^2", "x^3"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["lbfgs"] = run_lbfgs


# ## The Rosenbrock valley
# ──── run "rosen-gd" ────────────────────────────────────────
def run_rosen_gd():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2

    def f(theta):
        x, y = theta
        return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

    start = [-1.5, 2]  # x, y
    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = lambda params: torch.optim.SGD(params, lr=0.001)
    scheduler = lambda optimizer: None  # a constant rate
    status, steps, point = descend(f, start, optimizer, scheduler, steps=5000, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[1, 1])


RUNS["rosen-gd"] = run_rosen_gd


# ──── run "rosen-gd-stable" ────────────────────────────────────────
def run_rosen_gd_stable():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2

    def f(theta):
        x, y = theta
        return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

    start = [-1.5, 2]  # x, y
    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = lambda params: torch.optim.SGD(params, lr=0.0019)
    scheduler = lambda optimizer: None  # a constant rate
    status, steps, point = descend(f, start, optimizer, scheduler, steps=25000, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[1, 1])


RUNS["rosen-gd-stable"] = run_rosen_gd_stable


# ──── run "rosen-gd-edge" ────────────────────────────────────────
def run_rosen_gd_edge():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2

    def f(theta):
        x, y = theta
        return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

    start = [-1.5, 2]  # x, y
    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = lambda params: torch.optim.SGD(params, lr=0.002)
    scheduler = lambda optimizer: None  # a constant rate
    status, steps, point = descend(f, start, optimizer, scheduler, steps=25000, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[1, 1])


RUNS["rosen-gd-edge"] = run_rosen_gd_edge


# ──── run "rosen-gd-too-fast" ────────────────────────────────────────
def run_rosen_gd_too_fast():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2

    def f(theta):
        x, y = theta
        return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

    start = [-1.5, 2]  # x, y
    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = lambda params: torch.optim.SGD(params, lr=0.0025)
    scheduler = lambda optimizer: None  # a constant rate
    status, steps, point = descend(f, start, optimizer, scheduler, steps=5000, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[1, 1])


RUNS["rosen-gd-too-fast"] = run_rosen_gd_too_fast


# ──── run "rosen-second-order[newton]" ────────────────────────────────────────
def run_rosen_second_order_newton_():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2

    def f(theta):
        x, y = theta
        return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

    start = [-1.5, 2]  # x, y
    # Newton's method, the Hessian from torch autograd (SciPy: minimize(method="Newton-CG", hess=...)).
    status, steps, point, _ = minimize(Differentiable(f), Newton(), start, epochs=200, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[1, 1])


RUNS["rosen-second-order[newton]"] = run_rosen_second_order_newton_


# ──── run "rosen-second-order[cg]" ────────────────────────────────────────
def run_rosen_second_order_cg_():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2

    def f(theta):
        x, y = theta
        return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

    start = [-1.5, 2]  # x, y
    # Polak–Ribière+ conjugate gradients (SciPy: minimize(method="CG")).
    status, steps, point, _ = minimize(Differentiable(f), ConjugateGradient(), start, epochs=200, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[1, 1])


RUNS["rosen-second-order[cg]"] = run_rosen_second_order_cg_


# ──── run "rosen-second-order[lbfgs]" ────────────────────────────────────────
def run_rosen_second_order_lbfgs_():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2

    def f(theta):
        x, y = theta
        return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

    start = [-1.5, 2]  # x, y
    # L-BFGS (SciPy: minimize(method="L-BFGS-B", options={"maxcor": 10})).
    status, steps, point, _ = minimize(Differentiable(f), LBFGS(memory=10), start, epochs=200, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[1, 1])


RUNS["rosen-second-order[lbfgs]"] = run_rosen_second_order_lbfgs_


# ## Iterations are not seconds
# ## A line search keeps Newton honest
# ──── run "soft-newton" ────────────────────────────────────────
def run_soft_newton():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x) = \sqrt{1 + x^2}

    def f(theta):
        x, = theta
        return torch.sqrt(1 + x ** 2)

    start = [1.5]  # x
    # Newton's method, the Hessian from torch autograd (SciPy: minimize(method="Newton-CG", hess=...)).
    status, steps, point, _ = minimize(Differentiable(f), Newton(), start, epochs=20, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x"])


RUNS["soft-newton"] = run_soft_newton


# ## Momentum in the valley
# ──── run "rosen-momentum" ────────────────────────────────────────
def run_rosen_momentum():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2

    def f(theta):
        x, y = theta
        return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

    start = [-1.5, 2]  # x, y
    # torch.optim.SGD with momentum: b ← μb + g (b = g at first), θ ← θ − lr·b.
    optimizer = lambda params: torch.optim.SGD(params, lr=0.0005, momentum=0.9, nesterov=False)
    scheduler = lambda optimizer: None  # a constant rate
    status, steps, point = descend(f, start, optimizer, scheduler, steps=5000, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[1, 1])


RUNS["rosen-momentum"] = run_rosen_momentum


# ──── run "rosen-momentum-lr[0.001]" ────────────────────────────────────────
def run_rosen_momentum_lr_0_001_():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2

    def f(theta):
        x, y = theta
        return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

    start = [-1.5, 2]  # x, y
    # torch.optim.SGD with momentum: b ← μb + g (b = g at first), θ ← θ − lr·b.
    optimizer = lambda params: torch.optim.SGD(params, lr=0.001, momentum=0.9, nesterov=False)
    scheduler = lambda optimizer: None  # a constant rate
    status, steps, point = descend(f, start, optimizer, scheduler, steps=5000, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[1, 1])


RUNS["rosen-momentum-lr[0.001]"] = run_rosen_momentum_lr_0_001_


# ──── run "rosen-momentum-lr[0.002]" ────────────────────────────────────────
def run_rosen_momentum_lr_0_002_():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2

    def f(theta):
        x, y = theta
        return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

    start = [-1.5, 2]  # x, y
    # torch.optim.SGD with momentum: b ← μb + g (b = g at first), θ ← θ − lr·b.
    optimizer = lambda params: torch.optim.SGD(params, lr=0.002, momentum=0.9, nesterov=False)
    scheduler = lambda optimizer: None  # a constant rate
    status, steps, point = descend(f, start, optimizer, scheduler, steps=5000, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[1, 1])


RUNS["rosen-momentum-lr[0.002]"] = run_rosen_momentum_lr_0_002_


# ──── run "rosen-momentum-too-fast" ────────────────────────────────────────
def run_rosen_momentum_too_fast():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2

    def f(theta):
        x, y = theta
        return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

    start = [-1.5, 2]  # x, y
    # torch.optim.SGD with momentum: b ← μb + g (b = g at first), θ ← θ − lr·b.
    optimizer = lambda params: torch.optim.SGD(params, lr=0.0025, momentum=0.9, nesterov=False)
    scheduler = lambda optimizer: None  # a constant rate
    status, steps, point = descend(f, start, optimizer, scheduler, steps=5000, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[1, 1])


RUNS["rosen-momentum-too-fast"] = run_rosen_momentum_too_fast


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
    ("bowl-gd", "single", ["bowl-gd"], ["summary", "curve", "contour"]),
    ("bowl-newton", "single", ["bowl-newton"], ["summary", "table", "contour"]),
    ("bowl-cg", "single", ["bowl-cg"], ["summary", "table", "contour"]),
    ("cubic", "single", ["cubic"], ["summary"]),
    ("cubic-gd", "single", ["cubic-gd"], ["summary"]),
    ("newton", "single", ["newton"], ["summary", "table"]),
    ("cg", "single", ["cg"], ["summary", "table"]),
    ("lbfgs", "single", ["lbfgs"], ["summary", "table"]),
    ("comparison-16", "compare", ["cubic-gd", "newton", "cg", "lbfgs"], ["distance"]),
    ("rosen-gd", "single", ["rosen-gd"], ["summary", "curve", "contour"]),
    ("rosen-gd-stable", "single", ["rosen-gd-stable"], ["summary", "curve"]),
    ("rosen-gd-edge", "single", ["rosen-gd-edge"], ["summary", "curve"]),
    ("rosen-gd-too-fast", "single", ["rosen-gd-too-fast"], ["summary", "table"]),
    ("rosen-second-order", "sweep", ["rosen-second-order[newton]", "rosen-second-order[cg]", "rosen-second-order[lbfgs]"], ["summary", "curve", "table", "params", "contour"]),
    ("soft-newton", "single", ["soft-newton"], ["summary", "table"]),
    ("rosen-momentum", "single", ["rosen-momentum"], ["summary", "curve", "contour"]),
    ("rosen-momentum-lr", "sweep", ["rosen-momentum-lr[0.001]", "rosen-momentum-lr[0.002]"], ["summary", "curve"]),
    ("rosen-momentum-too-fast", "single", ["rosen-momentum-too-fast"], ["summary"]),
    ("comparison-40", "compare", ["rosen-gd", "rosen-gd-stable", "rosen-gd-edge", "rosen-momentum"], ["summary", "contour", "gap"]),
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
