#!/usr/bin/env python3
# Lines
#
# Exported by `nbrun nb.md --to py`: every run of the notebook as plain Python.
# Run `python3 nb.py` for a line per run, or add `--json` for nbrun's JSON shape
# (status, params, metrics). Needs numpy; closed-form runs need scikit-learn.


import json
import math
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


class Dataset:
    """Features X (n × d), targets y, and the class count for classification."""

    def __init__(self, X, y, classes=None):
        self.X, self.y, self.classes = np.asarray(X, dtype=float), np.asarray(y, dtype=float), classes

    def rows(self, index):
        return Dataset(self.X[index], self.y[index], self.classes)


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
    import os

    here = os.path.dirname(os.path.abspath(globals().get("__file__", "x")))
    with open(os.path.join(here, NOTEBOOK_FOLDER, file), newline="", encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle) if not (len(row) == 1 and not row[0].strip())]
    header, rows = [name.strip() for name in rows[0]], rows[1:]
    features = features or [name for name in header if name != target]
    X = [[float(row[header.index(name)]) for name in features] for row in rows]
    labels = [row[header.index(target)].strip() for row in rows]
    try:
        return Dataset(X, [float(label) for label in labels])
    except ValueError:
        classes = sorted(set(labels))
        return Dataset(X, [classes.index(label) for label in labels], classes=len(classes))


def split(data, validation, seed):
    """A seeded shuffle; the last round(n·fraction) rows are held out (nbrun's Dataset.split)."""
    if validation <= 0:
        return data, None
    n = len(data.y)
    order = SeededGenerator(seed).permutation(n)
    held = min(max(int(math.floor(n * validation + 0.5)), 1), n - 1)
    return data.rows(order[: n - held]), data.rows(order[n - held:])


def expand_polynomial(X, degree):
    """x, x², …, x^degree for each feature (no interactions)."""
    columns = []
    for c in range(X.shape[1]):
        power = np.ones(X.shape[0])
        for _ in range(degree):
            power = power * X[:, c]
            columns.append(power)
    return np.column_stack(columns)


def prepare(train, validation, degree=None, standardize=False):
    """Polynomial expansion, then standardization fitted on the training part (population std)."""
    parts = [train, validation]
    if degree:
        parts = [p and Dataset(expand_polynomial(p.X, degree), p.y, p.classes) for p in parts]
    if standardize:
        n = max(len(parts[0].y), 1)  # sums in row order, as nbrun's Standardizer
        mean = np.cumsum(parts[0].X, axis=0)[-1] / n
        std = np.sqrt(np.cumsum((parts[0].X - mean) ** 2, axis=0)[-1] / n)
        std[std == 0] = 1.0
        parts = [p and Dataset((p.X - mean) / std, p.y, p.classes) for p in parts]
    return parts[0], parts[1]


def total(values, axis=0):
    """Left-to-right sum, the order of nbrun's loops (numpy's sum is pairwise), so results agree bit for bit."""
    values = np.asarray(values, dtype=float)
    return np.cumsum(values, axis=axis)[-1] if values.shape[axis] else np.zeros(values.shape[1:])


def dot(a, b):
    return float(total(a * b))


def norm(v):
    return math.sqrt(dot(v, v))


class Linear:
    """z = X Wᵀ + b with k outputs; θ holds W row-major, then b; zero start (the problem is convex)."""

    def __init__(self, inputs, outputs):
        self.d, self.k = inputs, outputs
        self.theta = np.zeros(outputs * (inputs + 1))
        self.penalized = np.arange(self.theta.size) < outputs * inputs

    def outputs(self, X, theta):
        """z_o = b_o + Σ_c W[o, c]·x_c, features added in order."""
        W = theta[: self.k * self.d].reshape(self.k, self.d)
        z = np.tile(theta[self.k * self.d:], (X.shape[0], 1))
        for c in range(self.d):
            z = z + X[:, c:c + 1] * W[:, c]
        return z

    def gradient(self, X, delta):
        """∂/∂W = Σ δ xᵀ, ∂/∂b = Σ δ (sums; the caller divides by the batch size)."""
        products = (delta[:, :, None] * X[:, None, :]).reshape(len(X), -1)
        return np.concatenate([total(products), total(delta)])


