/// The names a config block may use.
public enum Vocabulary {
    /// Top-level keys of a run block.
    public static let runKeys = ["data", "model", "loss", "regularization", "optimizer", "epochs", "steps", "tolerance",
                                 "schedule", "early_stopping", "metrics", "objective", "start", "show", "echo", "log_scale", "seed",
                                 "extends", "sweep", "compare"]
    /// Data generators.
    public static let generators = ["linear", "polynomial", "blobs", "moons", "circles", "xor", "spiral"]
    /// Generators whose targets are classes.
    public static let classificationGenerators: Set<String> = ["blobs", "moons", "circles", "xor", "spiral"]
    /// Keys of `data`.
    public static let dataKeys = ["generate", "n", "weights", "bias", "coefficients", "noise", "centers", "classes",
                                  "x_range", "seed", "csv", "target", "features", "validation", "standardize", "from"]
    /// Models.
    public static let models = ["linear", "logistic", "softmax", "mlp"]
    /// Losses.
    public static let losses = ["mse", "mae", "huber", "bce", "cross_entropy", "hinge"]
    /// Optimizers.
    public static let optimizers = ["gd", "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw",
                                    "newton", "cg", "lbfgs", "closed_form"]
    /// First-order optimizers (take batches and a learning rate).
    public static let firstOrder: Set<String> = ["gd", "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw"]
    /// Schedules.
    public static let schedules = ["constant", "step", "exponential", "cosine"]
    /// Metrics.
    public static let metrics = ["mse", "rmse", "mae", "r2", "accuracy", "hamming"]
    /// Activations.
    public static let activations = ["relu", "tanh", "sigmoid"]

    /// Keys each optimizer accepts.
    public static func optimizerKeys(_ name: String) -> [String] {
        let common = ["name", "lr", "batch_size"]
        switch name {
        case "gd", "sgd": return common
        case "momentum", "nesterov": return common + ["momentum"]
        case "adagrad": return common + ["eps", "lr_decay"]
        case "rmsprop": return common + ["alpha", "eps", "momentum", "centered"]
        case "adam": return common + ["beta1", "beta2", "eps", "amsgrad"]
        case "adamw": return common + ["beta1", "beta2", "eps", "amsgrad", "weight_decay"]
        case "lbfgs": return ["name", "memory"]
        case "newton", "cg", "closed_form": return ["name"]
        default: return common
        }
    }

    /// Default learning rate (PyTorch's where it has one; 0.1 for plain gradient methods).
    public static func defaultLearningRate(_ name: String) -> Double {
        switch name {
        case "adagrad", "rmsprop": return 0.01
        case "adam", "adamw": return 0.001
        case "newton", "cg", "lbfgs", "closed_form": return 1
        default: return 0.1
        }
    }
}
