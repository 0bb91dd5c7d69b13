#!/usr/bin/env python3
"""Generates the reference fixtures the Swift EngineTests compare against, using the real libraries.

    python3 -m venv /tmp/fixenv && /tmp/fixenv/bin/pip install numpy scipy scikit-learn torch
    /tmp/fixenv/bin/python Tests/EngineTests/Fixtures/generate_fixtures.py [reference] [rank] [features]

Writes reference.json, rank.json and features.json beside this script (only the ones named, when any are);
rank.json needs numpy alone. Everything is float64 and deterministic; the Swift tests never run
Python. Conventions (docs/conversions.md): nbrun minimizes J = (1/N) sum loss_i + l1*|w|_1 + l2*|w|^2 with the
bias unpenalized, so Ridge(alpha) <-> l2 = alpha/N, Lasso(alpha) <-> l1 = 2 alpha,
ElasticNet(alpha, rho) <-> l1 = 2 alpha rho, l2 = alpha (1 - rho), LogisticRegression(C) <-> l2 = 1/(2 C N).
"""
import json
import os
import struct
import sys

import numpy as np


def load_reference_libraries():
    """Imports scipy, scikit-learn and torch, which reference.json needs (rank.json needs numpy alone)."""
    global scipy, sklearn, torch, ElasticNet, Lasso, LogisticRegression, Ridge, hinge_loss
    import scipy
    import scipy.optimize
    import sklearn
    import torch
    from sklearn.linear_model import ElasticNet, Lasso, LogisticRegression, Ridge
    from sklearn.metrics import hinge_loss
    torch.set_default_dtype(torch.float64)


X = np.array([[1, 2], [2, -1], [0.5, 0], [-1, 1.5], [3, 0.5]], dtype=float)
Y = np.array([4, 1, 0.5, 1, 5], dtype=float)
YC = np.array([1, 0, 0, 1, 1], dtype=float)


def three_class_data():
    """A fixed 3-class, 2-feature set (30 rows) with overlapping classes, so the softmax optimum is finite."""
    rng = np.random.default_rng(7)
    centers = np.array([[0.0, 1.0], [1.0, -0.5], [-1.0, -0.5]])
    labels = np.arange(30) % 3
    features = centers[labels] + 0.9 * rng.standard_normal((30, 2))
    return features, labels.astype(float)


def regression_data():
    """A fixed regression set (40 rows, 3 features) for Ridge/Lasso/ElasticNet beyond the tiny set D."""
    rng = np.random.default_rng(3)
    features = rng.standard_normal((40, 3))
    targets = features @ np.array([1.5, -2.0, 0.3]) + 0.7 + 0.5 * rng.standard_normal(40)
    return features, targets


def torch_run(name, make, steps, loss_kind="mse", l2=0.0, weight_decay=None):
    """Runs a torch optimizer for `steps` full-batch steps on data D from zero parameters.

    Returns [w1, w2, b] after each step count in (1, steps)."""
    x, y = torch.tensor(X), torch.tensor(Y if loss_kind == "mse" else YC)
    w = torch.zeros(2, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    if weight_decay is None:
        opt = make([w, b])
    else:  # AdamW: nbrun decays the weights only, so the bias is in a group without decay
        opt = make([{"params": [w], "weight_decay": weight_decay}, {"params": [b], "weight_decay": 0.0}])
    after_one = None
    for step in range(steps):
        opt.zero_grad()
        z = x @ w + b
        if loss_kind == "mse":
            loss = torch.nn.functional.mse_loss(z, y)
        else:
            loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y)
        loss = loss + l2 * (w ** 2).sum()
        loss.backward()
        opt.step()
        if step == 0:
            after_one = w.detach().tolist() + b.detach().tolist()
    return {"name": name, "loss": loss_kind, "l2": l2, "steps": steps,
            "after_one": after_one, "parameters": w.detach().tolist() + b.detach().tolist()}


