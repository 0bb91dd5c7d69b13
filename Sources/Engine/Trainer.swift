/// Trains a model on a `TrainingObjective` with a first-order optimizer (epochs of mini-batches) or a full-batch
/// line-search or second-order method (newton, cg, lbfgs), through the one `IterationDriver`: both stop on
/// convergence, early stopping, divergence, the deadline or the last epoch by the same rules, and both record
/// `lr[e]` as the rate of the step that starts from entry e.
public struct Trainer {
    /// The objective on the training data.
    public let objective: TrainingObjective
    /// Held-out data, if any.
    public let validation: Dataset?
    /// Epochs, learning rate, batches, schedule, early stopping, seed.
    public let settings: TrainingSettings
    /// Told about every recorded epoch (a progress display); `nil`: nobody listens.
    public var observer: (@Sendable (EpochReport) -> Void)?

    /// Creates a trainer.
    public init(objective: TrainingObjective, validation: Dataset?, settings: TrainingSettings) {
        self.objective = objective
        self.validation = validation
        self.settings = settings
    }

    /// The driver with the settings' stop rules.
    var driver: IterationDriver {
        var driver = IterationDriver(epochs: settings.epochs, tolerance: settings.tolerance,
                                     earlyStopping: settings.earlyStopping, deadline: settings.deadline)
        driver.observer = observer
        driver.optimum = settings.optimum
        return driver
    }

    /// Trains from `start` (or the model's initial parameters) with `optimizer` (see `MiniBatchProcess`).
    public func train<Method: Optimizer>(optimizer: Method, start: [Double]? = nil) -> TrainingResult {
        var process = MiniBatchProcess(objective: objective, validation: validation, settings: settings,
                                       optimizer: optimizer, start: start)
        return driver.run(&process, withValidation: validation != nil)
    }

    /// Trains with a full-batch line-search or second-order method on the smooth objective: one epoch = one
    /// iteration of `method` on all training rows, in evaluation mode (no dropout).
    ///
    /// The learning-rate column holds the accepted step length α of the step that starts from each entry (the
    /// last entry repeats the previous one). An error thrown while evaluating ends the run as diverged with its
    /// description. L1 is refused (it is not differentiable at 0; use gd, which applies it as a proximal step).
    public func train<Method: SearchMethod>(method: Method, start: [Double]? = nil) throws -> TrainingResult {
        guard objective.regularization.l1 == 0 else {
            throw EngineError.invalidSetting("an L1 penalty is not differentiable at 0, so line-search methods cannot handle it; use gd, which applies L1 as a proximal step")
        }
        var generator = SeededGenerator(seed: settings.seed)
        let theta = start ?? objective.model.initialParameters(generator: &generator)
        let objective = self.objective, validation = self.validation, deadline = settings.deadline
        var process = LineSearchProcess(function: TrainingFunction(objective, deadline: deadline), method: method, start: theta) { iterate in
            try Trainer.entry(objective, validation: validation, at: iterate.point, limit: deadline)
        }
        return driver.run(&process, withValidation: validation != nil)
    }

    /// Losses and gradient norm of the smooth objective at `theta` (evaluation mode); `nil` when non-finite.
    static func entry(_ objective: TrainingObjective, validation: Dataset?, at theta: [Double],
                      limit: Deadline?) throws(DeadlineExceeded) -> IterationEntry? {
        var generator = SeededGenerator(seed: 0)
        let (trainLoss, gradient) = try objective.smoothGradient(theta, rows: .all(objective.data.count), training: false,
                                                                 generator: &generator, limit: limit)
        let validationLoss = try validation.map { (data) throws(DeadlineExceeded) in try objective.dataLoss(theta, on: data, limit: limit) }
        let value = trainLoss + objective.regularization.penalty(theta, penalized: objective.penalized)
        let norm = euclideanNorm(gradient)
        guard trainLoss.isFinite, value.isFinite, norm.isFinite, validationLoss?.isFinite ?? true else { return nil }
        return IterationEntry(trainLoss: trainLoss, validationLoss: validationLoss, objective: value, gradientNorm: norm)
    }
}
