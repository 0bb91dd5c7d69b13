import Foundation
import XCTest

final class PythonExportEndToEndTests: XCTestCase {
    private let basic = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/basic.md")

    private func export(to output: URL) throws -> (NBRunProcess.Outcome, String) {
        let outcome = try NBRunProcess.run([basic.path, "-o", output.path, "--to", "py"])
        let text = try String(contentsOf: output.appendingPathComponent("basic.py"), encoding: .utf8)
        return (outcome, text)
    }

    func testToPyWritesOneProgramWithEveryRun() throws {
        let output = try NBRunProcess.temporaryFolder()
        let (outcome, program) = try export(to: output)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["basic.py"], "only the requested format is written")
        XCTAssertTrue(program.hasPrefix("#!/usr/bin/env python3\n"))
        for name in ["line", "houses", "s[gd]", "s[momentum]", "logit"] {
            XCTAssertTrue(program.contains("\nRUNS[\"\(name)\"] = "), name)
        }
        XCTAssertTrue(program.contains("data = load_csv(\"data/houses.csv\", target=\"price\", features=[\"area\", \"rooms\"])"))
        let folder = try XCTUnwrap(program.split(separator: "\n").first { $0.hasPrefix("NOTEBOOK_FOLDER = ") })
        XCTAssertFalse(folder.contains("\"/"), "CSV paths are relative, never absolute: \(folder)")
        XCTAssertTrue(folder.hasSuffix("Tests/EndToEndTests/Notebooks\"  # CSV paths are relative to it"), String(folder))
    }

    func testProgramIsByteIdenticalAcrossRuns() throws {
        let first = try export(to: try NBRunProcess.temporaryFolder()).1
        let second = try export(to: try NBRunProcess.temporaryFolder()).1
        XCTAssertEqual(first, second)
    }
}
