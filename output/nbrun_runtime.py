# -*- coding: utf-8 -*-
# nbrun's engine for the exported notebooks and programs of this folder (written by nbrun; do not edit:
# export again instead). numpy regenerates nbrun's data bit for bit, PyTorch trains, SciPy solves the
# closed form by QR as nbrun does, matplotlib draws the charts. Each .py/.ipynb beside this file starts with
# `import nbrun_runtime` and `setup(VERSION, folder, language)`.

VERSION = "d2a4d2d07226046c"  # the hash of this file's code and words


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


import torch
from torch import nn

torch.set_default_dtype(torch.float64)  # nbrun computes in double precision
torch.set_num_threads(1)  # these problems are small: one thread is fastest and never waits for a busy core


# The current run's history, for its charts (see run()): the loss per entry, the validation loss, the point (a
# formula's arguments, a linear model's parameters), and, when the optimum is known, the distance to it and the gap
# J − J* (filled in by report() and formula_report()).
TRACE = {"loss": [], "validation": [], "path": [], "distance": [], "gap": []}


def record(loss, validation=None, point=None):
    """Appends one entry of the running run's history: the training loss (or a formula's value), the validation
    loss, the point (a formula's arguments, a linear model's weights then bias)."""
    TRACE["loss"].append(float(loss))
    if validation is not None:
        TRACE["validation"].append(float(validation))
    if point is not None:
        TRACE["path"].append([float(v) for v in point])


def tensors(data):
    """A Dataset's features and targets as float64 tensors."""
    return torch.tensor(data.X), torch.tensor(data.y)


def linear_model(inputs, outputs):
    """nn.Linear(inputs, outputs) with zero weights and bias, nbrun's start for linear and logistic models."""
    model = nn.Linear(inputs, outputs)
    nn.init.zeros_(model.weight)
    nn.init.zeros_(model.bias)
    return model


class SeededDropout(nn.Dropout):
    """nn.Dropout(p) (inverted: keep with probability 1 − p, scale by 1/(1 − p); identity in eval mode) whose mask
    comes from nbrun's seeded generator instead of torch's, so that a run draws exactly nbrun's masks."""

    def __init__(self, p, units):
        super().__init__(p)
        self.units, self.mask = units, None

    def forward(self, x):
        return x * self.mask if self.training and self.p > 0 else x


ACTIVATIONS = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "leaky_relu": nn.LeakyReLU, "gelu": nn.GELU}


def network(widths, activation="relu", dropout=0.0):
    """nn.Sequential(nn.Linear, activation, nn.Dropout(p), …, nn.Linear) with layer widths `widths`."""
    layers = []
    for l in range(1, len(widths)):
        layers.append(nn.Linear(widths[l - 1], widths[l]))
        if l < len(widths) - 1:
            layers += [ACTIVATIONS[activation](), SeededDropout(dropout, widths[l])]
    return nn.Sequential(*layers)


def initialize(model, generator):
    """nn.Linear's initialization (uniform in ±1/√fan_in, weights and bias), drawn from nbrun's generator: layer by
    layer, the weights row by row, then the biases."""
    with torch.no_grad():
        for layer in model:
            if isinstance(layer, nn.Linear):
                bound = 1 / math.sqrt(layer.in_features)
                for p in (layer.weight, layer.bias):
                    draws = [generator.uniform(-bound, bound) for _ in range(p.numel())]
                    p.copy_(torch.tensor(draws).reshape(p.shape))


def init_weights(layers, generator, scheme, scale=None):
    """nbrun's init schemes with torch.nn.init's bounds and standard deviations, drawn from nbrun's generator:
    per layer (fan_in, fan_out = in_features, out_features) the weights row by row, uniform in ±spread or normal
    with std spread; every bias starts at 0."""
    with torch.no_grad():
        for layer in layers:
            fan_in, fan_out, count = layer.in_features, layer.out_features, layer.weight.numel()
            spread = {"zeros": 0.0, "normal": scale,
                      "xavier_uniform": scale * math.sqrt(6 / (fan_in + fan_out)) if scale else 0.0,
                      "xavier_normal": scale * math.sqrt(2 / (fan_in + fan_out)) if scale else 0.0,
                      "kaiming_uniform": scale * math.sqrt(3 / fan_in) if scale else 0.0,
                      "kaiming_normal": scale / math.sqrt(fan_in) if scale else 0.0}[scheme]
            if scheme == "zeros":
                draws = [0.0] * count
            elif scheme.endswith("normal"):
                draws = [spread * generator.normal() for _ in range(count)]
            else:
                draws = [generator.uniform(-spread, spread) for _ in range(count)]
            layer.weight.copy_(torch.tensor(draws).reshape(layer.weight.shape))
            layer.bias.zero_()


def draw_masks(model, generator, rows):
    """nbrun's dropout draws for one forward pass: one uniform per row and hidden unit, row by row (all layers' units
    in order); a unit is kept when its uniform is below 1 − p."""
    drops = [m for m in model.modules() if isinstance(m, SeededDropout)]
    hidden = sum(m.units for m in drops)
    u = torch.tensor([generator.uniform() for _ in range(rows * hidden)]).reshape(rows, hidden)
    used = 0
    for m in drops:
        keep = 1 - m.p
        m.mask = torch.where(u[:, used:used + m.units] < keep, 1 / keep, 0.0)
        used += m.units


def hinge(z, y):
    """Hinge loss, mean over rows: max(0, 1 − s·f) with s = ±1 for classes 1 and 0; several outputs: Crammer–Singer,
    max(0, 1 − (f_y − max_{k≠y} f_k)). (torch.nn has no such loss; relu is max(0, ·).)"""
    if z.shape[1] == 1:
        s = torch.where(y > 0.5, 1.0, -1.0)
        return torch.relu(1 - s * z[:, 0]).mean()
    labels = y.long()
    own = z.gather(1, labels[:, None])[:, 0]
    rival = z.masked_fill(nn.functional.one_hot(labels, z.shape[1]).bool(), -math.inf).max(dim=1).values
    return torch.relu(1 - (own - rival)).mean()


def weights(model):
    """The penalized parameters: every layer's weight matrix, never a bias."""
    return [p for name, p in model.named_parameters() if name.endswith("weight")]


def biases(model):
    """The unpenalized parameters: every layer's bias."""
    return [p for name, p in model.named_parameters() if name.endswith("bias")]


def objective(model, criterion, X, y, l2):
    """J(θ) = (1/N) Σ loss_i + l2·Σw² on rows X, y (the L1 term is applied as a proximal step instead)."""
    J = criterion(model(X), y)
    return J + l2 * sum((w * w).sum() for w in weights(model)) if l2 else J