def optimizer_fixtures():
    o = torch.optim
    cases = [
        ("gd", lambda p: o.SGD(p, lr=0.05), "mse", 0.0, None, {"lr": 0.05}),
        ("gd_l2", lambda p: o.SGD(p, lr=0.05), "mse", 0.1, None, {"lr": 0.05}),
        ("gd_bce", lambda p: o.SGD(p, lr=0.5), "bce", 0.0, None, {"lr": 0.5}),
        ("momentum", lambda p: o.SGD(p, lr=0.02, momentum=0.9), "mse", 0.0, None, {"lr": 0.02, "momentum": 0.9}),
        ("nesterov", lambda p: o.SGD(p, lr=0.02, momentum=0.9, nesterov=True), "mse", 0.0, None, {"lr": 0.02, "momentum": 0.9}),
        ("adagrad", lambda p: o.Adagrad(p, lr=0.1), "mse", 0.0, None, {"lr": 0.1}),
        ("adagrad_decay", lambda p: o.Adagrad(p, lr=0.1, lr_decay=0.05), "mse", 0.0, None, {"lr": 0.1, "lr_decay": 0.05}),
        ("rmsprop", lambda p: o.RMSprop(p, lr=0.01), "mse", 0.0, None, {"lr": 0.01}),
        ("rmsprop_centered", lambda p: o.RMSprop(p, lr=0.01, centered=True), "mse", 0.0, None, {"lr": 0.01}),
        ("rmsprop_momentum", lambda p: o.RMSprop(p, lr=0.01, momentum=0.5), "mse", 0.0, None, {"lr": 0.01, "momentum": 0.5}),
        ("adam", lambda p: o.Adam(p, lr=0.1), "mse", 0.0, None, {"lr": 0.1}),
        ("adam_bce", lambda p: o.Adam(p, lr=0.1), "bce", 0.0, None, {"lr": 0.1}),
        ("amsgrad", lambda p: o.Adam(p, lr=0.1, amsgrad=True), "mse", 0.0, None, {"lr": 0.1}),
        ("adamw", lambda p: o.AdamW(p, lr=0.1, weight_decay=0.5), "mse", 0.0, 0.5, {"lr": 0.1, "weight_decay": 0.5}),
    ]
    out = []
    for name, make, loss, l2, wd, settings in cases:
        entry = torch_run(name, make, 30, loss, l2, wd)
        entry["settings"] = settings
        out.append(entry)
    return out


def schedule_fixtures():
    def rates(make, epochs=12):
        p = torch.zeros(1, requires_grad=True)
        opt = torch.optim.SGD([p], lr=0.5)
        sched = make(opt)
        values = []
        for _ in range(epochs):
            values.append(opt.param_groups[0]["lr"])
            opt.step()
            sched.step()
        return values
    s = torch.optim.lr_scheduler
    return {
        "step": {"every": 3, "gamma": 0.5, "rates": rates(lambda o: s.StepLR(o, step_size=3, gamma=0.5))},
        "exponential": {"gamma": 0.9, "rates": rates(lambda o: s.ExponentialLR(o, gamma=0.9))},
        "cosine": {"period": 8, "min_lr": 0.01, "rates": rates(lambda o: s.CosineAnnealingLR(o, T_max=8, eta_min=0.01))},
    }


