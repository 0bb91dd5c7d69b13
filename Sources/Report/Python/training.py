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