def clip_gradients(params, clip):
    """nbrun's clip_grad before each step: torch.nn.utils.clip_grad_norm_ ({"max_norm": m}: the global norm n over
    every parameter, g *= min(1, m / (n + 1e-6))) or clip_grad_value_ ({"value": v}); None clips nothing."""
    if clip is None:
        return
    if "max_norm" in clip:
        nn.utils.clip_grad_norm_(params, clip["max_norm"])
    else:
        nn.utils.clip_grad_value_(params, clip["value"])


def prox_l1(model, lr, l1):
    """w ← sign(w)·max(|w| − lr·l1, 0) on the weights, after each optimizer step."""
    with torch.no_grad():
        for w in weights(model):
            w.copy_(torch.sign(w) * torch.clamp(w.abs() - lr * l1, min=0))


def fmax(a, b):
    """A formula's max(a, b): a when a ≥ b, else b (the gradient follows the side chosen, as nbrun's)."""
    a, b = torch.as_tensor(a), torch.as_tensor(b)
    return torch.where(a >= b, a, b)


def fmin(a, b):
    """A formula's min(a, b): a when a ≤ b, else b."""
    a, b = torch.as_tensor(a), torch.as_tensor(b)
    return torch.where(a <= b, a, b)


def flat(tensors_):
    """Parameters or gradients as one vector, in nbrun's order: per layer the weights row by row, then the bias."""
    return torch.cat([t.reshape(-1) for t in tensors_])


def dot(a, b):
    """Σ a_i·b_i added left to right, the order of nbrun's loops."""
    products = np.asarray(a, dtype=float) * np.asarray(b, dtype=float)
    return float(np.cumsum(products)[-1]) if products.size else 0.0


def norm(v):
    return math.sqrt(dot(v, v))


class Differentiable:
    """f(θ) of a flat parameter vector as the line searches see it: value and gradient by torch autograd, and the
    Hessian exact (torch.autograd.functional.hessian) or, as nbrun does for networks, by central differences of
    the gradient; all symmetrized as (H + Hᵀ)/2."""

    def __init__(self, f, exact_hessian=True):
        self.f, self.exact_hessian = f, exact_hessian

    def value_and_gradient(self, x):
        t = torch.tensor(x, requires_grad=True)
        value = self.f(t)
        (g,) = torch.autograd.grad(value, t)
        return value.item(), g.numpy()

    def hessian(self, x):
        if self.exact_hessian:
            H = torch.autograd.functional.hessian(self.f, torch.tensor(x)).numpy()
        else:
            H, probe = np.zeros((len(x), len(x))), np.array(x, dtype=float)
            for j in range(len(x)):
                step = 1e-5 * max(1.0, abs(x[j]))
                probe[j] = x[j] + step
                up = self.value_and_gradient(probe)[1]
                probe[j] = x[j] - step
                down = self.value_and_gradient(probe)[1]
                probe[j] = x[j]
                H[:, j] = (up - down) / (2 * step)
        return (H + H.T) / 2


def model_function(model, criterion, data, l2=0.0):
    """J(θ) = (1/N) Σ loss_i + l2·Σw² as a function of the model's flat parameter vector θ (torch.func.functional_call
    runs the model with θ's pieces as its parameters)."""
    X, y = tensors(data)
    shapes = [(name, p.shape, p.numel()) for name, p in model.named_parameters()]

    def J(theta):
        pieces = dict(zip([name for name, _, _ in shapes], theta.split([size for _, _, size in shapes])))
        pieces = {name: pieces[name].reshape(shape) for name, shape, _ in shapes}
        loss = criterion(torch.func.functional_call(model, pieces, (X,)), y)
        penalty = sum((w * w).sum() for name, w in pieces.items() if name.endswith("weight"))
        return loss + l2 * penalty if l2 else loss

    return J


class Iterate:
    """A point with f's value and gradient."""

    def __init__(self, function, x, step=0.0):
        self.x, self.step = x, step
        try:
            self.value, self.g = function.value_and_gradient(x)
        except (ValueError, RuntimeError):
            self.value, self.g = math.nan, np.full(len(x), math.nan)
        self.finite = math.isfinite(self.value) and np.isfinite(self.g).all() and np.isfinite(x).all()


class Wolfe:
    """Strong-Wolfe line search (Nocedal & Wright 3.5/3.6): double until bracketed, zoom by safeguarded cubic
    interpolation; with refine, one secant step on φ′ (exact on a quadratic, CG's finite termination)."""

    def __init__(self, c1, c2, refine=False):
        self.c1, self.c2, self.refine, self.max_evaluations = c1, c2, refine, 40

    def trial(self, function, current, p, alpha):
        it = Iterate(function, current.x + alpha * p, alpha)
        slope = dot(it.g, p) if np.isfinite(it.g).all() else math.nan
        return alpha, it, slope

    def bad(self, t, origin):
        return not (t[1].value <= origin[1].value + self.c1 * t[0] * origin[2])

    def search(self, function, current, p, initial):
        slope0 = dot(current.g, p)
        if not (slope0 < 0 and initial > 0 and math.isfinite(initial)):
            return None
        origin = previous = (0.0, current, slope0)
        alpha = initial
        for count in range(self.max_evaluations):
            t = self.trial(function, current, p, alpha)
            if not math.isfinite(t[1].value) or self.bad(t, origin) or (count > 0 and t[1].value >= previous[1].value):
                return self.finish(function, current, p, origin, self.zoom(function, current, p, origin, previous, t))
            if abs(t[2]) <= -self.c2 * slope0:
                return self.finish(function, current, p, origin, t)
            if t[2] >= 0:
                return self.finish(function, current, p, origin, self.zoom(function, current, p, origin, t, previous))
            previous, alpha = t, alpha * 2
        return previous[1] if previous[0] > 0 else None

    def zoom(self, function, current, p, origin, low, high):
        for _ in range(self.max_evaluations):
            t = self.trial(function, current, p, self.interpolate(low, high))
            if not math.isfinite(t[1].value) or self.bad(t, origin) or t[1].value >= low[1].value:
                high = t
            else:
                if abs(t[2]) <= -self.c2 * origin[2]:
                    return t
                if t[2] * (high[0] - low[0]) >= 0:
                    high = low
                low = t
            if abs(high[0] - low[0]) <= 1e-16 * max(low[0], high[0]):
                break
        return low if low[0] > 0 else None

    @staticmethod
    def interpolate(a, b):
        lo, hi = min(a[0], b[0]), max(a[0], b[0])
        width = hi - lo
        middle = lo + width / 2
        if not all(math.isfinite(v) for v in (a[1].value, b[1].value, a[2], b[2])):
            return middle
        d1 = a[2] + b[2] - 3 * (a[1].value - b[1].value) / (a[0] - b[0])
        radicand = d1 * d1 - a[2] * b[2]
        if radicand < 0:
            return middle
        d2 = (1.0 if b[0] > a[0] else -1.0) * math.sqrt(radicand)
        alpha = b[0] - (b[0] - a[0]) * (b[2] + d2 - d1) / (b[2] - a[2] + 2 * d2)
        return alpha if math.isfinite(alpha) and lo + 0.1 * width <= alpha <= hi - 0.1 * width else middle

    def finish(self, function, current, p, origin, accepted):
        if accepted is None:
            return None
        if not (self.refine and math.isfinite(accepted[2]) and accepted[2] > origin[2]
                and abs(accepted[2]) > 1e-14 * abs(origin[2])):
            return accepted[1]
        alpha = accepted[0] * origin[2] / (origin[2] - accepted[2])
        if not (math.isfinite(alpha) and alpha > 0):
            return accepted[1]
        t = self.trial(function, current, p, alpha)
        better = t[1].finite and t[1].value <= accepted[1].value and abs(t[2]) <= abs(accepted[2]) and not self.bad(t, origin)
        return t[1] if better else accepted[1]