def loss_fixtures():
    f = torch.nn.functional
    pred = torch.tensor([0.3, -2.0, 1.5, 4.0, -0.2, 0.0], requires_grad=True)
    target = torch.tensor([0.0, 1.0, 1.4, 0.5, -3.0, 0.0])
    out = {"regression": {"outputs": pred.tolist(), "targets": target.tolist()}}
    for key, fn in [("mse", lambda: f.mse_loss(pred, target)), ("mae", lambda: f.l1_loss(pred, target)),
                    ("huber", lambda: f.huber_loss(pred, target, delta=1.0)),
                    ("huber_delta_0_5", lambda: f.huber_loss(pred, target, delta=0.5))]:
        pred.grad = None
        value = fn()
        value.backward()
        out["regression"][key] = {"value": value.item(), "gradient": pred.grad.tolist()}
    logits = torch.tensor([30.0, -800.0, 0.5, 800.0, -2.0], requires_grad=True)
    labels = torch.tensor([1.0, 0.0, 1.0, 0.0, 0.0])
    value = f.binary_cross_entropy_with_logits(logits, labels)
    value.backward()
    out["bce"] = {"logits": logits.tolist(), "targets": labels.tolist(), "value": value.item(), "gradient": logits.grad.tolist()}
    scores = torch.tensor([[2.0, 1.0, -1.0], [0.5, 0.5, 0.5], [1000.0, -1000.0, 0.0], [-3.0, 2.5, 2.4]], requires_grad=True)
    classes = torch.tensor([0, 2, 1, 1])
    value = f.cross_entropy(scores, classes)
    value.backward()
    out["cross_entropy"] = {"logits": scores.tolist(), "targets": classes.tolist(), "value": value.item(), "gradient": scores.grad.tolist()}
    binary = {"labels": [-1, 1, 1, -1], "scores": [-2, 0.5, 1, 0.3]}
    binary["value"] = hinge_loss(binary["labels"], binary["scores"])
    multi_scores = np.array([[2.0, 1.0, -1.0], [0.5, 0.6, 0.4], [0.0, 3.0, 1.0], [-3.0, 2.5, 2.4]])
    multi_labels = [0, 2, 1, 1]
    multi = {"labels": multi_labels, "scores": multi_scores.tolist(),
             "value": hinge_loss(multi_labels, multi_scores, labels=[0, 1, 2])}
    out["hinge"] = {"binary": binary, "multiclass": multi}
    return out


def linear_model_fixtures():
    out = {}
    xr, yr = regression_data()
    for tag, (x, y) in {"D": (X, Y), "R": (xr, yr)}.items():
        n = len(y)
        ridge = Ridge(alpha=1.0, solver="cholesky").fit(x, y)
        lasso = Lasso(alpha=0.1, tol=1e-14, max_iter=1_000_000).fit(x, y)
        enet = ElasticNet(alpha=0.1, l1_ratio=0.5, tol=1e-14, max_iter=1_000_000).fit(x, y)
        out[tag] = {
            "features": x.tolist(), "targets": y.tolist(),
            "ridge": {"alpha": 1.0, "l1": 0.0, "l2": 1.0 / n, "coef": ridge.coef_.tolist(), "intercept": float(ridge.intercept_)},
            "lasso": {"alpha": 0.1, "l1": 0.2, "l2": 0.0, "coef": lasso.coef_.tolist(), "intercept": float(lasso.intercept_)},
            "elastic_net": {"alpha": 0.1, "l1_ratio": 0.5, "l1": 2 * 0.1 * 0.5, "l2": 0.1 * 0.5,
                            "coef": enet.coef_.tolist(), "intercept": float(enet.intercept_)},
        }
    return out


def logistic_fixtures():
    n = len(YC)
    C = 0.5
    binary = LogisticRegression(C=C, tol=1e-14, max_iter=100_000, solver="newton-cholesky").fit(X, YC)
    x3, y3 = three_class_data()
    soft = LogisticRegression(C=1.0, tol=1e-14, max_iter=100_000, solver="newton-cholesky").fit(x3, y3)
    return {
        "binary": {"C": C, "l2": 1 / (2 * C * n), "features": X.tolist(), "targets": YC.tolist(),
                   "coef": binary.coef_[0].tolist(), "intercept": float(binary.intercept_[0])},
        "softmax": {"C": 1.0, "l2": 1 / (2 * 1.0 * len(y3)), "features": x3.tolist(), "targets": y3.tolist(),
                    "coef": soft.coef_.tolist(), "intercept": soft.intercept_.tolist()},
    }


