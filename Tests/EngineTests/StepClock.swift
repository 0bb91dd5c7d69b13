import Engine
import Foundation

/// A fake monotonic clock that advances by `step` nanoseconds at every reading and counts its readings, so a test
/// can place a deadline at the n-th check of a computation without reading the real clock.
final class StepClock: MonotonicClock, @unchecked Sendable {
    private let lock = NSLock()
    private var now: UInt64 = 0
    private var count = 0
    let step: UInt64

    init(step: UInt64 = 1) { self.step = step }

    func nanoseconds() -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        now += step
        count += 1
        return now
    }

    /// Readings so far.
    var readings: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    /// A deadline that has passed at the `reading`-th reading from now (`Deadline.after` itself reads once).
    func deadline(atReading reading: Int) -> Deadline {
        let base = nanoseconds()
        return Deadline(instant: base + UInt64(reading) * step, clock: self)
    }
}
