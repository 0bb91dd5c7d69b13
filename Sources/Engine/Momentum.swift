/// Heavy-ball momentum in PyTorch's form (dampening 0): first step `b = g`, then `b = μb + g`;
/// `θ ← θ − lr·b`. With `nesterov`, the step direction is `g + μb` (PyTorch's look-ahead form of
/// Sutskever's Nesterov momentum).
public struct Momentum: Optimizer {
    /// Momentum coefficient μ ∈ [0, 1).
    public let momentum: Double
    /// Use the Nesterov direction.
    public let nesterov: Bool
    /// The momentum buffer b (empty before the first step), updated in place.
    private var buffer: [Double] = []

    /// Creates the optimizer with coefficient `momentum` (PyTorch's default in nbrun: 0.9).
    public init(momentum: Double = 0.9, nesterov: Bool = false) {
        self.momentum = momentum
        self.nesterov = nesterov
    }

    /// One momentum update.
    public mutating func step(_ parameters: inout [Double], gradient: [Double], learningRate: Double) {
        if buffer.isEmpty {
            buffer = gradient
        } else {
            for i in buffer.indices { buffer[i] = momentum * buffer[i] + gradient[i] }
        }
        for i in parameters.indices {
            let direction = nesterov ? gradient[i] + momentum * buffer[i] : buffer[i]
            parameters[i] -= learningRate * direction
        }
    }
}

extension Momentum {
    /// `momentum` or `nesterov`: lr 0.1, momentum 0.9 (PyTorch has no defaults for either), whole-set batches.
    public struct Settings: OptimizerSettings {
        /// momentum or nesterov.
        public let name: String
        /// Use the Nesterov direction.
        public let nesterov: Bool
        /// Learning rate.
        public var learningRate = 0.1
        /// Rows per update (`nil`: all).
        public var batchSize: Int?
        /// μ in [0, 1).
        public var momentum = 0.9
        /// Loop family: first order.
        public var family: OptimizerFamily { .firstOrder }

        /// Heavy-ball momentum.
        public static let heavyBall = Settings(name: "momentum", nesterov: false)
        /// Nesterov momentum.
        public static let nesterov = Settings(name: "nesterov", nesterov: true)

        /// lr, batch_size, momentum.
        public static var fields: [SettingField<Settings>] {
            [.learningRate(\.learningRate), .batchSize(\.batchSize), .number("momentum", \.momentum, .fraction)]
        }

        /// The update rule at its rate.
        public func makeMethod(penalized: [Bool]) throws -> TrainingMethod {
            .firstOrder(Momentum(momentum: momentum, nesterov: nesterov), learningRate: learningRate, batchSize: batchSize)
        }
    }
}
