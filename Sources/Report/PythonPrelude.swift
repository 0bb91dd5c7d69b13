/// The Python of the runtime module (`PythonRuntime`, `nbrun_runtime.py`): numpy code that regenerates nbrun's
/// data, PyTorch for models and training, matplotlib for the charts, so that each run's function stays short.
///
/// The Python is real Python in `Sources/Report/Python/`, checked by `py_compile` in the tests; the EmbedPython
/// build plugin (`scripts/embed-python.sh`) turns each file into a string constant of this type at build time, so
/// the binary carries it and needs no resource files next to it. Each file is a section of the module:
///
/// - `data` (`data.py`): imports, `setup()` (the version check, the folder the data is read from), nbrun's seeded
///   generator (xoshiro256** through SplitMix64, Lemire's bounded integers, Box–Muller normals, Fisher–Yates
///   permutations) and its data sets, split, polynomial expansion and standardization.
/// - `training` (`training.py`): the history a run records for its charts, `nn.Linear` started at zero,
///   `nn.Sequential` networks initialized like `nn.Linear` from nbrun's generator with `nn.Dropout` masks drawn
///   from it, torch.nn's losses, and the objective `J = mean loss + l2·Σw²` with L1 as a proximal step.
/// - `lineSearch` (`line_search.py`): objectives as functions of a flat parameter vector with torch autograd's
///   gradient and Hessian; nbrun's newton, cg and lbfgs step for step and their driver; the first-order minimizer
///   of formulas around torch.optim; the formula report.
/// - `driver` (`driver.py`): nbrun's training loop around `torch.optim` (stop rules, Keras early stopping), the
///   closed form by QR, metrics and the report in nbrun's JSON shape.
/// - `charts` (`charts.py`): the runs of a file (`RUNS`), the summary tables, the matplotlib charts and `main()`.
enum PythonPrelude {
    /// The sections in module order.
    static var sections: [String] { [data, training, lineSearch, driver, charts] }
}
