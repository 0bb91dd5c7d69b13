/// How many runs of a notebook came from the result cache and how many were executed.
public struct CacheStatistics: Equatable, Sendable {
    /// Runs whose result was read from the cache (no training).
    public var fromCache: Int
    /// Runs that trained or minimized (cache misses, or every run when the cache is off).
    public var executed: Int

    /// Creates statistics (empty by default).
    public init(fromCache: Int = 0, executed: Int = 0) {
        self.fromCache = fromCache
        self.executed = executed
    }

    /// "3 of 5 runs from cache", or `nil` when nothing ran.
    public var summary: String? {
        let total = fromCache + executed
        guard total > 0 else { return nil }
        return "\(fromCache) of \(total) run\(total == 1 ? "" : "s") from cache"
    }
}
