import Foundation

/// Binary cross-entropy on a logit `z` with target `y ∈ {0, 1}` (torch `BCEWithLogitsLoss`).
///
/// Computed stably as `max(z, 0) − z·y + log(1 + e^{−|z|})`; derivative `σ(z) − y`.
public struct BCELoss: Loss {
    /// Creates the loss.
    public init() {}
    /// `bce`.
    public var name: String { "bce" }
    /// Binary classification.
    public var isClassification: Bool { true }
    /// One logit.
    public func outputCount(classCount: Int) -> Int { 1 }

    /// Stable binary cross-entropy and its derivative with respect to the logit; one `e^{−|z|}` serves both
    /// (it is the `e^{−z}` or `e^{z}` that `sigmoid` computes, so the bits are the same).
    public func evaluate(outputs: UnsafeBufferPointer<Double>, target: Double, delta: UnsafeMutableBufferPointer<Double>?) -> Double {
        let z = outputs[0], e = exp(-abs(z))
        delta?[0] = (z >= 0 ? 1 / (1 + e) : e / (1 + e)) - target
        return max(z, 0) - z * target + log1p(e)
    }

    /// `1/(1 + e^{−z})`, evaluated without overflow for large `|z|`.
    public static func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + exp(-z)) }
        let e = exp(z)
        return e / (1 + e)
    }
}