def mse(z, y):
    """torch.nn.MSELoss per sample: (ŷ − y)², δ = 2(ŷ − y)."""
    r = z[:, 0] - y
    return r * r, (2 * r)[:, None]


def mae(z, y):
    r = z[:, 0] - y
    return np.abs(r), np.sign(r)[:, None]


def huber(z, y, delta=1.0):
    """torch.nn.HuberLoss: ½d² if |d| < δ, else δ(|d| − ½δ)."""
    d = z[:, 0] - y
    small = np.abs(d) < delta
    return np.where(small, 0.5 * d * d, delta * (np.abs(d) - 0.5 * delta)), np.where(small, d, delta * np.sign(d))[:, None]


def bce(z, y):
    """torch.nn.BCEWithLogitsLoss per sample: max(z,0) − z·y + log(1 + e^{−|z|})."""
    x = z[:, 0]
    sigmoid = np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1 + np.exp(-np.abs(x))))
    return np.maximum(x, 0) - x * y + np.log1p(np.exp(-np.abs(x))), (sigmoid - y)[:, None]


def cross_entropy(z, y):
    """torch.nn.CrossEntropyLoss per sample: −log softmax(z)_y, log-softmax as z − max − log Σ e^{z−max}."""
    labels = y.astype(int)
    shifted = z - z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    delta = np.exp(log_p)
    delta[np.arange(len(y)), labels] -= 1
    return -log_p[np.arange(len(y)), labels], delta


def hinge(z, y):
    """max(0, 1 − y·f) with labels ±1; several outputs: Crammer–Singer margin f_y − max_{k≠y} f_k."""
    if z.shape[1] == 1:
        s = np.where(y > 0.5, 1.0, -1.0)
        slack = 1 - s * z[:, 0]
        return np.maximum(slack, 0), np.where(slack > 0, -s, 0.0)[:, None]
    labels, rows = y.astype(int), np.arange(len(y))
    others = z.copy()
    others[rows, labels] = -np.inf
    rival = others.argmax(axis=1)
    slack = 1 - (z[rows, labels] - z[rows, rival])
    delta = np.zeros_like(z)
    delta[rows[slack > 0], labels[slack > 0]] = -1
    delta[rows[slack > 0], rival[slack > 0]] = 1
    return np.maximum(slack, 0), delta


class Objective:
    """J(θ) = (1/N) Σ loss_i + l1·Σ|w| + l2·Σw² (biases excluded); L1 is a proximal step after each update."""

    def __init__(self, model, loss, data, l1=0.0, l2=0.0):
        self.model, self.loss, self.data, self.l1, self.l2 = model, loss, data, l1, l2

    def data_loss(self, theta, data):
        return float(total(self.loss(self.model.outputs(data.X, theta), data.y)[0]) / max(len(data.y), 1))

    def penalty(self, theta):
        w = theta[self.model.penalized]
        return float(total(self.l1 * np.abs(w) + self.l2 * w * w))

    def smooth_gradient(self, theta, rows=None, generator=None):
        """Mean loss over the rows and the gradient of mean loss + l2 term (L2 adds 2·l2·w); a generator turns on
        dropout (training mode)."""
        data = self.data if rows is None else self.data.rows(rows)
        scale = 1 / max(len(data.y), 1)  # nbrun multiplies the sums by 1/N
        if isinstance(self.model, Linear):
            losses, delta = self.loss(self.model.outputs(data.X, theta), data.y)
            g = self.model.gradient(data.X, delta) * scale
        else:
            values, pres, masks = self.model.forward(data.X, theta, generator)
            losses, delta = self.loss(values[-1], data.y)
            g = total(self.model.backward(theta, values, pres, masks, delta)) * scale
        g = g + np.where(self.model.penalized, 2 * self.l2 * theta, 0.0)
        return float(total(losses) * scale), g

    def prox(self, theta, lr):
        """w ← sign(w)·max(|w| − lr·l1, 0) on the weights."""
        if self.l1 == 0:
            return theta
        shrunk = np.sign(theta) * np.maximum(np.abs(theta) - lr * self.l1, 0)
        return np.where(self.model.penalized, shrunk, theta)

    def stationarity(self, theta, g, lr):
        """‖∇f‖ without L1, else the norm of the proximal gradient mapping (θ − prox(θ − lr·∇f))/lr."""
        if self.l1 == 0:
            return norm(g)
        return norm((theta - self.prox(theta - lr * g, lr)) / lr)


