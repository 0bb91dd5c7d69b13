/// A model as a config chooses it, with its settings; `make` gives the engine's `Model`.
public enum ModelChoice: Equatable, Sendable {
    /// `linear`: one output per target (k outputs for k classes).
    case linear(LinearModel.Settings)
    /// `logistic`: one logit for two classes.
    case logistic(LinearModel.Settings)
    /// `softmax`: one logit per class.
    case softmax
    /// `mlp`: a multilayer perceptron.
    case mlp(MLPModel.Settings)

    /// Every model with its defaults, in the order configs list them.
    public static let all: [ModelChoice] = [.linear(LinearModel.Settings()), .logistic(LinearModel.Settings()), .softmax,
                                            .mlp(MLPModel.Settings())]

    /// The name in configs.
    public var name: String {
        switch self {
        case .linear: return "linear"
        case .logistic: return "logistic"
        case .softmax: return "softmax"
        case .mlp: return "mlp"
        }
    }

    /// The polynomial degree of a linear or logistic model's feature expansion.
    public var polynomialDegree: Int? {
        switch self {
        case let .linear(settings), let .logistic(settings): return settings.polynomialDegree
        case .softmax, .mlp: return nil
        }
    }

    /// `true` for models that only make sense with class labels (logistic, softmax).
    public var isClassifier: Bool {
        switch self {
        case .logistic, .softmax: return true
        case .linear, .mlp: return false
        }
    }

    /// The loss used when a config names none: bce for logistic, cross-entropy for softmax and classification
    /// data, else mse.
    public func defaultLoss(classification: Bool) -> LossChoice {
        if case .logistic = self { return .bce }
        if case .softmax = self { return .crossEntropy }
        return classification ? .crossEntropy : .mse
    }

    /// The model for `inputs` features and `outputs` outputs (a logistic model always has one).
    public func make(inputs: Int, outputs: Int) -> any Model {
        switch self {
        case let .mlp(settings):
            var network = MLPModel(inputs: inputs, hidden: settings.hidden, outputs: outputs, activation: settings.activation,
                                   dropout: settings.dropout)
            network.initialization = settings.initialization
            return network
        case let .logistic(settings): return LinearModel(inputs: inputs, outputs: 1, initialization: settings.initialization)
        case let .linear(settings): return LinearModel(inputs: inputs, outputs: outputs, initialization: settings.initialization)
        case .softmax: return LinearModel(inputs: inputs, outputs: outputs)
        }
    }
}
