@testable import Notebook
import XCTest

final class DisclosureTests: XCTestCase {
    private func blocks(_ text: String) throws -> [Block] {
        let notebook = try NotebookParser.parse(bytes: Array(text.utf8), path: "nb.md")
        return notebook.cells.flatMap { cell -> [Block] in
            if case let .prose(blocks, _) = cell.kind { return blocks } else { return [] }
        }
    }

    func testTagsAreRecognizedOnlyInTheirPlainForms() {
        XCTAssertEqual(DisclosureTag("<details>\n"), .opening(summary: nil, open: false))
        XCTAssertEqual(DisclosureTag("<details open>\n<summary>Answers</summary>\n"), .opening(summary: "Answers", open: true))
        XCTAssertEqual(DisclosureTag("<details><summary>Hints</summary>"), .opening(summary: "Hints", open: false))
        XCTAssertEqual(DisclosureTag("  </details>\n"), .closing)
        XCTAssertNil(DisclosureTag("<details onclick=\"x()\">"))
        XCTAssertNil(DisclosureTag("<details>\n<summary><b>x</b></summary>"))
        XCTAssertNil(DisclosureTag("<details>\n<p>text</p>"))
        XCTAssertNil(DisclosureTag("<div>"))
    }

    func testBalancedSectionHoldsItsMarkdownBlocks() throws {
        let result = try blocks("Intro\n\n<details>\n<summary>Answers</summary>\n\n1. *yes*\n2. no\n\n</details>\n\nAfter\n")
        XCTAssertEqual(result.count, 3)
        guard case let .details(summary, open, inner) = result[1].kind else { return XCTFail("expected details") }
        XCTAssertEqual(summary, "Answers")
        XCTAssertFalse(open)
        XCTAssertEqual(inner.count, 1)
        guard case .list = inner[0].kind else { return XCTFail("expected the list inside") }
        XCTAssertEqual(result[1].range.start.line, 3)
        XCTAssertEqual(result[1].range.end.line, 9)
    }

    func testNestedSectionsAndUnbalancedTagsStayText() throws {
        let nested = try blocks("<details>\n\nA\n\n<details open>\n\nB\n\n</details>\n\n</details>\n")
        guard case let .details(_, _, outer) = nested.first?.kind, case .details(_, true, _) = outer.last?.kind else {
            return XCTFail("expected nested details, got \(nested)")
        }
        let unclosed = try blocks("<details>\n\nA\n")
        XCTAssertEqual(unclosed.map(plainText), ["<details>", "A"])
        let stray = try blocks("A\n\n</details>\n")
        XCTAssertEqual(stray.count, 2)
        guard case let .paragraph(inlines) = stray[1].kind else { return XCTFail("expected text") }
        XCTAssertEqual(inlines.map(\.kind), [.text("</details>")])
    }

    private func plainText(_ block: Block) -> String {
        guard case let .paragraph(inlines) = block.kind else { return "not a paragraph" }
        return inlines.map(\.plainText).joined()
    }
}
