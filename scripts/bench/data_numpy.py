"""numpy references for `scripts/bench.sh data`: `python3 data_numpy.py lstsq` times `numpy.linalg.lstsq` on
100,000 x 101 ([X 1], the same shape nbrun solves); `python3 data_numpy.py loadtxt FILE` times `numpy.loadtxt` on
the benchmark CSV. Each prints the seconds of the work alone (mean of 3 for lstsq), without interpreter start.
"""
import sys
import time

import numpy as np

if sys.argv[1] == "lstsq":
    rng = np.random.default_rng(0)
    X = np.hstack([rng.uniform(-1, 1, (100_000, 100)), np.ones((100_000, 1))])
    y = X[:, :100] @ np.linspace(-1, 1, 100) + 1 + 0.5 * rng.standard_normal(100_000)
    start = time.perf_counter()
    for _ in range(3):
        np.linalg.lstsq(X, y, rcond=None)
    print(f"{(time.perf_counter() - start) / 3:.4f}")
else:
    start = time.perf_counter()
    matrix = np.loadtxt(sys.argv[2], delimiter=",", skiprows=1)
    print(f"{time.perf_counter() - start:.4f}")
