/// RMSprop (torch.optim.RMSprop, no bias correction): `v = αv + (1−α)g²`; `θ ← θ − lr·g/(√v + eps)`.
/// Centered: `ḡ = αḡ + (1−α)g`, denominator `√(v − ḡ²) + eps`. With momentum μ: `b = μb + g/den`, `θ −= lr·b`.
public struct RMSprop: Optimizer {
    /// Smoothing constant α (default 0.99).
    public let alpha: Double
    /// ε (default 1e-8).
    public let epsilon: Double
    /// Momentum μ (default 0).
    public let momentum: Double
    /// Centered variant.
    public let centered: Bool
    private var square: [Double] = []
    private var average: [Double] = []
    private var buffer: [Double] = []

    /// Creates the optimizer.
    public init(alpha: Double = 0.99, epsilon: Double = 1e-8, momentum: Double = 0, centered: Bool = false) {
        self.alpha = alpha
        self.epsilon = epsilon
        self.momentum = momentum
        self.centered = centered
    }

    /// One RMSprop update.
    public mutating func step(_ parameters: inout [Double], gradient: [Double], learningRate: Double) {
        if square.isEmpty {
            square = [Double](repeating: 0, count: parameters.count)
            average = square
            buffer = square
        }
        for i in parameters.indices {
            let g = gradient[i]
            square[i] = alpha * square[i] + (1 - alpha) * g * g
            var variance = square[i]
            if centered {
                average[i] = alpha * average[i] + (1 - alpha) * g
                variance -= average[i] * average[i]
            }
            let denominator = variance.squareRoot() + epsilon
            if momentum > 0 {
                buffer[i] = momentum * buffer[i] + g / denominator
                parameters[i] -= learningRate * buffer[i]
            } else {
                parameters[i] -= learningRate * g / denominator
            }
        }
    }
}

extension RMSprop {
    /// `rmsprop`: PyTorch's defaults lr 1e-2, α 0.99, eps 1e-8, momentum 0, not centered.
    public struct Settings: OptimizerSettings {
        /// Learning rate.
        public var learningRate = 0.01
        /// Rows per update (`nil`: all).
        public var batchSize: Int?
        /// α in [0, 1).
        public var alpha = 0.99
        /// ε > 0.
        public var epsilon = 1e-8
        /// μ in [0, 1).
        public var momentum = 0.0
        /// Centered variant.
        public var centered = false
        /// rmsprop.
        public var name: String { "rmsprop" }
        /// Loop family: first order.
        public var family: OptimizerFamily { .firstOrder }

        /// The defaults.
        public init() {}

        /// lr, batch_size, alpha, eps, momentum, centered.
        public static var fields: [SettingField<Settings>] {
            [.learningRate(\.learningRate), .batchSize(\.batchSize), .number("alpha", \.alpha, .fraction),
             .number("eps", \.epsilon, .positive), .number("momentum", \.momentum, .fraction), .flag("centered", \.centered)]
        }

        /// The update rule at its rate.
        public func makeMethod(penalized: [Bool]) throws -> TrainingMethod {
            .firstOrder(RMSprop(alpha: alpha, epsilon: epsilon, momentum: momentum, centered: centered),
                        learningRate: learningRate, batchSize: batchSize)
        }
    }
}
