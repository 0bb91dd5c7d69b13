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
