/// How a run ended, as the report and the JSON name it.
public enum RunStatus: String, Codable, Sendable, CaseIterable {
    /// The gradient norm fell below the tolerance (or a line search found no lower value).
    case converged
    /// Early stopping ended the run.
    case earlyStopped = "early_stopped"
    /// The loss became NaN or infinite, or the function could not be evaluated.
    case diverged
    /// Every epoch ran without meeting the tolerance.
    case maxEpochs = "max_epochs"
    /// The time limit ran out.
    case timedOut = "timed_out"
    /// The cell failed with a diagnostic.
    case error
    /// Validated with `--check`, not trained.
    case checked
}
