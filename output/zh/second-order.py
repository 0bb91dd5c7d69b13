#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# 曲率的作用——牛顿法、共轭梯度法与梯度下降
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

setup("8de0c341ba9fc857", HERE, language="zh")


# # 曲率的作用：牛顿法、共轭梯度法与梯度下降
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


# ## Rosenbrock 山谷
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
    return formula_report(f, point, status, steps, names=["x", "y"])


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
    return formula_report(f, point, status, steps, names=["x", "y"])


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
    return formula_report(f, point, status, steps, names=["x", "y"])


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
    return formula_report(f, point, status, steps, names=["x", "y"])


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
    return formula_report(f, point, status, steps, names=["x", "y"])


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
    return formula_report(f, point, status, steps, names=["x", "y"])


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
    return formula_report(f, point, status, steps, names=["x", "y"])


RUNS["rosen-second-order[lbfgs]"] = run_rosen_second_order_lbfgs_


# ## 山谷中的动量法
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
    return formula_report(f, point, status, steps, names=["x", "y"])


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
    return formula_report(f, point, status, steps, names=["x", "y"])


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
    return formula_report(f, point, status, steps, names=["x", "y"])


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
    return formula_report(f, point, status, steps, names=["x", "y"])


RUNS["rosen-momentum-too-fast"] = run_rosen_momentum_too_fast


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
    ("bowl-gd", "single", ["bowl-gd"], ["summary", "curve", "contour"]),
    ("bowl-newton", "single", ["bowl-newton"], ["summary", "table", "contour"]),
    ("bowl-cg", "single", ["bowl-cg"], ["summary", "table", "contour"]),
    ("rosen-gd", "single", ["rosen-gd"], ["summary", "curve", "contour"]),
    ("rosen-gd-stable", "single", ["rosen-gd-stable"], ["summary", "curve"]),
    ("rosen-gd-edge", "single", ["rosen-gd-edge"], ["summary", "curve"]),
    ("rosen-gd-too-fast", "single", ["rosen-gd-too-fast"], ["summary", "table"]),
    ("rosen-second-order", "sweep", ["rosen-second-order[newton]", "rosen-second-order[cg]", "rosen-second-order[lbfgs]"], ["summary", "curve", "table", "params", "contour"]),
    ("rosen-momentum", "single", ["rosen-momentum"], ["summary", "curve", "contour"]),
    ("rosen-momentum-lr", "sweep", ["rosen-momentum-lr[0.001]", "rosen-momentum-lr[0.002]"], ["summary", "curve"]),
    ("rosen-momentum-too-fast", "single", ["rosen-momentum-too-fast"], ["summary"]),
    ("comparison-28", "compare", ["rosen-gd", "rosen-gd-stable", "rosen-gd-edge", "rosen-momentum"], ["summary", "curve", "contour"]),
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
