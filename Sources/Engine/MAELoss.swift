/// Absolute error `|ŷ − y|` (torch `L1Loss`); derivative `sign(ŷ − y)`, 0 at a tie (torch's subgradient).
public struct MAELoss: Loss {
    /// Creates the loss.
    public init() {}
    /// `mae`.
    public var name: String { "mae" }
    /// Regression.
    public var isClassification: Bool { false }
    /// One output.
    public func outputCount(classCount: Int) -> Int { 1 }

    /// `|ŷ − y|`, derivative `sign(ŷ − y)`.
    public func evaluate(outputs: UnsafeBufferPointer<Double>, target: Double, delta: UnsafeMutableBufferPointer<Double>?) -> Double {
        let residual = outputs[0] - target
        delta?[0] = residual > 0 ? 1 : (residual < 0 ? -1 : 0)
        return abs(residual)
    }
}