class SGD:
    """torch.optim.SGD: b = g on the first step, then b = μb + g; θ ← θ − lr·b (Nesterov: along g + μb)."""

    def __init__(self, lr, momentum=0.0, nesterov=False):
        self.lr, self.momentum, self.nesterov, self.buffer = lr, momentum, nesterov, None

    def step(self, theta, g, lr):
        if self.momentum == 0:
            return theta - lr * g
        self.buffer = g.copy() if self.buffer is None else self.momentum * self.buffer + g
        return theta - lr * (g + self.momentum * self.buffer if self.nesterov else self.buffer)


class Adam:
    """torch.optim.Adam (AdamW with weight_decay > 0: w ← w(1 − lr·wd) first, weights only)."""

    def __init__(self, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, amsgrad=False, weight_decay=0.0, penalized=None):
        self.lr, self.b1, self.b2, self.eps, self.amsgrad = lr, beta1, beta2, eps, amsgrad
        self.wd, self.penalized, self.t, self.m, self.v, self.vmax = weight_decay, penalized, 0, 0.0, 0.0, 0.0

    def step(self, theta, g, lr):
        self.t += 1
        if self.wd > 0:
            theta = np.where(self.penalized, theta * (1 - lr * self.wd), theta)
        self.m = self.b1 * self.m + (1 - self.b1) * g
        self.v = self.b2 * self.v + (1 - self.b2) * g * g
        self.vmax = np.maximum(self.vmax, self.v)
        v = self.vmax if self.amsgrad else self.v
        den = np.sqrt(v) / math.sqrt(1 - self.b2 ** self.t) + self.eps
        return theta - lr / (1 - self.b1 ** self.t) * self.m / den


class Adagrad:
    """torch.optim.Adagrad: s += g²; θ ← θ − lr/(1 + (t−1)·lr_decay) · g/(√s + eps)."""

    def __init__(self, lr=1e-2, eps=1e-10, lr_decay=0.0):
        self.lr, self.eps, self.decay, self.s, self.t = lr, eps, lr_decay, 0.0, 0

    def step(self, theta, g, lr):
        self.t += 1
        self.s = self.s + g * g
        return theta - lr / (1 + (self.t - 1) * self.decay) * g / (np.sqrt(self.s) + self.eps)


class RMSprop:
    """torch.optim.RMSprop: v = αv + (1−α)g²; θ ← θ − lr·g/(√v + eps); centered and momentum as torch."""

    def __init__(self, lr=1e-2, alpha=0.99, eps=1e-8, momentum=0.0, centered=False):
        self.lr, self.alpha, self.eps, self.momentum, self.centered = lr, alpha, eps, momentum, centered
        self.v, self.mean, self.buffer = 0.0, 0.0, 0.0

    def step(self, theta, g, lr):
        self.v = self.alpha * self.v + (1 - self.alpha) * g * g
        variance = self.v
        if self.centered:
            self.mean = self.alpha * self.mean + (1 - self.alpha) * g
            variance = self.v - self.mean * self.mean
        direction = g / (np.sqrt(variance) + self.eps)
        if self.momentum > 0:
            self.buffer = self.momentum * self.buffer + direction
            direction = self.buffer
        return theta - lr * direction


def output_hessian(name, z, y):
    """∂²loss/∂z² per sample, k × k: mse 2, huber (δ = 1) 1 inside δ, bce σ(1−σ), cross-entropy diag(p) − ppᵀ."""
    n, k = z.shape
    if name == "mse":
        return np.full((n, 1, 1), 2.0)
    if name == "huber":
        return (np.abs(z[:, 0] - y) < 1.0).astype(float)[:, None, None]
    if name == "bce":
        p = 1 / (1 + np.exp(-z[:, 0]))
        return (p * (1 - p))[:, None, None]
    if name == "cross_entropy":
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        return np.einsum("io,op->iop", p, np.eye(k)) - np.einsum("io,ip->iop", p, p)
    raise ValueError("no Hessian for the " + name + " loss")


