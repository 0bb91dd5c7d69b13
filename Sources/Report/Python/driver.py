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

