import Config
import Foundation
import Notebook

extension NotebookRunner {
    /// Resolves and executes one config cell.
    mutating func runCell(_ cell: Cell, yaml: String) -> RunCell {
        let name = ConfigResolver.runName(of: cell)
        let allParts = ShowPart.allCases.map(\.rawValue)
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
            let show = specs.first.map { $0.show.map(\.rawValue) } ?? allParts
            return RunCell(name: name, kind: .sweep, source: yaml, echo: specs.first?.echo ?? true, runs: runs, sweepKey: key, show: show)
        case let .success(.compare(name, names, show, echo)):
            let runs = names.flatMap { results[$0] ?? [] }
            return RunCell(name: name, kind: .compare, source: yaml, echo: echo, runs: runs, show: show.map(\.rawValue))
        }
    }

    /// Runs one spec, recording its data for reuse; failures become error results and mark the name failed.
    private mutating func execute(_ spec: RunSpec) -> RunResult {
        let path = notebook.path
        let executor = RunExecutor(spec: spec, path: path, csv: csv, checkOnly: options.checkOnly) { [prepared] name, location in
            guard let data = prepared[name] else {
                throw Diagnostic(.error, "run '\(name)' has no data to reuse", at: location, file: path)
            }
            return data
        }
        do {
            let (result, data) = try executor.execute()
            prepared[spec.name] = data
            return result
        } catch let diagnostic as Diagnostic {
            resolver.markFailed(spec.name)
            return RunResult.failure(spec.name, diagnostic)
        } catch {
            resolver.markFailed(spec.name)
            return RunResult.failure(spec.name, Diagnostic(.error, "\(error)", at: spec.location, file: notebook.path))
        }
    }
}
