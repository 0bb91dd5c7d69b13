/// Plain gradient descent: `θ ← θ − lr·g`.
///
/// With the full training set per step it is batch gradient descent (`gd`); with small batches it is
/// stochastic gradient descent (`sgd`, torch `SGD` without momentum).
public struct GradientDescent: Optimizer {
    /// Creates the optimizer.
    public init() {}

    /// `θ ← θ − lr·g`.
    public mutating func step(_ parameters: inout [Double], gradient: [Double], learningRate: Double) {
        for i in parameters.indices { parameters[i] -= learningRate * gradient[i] }
    }
}

extension GradientDescent {
    /// `gd` (lr 0.1, the whole training set per step) or `sgd` (lr 0.1, one row per step).
    public struct Settings: OptimizerSettings {
        /// gd or sgd.
        public let name: String
        /// Learning rate.
        public var learningRate = 0.1
        /// Rows per update (`nil`: all).
        public var batchSize: Int?
        /// Loop family: first order.
        public var family: OptimizerFamily { .firstOrder }

        /// Batch gradient descent.
        public static let gd = Settings(name: "gd", batchSize: nil)
        /// Stochastic gradient descent, one row per update.
        public static let sgd = Settings(name: "sgd", batchSize: 1)

        /// lr, batch_size.
        public static var fields: [SettingField<Settings>] { [.learningRate(\.learningRate), .batchSize(\.batchSize)] }

        /// The update rule at its rate.
        public func makeMethod(penalized: [Bool]) throws -> TrainingMethod {
            .firstOrder(GradientDescent(), learningRate: learningRate, batchSize: batchSize)
        }
    }
}
