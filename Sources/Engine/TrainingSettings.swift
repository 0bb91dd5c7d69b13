/// How long and how to train, independent of the update rule.
public struct TrainingSettings: Sendable {
    /// Number of passes over the training data.
    public var epochs: Int
    /// Initial learning rate.
    public var learningRate: Double
    /// Stop as converged when the gradient norm falls below this (0 disables).
    public var tolerance: Double
    /// Rows per update; `nil` means the whole training set.
    public var batchSize: Int?
    /// Learning-rate schedule.
    public var schedule: Schedule
    /// Early stopping on the validation loss, if any.
    public var earlyStopping: EarlyStopping?
    /// Seed for shuffling, dropout and initialization.
    public var seed: UInt64
    /// Stop with `TrainingStatus.timedOut` once this passes (`nil`: no limit).
    public var deadline: Deadline?
    /// The objective's minimizer, when known: the history then records the distance to it and the gap.
    public var optimum: KnownOptimum?
    /// Gradient clipping before each first-order step (`nil`: none).
    public var clipping: GradientClipping?

    /// Creates settings.
    public init(epochs: Int, learningRate: Double, tolerance: Double = 1e-8, batchSize: Int? = nil,
                schedule: Schedule = .constant, earlyStopping: EarlyStopping? = nil, seed: UInt64 = 0,
                deadline: Deadline? = nil) {
        self.epochs = epochs
        self.learningRate = learningRate
        self.tolerance = tolerance
        self.batchSize = batchSize
        self.schedule = schedule
        self.earlyStopping = earlyStopping
        self.seed = seed
        self.deadline = deadline
    }
}

/// What a run produced.
public struct TrainingResult: Equatable, Sendable {
    /// The per-epoch record.
    public var history: History
    /// How it ended.
    public var status: TrainingStatus
    /// Final parameters (the best epoch's when early stopping restored them).
    public var parameters: [Double]

    /// Creates a result.
    public init(history: History, status: TrainingStatus, parameters: [Double]) {
        self.history = history
        self.status = status
        self.parameters = parameters
    }
}
