import Notebook
import Results

/// One error per mistake: a config cell's errors join the notebook's diagnostics once, and an error that only
/// follows from an earlier failure is counted in that failure's note (`FailureCascade`).
extension NotebookRunner {
    /// Adds the errors of the config cell `cell`: its own error, each distinct error of its runs (members of a
    /// sweep that fail the same way give one), its failed checks and its undrawable parts.
    mutating func report(_ cell: RunCell) {
        if let error = cell.error {
            if error.dependsOn != nil {
                cascade.depends(Self.dependentKind(of: cell), named: cell.name, error)
            } else {
                diagnostics.append(error)
                cascade.failed(cell.name, as: Self.blockKind(cell.source) == .sweep ? .sweep : .run, with: error)
            }
        }
        // A sweep whose members all failed the same way failed as a whole: one error, and its members follow it.
        let first = cell.runs.first?.error
        let wholeSweep = cell.kind == .sweep && first != nil
            && cell.runs.allSatisfy { $0.error?.location == first?.location && $0.error?.message == first?.message }
        if wholeSweep, let first {
            if let cause = first.dependsOn { cascade.follows(cell.name, from: cause.name) } else { cascade.failed(cell.name, as: .sweep, with: first) }
        }
        var shown: [Diagnostic] = []
        for run in cell.runs {
            guard let error = run.error, error != cell.error else { continue }
            if error.dependsOn != nil {
                cascade.depends(.run, named: run.name, error)
                continue
            }
            if wholeSweep { cascade.follows(run.name, from: cell.name, member: true) } else { cascade.failed(run.name, as: .run, with: error) }
            if !shown.contains(where: { $0.location == error.location && $0.message == error.message }) { shown.append(error) }
        }
        diagnostics += shown + cell.failedChecks + cell.partErrors
    }

    /// The checks of a run that failed are not made; each is counted in the failure's note.
    mutating func skipChecks(of record: RunRecord) {
        guard !options.checkOnly, record.result.error != nil else { return }
        for expectation in record.spec.expectations {
            cascade.depends(.check, Diagnostic.dependent(on: .run(record.result.name), "not checked", at: expectation.location,
                                                         file: notebook.path))
        }
    }

    /// What a config cell that failed because of an earlier failure counts as in the note.
    private static func dependentKind(of cell: RunCell) -> FailureCascade.Dependent {
        switch cell.kind {
        case .compare: return .comparison
        case .sweep: return .sweep
        case .single: return blockKind(cell.source)
        }
    }

    /// Whether a block's YAML is a comparison or a sweep (a top-level `compare:` or `sweep:` key), else a run;
    /// for blocks that did not resolve.
    static func blockKind(_ yaml: String) -> FailureCascade.Dependent {
        let lines = yaml.split(separator: "\n")
        if lines.contains(where: { $0.hasPrefix("compare:") }) { return .comparison }
        if lines.contains(where: { $0.hasPrefix("sweep:") }) { return .sweep }
        return .run
    }
}
