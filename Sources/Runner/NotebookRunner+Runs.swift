import Config
import Foundation
import Notebook
import Results

extension NotebookRunner {
    /// Resolves and executes one config cell, and records it in the session.
    mutating func runCell(_ fence: Cell, yaml: String) -> RunCell {
        let name = ConfigResolver.runName(of: fence)
        timeLimit = TimeLimit(seconds: options.timeout, clock: options.clock)
        switch resolver.resolve(fence, yaml: yaml, earlier: session) {
        case let .failure(diagnostic):
            session.record(name, .failed)
            return RunCell(name: name, kind: .single, source: yaml, echo: true, runs: [], show: ShowPart.standard, error: diagnostic)
        case let .success(.single(spec)):
            let record = execute(spec)
            session.record(name, .run(record))
            var cell = RunCell(name: name, kind: .single, source: yaml, echo: spec.echo, runs: [record.result], show: record.result.show)
            check([record], in: &cell)
            cell.showRequested = spec.resolved["show"] != nil
            cell.partErrors = undrawableParts(cell, records: [record], showNode: spec.resolved["show"])
            return cell
        case let .success(.sweep(name, key, specs, base, axes)):
            let records = specs.map { execute($0) }
            session.record(name, .sweep(base: base, runs: records))
            let show = specs.first?.show ?? ShowPart.standard
            var cell = RunCell(name: name, kind: .sweep, source: yaml, echo: specs.first?.echo ?? true, runs: records.map(\.result),
                               sweepKey: key, show: show)
            if axes.count > 1 { cell.grid = axes }
            cell.columns = specs.first?.tableColumns
            cell.contour = sharedContour(records)
            check(records, in: &cell)
            let showNode = specs.first?.resolved["show"]
            cell.showRequested = showNode != nil
            cell.partErrors = undrawableParts(cell, records: records, showNode: showNode)
            return cell
        case let .success(.compare(name, names, show, showNode, echo, columns)):
            let records = names.flatMap { session.runs(of: $0) }
            session.record(name, .compare(records))
            var cell = RunCell(name: name, kind: .compare, source: yaml, echo: echo, runs: records.map(\.result), show: show)
            cell.contour = sharedContour(records)
            cell.showRequested = showNode != nil
            cell.columns = columns
            cell.partErrors = undrawableParts(cell, records: records, showNode: showNode)
            return cell
        }
    }

    /// Checks each run's expectations against its results (not with `--check`, which trains nothing, and not for
    /// a run that failed: its error is reported, and its checks are counted in that error's note). Failures are
    /// located at their keys.
    mutating func check(_ records: [RunRecord], in cell: inout RunCell) {
        guard !options.checkOnly else { return }
        records.forEach { skipChecks(of: $0) }
        for record in records where record.result.error == nil {
            let json = record.result.json(sentence: nil)
            for expectation in record.spec.expectations {
                guard let failure = expectation.failure(in: json, runName: record.result.name) else {
                    cell.checksPassed += 1
                    continue
                }
                let subject = cell.kind == .sweep ? " for \(record.result.name)" : ""
                cell.failedChecks.append(Diagnostic(.error, "expectation failed\(subject): \(failure.message)", at: expectation.location,
                                                    file: notebook.path, hint: failure.hint))
            }
        }
    }

    /// Looks up the prepared data of an earlier run, for `data: NAME`.
    func reuseLookup() -> (String, SourceLocation) throws -> PreparedData {
        let path = notebook.path
        return { [session] name, location in
            guard let data = session.run(name)?.data else {
                throw Diagnostic(.error, "run '\(name)' has no data to reuse", at: location, file: path)
            }
            return data
        }
    }

    /// The failed record for `spec`: a located diagnostic as is, anything else at the run's block. Later cells that
    /// depend on it see the error in the session and fail clearly.
    func failed(_ spec: RunSpec, _ error: Error) -> RunRecord {
        let diagnostic = error as? Diagnostic ?? Diagnostic(.error, "\(error)", at: spec.location, file: notebook.path)
        return RunRecord(spec: spec, result: RunResult.failure(spec.name, diagnostic))
    }

