import Foundation

/// Adagrad (torch.optim.Adagrad; initial accumulator 0): `s += g²`;
/// `θ ← θ − lr/(1 + (t−1)·decay) · g/(√s + eps)`.
public struct Adagrad: Optimizer {
    /// ε added to the denominator (torch default 1e-10).
    public let epsilon: Double
    /// Learning-rate decay (torch `lr_decay`, default 0).
    public let learningRateDecay: Double
    private var sum: [Double] = []
    private var step = 0

    /// Creates the optimizer.
    public init(epsilon: Double = 1e-10, learningRateDecay: Double = 0) {
        self.epsilon = epsilon
        self.learningRateDecay = learningRateDecay
    }

    /// One Adagrad update.
    public mutating func step(_ parameters: inout [Double], gradient: [Double], learningRate: Double) {
        if sum.isEmpty { sum = [Double](repeating: 0, count: parameters.count) }
        step += 1
        let rate = learningRate / (1 + Double(step - 1) * learningRateDecay)
        for i in parameters.indices {
            sum[i] += gradient[i] * gradient[i]
            parameters[i] -= rate * gradient[i] / (sum[i].squareRoot() + epsilon)
        }
    }
}
