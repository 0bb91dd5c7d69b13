"""numpy references for `scripts/bench.sh data`: `python3 data_numpy.py lstsq` times `numpy.linalg.lstsq` on
100,000 x 101 ([X 1], the same shape nbrun solves); `python3 data_numpy.py loadtxt FILE` times `numpy.loadtxt` on
the benchmark CSV. Each prints the seconds of the work alone (best of 3), without interpreter start.
"""
import sys
import time

import numpy as np

if sys.argv[1] == "lstsq":
    rng = np.random.default_rng(0)
    X = np.hstack([rng.uniform(-1, 1, (100_000, 100)), np.ones((100_000, 1))])
    y = X[:, :100] @ np.linspace(-1, 1, 100) + 1 + 0.5 * rng.standard_normal(100_000)
    work = lambda: np.linalg.lstsq(X, y, rcond=None)
else:
    work = lambda: np.loadtxt(sys.argv[2], delimiter=",", skiprows=1)
best = float("inf")
for _ in range(3):
    start = time.perf_counter()
    work()
    best = min(best, time.perf_counter() - start)
print(f"{best:.4f}")
