import Config
import Engine
import Notebook
import Output
import Results

/// Turns a formula minimization into a `RunResult`: history with the path, the final point, contour data.
struct ObjectiveResultBuilder {
    let spec: RunSpec
    let names: [String]
    let function: FormulaFunction
    let outcome: MinimizationResult

    func build() -> RunResult {
        let h = outcome.history
        let path = names.indices.map { i in h.iterates.map { $0[i] } }
        let table = HistoryTable(epoch: h.epoch, trainLoss: h.objective, learningRate: h.learningRate,
                                 gradientNorm: h.gradientNorm, objective: h.objective, path: path)
        let point = outcome.point
        var metrics = [NamedValue("value", h.objective.last ?? .nan)]
        if let norm = h.gradientNorm.last { metrics.append(NamedValue("gradient_norm", norm)) }
        var result = RunResult(name: spec.name, status: RunStatus(outcome.status), statusLine: statusLine(),
                               config: ConfigJSON.make(spec), history: table,
                               parameters: zip(names, point).map { NamedValue($0, $1) },
                               parametersJSON: .object(zip(names, point).map { ($0, JSONValue.finite($1)) }),
                               metrics: metrics, show: spec.show)
        if names.count == 2 { result.contour = contour(path: path) }
        result.logScale = spec.logScale
        result.precision = spec.precision
        return result
    }

    private func statusLine() -> String {
        let at = "(" + zip(names, outcome.point).map { "\($0) = \(ResultFormat.number($1))" }.joined(separator: ", ") + ")"
        let value = ResultFormat.number(outcome.history.objective.last ?? .nan)
        let norm = ResultFormat.small(outcome.history.gradientNorm.last ?? .nan)
        switch outcome.status {
        case let .converged(step):
            return "Converged after \(ResultFormat.count(step, "step")) at \(at) with value \(value): gradient norm \(norm) below the tolerance \(ResultFormat.small(spec.tolerance))."
        case let .stalled(step):
            return "Stopped after \(ResultFormat.count(step, "step")) at \(at) with value \(value): the line search found no further decrease (gradient norm \(norm))."
        case let .diverged(step, reason):
            return "Diverged at step \(step) because \(reason); the path stops at the last finite point \(at)."
        case let .maxEpochs(step):
            return "Reached the maximum of \(step) steps at \(at) with value \(value); gradient norm \(norm)."
        case let .timedOut(step):
            return "Stopped after \(ResultFormat.count(step, "step")) at \(at): the time limit ran out."
        case let .earlyStopped(step, _):
            return "Stopped at step \(step)."
        }
    }

    private func contour(path: [[Double]]) -> ContourPlot? {
        ContourSampler.sample(function, paths: [path], names: names)
    }
}