def scipy_fixtures():
    """CG and L-BFGS optima of the l2-penalized logistic objective on D and of Rosenbrock, by scipy.optimize."""
    xt = np.hstack([X, np.ones((5, 1))])
    l2 = 0.05

    def logistic(theta):
        z = xt @ theta
        value = np.mean(np.maximum(z, 0) - z * YC + np.log1p(np.exp(-np.abs(z)))) + l2 * np.sum(theta[:2] ** 2)
        p = 1 / (1 + np.exp(-z))
        grad = xt.T @ (p - YC) / 5
        grad[:2] += 2 * l2 * theta[:2]
        return value, grad

    def rosen(v):
        return scipy.optimize.rosen(v), scipy.optimize.rosen_der(v)

    out = {"logistic_l2": l2}
    for key, fun, start in [("logistic", logistic, np.zeros(3)), ("rosenbrock", rosen, np.array([-1.2, 1.0]))]:
        for method, tag, options in [("CG", "cg", {"gtol": 1e-10, "maxiter": 10000}),
                                     ("L-BFGS-B", "lbfgs", {"gtol": 1e-12, "ftol": 1e-16, "maxiter": 10000})]:
            result = scipy.optimize.minimize(fun, start, jac=True, method=method, options=options)
            out[f"{key}_{tag}"] = {"x": result.x.tolist(), "fun": float(result.fun),
                                                                  "nit": int(result.nit), "start": start.tolist()}
    return out


MLP_CASES = [([2, 3, 4, 1], "tanh", "mse"), ([2, 5, 3], "relu", "cross_entropy"), ([2, 4, 1], "sigmoid", "bce")]
ACTIVATION_FUNCTIONS = {"tanh": lambda h: torch.tanh(h), "relu": lambda h: torch.relu(h), "sigmoid": lambda h: torch.sigmoid(h),
                        "leaky_relu": lambda h: torch.nn.functional.leaky_relu(h), "gelu": lambda h: torch.nn.functional.gelu(h)}


def mlp_fixture(cases=MLP_CASES, seed=11):
    """Gradient of the mean loss of a 2-3-4-1 tanh MLP and a 2-5-3 relu MLP (cross-entropy) on D, by autograd,
    at parameters in nbrun's layout (per layer W row-major (out x in), then b)."""
    rng = np.random.default_rng(seed)
    out = []
    for widths, act, loss in cases:
        flat, layers = [], []
        for a, b in zip(widths[:-1], widths[1:]):
            w = torch.tensor(rng.uniform(-1, 1, (b, a)), requires_grad=True)
            bias = torch.tensor(rng.uniform(-1, 1, b), requires_grad=True)
            layers.append((w, bias))
            flat += w.detach().flatten().tolist() + bias.detach().tolist()
        h = torch.tensor(X)
        for i, (w, bias) in enumerate(layers):
            h = h @ w.T + bias
            if i < len(layers) - 1:
                h = ACTIVATION_FUNCTIONS[act](h)
        f = torch.nn.functional
        if loss == "mse":
            value = f.mse_loss(h[:, 0], torch.tensor(Y))
            targets = Y.tolist()
        elif loss == "bce":
            value = f.binary_cross_entropy_with_logits(h[:, 0], torch.tensor(YC))
            targets = YC.tolist()
        else:
            labels = [0, 2, 1, 1, 0]
            value = f.cross_entropy(h, torch.tensor(labels))
            targets = [float(v) for v in labels]
        value.backward()
        grad = []
        for w, bias in layers:
            grad += w.grad.flatten().tolist() + bias.grad.tolist()
        out.append({"widths": widths, "activation": act, "loss": loss, "targets": targets,
                    "parameters": flat, "value": value.item(), "gradient": grad})
    return out


MASK64 = (1 << 64) - 1


class SeededGenerator:
    """nbrun's SeededGenerator (xoshiro256** seeded through SplitMix64), bit for bit, so the Swift tests rebuild the
    same matrices from a seed instead of reading them from the fixture."""

    def __init__(self, seed):
        state, words = seed, []
        for _ in range(4):
            state = (state + 0x9E3779B97F4A7C15) & MASK64
            z = state
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
            words.append(z ^ (z >> 31))
        self.s = words

    @staticmethod
    def rotate(x, k):
        return ((x << k) | (x >> (64 - k))) & MASK64

    def next(self):
        s = self.s
        result = (self.rotate((s[1] * 5) & MASK64, 7) * 9) & MASK64
        t = (s[1] << 17) & MASK64
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = self.rotate(s[3], 45)
        return result

    def uniform(self):
        return (self.next() >> 11) * 2.0 ** -53


