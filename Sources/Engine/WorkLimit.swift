/// What a long computation checks between blocks of work: a `Deadline` (an optional one, too), which throws
/// `DeadlineExceeded` once passed, or `Unlimited`, which never stops and whose checks compile to nothing.
///
/// Computations are generic over the limit, so the forms without a deadline do not throw: `dataLoss(θ, on: data)`
/// needs no `try`, `dataLoss(θ, on: data, limit: deadline)` does.
public protocol WorkLimit: Sendable {
    /// `DeadlineExceeded`, or `Never` for `Unlimited`.
    associatedtype Failure: Error
    /// Throws once the limit is reached (one clock reading).
    func check() throws(Failure)
}

/// No limit: the checks do nothing and nothing throws.
public struct Unlimited: WorkLimit {
    /// Never thrown.
    public typealias Failure = Never

    /// No limit.
    public init() {}

    /// Does nothing.
    @inline(__always)
    public func check() {}
}

extension Deadline: WorkLimit {
    /// `DeadlineExceeded` once passed.
    public typealias Failure = DeadlineExceeded

    /// Throws `DeadlineExceeded` once the deadline has passed.
    public func check() throws(DeadlineExceeded) {
        if hasPassed { throw DeadlineExceeded() }
    }
}

extension Optional: WorkLimit where Wrapped == Deadline {
    /// `DeadlineExceeded`, as for the deadline itself.
    public typealias Failure = DeadlineExceeded

    /// The deadline's check; no limit when `nil`.
    public func check() throws(DeadlineExceeded) {
        try self?.check()
    }
}
