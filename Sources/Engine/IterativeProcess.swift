/// One kind of run as the `IterationDriver` drives it: a point, a way to evaluate it as a history entry, and a
/// way to step from it. The driver owns every stop rule; a process only computes.
public protocol IterativeProcess {
    /// The current parameters (after `advance`, the candidate the next `evaluate` checks).
    var point: [Double] { get }
    /// The rate the next step from `point` will use, recorded as the newest entry's learning rate until a step
    /// reports the rate it really used: the scheduled rate for first-order methods, the previous step length
    /// (0 before any step) for line searches.
    var pendingRate: Double { get }
    /// The reason given when an entry is not finite ("the loss became NaN or infinite").
    var nonFiniteReason: String { get }
    /// Evaluates `point` as history entry `epoch`; `nil` when anything in it is NaN or infinite. A thrown error
    /// (e.g. a formula's domain error) ends the run as diverged with its description.
    mutating func evaluate(epoch: Int) throws -> IterationEntry?
    /// One epoch or iteration from `point`, checking `deadline` inside long epochs.
    mutating func advance(deadline: Deadline?) throws -> IterationStep
}

/// What one evaluation of a point gives the history (its learning rate is the driver's business).
public struct IterationEntry: Equatable, Sendable {
    /// Mean training loss (for formulas, the value).
    public var trainLoss: Double
    /// Mean validation loss, when data was held out.
    public var validationLoss: Double?
    /// The objective J (for formulas, the value).
    public var objective: Double
    /// Gradient norm (proximal gradient mapping with L1).
    public var gradientNorm: Double
    /// The point itself, when the history keeps the path (formula runs).
    public var iterate: [Double]?

    /// Creates an entry.
    public init(trainLoss: Double, validationLoss: Double? = nil, objective: Double, gradientNorm: Double,
                iterate: [Double]? = nil) {
        self.trainLoss = trainLoss
        self.validationLoss = validationLoss
        self.objective = objective
        self.gradientNorm = gradientNorm
        self.iterate = iterate
    }
}

/// How one step of a process ended.
public enum IterationStep: Equatable, Sendable {
    /// The point moved with this rate (learning rate or accepted step length α).
    case moved(rate: Double)
    /// No step lowers the value any more (a line search stalled).
    case stalled
    /// The deadline passed in the middle of the step.
    case interrupted
}
