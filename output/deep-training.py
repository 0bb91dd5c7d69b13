#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Training deep models — saddles, initialization and schedules
#
# Exported by `nbrun deep-training.md --to py`: every run of the notebook as plain Python, on the engine in
# nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
# `python3 deep-training.py` prints each cell's table and saves its charts in deep-training-charts/;
# `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.


import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))  # nbrun_runtime.py and the data files are in this folder
sys.path.insert(0, HERE)
if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
    raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

setup("d2a4d2d07226046c", HERE, language="en")


# # Training deep models
# ## Non-convex objectives and saddle points
# ──── run "at-saddle" ────────────────────────────────────────
def run_at_saddle():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = 5\,x^2 + \frac{1}{4}y^4 + \frac{1}{10}y^3 - \frac{1}{2}y^2

    def f(theta):
        x, y = theta
        return 5 * x ** 2 + 1 / 4 * y ** 4 + 1 / 10 * y ** 3 - 1 / 2 * y ** 2

    start = [0.3, 0]  # x, y
    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = lambda params: torch.optim.SGD(params, lr=0.15)
    scheduler = lambda optimizer: None  # a constant rate
    status, steps, point = descend(f, start, optimizer, scheduler, steps=300, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[0, -1.161187420807834])


RUNS["at-saddle"] = run_at_saddle


# ──── run "near-up" ────────────────────────────────────────
def run_near_up():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = 5\,x^2 + \frac{1}{4}y^4 + \frac{1}{10}y^3 - \frac{1}{2}y^2

    def f(theta):
        x, y = theta
        return 5 * x ** 2 + 1 / 4 * y ** 4 + 1 / 10 * y ** 3 - 1 / 2 * y ** 2

    start = [0.3, 0.0001]  # x, y
    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = lambda params: torch.optim.SGD(params, lr=0.15)
    scheduler = lambda optimizer: None  # a constant rate
    status, steps, point = descend(f, start, optimizer, scheduler, steps=300, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[0, -1.161187420807834])


RUNS["near-up"] = run_near_up


# ──── run "near-down" ────────────────────────────────────────
def run_near_down():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = 5\,x^2 + \frac{1}{4}y^4 + \frac{1}{10}y^3 - \frac{1}{2}y^2

    def f(theta):
        x, y = theta
        return 5 * x ** 2 + 1 / 4 * y ** 4 + 1 / 10 * y ** 3 - 1 / 2 * y ** 2

    start = [0.3, -0.0001]  # x, y
    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = lambda params: torch.optim.SGD(params, lr=0.15)
    scheduler = lambda optimizer: None  # a constant rate
    status, steps, point = descend(f, start, optimizer, scheduler, steps=300, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[0, -1.161187420807834])


RUNS["near-down"] = run_near_down


# ──── run "momentum-down" ────────────────────────────────────────
def run_momentum_down():
    # The formula, as torch operations translated from nbrun's formula compiler (autograd gives
    # the gradient and the Hessian):
    # f(x, y) = 5\,x^2 + \frac{1}{4}y^4 + \frac{1}{10}y^3 - \frac{1}{2}y^2

    def f(theta):
        x, y = theta
        return 5 * x ** 2 + 1 / 4 * y ** 4 + 1 / 10 * y ** 3 - 1 / 2 * y ** 2

    start = [0.3, -0.0001]  # x, y
    # torch.optim.SGD with momentum: b ← μb + g (b = g at first), θ ← θ − lr·b.
    optimizer = lambda params: torch.optim.SGD(params, lr=0.1, momentum=0.9, nesterov=False)
    scheduler = lambda optimizer: None  # a constant rate
    status, steps, point = descend(f, start, optimizer, scheduler, steps=300, tolerance=1e-08)
    return formula_report(f, point, status, steps, names=["x", "y"], optimum=[0, -1.161187420807834])


RUNS["momentum-down"] = run_momentum_down


# ### Exercises
# ## Initialization, vanishing and exploding gradients
# ──── run "he" ────────────────────────────────────────
def run_he():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.15, seed=5)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [32, 32, 32, 32, 32, 32]) with "relu" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 1), which then also shuffles and drops.
    generator = SeededGenerator(1)
    model = network([train_part.X.shape[1]] + [32, 32, 32, 32, 32, 32] + [2], activation="relu", dropout=0)
    init_weights([m for m in model if isinstance(m, nn.Linear)], generator, "kaiming_normal", scale=1.4142135623730951)  # init: kaiming_normal, biases at 0
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=150, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["he"] = run_he


