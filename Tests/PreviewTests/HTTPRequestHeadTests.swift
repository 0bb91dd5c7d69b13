import Preview
import XCTest

/// `HTTPRequestHead` and `RequestPath`: strict parsing; malformed lines and encoded traversal are refused.
final class HTTPRequestHeadTests: XCTestCase {
    private func head(_ lines: String...) throws -> HTTPRequestHead {
        try HTTPRequestHead(lines: lines.map { Array($0.utf8) })
    }

    private func status(_ lines: String...) -> HTTPStatus? {
        do {
            _ = try HTTPRequestHead(lines: lines.map { Array($0.utf8) })
            return nil
        } catch {
            return error.status
        }
    }

    func testFieldsAreLowercasedAndTrimmed() throws {
        let request = try head("GET /a?b=1 HTTP/1.1", "Host:  localhost:8000 ", "Connection: Keep-Alive, close")
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.target, "/a?b=1")
        XCTAssertEqual(request.values(of: "host"), ["localhost:8000"])
        XCTAssertFalse(request.keepsAlive, "close among the options")
        XCTAssertTrue(try head("GET / HTTP/1.1", "Host: x").keepsAlive)
        XCTAssertFalse(try head("GET / HTTP/1.0", "Host: x").keepsAlive)
        XCTAssertTrue(try head("GET / HTTP/1.0", "Connection: keep-alive").keepsAlive)
    }

    func testMalformedHeadsAreRefused() {
        XCTAssertEqual(status("GET  / HTTP/1.1"), .badRequest, "two spaces")
        XCTAssertEqual(status("GET /"), .badRequest, "no version")
        XCTAssertEqual(status("G(T / HTTP/1.1"), .badRequest, "method not a token")
        XCTAssertEqual(status("GET /\u{7} HTTP/1.1"), .badRequest, "control character in the target")
        XCTAssertEqual(status("GET / HTTP/2.0"), .versionNotSupported)
        XCTAssertEqual(status("GET / FTP/1.0"), .badRequest)
        XCTAssertEqual(status("GET / HTTP/1.1", "Host : x"), .badRequest, "space before the colon")
        XCTAssertEqual(status("GET / HTTP/1.1", " folded: x"), .badRequest, "obsolete line folding")
        XCTAssertEqual(status("GET / HTTP/1.1", "X: a\u{0}b"), .badRequest, "NUL in a value")
        XCTAssertEqual(status("GET / HTTP/1.1", "X: a\rb"), .badRequest, "bare CR in a value")
        XCTAssertEqual(status("GET / HTTP/1.1", "no colon"), .badRequest)
    }

    func testBodiesAreNoticed() throws {
        XCTAssertFalse(try head("GET / HTTP/1.1", "Content-Length: 0").hasBody)
        XCTAssertTrue(try head("GET / HTTP/1.1", "Content-Length: 5").hasBody)
        XCTAssertTrue(try head("GET / HTTP/1.1", "Transfer-Encoding: chunked").hasBody)
    }

    func testPathsAreDecodedStrictlyAndTraversalIsRefused() throws {
        XCTAssertEqual(try RequestPath(target: "/zh/a%20b.html?x=/../y").segments, ["zh", "a b.html"])
        XCTAssertEqual(try RequestPath(target: "//a//b/").segments, ["a", "b"])
        XCTAssertTrue(try RequestPath(target: "/zh/").endsWithSlash)
        XCTAssertEqual(try RequestPath(target: "/%C3%A9.html").segments, ["é.html"])
        for target in ["/../etc/passwd", "/a/..", "/%2e%2e/x", "/%2E%2E%2Fx", "/..%2fx", "/a%2fb", "/./a", "/%2e/a", "/a%00.html",
                       "/%zz", "/a%2", "/%C3", "*", "http://localhost:8000/a.html", "a.html"] {
            XCTAssertThrowsError(try RequestPath(target: target), target) { XCTAssertEqual(($0 as? HTTPRequestError)?.status, .badRequest, target) }
        }
    }
}
