import Config
import Engine
import Notebook
import Results

/// Executes one training run on the engine and turns the outcome into a `RunResult`.
struct RunExecutor {
    let spec: RunSpec
    let path: String
    let csv: CSVLoader
    /// Validate and load data, but train nothing.
    let checkOnly: Bool
    /// The cell's budget; a run stopped by it fails with a located error.
    let timeLimit: TimeLimit
    /// The cell's epoch progress line, if one is shown.
    let progress: EpochProgress?
    let reuse: (String, SourceLocation) throws -> PreparedData
    /// The notebook's closed-form optima, shared by its runs.
    let optima: OptimumCache

    /// Runs the spec; the prepared data is returned for later `data: NAME` reuse.
    func execute() throws -> (RunResult, PreparedData) {
        let factory = EngineFactory(spec: spec, path: path)
        try factory.validate()
        guard let dataSpec = spec.data else {
            throw Diagnostic(.error, "formula objectives are not available in this version of nbrun", at: spec.location, file: path)
        }
        let data = try prepare(dataSpec)
        try factory.validateTargets(data.train)
        let loss = factory.makeLoss()
        let model = factory.makeModel(data: data.train, loss: loss)
        try factory.validate(model: model)
        if checkOnly {
            return (RunResult(name: spec.name, detail: StatusDetail(subject: .training, stop: .checked),
                              resolved: spec.resolvedRun), data)
        }
        let objective = TrainingObjective(model: model, loss: loss,
                                          regularization: Regularization(l1: spec.l1, l2: spec.l2), data: data.train)
        let outcome = try timeLimit.enforce(spec, while: "solving the least-squares problem", path: path) {
            try train(objective, data: data, factory: factory)
        }
        if case let .timedOut(epoch) = outcome.status {
            throw timeLimit.exceeded(spec, done: epoch, unit: "epoch", path: path)
        }
        let builder = ResultBuilder(spec: spec, data: data, objective: objective, outcome: outcome, optima: optima,
                                    deadline: timeLimit.deadline)
        var result = try timeLimit.enforce(spec, while: "scoring the trained model", path: path) { try builder.build() }
        if let rule = spec.data?.crossValidation {
            result.crossValidation = try crossValidate(rule, data: data, factory: factory, loss: loss)
        }
        return (result, data)
    }

    /// Prepares the run's data without training (for a cached result whose data later runs may reuse).
    func prepareData() throws -> PreparedData {
        guard let dataSpec = spec.data else {
            throw Diagnostic(.error, "formula objectives are not available in this version of nbrun", at: spec.location, file: path)
        }
        return try prepare(dataSpec)
    }

    /// Generates or loads, expands, splits and standardizes the data within the cell's time limit.
    private func prepare(_ dataSpec: DataSpec) throws -> PreparedData {
        try timeLimit.enforce(spec, while: "preparing the data", path: path) {
            try PreparedData.make(dataSpec, degree: spec.model.polynomialDegree, classification: spec.loss.isClassification,
                                  csv: csv, deadline: timeLimit.deadline, reuse: reuse)
        }
    }

    /// Dispatches to the closed form, a full-batch search method or the epoch/batch trainer.
    func train(_ objective: TrainingObjective, data: PreparedData, factory: EngineFactory) throws -> TrainingResult {
        switch try factory.makeMethod(penalized: objective.model.penalized) {
        case .exact:
            return try closedForm(objective, validation: data.validation)
        case let .firstOrder(optimizer, learningRate, batchSize):
            var settings = factory.makeSettings(learningRate: learningRate, batchSize: batchSize)
            settings.deadline = timeLimit.deadline
            settings.optimum = try knownOptimum(objective, factory: factory)
            return trainer(objective, validation: data.validation, settings: settings).train(optimizer: optimizer)
        case let .lineSearch(method):
            var settings = factory.makeSettings()
            settings.deadline = timeLimit.deadline
            settings.optimum = try knownOptimum(objective, factory: factory)
            do {
                return try trainer(objective, validation: data.validation, settings: settings).train(method: method)
            } catch {
                throw factory.refuse("\(error)", at: "optimizer", "name")
            }
        }
    }

    /// θ* and J(θ*) of a linear + mse run without L1 (the closed-form solution, shared through the notebook's
    /// cache with `distance_to_optimum`), so the history records the distance and the gap; `nil` for any other
    /// run, or when the features are collinear (no unique optimum).
    private func knownOptimum(_ objective: TrainingObjective, factory: EngineFactory) throws -> KnownOptimum? {
        guard factory.isLinearRegression, spec.l1 == 0,
              let point = try optima.solution(objective.data, l2: spec.l2, limit: timeLimit.deadline) else { return nil }
        return KnownOptimum(point: point, value: try objective.value(point, limit: timeLimit.deadline))
    }

    /// A trainer that reports its epochs to the cell's progress line, naming the run when it is not the cell's.
    private func trainer(_ objective: TrainingObjective, validation: Dataset?, settings: TrainingSettings) -> Trainer {
        var trainer = Trainer(objective: objective, validation: validation, settings: settings)
        trainer.observer = progress?.observer(run: spec.name)
        return trainer
    }

    /// The exact solution as a two-entry history: the zero start and the optimum; every pass and the solve stop
    /// with `DeadlineExceeded` once the cell's time runs out.
    private func closedForm(_ objective: TrainingObjective, validation: Dataset?) throws -> TrainingResult {
        let deadline = timeLimit.deadline
        guard let solution = try optima.solution(objective.data, l2: spec.l2, limit: deadline) else {
            throw Diagnostic(.error, "the features are collinear, so the least-squares solution is not unique",
                             at: spec.resolved["optimizer"]?.location ?? spec.location, file: path,
                             hint: "add a small l2 penalty (regularization: {l2: 0.01}) or drop a duplicated feature")
        }
        var history = History(withValidation: validation != nil, withOptimum: true)
        let optimum = KnownOptimum(point: solution, value: try objective.value(solution, limit: deadline))
        var generator = SeededGenerator(seed: spec.seed)
        for (epoch, theta) in [(0, [Double](repeating: 0, count: solution.count)), (1, solution)] {
            let train = try objective.dataLoss(theta, on: objective.data, limit: deadline)
            let validationLoss = try validation.map { (data) throws(DeadlineExceeded) in try objective.dataLoss(theta, on: data, limit: deadline) }
            let value = try objective.value(theta, limit: deadline)
            history.append(epoch: epoch, trainLoss: train, validationLoss: validationLoss, objective: value, learningRate: 0,
                           gradientNorm: try objective.gradientNorm(theta, learningRate: 1, generator: &generator, limit: deadline))
            history.appendOptimum(distance: optimum.distance(from: theta), gap: optimum.gap(objective: value))
        }
        return TrainingResult(history: history, status: .converged(epoch: 1), parameters: solution)
    }
}
