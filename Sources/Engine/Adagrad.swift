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

extension Adagrad {
    /// `adagrad`: PyTorch's defaults lr 1e-2, eps 1e-10, lr_decay 0.
    public struct Settings: OptimizerSettings {
        /// Learning rate.
        public var learningRate = 0.01
        /// Rows per update (`nil`: all).
        public var batchSize: Int?
        /// ε > 0.
        public var epsilon = 1e-10
        /// Learning-rate decay ≥ 0.
        public var learningRateDecay = 0.0
        /// adagrad.
        public var name: String { "adagrad" }
        /// Loop family: first order.
        public var family: OptimizerFamily { .firstOrder }

        /// The defaults.
        public init() {}

        /// lr, batch_size, eps, lr_decay.
        public static var fields: [SettingField<Settings>] {
            [.learningRate(\.learningRate), .batchSize(\.batchSize), .number("eps", \.epsilon, .positive),
             .number("lr_decay", \.learningRateDecay, NumberRange(0...1e6))]
        }

        /// The update rule at its rate.
        public func makeMethod(penalized: [Bool]) throws -> TrainingMethod {
            .firstOrder(Adagrad(epsilon: epsilon, learningRateDecay: learningRateDecay), learningRate: learningRate,
                        batchSize: batchSize)
        }
    }
}
