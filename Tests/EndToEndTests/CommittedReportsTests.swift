import Foundation
import XCTest

/// The reports committed under output/ must match a fresh render of notebooks/: a stale report fails CI.
final class CommittedReportsTests: XCTestCase {
    /// The time limit is raised: these are byte checks, and a debug build on a loaded 2-core machine is slow.
    func testCommittedReportsMatchAFreshRender() throws {
        let root = NBRunProcess.packageRoot
        let fresh = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run(["notebooks/", "-o", fresh.path, "--timeout", "3000"], in: root)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let rendered = NBRunProcess.files(in: fresh)
        XCTAssertTrue(rendered.contains("nbrun-math.woff2"), "a course writes its math font once")
        XCTAssertTrue(rendered.contains("gd.html") && rendered.contains("index.html") && rendered.contains("zh/gd.html"), "\(rendered)")
        XCTAssertTrue(rendered.contains("img/gradient-step.svg"), "the course's images are published with it: \(rendered)")
        XCTAssertTrue(rendered.contains("gd.ipynb") && rendered.contains("print.html") && rendered.contains("404.html"), "the site's files")
        let committed = NBRunProcess.files(in: root.appendingPathComponent("output"))
        XCTAssertEqual(committed, rendered, "output/ must hold exactly the files of a fresh render: re-render with scripts/render.sh notebooks/")
        for name in rendered {
            let expected = FileManager.default.contents(atPath: root.appendingPathComponent("output").appendingPathComponent(name).path)
            let actual = try Data(contentsOf: fresh.appendingPathComponent(name))
            XCTAssertEqual(actual, expected, "output/\(name) is stale: re-render with scripts/render.sh notebooks/ and review the diff")
        }
    }
}
