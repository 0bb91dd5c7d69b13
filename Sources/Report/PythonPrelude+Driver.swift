extension PythonPrelude {
    /// nbrun's iteration driver (stop rules, early stopping), the scikit-learn closed form, metrics, the report in
    /// nbrun's JSON shape and `main()`.
    static let driver = #"""
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
"""#
}
