import Foundation
import XCTest

/// Compares `actual` with the golden file `Snapshots/NAME` beside the calling test file.
///
/// Set `NBRUN_RECORD_SNAPSHOTS=1` to (re-)write golden files instead; review the diff before committing.
/// A missing golden file fails the test (it is never recorded silently).
public func assertSnapshot(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let testFile = URL(fileURLWithPath: "\(file)")
    let url = testFile.deletingLastPathComponent().appendingPathComponent("Snapshots").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["NBRUN_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("missing golden file \(url.path); run with NBRUN_RECORD_SNAPSHOTS=1 and review it", file: file, line: line)
        return
    }
    if expected != actual {
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let got = firstDifference < a.count ? String(a[firstDifference]) : "<end>"
        let want = firstDifference < e.count ? String(e[firstDifference]) : "<end>"
        XCTFail("snapshot \(name) differs at line \(firstDifference + 1):\n  got:  \(got)\n  want: \(want)", file: file, line: line)
    }
}

/// A fixture file under `Fixtures/` beside the calling test file.
public func fixtureURL(_ name: String, file: StaticString = #filePath) -> URL {
    URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name)
}
