/// Per-epoch record of a run. Entry 0 is the state before the first update.
public struct History: Equatable, Sendable {
    /// Epoch numbers 0, 1, ….
    public var epoch: [Int] = []
    /// Mean training loss (without penalty).
    public var trainLoss: [Double] = []
    /// Mean validation loss, when there is validation data.
    public var validationLoss: [Double]?
    /// The objective J (mean loss + penalty) on the training data.
    public var objective: [Double] = []
    /// Learning rate used by the epoch that starts from this entry.
    public var learningRate: [Double] = []
    /// Gradient norm of J (proximal gradient mapping with L1) at this entry.
    public var gradientNorm: [Double] = []
    /// The iterates θ of each entry; filled by `ObjectiveMinimizer` (formula runs draw their path from it).
    public var iterates: [[Double]] = []
    /// ‖θ − θ*‖ of each entry, when the driver was given a `KnownOptimum`.
    public var distance: [Double]?
    /// J(θ) − J* of each entry, when the driver was given a `KnownOptimum`.
    public var gap: [Double]?

    /// An empty history; `withValidation` allocates the validation column, `withOptimum` the distance and gap.
    public init(withValidation: Bool = false, withOptimum: Bool = false) {
        validationLoss = withValidation ? [] : nil
        if withOptimum {
            distance = []
            gap = []
        }
    }

    /// Appends one entry's distance to the optimum and gap (only when the history has those columns).
    public mutating func appendOptimum(distance: Double, gap: Double) {
        self.distance?.append(distance)
        self.gap?.append(gap)
    }

    /// Number of entries.
    public var count: Int { epoch.count }

    /// Appends one entry.
    public mutating func append(epoch: Int, trainLoss: Double, validationLoss: Double?, objective: Double,
                                learningRate: Double, gradientNorm: Double) {
        self.epoch.append(epoch)
        self.trainLoss.append(trainLoss)
        if let validationLoss { self.validationLoss?.append(validationLoss) }
        self.objective.append(objective)
        self.learningRate.append(learningRate)
        self.gradientNorm.append(gradientNorm)
    }
}

/// How a run ended.
public enum TrainingStatus: Equatable, Sendable {
    /// The gradient norm fell below the tolerance at `epoch`.
    case converged(epoch: Int)
    /// Early stopping triggered at `epoch`; the best validation loss was at `bestEpoch`.
    case earlyStopped(epoch: Int, bestEpoch: Int)
    /// The loss or the parameters became NaN or infinite during `epoch`, or evaluating failed; the history stops
    /// before it.
    case diverged(epoch: Int, cause: DivergenceCause)
    /// All `epoch` epochs ran without meeting the tolerance.
    case maxEpochs(epoch: Int)
    /// A line-search method found no lower value at `epoch` (a minimum to machine precision, or a kink of a
    /// non-smooth objective); reported as converged.
    case stalled(epoch: Int)
    /// The deadline of `TrainingSettings.deadline` (or the minimizer's) passed; `epoch` epochs were completed.
    case timedOut(epoch: Int)

    /// `true` when converged, or stalled (a line search at the minimum to machine precision, reported as converged).
    public var isConverged: Bool {
        switch self {
        case .converged, .stalled: return true
        case .earlyStopped, .diverged, .maxEpochs, .timedOut: return false
        }
    }
}