def hessian(objective, loss_name, theta):
    """∇²J for the affine model: (1/N) Σ J_iᵀ H_i J_i + 2·l2 on the weights, θ ordered as W row-major, then b."""
    model, X = objective.model, objective.data.X
    A = np.hstack([X, np.ones((X.shape[0], 1))])
    H_out = output_hessian(loss_name, model.outputs(X, theta), objective.data.y)
    full = np.einsum("iop,ia,ib->oapb", H_out, A, A) / max(len(X), 1)
    d, k = model.d, model.k
    index = np.array([[o * d + a if a < d else k * d + o for a in range(d + 1)] for o in range(k)])
    H = np.zeros((theta.size, theta.size))
    H[np.ix_(index.ravel(), index.ravel())] = full.reshape(k * (d + 1), k * (d + 1))
    return H + np.diag(np.where(model.penalized, 2 * objective.l2, 0.0))


def scheduled_rate(schedule, lr0, epoch):
    """torch.optim.lr_scheduler rates, epoch 0-based: StepLR, ExponentialLR, CosineAnnealingLR (no clamp)."""
    name = schedule["name"]
    if name == "step":
        return lr0 * schedule["gamma"] ** (epoch // schedule["every"])
    if name == "exponential":
        return lr0 * schedule["gamma"] ** epoch
    if name == "cosine":
        low = schedule["min_lr"]
        return low + (lr0 - low) * (1 + math.cos(math.pi * epoch / schedule["period"])) / 2
    return lr0


ACTIVATIONS = {
    "relu": (lambda z: np.where(z > 0, z, 0.0), lambda z, a: np.where(z > 0, 1.0, 0.0)),
    "tanh": (np.tanh, lambda z, a: 1 - a * a),
    "sigmoid": (lambda z: np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z)))),
                lambda z, a: a * (1 - a)),
}


class MLP:
    """nn.Sequential(nn.Linear, activation, nn.Dropout(p), …, nn.Linear): layers initialized like nn.Linear
    (weights, then biases, uniform in ±1/√fan_in from the run's generator); inverted dropout on hidden units
    (keep with probability 1 − p, scale by 1/(1 − p)), one uniform per unit and row, in nbrun's order."""

    def __init__(self, widths, activation="relu", dropout=0.0):
        self.widths, self.dropout = widths, dropout
        self.activate, self.derivative = ACTIVATIONS[activation]
        self.offsets = [0]
        for l in range(1, len(widths)):
            self.offsets.append(self.offsets[-1] + widths[l] * (widths[l - 1] + 1))
        self.penalized = np.concatenate([np.arange(widths[l] * (widths[l - 1] + 1)) < widths[l] * widths[l - 1]
                                         for l in range(1, len(widths))])
        self.k, self.theta = widths[-1], np.zeros(self.offsets[-1])

    def initialize(self, generator):
        for l in range(1, len(self.widths)):
            bound = 1 / math.sqrt(self.widths[l - 1])
            for i in range(self.offsets[l - 1], self.offsets[l]):
                self.theta[i] = generator.uniform(-bound, bound)

    def layer(self, theta, l):
        n_in, n_out, base = self.widths[l - 1], self.widths[l], self.offsets[l - 1]
        return theta[base:base + n_out * n_in].reshape(n_out, n_in), theta[base + n_out * n_in:self.offsets[l]]

    def forward(self, X, theta, generator=None):
        """Activations, pre-activations and masks per layer; masks drawn when a generator is given (training)."""
        hidden = sum(self.widths[1:-1])
        draws = None
        if generator is not None and self.dropout > 0:
            keep = 1 - self.dropout
            u = np.array([generator.uniform() for _ in range(len(X) * hidden)]).reshape(len(X), hidden)
            draws = np.where(u < keep, 1 / keep, 0.0)
        a, values, pres, masks, used = X, [X], [None], [None], 0
        for l in range(1, len(self.widths)):
            W, b = self.layer(theta, l)
            z = np.tile(b, (len(X), 1))
            for i in range(W.shape[1]):
                z = z + a[:, i:i + 1] * W[:, i]
            if l == len(self.widths) - 1:
                a, mask = z, None
            else:
                mask = draws[:, used:used + W.shape[0]] if draws is not None else np.ones_like(z)
                used += W.shape[0]
                a = mask * self.activate(z)
            values.append(a)
            pres.append(z)
            masks.append(mask)
        return values, pres, masks

    def outputs(self, X, theta):
        return self.forward(X, theta)[0][-1]

    def backward(self, theta, values, pres, masks, delta):
        """Per-row gradient contributions (rows × parameters); the caller sums them in row order."""
        parts = [None] * (len(self.widths) - 1)
        for l in range(len(self.widths) - 1, 0, -1):
            W, _ = self.layer(theta, l)
            a = values[l - 1]
            parts[l - 1] = np.concatenate([(delta[:, :, None] * a[:, None, :]).reshape(len(a), -1), delta], axis=1)
            if l > 1:
                total_in = np.zeros_like(a)
                for o in range(W.shape[0]):
                    total_in = total_in + W[o] * delta[:, o:o + 1]
                mask = masks[l - 1]
                activated = np.where(mask == 0, 0.0, a / np.where(mask == 0, 1.0, mask))
                delta = total_in * mask * self.derivative(pres[l - 1], activated)
        return np.concatenate(parts, axis=1)