class Newton:
    """Solve H p = −g by Cholesky (damping λ = 1e-8·s … s on failure, else p = −g), Armijo backtracking from α = 1
    (c1 = 1e-4, halving): as scipy.optimize.minimize(method="Newton-CG") with the exact Hessian, solved directly."""

    def advance(self, function, current):
        H, g = function.hessian(current.x), current.g
        p = -g
        scale = max(1.0, float(np.abs(np.diag(H)).max()))
        for damping in (0, 1e-8, 1e-6, 1e-4, 1e-2, 1):
            try:
                L = np.linalg.cholesky(H + damping * scale * np.eye(len(g)))
            except np.linalg.LinAlgError:
                continue
            solution = np.linalg.solve(L.T, np.linalg.solve(L, -g))
            if np.isfinite(solution).all() and dot(solution, g) < 0:
                p = solution
                break
        slope, alpha = dot(p, g), 1.0
        for _ in range(60):
            nxt = Iterate(function, current.x + alpha * p, alpha)
            if math.isfinite(nxt.value) and nxt.value <= current.value + 1e-4 * alpha * slope:
                return nxt
            alpha /= 2
        return None


class ConjugateGradient:
    """Polak–Ribière+ with strong Wolfe (c1 = 1e-4, c2 = 0.4) and SciPy's first trial step, as
    scipy.optimize.minimize(method="CG")."""

    def __init__(self):
        self.p, self.previous, self.search = None, None, Wolfe(1e-4, 0.4, refine=True)

    def advance(self, function, current):
        p = -current.g if self.p is None or dot(self.p, current.g) >= 0 else self.p
        slope = dot(p, current.g)
        if not slope < 0:
            return None
        before = self.previous if self.previous is not None else current.value + norm(current.g) / 2
        initial = min(1.0, 2.02 * (current.value - before) / slope)
        if not (initial > 0) or not math.isfinite(initial):
            initial = 1.0
        nxt = self.search.search(function, current, p, initial)
        if nxt is None:
            self.p = None
            return None
        g, g_next = current.g, nxt.g
        beta = max(0.0, dot(g_next, g_next - g) / dot(g, g))
        self.p = -g_next + (beta if math.isfinite(beta) else 0.0) * p
        self.previous = current.value
        return nxt


class LBFGS:
    """Two-loop recursion over the last `memory` pairs, H0 = (sᵀy / yᵀy) I, Wolfe (c1 = 1e-4, c2 = 0.9), first
    step min(1, 1/‖g‖): as scipy.optimize.minimize(method="L-BFGS-B", options={"maxcor": memory})."""

    def __init__(self, memory=10):
        self.memory, self.pairs, self.search = memory, [], Wolfe(1e-4, 0.9)

    def direction(self, g):
        q, alphas = g.copy(), [0.0] * len(self.pairs)
        for i in range(len(self.pairs) - 1, -1, -1):
            s, y, rho = self.pairs[i]
            alphas[i] = rho * dot(s, q)
            q = q - alphas[i] * y
        if self.pairs:
            s, y, _ = self.pairs[-1]
            q = q * (dot(s, y) / dot(y, y))
        for i, (s, y, rho) in enumerate(self.pairs):
            q = q + (alphas[i] - rho * dot(y, q)) * s
        return -q

    def advance(self, function, current):
        p = self.direction(current.g)
        if dot(p, current.g) >= 0:
            self.pairs, p = [], -current.g
        initial = min(1.0, 1 / max(norm(current.g), 1e-300)) if not self.pairs else 1.0
        nxt = self.search.search(function, current, p, initial)
        if nxt is None:
            if not self.pairs:
                return None
            self.pairs = []
            return self.advance(function, current)
        s, y = nxt.x - current.x, nxt.g - current.g
        sy, yy = dot(s, y), dot(y, y)
        if sy > 1e-10 * yy and math.isfinite(sy):
            self.pairs = (self.pairs + [(s, y, 1 / sy)])[-self.memory:]
        return nxt


def minimize(function, method, start, epochs, tolerance, validation_loss=None, early_stopping=None):
    """nbrun's driver for line-search methods: entry 0 at the start, one iteration per epoch; converged when
    ‖∇f‖ < tolerance or when the line search finds no lower value (stalled), early stopping as in train().
    Returns (status, epochs, θ, best_epoch)."""
    current = Iterate(function, np.array(start, dtype=float))
    best, best_epoch, best_theta, wait = math.inf, 0, None, 0

    def end(status, epoch, last):
        restore = status != "diverged" and early_stopping and early_stopping["restore_best"] and best_theta is not None
        return status, epoch, (best_theta if restore else last), (best_epoch if early_stopping else None)

    def entry(it):
        v_loss = validation_loss(it.x) if validation_loss else 0.0
        size = norm(it.g)
        finite = it.finite and math.isfinite(size) and math.isfinite(v_loss)
        if finite:
            record(it.value, v_loss if validation_loss else None, it.x)
        return finite, size, v_loss

    finite, size, _ = entry(current)
    if not finite:
        return end("diverged", 0, current.x)
    if tolerance > 0 and size < tolerance:
        return end("converged", 0, current.x)
    for epoch in range(1, max(epochs, 1) + 1):
        nxt = method.advance(function, current)
        if nxt is None:
            return end("converged", epoch - 1, current.x)  # stalled: no lower value along the direction
        finite, size, v_loss = entry(nxt)
        if not finite:
            return end("diverged", epoch - 1, current.x)
        current = nxt
        if tolerance > 0 and size < tolerance:
            return end("converged", epoch, current.x)
        if validation_loss and early_stopping:
            if v_loss + early_stopping["min_delta"] < best:
                best, best_epoch, best_theta, wait = v_loss, epoch, current.x, 0
            else:
                wait += 1
                if wait >= early_stopping["patience"]:
                    return end("early_stopped", epoch, current.x)
    return end("max_epochs", epochs, current.x)


