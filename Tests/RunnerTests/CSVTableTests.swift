import Config
import Engine
import Notebook
@testable import Runner
import XCTest

/// CSV files read into data sets: RFC 4180 quoting, CRLF and a BOM; reading in small chunks or on several threads
/// gives the same bits; every error names the file's line and the column.
final class CSVTableTests: XCTestCase {
    private let location = SourceLocation(line: 4, column: 13)

    private func request(target: String = "y", features: [String]? = nil, classification: Bool = false) -> CSVLoader.Request {
        CSVLoader.Request(file: "t.csv", target: target, features: features, location: location,
                          columns: CSVColumnLocations(target: location), classification: classification)
    }

    private func dataset(_ text: String, target: String = "y", features: [String]? = nil, classification: Bool = false) throws -> Dataset {
        try CSVTable(request: request(target: target, features: features, classification: classification), path: "n.md",
                     bytes: Array(text.utf8)).dataset()
    }

    /// The error message of reading `text`.
    private func error(_ text: String, target: String = "y", features: [String]? = nil, classification: Bool = false) -> String {
        do {
            _ = try dataset(text, target: target, features: features, classification: classification)
            return "no error"
        } catch let diagnostic as Diagnostic {
            XCTAssertEqual(diagnostic.location, location)
            return diagnostic.message
        } catch {
            return "\(error)"
        }
    }

    /// Reads `bytes` in chunks of `chunk` bytes, from a source that delivers at most `step` bytes at a time.
    private func chunked(_ bytes: [UInt8], chunk: Int, step: Int, request: CSVLoader.Request) throws -> Dataset {
        var offset = 0
        let reader = CSVReader(target: request.target, featureNames: request.features, limit: Limits.maxRows, expectedBytes: 0,
                               chunkBytes: chunk)
        let contents = try reader.read { buffer in
            let count = min(step, buffer.count, bytes.count - offset)
            bytes[offset..<(offset + count)].withUnsafeBytes { buffer.copyMemory(from: $0) }
            offset += count
            return count
        }
        return try CSVTable(request: request, path: "n.md", contents: contents).dataset()
    }

    func testQuotedFieldsWithCommasAndEscapedQuotes() throws {
        let data = try dataset("\"a,b\",\"y\"\n\"1.5\",2\n  3 ,4\n", features: ["a,b"])
        XCTAssertEqual(data.features.storage, [1.5, 3])
        XCTAssertEqual(data.featureNames, ["a,b"])
        let classes = try dataset("x,y\n1,\"say \"\"hi\"\"\"\n2,\"a,b\"\n3,\"a,b\"\n", classification: true)
        XCTAssertEqual(classes.classNames, ["a,b", "say \"hi\""])
        XCTAssertEqual(classes.targets, [1, 0, 0])
    }

    func testCRLFAndBOM() throws {
        let data = try dataset("\u{FEFF}x,y\r\n1,2\r\n\r\n3,4\r\n")
        XCTAssertEqual(data.featureNames, ["x"])
        XCTAssertEqual(data.features.storage, [1, 3])
        XCTAssertEqual(data.targets, [2, 4])
        XCTAssertEqual(error("\u{FEFF}x,y\r\n1,2\r\n\r\n3,oops\r\n"),
                       "t.csv:4: the target column 'y' has the text 'oops', but line 2 has the number 2")
    }

    func testErrorsNameTheLineAndColumn() {
        XCTAssertEqual(error("a,b,y\n1,2,3\n4,,6\n"), "t.csv:3: column 'b' has an empty value, not a finite number")
        XCTAssertEqual(error("a,b,y\n1,2,3\n4,x,6\n7,8\n"),
                       "t.csv:4: the row has 2 fields but the header has 3: column 'y' and after are missing", "ragged rows come first")
        XCTAssertEqual(error("a,y\n\"1\n\",2\n3,nan\n"), "t.csv:2: column 'a' has '1\n', not a finite number")
        XCTAssertEqual(error("a,y\n1,2\n3,nan\n"), "t.csv:3: the target is 'nan', not a finite number")
        XCTAssertEqual(error("a,y\n1,\n"), "t.csv:2: the target column 'y' is empty")
        XCTAssertEqual(error("a,y\n1,cat\n"), "t.csv:2: the target column 'y' has the text 'cat', but a regression loss needs numbers")
        XCTAssertEqual(error("a,y\n1,2\n3,\"4\n"), "t.csv:3: a quoted field is never closed")
        XCTAssertEqual(error("a,b,y\n1,x,3\n", features: ["b", "a"]), "t.csv:2: column 'b' has 'x', not a finite number")
        XCTAssertEqual(error("a,b,y\n1,x,3\n", features: ["a", "c"]), "data file 't.csv' has no column 'c'")
        XCTAssertEqual(error(""), "data file 't.csv' is empty")
        XCTAssertEqual(error("a,y\n\n"), "data file 't.csv' has no rows")
    }

    func testInvalidUTF8IsRefused() {
        let bytes: [UInt8] = Array("a,y\n1,".utf8) + [0xFF, 10]
        XCTAssertThrowsError(try CSVTable(request: request(), path: "n.md", bytes: bytes).dataset()) { error in
            XCTAssertEqual((error as? Diagnostic)?.message, "data file 't.csv' is not valid UTF-8")
        }
    }

    /// `rows` rows of a short decimal, a full-precision double and the row number, some quoted, CRLF, blank lines.
    private func generated(rows: Int) -> String {
        var generator = SeededGenerator(seed: 7)
        var text = "\u{FEFF}a,\"b\",y\r\n"
        for row in 0..<rows {
            let a = Double(generator.next() % 2_000_001) / 1000 - 1000, raw = Double(bitPattern: generator.next() >> 2)
            let b = raw.isFinite ? raw : 1
            text += row % 97 == 0 ? "\"\(a)\",\(b),\(row)\r\n" : "\(a),\(b),\(row)\n"
            if row % 500 == 0 { text += "\n" }
        }
        return text
    }

    func testChunksAndThreadsGiveTheSameBits() throws {
        let bytes = Array(generated(rows: 3000).utf8)
        let whole = try CSVTable(request: request(), path: "n.md", bytes: bytes).dataset()
        XCTAssertEqual(whole.count, 3000)
        XCTAssertEqual(whole.features[96, 0], Double("\(whole.features[96, 0])"))
        for (chunk, step) in [(13, 5), (4093, 1000), (1 << 20, 777)] {
            let data = try chunked(bytes, chunk: chunk, step: step, request: request())
            XCTAssertEqual(data.features.storage.map(\.bitPattern), whole.features.storage.map(\.bitPattern), "chunk \(chunk)")
            XCTAssertEqual(data.targets, whole.targets)
        }
        let saved = RowBlocks.threadCount
        defer { RowBlocks.threadCount = saved }
        let unquoted = Array(generated(rows: 20000).replacingOccurrences(of: "\"", with: "").utf8)
        RowBlocks.threadCount = 1
        let one = try CSVTable(request: request(), path: "n.md", bytes: unquoted).dataset()
        RowBlocks.threadCount = 4
        let four = try CSVTable(request: request(), path: "n.md", bytes: unquoted).dataset()
        XCTAssertEqual(one.features.storage.map(\.bitPattern), four.features.storage.map(\.bitPattern))
        XCTAssertEqual(one.count, 20000)
        XCTAssertEqual(one.targets, (0..<20000).map(Double.init))
    }
}
