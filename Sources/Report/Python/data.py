import json
import math
import os
import sys

import numpy as np

np.seterr(all="ignore")  # a diverging run overflows on purpose; nbrun stops at the last finite epoch

MASK = (1 << 64) - 1


class SeededGenerator:
    """nbrun's generator: xoshiro256** seeded through SplitMix64 (Sources/Engine/SeededGenerator.swift)."""

    def __init__(self, seed):
        s = seed & MASK
        state = []
        for _ in range(4):
            s = (s + 0x9E3779B97F4A7C15) & MASK
            z = s
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
            state.append(z ^ (z >> 31))
        self.s = state

    def next(self):
        s0, s1, s2, s3 = self.s
        rot = lambda x, k: ((x << k) | (x >> (64 - k))) & MASK
        result = (rot((s1 * 5) & MASK, 7) * 9) & MASK
        t = (s1 << 17) & MASK
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        self.s = [s0, s1, s2, rot(s3, 45)]
        return result

    def uniform(self, low=0.0, high=1.0):
        """53 random bits in [0, 1), scaled to [low, high)."""
        u = (self.next() >> 11) * 2.0 ** -53
        return u if (low, high) == (0.0, 1.0) else low + (high - low) * u

    def normal(self):
        """Box–Muller, one draw per call (two uniforms)."""
        u1 = 1 - self.uniform()
        u2 = self.uniform()
        return math.sqrt(-2 * math.log(u1)) * math.cos(2 * math.pi * u2)

    def index_below(self, bound):
        """Lemire's multiply-shift without modulo bias (Swift's next(upperBound:))."""
        m = self.next() * bound
        if (m & MASK) < bound:
            t = ((1 << 64) - bound) % bound
            while (m & MASK) < t:
                m = self.next() * bound
        return m >> 64

    def permutation(self, count):
        """Fisher–Yates from the end."""
        order = list(range(count))
        for i in range(count - 1, 0, -1):
            j = self.index_below(i + 1)
            order[i], order[j] = order[j], order[i]
        return order


DATA_FOLDER = None  # set by setup(): the folder of the exported file, which holds the data beside it


def setup(version, folder, language="en"):
    """Called first by every exported program and notebook: checks that this runtime is the one the file was
    exported with, remembers the file's folder (CSV paths are relative to it) and the chapter's language (for the
    tables and charts)."""
    global DATA_FOLDER, LANGUAGE
    if version != VERSION:
        raise ImportError("nbrun_runtime.py beside this file is version %s, but the file was exported for version %s: "
                          "export the notebook and its runtime again with the same nbrun (`nbrun NOTEBOOK.md --to py,ipynb`)"
                          % (VERSION, version))
    DATA_FOLDER, LANGUAGE = os.path.abspath(folder), language if language in WORDS else "en"


def data_path(file):
    """A data file named as in the notebook, found beside the exported file (setup()'s folder)."""
    if DATA_FOLDER is None:
        raise RuntimeError("call nbrun_runtime.setup(VERSION, folder) before loading data")
    path = os.path.join(DATA_FOLDER, *[part for part in file.split("/") if part not in ("", ".", "..")])
    if not os.path.exists(path):
        raise FileNotFoundError("data file %r not found beside the export: %s (copy the export folder whole, with its data)"
                                % (file, path))
    return path


class Dataset:
    """Features X (n × d), targets y, the class count for classification, and the column names (x, or x1 … xd
    for generated data; a CSV's header)."""

    def __init__(self, X, y, classes=None, names=None, target="y"):
        self.X, self.y, self.classes = np.asarray(X, dtype=float), np.asarray(y, dtype=float), classes
        self.raw, self.transform = self, lambda X: np.asarray(X, dtype=float)
        d = self.X.shape[1] if self.X.ndim == 2 else 0
        self.names, self.target = names or (["x"] if d == 1 else ["x%d" % (c + 1) for c in range(d)]), target

    def rows(self, index):
        return Dataset(self.X[index], self.y[index], self.classes, self.names, self.target)

    def with_features(self, X):
        return Dataset(X, self.y, self.classes, self.names if X.shape[1] == self.X.shape[1] else None, self.target)


def data_columns(data):
    """The columns a formula can index, as tensors by name (nbrun's rules): the target, each feature, x for a single
    feature and y for the target."""
    named = {data.target: torch.tensor(data.y)}
    named.update({name: torch.tensor(data.X[:, c]) for c, name in enumerate(data.names)})
    if len(data.names) == 1:
        named.setdefault("x", named[data.names[0]])
    named.setdefault("y", named[data.target])
    return named


def generate_linear(n, weights, bias, noise, seed, x_range=(0.0, 1.0)):
    """y = w·x + b + noise·ε, x uniform in x_range per feature, ε standard normal."""
    g, X, y = SeededGenerator(seed), np.zeros((n, len(weights))), np.zeros(n)
    for r in range(n):
        target = bias
        for c, w in enumerate(weights):
            X[r, c] = g.uniform(*x_range)
            target += w * X[r, c]
        y[r] = target + noise * g.normal()
    return Dataset(X, y)


def generate_polynomial(n, coefficients, noise, seed, x_range=(-1.0, 1.0)):
    """y = Σ c_k x^k + noise·ε with one feature x uniform in x_range."""
    g, X, y = SeededGenerator(seed), np.zeros((n, 1)), np.zeros(n)
    for r in range(n):
        x = g.uniform(*x_range)
        X[r, 0], value, power = x, 0.0, 1.0
        for c in coefficients:
            value += c * power
            power *= x
        y[r] = value + noise * g.normal()
    return Dataset(X, y)


