import Dispatch

/// A monotonic time source in nanoseconds, read by `Deadline`. The engine never reads the clock itself, so a
/// test can hand a deadline a clock that advances by a fixed step per reading.
public protocol MonotonicClock: Sendable {
    /// Nanoseconds since a fixed, arbitrary origin; never decreases.
    func nanoseconds() -> UInt64
}

/// The uptime clock (`DispatchTime.now()`): monotonic, unaffected by changes of the wall clock.
public struct SystemClock: MonotonicClock {
    /// The system clock.
    public init() {}

    /// `DispatchTime.now().uptimeNanoseconds`.
    public func nanoseconds() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
}
