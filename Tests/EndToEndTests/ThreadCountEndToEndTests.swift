import Foundation
import XCTest

/// A notebook rendered on one thread and on several gives the same bytes (`NBRUN_THREADS`).
final class ThreadCountEndToEndTests: XCTestCase {
    func testReportIsByteIdenticalForOneAndSeveralThreads() throws {
        var pages: [Data] = []
        for threads in ["1", "3"] {
            let folder = try NBRunProcess.temporaryFolder()
            let outcome = try NBRunProcess.run(["Tests/EndToEndTests/Notebooks/threads/threads.md", "-o", folder.path,
                                                "--no-cache", "--to", "html,json"],
                                               environment: ["NBRUN_THREADS": threads])
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            let json = try String(contentsOf: folder.appendingPathComponent("threads.json"), encoding: .utf8)
            XCTAssertTrue(json.contains("\"train_loss\""), json)
            pages.append(try Data(contentsOf: folder.appendingPathComponent("threads.html")))
            pages.append(try Data(contentsOf: folder.appendingPathComponent("threads.json")))
        }
        XCTAssertEqual(pages[0], pages[2], "the HTML differs between 1 and 3 threads")
        XCTAssertEqual(pages[1], pages[3], "the JSON differs between 1 and 3 threads")
    }
}
