/// Penalties on the weights (never the biases): `l1·Σ|wⱼ| + l2·Σwⱼ²`.
///
/// L2 is part of the smooth objective (gradient `2·l2·w`); L1 is applied as a proximal soft-threshold step
/// after each gradient step, `w ← sign(w)·max(|w| − lr·l1, 0)`, so weights reach exactly zero.
public struct Regularization: Equatable, Sendable {
    /// L1 strength (≥ 0).
    public var l1: Double
    /// L2 strength (≥ 0).
    public var l2: Double

    /// Creates the penalty.
    public init(l1: Double = 0, l2: Double = 0) {
        self.l1 = l1
        self.l2 = l2
    }

    /// `l1·Σ|wⱼ| + l2·Σwⱼ²` over penalized entries.
    public func penalty(_ parameters: [Double], penalized: [Bool]) -> Double {
        var sum = 0.0
        for i in parameters.indices where penalized[i] {
            sum += l1 * abs(parameters[i]) + l2 * parameters[i] * parameters[i]
        }
        return sum
    }

    /// Adds the L2 gradient `2·l2·w` to `gradient`.
    public func addSmoothGradient(_ parameters: [Double], penalized: [Bool], to gradient: inout [Double]) {
        guard l2 != 0 else { return }
        for i in parameters.indices where penalized[i] { gradient[i] += 2 * l2 * parameters[i] }
    }

    /// The L1 proximal step with step size `learningRate` applied in place to penalized entries.
    public func proximalStep(_ parameters: inout [Double], penalized: [Bool], learningRate: Double) {
        guard l1 != 0 else { return }
        let threshold = learningRate * l1
        for i in parameters.indices where penalized[i] {
            let magnitude = abs(parameters[i]) - threshold
            parameters[i] = magnitude > 0 ? (parameters[i] > 0 ? magnitude : -magnitude) : 0
        }
    }
}
