/// The keys and the schedule names a config block may use (optimizers, losses and models: `Registry`; data sets: `DataShape`).
public enum Vocabulary {
    /// Top-level keys of a run block.
    public static let runKeys = ["data", "model", "loss", "regularization", "optimizer", "epochs", "steps", "tolerance",
                                 "schedule", "clip_grad", "early_stopping", "metrics", "objective", "start", "optimum", "show", "echo", "log_scale", "precision", "seed",
                                 "extends", "sweep", "compare", "expect", "columns"]
    /// Keys of `data`.
    public static let dataKeys = ["generate", "n", "weights", "bias", "coefficients", "noise", "centers", "classes",
                                  "x_range", "seed", "csv", "target", "features", "validation", "test", "standardize", "from"]
    /// Schedules.
    public static let schedules = ["constant", "step", "exponential", "cosine"]
}
