"""Reference for `scripts/bench.sh engine`: the numpy loop that does what one nbrun training epoch does.

    python3 engine_epochs_numpy.py KIND ROWS COLUMNS [BATCH] [HIDDEN]

Same kinds and data shapes as the EngineBenchmark target (linear-mse, logistic-bce, softmax-ce with 3 classes,
mlp-ce with one hidden relu layer of HIDDEN units, default 32). One epoch: a gradient step per batch (one step
with the whole set when BATCH is absent or `full`), then, as nbrun records in its history, the training loss and the full
gradient at the new point. Prints "ms-per-epoch WALL cpu-ms-per-epoch CPU": means over several epochs after a
warm-up epoch, data generation excluded (CPU: all threads' time).
"""
import sys
import time

import numpy as np

kind, n, d = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
batch = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[4] != "full" else None
hidden = int(sys.argv[5]) if len(sys.argv) > 5 else 32
rng = np.random.default_rng(0)
X = rng.random((n, d)) if kind == "linear-mse" else rng.standard_normal((n, d))
classes = 1 if kind in ("linear-mse", "logistic-bce") else 3
labels = np.arange(n) % max(classes, 2)
y = X @ rng.standard_normal(d) + 1 if kind == "linear-mse" else labels.astype(float)
onehot = np.eye(max(classes, 2))[labels]


def linear_pass(theta, rows):
    """Mean loss and gradient of a linear model (W: classes x d, then b) over X[rows] (all rows: rows=None)."""
    W, b = theta
    x = X if rows is None else X[rows]
    z = x @ W.T + b
    m = len(x)
    if kind == "linear-mse":
        r = z[:, 0] - (y if rows is None else y[rows])
        loss, delta = (r * r).mean(), (2 * r)[:, None]
    elif kind == "logistic-bce":
        t, s = (y if rows is None else y[rows]), z[:, 0]
        e = np.exp(-np.abs(s))
        loss = (np.maximum(s, 0) - s * t + np.log1p(e)).mean()
        delta = (np.where(s >= 0, 1 / (1 + e), e / (1 + e)) - t)[:, None]
    else:
        e = np.exp(z - z.max(axis=1, keepdims=True))
        total = e.sum(axis=1, keepdims=True)
        t = onehot if rows is None else onehot[rows]
        loss = -(np.log((e * t).sum(axis=1, keepdims=True) / total)).mean()
        delta = e / total - t
    return loss, (delta.T @ x / m, delta.sum(axis=0) / m)


def mlp_pass(theta, rows):
    """Mean cross-entropy and gradient of a d -> hidden (relu) -> 3 network over X[rows]."""
    W1, b1, W2, b2 = theta
    x = X if rows is None else X[rows]
    pre = x @ W1.T + b1
    h = np.maximum(pre, 0)
    z = h @ W2.T + b2
    e = np.exp(z - z.max(axis=1, keepdims=True))
    total = e.sum(axis=1, keepdims=True)
    t = onehot if rows is None else onehot[rows]
    loss = -(np.log((e * t).sum(axis=1, keepdims=True) / total)).mean()
    m = len(x)
    dz = (e / total - t) / m
    dh = (dz @ W2) * (pre > 0)
    return loss, (dh.T @ x, dh.sum(axis=0), dz.T @ h, dz.sum(axis=0))


if kind == "mlp-ce":
    bound1, bound2 = 1 / np.sqrt(d), 1 / np.sqrt(hidden)
    theta = [rng.uniform(-bound1, bound1, (hidden, d)), rng.uniform(-bound1, bound1, hidden),
             rng.uniform(-bound2, bound2, (3, hidden)), rng.uniform(-bound2, bound2, 3)]
    evaluate = mlp_pass
else:
    theta = [np.zeros((classes, d)), np.zeros(classes)]
    evaluate = linear_pass


def epoch(theta, gradient):
    if batch is None:
        theta = [p - 0.01 * g for p, g in zip(theta, gradient)]
    else:
        order = rng.permutation(n)
        for start in range(0, n, batch):
            _, g = evaluate(theta, order[start:start + batch])
            theta = [p - 0.01 * q for p, q in zip(theta, g)]
    loss, gradient = evaluate(theta, None)
    norm = np.sqrt(sum((g * g).sum() for g in gradient))
    return theta, gradient, loss, norm


_, gradient = evaluate(theta, None)
theta, gradient, _, _ = epoch(theta, gradient)
epochs = 20 if batch is None else 3
start, cpu = time.perf_counter(), time.process_time()
for _ in range(epochs):
    theta, gradient, loss, norm = epoch(theta, gradient)
wall, cpu = (time.perf_counter() - start) / epochs, (time.process_time() - cpu) / epochs
print(f"ms-per-epoch {wall * 1000:.3f} cpu-ms-per-epoch {cpu * 1000:.3f}")
