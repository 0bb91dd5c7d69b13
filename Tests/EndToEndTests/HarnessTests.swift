import Foundation
import XCTest

/// The end-to-end harness itself: both outputs of a child are read to their ends whatever their sizes, and the
/// temporary folders of a test are gone when it ends.
final class HarnessTests: XCTestCase {
    /// A child that writes 200 KB to stderr (three times a pipe's buffer) before a line to stdout: reading stdout
    /// to its end first, the harness waited for a child blocked on a full stderr pipe.
    func testLargeStderrDoesNotBlockTheChild() throws {
        let script = "head -c 200000 /dev/zero | tr '\\0' x >&2; echo done"
        let outcome = try NBRunProcess.runExecutable(URL(fileURLWithPath: "/bin/sh"), ["-c", script])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(outcome.stdout, "done\n")
        XCTAssertEqual(outcome.stderr.count, 200_000)
        XCTAssertTrue(outcome.stderr.allSatisfy { $0 == "x" })
    }

    /// The folder the other of the two tests below made, if it ran first.
    private static let earlier = Locked()

    /// Whichever of these two runs second finds the first one's folder removed.
    func testTemporaryFoldersAreRemovedAfterTheirTestA() throws { try makeAndCheckEarlier() }
    func testTemporaryFoldersAreRemovedAfterTheirTestB() throws { try makeAndCheckEarlier() }

    private func makeAndCheckEarlier() throws {
        let made = try NBRunProcess.temporaryFolder()
        try Data("x".utf8).write(to: made.appendingPathComponent("file.txt"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: made.path))
        if let previous = Self.earlier.swap(made) {
            XCTAssertFalse(FileManager.default.fileExists(atPath: previous.path), "\(previous.path) was left behind")
        }
    }

    /// Removing everything registered leaves nothing behind (what the observer does when a test ends).
    func testRemovalTakesFoldersWithTheirContents() throws {
        let folders = TemporaryFolders()
        let made = try NBRunProcess.temporaryFolder()
        try FileManager.default.createDirectory(at: made.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        folders.removeAfterCurrentTest(made)
        XCTAssertEqual(folders.removeAll(), [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: made.path))
    }

    /// `.ci/run` against a stand-in `scripts/test.sh`: the summary line is printed for a failing suite too, and the
    /// exit status stays non-zero (with `set -e` and `pipefail` it ended before the summary).
    func testCISummaryIsPrintedWhetherTheSuitePassesOrNot() throws {
        for (failures, status) in [(2, 1), (0, 0)] {
            let folder = try NBRunProcess.temporaryFolder()
            for sub in [".ci", "scripts"] {
                try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            }
            try FileManager.default.copyItem(at: NBRunProcess.packageRoot.appendingPathComponent(".ci/run"),
                                             to: folder.appendingPathComponent(".ci/run"))
            let stub = "#!/bin/sh\necho 'Test Suite All tests'\necho '\t Executed 7 tests, with \(failures) failures (0 unexpected) in 1.0 (1.0) seconds'\nexit \(status)\n"
            let script = folder.appendingPathComponent("scripts/test.sh")
            try stub.write(to: script, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
            let outcome = try NBRunProcess.runExecutable(URL(fileURLWithPath: "/bin/bash"), [folder.appendingPathComponent(".ci/run").path])
            XCTAssertEqual(outcome.status, Int32(status), outcome.stdout + outcome.stderr)
            XCTAssertTrue(outcome.stdout.hasSuffix("\(7 - failures) passed, \(failures) failed\n"), outcome.stdout)
        }
    }

    /// A URL behind a lock.
    private final class Locked: @unchecked Sendable {
        private let lock = NSLock()
        private var value: URL?
        func swap(_ new: URL) -> URL? { lock.withLock { defer { value = new }; return value } }
    }
}
