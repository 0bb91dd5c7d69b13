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
}
