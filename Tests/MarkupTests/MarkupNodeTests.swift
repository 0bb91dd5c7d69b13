import Markup
import XCTest

/// Serialization of the markup tree in its two syntaxes.
final class MarkupNodeTests: XCTestCase {
    func testHTMLEscapesTextAndAttributes() {
        let node = MarkupNode.el("p", [("title", "a \"q\" & <t>")], [.text("<script> & \"x\"")])
        XCTAssertEqual(node.render(), "<p title=\"a &quot;q&quot; &amp; &lt;t&gt;\">&lt;script&gt; &amp; &quot;x&quot;</p>")
    }

    func testHTMLVoidElementsHaveNoEndTagAndOthersAlwaysDo() {
        XCTAssertEqual(MarkupNode.el("meta", [("charset", "utf-8")]).render(), "<meta charset=\"utf-8\">")
        XCTAssertEqual(MarkupNode.el("mi").render(), "<mi></mi>")
        XCTAssertEqual(MarkupNode.el("br").render(.xml), "<br/>")
    }

    func testXMLClosesEmptyElementsThemselves() {
        XCTAssertEqual(MarkupNode.el("circle", [("r", "2")]).render(.xml), "<circle r=\"2\"/>")
        XCTAssertEqual(MarkupNode.el("text", [], [.text("")]).render(.xml), "<text></text>")
    }

    func testRawIsInsertedAsIs() {
        XCTAssertEqual(MarkupNode.el("div", class: "x", [.raw("<b>&amp;</b>")]).render(), "<div class=\"x\"><b>&amp;</b></div>")
    }

    func testLinesPutEachChildOnItsOwnLine() {
        let group = MarkupNode.el("g", [], MarkupNode.lines([.el("a"), .el("b")]))
        XCTAssertEqual(group.render(.xml), "<g>\n<a/>\n<b/>\n</g>")
        XCTAssertEqual(MarkupNode.el("g", [], MarkupNode.lines([])).render(.xml), "<g>\n</g>")
    }

    func testAttributesKeepTheirOrder() {
        XCTAssertEqual(MarkupNode.el("x", [("z", "1"), ("a", "2")]).render(), "<x z=\"1\" a=\"2\"></x>")
    }
}
