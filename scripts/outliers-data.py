#!/usr/bin/env python3
"""Writes notebooks/data/outliers.csv for the loss chapter's robustness experiment.

    python3 scripts/outliers-data.py

Sixty points on y = 2x + 1 with Gaussian noise (standard deviation 0.3) for x uniform in [-2, 2], then six of
them (the six with the largest x) corrupted by +8, as a sensor glitch or a typo would. numpy's generator with a
fixed seed, shortest round-trip decimals: rerunning the script gives the same bytes.
"""
import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    rng = np.random.default_rng(7)
    x = rng.uniform(-2, 2, 60)
    y = 2 * x + 1 + 0.3 * rng.standard_normal(60)
    corrupted = np.argsort(x)[-6:]
    y[corrupted] += 8
    path = os.path.join(ROOT, "notebooks", "data", "outliers.csv")
    with open(path, "w") as handle:
        handle.write("x,y\n")
        for a, b in zip(x, y):
            handle.write(f"{float(a)!r},{float(b)!r}\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
