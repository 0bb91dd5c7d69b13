import Foundation
import XCTest

/// The progress line (cell notes, epochs of long cells) is for terminals only: with stderr a pipe, a cell that
/// trains for more than a second leaves no trace on stderr.
final class ProgressEndToEndTests: XCTestCase {
    func testNoProgressWhenStderrIsNotATerminal() throws {
        let folder = try NBRunProcess.temporaryFolder()
        let notebook = folder.appendingPathComponent("long.md")
        try """
        ```config long
        data: {generate: linear, n: 4000, weights: [1, 2, 3, 4, 5, 6, 7, 8], bias: 1, noise: 0.1, seed: 1}
        optimizer: {name: gd, lr: 0.05}
        epochs: 2000
        tolerance: 0
        ```
        """.write(to: notebook, atomically: true, encoding: .utf8)
        let start = Date()
        let outcome = try NBRunProcess.run([notebook.path, "-o", folder.appendingPathComponent("out").path, "--no-cache"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertGreaterThan(Date().timeIntervalSince(start), 1, "the cell must run long enough to show epochs on a terminal")
        XCTAssertFalse(outcome.stderr.contains("\r"), outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("epoch"), outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("running"), outcome.stderr)
    }
}
