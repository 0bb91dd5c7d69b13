/// The keys and the data and schedule names a config block may use (optimizers, losses and models: `Registry`).
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
    /// Schedules.
    public static let schedules = ["constant", "step", "exponential", "cosine"]
}
