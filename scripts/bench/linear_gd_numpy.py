"""Reference for scripts/bench.sh: the same full-batch gradient descent as bench/linear-gd.md, in numpy.

Per epoch it does what nbrun records in its history: one gradient step on J = mean((Xw + b - y)^2), then the
training loss and the full gradient norm at the new point. Data: 10 000 rows, 10 features uniform in [0, 1).
"""
import time

import numpy as np

start = time.perf_counter()
rng = np.random.default_rng(0)
n, weights = 10000, np.array([2, -1, 0.5, 3, -2, 1, 0, 0.25, -0.5, 1.5])
X = rng.random((n, weights.size))
y = X @ weights + 1 + 0.5 * rng.standard_normal(n)
w, b, lr = np.zeros(weights.size), 0.0, 0.1


def gradient(w, b):
    r = X @ w + b - y
    return 2 * X.T @ r / n, 2 * r.mean(), r


for epoch in range(1000):
    gw, gb, _ = gradient(w, b)
    w, b = w - lr * gw, b - lr * gb
    gw, gb, r = gradient(w, b)
    loss = (r * r).mean()
    norm = np.sqrt(gw @ gw + gb * gb)
print(f"numpy: loss {loss:.6f} grad_norm {norm:.3e} in {time.perf_counter() - start:.3f} s")
