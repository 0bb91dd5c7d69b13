import Config
import Engine
import Notebook
import Results

extension RunExecutor {
    /// k-fold cross-validation: for each fold of the training part (`KFold`, scikit-learn's splits), a model with
    /// the run's settings trained on the other folds and scored on this one, within the cell's time limit. The
    /// run's own result stays the model trained on every training row.
    func crossValidate(_ rule: KFold, data: PreparedData, factory: EngineFactory, loss: any Loss) throws -> CrossValidationResult {
        let count = data.rawTrain.count
        guard count >= rule.folds else {
            throw Diagnostic(.error, "\(rule.folds)-fold cross-validation needs at least \(rule.folds) training rows, but there are \(count)",
                             at: spec.resolved["data"]?["validation"]?.location ?? spec.location, file: path,
                             hint: "use fewer folds or more rows")
        }
        var folds: [CrossValidationResult.Fold] = []
        for (training, validation) in zip(rule.trainingRows(count: count), rule.validationRows(count: count)) {
            let part = try data.fold(training: training, validation: validation)
            let objective = TrainingObjective(model: factory.makeModel(data: part.train, loss: loss), loss: loss,
                                              regularization: Regularization(l1: spec.l1, l2: spec.l2), data: part.train)
            let outcome = try timeLimit.enforce(spec, while: "cross-validating", path: path) {
                try train(objective, data: part, factory: factory)
            }
            if case let .timedOut(epoch) = outcome.status {
                throw timeLimit.exceeded(spec, done: epoch, unit: "epoch", path: path)
            }
            let builder = ResultBuilder(spec: spec, data: part, objective: objective, outcome: outcome, optima: optima,
                                        deadline: timeLimit.deadline)
            let metrics = try timeLimit.enforce(spec, while: "scoring a fold", path: path) { try builder.metrics() }
            folds.append(CrossValidationResult.Fold(status: builder.detail().status, epochs: outcome.history.epoch.last ?? 0,
                                                    trainRows: training.count, validationRows: validation.count,
                                                    metrics: metrics.filter { $0.name != "distance_to_optimum" }))
        }
        return CrossValidationResult(folds: folds)
    }
}
