import Foundation

/// Adam (torch.optim.Adam): `t += 1`; `m = β₁m + (1−β₁)g`; `v = β₂v + (1−β₂)g²`;
/// `den = √v̂/√(1−β₂ᵗ) + eps` (v̂ = max of raw v with AMSGrad); `θ ← θ − (lr/(1−β₁ᵗ))·m/den`.
///
/// AdamW (`decoupledWeightDecay` > 0) first shrinks the penalized weights, `w ← w(1 − lr·wd)`, then takes the
/// Adam step with the raw gradient. torch decays every parameter; nbrun decays the weights only, since the bias
/// is never penalized.
public struct Adam: Optimizer {
    /// β₁, β₂ (defaults 0.9, 0.999).
    public let beta1: Double, beta2: Double
    /// ε (default 1e-8).
    public let epsilon: Double
    /// AMSGrad variant.
    public let amsgrad: Bool
    /// AdamW weight decay (0 = plain Adam).
    public let decoupledWeightDecay: Double
    /// Entries subject to weight decay.
    public let penalized: [Bool]
    private var first: [Double] = [], second: [Double] = [], maxSecond: [Double] = []
    private var step = 0

    /// Creates the optimizer.
    public init(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, amsgrad: Bool = false,
                decoupledWeightDecay: Double = 0, penalized: [Bool] = []) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.amsgrad = amsgrad
        self.decoupledWeightDecay = decoupledWeightDecay
        self.penalized = penalized
    }

    /// One Adam (or AdamW) update.
    public mutating func step(_ parameters: inout [Double], gradient: [Double], learningRate: Double) {
        if first.isEmpty {
            first = [Double](repeating: 0, count: parameters.count)
            second = first
            maxSecond = first
        }
        step += 1
        if decoupledWeightDecay > 0 {
            for i in parameters.indices where i < penalized.count && penalized[i] {
                parameters[i] *= 1 - learningRate * decoupledWeightDecay
            }
        }
        let correction1 = 1 - pow(beta1, Double(step)), correction2 = (1 - pow(beta2, Double(step))).squareRoot()
        for i in parameters.indices {
            let g = gradient[i]
            first[i] = beta1 * first[i] + (1 - beta1) * g
            second[i] = beta2 * second[i] + (1 - beta2) * g * g
            var v = second[i]
            if amsgrad {
                maxSecond[i] = max(maxSecond[i], second[i])
                v = maxSecond[i]
            }
            let denominator = v.squareRoot() / correction2 + epsilon
            parameters[i] -= learningRate / correction1 * first[i] / denominator
        }
    }
}

extension Adam {
    /// `adam`: PyTorch's defaults lr 1e-3, β 0.9/0.999, eps 1e-8, no AMSGrad.
    public struct Settings: OptimizerSettings {
        /// Learning rate.
        public var learningRate = 0.001
        /// Rows per update (`nil`: all).
        public var batchSize: Int?
        /// β₁, β₂ in [0, 1).
        public var beta1 = 0.9, beta2 = 0.999
        /// ε > 0.
        public var epsilon = 1e-8
        /// AMSGrad variant.
        public var amsgrad = false
        /// adam.
        public var name: String { "adam" }
        /// Loop family: first order.
        public var family: OptimizerFamily { .firstOrder }

        /// The defaults.
        public init() {}

        /// lr, batch_size, beta1, beta2, eps, amsgrad.
        public static var fields: [SettingField<Settings>] {
            [.learningRate(\.learningRate), .batchSize(\.batchSize), .number("beta1", \.beta1, .fraction),
             .number("beta2", \.beta2, .fraction), .number("eps", \.epsilon, .positive), .flag("amsgrad", \.amsgrad)]
        }

        /// The update rule at its rate.
        public func makeMethod(penalized: [Bool]) throws -> TrainingMethod {
            .firstOrder(Adam(beta1: beta1, beta2: beta2, epsilon: epsilon, amsgrad: amsgrad), learningRate: learningRate,
                        batchSize: batchSize)
        }
    }
}
