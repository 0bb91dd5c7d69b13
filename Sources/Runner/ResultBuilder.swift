import Config
import Engine
import Notebook
import Results

/// Turns an engine outcome into the report's `RunResult`: history, named parameters, metrics, plots, and the
/// status detail its sentences are written from.
struct ResultBuilder {
    let spec: RunSpec
    let data: PreparedData
    let objective: TrainingObjective
    let outcome: TrainingResult
    /// The notebook's closed-form optima, shared by its runs.
    let optima: OptimumCache
    /// The cell's time limit: scoring passes over large data or a large network stop with `DeadlineExceeded`.
    let deadline: Deadline?

    /// The report's result; throws `DeadlineExceeded` when the time limit runs out while scoring.
    func build() throws(DeadlineExceeded) -> RunResult {
        let table = ParameterTable(model: objective.model, parameters: outcome.parameters, featureNames: featureNames,
                                   classNames: data.train.classNames)
        var result = RunResult(name: spec.name, detail: detail(), resolved: spec.resolvedRun, history: self.table(outcome.history),
                               parameters: table.named, learned: table.learned, metrics: try metrics(), show: spec.show)
        if let summary = table.summary {
            result.parameterSummary = summary
            result.parameters = []
        }
        result.logScale = spec.logScale
        result.precision = spec.precision
        result.fit = PlotBuilder.fit(data: data, parameters: outcome.parameters, objective: objective)
        result.boundary = try PlotBuilder.boundary(data: data, parameters: outcome.parameters, objective: objective,
                                                   limit: deadline)
        return result
    }

    /// How the run ended, with the facts its status sentence states.
    func detail() -> StatusDetail {
        let stop: StatusDetail.Stop
        switch outcome.status {
        case .converged where spec.optimizer.family == .exact: stop = .solved(.leastSquaresQR)
        case let .converged(epoch): stop = .converged(epoch: epoch)
        case let .earlyStopped(epoch, best): stop = .earlyStopped(epoch: epoch, best: best)
        case let .diverged(epoch, cause): stop = .diverged(epoch: epoch, cause: cause)
        case let .maxEpochs(epoch): stop = .maxEpochs(epoch: epoch)
        case let .timedOut(epoch): stop = .timedOut(epoch: epoch)
        case let .stalled(epoch): stop = .stalled(epoch: epoch)
        }
        var detail = StatusDetail(subject: .training, stop: stop, tolerance: spec.tolerance,
                                  gradientNorm: outcome.history.gradientNorm.last)
        detail.bestEpoch = bestEpoch()
        detail.restoresBest = spec.earlyStopping?.restoreBest == true
        detail.learningRate = spec.optimizer.learningRate
        detail.classes = classMapping
        return detail
    }

    /// For a CSV target of class names, which number each class became.
    private var classMapping: ClassMapping? {
        guard case .csv = spec.data?.source, let names = data.rawTrain.classNames else { return nil }
        return ClassMapping(target: data.rawTrain.targetName, names: names)
    }

    private func table(_ history: History) -> HistoryTable {
        var table = HistoryTable(epoch: history.epoch, trainLoss: history.trainLoss, validationLoss: history.validationLoss,
                                 learningRate: history.learningRate, gradientNorm: history.gradientNorm, objective: history.objective)
        table.distance = history.distance
        table.gap = history.gap
        return table
    }

    private var isClosedForm: Bool { spec.optimizer.family == .exact }

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

    /// Loss and chosen metrics on each part of the data, and the distance to the optimum where it is known.
    func metrics() throws(DeadlineExceeded) -> [NamedValue] {
        var values: [NamedValue] = []
        let classification = objective.loss.isClassification
        let parts: [(String, Dataset?)] = [("train", data.train), ("validation", data.validation), ("test", data.test)]
        for (prefix, dataset) in parts {
            guard let dataset else { continue }
            values.append(NamedValue("\(prefix)_loss", try objective.dataLoss(outcome.parameters, on: dataset, limit: deadline)))
            let outputs = try objective.model.outputs(dataset.features, parameters: outcome.parameters, limit: deadline)
            let predictions = Prediction.predict(outputs: outputs, classification: classification)
            for metric in spec.metrics {
                values.append(NamedValue("\(prefix)_\(metric.rawValue)", metric.compute(predictions: predictions, targets: dataset.targets)))
            }
        }
        if let distance = try distanceToOptimum() { values.append(NamedValue("distance_to_optimum", distance)) }
        return values
    }

    /// ‖θ − θ*‖ for linear + mse runs without L1, where θ* is the closed-form optimum (exactly 0 for a
    /// closed-form run, whose parameters are that same solution), solved once per data set and penalty.
    private func distanceToOptimum() throws(DeadlineExceeded) -> Double? {
        guard EngineFactory(spec: spec, path: "").isLinearRegression, spec.l1 == 0 else { return nil }
        if isClosedForm { return 0 }
        guard let optimum = try optima.solution(data.train, l2: spec.l2, limit: deadline) else { return nil }
        return euclideanNorm(zip(outcome.parameters, optimum).map { $0 - $1 })
    }
}