def minimize_model(model, criterion, train_part, validation, method, epochs, tolerance, l2=0.0, early_stopping=None):
    """minimize() on J(θ) of the model's parameters (exact Hessian for a linear model, differences for a network),
    from the model's current parameters; leaves the result in the model. Returns (status, epochs, best_epoch)."""
    function = Differentiable(model_function(model, criterion, train_part, l2), exact_hessian=isinstance(model, nn.Linear))
    held_out = model_function(model, criterion, validation) if validation else None
    status, epochs, theta, best_epoch = minimize(
        function, method, flat(model.parameters()).detach().numpy(), epochs, tolerance,
        validation_loss=(lambda x: held_out(torch.tensor(x)).item()) if held_out else None, early_stopping=early_stopping)
    load(model, theta)
    return status, epochs, best_epoch


def descend(f, start, make_optimizer, make_scheduler, steps, tolerance, clip=None):
    """nbrun's minimizer with a first-order method on a formula: x is a tensor that torch.optim updates from f's
    autograd gradient at the current point, the lr_scheduler steps after each step; converged when ‖∇f‖ <
    tolerance, diverged at a non-finite value (the last finite point is kept). Returns (status, steps, x)."""
    x = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = make_optimizer([x])
    scheduler = make_scheduler(optimizer)

    def evaluate():
        optimizer.zero_grad()
        value = f(x)
        value.backward()
        finite = math.isfinite(value.item()) and bool(torch.isfinite(x.grad).all()) and bool(torch.isfinite(x).all())
        if finite:
            record(value.item(), point=x.detach().tolist())
        return finite, x.grad.norm().item()

    finite, size = evaluate()
    if not finite:
        return "diverged", 0, x.detach().numpy()
    if tolerance > 0 and size < tolerance:
        return "converged", 0, x.detach().numpy()
    for step in range(1, steps + 1):
        last = x.detach().clone()
        clip_gradients([x], clip)
        optimizer.step()
        if scheduler is not None:
            scheduler.step()
        finite, size = evaluate()
        if not finite:
            return "diverged", step - 1, last.numpy()
        if tolerance > 0 and size < tolerance:
            return "converged", step, x.detach().numpy()
    return "max_epochs", steps, x.detach().numpy()


def formula_report(f, x, status, steps, names, optimum=None):
    """A formula run in nbrun's JSON shape: the point by argument name, the value and the gradient norm there.
    With a known minimizer (`optimum:`), the history gets the distance to it and the gap f − f* per step."""
    if optimum is not None and TRACE["path"]:
        best = np.array(optimum, dtype=float)
        lowest = Differentiable(f).value_and_gradient(best)[0]
        TRACE["distance"][:] = np.linalg.norm(np.array(TRACE["path"], dtype=float) - best, axis=1).tolist()
        TRACE["gap"][:] = [value - lowest for value in TRACE["loss"]]
    value, g = Differentiable(f).value_and_gradient(np.array(x, dtype=float))
    return {"status": status, "params": dict(zip(names, map(float, x))),
            "metrics": {"value": value, "gradient_norm": norm(g)}, "epochs": steps,
            "_plot": {"formula": f, "names": names}}


def train(model, criterion, train_part, validation, optimizer, scheduler, generator, epochs, tolerance,
          batch_size=None, l1=0.0, l2=0.0, early_stopping=None, clip=None):
    """nbrun's training loop with a torch.optim optimizer: entry 0 is the start; each epoch shuffles (mini-batches
    only, with nbrun's generator), clips the gradient (clip_gradients), calls optimizer.step() after every batch (then
    the L1 proximal step), steps the
    lr_scheduler, then re-evaluates on the whole training set. Stops: diverged (non-finite; the last finite epoch is
    kept), converged (gradient norm < tolerance), early stopping (Keras 3: improvement means loss + min_delta <
    best), else max_epochs. Returns (status, epochs, best_epoch) and leaves the final parameters in the model."""
    X, y = tensors(train_part)
    X_valid, y_valid = tensors(validation) if validation else (None, None)
    n, params = len(y), list(model.parameters())
    batch = min(max(batch_size or n, 1), n)
    dropout = any(isinstance(m, SeededDropout) and m.p > 0 for m in model.modules())
    best, best_epoch, best_state, wait = math.inf, 0, None, 0

    def evaluate():
        """(finite, stationarity, validation loss): ‖∇J‖ without L1, else the norm of the proximal gradient mapping
        (θ − prox(θ − lr·∇J))/lr at the next epoch's rate."""
        model.eval()
        model.zero_grad()
        J = objective(model, criterion, X, y, l2)
        J.backward()
        size = flat(p.grad for p in params).norm().item()
        if l1:
            lr, parts = optimizer.param_groups[0]["lr"], []
            for name, p in model.named_parameters():
                moved = p.detach() - lr * p.grad
                if name.endswith("weight"):
                    moved = torch.sign(moved) * torch.clamp(moved.abs() - lr * l1, min=0)
                parts.append((p.detach() - moved) / lr)
            size = flat(parts).norm().item()
        v_loss = criterion(model(X_valid), y_valid).item() if validation else 0.0
        finite = all(math.isfinite(v) for v in (J.item(), size, v_loss)) and bool(torch.isfinite(flat(params)).all())
        if finite:
            penalty = l2 * sum((w * w).sum() for w in weights(model)).item() if l2 else 0.0
            # A linear model's parameters too, for the distance and gap per epoch (report() computes them).
            point = flat(params).detach().tolist() if isinstance(model, nn.Linear) and model.out_features == 1 else None
            record(loss=J.item() - penalty, validation=v_loss if validation else None, point=point)
        return finite, size, v_loss

    def end(status, epoch):
        if status != "diverged" and early_stopping and early_stopping["restore_best"] and best_state is not None:
            load(model, best_state)
        return status, epoch, (best_epoch if early_stopping else None)

    finite, size, _ = evaluate()
    if not finite:
        return end("diverged", 0)
    if tolerance > 0 and size < tolerance:
        return end("converged", 0)
    for epoch in range(1, max(epochs, 1) + 1):
        lr, start = optimizer.param_groups[0]["lr"], flat(params).detach().clone()
        order = torch.arange(n) if batch >= n else torch.tensor(generator.permutation(n))
        model.train()
        for first in range(0, n, batch):
            rows = order[first:first + batch]
            if dropout:
                draw_masks(model, generator, len(rows))
            optimizer.zero_grad()
            objective(model, criterion, X[rows], y[rows], l2).backward()
            clip_gradients(params, clip)
            optimizer.step()
            if l1:
                prox_l1(model, lr, l1)
            if not all(bool(torch.isfinite(p).all()) for p in params):
                break
        if scheduler is not None:
            scheduler.step()
        finite, size, v_loss = evaluate()
        if not finite:  # nbrun keeps the last finite epoch
            load(model, start)
            return end("diverged", epoch - 1)
        if tolerance > 0 and size < tolerance:
            return end("converged", epoch)
        if early_stopping and validation:
            if v_loss + early_stopping["min_delta"] < best:
                best, best_epoch, best_state, wait = v_loss, epoch, flat(params).detach().clone(), 0
            else:
                wait += 1
                if wait >= early_stopping["patience"]:
                    return end("early_stopped", epoch)
    return end("max_epochs", epochs)


