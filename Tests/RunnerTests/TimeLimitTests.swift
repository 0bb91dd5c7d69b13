import Engine
import Foundation
import Notebook
import Results
@testable import Runner
import XCTest

/// The cell's time limit counts from before its data is generated and stops inside the long passes, on a clock that
/// advances 1 ms at every reading (never the real clock).
final class TimeLimitTests: XCTestCase {
    private final class MillisecondClock: MonotonicClock, @unchecked Sendable {
        private let lock = NSLock()
        private var now: UInt64 = 0
        func nanoseconds() -> UInt64 { lock.withLock { now += 1_000_000; return now } }
    }

    private func run(_ config: String, timeout: Double) throws -> NotebookResult {
        let notebook = try NotebookParser.parse(bytes: Array("```config big\n\(config)\n```\n".utf8), path: "slow.md")
        var options = RunOptions(timeout: timeout)
        options.clock = MillisecondClock()
        let saved = RowBlocks.threadCount
        RowBlocks.threadCount = 1
        defer { RowBlocks.threadCount = saved }
        return NotebookRunner.run(notebook, folder: FileManager.default.temporaryDirectory, options: options)
    }

    /// 200,000 rows are generated in 196 checked steps; 20 ms of the clock run out while generating.
    func testGeneratingTheDataCountsAgainstTheLimit() throws {
        let result = try run("data: {generate: linear, n: 200000, weights: [1, 2, 3], bias: 1, noise: 0.1, seed: 0}\nepochs: 5",
                             timeout: 0.02)
        XCTAssertEqual(result.diagnostics.map(\.message), ["cell exceeded the time limit of 0.02 s (while preparing the data)"])
    }

    /// A network whose pass reads the clock every 127 rows (7 times per entry of 1,000 rows; full-batch gd adds one
    /// reading per epoch): 19 ms of clock stop the third entry's pass, so epoch 1 was the last completed.
    func testANetworkStoppedMidEpochReportsTheEpochItWasIn() throws {
        let config = """
        data: {generate: linear, n: 1000, weights: [1, -1], bias: 0.5, noise: 0.1, seed: 4}
        model: {name: mlp, hidden: [512]}
        optimizer: {name: gd, lr: 0.01}
        epochs: 5
        tolerance: 0
        """
        let result = try run(config, timeout: 0.0185)
        XCTAssertEqual(result.diagnostics.map(\.message), ["cell exceeded the time limit of 0.0185 s (at epoch 1 of 5)"])
        XCTAssertEqual(try run(config, timeout: 1).diagnostics.map(\.message), [], "1 s of this clock is enough")
    }
}
