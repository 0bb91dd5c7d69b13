import Preview
import XCTest

/// `HTTPHeadReader`: heads split from received bytes at their empty line, whatever the chunking; pipelined bytes
/// kept; request lines and heads over the limit refused before more is collected.
final class HTTPHeadReaderTests: XCTestCase {
    private func lines(_ head: [[UInt8]]?) -> [String]? {
        head?.map { String(decoding: $0, as: UTF8.self) }
    }

    func testAHeadSplitIntoSingleBytesIsCollectedOnceComplete() throws {
        var reader = HTTPHeadReader()
        let text = "GET /a.html HTTP/1.1\r\nHost: localhost:8000\r\n\r\n"
        for (offset, byte) in text.utf8.enumerated() {
            XCTAssertNil(try reader.nextHead(), "incomplete after \(offset) bytes")
            reader.append([byte])
        }
        XCTAssertEqual(lines(try reader.nextHead()), ["GET /a.html HTTP/1.1", "Host: localhost:8000"])
        XCTAssertTrue(reader.isEmpty)
    }

    func testPipelinedHeadsAndBareLineFeedsAndLeadingEmptyLines() throws {
        var reader = HTTPHeadReader()
        reader.append(Array("\r\nGET /a HTTP/1.1\nHost: x\n\nHEAD /b HTTP/1.1\r\nHost: y\r\n\r\nGET /c".utf8))
        XCTAssertEqual(lines(try reader.nextHead()), ["GET /a HTTP/1.1", "Host: x"])
        XCTAssertEqual(lines(try reader.nextHead()), ["HEAD /b HTTP/1.1", "Host: y"])
        XCTAssertNil(try reader.nextHead())
        XCTAssertFalse(reader.isEmpty, "the start of a third request is kept")
    }

    func testARequestLineOverTheLimitIsRefusedWithoutWaitingForItsEnd() {
        var reader = HTTPHeadReader(limits: .init(headBytes: 1024, headerLines: 10))
        reader.append(Array("GET /".utf8) + Array(repeating: UInt8(ascii: "a"), count: 1019))
        XCTAssertThrowsError(try reader.nextHead()) { XCTAssertEqual(($0 as? HTTPRequestError)?.status, .uriTooLong) }
    }

    func testAHeadAtTheLimitIsAcceptedAndOneByteMoreIsRefused() throws {
        let head = "GET / HTTP/1.1\r\nX: " + String(repeating: "v", count: 100) + "\r\n\r\n"
        var atLimit = HTTPHeadReader(limits: .init(headBytes: head.utf8.count, headerLines: 10))
        atLimit.append(Array(head.utf8))
        XCTAssertEqual(try atLimit.nextHead()?.count, 2)
        var over = HTTPHeadReader(limits: .init(headBytes: head.utf8.count - 1, headerLines: 10))
        over.append(Array(head.utf8))
        XCTAssertThrowsError(try over.nextHead()) { XCTAssertEqual(($0 as? HTTPRequestError)?.status, .headerFieldsTooLarge) }
    }

    func testTooManyHeaderLinesAreRefused() {
        var reader = HTTPHeadReader(limits: .init(headBytes: 16 * 1024, headerLines: 3))
        reader.append(Array("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n".utf8))
        XCTAssertThrowsError(try reader.nextHead()) { XCTAssertEqual(($0 as? HTTPRequestError)?.status, .headerFieldsTooLarge) }
    }

    /// 192 KB of request line, fed in 4 KB pieces as a socket delivers it, is refused once 16 KiB have arrived: the
    /// reader never holds more than the limit plus one piece.
    func testAHugeRequestLineIsRefusedAfterTheLimit() throws {
        var reader = HTTPHeadReader()
        var fed = 0
        var refusal: HTTPRequestError?
        let piece = [UInt8](repeating: UInt8(ascii: "a"), count: 4096)
        while fed < 192 * 1024, refusal == nil {
            reader.append(piece)
            fed += piece.count
            do { _ = try reader.nextHead() } catch { refusal = error }
        }
        XCTAssertEqual(refusal?.status, .uriTooLong)
        XCTAssertEqual(fed, 16 * 1024)
    }
}