def load(model, theta):
    """Puts the flat vector θ (nbrun's order) into the model's parameters."""
    nn.utils.vector_to_parameters(torch.as_tensor(theta, dtype=torch.float64), model.parameters())


def least_squares(data, l2=0.0):
    """The exact minimizer of (1/N)Σr² + l2‖w‖², solved as nbrun solves it: the stacked least-squares problem
    [X 1; √(N·l2) I 0] θ ≈ [y; 0] (the bias unpenalized) by Householder QR and a triangular solve, R θ = Qᵀy,
    never the normal equations, so an ill-conditioned fit (a degree-14 polynomial) gets the same answer.
    This is scikit-learn's Ridge(alpha=l2·N) (LinearRegression for l2 = 0) computed without squaring the
    condition number. Returns θ = (w, b)."""
    from scipy.linalg import solve_triangular

    N, d = data.X.shape
    A = np.column_stack([data.X, np.ones(N)])
    b = np.asarray(data.y, dtype=float)
    if l2 > 0:
        A = np.vstack([A, np.column_stack([math.sqrt(N * l2) * np.eye(d), np.zeros(d)])])
        b = np.concatenate([b, np.zeros(d)])
    Q, R = np.linalg.qr(A)  # Householder QR (LAPACK geqrf), reduced
    diagonal = np.abs(np.diag(R))
    if diagonal.size and diagonal.min() <= diagonal.max() * max(A.shape) * np.finfo(float).eps:
        raise np.linalg.LinAlgError("the features are collinear: the least-squares solution is not unique")
    return solve_triangular(R, Q.T @ b)


def predictions(z, classification):
    if not classification:
        return z[:, 0]
    return (z[:, 0] > 0).astype(float) if z.shape[1] == 1 else z.argmax(axis=1).astype(float)


METRICS = {
    "mse": lambda p, y: float(((p - y) ** 2).mean()),
    "rmse": lambda p, y: math.sqrt(float(((p - y) ** 2).mean())),
    "mae": lambda p, y: float(np.abs(p - y).mean()),
    "r2": lambda p, y: 1 - float(((p - y) ** 2).sum()) / float(((y - y.mean()) ** 2).sum()),
    "accuracy": lambda p, y: float((p == y).mean()),
    "hamming": lambda p, y: float((p != y).mean()),
}


def optimum_history(train_part, optimum, l2):
    """‖θ − θ*‖ and J(θ) − J* (mean squared error plus l2·Σw², never the bias) at every recorded point of a linear
    model with one output (weights then bias, as nn.Linear's parameters flatten), into TRACE for the charts."""
    points = np.array(TRACE["path"], dtype=float)
    X, y = np.asarray(train_part.X, dtype=float), np.asarray(train_part.y, dtype=float)
    d = X.shape[1]
    if points.ndim != 2 or points.shape[1] != d + 1 or len(optimum) != d + 1:
        return
    best = np.asarray(optimum, dtype=float)[None, :]

    def J(P):
        return ((X @ P[:, :d].T + P[:, d] - y[:, None]) ** 2).mean(axis=0) + l2 * (P[:, :d] ** 2).sum(axis=1)

    TRACE["distance"][:] = np.linalg.norm(points - best, axis=1).tolist()
    TRACE["gap"][:] = (J(points) - J(best)[0]).tolist()


def report(model, criterion, train_part, validation, status, epochs, metrics, classification, names,
           best_epoch=None, optimum=None, test=None, cv=None, l2=0.0):
    """The run in nbrun's JSON shape: status, params (a linear model's weights and bias, or a network's layers)
    and metrics (losses without the penalty, the chosen metrics, the distance to the optimum). With the optimum
    (a linear model with mse and no L1, whose objective adds `l2`), the history gets the distance and gap per epoch."""
    if optimum is not None:
        optimum_history(train_part, optimum, l2)
    model.eval()
    out = {}
    with torch.no_grad():
        for prefix, data in (("train", train_part), ("validation", validation), ("test", test)):
            if data is None:
                continue
            X, y = tensors(data)
            z = model(X)
            out[prefix + "_loss"] = criterion(z, y).item()
            p = predictions(z.numpy(), classification)
            for name in metrics:
                out[prefix + "_" + name] = METRICS[name](p, data.y)
        if optimum is not None:
            out["distance_to_optimum"] = float(np.linalg.norm(flat(model.parameters()).numpy() - optimum))
    if isinstance(model, nn.Sequential):
        layers = [{"weights": m.weight.tolist(), "bias": m.bias.tolist()} for m in model if isinstance(m, nn.Linear)]
        params = {"layers": layers, "names": names}
    elif model.out_features == 1:
        params = {"weights": model.weight[0].tolist(), "bias": model.bias[0].item(), "names": names}
    else:
        params = {"weights": model.weight.tolist(), "bias": model.bias.tolist(), "names": names}
    result = {"status": status, "params": params, "metrics": out, "epochs": epochs,
              "_plot": {"model": model, "train": train_part, "validation": validation, "classification": classification}}
    if best_epoch is not None:
        result["best_epoch"] = best_epoch
    if cv is not None:
        result["cv"] = cv
    return result


def fold_result(result, train_part, validation):
    """One cross-validation fold's entry from its report(): status, epochs, row counts and metrics."""
    return {"status": result["status"], "epochs": result["epochs"], "train_rows": len(train_part.y),
            "validation_rows": len(validation.y), "metrics": result["metrics"]}


