import Engine
import Foundation

/// Turns the epoch reports of a config cell's training runs into notes for the progress line that
/// `RunOptions.progress` writes (the command line sets it only when stderr is a terminal, so nothing is shown
/// otherwise): nothing during the cell's first `delay` (`RunOptions.progressDelay`), then at most one note per `interval`,
/// "NOTE: epoch k/N, loss L, ETA S s" (the run's name added in a sweep), and when the cell ends, the plain note
/// again, so the epoch part disappears. The engine only reports epochs; the clock and the text live here.
final class EpochProgress: @unchecked Sendable {
    /// The least time between two notes (nanoseconds).
    static let interval: UInt64 = 100_000_000

    private let note: String
    private let cellName: String
    private let sink: @Sendable (String) -> Void
    private let clock: any MonotonicClock
    private let delay: UInt64
    private let start: UInt64
    private let lock = NSLock()
    private var lastShown: UInt64?

    /// Progress of the cell `cellName` announced by `note`, written to `sink` once the cell has run for `delay`
    /// nanoseconds of `clock`.
    init(note: String, cellName: String, sink: @escaping @Sendable (String) -> Void, delay: UInt64 = 1_000_000_000,
         clock: any MonotonicClock = SystemClock()) {
        self.note = note
        self.cellName = cellName
        self.sink = sink
        self.delay = delay
        self.clock = clock
        start = clock.nanoseconds()
    }

    /// The observer for one training run named `run` (named in the notes when it is not the cell's own run).
    func observer(run: String) -> @Sendable (EpochReport) -> Void {
        let runStart = clock.nanoseconds(), shown: String? = run == cellName ? nil : run
        return { [self] report in observe(report, run: shown, since: runStart) }
    }

    /// Shows `report` when the cell has run for `delay` and no note was shown in the last `interval`.
    func observe(_ report: EpochReport, run: String?, since runStart: UInt64) {
        let now = clock.nanoseconds()
        let due = lock.withLock {
            guard now &- start >= delay, lastShown.map({ now &- $0 >= Self.interval }) ?? true else { return false }
            lastShown = now
            return true
        }
        if due { sink(message(report, run: run, elapsed: now &- runStart)) }
    }

    /// Restores the plain note when epochs were shown.
    func finish() {
        if lock.withLock({ lastShown != nil }) { sink(note) }
    }

    /// "NOTE: [RUN ]epoch k/N, loss L[, ETA S s]": the time left extrapolates the run's mean epoch time so far.
    func message(_ report: EpochReport, run: String?, elapsed: UInt64) -> String {
        var text = "\(note): " + (run.map { "\($0) " } ?? "")
        text += "epoch \(report.epoch)/\(report.epochs), loss \(ResultFormat.number(report.trainLoss))"
        guard report.epoch > 0 else { return text }
        let seconds = Double(elapsed) / 1e9 / Double(report.epoch) * Double(max(report.epochs - report.epoch, 0))
        return text + ", ETA \(Int(seconds.rounded(.up))) s"
    }
}
