/// Any first-order `Optimizer` as a full-batch `SearchMethod`: iteration t (0-based) steps with the scheduled
/// learning rate `schedule.learningRate(epoch: t, initial: learningRate)` and no line search, so the value may
/// rise (and diverge) exactly as in training.
public struct FirstOrderMethod: SearchMethod {
    /// The update rule.
    public var optimizer: any Optimizer
    /// Initial learning rate (> 0).
    public let learningRate: Double
    /// Learning-rate schedule.
    public let schedule: Schedule
    /// Gradient clipping before each step (`nil`: none).
    public var clipping: GradientClipping?
    private var iteration = 0

    /// Creates the method; the learning rate must be positive and finite.
    public init(optimizer: any Optimizer, learningRate: Double, schedule: Schedule = .constant) throws {
        guard learningRate > 0, learningRate.isFinite else {
            throw EngineError.invalidSetting("the learning rate must be a positive number, got \(learningRate)")
        }
        self.optimizer = optimizer
        self.learningRate = learningRate
        self.schedule = schedule
    }

    /// The rate of the next step.
    public var nextLearningRate: Double { schedule.learningRate(epoch: iteration, initial: learningRate) }

    /// `nextLearningRate`: a first-order method knows its next rate before stepping.
    public var plannedStepLength: Double? { nextLearningRate }

    /// `optimizer.step` at the scheduled rate, then evaluates the new point.
    public mutating func advance(_ function: any DifferentiableFunction, from current: Iterate) throws -> Iterate? {
        let rate = nextLearningRate
        iteration += 1
        var point = current.point, gradient = current.gradient
        clipping?.apply(&gradient)
        optimizer.step(&point, gradient: gradient, learningRate: rate)
        guard point.allSatisfy({ $0.isFinite }) else {
            return Iterate(point: point, value: .nan, gradient: current.gradient, stepLength: rate)
        }
        return try function.iterate(at: point, stepLength: rate)
    }
}