def generated_linear_features(rows, columns, seed):
    """The features of nbrun's DataGenerator.linear(count: rows, weights: columns weights, seed: seed): per row,
    `columns` uniforms in [0, 1), then the two uniforms of the row's noise draw (skipped here)."""
    generator = SeededGenerator(seed)
    features = np.empty((rows, columns))
    for r in range(rows):
        for c in range(columns):
            features[r, c] = generator.uniform()
        generator.next()
        generator.next()
    return features


def bits(value):
    """The IEEE-754 bit pattern of a float64 as 16 hex digits (compared exactly in Swift)."""
    return "%016x" % struct.unpack("<Q", struct.pack("<d", float(value)))[0]


def rank_case(name, rows, features, seed, edit=None, sources=(), scale=0.0):
    """numpy's rank and condition number of [X | 1] (the closed-form system with its bias column), where X is the
    generated features with column `edit[1]` replaced according to `edit[0]`: "sum" X[:, a] + X[:, b] of the two
    `sources`, "copy" X[:, a], "constant" 1, "near" X[:, a] + scale * X[:, target]."""
    x = generated_linear_features(rows, features, seed)
    entry = {"name": name, "rows": rows, "features": features, "seed": seed}
    if edit is not None:
        kind, target = edit
        column = {"sum": lambda: x[:, sources[0]] + x[:, sources[1]], "copy": lambda: x[:, sources[0]],
                  "constant": lambda: np.ones(rows), "near": lambda: x[:, sources[0]] + scale * x[:, target]}[kind]()
        x[:, target] = column
        entry["edit"] = {"kind": kind, "target": target, "sources": list(sources), "scale": scale}
    system = np.hstack([x, np.ones((rows, 1))])
    singular = np.linalg.svd(system, compute_uv=False)
    entry.update({"rank": int(np.linalg.matrix_rank(system)), "columns": features + 1,
                  "condition": float(singular[0] / singular[-1]),
                  "fingerprint": [bits(x[0, 0]), bits(x[0, features - 1]), bits(x[rows - 1, features - 1])]})
    return entry


def rank_fixtures():
    """Wide, well-conditioned data (the closed form once called 330+ uniform features collinear) and truly
    collinear data, each with numpy's matrix_rank (tol = S.max() * max(M, N) * eps)."""
    return [
        rank_case("wide", 600, 400, 0),
        rank_case("few features", 60, 6, 2),
        rank_case("nearly collinear, full rank", 600, 400, 1, ("near", 399), (3,), 1e-10),
        rank_case("sum of two columns", 450, 400, 0, ("sum", 399), (3, 7)),
        rank_case("duplicated column", 450, 400, 4, ("copy", 250), (10,)),
        rank_case("constant feature beside the bias", 60, 6, 2, ("constant", 0)),
    ]


def optimum_fixture():
    """Full-batch SGD (lr 0.05, 25 steps) on the regression set R with l2 = 1/N (Ridge alpha 1): per entry (the
    start and after each step) the distance to scikit-learn's Ridge optimum and the gap J - J*."""
    xr, yr = regression_data()
    n, l2 = len(yr), 1.0 / len(yr)
    ridge = Ridge(alpha=1.0, solver="cholesky").fit(xr, yr)
    optimum = np.append(ridge.coef_, ridge.intercept_)
    x, y = torch.tensor(xr), torch.tensor(yr)
    w, b = torch.zeros(3, requires_grad=True), torch.zeros(1, requires_grad=True)

    def objective(wv, bv):
        return torch.nn.functional.mse_loss(x @ wv + bv, y) + l2 * (wv ** 2).sum()

    best = objective(torch.tensor(ridge.coef_), torch.tensor([ridge.intercept_])).item()
    opt = torch.optim.SGD([w, b], lr=0.05)
    distance, gap = [], []
    for step in range(26):
        theta = np.append(w.detach().numpy(), b.detach().numpy())
        distance.append(float(np.linalg.norm(theta - optimum)))
        gap.append(objective(w, b).item() - best)
        if step == 25:
            break
        opt.zero_grad()
        objective(w, b).backward()
        opt.step()
    return {"lr": 0.05, "l2": l2, "optimum": optimum.tolist(), "J_star": best, "distance": distance, "gap": gap}