# ──── run "too-small" ────────────────────────────────────────
def run_too_small():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.15, seed=5)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [32, 32, 32, 32, 32, 32]) with "relu" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 1), which then also shuffles and drops.
    generator = SeededGenerator(1)
    model = network([train_part.X.shape[1]] + [32, 32, 32, 32, 32, 32] + [2], activation="relu", dropout=0)
    init_weights([m for m in model if isinstance(m, nn.Linear)], generator, "normal", scale=0.05)  # init: normal, biases at 0
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=150, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["too-small"] = run_too_small


# ──── run "too-large" ────────────────────────────────────────
def run_too_large():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.15, seed=5)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [32, 32, 32, 32, 32, 32]) with "relu" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 1), which then also shuffles and drops.
    generator = SeededGenerator(1)
    model = network([train_part.X.shape[1]] + [32, 32, 32, 32, 32, 32] + [2], activation="relu", dropout=0)
    init_weights([m for m in model if isinstance(m, nn.Linear)], generator, "normal", scale=1)  # init: normal, biases at 0
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=150, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["too-large"] = run_too_large


# ### Activations
# ──── run "activations[sigmoid]" ────────────────────────────────────────
def run_activations_sigmoid_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.15, seed=5)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [32, 32, 32, 32, 32, 32]) with "sigmoid" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 1), which then also shuffles and drops.
    generator = SeededGenerator(1)
    model = network([train_part.X.shape[1]] + [32, 32, 32, 32, 32, 32] + [2], activation="sigmoid", dropout=0)
    init_weights([m for m in model if isinstance(m, nn.Linear)], generator, "kaiming_normal", scale=1.4142135623730951)  # init: kaiming_normal, biases at 0
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=150, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["activations[sigmoid]"] = run_activations_sigmoid_


# ──── run "activations[tanh]" ────────────────────────────────────────
def run_activations_tanh_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.15, seed=5)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [32, 32, 32, 32, 32, 32]) with "tanh" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 1), which then also shuffles and drops.
    generator = SeededGenerator(1)
    model = network([train_part.X.shape[1]] + [32, 32, 32, 32, 32, 32] + [2], activation="tanh", dropout=0)
    init_weights([m for m in model if isinstance(m, nn.Linear)], generator, "kaiming_normal", scale=1.4142135623730951)  # init: kaiming_normal, biases at 0
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=150, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["activations[tanh]"] = run_activations_tanh_


# ──── run "activations[relu]" ────────────────────────────────────────
def run_activations_relu_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.15, seed=5)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [32, 32, 32, 32, 32, 32]) with "relu" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 1), which then also shuffles and drops.
    generator = SeededGenerator(1)
    model = network([train_part.X.shape[1]] + [32, 32, 32, 32, 32, 32] + [2], activation="relu", dropout=0)
    init_weights([m for m in model if isinstance(m, nn.Linear)], generator, "kaiming_normal", scale=1.4142135623730951)  # init: kaiming_normal, biases at 0
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=150, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["activations[relu]"] = run_activations_relu_


# ──── run "activations[leaky_relu]" ────────────────────────────────────────
def run_activations_leaky_relu_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.15, seed=5)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [32, 32, 32, 32, 32, 32]) with "leaky_relu" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 1), which then also shuffles and drops.
    generator = SeededGenerator(1)
    model = network([train_part.X.shape[1]] + [32, 32, 32, 32, 32, 32] + [2], activation="leaky_relu", dropout=0)
    init_weights([m for m in model if isinstance(m, nn.Linear)], generator, "kaiming_normal", scale=1.4142135623730951)  # init: kaiming_normal, biases at 0
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=150, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["activations[leaky_relu]"] = run_activations_leaky_relu_


# ──── run "activations[gelu]" ────────────────────────────────────────
def run_activations_gelu_():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.15, seed=5)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [32, 32, 32, 32, 32, 32]) with "gelu" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 1), which then also shuffles and drops.
    generator = SeededGenerator(1)
    model = network([train_part.X.shape[1]] + [32, 32, 32, 32, 32, 32] + [2], activation="gelu", dropout=0)
    init_weights([m for m in model if isinstance(m, nn.Linear)], generator, "kaiming_normal", scale=1.4142135623730951)  # init: kaiming_normal, biases at 0
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=150, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["activations[gelu]"] = run_activations_gelu_


# ### Gradient clipping
# ──── run "too-large-clipped" ────────────────────────────────────────
def run_too_large_clipped():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.15, seed=5)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [32, 32, 32, 32, 32, 32]) with "relu" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 1), which then also shuffles and drops.
    generator = SeededGenerator(1)
    model = network([train_part.X.shape[1]] + [32, 32, 32, 32, 32, 32] + [2], activation="relu", dropout=0)
    init_weights([m for m in model if isinstance(m, nn.Linear)], generator, "normal", scale=1)  # init: normal, biases at 0
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=150, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None, clip={"max_norm": 1})

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["too-large-clipped"] = run_too_large_clipped