def cross_validation(folds):
    """nbrun's cv summary: the folds, and each metric's mean and standard deviation (numpy's std, over k)."""
    names = list(folds[0]["metrics"])
    values = {name: np.array([fold["metrics"][name] for fold in folds]) for name in names}
    return {"k": len(folds), "folds": folds, "mean": {n: float(v.mean()) for n, v in values.items()},
            "std": {n: float(v.std()) for n, v in values.items()}}



RUNS = {}  # run name → the function that trains it (the exported file registers its runs here)
RESULTS = {}  # run name → its last result, for comparison cells


def run(name):
    """Trains run `name` and returns its result in nbrun's JSON shape plus `_history` (the loss per epoch, the
    validation loss, a formula's path) and `_plot` (what the charts draw), which JSON output leaves out."""
    for entries in TRACE.values():
        entries.clear()
    result = RUNS[name]()
    result["_history"] = {key: list(entries) for key, entries in TRACE.items()}
    RESULTS[name] = result
    return result


def public(result):
    """A result without the chart-only entries (`_history`, `_plot`): nbrun's JSON shape."""
    return {key: value for key, value in result.items() if not key.startswith("_")}


def run_all(names=None):
    """Every exported run (or those of `names`), trained in order, as nbrun's JSON (`{"runs": {NAME: …}}`)."""
    return {"runs": {name: public(run(name)) for name in RUNS if names is None or name in names}}


def words():
    return WORDS.get(LANGUAGE, WORDS["en"])


def number(value):
    """5 significant digits, as nbrun's tables."""
    return "%.5g" % value if isinstance(value, float) else str(value)


def table(header, rows):
    """A plain-text table with aligned columns."""
    cells = [list(map(str, header))] + [[str(c) for c in row] for row in rows]
    width = lambda text: sum(2 if ord(c) >= 0x1100 else 1 for c in text)  # CJK characters take two columns
    widths = [max(width(row[c]) for row in cells) for c in range(len(header))]
    line = lambda row: "  ".join(text + " " * (widths[c] - width(text)) for c, text in enumerate(row)).rstrip()
    return "\n".join([line(cells[0]), "  ".join("─" * w for w in widths)] + [line(row) for row in cells[1:]])


def summary_table(names, kind):
    """nbrun's summary: a single run's status and metrics; a sweep's or comparison's row per run."""
    w = words()
    results = [(name, RESULTS[name]) for name in names if name in RESULTS]
    if not results:
        return "\n".join(name + ": –" for name in names)  # not exported: the run's section says why
    if kind == "single" and len(results) == 1:
        name, result = results[0]
        formula = "formula" in result.get("_plot", {})
        head = "%s: %s, %s: %s" % (name, w["status_" + result["status"]], w["steps"] if formula else w["epochs"], result["epochs"])
        rows = [(w["metric_" + key] if "metric_" + key in w else key, number(value)) for key, value in result["metrics"].items()]
        return head + "\n" + table([w["metric"], w["value"]], rows)
    metrics = list(results[0][1]["metrics"])
    formula = any("formula" in r.get("_plot", {}) for _, r in results)
    header = [w["run"], w["status"], w["steps"] if formula else w["epochs"]] + [w.get("metric_" + m, m) for m in metrics]
    rows = [[name, w["status_" + r["status"]], r["epochs"]] + [number(r["metrics"].get(m, "–")) for m in metrics]
            for name, r in results]
    return table(header, rows)


def show_cell(cell, kind, names, parts):
    """A config cell as nbrun shows it: trains its runs (a comparison reuses the results of the runs it names),
    prints the summary table and draws its charts (in Jupyter inline; see main() for a program)."""
    for name in names:
        if name in RUNS and (kind != "compare" or name not in RESULTS):
            run(name)
    if "summary" in parts or not parts:
        print(summary_table(names, kind))
    figure = draw(cell, kind, [(name, RESULTS[name]) for name in names if name in RESULTS], parts)
    if figure is not None:
        finish(figure, cell)


CHART_MODE = "inline"  # "inline" (Jupyter), "save" (PNG files), "show" (windows) or "none"
CHART_FOLDER = None


def finish(figure, cell):
    import matplotlib.pyplot as plt

    if CHART_MODE == "save":
        os.makedirs(CHART_FOLDER, exist_ok=True)
        path = os.path.join(CHART_FOLDER, "".join(c if c.isalnum() or c in "-_." else "_" for c in cell) + ".png")
        figure.savefig(path, dpi=110)
        plt.close(figure)
        print("chart: " + path)
    else:
        plt.show()


def use_fonts():
    """matplotlib with a CJK-capable font first when one is installed (Chinese labels); else its default, which
    shows boxes for CJK characters (a warning says so, once)."""
    import matplotlib
    from matplotlib import font_manager

    if LANGUAGE == "en":
        return
    installed = {font.name for font in font_manager.fontManager.ttflist}
    chosen = [name for name in ("Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei",
                                "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC",
                                "Arial Unicode MS") if name in installed]
    if chosen:
        matplotlib.rcParams["font.sans-serif"] = chosen + list(matplotlib.rcParams["font.sans-serif"])
        matplotlib.rcParams["axes.unicode_minus"] = False
    else:
        print("nbrun_runtime: no CJK font found for the chart labels (install fonts-noto-cjk)", file=sys.stderr)


def panels(kind, results, parts):
    """Which charts to draw, in nbrun's order: the loss curve(s), the fitted model, the decision regions, the
    contour with the optimizer's path(s)."""
    chosen = []
    with_history = [r for _, r in results if len(r["_history"]["loss"]) > (2 if kind == "single" else 1)]
    if "curve" in parts and with_history:
        chosen.append("curve")
    plots = [r.get("_plot", {}) for _, r in results]
    if "fit" in parts and any("model" in p and not p["classification"] and p["train"].raw.X.shape[1] == 1 for p in plots):
        chosen.append("fit")
    if "boundary" in parts and any("model" in p and p["classification"] and p["train"].raw.X.shape[1] == 2 for p in plots):
        chosen.append("boundary")
    if "contour" in parts and any("formula" in p and len(p["names"]) == 2 for p in plots):
        chosen.append("contour")
    for part in ("distance", "gap"):
        if part in parts and any(r["_history"].get(part) for _, r in results):
            chosen.append(part)
    return chosen


def draw(cell, kind, results, parts):
    """The cell's charts side by side in one figure (None when there is nothing to draw)."""
    if CHART_MODE == "none" or not results:
        return None
    import matplotlib.pyplot as plt

    use_fonts()
    chosen = panels(kind, results, parts)
    if not chosen:
        return None
    figure, axes = plt.subplots(1, len(chosen), figsize=(5.2 * len(chosen), 3.8), squeeze=False)
    for ax, panel in zip(axes[0], chosen):
        {"curve": draw_curves, "fit": draw_fit, "boundary": draw_boundary, "contour": draw_contour,
         "distance": lambda ax, results: draw_optimum(ax, results, "distance"),
         "gap": lambda ax, results: draw_optimum(ax, results, "gap")}[panel](ax, results)
    figure.tight_layout()
    return figure


