import Foundation
import XCTest

/// The reports committed under output/ must match a fresh render of notebooks/: a stale report fails CI.
final class CommittedReportsTests: XCTestCase {
    func testCommittedReportsMatchAFreshRender() throws {
        let root = NBRunProcess.packageRoot
        let notebooks = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("notebooks").path)
            .filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertTrue(notebooks.contains("gd.md"))
        let fresh = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run(["notebooks/", "-o", fresh.path], in: root)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        for notebook in notebooks {
            let name = String(notebook.dropLast(3)) + ".html"
            let committed = root.appendingPathComponent("output").appendingPathComponent(name)
            guard let expected = FileManager.default.contents(atPath: committed.path) else {
                XCTFail("output/\(name) is not committed; render it with scripts/render.sh notebooks/")
                continue
            }
            let actual = try Data(contentsOf: fresh.appendingPathComponent(name))
            XCTAssertEqual(actual, expected, "output/\(name) is stale: re-render with scripts/render.sh notebooks/ and review the diff")
        }
    }
}
