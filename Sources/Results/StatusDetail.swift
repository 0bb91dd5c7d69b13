import Engine

/// How a run ended, with every fact its status sentence states: written once by the runner, spelled by each
/// language's `statusSentence` in the report (and in the JSON's `status_line`).
public struct StatusDetail: Equatable, Sendable, Codable {
    /// What ran: a model trained on data (counted in epochs) or a formula minimized (counted in steps).
    public enum Subject: String, Equatable, Sendable, Codable {
        case training, formula
    }

    /// Why the run stopped.
    public enum Stop: Equatable, Sendable, Codable {
        /// The gradient norm fell below the tolerance at this epoch (step).
        case converged(epoch: Int)
        /// A solver computed the exact optimum (closed form).
        case solved(Solver)
        /// The line search found no lower value at this epoch (step): a minimum to machine precision.
        case stalled(epoch: Int)
        /// Early stopping ended the run at `epoch`; the best validation loss was at `best`.
        case earlyStopped(epoch: Int, best: Int)
        /// The run diverged at this epoch (step).
        case diverged(epoch: Int, cause: DivergenceCause)
        /// Every epoch (step) ran without meeting the tolerance.
        case maxEpochs(epoch: Int)
        /// The time limit ran out after this many epochs (steps).
        case timedOut(epoch: Int)
        /// Validated with `--check`, not run.
        case checked
        /// The run failed with this message (its diagnostic is the result's `error`).
        case failed(message: String)
    }

    /// What ran.
    public var subject: Subject
    /// Why it stopped.
    public var stop: Stop
    /// The convergence tolerance on the gradient norm.
    public var tolerance: Double?
    /// The gradient norm of the last entry.
    public var gradientNorm: Double?
    /// With early stopping: the epoch of the best validation loss (also when the rule never stopped the run).
    public var bestEpoch: Int?
    /// With early stopping: whether the best epoch's weights were restored.
    public var restoresBest = false
    /// First-order optimizers: the learning rate (a diverged run's advice names it).
    public var learningRate: Double?
    /// A CSV target of class names: which number each class became.
    public var classes: ClassMapping?
    /// Formula runs: the last point, argument by argument, and the formula's value there.
    public var point: [NamedValue] = []
    /// Formula runs: the value at `point`.
    public var value: Double?

    /// Creates a detail.
    public init(subject: Subject, stop: Stop, tolerance: Double? = nil, gradientNorm: Double? = nil) {
        self.subject = subject
        self.stop = stop
        self.tolerance = tolerance
        self.gradientNorm = gradientNorm
    }

    /// The status a badge and the JSON show (a stalled line search and a closed form count as converged).
    public var status: RunStatus {
        switch stop {
        case .converged, .solved, .stalled: return .converged
        case .earlyStopped: return .earlyStopped
        case .diverged: return .diverged
        case .maxEpochs: return .maxEpochs
        case .timedOut: return .timedOut
        case .checked: return .checked
        case .failed: return .error
        }
    }
}

/// A solver that computes an optimum exactly.
public enum Solver: String, Equatable, Sendable, Codable {
    /// Least squares by a QR factorization (`closed_form`).
    case leastSquaresQR = "least_squares_qr"
}

/// The classes of a CSV target given as names: class `i` is `names[i]` (sorted by name).
public struct ClassMapping: Equatable, Sendable, Codable {
    /// The target column.
    public var target: String
    /// The class names, in class-number order.
    public var names: [String]

    /// Creates a mapping.
    public init(target: String, names: [String]) {
        self.target = target
        self.names = names
    }
}
