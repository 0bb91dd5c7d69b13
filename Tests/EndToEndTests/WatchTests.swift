import Foundation
import XCTest

/// `--watch` re-renders a notebook after it is saved, and stops when interrupted.
final class WatchTests: XCTestCase {
    func testSavingANotebookRerendersIt() throws {
        let input = try NBRunProcess.temporaryFolder(), output = input.appendingPathComponent("output")
        let notebook = input.appendingPathComponent("w.md")
        try "# First version\n".write(to: notebook, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = NBRunProcess.binary
        process.arguments = ["--watch", notebook.path, "-o", output.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let report = output.appendingPathComponent("w.html")
        XCTAssertTrue(waitFor { (try? String(contentsOf: report, encoding: .utf8))?.contains("First version") == true }, "first render")
        Thread.sleep(forTimeInterval: 1.1)
        try "# Second version\n".write(to: notebook, atomically: true, encoding: .utf8)
        XCTAssertTrue(waitFor { (try? String(contentsOf: report, encoding: .utf8))?.contains("Second version") == true }, "re-render after save")
        XCTAssertTrue(process.isRunning, "watch keeps running")
        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(NBRunProcess.files(in: output), ["w.html"])
    }

    private func waitFor(seconds: Double = 15, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return condition()
    }
}
