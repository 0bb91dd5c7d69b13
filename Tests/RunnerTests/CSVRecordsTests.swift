@testable import Runner
import XCTest

/// The CSV reader keeps the line each record starts on, through blank lines, CRLF and quoted line breaks.
final class CSVRecordsTests: XCTestCase {
    func testRecordsKeepTheirLines() {
        let parsed = CSVRecords("x,y\r\n1, 2\n\n\"3\n4\",\"a \"\"b\"\"\"\n5,6")
        XCTAssertEqual(parsed.records.map(\.line), [1, 2, 4, 6])
        XCTAssertEqual(parsed.records.map(\.fields), [["x", "y"], ["1", "2"], ["3\n4", "a \"b\""], ["5", "6"]])
        XCTAssertNil(parsed.unclosedQuoteLine)
    }

    func testRaggedRowsKeepTheirFieldCount() {
        let parsed = CSVRecords("a,b\n1\n1,2,3\n,\n")
        XCTAssertEqual(parsed.records.map(\.fields.count), [2, 1, 3, 2])
        XCTAssertEqual(parsed.records[3].fields, ["", ""])
    }

    func testUnclosedQuoteIsReportedWithItsLine() {
        XCTAssertEqual(CSVRecords("x,y\n1,2\n3,\"4\n5,6\n").unclosedQuoteLine, 3)
    }

    func testLimitStopsEarly() {
        let text = String(repeating: "1,2\n", count: 1000)
        XCTAssertEqual(CSVRecords(text, limit: 10).records.count, 11)
    }
}
