import Config
import Engine
import Notebook

/// Maps a run spec to engine objects (loss, model, optimizer or search method, schedule, settings), refusing
/// combinations that cannot work with a reason and an alternative (see `EngineFactory+Validation`).
struct EngineFactory {
    let spec: RunSpec
    let path: String

    private func location(_ key: String, _ sub: String? = nil) -> SourceLocation {
        let node = spec.resolved[key]
        return (sub.flatMap { node?[$0] } ?? node)?.location ?? spec.location
    }

    func refuse(_ message: String, at key: String, _ sub: String? = nil, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location(key, sub), file: path, hint: hint)
    }

    /// The loss object.
    func makeLoss() -> any Loss {
        switch spec.loss {
        case "bce": return BCELoss()
        case "mae": return MAELoss()
        case "huber": return HuberLoss(delta: spec.huberDelta)
        case "cross_entropy": return CrossEntropyLoss()
        case "hinge": return HingeLoss()
        default: return MSELoss()
        }
    }

    /// The model for `data` (inputs after expansion) and `loss` (number of outputs from the class count).
    func makeModel(data: Dataset, loss: any Loss) -> any Model {
        let outputs = loss.isClassification ? loss.outputCount(classCount: data.classCount) : 1
        switch spec.model.kind {
        case "mlp":
            return MLPModel(inputs: data.featureCount, hidden: spec.model.hidden, outputs: outputs,
                            activation: Activation(rawValue: spec.model.activation) ?? .relu, dropout: spec.model.dropout)
        case "logistic":
            return LinearModel(inputs: data.featureCount, outputs: 1)
        default:
            return LinearModel(inputs: data.featureCount, outputs: outputs)
        }
    }

    /// `true` for the full-batch line-search and second-order methods.
    var isSearchMethod: Bool { ["newton", "cg", "lbfgs"].contains(spec.optimizer.name) }

    /// newton, cg or lbfgs.
    func makeSearchMethod() throws -> any SearchMethod {
        switch spec.optimizer.name {
        case "newton": return NewtonMethod()
        case "cg": return ConjugateGradient()
        default: return try LBFGS(memory: spec.optimizer.memory)
        }
    }

    /// The update rule for a first-order optimizer.
    func makeOptimizer(penalized: [Bool]) -> any Optimizer {
        let o = spec.optimizer
        switch o.name {
        case "momentum": return Momentum(momentum: o.momentum, nesterov: false)
        case "nesterov": return Momentum(momentum: o.momentum, nesterov: true)
        case "adagrad": return Adagrad(epsilon: o.epsilon, learningRateDecay: o.learningRateDecay)
        case "rmsprop": return RMSprop(alpha: o.alpha, epsilon: o.epsilon, momentum: o.momentum, centered: o.centered)
        case "adam": return Adam(beta1: o.beta1, beta2: o.beta2, epsilon: o.epsilon, amsgrad: o.amsgrad)
        case "adamw": return Adam(beta1: o.beta1, beta2: o.beta2, epsilon: o.epsilon, amsgrad: o.amsgrad,
                                  decoupledWeightDecay: o.weightDecay, penalized: penalized)
        default: return GradientDescent()
        }
    }

    /// The schedule.
    func makeSchedule() -> Schedule {
        let s = spec.schedule
        switch s.name {
        case "step": return .step(every: s.every, gamma: s.gamma)
        case "exponential": return .exponential(gamma: s.gamma)
        case "cosine": return .cosine(period: s.period, minimum: s.minimum)
        default: return .constant
        }
    }

    /// Training settings.
    func makeSettings() -> TrainingSettings {
        TrainingSettings(epochs: spec.epochs, learningRate: spec.optimizer.learningRate, tolerance: spec.tolerance,
                         batchSize: spec.optimizer.batchSize, schedule: makeSchedule(),
                         earlyStopping: spec.earlyStopping.map { EarlyStopping(patience: $0.patience, minDelta: $0.minDelta, restoreBest: $0.restoreBest) },
                         seed: spec.seed)
    }
}
