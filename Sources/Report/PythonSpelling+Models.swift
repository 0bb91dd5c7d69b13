extension PythonSpelling {
    /// How a run's loss is written: the `criterion` of the prelude's loop, a function of the outputs (rows × k)
    /// and the targets.
    struct Loss {
        /// The criterion expression, from the loss's settings.
        var criterion: (Literal) -> String
        /// A trailing comment, if any.
        var note: String?
        /// The settings keys the criterion writes.
        var keys: Set<String> = []
        /// Whether it trains on class labels (the report then scores accuracy).
        var isClassification = false
    }

    /// How a run's model is written.
    enum Model {
        /// `linear_model`: one `nn.Linear` started at zero (linear, logistic and softmax models); its polynomial
        /// degree is written as the data's expansion (`prepare(degree=…)`).
        case linear
        /// `network`: `nn.Sequential` of `nn.Linear` layers with the activation and dropout between them.
        case network

        /// The settings keys the model's lines write.
        var keys: Set<String> {
            switch self {
            case .linear: return ["polynomial"]
            case .network: return ["hidden", "activation", "dropout"]
            }
        }
    }

    /// Every loss by its config name.
    static let losses: [String: Loss] = [
        "mse": Loss(criterion: { _ in "lambda z, y: nn.MSELoss()(z[:, 0], y)" }, note: "mean of (ŷ − y)²"),
        "mae": Loss(criterion: { _ in "lambda z, y: nn.L1Loss()(z[:, 0], y)" }, note: "mean of |ŷ − y|"),
        "huber": Loss(criterion: { "lambda z, y: nn.HuberLoss(delta=\($0("delta")))(z[:, 0], y)" }, keys: ["delta"]),
        "bce": Loss(criterion: { _ in "lambda z, y: nn.BCEWithLogitsLoss()(z[:, 0], y)" }, note: "on the logit z", isClassification: true),
        "cross_entropy": Loss(criterion: { _ in "lambda z, y: nn.CrossEntropyLoss()(z, y.long())" }, note: "on the logits z",
                              isClassification: true),
        "hinge": Loss(criterion: { _ in "hinge" }, note: "labels ±1, multiclass Crammer–Singer (defined above)", isClassification: true),
    ]

    /// Every model by its config name.
    static let models: [String: Model] = ["linear": .linear, "logistic": .linear, "softmax": .linear, "mlp": .network]
}
