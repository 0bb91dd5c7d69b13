extension PythonPrelude {
    /// nbrun's multilayer perceptron (Sources/Engine/MLPModel.swift and +Passes): nn.Linear initialization from the
    /// run's generator, activations, inverted dropout with nbrun's draw order, and backpropagation.
    static let network = #"""
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
"""#
}
