/// A run's learned parameters as its model shapes them (the JSON's `params`, and what the Python export reads).
public enum LearnedParameters: Equatable, Sendable, Codable {
    /// Nothing was learned (a checked run).
    case none
    /// One output: a weight per feature and a bias.
    case linear(weights: [Double], bias: Double, features: [String])
    /// One output per class: a row of weights and a bias for each class.
    case perClass(weights: [[Double]], bias: [Double], features: [String], classes: [String])
    /// A network's layers, input side first.
    case network(layers: [Layer], features: [String])
    /// A formula's last point, argument by argument.
    case point([NamedValue])

    /// One layer of a network: a row of weights per output and a bias per output.
    public struct Layer: Equatable, Sendable, Codable {
        /// `weights[output][input]`.
        public var weights: [[Double]]
        /// `bias[output]`.
        public var bias: [Double]

        /// Creates a layer.
        public init(weights: [[Double]], bias: [Double]) {
            self.weights = weights
            self.bias = bias
        }
    }

    /// The number of model outputs (k rows of weights, the last layer's width, or one).
    public var outputCount: Int {
        switch self {
        case let .perClass(weights, _, _, _): return weights.count
        case let .network(layers, _): return layers.last?.bias.count ?? 1
        case .none, .linear, .point: return 1
        }
    }

    /// The model's input feature names (after expansion); `nil` for formula runs and checked runs.
    public var features: [String]? {
        switch self {
        case let .linear(_, _, features), let .perClass(_, _, features, _), let .network(_, features): return features
        case .none, .point: return nil
        }
    }
}
