import Foundation
import XCTest

/// The progress line (cell notes, epochs of long cells) is for terminals only: with stderr a pipe, a cell leaves no
/// trace on stderr. `NBRUN_PROGRESS_DELAY=0` (a test-only setting) shows epochs from the first one on a terminal,
/// so the result does not depend on how fast the machine trains.
final class ProgressEndToEndTests: XCTestCase {
    private func notebook(in folder: URL) throws -> URL {
        let notebook = folder.appendingPathComponent("long.md")
        try """
        ```config long
        data: {generate: linear, n: 400, weights: [1, 2, 3], bias: 1, noise: 0.1, seed: 1}
        optimizer: {name: gd, lr: 0.05}
        epochs: 50
        tolerance: 0
        ```
        """.write(to: notebook, atomically: true, encoding: .utf8)
        return notebook
    }

    func testNoProgressWhenStderrIsNotATerminal() throws {
        let folder = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([try notebook(in: folder).path, "-o", folder.appendingPathComponent("out").path, "--no-cache"],
                                           environment: ["NBRUN_PROGRESS_DELAY": "0"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("\r"), outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("epoch"), outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("running"), outcome.stderr)
    }

    /// The control for the test above: the same run with stderr on a pseudo-terminal (`script`) shows its epochs.
    func testProgressOnATerminal() throws {
        let script = URL(fileURLWithPath: "/usr/bin/script")
        guard FileManager.default.isExecutableFile(atPath: script.path) else { throw XCTSkip("script(1) is not installed") }
        let folder = try NBRunProcess.temporaryFolder()
        let command = [NBRunProcess.binary.path, try notebook(in: folder).path, "-o", folder.appendingPathComponent("out").path, "--no-cache"]
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let outcome = try NBRunProcess.runExecutable(script, ["-qec", command, "/dev/null"], environment: ["NBRUN_PROGRESS_DELAY": "0"])
        XCTAssertEqual(outcome.status, 0, outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("nbrun: running long.md [1/1] long: epoch "), outcome.stdout)
    }
}
