/// A formula definition translated into Python for the `--to py` export: one PyTorch expression of the parameters,
/// the front-matter constants and the data columns, built from the same tree the formula compiler evaluates.
///
/// Sums over data rows (no bounds, or `1` to the row count) become `torch.sum` over column tensors; sums with
/// constant bounds are written out term by term (as the compiler unrolls them) or, when long, as Python's
/// `sum(… for i in range(…))`; functions of constants use `math`, functions of parameters `torch`, so autograd
/// gives the gradient and the Hessian.
public struct PythonFormula: Equatable {
    /// A TeX name and the Python identifier that stands for it.
    public struct Name: Equatable {
        /// The name as the compiler knows it (`lambda` for `\lambda`, `w_1`).
        public var tex: String
        /// A valid Python identifier (`lambda_`, `w_1`).
        public var python: String
    }

    /// A front-matter constant the body uses, and its value.
    public struct Constant: Equatable {
        /// Its name.
        public var name: Name
        /// Its value.
        public var value: Double
    }

    /// The function's name (`J`), as a Python identifier.
    public var function: String
    /// The arguments, in order.
    public var parameters: [Name]
    /// The front-matter constants the body uses, with their values.
    public var constants: [Constant]
    /// The data columns the body indexes (`x` for `x_i`), in order of first use.
    public var columns: [Name]
    /// Whether the body uses the row count (`N`, or an unbound upper bound), as the Python variable `N`.
    public var usesRowCount: Bool
    /// The body as one Python expression.
    public var expression: String

    /// Translates `definition`; `constants` are the numeric front-matter params, `hasData` whether the run binds
    /// data columns (then `N` is the row count and `x_i` inside a sum over `i` reads column `x`).
    ///
    /// - Throws: `FormulaError` for a formula the compiler rejects, or a construct this translation does not cover
    ///   (a parameter indexed inside a long sum, a sum over data nested in another).
    public static func translate(_ definition: FunctionDefinition, constants: [String: Double],
                                 hasData: Bool) throws -> PythonFormula {
        let expression = try ExpressionParser.parseAll(definition.body, tex: definition.tex, end: definition.bodyEnd)
        var emitter = PythonFormulaEmitter(tex: definition.tex, parameters: definition.parameters, constants: constants,
                                           hasData: hasData)
        emitter.rowCountNames.formUnion(TapeBuilder.upperBoundNames(expression))
        let body = try emitter.emit(expression)
        let formula = PythonFormula(
            function: PythonFormulaEmitter.identifier(definition.name),
            parameters: definition.parameters.map(Name.init(tex:)),
            constants: emitter.usedConstants.map { Constant(name: Name(tex: $0.name), value: $0.value) },
            columns: emitter.usedColumns.map(Name.init(tex:)), usesRowCount: emitter.usesRowCount, expression: body.text)
        try formula.checkDistinctNames(definition)
        return formula
    }

    /// Every name the export's generated code binds around a formula (the runtime module's functions and imports, the run
    /// function's variables, and the builtins the formula code calls): a formula name that equals one gets a
    /// trailing underscore (`lambda_`, `split_`), so it can neither hide them nor be hidden.
    public static let reservedNames: Set<String> = [
        // The runtime module's names (`from nbrun_runtime import *`) and the exported file's own.
        "ACTIVATIONS", "CELLS", "CHART_FOLDER", "CHART_MODE", "ConjugateGradient", "DATA_FOLDER", "Dataset",
        "Differentiable", "HERE", "Iterate", "LANGUAGE", "LBFGS", "MASK", "METRICS", "Newton", "RESULTS", "RUNS",
        "SeededDropout", "SeededGenerator", "TRACE", "VERSION", "WORDS", "Wolfe", "biases", "clip_gradients", "cross_validation", "data_columns", "data_path",
        "default_centers", "descend", "dot", "draw", "draw_boundary", "draw_contour", "draw_curves", "draw_fit", "draw_optimum",
        "draw_masks", "expand_polynomial", "finish", "flat", "fold_result", "fmax", "fmin", "formula_report", "generate_blobs",
        "generate_linear", "generate_polynomial", "generate_shape", "hinge", "init_weights", "initialize", "json", "kfold", "least_squares",
        "linear_model", "load", "load_csv", "main", "math", "minimize", "minimize_model", "model_function", "network",
        "nn", "norm", "np", "number", "objective", "optimum_history", "os", "panels", "predict", "predictions", "prepare", "prox_l1",
        "public", "record", "report", "run", "run_all", "setup", "show_cell", "split", "summary_table", "sys", "table",
        "tensors", "torch", "train", "use_fonts", "weights", "words",
        // The variables of a run's function and the formula function's argument.
        "N", "columns", "data", "optimizer", "point", "scheduler", "start", "status", "steps", "test", "theta",
        "train_part", "validation",
        // The builtins formula code calls.
        "abs", "float", "int", "len", "max", "min", "range", "sum",
    ]

    /// Throws when two different names of the formula (function, arguments, constants, columns) have the same
    /// Python identifier (`a.b` and `a_b`), which would silently bind one to the other's value.
    private func checkDistinctNames(_ definition: FunctionDefinition) throws {
        let names = [Name(tex: definition.name)] + parameters + constants.map(\.name) + columns
        var seen: [String: String] = [:]
        for name in names {
            if let other = seen[name.python], other != name.tex {
                throw FormulaError(.compile, "not exported to Python: \(other) and \(name.tex) would both be the Python name \(name.python)",
                                   at: 0, in: definition.tex)
            }
            seen[name.python] = name.tex
        }
    }
}

extension PythonFormula.Name {
    /// The TeX name and its Python identifier.
    init(tex: String) {
        self.init(tex: tex, python: PythonFormulaEmitter.identifier(tex))
    }
}
