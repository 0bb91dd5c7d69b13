@testable import Runner
import XCTest

/// The CSV tokenizer keeps the line each record starts on, through blank lines, CRLF and quoted line breaks, and
/// leaves a record cut off by the end of a buffer for the next one.
final class CSVTokenizerTests: XCTestCase {
    /// Collects records as strings.
    private struct Collector: CSVRecordSink {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var quoted: [Bool] = []

        mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, quoted: Bool) {
            fields.append(String(decoding: bytes, as: UTF8.self))
            self.quoted.append(quoted)
        }

        mutating func endRecord(fieldCount: Int, line: Int) -> Bool {
            precondition(fieldCount == fields.count)
            records.append((line, fields))
            fields = []
            return true
        }
    }

    private func scan(_ text: String, final: Bool = true) -> (Collector, CSVTokenizer.End) {
        var bytes = Array(text.utf8)
        if final, bytes.last != 10 { bytes.append(10) }
        var collector = Collector(), tokenizer = CSVTokenizer()
        let end = bytes.withUnsafeBufferPointer { tokenizer.scan($0, final: final, into: &collector) }
        return (collector, end)
    }

    func testRecordsKeepTheirLines() {
        let (parsed, end) = scan("x,y\r\n1, 2\n\n\"3\n4\",\"a \"\"b\"\"\"\n5,6")
        XCTAssertEqual(parsed.records.map(\.line), [0, 1, 3, 5])
        XCTAssertEqual(parsed.records.map(\.fields), [["x", "y"], ["1", "2"], ["3\n4", "a \"b\""], ["5", "6"]])
        XCTAssertNil(end.unclosedQuoteLine)
        XCTAssertEqual(end.lines, 6)
    }

    func testQuotedFieldsHoldCommasQuotesAndCRLF() {
        let (parsed, _) = scan("\"a,b\",\"say \"\"hi\"\"\",  \"x\r\ny\"  \r\n\"\",c\r\n")
        XCTAssertEqual(parsed.records.map(\.fields), [["a,b", "say \"hi\"", "x\r\ny  "], ["", "c"]])
        XCTAssertEqual(parsed.records.map(\.line), [0, 2])
        XCTAssertEqual(parsed.quoted, [true, true, true, true, false])
    }

    func testRaggedRowsKeepTheirFieldCount() {
        let (parsed, _) = scan("a,b\n1\n1,2,3\n,\n")
        XCTAssertEqual(parsed.records.map(\.fields.count), [2, 1, 3, 2])
        XCTAssertEqual(parsed.records[3].fields, ["", ""])
    }

    func testBlankLinesAreSkippedButAnEmptyQuotedFieldIsARecord() {
        let (parsed, _) = scan("a\n  \t\n\r\n\"\"\nb\n")
        XCTAssertEqual(parsed.records.map(\.fields), [["a"], [""], ["b"]])
        XCTAssertEqual(parsed.records.map(\.line), [0, 3, 4])
    }

    func testUnclosedQuoteIsReportedWithItsLine() {
        XCTAssertEqual(scan("x,y\n1,2\n3,\"4\n5,6\n").1.unclosedQuoteLine, 2)
    }

    func testACutOffRecordIsLeftForTheNextBuffer() {
        let (parsed, end) = scan("a,b\n1,\"2\n3", final: false)
        XCTAssertEqual(parsed.records.map(\.fields), [["a", "b"]])
        XCTAssertEqual(end.consumed, 4)
        XCTAssertEqual(end.lines, 1)
        XCTAssertNil(end.unclosedQuoteLine)
        XCTAssertEqual(scan("1,2\r", final: false).1.consumed, 0, "a CR may be the first half of CRLF")
    }
}
