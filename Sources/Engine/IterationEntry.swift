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