class Iterate:
    """A point with J's value and gradient (mean loss + l2 term; line-search runs have no L1)."""

    def __init__(self, objective, x, step=0.0):
        loss, g = objective.smooth_gradient(x)
        w = x[objective.model.penalized]
        self.x, self.value, self.g, self.step = x, loss + float(total(objective.l2 * w * w)), g, step
        self.finite = math.isfinite(self.value) and np.isfinite(g).all() and np.isfinite(x).all()


class Wolfe:
    """Strong-Wolfe line search (Nocedal & Wright 3.5/3.6): double until bracketed, zoom by safeguarded cubic
    interpolation; with refine, one secant step on φ′ (exact on a quadratic, CG's finite termination)."""

    def __init__(self, c1, c2, refine=False):
        self.c1, self.c2, self.refine, self.max_evaluations = c1, c2, refine, 40

    def trial(self, objective, current, p, alpha):
        it = Iterate(objective, current.x + alpha * p, alpha)
        slope = dot(it.g, p) if np.isfinite(it.g).all() else math.nan
        return alpha, it, slope

    def bad(self, t, origin):
        return not (t[1].value <= origin[1].value + self.c1 * t[0] * origin[2])

    def search(self, objective, current, p, initial):
        slope0 = dot(current.g, p)
        if not (slope0 < 0 and initial > 0 and math.isfinite(initial)):
            return None
        origin = previous = (0.0, current, slope0)
        alpha = initial
        for count in range(self.max_evaluations):
            t = self.trial(objective, current, p, alpha)
            if not math.isfinite(t[1].value) or self.bad(t, origin) or (count > 0 and t[1].value >= previous[1].value):
                return self.finish(objective, current, p, origin, self.zoom(objective, current, p, origin, previous, t))
            if abs(t[2]) <= -self.c2 * slope0:
                return self.finish(objective, current, p, origin, t)
            if t[2] >= 0:
                return self.finish(objective, current, p, origin, self.zoom(objective, current, p, origin, t, previous))
            previous, alpha = t, alpha * 2
        return previous[1] if previous[0] > 0 else None

    def zoom(self, objective, current, p, origin, low, high):
        for _ in range(self.max_evaluations):
            t = self.trial(objective, current, p, self.interpolate(low, high))
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

    def finish(self, objective, current, p, origin, accepted):
        if accepted is None:
            return None
        if not (self.refine and math.isfinite(accepted[2]) and accepted[2] > origin[2]
                and abs(accepted[2]) > 1e-14 * abs(origin[2])):
            return accepted[1]
        alpha = accepted[0] * origin[2] / (origin[2] - accepted[2])
        if not (math.isfinite(alpha) and alpha > 0):
            return accepted[1]
        t = self.trial(objective, current, p, alpha)
        better = t[1].finite and t[1].value <= accepted[1].value and abs(t[2]) <= abs(accepted[2]) and not self.bad(t, origin)
        return t[1] if better else accepted[1]