def clipping_fixtures():
    """30 full-batch steps on D from zero with gradients clipped by torch.nn.utils.clip_grad_norm_ (global norm,
    factor max_norm/(norm + 1e-6) when below 1) or clip_grad_value_, before each optimizer step."""
    o = torch.optim
    cases = [
        ("gd_norm", lambda p: o.SGD(p, lr=0.05), {"max_norm": 1.0}),
        ("gd_value", lambda p: o.SGD(p, lr=0.05), {"value": 0.5}),
        ("momentum_norm", lambda p: o.SGD(p, lr=0.02, momentum=0.9), {"max_norm": 2.0}),
        ("adam_norm", lambda p: o.Adam(p, lr=0.1), {"max_norm": 0.5}),
        ("rmsprop_value", lambda p: o.RMSprop(p, lr=0.01), {"value": 0.1}),
    ]
    out = []
    x, y = torch.tensor(X), torch.tensor(Y)
    for name, make, clip in cases:
        w, b = torch.zeros(2, requires_grad=True), torch.zeros(1, requires_grad=True)
        opt = make([w, b])
        norms = []
        for _ in range(30):
            opt.zero_grad()
            torch.nn.functional.mse_loss(x @ w + b, y).backward()
            if "max_norm" in clip:
                norms.append(torch.nn.utils.clip_grad_norm_([w, b], clip["max_norm"]).item())
            else:
                torch.nn.utils.clip_grad_value_([w, b], clip["value"])
            opt.step()
        out.append({"name": name, "clip": clip, "parameters": w.detach().tolist() + b.detach().tolist(),
                    "first_norm": norms[0] if norms else None})
    return out


def warmup_fixtures():
    """Rates of 14 epochs of SequentialLR([LinearLR(start_factor, total_iters=w), S], milestones=[w]) at lr 0.5."""
    s = torch.optim.lr_scheduler

    def rates(make, epochs=14):
        p = torch.zeros(1, requires_grad=True)
        opt = torch.optim.SGD([p], lr=0.5)
        sched = make(opt)
        values = []
        for _ in range(epochs):
            values.append(opt.param_groups[0]["lr"])
            opt.step()
            sched.step()
        return values

    def warm(then, warmup=4, factor=0.1):
        return lambda o: s.SequentialLR(o, [s.LinearLR(o, start_factor=factor, end_factor=1.0, total_iters=warmup), then(o)],
                                        milestones=[warmup])
    return {
        "cosine": {"warmup": 4, "start_factor": 0.1, "period": 10, "min_lr": 0.01,
                   "rates": rates(warm(lambda o: s.CosineAnnealingLR(o, T_max=10, eta_min=0.01)))},
        "constant": {"warmup": 4, "start_factor": 0.1, "rates": rates(warm(lambda o: s.LambdaLR(o, lambda e: 1.0)))},
        "step": {"warmup": 4, "start_factor": 0.1, "every": 3, "gamma": 0.5,
                 "rates": rates(warm(lambda o: s.StepLR(o, step_size=3, gamma=0.5)))},
        "exponential": {"warmup": 3, "start_factor": 1 / 3, "gamma": 0.9,
                        "rates": rates(warm(lambda o: s.ExponentialLR(o, gamma=0.9), warmup=3, factor=1 / 3))},
    }


def kfold_fixtures():
    """scikit-learn's KFold(k) test indices without shuffling."""
    from sklearn.model_selection import KFold
    out = []
    for n, k in [(11, 3), (10, 5), (7, 2), (100, 5)]:
        folds = [test.tolist() for _, test in KFold(n_splits=k).split(np.zeros((n, 1)))]
        out.append({"n": n, "k": k, "test": folds})
    return out


def cross_validation_fixture():
    """cross_val_score of LinearRegression on the regression set R with KFold(5): each fold's r2 and mse."""
    from sklearn.linear_model import LinearRegression
    from sklearn.model_selection import KFold, cross_val_score
    xr, yr = regression_data()
    folds = KFold(n_splits=5)
    r2 = cross_val_score(LinearRegression(), xr, yr, cv=folds, scoring="r2")
    mse = -cross_val_score(LinearRegression(), xr, yr, cv=folds, scoring="neg_mean_squared_error")
    return {"features": xr.tolist(), "targets": yr.tolist(), "k": 5, "r2": r2.tolist(), "mse": mse.tolist(),
            "r2_mean": float(r2.mean()), "r2_std": float(r2.std())}


