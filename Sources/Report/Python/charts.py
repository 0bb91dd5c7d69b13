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