def draw_curves(ax, results):
    """Training loss per epoch (a formula's value per step), the validation loss dashed; one colour per run."""
    w = words()
    formula = any("formula" in r.get("_plot", {}) for _, r in results)
    positive = True
    for index, (name, result) in enumerate(results):
        history, colour = result["_history"], "C%d" % (index % 10)
        single = len(results) == 1
        ax.plot(range(len(history["loss"])), history["loss"], color=colour,
                label=w["legendTrain"] if single and history["validation"] else (None if single else name))
        if history["validation"]:
            ax.plot(range(len(history["validation"])), history["validation"], color=colour, linestyle="--",
                    label=w["legendValidation"] if single else w["validationCurve"].replace("{run}", name))
        positive = positive and min(history["loss"] + history["validation"] or [1]) > 0
    values = [v for _, r in results for v in r["_history"]["loss"]]
    if positive and values and max(values) / min(values) > 1e3:
        ax.set_yscale("log")
    name = results[0][0]
    if len(results) == 1:
        ax.set_title((w["chartValuePerStep"] if formula else w["chartLossPerEpoch"]).replace("{run}", name))
    else:
        ax.set_title(w["chartCompareObjective"] if formula else w["chartCompareLoss"])
    ax.set_xlabel(w["step"] if formula else w["epoch"])
    ax.set_ylabel(w["objectiveValue"] if formula else w["axisLoss"])
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize="small")


def draw_optimum(ax, results, part):
    """The distance to the optimum (`part` "distance") or the loss gap J − J* ("gap") per epoch or step, on a log
    axis, one curve per run; entries at or below zero (the optimum reached to rounding) cannot be drawn there and
    are left out, as nbrun does."""
    w = words()
    formula = any("formula" in r.get("_plot", {}) for _, r in results)
    drawn = [(name, r["_history"][part]) for name, r in results if r["_history"].get(part)]
    for index, (name, values) in enumerate(drawn):
        points = [(i, v) for i, v in enumerate(values) if v > 0]
        if points:
            ax.plot([i for i, _ in points], [v for _, v in points], color="C%d" % (index % 10), label=name)
    ax.set_yscale("log")
    key = "Distance" if part == "distance" else "Gap"
    title = w["chart" + key].replace("{run}", drawn[0][0]) if len(drawn) == 1 else w["chartGroup" + key]
    ax.set_title(title)
    ax.set_xlabel(w["step"] if formula else w["epoch"])
    ax.set_ylabel(w["axis" + key])
    if len(drawn) > 1:
        ax.legend(fontsize="small")


def draw_fit(ax, results):
    """The training (and validation) points and each run's fitted curve over the feature's range."""
    w = words()
    first = results[0][1]["_plot"]
    for part, label, marker in ((first["train"], w["legendTrainingData"], "o"), (first["validation"], w["legendValidationData"], "s")):
        if part is not None:
            ax.scatter(part.raw.X[:, 0], part.y, s=12, alpha=0.6, marker=marker, label=label)
    low, high = first["train"].raw.X[:, 0].min(), first["train"].raw.X[:, 0].max()
    grid = np.linspace(low, high, 200)[:, None]
    for index, (name, result) in enumerate(results):
        plot = result.get("_plot", {})
        if "model" in plot:
            z = predict(plot, grid)
            ax.plot(grid[:, 0], z[:, 0], color="C%d" % ((index + 3) % 10), label=w["legendModel"] if len(results) == 1 else name)
    ax.set_title(w["chartFit"])
    ax.set_xlabel(first["train"].raw.names[0] if first["train"].raw.names else "x")
    ax.set_ylabel(first["train"].target)
    ax.legend(fontsize="small")


def predict(plot, raw_X):
    """The model's outputs on raw feature rows (expanded and standardized as the training rows were)."""
    with torch.no_grad():
        plot["model"].eval()
        return plot["model"](torch.tensor(plot["train"].transform(raw_X))).numpy()


def draw_boundary(ax, results):
    """The predicted class over the plane of the two features, with the training points on top."""
    w = words()
    name, result = results[0]
    plot = result["_plot"]
    X, y = plot["train"].raw.X, plot["train"].y
    pad_x, pad_y = 0.1 * np.ptp(X[:, 0]) or 1.0, 0.1 * np.ptp(X[:, 1]) or 1.0
    xs = np.linspace(X[:, 0].min() - pad_x, X[:, 0].max() + pad_x, 160)
    ys = np.linspace(X[:, 1].min() - pad_y, X[:, 1].max() + pad_y, 160)
    gx, gy = np.meshgrid(xs, ys)
    labels = predictions(predict(plot, np.column_stack([gx.ravel(), gy.ravel()])), True).reshape(gx.shape)
    classes = int(max(labels.max(), y.max())) + 1
    ax.contourf(gx, gy, labels, levels=np.arange(-0.5, classes), cmap="tab10", vmin=-0.5, vmax=9.5, alpha=0.25)
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="tab10", vmin=-0.5, vmax=9.5, s=12, edgecolors="white", linewidths=0.4)
    ax.set_title(w["chartBoundary"] if len(results) == 1 else name)
    names = plot["train"].raw.names
    ax.set_xlabel(names[0] if names else "x1")
    ax.set_ylabel(names[1] if len(names) > 1 else "x2")


def draw_contour(ax, results):
    """Contour lines of the formula over its two arguments, and each run's path from its start."""
    w = words()
    paths = [(name, np.array(r["_history"]["path"])) for name, r in results if len(r["_history"]["path"])]
    plot = next(r["_plot"] for _, r in results if "formula" in r.get("_plot", {}))
    points = np.vstack([p for _, p in paths]) if paths else np.zeros((1, 2))
    low, high = points.min(axis=0), points.max(axis=0)
    span = np.maximum(high - low, 1e-3)
    low, high = low - 0.15 * span, high + 0.15 * span
    xs, ys = np.linspace(low[0], high[0], 60), np.linspace(low[1], high[1], 60)
    Z = np.array([[plot["formula"](torch.tensor([x, y])).item() for x in xs] for y in ys])
    finite = Z[np.isfinite(Z)]
    if finite.size:
        bottom = finite.min()
        levels = np.unique(bottom + (finite.max() - bottom) * np.linspace(0, 1, 16) ** 2)
        if levels.size > 1:
            ax.contour(xs, ys, Z, levels=levels, cmap="viridis", linewidths=0.8)
    for index, (name, path) in enumerate(paths):
        colour = "C%d" % (index % 10)
        ax.plot(path[:, 0], path[:, 1], "-o", color=colour, markersize=2.5 if len(path) <= 200 else 0, linewidth=1.2, label=name)
        ax.plot(path[0, 0], path[0, 1], "s", color=colour, markersize=6)
    ax.set_title(w["chartContour"])
    ax.set_xlabel(plot["names"][0])
    ax.set_ylabel(plot["names"][1])
    if len(paths) > 1:
        ax.legend(fontsize="small")


