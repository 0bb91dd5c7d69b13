import Engine
import Foundation

/// Closed-form optima of linear regression with mse, solved once per data set and L2 penalty and shared by the
/// notebook's runs: a `closed_form` run, its sweep siblings and every `distance_to_optimum`.
///
/// Entries are found by value (features, targets and `l2` equal), so runs that regenerate the same data share one
/// solve; comparing arrays that share storage costs nothing. At most `capacity` data sets are kept, newest first.
final class OptimumCache: @unchecked Sendable {
    private struct Entry {
        let features: Matrix
        let targets: [Double]
        let l2: Double
        let solution: [Double]?
    }

    /// Data sets kept (each holds its data alive).
    static let capacity = 4
    private var entries: [Entry] = []
    private let lock = NSLock()
    /// Number of solves done (for tests).
    private(set) var solves = 0

    /// `ClosedForm.solve(data, l2:)`, from the cache when solved before; a solve stopped by `limit` throws its
    /// failure and caches nothing.
    func solution<Limit: WorkLimit>(_ data: Dataset, l2: Double, limit: Limit = Unlimited()) throws(Limit.Failure) -> [Double]? {
        if let hit = locked({ entries.first { $0.l2 == l2 && $0.targets == data.targets && $0.features == data.features } }) {
            return hit.solution
        }
        let solution = try ClosedForm.solve(data, l2: l2, limit: limit)
        locked {
            solves += 1
            entries.insert(Entry(features: data.features, targets: data.targets, l2: l2, solution: solution), at: 0)
            if entries.count > Self.capacity { entries.removeLast() }
        }
        return solution
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
