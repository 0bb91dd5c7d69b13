import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// `nbrun --serve`: serves the output folder, adds the reload script only to served pages, refuses a busy port,
/// stops cleanly on Ctrl-C.
final class ServeTests: XCTestCase {
    /// A port nothing listens on: bind port 0, read the port the kernel chose, close.
    private func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw XCTSkip("cannot bind a test socket") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The body of `url`, or nil when nothing answers.
    private func fetch(_ url: String) -> String? {
        let done = DispatchSemaphore(value: 0)
        var body: String?
        URLSession.shared.dataTask(with: URL(string: url)!) { data, response, _ in
            if (response as? HTTPURLResponse)?.statusCode == 200, let data { body = String(decoding: data, as: UTF8.self) }
            done.signal()
        }.resume()
        _ = done.wait(timeout: .now() + 5)
        return body
    }

    func testServeAddsTheReloadScriptOnlyToServedPagesAndStopsOnInterrupt() throws {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        try "# A\n\nText.\n".write(to: input.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let port = try freePort()
        let process = Process()
        process.executableURL = NBRunProcess.binary
        process.arguments = ["--serve", input.path, "-o", output.path, "--port", String(port)]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var page: String?
        for _ in 0..<120 where page == nil {
            Thread.sleep(forTimeInterval: 0.5)
            if FileManager.default.fileExists(atPath: output.appendingPathComponent("a.html").path) { page = fetch("http://127.0.0.1:\(port)/a.html") }
        }
        let served = try XCTUnwrap(page, "the server answered")
        XCTAssertTrue(served.contains("data-nbrun-reload") && served.contains("/__nbrun/version"), served)
        let onDisk = try String(contentsOf: output.appendingPathComponent("a.html"), encoding: .utf8)
        XCTAssertFalse(onDisk.contains("data-nbrun-reload"), "the written file has no script")
        let stripped = served.replacingOccurrences(of: "<script data-nbrun-reload>[^<]*</script>", with: "", options: .regularExpression)
        XCTAssertEqual(stripped, onDisk, "the served page is the file plus the script")
        XCTAssertNotNil(fetch("http://127.0.0.1:\(port)/__nbrun/version"))
        XCTAssertEqual(fetch("http://127.0.0.1:\(port)/")?.contains("href=\"a.html\""), true, "/ is the landing page")
        XCTAssertNil(fetch("http://127.0.0.1:\(port)/missing.html"), "404")

        let busy = try NBRunProcess.run(["--serve", input.path, "-o", output.path, "--port", String(port)])
        XCTAssertEqual(busy.status, 2)
        XCTAssertTrue(busy.stderr.contains("port \(port) is already in use"), busy.stderr)

        process.interrupt()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        XCTAssertFalse(process.isRunning, "Ctrl-C stops the server")
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("stopped serving"))
        XCTAssertNil(fetch("http://127.0.0.1:\(port)/a.html"), "nothing listens after Ctrl-C")
    }
}
