import Markup
import Notebook
@testable import Report
import XCTest

/// HTML goes through the one markup escaper, in text and in attributes.
final class HTMLEscapingTests: XCTestCase {
    func testMathErrorsEscapeTeXInTextAndMessageInAttribute() {
        let diagnostic = Diagnostic(.error, "bad \"x\" & <y>", at: SourceLocation(line: 1, column: 2), file: "nb.md")
        let math = [MathOutput(placeholder: "nbrunmath0x", tex: "a<\"b\">&c", display: false, mathML: nil, error: diagnostic)]
        let html = HTMLReport.substituteMath("<p>nbrunmath0x</p>", math)
        XCTAssertEqual(html, "<p><span class=\"math-error\" title=\"nb.md:1:2: error: bad &quot;x&quot; &amp; &lt;y&gt;\">"
                       + "$a&lt;\"b\"&gt;&amp;c$</span></p>")
    }

    func testControlCharactersNeverReachTheHTML() {
        let node = MarkupNode.el("p", [("title", "a\u{0B}b")], [.text("c\u{0}d\u{1B}e")])
        XCTAssertEqual(node.render(), "<p title=\"ab\">cde</p>")
    }
}
