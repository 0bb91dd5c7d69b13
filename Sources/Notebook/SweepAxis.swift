/// One key of a sweep and the values it takes, as written (`optimizer.lr` with `0.1`, `0.5`).
public struct SweepAxis: Equatable, Sendable {
    /// The dotted key.
    public var key: String
    /// The values in order, in YAML flow notation (as member names show them).
    public var values: [String]

    /// Creates an axis.
    public init(key: String, values: [String]) {
        self.key = key
        self.values = values
    }
}