def main(cells, program):
    """`python3 NAME.py`: trains every run, prints each cell's summary table and saves its charts as PNG files in
    NAME-charts/ beside the program; `--show` opens them in windows instead, `--json` prints nbrun's JSON only;
    `--run NAME` (repeatable) keeps only the cells of those runs."""
    global CHART_MODE, CHART_FOLDER
    arguments = sys.argv[1:]
    chosen = [arguments[i + 1] for i, a in enumerate(arguments[:-1]) if a == "--run"] or None
    unknown = [name for name in chosen or [] if name not in RUNS]
    if unknown:
        sys.exit("unknown run %s; the runs are: %s" % (", ".join(map(repr, unknown)), ", ".join(RUNS)))
    if chosen:
        cells = [(cell, kind, [n for n in names if n in chosen], parts) for cell, kind, names, parts in cells
                 if any(n in chosen for n in names)]
    if "--json" in arguments:
        print(json.dumps(run_all(chosen), indent=2))
        return
    if "--show" not in arguments:
        import matplotlib

        matplotlib.use("Agg")
        CHART_MODE = "save"
        CHART_FOLDER = os.path.splitext(os.path.abspath(program))[0] + "-charts"
    else:
        CHART_MODE = "show"
    for cell, kind, names, parts in cells:
        print("\n" + cell)
        show_cell(cell, kind, names, parts)


WORDS = {"en": {"run": "run", "status": "status", "epochs": "epochs", "steps": "steps", "metric": "metric", "value": "value", "epoch": "epoch", "step": "step", "axisLoss": "loss", "objectiveValue": "Value of the objective", "legendTrain": "train", "legendValidation": "validation", "legendTrainingData": "training data", "legendValidationData": "validation data", "legendModel": "model", "validationCurve": "{run} (validation)", "chartLossPerEpoch": "{run}: loss per epoch", "chartValuePerStep": "{run}: value per step", "chartFit": "fitted model", "chartBoundary": "decision regions", "chartCompareLoss": "training loss of each run", "chartCompareObjective": "value of the objective for each run", "chartContour": "contours of the objective with the optimizer's path", "axisDistance": "distance to the optimum ‖θ − θ*‖", "axisGap": "loss gap J − J*", "chartDistance": "{run}: distance to the optimum per epoch", "chartGap": "{run}: loss gap J − J* per epoch", "chartGroupDistance": "distance to the optimum of each run", "chartGroupGap": "loss gap J − J* of each run", "status_converged": "converged", "status_early_stopped": "early stopped", "status_diverged": "diverged", "status_max_epochs": "ran every epoch", "status_timed_out": "timed out", "status_error": "error", "status_checked": "checked", "metric_train_loss": "train loss", "metric_train_mse": "train mse", "metric_train_rmse": "train rmse", "metric_train_mae": "train mae", "metric_train_r2": "train r2", "metric_train_accuracy": "train accuracy", "metric_train_hamming": "train hamming", "metric_validation_loss": "validation loss", "metric_validation_mse": "validation mse", "metric_validation_rmse": "validation rmse", "metric_validation_mae": "validation mae", "metric_validation_r2": "validation r2", "metric_validation_accuracy": "validation accuracy", "metric_validation_hamming": "validation hamming", "metric_test_loss": "test loss", "metric_test_mse": "test mse", "metric_test_rmse": "test rmse", "metric_test_mae": "test mae", "metric_test_r2": "test r2", "metric_test_accuracy": "test accuracy", "metric_test_hamming": "test hamming", "metric_distance_to_optimum": "distance to optimum", "metric_value": "value", "metric_gradient_norm": "gradient norm"}, "zh": {"run": "运行", "status": "状态", "epochs": "轮数", "steps": "步数", "metric": "指标", "value": "值", "epoch": "轮次", "step": "步", "axisLoss": "损失", "objectiveValue": "目标函数值", "legendTrain": "训练", "legendValidation": "验证", "legendTrainingData": "训练数据", "legendValidationData": "验证数据", "legendModel": "模型", "validationCurve": "{run}（验证）", "chartLossPerEpoch": "{run}：每轮损失", "chartValuePerStep": "{run}：每步的值", "chartFit": "拟合的模型", "chartBoundary": "决策区域", "chartCompareLoss": "各次运行的训练损失", "chartCompareObjective": "各次运行的目标函数值", "chartContour": "目标函数等高线与优化路径", "axisDistance": "到最优解的距离 ‖θ − θ*‖", "axisGap": "损失差 J − J*", "chartDistance": "{run}：每轮到最优解的距离", "chartGap": "{run}：每轮的损失差 J − J*", "chartGroupDistance": "各次运行到最优解的距离", "chartGroupGap": "各次运行的损失差 J − J*", "status_converged": "收敛", "status_early_stopped": "早停", "status_diverged": "发散", "status_max_epochs": "跑完全部轮数", "status_timed_out": "超时", "status_error": "错误", "status_checked": "已检查", "metric_train_loss": "训练损失", "metric_train_mse": "训练均方误差", "metric_train_rmse": "训练均方根误差", "metric_train_mae": "训练平均绝对误差", "metric_train_r2": "训练 R²", "metric_train_accuracy": "训练准确率", "metric_train_hamming": "训练汉明损失", "metric_validation_loss": "验证损失", "metric_validation_mse": "验证均方误差", "metric_validation_rmse": "验证均方根误差", "metric_validation_mae": "验证平均绝对误差", "metric_validation_r2": "验证 R²", "metric_validation_accuracy": "验证准确率", "metric_validation_hamming": "验证汉明损失", "metric_test_loss": "测试损失", "metric_test_mse": "测试均方误差", "metric_test_rmse": "测试均方根误差", "metric_test_mae": "测试平均绝对误差", "metric_test_r2": "测试 R²", "metric_test_accuracy": "测试准确率", "metric_test_hamming": "测试汉明损失", "metric_distance_to_optimum": "到最优解的距离", "metric_value": "值", "metric_gradient_norm": "梯度范数"}}
LANGUAGE = "en"
