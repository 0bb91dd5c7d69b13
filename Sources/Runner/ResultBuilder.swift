import Config
import Engine
import Notebook
import Results

/// Turns an engine outcome into the report's `RunResult`: history, named parameters, metrics, plots, status line.
struct ResultBuilder {
    let spec: RunSpec
    let data: PreparedData
    let objective: TrainingObjective
    let outcome: TrainingResult
    /// The notebook's closed-form optima, shared by its runs.
    let optima: OptimumCache

    func build() -> RunResult {
        let table = ParameterTable(model: objective.model, parameters: outcome.parameters, featureNames: featureNames,
                                   classNames: data.train.classNames)
        var result = RunResult(name: spec.name, status: RunStatus(outcome.status), statusLine: statusLine() + classNote,
                               config: ConfigJSON.make(spec), history: self.table(outcome.history),
                               parameters: table.named, parametersJSON: table.json, metrics: metrics(),
                               show: spec.show)
        if let summary = table.summary {
            result.parameterSummary = summary
            result.parameters = []
        }
        result.bestEpoch = bestEpoch()
        result.logScale = spec.logScale
        result.precision = spec.precision
        if case let .earlyStopped(epoch, _) = outcome.status { result.stoppedEpoch = epoch }
        result.fit = PlotBuilder.fit(data: data, parameters: outcome.parameters, objective: objective)
        result.boundary = PlotBuilder.boundary(data: data, parameters: outcome.parameters, objective: objective)
        return result
    }

    /// For a CSV target of class names, which number each class became: " Classes of 'y': cat = 0, dog = 1."
    private var classNote: String {
        guard case .csv = spec.data?.source, let names = data.rawTrain.classNames else { return "" }
        let listed = names.enumerated().map { "\($1) = \($0)" }.joined(separator: ", ")
        return " Classes of '\(data.rawTrain.targetName)' (sorted by name): \(listed)."
    }

    private func table(_ history: History) -> HistoryTable {
        HistoryTable(epoch: history.epoch, trainLoss: history.trainLoss, validationLoss: history.validationLoss,
                     learningRate: history.learningRate, gradientNorm: history.gradientNorm, objective: history.objective)
    }

    private var isClosedForm: Bool { spec.optimizer.family == .exact }

    func statusLine() -> String {
        let last = outcome.history.gradientNorm.last ?? 0
        switch outcome.status {
        case .converged where isClosedForm:
            return "Solved exactly by least squares (QR factorization, closed form); gradient norm \(ResultFormat.small(last))."
        case let .converged(epoch):
            return "Converged at epoch \(epoch): gradient norm \(ResultFormat.small(last)) fell below the tolerance \(ResultFormat.small(spec.tolerance))."
        case let .earlyStopped(epoch, best):
            let restored = spec.earlyStopping?.restoreBest == true ? " (its weights restored)" : ""
            return "Stopped early at epoch \(epoch); the best validation loss was at epoch \(best)\(restored)."
        case let .diverged(epoch, reason):
            let advice = spec.optimizer.learningRate.map { " Try a smaller learning rate than \(ResultFormat.number($0))." } ?? ""
            return "Diverged at epoch \(epoch) because \(reason); the table and curve stop at the last finite epoch.\(advice)"
        case let .maxEpochs(epoch):
            return "Reached the maximum of \(epoch) epochs; gradient norm \(ResultFormat.small(last)) (tolerance \(ResultFormat.small(spec.tolerance)))\(bestNote)."
        case let .timedOut(epoch):
            return "Stopped at epoch \(epoch): the time limit ran out."
        case let .stalled(epoch):
            return "Converged at epoch \(epoch): the line search found no lower value (gradient norm \(ResultFormat.small(last)), the minimum to machine precision)."
        }
    }

    /// ", best validation loss at epoch B (its weights restored)" when early stopping watched a run that did not stop.
    private var bestNote: String {
        guard let rule = spec.earlyStopping, let best = bestEpoch() else { return "" }
        return "; the best validation loss was at epoch \(best)\(rule.restoreBest ? " (its weights restored)" : "")"
    }

    /// The best epoch under Keras's rule, replayed over the recorded validation losses, when early stopping is on.
    private func bestEpoch() -> Int? {
        if case let .earlyStopped(_, best) = outcome.status { return best }
        guard let rule = spec.earlyStopping, let losses = outcome.history.validationLoss, losses.count > 1 else { return nil }
        var monitor = EarlyStopping(patience: Int.max, minDelta: rule.minDelta, restoreBest: rule.restoreBest).monitor()
        for (index, loss) in losses.enumerated().dropFirst() {
            _ = monitor.observe(epoch: outcome.history.epoch[index], loss: loss, parameters: [])
        }
        return monitor.bestEpoch
    }

    private var featureNames: [String] { data.train.featureNames }

    private func metrics() -> [NamedValue] {
        var values: [NamedValue] = []
        let classification = objective.loss.isClassification
        let parts: [(String, Dataset?)] = [("train", data.train), ("validation", data.validation), ("test", data.test)]
        for (prefix, dataset) in parts {
            guard let dataset else { continue }
            values.append(NamedValue("\(prefix)_loss", objective.dataLoss(outcome.parameters, on: dataset)))
            let outputs = objective.model.outputs(dataset.features, parameters: outcome.parameters)
            let predictions = Prediction.predict(outputs: outputs, classification: classification)
            for metric in spec.metrics {
                values.append(NamedValue("\(prefix)_\(metric.rawValue)", metric.compute(predictions: predictions, targets: dataset.targets)))
            }
        }
        if let distance = distanceToOptimum() { values.append(NamedValue("distance_to_optimum", distance)) }
        return values
    }

    /// ‖θ − θ*‖ for linear + mse runs without L1, where θ* is the closed-form optimum (exactly 0 for a
    /// closed-form run, whose parameters are that same solution), solved once per data set and penalty.
    private func distanceToOptimum() -> Double? {
        guard EngineFactory(spec: spec, path: "").isLinearRegression, spec.l1 == 0 else { return nil }
        if isClosedForm { return 0 }
        guard let optimum = optima.solution(data.train, l2: spec.l2) else { return nil }
        return euclideanNorm(zip(outcome.parameters, optimum).map { $0 - $1 })
    }
}
