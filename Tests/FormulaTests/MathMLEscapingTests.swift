import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Formula

/// MathML goes through the one markup escaper: markup characters are escaped, XML-illegal ones dropped.
final class MathMLEscapingTests: XCTestCase {
    /// Parses `mathML` as XML; fails (and throws) when it is not well-formed.
    private func parse(_ mathML: String) throws -> XMLElement {
        let document = try XMLDocument(xmlString: mathML, options: [])
        return try XCTUnwrap(document.rootElement())
    }

    /// U+000B and U+000C are TeX whitespace, so they reach the output (the annotation keeps the source) and
    /// must be dropped there; XML 1.0 forbids them.
    func testWhitespaceControlsInTeXGiveWellFormedMathMLWithoutThem() throws {
        for control in ["\u{0B}", "\u{0C}"] {
            for tex in ["a\(control)+b", "\\text{a\(control)b}", "x\(control)^2"] {
                let mathML = try MathML.render(tex, display: true)
                XCTAssertFalse(mathML.unicodeScalars.contains(control.unicodeScalars.first!), mathML)
                XCTAssertEqual(try parse(mathML).name, "math")
            }
        }
    }

    /// Other controls are either refused by the parser or dropped from the output: never invalid markup.
    func testOtherControlsNeverGiveInvalidMathML() throws {
        for control in ["\u{0}", "\u{1}", "\u{8}", "\u{1B}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"] {
            for tex in ["a\(control)+b", "\\text{a\(control)b}"] {
                guard let mathML = try? MathML.render(tex, display: false) else {
                    XCTAssertThrowsError(try MathML.validate(tex)) { XCTAssertTrue($0 is FormulaError) }
                    continue
                }
                XCTAssertFalse(mathML.unicodeScalars.contains(control.unicodeScalars.first!), mathML)
                XCTAssertEqual(try parse(mathML).name, "math")
            }
        }
    }

    func testVerticalTabInsideTeXIsDroppedFromTheAnnotation() throws {
        let mathML = try MathML.render("x\u{0B}^2", display: false)
        XCTAssertTrue(mathML.contains("<annotation encoding=\"application/x-tex\">x^2</annotation>"), mathML)
    }

    func testMarkupCharactersAreEscapedInTextAndAnnotation() throws {
        let mathML = try MathML.render("\\text{a \\& \"b\" <c> 'd'} < 1", display: false)
        XCTAssertTrue(mathML.contains("<mtext>a &amp; &quot;b&quot; &lt;c&gt; 'd'</mtext>"), mathML)
        XCTAssertTrue(mathML.contains("<mo>&lt;</mo>"), mathML)
        XCTAssertTrue(mathML.contains("\\text{a \\&amp; &quot;b&quot; &lt;c&gt; 'd'} &lt; 1</annotation>"), mathML)
        let root = try parse(mathML)
        XCTAssertTrue(root.stringValue?.contains("a & \"b\" <c> 'd'") ?? false)
    }
}