class Newton:
    """Solve H p = −g by Cholesky (damping λ = 1e-8·s … s on failure, else p = −g), Armijo backtracking from α = 1
    (c1 = 1e-4, halving): as scipy.optimize.minimize(method="Newton-CG") with the exact Hessian, solved directly."""

    def __init__(self, loss_name):
        self.loss_name = loss_name

    def advance(self, objective, current):
        H, g = hessian(objective, self.loss_name, current.x), current.g
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
            nxt = Iterate(objective, current.x + alpha * p, alpha)
            if math.isfinite(nxt.value) and nxt.value <= current.value + 1e-4 * alpha * slope:
                return nxt
            alpha /= 2
        return None


class ConjugateGradient:
    """Polak–Ribière+ with strong Wolfe (c1 = 1e-4, c2 = 0.4) and SciPy's first trial step, as
    scipy.optimize.minimize(method="CG")."""

    def __init__(self):
        self.p, self.previous, self.search = None, None, Wolfe(1e-4, 0.4, refine=True)

    def advance(self, objective, current):
        p = -current.g if self.p is None or dot(self.p, current.g) >= 0 else self.p
        slope = dot(p, current.g)
        if not slope < 0:
            return None
        before = self.previous if self.previous is not None else current.value + norm(current.g) / 2
        initial = min(1.0, 2.02 * (current.value - before) / slope)
        if not (initial > 0) or not math.isfinite(initial):
            initial = 1.0
        nxt = self.search.search(objective, current, p, initial)
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

    def advance(self, objective, current):
        p = self.direction(current.g)
        if dot(p, current.g) >= 0:
            self.pairs, p = [], -current.g
        initial = min(1.0, 1 / max(norm(current.g), 1e-300)) if not self.pairs else 1.0
        nxt = self.search.search(objective, current, p, initial)
        if nxt is None:
            if not self.pairs:
                return None
            self.pairs = []
            return self.advance(objective, current)
        s, y = nxt.x - current.x, nxt.g - current.g
        sy, yy = dot(s, y), dot(y, y)
        if sy > 1e-10 * yy and math.isfinite(sy):
            self.pairs = (self.pairs + [(s, y, 1 / sy)])[-self.memory:]
        return nxt


def minimize(objective, method, validation, epochs, tolerance, early_stopping=None):
    """nbrun's driver for line-search methods: entry 0 at the zero start, one iteration per epoch; converged when
    ‖∇J‖ < tolerance or when the line search finds no lower value (stalled), early stopping as in train()."""
    current = Iterate(objective, objective.model.theta.copy())
    best, best_epoch, best_theta, wait = math.inf, 0, None, 0

    def end(status, epoch, last):
        restore = status != "diverged" and early_stopping and early_stopping["restore_best"] and best_theta is not None
        return status, epoch, (best_theta if restore else last), (best_epoch if early_stopping else None)

    def entry(it):
        v_loss = objective.data_loss(it.x, validation) if validation else 0.0
        size = norm(it.g)
        return it.finite and math.isfinite(size) and math.isfinite(v_loss), size, v_loss

    finite, size, _ = entry(current)
    if not finite:
        return end("diverged", 0, current.x)
    if tolerance > 0 and size < tolerance:
        return end("converged", 0, current.x)
    for epoch in range(1, max(epochs, 1) + 1):
        nxt = method.advance(objective, current)
        if nxt is None:
            return end("converged", epoch - 1, current.x)  # stalled: no lower value along the direction
        finite, size, v_loss = entry(nxt)
        if not finite:
            return end("diverged", epoch - 1, current.x)
        current = nxt
        if tolerance > 0 and size < tolerance:
            return end("converged", epoch, current.x)
        if early_stopping and validation:
            if v_loss + early_stopping["min_delta"] < best:
                best, best_epoch, best_theta, wait = v_loss, epoch, current.x, 0
            else:
                wait += 1
                if wait >= early_stopping["patience"]:
                    return end("early_stopped", epoch, current.x)
    return end("max_epochs", epochs, current.x)


