import XCTest
import Markup
@testable import Charts
import Output

final class ChartNumberFormatTests: XCTestCase {
    func testPlainDecimals() {
        XCTAssertEqual(ChartNumberFormat.format(0.5), "0.5")
        XCTAssertEqual(ChartNumberFormat.format(1), "1")
        XCTAssertEqual(ChartNumberFormat.format(2.5), "2.5")
        XCTAssertEqual(ChartNumberFormat.format(-2.5), "-2.5")
        XCTAssertEqual(ChartNumberFormat.format(1234.5), "1234.5")
        XCTAssertEqual(ChartNumberFormat.format(99999), "99999")
        XCTAssertEqual(ChartNumberFormat.format(0.001), "0.001")
    }

    func testZeroNeverHasASign() {
        XCTAssertEqual(ChartNumberFormat.format(0), "0")
        XCTAssertEqual(ChartNumberFormat.format(-0.0), "0")
    }

    func testBinaryNoiseIsRoundedAway() {
        XCTAssertEqual(ChartNumberFormat.format(0.1 + 0.2), "0.3")
        XCTAssertEqual(ChartNumberFormat.format(3 * 0.2), "0.6")
        XCTAssertEqual(ChartNumberFormat.format(1.0 / 3), "0.3333333333")
        XCTAssertEqual(ChartNumberFormat.format(9.99999999999), "10")
    }

    func testScientificForTinyAndHuge() {
        XCTAssertEqual(ChartNumberFormat.format(1e-6), "1e-6")
        XCTAssertEqual(ChartNumberFormat.format(0.0001), "1e-4")
        XCTAssertEqual(ChartNumberFormat.format(-1.5e-7), "-1.5e-7")
        XCTAssertEqual(ChartNumberFormat.format(250000), "2.5e5")
        XCTAssertEqual(ChartNumberFormat.format(100000), "1e5")
        XCTAssertEqual(ChartNumberFormat.format(12345678), "1.2345678e7")
        XCTAssertEqual(ChartNumberFormat.format(1e300), "1e300")
        XCTAssertEqual(ChartNumberFormat.format(5e-324), "4.940656458e-324")
    }

    func testAxisLabelsNeverMixNotations() {
        XCTAssertEqual(ChartNumberFormat.formatAxis([0, 50000, 100000, 150000]), ["0", "5e4", "1e5", "1.5e5"])
        XCTAssertEqual(ChartNumberFormat.formatAxis([0, 5e-4, 0.001, 0.0015]), ["0", "5e-4", "1e-3", "1.5e-3"])
        XCTAssertEqual(ChartNumberFormat.formatAxis([-0.5, 0, 0.5]), ["-0.5", "0", "0.5"])
        XCTAssertEqual(ChartNumberFormat.formatScientific(-0.0), "0")
        XCTAssertEqual(ChartNumberFormat.formatScientific(12), "1.2e1")
    }

    func testNonFinite() {
        XCTAssertEqual(ChartNumberFormat.format(.nan), "NaN")
        XCTAssertEqual(ChartNumberFormat.format(-.infinity), "−∞")
    }

    func testCoordinatesHaveAtMostTwoDecimals() {
        XCTAssertEqual(SVGFormat.coordinate(3.0), "3")
        XCTAssertEqual(SVGFormat.coordinate(12.346), "12.35")
        XCTAssertEqual(SVGFormat.coordinate(0.05), "0.05")
        XCTAssertEqual(SVGFormat.coordinate(1.5), "1.5")
        XCTAssertEqual(SVGFormat.coordinate(-2.25), "-2.25")
        XCTAssertEqual(SVGFormat.coordinate(-0.001), "0")
        XCTAssertEqual(SVGFormat.coordinate(100.999), "101")
    }

    func testElementsEscapeTextAndAttributesAndDropControls() {
        let node = SVGFormat.element("text", [("aria-label", "'a' \"b\"")], text: "<b>\"a\" & 'b'</b> bell\u{7}")
        XCTAssertEqual(node.render(.xml), "<text aria-label=\"'a' &quot;b&quot;\">&lt;b&gt;&quot;a&quot; &amp; 'b'&lt;/b&gt; bell</text>")
        XCTAssertEqual(SVGFormat.element("circle", [("r", "2")]).render(.xml), "<circle r=\"2\"/>")
    }

    func testIdentifiersAreXMLSafe() {
        XCTAssertEqual(SVGFormat.identifier("fig-1_a"), "fig-1_a")
        XCTAssertEqual(SVGFormat.identifier("1 fig\"x"), "c1-fig-x")
    }
}
