import Foundation
import Notebook
import XCTest

/// Notebooks over a limit are refused at once, with the error at the first thing over it.
final class NotebookLimitsTests: XCTestCase {
    private func error(_ text: String) -> Diagnostic? {
        do {
            _ = try NotebookParser.parse(bytes: Array(text.utf8), path: "nb.md")
            return nil
        } catch {
            return error as? Diagnostic
        }
    }

    func testOversizedNotebookIsRefusedBeforeParsing() throws {
        let text = "# Big\n\n" + String(repeating: "Text with $x$ math.\n\n", count: 250_000)
        let start = Date()
        let diagnostic = try XCTUnwrap(error(text))
        XCTAssertLessThan(Date().timeIntervalSince(start), 1)
        XCTAssertEqual(diagnostic.message, "notebook is \(text.utf8.count) bytes; at most 1048576 (1 MiB) are allowed")
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 1, column: 1))
    }

    func testTooManyCellsIsLocatedAtTheFirstCellOverTheLimit() throws {
        let fences = (0...NotebookLimits.maxCells).map { "```python\nx = \($0)\n```\n" }.joined()
        let diagnostic = try XCTUnwrap(error(fences))
        XCTAssertEqual(diagnostic.message, "notebook has 2001 cells; at most 2000 are allowed")
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 6001, column: 1))
        XCTAssertNil(error(String(fences.dropLast("```python\nx = 2000\n```\n".count))))
    }

    func testTooManyMathSpansIsLocatedAtTheFirstSpanOverTheLimit() throws {
        let line = Array(repeating: "$a$", count: 100).joined(separator: " ")
        let text = "# Math\n\n" + Array(repeating: line, count: 50).joined(separator: "\n") + "\n$b$ and $c$\n"
        let diagnostic = try XCTUnwrap(error(text))
        XCTAssertEqual(diagnostic.message, "notebook has more than 5000 math spans")
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 53, column: 2))
        XCTAssertNil(error("# Math\n\n" + Array(repeating: line, count: 50).joined(separator: "\n")))
    }
}
