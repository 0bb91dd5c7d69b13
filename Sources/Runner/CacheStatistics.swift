/// How many runs of a notebook came from the result cache and how many were executed.
public struct CacheStatistics: Equatable, Sendable {
    /// Runs whose result was read from the cache (no training).
    public var fromCache = 0
    /// Runs that trained or minimized (cache misses, or every run when the cache is off).
    public var executed = 0

    /// Creates empty statistics.
    public init() {}

    /// "3 of 5 runs from cache", or `nil` when nothing ran.
    public var summary: String? {
        let total = fromCache + executed
        guard total > 0 else { return nil }
        return "\(fromCache) of \(total) run\(total == 1 ? "" : "s") from cache"
    }
}
