#!/usr/bin/env python3
"""The source material's scikit-learn example, made reproducible, and the numbers the Ridge chapter checks.

    python3 scripts/ridge-seed-example.py

The example draws X = rand(100, 1) and y = 2x + 1 + noise and fits Ridge(alpha=0.1). This script fixes the seed
(numpy's legacy global generator, seed 42) and the noise (0.1 * standard normal), writes the rows to
notebooks/data/ridge-seed.csv (shortest round-trip decimals, so nbrun reads exactly the same doubles), fits
scikit-learn's Ridge(alpha=0.1) on them, and writes its coefficient and intercept to
Tests/EngineTests/Fixtures/ridge-seed.json. The chapter notebooks/ridge.md checks nbrun's result against these
values with expect:, and RidgeSeedExampleTests checks that the chapter quotes them exactly.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.linear_model import Ridge

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    np.random.seed(42)
    X = np.random.rand(100, 1)
    y = 2 * X + 1 + 0.1 * np.random.randn(100, 1)
    model = Ridge(alpha=0.1)
    model.fit(X, y)

    csv_path = os.path.join(ROOT, "notebooks", "data", "ridge-seed.csv")
    with open(csv_path, "w") as handle:
        handle.write("x,y\n")
        for x, target in zip(X[:, 0], y[:, 0]):
            handle.write(f"{float(x)!r},{float(target)!r}\n")

    n = X.shape[0]
    fixture = {
        "versions": {"numpy": np.__version__, "sklearn": sklearn.__version__},
        "seed": 42, "n": n, "alpha": 0.1, "l2": 0.1 / n,
        "coef": float(model.coef_.ravel()[0]), "intercept": float(np.ravel(model.intercept_)[0]),
        "train_mse": float(np.mean((np.ravel(model.predict(X)) - y[:, 0]) ** 2)),
    }
    fixture_path = os.path.join(ROOT, "Tests", "EngineTests", "Fixtures", "ridge-seed.json")
    with open(fixture_path, "w") as handle:
        json.dump(fixture, handle, indent=1, sort_keys=True)
        handle.write("\n")
    print("wrote", csv_path, "and", fixture_path)
    print(f"Ridge(alpha=0.1): w = {fixture['coef']!r}, b = {fixture['intercept']!r}, l2 = {fixture['l2']!r}")


if __name__ == "__main__":
    main()
