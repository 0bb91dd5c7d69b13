extension PythonPrelude {
    /// The affine model, the per-sample losses with their output gradients (torch.nn's formulas), the objective
    /// with L2 in the gradient and L1 as a proximal step, torch.optim's update rules and lr_scheduler's rates.
    static let training = #"""
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
"""#
}