def default_centers(classes):
    if classes == 2:
        return [[-1.5, -1.0], [1.5, 1.0]]
    angles = [2 * math.pi * k / classes for k in range(classes)]
    return [[2.5 * math.cos(a), 2.5 * math.cos(a - math.pi / 2)] for a in angles]


def generate_blobs(n, centers, noise, seed):
    """Point r belongs to blob r mod k: its center plus noise·ε per coordinate."""
    g, X, y = SeededGenerator(seed), np.zeros((n, len(centers[0]))), np.zeros(n)
    for r in range(n):
        label = r % len(centers)
        for c in range(len(centers[0])):
            X[r, c] = centers[label][c] + noise * g.normal()
        y[r] = label
    return Dataset(X, y, classes=len(centers))


def generate_shape(kind, n, noise, seed, classes=2):
    """moons, circles, xor or spiral, as Sources/Engine/DataGenerator+Shapes.swift draws them."""
    g, X, y = SeededGenerator(seed), np.zeros((n, 2)), np.zeros(n)
    arms = max(classes, 2) if kind == "spiral" else 2
    for r in range(n):
        label = r % arms
        if kind == "moons":
            t = math.pi * g.uniform()
            point = (math.cos(t), math.sin(t)) if label == 0 else (1 - math.cos(t), 0.5 - math.sin(t))
        elif kind == "circles":
            t = 2 * math.pi * g.uniform()
            radius = 1.0 if label == 0 else 0.5
            point = (radius * math.cos(t), radius * math.sin(t))
        elif kind == "xor":
            a, b = g.uniform(-1.0, 1.0), g.uniform(-1.0, 1.0)
            point, label = (a, b), 1 if (a > 0) == (b > 0) else 0
        else:
            radius = g.uniform()
            angle = label * 2 * math.pi / arms + 4 * radius
            point = (radius * math.cos(angle), radius * math.sin(angle))
        y[r] = label
        X[r, 0] = point[0] + noise * g.normal()
        X[r, 1] = point[1] + noise * g.normal()
    return Dataset(X, y, classes=arms)


def load_csv(file, target, features=None):
    """The CSV as nbrun reads it: a header row, numeric features (all other columns by default); a text target
    becomes class indices in sorted order of its values."""
    import csv

    with open(data_path(file), newline="", encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle) if not (len(row) == 1 and not row[0].strip())]
    header, rows = [name.strip() for name in rows[0]], rows[1:]
    features = features or [name for name in header if name != target]
    X = [[float(row[header.index(name)]) for name in features] for row in rows]
    labels = [row[header.index(target)].strip() for row in rows]
    try:
        return Dataset(X, [float(label) for label in labels], names=features, target=target)
    except ValueError:
        classes = sorted(set(labels))
        return Dataset(X, [classes.index(label) for label in labels], classes=len(classes), names=features, target=target)


def split(data, validation, seed, test=None):
    """A seeded shuffle; the last round(n·validation) rows are held out for validation and, when a test fraction is
    given, the round(n·test) rows before them for test (nbrun's Dataset.split). Returns (train, validation), or
    (train, validation, test) when test is given."""
    n = len(data.y)
    if validation <= 0 and not test:
        return (data, None) if test is None else (data, None, None)
    order = SeededGenerator(seed).permutation(n)

    def held(fraction, available):
        return min(max(int(math.floor(n * fraction + 0.5)), 1), available - 1) if fraction > 0 else 0

    v = held(validation, n)
    t = held(test or 0.0, n - v)
    end = n - v - t
    parts = (data.rows(order[:end]), data.rows(order[n - v:]) if v else None)
    return parts if test is None else parts + (data.rows(order[end:n - v]) if t else None,)


def kfold(n, k, shuffle_seed=None):
    """nbrun's k-fold splits (scikit-learn's KFold): the rows, or nbrun's seeded permutation of them, cut into k
    consecutive folds, the first n % k one row longer. Yields (training rows, validation rows), each ascending."""
    order = SeededGenerator(shuffle_seed).permutation(n) if shuffle_seed is not None else list(range(n))
    start = 0
    for fold in range(k):
        size = n // k + (1 if fold < n % k else 0)
        held = sorted(order[start:start + size])
        start += size
        kept = set(held)
        yield [i for i in range(n) if i not in kept], held


def expand_polynomial(X, degree):
    """x, x², …, x^degree for each feature (no interactions)."""
    columns = []
    for c in range(X.shape[1]):
        power = np.ones(X.shape[0])
        for _ in range(degree):
            power = power * X[:, c]
            columns.append(power)
    return np.column_stack(columns)


def prepare(train, *held, degree=None, standardize=False):
    """Polynomial expansion, then standardization fitted on the training part (population std), applied to the
    training part and every held-out part (validation, test)."""
    raw = parts = [train, *held]
    if degree:
        parts = [p and p.with_features(expand_polynomial(p.X, degree)) for p in parts]
    mean, std = 0.0, 1.0
    if standardize:
        n = max(len(parts[0].y), 1)  # sums in row order, as nbrun's Standardizer
        mean = np.cumsum(parts[0].X, axis=0)[-1] / n
        std = np.sqrt(np.cumsum((parts[0].X - mean) ** 2, axis=0)[-1] / n)
        std[std == 0] = 1.0
        parts = [p and p.with_features((p.X - mean) / std) for p in parts]

    def transform(X):
        """Raw feature rows as the model sees them (for the charts: a fitted curve, decision regions)."""
        X = np.asarray(X, dtype=float)
        return ((expand_polynomial(X, degree) if degree else X) - mean) / std

    for part, original in zip(parts, raw):
        if part is not None:
            part.raw, part.transform = original, transform
    return tuple(parts)
