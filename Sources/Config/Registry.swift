import Engine

/// The one table of what a config may choose by name: every optimizer, loss and model, with its defaults and
/// the keys it accepts (from its settings' fields). Adding an optimizer is its own file in `Sources/Engine`
/// (the update rule and its `Settings`) plus one line in `optimizers`.
public enum Registry {
    /// Every optimizer with its defaults, in the order error hints list them.
    public static let optimizers: [any OptimizerSettings] = [
        GradientDescent.Settings.gd,
        GradientDescent.Settings.sgd,
        Momentum.Settings.heavyBall,
        Momentum.Settings.nesterov,
        Adagrad.Settings(),
        RMSprop.Settings(),
        Adam.Settings(),
        AdamW.Settings(),
        NewtonMethod.Settings(),
        ConjugateGradient.Settings(),
        LBFGS.Settings(),
        ClosedForm.Settings(),
    ]

    /// Every loss with its defaults.
    public static let losses = LossChoice.all

    /// Every model with its defaults.
    public static let models = ModelChoice.all

    /// The optimizer names.
    public static var optimizerNames: [String] { optimizers.map(\.name) }

    /// The defaults of the optimizer called `name`.
    public static func optimizer(named name: String) -> (any OptimizerSettings)? {
        optimizers.first { $0.name == name }
    }

    /// The keys a loss accepts.
    public static func keys(of loss: LossChoice) -> [String] {
        if case .huber = loss { return ["name"] + HuberLoss.Settings.fields.map(\.key) }
        return ["name"]
    }

    /// The keys a model accepts.
    public static func keys(of model: ModelChoice) -> [String] {
        switch model {
        case .linear, .logistic: return ["name"] + LinearModel.Settings.fields.map(\.key) + ["init"]
        case .mlp: return ["name", "hidden", "activation", "dropout", "init"]
        case .softmax: return ["name"]
        }
    }
}
