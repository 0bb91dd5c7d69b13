import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Markup
import XCTest

/// The one escaper: the same rule for HTML, SVG and MathML, in text and in attributes (CommonMark's).
final class MarkupEscapingTests: XCTestCase {
    func testAmpersandAngleBracketsAndDoubleQuoteAreEscapedApostropheIsNot() {
        XCTAssertEqual(MarkupEscaping.escape("a & b < c > d \"e\" 'f'"), "a &amp; b &lt; c &gt; d &quot;e&quot; 'f'")
        XCTAssertEqual(MarkupNode.el("p", [("title", "it's \"x\"")], [.text("it's \"x\"")]).render(),
                       "<p title=\"it's &quot;x&quot;\">it's &quot;x&quot;</p>")
    }

    func testXMLIllegalCharactersAreDropped() {
        let controls = (0..<0x20).compactMap(Unicode.Scalar.init).map(String.init).joined()
        let input = "a" + controls + "\u{FFFE}\u{FFFF}b"
        XCTAssertEqual(MarkupEscaping.escape(input), "a\t\n\rb")
        XCTAssertEqual(MarkupEscaping.escape("x\u{0B}y\u{0}z\u{1F}"), "xyz")
    }

    func testAllowedCharactersPassThrough() {
        let text = "é λ ∑ 😀 \u{85} \u{7F} \u{FFFD} \u{10FFFF}"
        XCTAssertEqual(MarkupEscaping.escape(text), text)
        XCTAssertFalse(MarkupEscaping.isAllowed("\u{0B}"))
        XCTAssertTrue(MarkupEscaping.isAllowed("\t"))
    }

    func testCarriageReturnNewlinePairIsKept() {
        XCTAssertEqual(MarkupEscaping.escape("a\r\nb"), "a\r\nb")
    }

    func testEscapedOutputOfHostileInputIsWellFormedXML() throws {
        let hostile = "<&>\"'\u{0}\u{B}\u{C}\u{FFFF}]]>"
        let node = MarkupNode.el("root", [("a", hostile)], [.text(hostile)])
        let document = try XMLDocument(xmlString: node.render(.xml), options: [])
        let root = try XCTUnwrap(document.rootElement())
        XCTAssertEqual(root.stringValue, "<&>\"']]>")
        XCTAssertEqual(root.attribute(forName: "a")?.stringValue, "<&>\"']]>")
    }
}
