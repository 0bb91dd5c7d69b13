import Engine
import Notebook
import Results

/// Which `show` parts a run can draw, and why not.
///
/// What each part needs (docs/reference.md, "What a run shows"):
///
/// | part | a single run | a sweep, grid or comparison |
/// |---|---|---|
/// | `summary` | always: status and metrics | always: the table of its runs (and a grid's table) |
/// | `curve` | more than two history entries (not `closed_form`, which solves in one step) | a run with more than one entry |
/// | `table` | more than one history entry | always: the table of its runs |
/// | `params` | always | a run with named parameters (a table of them, one row per run; networks have none) |
/// | `fit` | a regression on one feature (not a formula objective) | a run that can draw it (small multiples) |
/// | `boundary` | a classifier on two features (not a formula objective) | a run that can draw it (small multiples) |
/// | `contour` | a formula objective of two arguments | every run minimizing the same such formula |
/// | `explore` | never (a single run has no members) | a sweep or grid with a run of more than one entry |
/// | `distance`, `gap` | a known optimum (a linear model with mse and no l1, or a formula's `optimum:`) | a run that has one |
///
/// Most of it is known before training, from the config, the prepared data and the compiled formula, so
/// `--check` reports it too; the rest (a curve of a run that stopped after one step) only after training.
enum DrawableParts {
    /// Why the run of `record` cannot draw `part`, from what is known before training; nil when it can, or when
    /// only the training can tell.
    static func plannedReason(_ part: ShowPart, _ record: RunRecord) -> String? {
        let spec = record.spec
        let features = record.data?.rawTrain.featureCount
        let formula = record.objective.map { "\($0.name)(\($0.function.compiled.parameterNames.joined(separator: ", ")))" }
        switch part {
        case .summary, .table, .params, .distance, .gap, .explore:
            return nil
        case .curve:
            return spec.objective == nil && spec.optimizer.family == .exact
                ? "closed_form solves in one step, so there is no curve to draw" : nil
        case .fit:
            if spec.objective != nil { return "a fitted-model plot needs a model trained on data, not a formula objective" }
            if spec.loss.isClassification { return "a fitted-model plot needs a regression; this run is a classifier (use boundary)" }
            guard let features, features != 1 else { return nil }
            return "a fitted-model plot needs a regression on one feature; the data has \(features)"
        case .boundary:
            if spec.objective != nil { return "decision regions need a classifier trained on data, not a formula objective" }
            if !spec.loss.isClassification { return "decision regions need a classifier; this run is a regression (use fit)" }
            guard let features, features != 2 else { return nil }
            return "decision regions need a classifier on two features; the data has \(features)"
        case .contour:
            guard let objective = record.objective, let formula else {
                return spec.objective == nil ? "a contour plot needs a formula objective of two arguments; this run trains a model" : nil
            }
            let count = objective.function.compiled.parameterNames.count
            return count == 2 ? nil : "a contour plot needs a formula objective of two arguments; \(formula) has \(count)"
        }
    }

    /// Why the finished run `result` could not draw `part` (what only the training tells); nil when it could.
    static func drawnReason(_ part: ShowPart, _ result: RunResult) -> String? {
        let entries = result.history.epoch.count
        switch part {
        case .summary, .explore:
            return nil
        case .curve:
            return entries > 2 ? nil : "the run stopped after \(max(entries - 1, 0)) step\(entries == 2 ? "" : "s"), too few for a curve"
        case .table:
            return entries > 1 ? nil : "the run has no history to tabulate"
        case .params:
            return result.parameters.isEmpty && (result.parameterSummary ?? []).isEmpty ? "the run has no parameters" : nil
        case .fit:
            return result.fit == nil ? "the data leaves no range of x to draw the fitted model over" : nil
        case .boundary:
            return result.boundary == nil ? "the data leaves no region to draw" : nil
        case .contour:
            return result.contour == nil ? "the contour of the objective could not be sampled around the path" : nil
        case .distance, .gap:
            return result.history.distance == nil
                ? "the optimum is known only for a linear model with mse and no l1 (its closed-form solution), or a formula run that gives 'optimum:'"
                : nil
        }
    }

    /// Why no run of a sweep, grid or comparison can draw `part`, for the parts a group draws in its own way; nil
    /// when the group can draw it or when it depends on its runs.
    static func groupReason(_ part: ShowPart, records: [RunRecord]) -> String? {
        switch part {
        case .summary, .table:
            return nil
        case .params:
            return nil
        case .contour:
            let objectives = records.map { $0.objective.map(\.name) }
            guard Set(objectives).count == 1, objectives.first ?? nil != nil else {
                return "one contour plot under every path needs every run to minimize the same formula of two arguments"
            }
            return nil
        case .curve, .fit, .boundary, .distance, .gap, .explore:
            return nil
        }
    }
}
