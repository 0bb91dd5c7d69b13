import Foundation
@testable import Report
import XCTest

/// The prelude the export writes is the text of `Sources/Report/Python/*.py`, embedded at build time.
final class PythonPreludeTests: XCTestCase {
    private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Report/Python")

    func testEverySectionIsItsPythonFileAndEveryFileIsASection() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertEqual(files, ["data.py", "driver.py", "line_search.py", "training.py"])
        let embedded = ["data.py": PythonPrelude.data, "training.py": PythonPrelude.training,
                        "line_search.py": PythonPrelude.lineSearch, "driver.py": PythonPrelude.driver]
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            XCTAssertEqual(embedded[file].map { $0 + "\n" }, text, "\(file) is embedded as written (rebuild after editing it)")
        }
        XCTAssertEqual(PythonPrelude.sections, [PythonPrelude.data, PythonPrelude.training, PythonPrelude.lineSearch, PythonPrelude.driver])
    }
}
