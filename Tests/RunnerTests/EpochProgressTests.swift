import Engine
import Foundation
import Notebook
@testable import Runner
import XCTest

/// The epoch progress line: silent during a cell's first second, then throttled notes with the epoch, the loss and
/// the time left, the plain note again at the end. (With stderr not a terminal the command line sets no progress
/// line, so nothing is written: `ProgressEndToEndTests`.)
final class EpochProgressTests: XCTestCase {
    /// Notes written and a settable clock.
    private final class Recorder: MonotonicClock, @unchecked Sendable {
        var notes: [String] = []
        var now: UInt64 = 0
        func nanoseconds() -> UInt64 { now }
    }

    /// A clock that advances 10 ms at every reading.
    private final class SteppingClock: MonotonicClock, @unchecked Sendable {
        private let lock = NSLock()
        private var now: UInt64 = 0
        func nanoseconds() -> UInt64 { lock.withLock { now += 10_000_000; return now } }
    }

    func testNotesStartAfterOneSecondAndAreThrottled() {
        let recorder = Recorder()
        let progress = EpochProgress(note: "gd.md [1/2] batch", cellName: "batch", sink: { recorder.notes.append($0) },
                                     clock: recorder)
        let observe = progress.observer(run: "batch")
        recorder.now = 500_000_000
        observe(EpochReport(epoch: 5, epochs: 100, trainLoss: 0.5))
        XCTAssertEqual(recorder.notes, [], "nothing during the first second")
        recorder.now = 1_000_000_000
        observe(EpochReport(epoch: 10, epochs: 100, trainLoss: 0.25))
        XCTAssertEqual(recorder.notes, ["gd.md [1/2] batch: epoch 10/100, loss 0.25, ETA 9 s"])
        recorder.now = 1_050_000_000
        observe(EpochReport(epoch: 11, epochs: 100, trainLoss: 0.2))
        XCTAssertEqual(recorder.notes.count, 1, "at most one note per interval")
        recorder.now = 1_200_000_000
        observe(EpochReport(epoch: 12, epochs: 100, trainLoss: 0.125))
        XCTAssertEqual(recorder.notes.last, "gd.md [1/2] batch: epoch 12/100, loss 0.125, ETA 9 s")
        progress.finish()
        XCTAssertEqual(recorder.notes.last, "gd.md [1/2] batch", "the epoch part is cleared when the cell ends")
    }

    func testSweepRunsAreNamedAndAQuickCellLeavesNoTrace() {
        let recorder = Recorder()
        let progress = EpochProgress(note: "n.md [2/2] s", cellName: "s", sink: { recorder.notes.append($0) },
                                     clock: recorder)
        let observe = progress.observer(run: "s[adam]")
        recorder.now = 2_000_000_000
        observe(EpochReport(epoch: 0, epochs: 50, trainLoss: 1))
        XCTAssertEqual(recorder.notes, ["n.md [2/2] s: s[adam] epoch 0/50, loss 1"], "no time left before the first epoch")
        let quick = Recorder()
        let other = EpochProgress(note: "n.md [1/2] a", cellName: "a", sink: { quick.notes.append($0) }, clock: quick)
        other.observer(run: "a")(EpochReport(epoch: 3, epochs: 3, trainLoss: 0.1))
        other.finish()
        XCTAssertEqual(quick.notes, [], "a cell shorter than a second writes nothing")
    }

    /// The runner's own progress line, on a clock that advances 10 ms per reading (one per epoch): the second of delay
    /// passes after about 100 epochs, however fast the machine trains.
    func testEpochsOfALongCellReachTheProgressLine() throws {
        let markdown = """
        ```config long
        data: {generate: linear, n: 200, weights: [1, 2], bias: 1, noise: 0.1, seed: 1}
        optimizer: {name: gd, lr: 0.05}
        epochs: 400
        tolerance: 0
        ```
        """
        let notebook = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "long.md")
        let folder = FileManager.default.temporaryDirectory
        let recorder = Recorder()
        var options = RunOptions()
        options.progress = { recorder.notes.append($0) }
        options.clock = SteppingClock()
        let shown = NotebookRunner.run(notebook, folder: folder, options: options)
        XCTAssertFalse(shown.hasErrors)
        XCTAssertEqual(shown.runs.first?.history.trainLoss.count, 401)
        XCTAssertEqual(recorder.notes.first, "long.md [1/1] long")
        let epochs = recorder.notes.dropFirst().dropLast()
        XCTAssertTrue(epochs.contains { $0.hasPrefix("long.md [1/1] long: epoch ") && $0.contains("ETA") }, "\(recorder.notes.prefix(3))")
        let first = try XCTUnwrap(epochs.first?.split(separator: " ").dropFirst(4).first?.split(separator: "/").first.flatMap { Int($0) })
        XCTAssertTrue((10..<400).contains(first), "the first second shows no epoch: first shown \(first)")
        XCTAssertLessThanOrEqual(epochs.count, 100, "at most one note per 100 ms of the clock (\(epochs.count))")
        XCTAssertEqual(recorder.notes.last, "long.md [1/1] long")
    }
}
