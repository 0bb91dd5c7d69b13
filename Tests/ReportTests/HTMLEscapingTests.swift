import Markup
import Notebook
@testable import Report
import XCTest

/// HTML goes through the one markup escaper, in text and in attributes.
final class HTMLEscapingTests: XCTestCase {
    func testMathErrorsEscapeTeXInTextAndMessageInAttribute() throws {
        let diagnostic = Diagnostic(.error, "bad \"x\" & <y>", at: SourceLocation(line: 1, column: 2), file: "nb.md")
        let notebook = try NotebookParser.parse(bytes: Array("$a<\"b\">&c$\n".utf8), path: "nb.md")
        guard case let .prose(blocks, _) = notebook.cells[0].kind else { return XCTFail("expected prose") }
        let html = ProseRenderer.html(blocks, mathErrors: [SourceLocation(line: 1, column: 2): diagnostic])
        XCTAssertEqual(html, "<p><span class=\"math-error\" title=\"nb.md:1:2: error: bad &quot;x&quot; &amp; &lt;y&gt;\">"
                       + "$a&lt;&quot;b&quot;&gt;&amp;c$</span></p>\n")
    }

    func testVerticalTabInProseTeXGivesWellFormedMathML() throws {
        let notebook = try NotebookParser.parse(bytes: Array("Math $a\u{0B}b$ here.\n".utf8), path: "nb.md")
        guard case let .prose(blocks, _) = notebook.cells[0].kind else { return XCTFail("expected prose") }
        let html = ProseRenderer.html(blocks)
        XCTAssertTrue(html.contains("<math>"), html)
        XCTAssertFalse(html.unicodeScalars.contains("\u{0B}"), "U+000B is not allowed in XML")
    }

    func testControlCharactersNeverReachTheHTML() {
        let node = MarkupNode.el("p", [("title", "a\u{0B}b")], [.text("c\u{0}d\u{1B}e")])
        XCTAssertEqual(node.render(), "<p title=\"ab\">cde</p>")
    }
}
