import Config
import Foundation
import Notebook

extension NotebookRunner {
    /// Resolves and executes one config cell.
    mutating func runCell(_ cell: Cell, yaml: String) -> RunCell {
        let name = ConfigResolver.runName(of: cell)
        timeLimit = TimeLimit(seconds: options.timeout)
        let allParts = ShowPart.allCases
        switch resolver.resolve(cell, yaml: yaml) {
        case let .failure(diagnostic):
            return RunCell(name: name, kind: .single, source: yaml, echo: true, runs: [], show: allParts, error: diagnostic)
        case let .success(.single(spec)):
            let result = execute(spec)
            results[name] = [result]
            return RunCell(name: name, kind: .single, source: yaml, echo: spec.echo, runs: [result], show: result.show)
        case let .success(.sweep(name, key, specs)):
            let runs = specs.map { execute($0) }
            results[name] = runs
            if runs.allSatisfy({ $0.error != nil }) { resolver.markFailed(name) }
            let show = specs.first?.show ?? allParts
            var cell = RunCell(name: name, kind: .sweep, source: yaml, echo: specs.first?.echo ?? true, runs: runs, sweepKey: key, show: show)
            cell.contour = sharedContour(runs)
            return cell
        case let .success(.compare(name, names, show, echo)):
            let runs = names.flatMap { results[$0] ?? [] }
            var cell = RunCell(name: name, kind: .compare, source: yaml, echo: echo, runs: runs, show: show)
            cell.contour = sharedContour(runs)
            return cell
        }
    }

    /// Looks up the prepared data of an earlier run, for `data: NAME`.
    func reuseLookup() -> (String, SourceLocation) throws -> PreparedData {
        let path = notebook.path
        return { [prepared] name, location in
            guard let data = prepared[name] else {
                throw Diagnostic(.error, "run '\(name)' has no data to reuse", at: location, file: path)
            }
            return data
        }
    }

    /// The failed result for `spec` (a located diagnostic as is, anything else at the run's block); marks the
    /// name failed so that later cells depending on it fail clearly.
    mutating func failed(_ spec: RunSpec, _ error: Error) -> RunResult {
        resolver.markFailed(spec.name)
        let diagnostic = error as? Diagnostic ?? Diagnostic(.error, "\(error)", at: spec.location, file: notebook.path)
        return RunResult.failure(spec.name, diagnostic)
    }

    /// Runs one spec, recording its data for reuse; failures become error results and mark the name failed.
    private mutating func execute(_ spec: RunSpec) -> RunResult {
        if spec.objective != nil { return executeObjective(spec) }
        let executor = RunExecutor(spec: spec, path: notebook.path, csv: csv, checkOnly: options.checkOnly,
                                   timeLimit: timeLimit, reuse: reuseLookup())
        do {
            let key = cacheKey(spec, formula: nil)
            if let cached = cachedResult(key, name: spec.name) {
                prepared[spec.name] = try executor.prepareData()
                return cached
            }
            let (result, data) = try executor.execute()
            prepared[spec.name] = data
            executed(result, key: key)
            return result
        } catch {
            return failed(spec, error)
        }
    }
}

extension NotebookRunner {
    /// Minimizes a formula named by `objective:`.
    mutating func executeObjective(_ spec: RunSpec) -> RunResult {
        do {
            let name = spec.objective ?? ""
            let formula = try objectiveFormula(spec)
            let data = try spec.data.map { try PreparedData.make($0, degree: nil, csv: csv, reuse: reuseLookup()) }
            if let data { prepared[spec.name] = data }
            let executor = ObjectiveExecutor(spec: spec, path: notebook.path, formula: formula, constants: constants(),
                                             data: data, checkOnly: options.checkOnly, timeLimit: timeLimit)
            let key = cacheKey(spec, formula: formula)
            if let cached = cachedResult(key, name: spec.name) {
                objectiveFunctions[spec.name] = (name, try executor.compile())
                return cached
            }
            let (result, function) = try executor.execute()
            objectiveFunctions[spec.name] = (name, function)
            executed(result, key: key)
            return result
        } catch {
            return failed(spec, error)
        }
    }

    /// The formula named by `objective:`, or a located error with a suggestion.
    private func objectiveFormula(_ spec: RunSpec) throws -> FormulaEntry {
        let name = spec.objective ?? ""
        if formulas[name] == nil, let location = displayFormulas[name] {
            throw Diagnostic(.error, "formula '\(name)' is a display, not a function definition, so it cannot be minimized",
                             at: location, file: notebook.path, hint: "write it as name(arguments) = expression, e.g. f(x, y) = x^2 + y^2")
        }
        guard let formula = formulas[name] else {
            let node = spec.resolved["objective"]
            let known = formulas.keys.sorted()
            throw Diagnostic(.error, "no formula named '\(name)' defines a function to minimize", at: node?.location ?? spec.location,
                             file: notebook.path, hint: known.isEmpty ? "write a ```formula block such as f(x, y) = x^2 + y^2 above this run"
                                                                     : Suggestion.hint(for: name, in: known))
        }
        return formula
    }

    /// Front-matter params with numeric values, by name.
    func constants() -> [String: Double] {
        var values: [String: Double] = [:]
        for param in resolver.frontMatter.params {
            if let text = param.value.scalar, let number = Double(text), number.isFinite { values[param.name] = number }
        }
        return values
    }
}

extension NotebookRunner {
    /// One contour plot under every path when all finished runs minimized the same 2-argument formula.
    func sharedContour(_ runs: [RunResult]) -> ContourPlot? {
        let finished = runs.filter { $0.error == nil }
        guard !finished.isEmpty else { return nil }
        let functions = finished.compactMap { objectiveFunctions[$0.name] }
        guard functions.count == finished.count, Set(functions.map(\.0)).count == 1, let function = functions.first?.1 else { return nil }
        let paths = finished.compactMap(\.history.path)
        guard paths.count == finished.count else { return nil }
        return ContourSampler.sample(function, paths: paths, names: function.compiled.parameterNames)
    }
}
