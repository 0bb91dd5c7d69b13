import Config
import Engine
import Notebook
import Results

/// Turns a formula minimization into a `RunResult`: history with the path, the final point, contour data, and
/// the status detail its sentences are written from.
struct ObjectiveResultBuilder {
    let spec: RunSpec
    let names: [String]
    let function: FormulaFunction
    let outcome: MinimizationResult

    func build() -> RunResult {
        let h = outcome.history
        let path = names.indices.map { i in h.iterates.map { $0[i] } }
        var table = HistoryTable(epoch: h.epoch, trainLoss: h.objective, learningRate: h.learningRate,
                                 gradientNorm: h.gradientNorm, objective: h.objective, path: path)
        table.distance = h.distance
        table.gap = h.gap
        let point = zip(names, outcome.point).map { NamedValue($0, $1) }
        var metrics = [NamedValue("value", h.objective.last ?? .nan)]
        if let norm = h.gradientNorm.last { metrics.append(NamedValue("gradient_norm", norm)) }
        var result = RunResult(name: spec.name, detail: detail(point: point), resolved: spec.resolvedRun, history: table,
                               parameters: point, learned: .point(point), metrics: metrics, show: spec.show)
        if names.count == 2 { result.contour = contour(path: path) }
        result.logScale = spec.logScale
        result.precision = spec.precision
        return result
    }

    /// How the minimization ended, with the point and value its status sentence states.
    private func detail(point: [NamedValue]) -> StatusDetail {
        let stop: StatusDetail.Stop
        switch outcome.status {
        case let .converged(step): stop = .converged(epoch: step)
        case let .stalled(step): stop = .stalled(epoch: step)
        case let .diverged(step, cause): stop = .diverged(epoch: step, cause: cause)
        case let .maxEpochs(step): stop = .maxEpochs(epoch: step)
        case let .timedOut(step): stop = .timedOut(epoch: step)
        case let .earlyStopped(step, best): stop = .earlyStopped(epoch: step, best: best)
        }
        var detail = StatusDetail(subject: .formula, stop: stop, tolerance: spec.tolerance,
                                  gradientNorm: outcome.history.gradientNorm.last)
        detail.point = point
        detail.value = outcome.history.objective.last
        return detail
    }

    private func contour(path: [[Double]]) -> ContourPlot? {
        ContourSampler.sample(function, paths: [path], names: names)
    }
}
