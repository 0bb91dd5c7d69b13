/// The Python prelude of every exported program: numpy code that regenerates nbrun's data, PyTorch for models and
/// training, so that each run's function stays short.
///
/// The Python is real Python in `Sources/Report/Python/`, checked by `py_compile` in the tests; the EmbedPython
/// build plugin (`scripts/embed-python.sh`) turns each file into a string constant of this type at build time, so
/// the binary carries it and needs no resource files next to it. Each file is a section of the program:
///
/// - `data` (`data.py`): imports, nbrun's seeded generator (xoshiro256** through SplitMix64, Lemire's bounded
///   integers, Box–Muller normals, Fisher–Yates permutations) and its data sets, split, polynomial expansion and
///   standardization.
/// - `training` (`training.py`): `nn.Linear` started at zero, `nn.Sequential` networks initialized like `nn.Linear`
///   from nbrun's generator with `nn.Dropout` masks drawn from it, torch.nn's losses, and the objective
///   `J = mean loss + l2·Σw²` with L1 as a proximal step.
/// - `lineSearch` (`line_search.py`): objectives as functions of a flat parameter vector with torch autograd's
///   gradient and Hessian; nbrun's newton, cg and lbfgs step for step and their driver; the first-order minimizer
///   of formulas around torch.optim; the formula report.
/// - `driver` (`driver.py`): nbrun's training loop around `torch.optim` (stop rules, Keras early stopping), the
///   scikit-learn closed form, metrics, the report in nbrun's JSON shape and `main()`.
enum PythonPrelude {
    /// The sections in program order.
    static var sections: [String] { [data, training, lineSearch, driver] }
}
