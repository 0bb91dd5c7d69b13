import Notebook
import Results

/// Requested output parts that cannot be drawn are errors, never silently dropped.
extension NotebookRunner {
    /// A located error for each part in `cell.show` that was asked for (`showRequested`) but that no run of the cell
    /// can draw: a fitted-model plot without a one-feature regression, decision regions without a two-feature
    /// classifier, contours without a two-argument formula objective. Not with `--check`, which draws nothing.
    func undrawableParts(_ cell: RunCell, at location: SourceLocation) -> [Diagnostic] {
        let finished = cell.runs.filter { $0.error == nil }
        guard cell.showRequested, !options.checkOnly, !finished.isEmpty else { return [] }
        var errors: [Diagnostic] = []
        for part in cell.show {
            let reason: String?
            switch part {
            case .fit:
                reason = finished.allSatisfy { $0.fit == nil } ? "a fitted-model plot needs a regression on one feature" : nil
            case .boundary:
                reason = finished.allSatisfy { $0.boundary == nil } ? "decision regions need a classifier on two features" : nil
            case .contour:
                reason = cell.contour == nil && finished.allSatisfy { $0.contour == nil }
                    ? "a contour plot needs a formula objective of two arguments" : nil
            case .distance, .gap:
                reason = finished.allSatisfy { $0.history.distance == nil }
                    ? "the optimum is known only for a linear model with mse and no l1 (its closed-form solution), or a formula run that gives 'optimum:'"
                    : nil
            default:
                reason = nil
            }
            guard let reason else { continue }
            errors.append(Diagnostic(.error, "show: '\(part.rawValue)' cannot be drawn for '\(cell.name)': \(reason)", at: location,
                                     file: notebook.path, hint: "remove '\(part.rawValue)' from show"))
        }
        return errors
    }
}
