import Formula
import Notebook
import PythonSyntax

extension PythonRunCode {
    /// A formula run (`objective: NAME`): the formula as a torch function of its arguments, translated from the
    /// formula compiler's tree (front-matter constants and data columns bound as nbrun binds them), minimized by
    /// nbrun's newton, cg or lbfgs on torch autograd's gradient and Hessian, or by a torch.optim optimizer.
    func formulaLines() throws -> [String] {
        guard case let .string(name)? = config["objective"], let tex = export.formula(named: name, before: run) else {
            throw Refusal(message: "the formula of this run could not be found")
        }
        let formula: PythonFormula
        do {
            guard let definition = try FormulaCompiler.parseDefinition(tex) else {
                throw Refusal(message: "formula '\(name)' is not a function definition")
            }
            formula = try PythonFormula.translate(definition, constants: export.result.constants, hasData: config["data"] != nil)
        } catch let error as FormulaError {
            throw Refusal(message: error.message)
        }
        var lines = config["data"] == nil ? [] : try dataLines() + [""]
        let heading = "The formula, as torch operations translated from nbrun's formula compiler (autograd gives\nthe gradient and the Hessian):\n"
        lines.append(PythonSource.comment(heading + IPyNBWriter.trimmingTrailingNewlines(tex)))
        for constant in formula.constants {
            lines.append("\(constant.name.python) = \(PythonLiteral.make(.number(constant.value)))  " + PythonSource.comment("front-matter param \(constant.name.tex)"))
        }
        if config["data"] != nil {
            let names = formula.columns.map(\.python).joined(separator: ", ")
            let reads = formula.columns.map { "columns[\(PythonSource.string($0.tex))]" }.joined(separator: ", ")
            lines.append("columns = data_columns(train_part)  # the training rows' columns by name")
            if !formula.columns.isEmpty { lines.append("\(names) = \(reads)") }
            if formula.usesRowCount { lines.append("N = len(train_part.y)") }
        }
        let arguments = formula.parameters.map(\.python)
        lines += [
            "",
            "def \(formula.function)(theta):",
            "    \(arguments.joined(separator: ", "))\(arguments.count == 1 ? "," : "") = theta",
            "    return \(formula.expression)",
            "",
            "start = \(literal(.array(formula.parameters.map { config["start"]?[$0.tex] ?? .null })))  " + PythonSource.comment(formula.parameters.map(\.tex).joined(separator: ", ")),
        ]
        return lines + (try formulaMinimization(formula.function)) + [
            "return formula_report(\(formula.function), point, status, steps, names=\(literal(.array(formula.parameters.map { .string($0.tex) }))))",
        ]
    }

    /// The minimization of the formula function `function` from `start`.
    private func formulaMinimization(_ function: String) throws -> [String] {
        guard let optimizer = config["optimizer"], case let .string(name)? = optimizer["name"] else {
            throw Refusal(message: "the run has no optimizer")
        }
        let spelling = try Self.spelling(ofOptimizer: name)
        let steps = literal(config["epochs"]), tolerance = literal(config["tolerance"])
        let comment = PythonSource.comment(spelling.comment { literal(optimizer[$0]) })
        switch spelling.call {
        case .lineSearch:
            let method = spelling.constructor(parameters: "") { literal(optimizer[$0]) } ?? ""
            return [comment, "status, steps, point, _ = minimize(Differentiable(\(function)), \(method), start, epochs=\(steps), tolerance=\(tolerance))"]
        case .torch:
            let constructor = spelling.constructor(parameters: "params") { literal(optimizer[$0]) } ?? ""
            return [
                comment,
                "optimizer = lambda params: \(constructor)",
                "scheduler = lambda optimizer: \(try schedulerCall())",
                "status, steps, point = descend(\(function), start, optimizer, scheduler, steps=\(steps), tolerance=\(tolerance))",
            ]
        case .exact:
            throw Refusal(message: "the \(name) optimizer solves a model's least squares, not a formula")
        }
    }
}
