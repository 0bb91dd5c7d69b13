import Notebook
@testable import Report
import XCTest

/// Links between notebooks: rewritten to pages, checked against the course's notebooks and headings.
final class NotebookLinkTests: XCTestCase {
    func testNotebookLinksBecomePageLinksAndOthersStayAsWritten() throws {
        XCTAssertEqual(NotebookLink.pageURL("regularization.md#l2"), "regularization.html#l2")
        XCTAssertEqual(NotebookLink.pageURL("zh/gd.md"), "zh/gd.html")
        XCTAssertEqual(NotebookLink.pageURL("../index.md"), "../index.html")
        for kept in ["https://example.com/a.md", "#local", "/abs/a.md", "notes.txt", "mailto:x@y.md", ""] {
            XCTAssertEqual(NotebookLink.pageURL(kept), kept)
        }
        let notebook = try NotebookParser.parse(bytes: Array("See [L2](reg.md#l2).\n".utf8), path: "c/a.md")
        guard case let .prose(blocks, _) = notebook.cells[0].kind else { return XCTFail("expected prose") }
        XCTAssertEqual(ProseRenderer.html(blocks), "<p>See <a href=\"reg.html#l2\">L2</a>.</p>\n")
    }

    func testBrokenLinksAreLocatedErrorsWithHints() throws {
        let text = "# A\n\nGood [x](b.md#intro), [y](b.md), [z](sub/c.md).\n\nBad [n](bb.md) and\n[h](b.md#intr).\n"
        let notebook = try NotebookParser.parse(bytes: Array(text.utf8), path: "/course/a.md")
        let pages = ["/course/a.md": ["a"], "/course/b.md": ["intro", "usage"], "/course/sub/c.md": []]
        let errors = NotebookLink.check(notebook, pages: pages)
        XCTAssertEqual(errors.count, 2)
        XCTAssertEqual(errors.map(\.location), [SourceLocation(line: 5, column: 5), SourceLocation(line: 6, column: 1)])
        XCTAssertEqual(errors[0].description.components(separatedBy: "\n")[0], "/course/a.md:5:5: error: link to a notebook that is not in the course: bb.md")
        XCTAssertEqual(errors[0].hint, "did you mean 'b.md'?")
        XCTAssertEqual(errors[1].message, "link to a heading that b.md does not have: #intr")
        XCTAssertEqual(errors[1].hint, "did you mean 'intro'?")
    }
}