# ### Exercises
# ## Warm-up and cosine schedules
# ### The end: decay lets noisy steps settle
# ──── run "sgd-constant" ────────────────────────────────────────
def run_sgd_constant():
    # Data: 200 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=200, weights=[2, -1], bias=1, noise=0.5, seed=3)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=3)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(1),
        epochs=100, tolerance=0, batch_size=10,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x1", "x2"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["sgd-constant"] = run_sgd_constant


# ──── run "sgd-cosine" ────────────────────────────────────────
def run_sgd_cosine():
    # Data: 200 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=200, weights=[2, -1], bias=1, noise=0.5, seed=3)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=3)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.SGD: θ ← θ − lr·g after every batch.
    optimizer = torch.optim.SGD(model.parameters(), lr=0.2)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=100, eta_min=0)
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(1),
        epochs=100, tolerance=0, batch_size=10,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x1", "x2"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["sgd-cosine"] = run_sgd_cosine


# ### The start: warm-up avoids the first big step
# ──── run "adam-constant" ────────────────────────────────────────
def run_adam_constant():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.15, seed=5)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [32, 32, 32, 32, 32, 32]) with "relu" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 1), which then also shuffles and drops.
    generator = SeededGenerator(1)
    model = network([train_part.X.shape[1]] + [32, 32, 32, 32, 32, 32] + [2], activation="relu", dropout=0)
    init_weights([m for m in model if isinstance(m, nn.Linear)], generator, "kaiming_normal", scale=1.4142135623730951)  # init: kaiming_normal, biases at 0
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.3, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=100, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["adam-constant"] = run_adam_constant


# ──── run "adam-cosine" ────────────────────────────────────────
def run_adam_cosine():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.15, seed=5)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [32, 32, 32, 32, 32, 32]) with "relu" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 1), which then also shuffles and drops.
    generator = SeededGenerator(1)
    model = network([train_part.X.shape[1]] + [32, 32, 32, 32, 32, 32] + [2], activation="relu", dropout=0)
    init_weights([m for m in model if isinstance(m, nn.Linear)], generator, "kaiming_normal", scale=1.4142135623730951)  # init: kaiming_normal, biases at 0
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.3, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=100, eta_min=0)
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=100, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["adam-cosine"] = run_adam_cosine


# ──── run "adam-warmup-cosine" ────────────────────────────────────────
def run_adam_warmup_cosine():
    # Data: 200 points of the moons shape, from nbrun's seeded generator.
    data = generate_shape("moons", n=200, noise=0.15, seed=5)
    # Validation split (fraction 0.25, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0.25, seed=5)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=True)

    # Model: nn.Sequential of nn.Linear layers (hidden widths [32, 32, 32, 32, 32, 32]) with "relu" and nn.Dropout(p=0).
    # nn.Linear's initialization is drawn from nbrun's generator (seed 1), which then also shuffles and drops.
    generator = SeededGenerator(1)
    model = network([train_part.X.shape[1]] + [32, 32, 32, 32, 32, 32] + [2], activation="relu", dropout=0)
    init_weights([m for m in model if isinstance(m, nn.Linear)], generator, "kaiming_normal", scale=1.4142135623730951)  # init: kaiming_normal, biases at 0
    # Loss: torch.nn's cross_entropy, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.3, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = torch.optim.lr_scheduler.SequentialLR(optimizer, [torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=0.01, end_factor=1.0, total_iters=20), torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=80, eta_min=0)], milestones=[20])
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, generator,
        epochs=100, tolerance=1e-08, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    return report(model, criterion, train_part, validation, status, epochs, metrics=["accuracy"],
                  classification=True, names=["x1", "x2"], best_epoch=best_epoch)


RUNS["adam-warmup-cosine"] = run_adam_warmup_cosine


# ### Exercises
# ## AdamW is not Adam with L2
# ──── run "ridge-exact" ────────────────────────────────────────
def run_ridge_exact():
    # Data: 200 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=200, weights=[3, 0.5], bias=1, noise=0.5, seed=11)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=11)
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
                  classification=False, names=["x1", "x2"], best_epoch=best_epoch, optimum=optimum, l2=0.1)


RUNS["ridge-exact"] = run_ridge_exact


