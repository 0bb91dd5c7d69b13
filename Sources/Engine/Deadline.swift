import Dispatch

/// A point in monotonic time after which long computations stop cooperatively.
///
/// The trainers check it once per epoch (and every `batchInterval` mini-batches inside an epoch), the
/// minimizer once per iteration; a passed deadline ends the run with `TrainingStatus.timedOut`. It reads
/// `DispatchTime` (the monotonic uptime clock), so it is unaffected by changes of the wall clock.
public struct Deadline: Equatable, Sendable {
    /// The instant, in nanoseconds of `DispatchTime.now().uptimeNanoseconds`.
    public var uptimeNanoseconds: UInt64

    /// Mini-batches between two checks inside one epoch (a clock read costs about as much as a tiny batch).
    public static let batchInterval = 64

    /// A deadline at `uptimeNanoseconds`.
    public init(uptimeNanoseconds: UInt64) {
        self.uptimeNanoseconds = uptimeNanoseconds
    }

    /// The deadline `seconds` from now; `nil` (no limit) when `seconds` is not finite or too large to represent.
    public static func after(seconds: Double) -> Deadline? {
        guard seconds.isFinite else { return nil }
        let now = DispatchTime.now().uptimeNanoseconds
        let nanoseconds = max(seconds, 0) * 1e9
        guard nanoseconds < Double(UInt64.max - now) else { return nil }
        return Deadline(uptimeNanoseconds: now + UInt64(nanoseconds))
    }

    /// `true` once the deadline is reached.
    public var hasPassed: Bool { DispatchTime.now().uptimeNanoseconds >= uptimeNanoseconds }
}
