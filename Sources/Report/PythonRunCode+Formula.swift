import Formula
import Notebook
import PythonSyntax
import Output
import Results

extension PythonRunCode {
    /// A formula run (`objective: NAME`): the formula as a torch function of its arguments, translated from the
    /// formula compiler's tree (front-matter constants and data columns bound as nbrun binds them), minimized by
    /// nbrun's newton, cg or lbfgs on torch autograd's gradient and Hessian, or by a torch.optim optimizer.
    func formulaLines(_ objective: ResolvedObjective) throws -> [String] {
        let name = objective.formula
        guard let tex = export.formula(named: name, before: run) else {
            throw Refusal(message: "the formula of this run could not be found")
        }
        let formula: PythonFormula
        do {
            guard let definition = try FormulaCompiler.parseDefinition(tex) else {
                throw Refusal(message: "formula '\(name)' is not a function definition")
            }
            formula = try PythonFormula.translate(definition, constants: export.result.constants, hasData: settings.data != nil)
        } catch let error as FormulaError {
            throw Refusal(message: error.message)
        }
        var lines = settings.data == nil ? [] : try dataLines() + [""]
        let heading = "The formula, as torch operations translated from nbrun's formula compiler (autograd gives\nthe gradient and the Hessian):\n"
        lines.append(PythonSource.comment(heading + IPyNBWriter.trimmingTrailingNewlines(tex)))
        for constant in formula.constants {
            lines.append("\(constant.name.python) = \(PythonLiteral.make(.number(constant.value)))  " + PythonSource.comment("front-matter param \(constant.name.tex)"))
        }
        if settings.data != nil {
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
            "start = \(startList(formula, objective))  " + PythonSource.comment(formula.parameters.map(\.tex).joined(separator: ", ")),
        ]
        // A known minimizer (`optimum:`) gives the charts their distance and gap per step.
        let optimum = objective.optimum.map { known in
            ", optimum=" + PythonLiteral.make(.array(formula.parameters.map { parameter in
                known.first { $0.name == parameter.tex }.map { JSONValue.number($0.value) } ?? .null
            }))
        } ?? ""
        return lines + (try formulaMinimization(formula.function)) + [
            "return formula_report(\(formula.function), point, status, steps, names=\(Python.list(formula.parameters.map(\.tex)))\(optimum))",
        ]
    }

    /// The start value of each of the formula's arguments (`None` for one the config does not give).
    private func startList(_ formula: PythonFormula, _ objective: ResolvedObjective) -> String {
        let values = formula.parameters.map { parameter in
            objective.start.first { $0.name == parameter.tex }.map { JSONValue.number($0.value) } ?? .null
        }
        return PythonLiteral.make(.array(values))
    }

    /// The minimization of the formula function `function` from `start`.
    private func formulaMinimization(_ function: String) throws -> [String] {
        let optimizer = settings.optimizer, spelling = try Self.spelling(of: optimizer), value = Self.settingLiteral(optimizer)
        let steps = Python.integer(settings.epochs), tolerance = Python.number(settings.tolerance)
        let comment = PythonSource.comment(spelling.comment(value))
        switch spelling.call {
        case .lineSearch:
            let method = spelling.constructor(parameters: "", value) ?? ""
            return [comment, "status, steps, point, _ = minimize(Differentiable(\(function)), \(method), start, epochs=\(steps), tolerance=\(tolerance))"]
        case .torch:
            return [
                comment,
                "optimizer = lambda params: \(spelling.constructor(parameters: "params", value) ?? "")",
                "scheduler = lambda optimizer: \(schedulerCall)",
                "status, steps, point = descend(\(function), start, optimizer, scheduler, steps=\(steps), tolerance=\(tolerance)\(clipArgument))",
            ]
        case .exact:
            throw Refusal(message: "the \(optimizer.name) optimizer solves a model's least squares, not a formula")
        }
    }
}
