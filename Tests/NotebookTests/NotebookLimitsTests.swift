import Foundation
import Notebook
import TestSupport
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
        let text = "# Big\n\n" + String(repeating: "Text with $x$ math.\n\n", count: 420_000)
        let start = Date()
        let diagnostic = try XCTUnwrap(error(text))
        // Measured 0.08 s (debug build, loaded 2-core machine); parsing the 8.4 MB would take far longer.
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertEqual(diagnostic.message, "notebook is \(text.utf8.count) bytes; at most 8388608 (8 MiB) are allowed")
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 1, column: 1))
    }

    func testTooManyCellsIsLocatedAtTheFirstCellOverTheLimit() throws {
        let fences = (0...NotebookLimits.maxCells).map { "```python\nx = \($0)\n```\n" }.joined()
        let diagnostic = try XCTUnwrap(error(fences))
        let limit = NotebookLimits.maxCells
        XCTAssertEqual(diagnostic.message, "notebook has \(limit + 1) cells; at most \(limit) are allowed")
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 3 * limit + 1, column: 1))
        XCTAssertNil(error(String(fences.dropLast("```python\nx = \(limit)\n```\n".count))))
    }

    func testTooManyMathSpansIsLocatedAtTheFirstSpanOverTheLimit() throws {
        let line = Array(repeating: "$a$", count: 100).joined(separator: " ")
        let lines = NotebookLimits.maxMathSpans / 100
        let text = "# Math\n\n" + Array(repeating: line, count: lines).joined(separator: "\n") + "\n$b$ and $c$\n"
        let diagnostic = try XCTUnwrap(error(text))
        XCTAssertEqual(diagnostic.message, "notebook has more than \(NotebookLimits.maxMathSpans) math spans")
        XCTAssertEqual(diagnostic.location, SourceLocation(line: lines + 3, column: 2))
        XCTAssertNil(error("# Math\n\n" + Array(repeating: line, count: lines).joined(separator: "\n")))
    }

    func testMarkdownAtTheNestingLimitIsAccepted() {
        for construct in NestedMarkdown.allCases {
            XCTAssertNil(error(construct.text(levels: NotebookLimits.maxNesting)), "\(construct)")
        }
    }

    func testMarkdownPastTheNestingLimitIsLocatedAtTheFirstElementPastIt() throws {
        let limit = NotebookLimits.maxNesting
        XCTAssertEqual(limit, 100)
        for construct in NestedMarkdown.allCases {
            for levels in [limit + 1, 3 * limit] {
                let diagnostic = try XCTUnwrap(error(construct.text(levels: levels)), "\(construct), \(levels) levels")
                XCTAssertEqual(diagnostic.message, "Markdown nesting is deeper than 100 levels")
                let (line, column) = construct.start(ofLevel: limit + 1, in: levels)
                XCTAssertEqual(diagnostic.location, SourceLocation(line: line, column: column), "\(construct), \(levels) levels")
            }
        }
    }

    /// The inputs that overflowed the stack: 30 KB of `>`, 15000 nested list items, 60000 `*` around a word,
    /// and as many images and `<details>` sections.
    func testHostileNestingIsAnErrorNotACrash() throws {
        let hostile: [(NestedMarkdown, Int)] = [(.blockQuotes, 30_000), (.lists, 15_000), (.delimiterRun, 15_000),
                                                (.images, 20_000), (.details, 20_000), (.emphasis, 20_000),
                                                (.strikethrough, 20_000)]
        for (construct, levels) in hostile {
            let diagnostic = try XCTUnwrap(error(construct.text(levels: levels)), "\(construct)")
            let (line, column) = construct.start(ofLevel: NotebookLimits.maxNesting + 1, in: levels)
            XCTAssertEqual(diagnostic.location, SourceLocation(line: line, column: column), "\(construct)")
        }
    }
}
