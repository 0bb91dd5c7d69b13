/// Training with a first-order `Optimizer` as an `IterativeProcess`: one step is one epoch of (mini-)batches.
///
/// Each epoch draws batches from a seeded shuffle (full-batch runs use the rows in order) and applies the update
/// and the L1 proximal step after every batch, at the scheduled rate of that epoch. An entry is one evaluation
/// pass over the training rows (loss and gradient together) plus the validation loss; a deterministic full
/// batch reuses that gradient for the next epoch's update instead of computing it twice.
public struct MiniBatchProcess<Method: Optimizer>: IterativeProcess {
    /// The objective on the training data.
    public let objective: TrainingObjective
    /// Held-out data, if any.
    public let validation: Dataset?
    /// Initial learning rate, schedule and batch size come from here.
    public let settings: TrainingSettings
    /// The update rule and its state.
    public private(set) var optimizer: Method
    /// The current parameters.
    public private(set) var point: [Double]
    private var generator: SeededGenerator
    private var epoch = 0
    private var fullGradient: [Double]?

    /// Starts from `start`, or from the model's initial parameters drawn from the settings' seed.
    public init(objective: TrainingObjective, validation: Dataset?, settings: TrainingSettings, optimizer: Method,
                start: [Double]? = nil) {
        self.objective = objective
        self.validation = validation
        self.settings = settings
        self.optimizer = optimizer
        generator = SeededGenerator(seed: settings.seed)
        point = start ?? objective.model.initialParameters(generator: &generator)
    }

    /// The scheduled rate of the epoch that starts from the current entry.
    public var pendingRate: Double { settings.schedule.learningRate(epoch: epoch, initial: settings.learningRate) }

    /// "the loss became NaN or infinite".
    public var nonFiniteReason: String { "the loss became NaN or infinite" }

    private var rowCount: Int { objective.data.count }
    private var batchSize: Int { min(max(settings.batchSize ?? rowCount, 1), max(rowCount, 1)) }

    /// Loss, objective, validation loss and gradient norm at `point` (the norm with L1 at the pending rate).
    public mutating func evaluate(epoch: Int) throws -> IterationEntry? {
        self.epoch = epoch
        guard point.allSatisfy({ $0.isFinite }) else { return nil }
        let (trainLoss, gradient) = objective.smoothGradient(point, rows: Array(0..<rowCount), training: false,
                                                             generator: &generator)
        fullGradient = gradient
        let validationLoss = validation.map { objective.dataLoss(point, on: $0) }
        let value = trainLoss + objective.regularization.penalty(point, penalized: objective.model.penalized)
        let norm = objective.stationarity(point, gradient: gradient, learningRate: pendingRate)
        guard trainLoss.isFinite, value.isFinite, norm.isFinite, validationLoss?.isFinite ?? true else { return nil }
        return IterationEntry(trainLoss: trainLoss, validationLoss: validationLoss, objective: value, gradientNorm: norm)
    }

    /// One epoch of batches; `.interrupted` when the deadline passes mid-epoch (checked every
    /// `Deadline.batchInterval` batches).
    public mutating func advance(deadline: Deadline?) throws -> IterationStep {
        let rate = pendingRate, n = rowCount, batch = batchSize
        let order = batch >= n ? Array(0..<n) : generator.permutation(n)
        let reusable = batch >= n && !objective.model.isStochastic ? fullGradient : nil
        for (index, start) in stride(from: 0, to: n, by: batch).enumerated() {
            if index > 0, index % Deadline.batchInterval == 0, deadline?.hasPassed == true { return .interrupted }
            let rows = Array(order[start..<min(start + batch, n)])
            let gradient = index == 0 && reusable != nil ? reusable!
                : objective.smoothGradient(point, rows: rows, generator: &generator).gradient
            optimizer.step(&point, gradient: gradient, learningRate: rate)
            objective.regularization.proximalStep(&point, penalized: objective.model.penalized, learningRate: rate)
            if !point.allSatisfy({ $0.isFinite }) { break }
        }
        return .moved(rate: rate)
    }
}
