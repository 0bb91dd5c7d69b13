import Config
import Engine
import Notebook

extension EngineFactory {
    /// Checks the model/loss/optimizer combination before any data is touched; each refusal says why and what
    /// to use instead.
    func validate() throws {
        try validateModelAndLoss()
        try validateOptimizer()
        try validateClipping()
    }

    /// Gradient clipping changes a first-order step; a line search or the closed form takes none to clip.
    func validateClipping() throws {
        guard spec.clipping != nil, spec.optimizer.family != .firstOrder else { return }
        throw refuse("clip_grad clips the gradient of a first-order step; \(spec.optimizer.name) takes no such step", at: "clip_grad",
                     hint: "drop clip_grad, or use a first-order optimizer (gd, sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw)")
    }

    private func validateModelAndLoss() throws {
        let loss = spec.loss.name
        switch (spec.model, spec.loss) {
        case (.softmax, .crossEntropy), (.logistic, .bce), (.mlp, _):
            return
        case (.softmax, .hinge):
            throw refuse("model 'softmax' turns scores into probabilities for cross-entropy; a hinge loss works on raw scores", at: "loss", "name",
                         hint: "use model: linear with loss: hinge (a linear SVM), or keep softmax with loss: cross_entropy")
        case (.softmax, _):
            throw refuse("model 'softmax' is trained with loss 'cross_entropy', not '\(loss)'", at: "loss", "name",
                         hint: "use loss: cross_entropy, or model: linear for regression")
        case (.logistic, _):
            throw refuse("model 'logistic' is trained with loss 'bce', not '\(loss)'", at: "loss", "name", hint: "use loss: bce, or model: linear")
        case (.linear, .bce):
            throw refuse("loss 'bce' needs a model that outputs a logit", at: "loss", "name", hint: "use model: logistic")
        case (.linear, .crossEntropy):
            throw refuse("loss 'cross_entropy' needs one logit per class and a softmax", at: "loss", "name",
                         hint: "use model: softmax (or model: mlp) for cross-entropy, or loss: mse for regression")
        default:
            return
        }
    }

    private func validateOptimizer() throws {
        let optimizer = spec.optimizer.name, loss = spec.loss.name
        if spec.optimizer.family == .exact {
            if !isLinearRegression {
                throw refuse("closed_form solves linear regression with mse only", at: "optimizer", "name",
                             hint: "use \(spec.loss.hasKinks ? "gd or adam" : "gd or lbfgs") for \(spec.model.name) with \(loss)")
            }
            if spec.l1 > 0 {
                throw refuse("closed_form cannot solve an L1 penalty exactly (the objective is not differentiable at 0)", at: "optimizer", "name",
                             hint: "use gd: L1 is applied as a proximal step there")
            }
        }
        guard spec.optimizer.family == .lineSearch else { return }
        if spec.l1 > 0 {
            throw refuse("\(optimizer) needs a differentiable objective, and an L1 penalty is not differentiable at 0", at: "optimizer", "name",
                         hint: "use gd (L1 as a proximal step, weights reach exactly 0), or an l2 penalty with \(optimizer)")
        }
        if spec.loss.hasKinks {
            throw refuse("\(optimizer) needs a smooth objective, but loss '\(loss)' has kinks where its line search stalls", at: "optimizer", "name",
                         hint: "use gd, sgd or adam (subgradient steps), or a smooth loss such as \(loss == "mae" ? "huber" : "cross_entropy")")
        }
        if case let .mlp(network) = spec.model, network.dropout > 0 {
            throw refuse("dropout makes every gradient random, but \(optimizer) needs one deterministic objective for its line search", at: "optimizer", "name",
                         hint: "use adam or sgd with dropout, or drop the dropout for \(optimizer)")
        }
    }

    /// `true` for a linear model with mse: what closed_form solves, and where a distance to the optimum exists.
    var isLinearRegression: Bool {
        guard case .linear = spec.model else { return false }
        return spec.loss == .mse
    }

    /// Checks limits that depend on the model's size (Newton's d × d Hessian), as the optimizer states them.
    func validate(model: any Model) throws {
        if let refusal = spec.optimizer.refusal(parameterCount: model.parameterCount) {
            throw refuse(refusal.message, at: "optimizer", "name", hint: refusal.hint)
        }
    }

    /// Checks the targets against the loss: class labels for bce, hinge and cross-entropy.
    func validateTargets(_ data: Dataset) throws {
        let loss = spec.loss.name
        guard spec.loss.isClassification else { return }
        let key = spec.resolved["loss"] != nil ? "loss" : "model"
        if let bad = data.targets.first(where: { $0 < 0 || $0 != $0.rounded() || !$0.isFinite }) {
            throw refuse("loss '\(loss)' needs class labels 0, 1, 2, …, but the target has the value \(ResultFormat.number(bad)), which looks like a regression target",
                         at: key, hint: "use loss: mse (or mae, huber) with model: linear for a numeric target")
        }
        let distinct = Set(data.targets).count
        if spec.loss == .bce, let bad = data.targets.first(where: { $0 != 0 && $0 != 1 }) {
            throw refuse("loss 'bce' needs two classes (targets 0 and 1), but the target has \(distinct) distinct values (e.g. \(ResultFormat.number(bad)))",
                         at: key, hint: "use model: softmax with loss: cross_entropy for more than two classes")
        }
        if let top = data.targets.max(), top >= 100 {
            throw refuse("loss '\(loss)' supports at most 100 classes, but the target has labels up to \(ResultFormat.number(top))", at: key,
                         hint: "check the target column; a numeric target needs loss: mse")
        }
    }
}