def train(objective, optimizer, validation, epochs, tolerance, batch_size=None, schedule=None, seed=0,
          early_stopping=None):
    """nbrun's iteration driver: entry 0 is the start; each epoch shuffles (mini-batches only), steps after every
    batch at the epoch's scheduled rate, then re-evaluates. Stops: diverged (non-finite), converged (gradient norm
    < tolerance), early stopping (Keras 3: improvement means loss + min_delta < best), else max_epochs."""
    generator = SeededGenerator(seed)  # initialization, shuffles and dropout draw from the run's seed, in this order
    if hasattr(objective.model, "initialize"):
        objective.model.initialize(generator)
    theta, n = objective.model.theta.copy(), len(objective.data.y)
    dropout = getattr(objective.model, "dropout", 0) > 0
    batch = min(max(batch_size or n, 1), n)
    rate = lambda e: scheduled_rate(schedule or {"name": "constant"}, optimizer.lr, e)
    best, best_epoch, best_theta, wait = math.inf, 0, None, 0

    def evaluate(theta, epoch):
        loss, g = objective.smooth_gradient(theta)
        value = loss + objective.penalty(theta)
        norm = objective.stationarity(theta, g, rate(epoch))
        v_loss = objective.data_loss(theta, validation) if validation else 0.0
        finite = all(math.isfinite(x) for x in (loss, value, norm, v_loss)) and np.isfinite(theta).all()
        return finite, norm, (v_loss if validation else None)

    def end(status, epoch, last):
        restore = status != "diverged" and early_stopping and early_stopping["restore_best"] and best_theta is not None
        return status, epoch, (best_theta if restore else last), (best_epoch if early_stopping else None)

    finite, norm, _ = evaluate(theta, 0)
    if not finite:
        return end("diverged", 0, theta)
    if tolerance > 0 and norm < tolerance:
        return end("converged", 0, theta)
    for epoch in range(1, max(epochs, 1) + 1):
        lr, moved = rate(epoch - 1), theta
        order = list(range(n)) if batch >= n else generator.permutation(n)
        for start in range(0, n, batch):
            _, g = objective.smooth_gradient(moved, order[start:start + batch], generator if dropout else None)
            moved = objective.prox(optimizer.step(moved, g, lr), lr)
            if not np.isfinite(moved).all():
                break
        finite, norm, v_loss = evaluate(moved, epoch)
        if not finite:  # nbrun keeps the last finite epoch
            return end("diverged", epoch - 1, theta)
        theta = moved
        if tolerance > 0 and norm < tolerance:
            return end("converged", epoch, theta)
        if early_stopping and validation:
            if v_loss + early_stopping["min_delta"] < best:
                best, best_epoch, best_theta, wait = v_loss, epoch, theta, 0
            else:
                wait += 1
                if wait >= early_stopping["patience"]:
                    return end("early_stopped", epoch, theta)
    return end("max_epochs", epochs, theta)


def least_squares(data, l2=0.0):
    """The exact minimizer of (1/N)Σr² + l2‖w‖² with scikit-learn: Ridge minimizes Σr² + α‖w‖², so α = l2·N
    (the intercept is unpenalized in both)."""
    from sklearn.linear_model import LinearRegression, Ridge

    N = len(data.y)
    fitted = Ridge(alpha=l2 * N, solver="cholesky") if l2 > 0 else LinearRegression()
    fitted.fit(data.X, data.y)
    return np.append(fitted.coef_, fitted.intercept_)


def predictions(model, theta, data, classification):
    z = model.outputs(data.X, theta)
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


