import Config
import Engine
import Notebook

/// Maps a run spec to engine objects, refusing combinations that cannot work with a reason and an alternative.
struct EngineFactory {
    let spec: RunSpec
    let path: String

    private func location(_ key: String, _ sub: String? = nil) -> SourceLocation {
        let node = spec.resolved[key]
        return (sub.flatMap { node?[$0] } ?? node)?.location ?? spec.location
    }

    private func refuse(_ message: String, at key: String, _ sub: String? = nil, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location(key, sub), file: path, hint: hint)
    }

    /// Checks the model/loss/optimizer combination before any data is touched.
    func validate() throws {
        let model = spec.model.kind, loss = spec.loss, optimizer = spec.optimizer.name
        if ["mae", "huber", "cross_entropy", "hinge"].contains(loss) {
            throw refuse("loss '\(loss)' is not available in this version of nbrun", at: "loss", "name", hint: "use mse or bce")
        }
        if ["softmax", "mlp"].contains(model) {
            throw refuse("model '\(model)' is not available in this version of nbrun", at: "model", "name", hint: "use linear or logistic")
        }
        if ["newton", "cg", "lbfgs"].contains(optimizer) {
            throw refuse("optimizer '\(optimizer)' is not available in this version of nbrun", at: "optimizer", "name",
                         hint: "use gd, sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw or closed_form")
        }
        if model == "linear", loss == "bce" {
            throw refuse("loss 'bce' needs a model that outputs a logit", at: "loss", "name", hint: "use model: logistic")
        }
        if model == "logistic", loss != "bce" {
            throw refuse("model 'logistic' is trained with loss 'bce', not '\(loss)'", at: "loss", "name", hint: "use loss: bce, or model: linear")
        }
        if optimizer == "closed_form" {
            if model != "linear" || loss != "mse" {
                throw refuse("closed_form solves linear regression with mse only", at: "optimizer", "name",
                             hint: "use gd (or another iterative optimizer) for \(model) with \(loss)")
            }
            if spec.l1 > 0 {
                throw refuse("closed_form cannot solve an L1 penalty exactly (the objective is not differentiable at 0)", at: "optimizer", "name",
                             hint: "use gd: L1 is applied as a proximal step there")
            }
        }
    }

    /// The loss object.
    func makeLoss() -> any Loss {
        spec.loss == "bce" ? BCELoss() : MSELoss()
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
