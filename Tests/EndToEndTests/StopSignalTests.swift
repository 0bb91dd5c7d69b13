import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `--serve` and `--watch` stop with exit status 0 on Ctrl-C typed in their terminal, SIGINT sent to their process
/// group and SIGTERM sent to their pid, idle or while a render runs, leaving no temporary file. Bounds are generous
/// (10 s to stop) for a loaded machine; the stop itself takes milliseconds.
final class StopSignalTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try NBRunProcess.temporaryFolder()
        try "# Quick\n\nText.\n".write(to: folder.appendingPathComponent("quick/q.md"), creatingFolder: true)
        try """
        # Slow

        ```config short
        data: {generate: linear, n: 200, weights: [1, 2], bias: 1, noise: 0.1, seed: 1}
        optimizer: {name: gd, lr: 0.05}
        epochs: 50
        ```

        ```config long
        data: {generate: linear, n: 50000, weights: [1, 2, 3, 4, 5, 6, 7, 8], bias: 1, noise: 0.1, seed: 1}
        optimizer: {name: gd, lr: 0.05}
        epochs: 100000
        tolerance: 0
        ```
        """.write(to: folder.appendingPathComponent("slow/s.md"), creatingFolder: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private var output: URL { folder.appendingPathComponent("output") }

    private func serve(_ notebooks: String, port: UInt16, blockedSignals: [Int32] = []) throws -> TerminalProcess {
        try TerminalProcess(["--serve", folder.appendingPathComponent(notebooks).path, "-o", output.path, "--port", String(port)],
                            blockedSignals: blockedSignals)
    }

    private func watch(_ notebooks: String) throws -> TerminalProcess {
        try TerminalProcess(["--watch", folder.appendingPathComponent(notebooks).path, "-o", output.path])
    }

    func testServeStopsOnControlCTypedInItsTerminal() throws {
        let port = try Self.freePort()
        let process = try serve("quick", port: port)
        XCTAssertTrue(process.waitForOutput("serving"), process.text)
        XCTAssertTrue(Self.accepts(port), "the server listens")
        process.typeControlC()
        XCTAssertEqual(process.waitForExit(), 0, process.text)
        XCTAssertTrue(process.text.contains("^C"), "the terminal echoed the interrupt: \(process.text)")
        XCTAssertTrue(process.text.contains("nbrun: stopped serving"), process.text)
        XCTAssertFalse(Self.accepts(port), "nothing listens after Ctrl-C")
        XCTAssertEqual(temporaryFiles(), [])
    }

    func testServeStopsOnSIGTERMWhileARenderRuns() throws {
        let process = try serve("slow", port: try Self.freePort())
        XCTAssertTrue(process.waitForOutput("long: epoch"), "the long run trains: \(process.text)")
        kill(process.pid, SIGTERM)
        XCTAssertEqual(process.waitForExit(), 0, process.text)
        XCTAssertTrue(process.text.contains("nbrun: stopped serving"), process.text)
        XCTAssertEqual(temporaryFiles(), [])
    }

    func testWatchStopsOnSIGINTToItsProcessGroupWhileARenderRuns() throws {
        let process = try watch("slow")
        XCTAssertTrue(process.waitForOutput("long: epoch"), "the long run trains: \(process.text)")
        kill(-process.pid, SIGINT)
        XCTAssertEqual(process.waitForExit(), 0, process.text)
        XCTAssertTrue(process.text.contains("nbrun: stopped watching"), process.text)
        XCTAssertEqual(temporaryFiles(), [])
    }

    func testWatchStopsOnControlCAndOnSIGTERMWhenIdle() throws {
        let interrupted = try watch("quick")
        XCTAssertTrue(interrupted.waitForOutput("watching"), interrupted.text)
        interrupted.typeControlC()
        XCTAssertEqual(interrupted.waitForExit(), 0, interrupted.text)
        let terminated = try watch("quick")
        XCTAssertTrue(terminated.waitForOutput("watching"), terminated.text)
        kill(terminated.pid, SIGTERM)
        XCTAssertEqual(terminated.waitForExit(), 0, terminated.text)
        XCTAssertTrue(terminated.text.contains("nbrun: stopped watching"), terminated.text)
    }

    /// A parent that blocks SIGINT and SIGTERM (for its own `sigwait`) passes the mask on; `sigwait` takes the
    /// signals whatever mask the process started with.
    func testServeStopsWhenStartedWithTheSignalsBlocked() throws {
        let process = try serve("quick", port: try Self.freePort(), blockedSignals: [SIGINT, SIGTERM])
        XCTAssertTrue(process.waitForOutput("serving"), process.text)
        kill(process.pid, SIGTERM)
        XCTAssertEqual(process.waitForExit(), 0, process.text)
    }

    /// Temporary files (`.NAME.tmp-PID-N`, reports and cache entries) anywhere in the output folder.
    private func temporaryFiles() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: output.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.contains(".tmp-") { found.append(path) }
        }
        return found
    }

    /// A port nothing listens on: bind port 0, read the port the kernel chose, close.
    static func freePort() throws -> UInt16 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw XCTSkip("cannot bind a test socket") }
        return UInt16(bigEndian: address.sin_port)
    }

    /// True when a connection to 127.0.0.1:`port` is accepted.
    static func accepts(_ port: UInt16) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    private static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
        return address
    }
}

private extension String {
    func write(to url: URL, creatingFolder: Bool) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try write(to: url, atomically: false, encoding: .utf8)
    }
}
