import Formula
import XCTest

/// TeX as plain text (search results): symbols as characters, structure commands and braces dropped.
final class TeXPlainTextTests: XCTestCase {
    func testSymbolsBecomeCharactersAndStructureIsDropped() {
        XCTAssertEqual(TeXPlainText.text("\\eta_t^{2} \\le 1"), "η_t^2 ≤ 1")
        XCTAssertEqual(TeXPlainText.text("\\theta \\leftarrow \\theta - \\eta v"), "θ ← θ - η v")
        XCTAssertEqual(TeXPlainText.text("\\mathcal{L}(z) = \\log\\sigma(z)"), "L(z) = log σ(z)")
        XCTAssertEqual(TeXPlainText.text("\\frac{a}{b}\\,\\quad x \\% \\\\ y"), "ab x % y")
        XCTAssertEqual(TeXPlainText.text("\\unknowncommand x \\"), "x")
        XCTAssertEqual(TeXPlainText.text("\\sum_{i=1}^N w_i"), "∑_i=1^N w_i")
    }
}