    /// Runs one spec (or takes it from the cache) with its data, for reuse by later runs.
    private mutating func execute(_ spec: RunSpec) -> RunRecord {
        if spec.objective != nil { return executeObjective(spec) }
        let executor = RunExecutor(spec: spec, path: notebook.path, csv: csv, checkOnly: options.checkOnly,
                                   timeLimit: timeLimit, progress: cellProgress, reuse: reuseLookup(), optima: optima)
        do {
            let key = cacheKey(spec, formula: nil)
            if let cached = cachedResult(key, spec: spec) {
                return RunRecord(spec: spec, result: cached, data: try executor.prepareData(), cacheKey: key)
            }
            let (result, data) = try executor.execute()
            return RunRecord(spec: spec, result: result, data: data, cacheKey: executed(result, key: key))
        } catch {
            return failed(spec, error)
        }
    }
}

extension NotebookRunner {
    /// Minimizes a formula named by `objective:`.
    mutating func executeObjective(_ spec: RunSpec) -> RunRecord {
        do {
            let name = spec.objective ?? ""
            let formula = try objectiveFormula(spec)
            let data = try timeLimit.enforce(spec, while: "preparing the data", path: notebook.path) {
                try spec.data.map {
                    try PreparedData.make($0, degree: nil, classification: false, csv: csv, deadline: timeLimit.deadline,
                                          reuse: reuseLookup())
                }
            }
            let executor = ObjectiveExecutor(spec: spec, path: notebook.path, formula: formula, constants: constants(),
                                             data: data, checkOnly: options.checkOnly, timeLimit: timeLimit)
            let key = cacheKey(spec, formula: formula)
            if let cached = cachedResult(key, spec: spec) {
                return RunRecord(spec: spec, result: cached, data: data, cacheKey: key, objective: (name, try executor.compile()))
            }
            let (result, function) = try executor.execute()
            return RunRecord(spec: spec, result: result, data: data, cacheKey: executed(result, key: key), objective: (name, function))
        } catch {
            return failed(spec, error)
        }
    }

    /// The formula named by `objective:`, or a located error with a suggestion.
    private func objectiveFormula(_ spec: RunSpec) throws -> FormulaEntry {
        let name = spec.objective ?? ""
        switch session[name] {
        case let .formula(formula)?:
            return formula
        case let .display(location?)?:
            throw Diagnostic(.error, "formula '\(name)' is a display, not a function definition, so it cannot be minimized",
                             at: location, file: notebook.path, hint: "write it as name(arguments) = expression, e.g. f(x, y) = x^2 + y^2")
        case .display(nil)?:
            throw Diagnostic.dependent(on: .formula(name), "formula '\(name)' has an error, so it cannot be minimized",
                                       at: spec.resolved["objective"]?.location ?? spec.location, file: notebook.path,
                                       hint: "fix the formula's TeX error reported above first")
        default:
            let node = spec.resolved["objective"]
            let known = session.formulaNames
            throw Diagnostic(.error, "no formula named '\(name)' defines a function to minimize", at: node?.location ?? spec.location,
                             file: notebook.path, hint: known.isEmpty ? "write a ```formula block such as f(x, y) = x^2 + y^2 above this run"
                                                                     : Suggestion.hint(for: name, in: known))
        }
    }

    /// Front-matter params with numeric values, by name.
    func constants() -> [String: Double] {
        var values: [String: Double] = [:]
        for param in frontMatter.params {
            if let text = param.value.scalar, let number = Double(text), number.isFinite { values[param.name] = number }
        }
        return values
    }
}

extension NotebookRunner {
    /// One contour plot under every path when all finished runs minimized the same 2-argument formula.
    func sharedContour(_ records: [RunRecord]) -> ContourPlot? {
        let finished = records.filter { $0.result.error == nil }
        guard !finished.isEmpty else { return nil }
        let functions = finished.compactMap(\.objective)
        guard functions.count == finished.count, Set(functions.map(\.name)).count == 1, let function = functions.first?.function else {
            return nil
        }
        let paths = finished.compactMap(\.result.history.path)
        guard paths.count == finished.count else { return nil }
        return ContourSampler.sample(function, paths: paths, names: function.compiled.parameterNames)
    }
}
