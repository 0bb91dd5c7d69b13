import Output
import XCTest

final class NumberFormatTests: XCTestCase {
    func testSignificantDigits() {
        XCTAssertEqual(NumberFormat.significant(1.97166303, digits: 4), "1.972")
        XCTAssertEqual(NumberFormat.significant(0.26762939, digits: 5), "0.26763")
        XCTAssertEqual(NumberFormat.significant(2, digits: 4), "2")
        XCTAssertEqual(NumberFormat.significant(-0.0, digits: 4), "0")
        XCTAssertEqual(NumberFormat.significant(1.4e-15, digits: 2), "1.4e-15")
        XCTAssertEqual(NumberFormat.significant(2.5e7, digits: 3), "2.5e7")
        XCTAssertEqual(NumberFormat.significant(123456, digits: 3), "123456")
        XCTAssertEqual(NumberFormat.significant(.nan), "NaN")
    }

    func testEachOutputSpellsNaNAndInfinityOneWay() throws {
        let spellings: [(NumberFormat.Target, [String])] = [
            (.text, ["NaN", "∞", "−∞"]), (.svgLabel, ["NaN", "∞", "−∞"]), (.json, ["null", "null", "null"]),
            (.python, ["float(\"nan\")", "float(\"inf\")", "float(\"-inf\")"]),
        ]
        for (target, expected) in spellings {
            XCTAssertEqual([Double.nan, .infinity, -.infinity].map { NumberFormat.nonFinite($0, in: target) }, expected, "\(target)")
            XCTAssertNil(NumberFormat.nonFinite(1, in: target))
        }
        XCTAssertEqual([Double.nan, .infinity, -.infinity].map { NumberFormat.significant($0) }, ["NaN", "∞", "−∞"])
        XCTAssertEqual([Double.nan, .infinity, -.infinity].map(NumberFormat.json), ["null", "null", "null"])
        XCTAssertEqual(NumberFormat.python(-.infinity), "float(\"-inf\")")
        XCTAssertEqual(ChartNumberFormat.format(.infinity), "∞", "a chart label is spelled as the page's text")
        XCTAssertEqual(try PythonFormat(".3f").format(.infinity), "∞", "an inline value is spelled as the report's tables")
        XCTAssertEqual(try PythonFormat(">6").format(-.infinity), "    −∞")
        XCTAssertEqual([0.5, 2, 1e-6, -0.0].map(NumberFormat.json), ["0.5", "2", "1e-06", "0"])
        XCTAssertEqual(NumberFormat.python(1e-6), NumberFormat.json(1e-6), "Python reads JSON's digits")
    }
}