def report(objective, validation, theta, status, epochs, metrics, classification, names, best_epoch=None, optimum=None,
           method=None):
    """The run in nbrun's JSON shape: status, params and metrics (and "method": "scipy" for SciPy's minimizers)."""
    model, out = objective.model, {}
    for prefix, data in (("train", objective.data), ("validation", validation)):
        if data is None:
            continue
        out[prefix + "_loss"] = objective.data_loss(theta, data)
        p = predictions(model, theta, data, classification)
        for name in metrics:
            out[prefix + "_" + name] = METRICS[name](p, data.y)
    if optimum is not None:
        out["distance_to_optimum"] = float(np.linalg.norm(theta - optimum))
    if isinstance(model, MLP):
        layers = [model.layer(theta, l) for l in range(1, len(model.widths))]
        layers = [{"weights": W.tolist(), "bias": b.tolist()} for W, b in layers]
        return {"status": status, "params": {"layers": layers, "names": names}, "metrics": out, "epochs": epochs}
    d, k = model.d, model.k
    if k == 1:
        params = {"weights": list(map(float, theta[:d])), "bias": float(theta[d]), "names": names}
    else:
        params = {"weights": [list(map(float, theta[o * d:(o + 1) * d])) for o in range(k)],
                  "bias": list(map(float, theta[k * d:])), "names": names}
    result = {"status": status, "params": params, "metrics": out, "epochs": epochs}
    if best_epoch is not None:
        result["best_epoch"] = best_epoch
    if method is not None:
        result["method"] = method
    return result


RUNS = {}


def summary(name, result):
    shown = ", ".join("%s %.6g" % item for item in result["metrics"].items())
    return "%-16s %-14s %s" % (name, result["status"], shown)


def show(name):
    """Trains run `name` (if it was exported) and prints its summary line."""
    print(summary(name, RUNS[name]()) if name in RUNS else name + ": not exported")


def main():
    results = {name: run() for name, run in RUNS.items()}
    if "--json" in sys.argv[1:]:
        print(json.dumps({"runs": results}, indent=2))
        return
    for name, result in results.items():
        print(summary(name, result))


NOTEBOOK_FOLDER = "."  # CSV paths are relative to it


# # Lines
# ## The exact answer
# ──── run "exact" ────────────────────────────────────────
def run_exact():
    # Data: 100 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=100, weights=[2], bias=1, noise=0.5, seed=0)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=0)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = Linear(inputs=train_part.X.shape[1], outputs=1)
    # Objective: (1/N) Σ mse_i + l1·Σ|w| + l2·Σw² (the bias is never penalized).
    objective = Objective(model, mse, train_part, l1=0, l2=0.02)

    # The normal equations, solved by scikit-learn (Ridge's α = l2·N, since it sums the squared errors).
    theta = least_squares(train_part, l2=objective.l2)
    status, epochs, best_epoch = "converged", 1, None

    optimum = theta  # the closed form is the optimum: distance_to_optimum is 0
    return report(objective, validation, theta, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum)


RUNS["exact"] = run_exact


# ──── run "too-fast" ────────────────────────────────────────
def run_too_fast():
    # Data: 100 rows of y = w·x + b + 0.5·ε, from nbrun's seeded generator.
    data = generate_linear(n=100, weights=[2], bias=1, noise=0.5, seed=0)
    # Validation split (fraction 0, a seeded shuffle), then expansion and standardization.
    train_part, validation = split(data, validation=0, seed=0)
    train_part, validation = prepare(train_part, validation, degree=None, standardize=False)

    # Model: z = X Wᵀ + b (1 output), starting at zero like nbrun's linear model.
    model = Linear(inputs=train_part.X.shape[1], outputs=1)
    # Objective: (1/N) Σ mse_i + l1·Σ|w| + l2·Σw² (the bias is never penalized).
    objective = Objective(model, mse, train_part, l1=0, l2=0)

    # torch.optim.SGD(params, lr=0.1, momentum=0.9, nesterov=False).
    optimizer = SGD(lr=0.1, momentum=0.9, nesterov=False)
    status, epochs, theta, best_epoch = train(
        objective, optimizer, validation, epochs=100, tolerance=1e-06,
        batch_size=None, schedule={"name": "constant"}, seed=42,
        early_stopping=None)

    optimum = least_squares(train_part, l2=objective.l2)  # for distance_to_optimum
    return report(objective, validation, theta, status, epochs, metrics=["r2"],
                  classification=False, names=["x"], best_epoch=best_epoch, optimum=optimum)


RUNS["too-fast"] = run_too_fast


# ──── run "net" ────────────────────────────────────────
# Not exported: formula objectives are not exported yet.


if __name__ == "__main__":
    main()
