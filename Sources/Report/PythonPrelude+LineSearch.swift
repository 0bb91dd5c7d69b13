extension PythonPrelude {
    /// nbrun's line-search methods for newton, cg and lbfgs runs (Sources/Engine/NewtonMethod.swift,
    /// ConjugateGradient.swift, LBFGS.swift, WolfeLineSearch.swift), step for step, and their driver.
    static let lineSearch = #"""
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
"""#
}
