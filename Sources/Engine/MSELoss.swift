/// Squared error `(y − ŷ)²` (torch `MSELoss`, no ½); derivative `2(ŷ − y)`.
public struct MSELoss: Loss {
    /// Creates the loss.
    public init() {}
    /// `mse`.
    public var name: String { "mse" }
    /// Regression.
    public var isClassification: Bool { false }
    /// One output.
    public func outputCount(classCount: Int) -> Int { 1 }

    /// `(ŷ − y)²`, derivative `2(ŷ − y)`.
    public func evaluate(outputs: UnsafeBufferPointer<Double>, target: Double, delta: UnsafeMutableBufferPointer<Double>?) -> Double {
        let residual = outputs[0] - target
        delta?[0] = 2 * residual
        return residual * residual
    }
}