def init_fixtures():
    """torch.nn.init's fans, gains and the bound or std each scheme uses for a weight of shape (out, in), and the
    standard deviation of a 400 x 300 tensor it initializes (torch's own random numbers)."""
    init = torch.nn.init
    out = []
    torch.manual_seed(0)
    for name, call, nonlinearity in [
            ("xavier_uniform", lambda t: init.xavier_uniform_(t), None),
            ("xavier_normal", lambda t: init.xavier_normal_(t), None),
            ("kaiming_uniform", lambda t: init.kaiming_uniform_(t, nonlinearity="relu"), "relu"),
            ("kaiming_normal", lambda t: init.kaiming_normal_(t, nonlinearity="relu"), "relu"),
            ("kaiming_uniform_tanh", lambda t: init.kaiming_uniform_(t, nonlinearity="tanh"), "tanh"),
            ("xavier_uniform_tanh", lambda t: init.xavier_uniform_(t, gain=init.calculate_gain("tanh")), "tanh"),
            ("normal", lambda t: init.normal_(t, std=0.05), None)]:
        t = torch.empty(400, 300)
        call(t)
        fan_in, fan_out = init._calculate_fan_in_and_fan_out(t)
        out.append({"name": name, "shape": [400, 300], "fan_in": fan_in, "fan_out": fan_out,
                    "gain": init.calculate_gain(nonlinearity) if nonlinearity else 1.0,
                    "std": t.std().item(), "max_abs": t.abs().max().item(), "mean": t.mean().item()})
    return {"schemes": out, "gains": {k: init.calculate_gain(k) for k in ["relu", "tanh", "sigmoid", "linear"]}
            | {"leaky_relu": init.calculate_gain("leaky_relu", 0.01)}}


def feature_fixtures():
    """features.json: the engine features added for the course's second pass (distance to the optimum, gradient
    clipping, warm-up schedules, k-fold splits, initialization), each from the real library."""
    load_reference_libraries()
    return {
        "versions": {"numpy": np.__version__, "sklearn": sklearn.__version__, "torch": torch.__version__},
        "optimum": optimum_fixture(),
        "clipping": clipping_fixtures(),
        "warmup": warmup_fixtures(),
        "kfold": kfold_fixtures(),
        "cross_validation": cross_validation_fixture(),
        "activations": mlp_fixture([([2, 3, 4, 1], "leaky_relu", "mse"), ([2, 5, 3], "gelu", "cross_entropy")], seed=13),
        "init": init_fixtures(),
    }


def write(name, content):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    with open(path, "w") as handle:
        json.dump(content, handle, indent=1, sort_keys=True)
        handle.write("\n")
    print("wrote", path)


def reference_fixtures():
    load_reference_libraries()
    return {
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__,
                     "torch": torch.__version__},
        "D": {"features": X.tolist(), "targets": Y.tolist(), "classes": YC.tolist()},
        "optimizers": optimizer_fixtures(),
        "schedules": schedule_fixtures(),
        "losses": loss_fixtures(),
        "linear": linear_model_fixtures(),
        "logistic": logistic_fixtures(),
        "scipy": scipy_fixtures(),
        "mlp": mlp_fixture(),
    }


def main(parts):
    unknown = set(parts) - {"reference", "rank", "features"}
    if unknown:
        sys.exit("unknown fixture file(s): %s (known: reference, rank, features)" % ", ".join(sorted(unknown)))
    if not parts or "rank" in parts:
        write("rank.json", {"versions": {"numpy": np.__version__}, "cases": rank_fixtures()})
    if not parts or "reference" in parts:
        write("reference.json", reference_fixtures())
    if not parts or "features" in parts:
        write("features.json", feature_fixtures())


if __name__ == "__main__":
    main(sys.argv[1:])