# ──── run "ols-exact" ────────────────────────────────────────
def run_ols_exact():
    # Data: 200 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=200, weights=[3, 0.5], bias=1, noise=0.5, seed=11)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=11)
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
                  classification=False, names=["x1", "x2"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["ols-exact"] = run_ols_exact


# ──── run "adam-l2" ────────────────────────────────────────
def run_adam_l2():
    # Data: 200 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=200, weights=[3, 0.5], bias=1, noise=0.5, seed=11)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=11)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).
    optimizer = torch.optim.Adam(model.parameters(), lr=0.05, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(1),
        epochs=3000, tolerance=1e-06, batch_size=None,
        l1=0, l2=0.1, early_stopping=None)

    optimum = least_squares(train_part, l2=0.1)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x1", "x2"], best_epoch=best_epoch, optimum=optimum, l2=0.1)


RUNS["adam-l2"] = run_adam_l2


# ──── run "adamw-equal" ────────────────────────────────────────
def run_adamw_equal():
    # Data: 200 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=200, weights=[3, 0.5], bias=1, noise=0.5, seed=11)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=11)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.AdamW: w ← w(1 − lr·wd), then Adam's step; the bias group has no decay (nbrun decays weights only).
    optimizer = torch.optim.AdamW([{"params": weights(model)}, {"params": biases(model), "weight_decay": 0.0}], lr=0.05, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.2, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(1),
        epochs=20000, tolerance=1e-06, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x1", "x2"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["adamw-equal"] = run_adamw_equal


# ──── run "adamw-strong" ────────────────────────────────────────
def run_adamw_strong():
    # Data: 200 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=200, weights=[3, 0.5], bias=1, noise=0.5, seed=11)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=11)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: nn.Linear, z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = linear_model(train_part.X.shape[1], 1)
    # Loss: torch.nn's mse, mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step.
    criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²

    # torch.optim.AdamW: w ← w(1 − lr·wd), then Adam's step; the bias group has no decay (nbrun decays weights only).
    optimizer = torch.optim.AdamW([{"params": weights(model)}, {"params": biases(model), "weight_decay": 0.0}], lr=0.05, betas=(0.9, 0.999), eps=1e-08, weight_decay=1, amsgrad=False)
    scheduler = None  # a constant rate
    status, epochs, best_epoch = train(
        model, criterion, train_part, validation, optimizer, scheduler, SeededGenerator(1),
        epochs=20000, tolerance=1e-06, batch_size=None,
        l1=0, l2=0, early_stopping=None)

    optimum = least_squares(train_part, l2=0)  # for distance_to_optimum
    return report(model, criterion, train_part, validation, status, epochs, metrics=["r2"],
                  classification=False, names=["x1", "x2"], best_epoch=best_epoch, optimum=optimum, l2=0)


RUNS["adamw-strong"] = run_adamw_strong


CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws
    ("at-saddle", "single", ["at-saddle"], ["summary", "contour"]),
    ("near-up", "single", ["near-up"], ["summary"]),
    ("near-down", "single", ["near-down"], ["summary"]),
    ("momentum-down", "single", ["momentum-down"], ["summary"]),
    ("saddle-paths", "compare", ["near-up", "near-down", "momentum-down"], ["summary", "contour", "gap"]),
    ("he", "single", ["he"], ["summary"]),
    ("too-small", "single", ["too-small"], ["summary"]),
    ("too-large", "single", ["too-large"], ["summary"]),
    ("init-curves", "compare", ["he", "too-small"], ["curve"]),
    ("activations", "sweep", ["activations[sigmoid]", "activations[tanh]", "activations[relu]", "activations[leaky_relu]", "activations[gelu]"], ["summary"]),
    ("too-large-clipped", "single", ["too-large-clipped"], ["summary"]),
    ("clipped-curves", "compare", ["he", "too-large-clipped"], ["curve"]),
    ("sgd-constant", "single", ["sgd-constant"], ["summary"]),
    ("sgd-cosine", "single", ["sgd-cosine"], ["summary"]),
    ("sgd-schedules", "compare", ["sgd-constant", "sgd-cosine"], ["distance"]),
    ("adam-constant", "single", ["adam-constant"], ["summary"]),
    ("adam-cosine", "single", ["adam-cosine"], ["summary"]),
    ("adam-warmup-cosine", "single", ["adam-warmup-cosine"], ["summary"]),
    ("warmup-curves", "compare", ["adam-constant", "adam-cosine", "adam-warmup-cosine"], ["curve"]),
    ("ridge-exact", "single", ["ridge-exact"], ["summary", "params"]),
    ("ols-exact", "single", ["ols-exact"], ["params"]),
    ("adam-l2", "single", ["adam-l2"], ["summary"]),
    ("adamw-equal", "single", ["adamw-equal"], ["summary"]),
    ("adamw-strong", "single", ["adamw-strong"], ["summary"]),
]


if __name__ == "__main__":
    main(CELLS, program=__file__)
