/// Hard limits that keep a notebook from running away.
public enum Limits {
    /// Maximum epochs or steps.
    public static let maxEpochs = 100_000
    /// Maximum rows of generated or loaded data (also the largest batch).
    public static let maxRows = 200_000
    /// Maximum polynomial degree.
    public static let maxDegree = 30
}
