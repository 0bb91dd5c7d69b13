/// Runs a first-order optimizer over epochs of (mini-)batches and records the history.
///
/// Each epoch draws batches from a seeded shuffle (full-batch runs use the rows in order), applies the
/// update and the L1 proximal step after every batch, then records train/validation loss, the objective,
/// the next learning rate and the gradient norm. Stops on convergence (gradient norm < tolerance),
/// early stopping, divergence (non-finite loss or parameters), when `settings.deadline` passes (checked before each
/// epoch and every `Deadline.batchInterval` batches) or after the last epoch.
public struct Trainer {
    /// The objective on the training data.
    public let objective: TrainingObjective
    /// Held-out data, if any.
    public let validation: Dataset?
    /// Epochs, learning rate, batches, schedule, early stopping, seed.
    public let settings: TrainingSettings

    /// Creates a trainer.
    public init(objective: TrainingObjective, validation: Dataset?, settings: TrainingSettings) {
        self.objective = objective
        self.validation = validation
        self.settings = settings
    }

    /// Trains from `start` (or the model's initial parameters) with `optimizer`.
    public func train(optimizer: any Optimizer, start: [Double]? = nil) -> TrainingResult {
        var optimizer = optimizer
        var generator = SeededGenerator(seed: settings.seed)
        var theta = start ?? objective.model.initialParameters(generator: &generator)
        var history = History(withValidation: validation != nil)
        var monitor = settings.earlyStopping?.monitor()
        let n = objective.data.count
        let batch = min(max(settings.batchSize ?? n, 1), max(n, 1))
        var fullGradient: [Double]?
        guard record(theta, epoch: 0, into: &history, generator: &generator, gradient: &fullGradient) else {
            return TrainingResult(history: history, status: .diverged(epoch: 0, reason: reasonNonFinite), parameters: theta)
        }
        if converged(history) { return TrainingResult(history: history, status: .converged(epoch: 0), parameters: theta) }
        for epoch in 1...max(settings.epochs, 1) where settings.epochs > 0 {
            if timeIsUp { return finish(.timedOut(epoch: epoch - 1), history, theta, monitor) }
            let lr = settings.schedule.learningRate(epoch: epoch - 1, initial: settings.learningRate)
            let order = batch >= n ? Array(0..<n) : generator.permutation(n)
            let lastRecorded = theta
            let reusable = batch >= n && !objective.model.isStochastic ? fullGradient : nil
            guard runEpoch(&theta, order: order, batch: batch, learningRate: lr, optimizer: &optimizer, generator: &generator,
                           firstGradient: reusable) else {
                return TrainingResult(history: history, status: .timedOut(epoch: epoch - 1), parameters: lastRecorded)
            }
            guard record(theta, epoch: epoch, into: &history, generator: &generator, gradient: &fullGradient) else {
                return TrainingResult(history: history, status: .diverged(epoch: epoch, reason: reasonNonFinite),
                                      parameters: lastRecorded)
            }
            if converged(history) { return finish(.converged(epoch: epoch), history, theta, monitor) }
            if let validationLoss = history.validationLoss?.last,
               monitor?.observe(epoch: epoch, loss: validationLoss, parameters: theta) == true {
                return finish(.earlyStopped(epoch: epoch, bestEpoch: monitor?.bestEpoch ?? epoch), history, theta, monitor)
            }
        }
        return finish(.maxEpochs(epoch: settings.epochs), history, theta, monitor)
    }

    /// One pass of updates over `order` in batches of `batch` rows; `false` when the deadline passed mid-epoch.
    /// `firstGradient`, when given, is the first batch's gradient already computed at `theta` (a deterministic
    /// full batch, whose gradient the previous history entry computed), so it is not computed twice.
    private func runEpoch(_ theta: inout [Double], order: [Int], batch: Int, learningRate lr: Double,
                          optimizer: inout any Optimizer, generator: inout SeededGenerator, firstGradient: [Double]? = nil) -> Bool {
        let n = order.count
        for (index, start) in stride(from: 0, to: n, by: batch).enumerated() {
            if index > 0, index % Deadline.batchInterval == 0, timeIsUp { return false }
            let rows = Array(order[start..<min(start + batch, n)])
            let gradient = index == 0 && firstGradient != nil ? firstGradient!
                : objective.smoothGradient(theta, rows: rows, generator: &generator).gradient
            optimizer.step(&theta, gradient: gradient, learningRate: lr)
            objective.regularization.proximalStep(&theta, penalized: objective.model.penalized, learningRate: lr)
            if !theta.allSatisfy({ $0.isFinite }) { break }
        }
        return true
    }

    /// `true` once the settings' deadline has passed.
    var timeIsUp: Bool { settings.deadline?.hasPassed ?? false }

    var reasonNonFinite: String { "the loss became NaN or infinite" }

    func converged(_ history: History) -> Bool {
        settings.tolerance > 0 && (history.gradientNorm.last ?? .infinity) < settings.tolerance
    }

    func finish(_ status: TrainingStatus, _ history: History, _ theta: [Double],
                        _ monitor: EarlyStopping.Monitor?) -> TrainingResult {
        if let monitor, settings.earlyStopping?.restoreBest == true, !monitor.bestParameters.isEmpty {
            return TrainingResult(history: history, status: status, parameters: monitor.bestParameters)
        }
        return TrainingResult(history: history, status: status, parameters: theta)
    }

    /// Appends the entry for `theta` (learning rate `rate`, else the schedule's next rate); `false` (nothing
    /// appended) when anything is non-finite.
    func record(_ theta: [Double], epoch: Int, rate: Double? = nil, into history: inout History,
                generator: inout SeededGenerator) -> Bool {
        var unused: [Double]?
        return record(theta, epoch: epoch, rate: rate, into: &history, generator: &generator, gradient: &unused)
    }

    /// `record`, also handing back the full-batch smooth gradient at `theta` it computed on the way.
    /// One evaluation pass gives both the training loss and the gradient norm.
    func record(_ theta: [Double], epoch: Int, rate: Double? = nil, into history: inout History,
                generator: inout SeededGenerator, gradient: inout [Double]?) -> Bool {
        guard theta.allSatisfy({ $0.isFinite }) else { return false }
        let (trainLoss, fullGradient) = objective.smoothGradient(theta, rows: Array(0..<objective.data.count), training: false,
                                                                 generator: &generator)
        gradient = fullGradient
        let validationLoss = validation.map { objective.dataLoss(theta, on: $0) }
        let value = trainLoss + objective.regularization.penalty(theta, penalized: objective.model.penalized)
        let nextRate = rate ?? settings.schedule.learningRate(epoch: epoch, initial: settings.learningRate)
        let norm = objective.stationarity(theta, gradient: fullGradient, learningRate: nextRate)
        guard trainLoss.isFinite, value.isFinite, norm.isFinite, validationLoss?.isFinite ?? true else { return false }
        history.append(epoch: epoch, trainLoss: trainLoss, validationLoss: validationLoss, objective: value,
                       learningRate: nextRate, gradientNorm: norm)
        return true
    }
}
