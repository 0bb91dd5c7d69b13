/// A point in monotonic time after which long computations stop cooperatively.
///
/// Every long loop checks it between blocks of work, never per row: the trainers before each epoch and between
/// mini-batches once `Model.rowsPerCheck` rows have run, each pass over the data once per row block and every
/// `Model.rowsPerCheck` rows (one row of a large network), data generation every `DataGenerator.rowsPerCheck`
/// rows, the least-squares solve once per chunk of rows, line searches before each evaluation. A passed deadline ends a training run with
/// `TrainingStatus.timedOut`, keeping the history recorded so far. It reads its `clock`, the system's uptime
/// clock unless a test injects another.
public struct Deadline: Sendable {
    /// The instant, in nanoseconds of `clock`.
    public let instant: UInt64
    /// The clock read by `hasPassed`.
    public let clock: any MonotonicClock

    /// A deadline at `instant` nanoseconds of `clock`.
    public init(instant: UInt64, clock: any MonotonicClock = SystemClock()) {
        self.instant = instant
        self.clock = clock
    }

    /// The deadline `seconds` after the present reading of `clock`; `nil` (no limit) when `seconds` is not finite or
    /// too large to represent.
    public static func after(seconds: Double, clock: any MonotonicClock = SystemClock()) -> Deadline? {
        guard seconds.isFinite else { return nil }
        let now = clock.nanoseconds()
        let nanoseconds = max(seconds, 0) * 1e9
        guard nanoseconds < Double(UInt64.max - now) else { return nil }
        return Deadline(instant: now + UInt64(nanoseconds), clock: clock)
    }

    /// `true` once the deadline is reached (one clock reading).
    public var hasPassed: Bool { clock.nanoseconds() >= instant }
}

/// A long computation stopped because its `Deadline` passed; what it computed so far is discarded (a training
/// run keeps its recorded history and ends as timed out).
public struct DeadlineExceeded: Error, Equatable, Sendable, CustomStringConvertible {
    /// Creates the error.
    public init() {}

    /// "the time limit ran out".
    public var description: String { "the time limit ran out" }
}
