import Config
import Engine
import Formula
import Notebook
import Results

/// Minimizes a formula (`objective: NAME`) with any optimizer of the engine, optionally binding data columns.
struct ObjectiveExecutor {
    let spec: RunSpec
    let path: String
    let formula: FormulaEntry
    /// Numeric front-matter params, usable as constants in the formula (`\lambda` ↔ `lambda`).
    let constants: [String: Double]
    let data: PreparedData?
    let checkOnly: Bool
    /// The cell's budget; a minimization stopped by it fails with a located error.
    let timeLimit: TimeLimit

    /// The run's result and the compiled function (for contour plots shared by sweeps and comparisons).
    func execute() throws -> (RunResult, FormulaFunction) {
        let function = try compile()
        let start = try point(function.compiled.parameterNames, key: "start", given: spec.start)
        let optimum = try knownOptimum(function)
        let factory = EngineFactory(spec: spec, path: path)
        if checkOnly {
            return (RunResult(name: spec.name, detail: StatusDetail(subject: .formula, stop: .checked), resolved: spec.resolvedRun),
                    function)
        }
        try factory.validateClipping()
        let method: any SearchMethod
        switch try factory.makeMethod(penalized: [Bool](repeating: true, count: start.count)) {
        case let .firstOrder(optimizer, learningRate, _):
            do {
                var firstOrder = try FirstOrderMethod(optimizer: optimizer, learningRate: learningRate, schedule: spec.schedule)
                firstOrder.clipping = spec.clipping
                method = firstOrder
            } catch {
                throw factory.refuse("\(error)", at: "optimizer", "name")
            }
        case let .lineSearch(search):
            method = search
        case .exact:
            throw factory.refuse("closed_form solves linear regression with mse only, not a formula", at: "optimizer", "name",
                                 hint: "use newton, lbfgs or gd to minimize a formula")
        }
        var minimizer = try ObjectiveMinimizer(steps: spec.epochs, tolerance: spec.tolerance, deadline: timeLimit.deadline)
        minimizer.optimum = optimum
        let outcome = minimizer.minimize(function, from: start, method: method)
        if case let .timedOut(step) = outcome.status {
            throw timeLimit.exceeded(spec, done: step, unit: "step", path: path)
        }
        let result = ObjectiveResultBuilder(spec: spec, names: function.compiled.parameterNames, function: function,
                                            outcome: outcome).build()
        return (result, function)
    }

    /// The formula compiled with its constants and data columns, without minimizing (cheap).
    func compile() throws -> FormulaFunction {
        var columns: [String: [Double]]?
        if let data {
            let train = data.train
            var named: [String: [Double]] = [train.targetName: train.targets]
            for (index, name) in train.featureNames.enumerated() { named[name] = train.features.column(index) }
            if train.featureCount == 1, named["x"] == nil { named["x"] = train.features.column(0) }
            if named["y"] == nil { named["y"] = train.targets }
            columns = named
        }
        do {
            let compiled = try FormulaCompiler.compile(formula.definition, constants: constants, data: columns)
            return FormulaFunction(compiled: compiled, location: formula.location, indent: formula.indent, path: path)
        } catch let error as FormulaError {
            throw MathConverter.diagnostic(error, at: formula.location, indent: formula.indent, path: path)
        }
    }

    /// The minimizer from `optimum:` with the formula's value there (`nil` when not given); a value that cannot be
    /// evaluated is an error at the key.
    private func knownOptimum(_ function: FormulaFunction) throws -> KnownOptimum? {
        guard !spec.optimum.isEmpty else { return nil }
        let point = try point(function.compiled.parameterNames, key: "optimum", given: spec.optimum)
        let value: Double
        do { value = try function.value(point) } catch {
            throw Diagnostic(.error, "the formula cannot be evaluated at 'optimum': \(error)",
                             at: spec.resolved["optimum"]?.location ?? spec.location, file: path)
        }
        guard value.isFinite else {
            throw Diagnostic(.error, "the formula is not finite at 'optimum' (\(value))",
                             at: spec.resolved["optimum"]?.location ?? spec.location, file: path)
        }
        return KnownOptimum(point: point, value: value)
    }

    /// A point from `start:` or `optimum:`; every argument needs a value, and no unknown names.
    private func point(_ names: [String], key: String, given list: [(String, Double)]) throws -> [Double] {
        let node = spec.resolved[key]
        let given = Dictionary(list, uniquingKeysWith: { first, _ in first })
        if let unknown = list.first(where: { !names.contains($0.0) }) {
            throw Diagnostic(.error, "'\(unknown.0)' is not an argument of \(formula.definition.name)(\(names.joined(separator: ", ")))",
                             at: node?[unknown.0]?.location ?? spec.location, file: path,
                             hint: Suggestion.hint(for: unknown.0, in: names))
        }
        let missing = names.filter { given[$0] == nil }
        guard missing.isEmpty else {
            let example = names.map { "\($0): 0" }.joined(separator: ", ")
            throw Diagnostic(.error, "'\(key)' gives no value for \(missing.joined(separator: ", "))",
                             at: node?.location ?? spec.location, file: path, hint: "for example: \(key): {\(example)}")
        }
        return names.map { given[$0]! }
    }
}
