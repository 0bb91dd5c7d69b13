import Foundation
import XCTest

/// CSV data end to end: class names become classes only for a classification run, and the report lists them.
final class CSVDataTests: XCTestCase {
    private func render(_ csv: String, config: String) throws -> (NBRunProcess.Outcome, [String: Any]?) {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        try csv.write(to: input.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
        let notebook = "# CSV\n\n```config r\ndata: {csv: t.csv, target: y}\n\(config)\n```\n"
        try notebook.write(to: input.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        let outcome = try NBRunProcess.run([input.appendingPathComponent("c.md").path, "-o", output.path, "--to", "json"])
        let data = try? Data(contentsOf: output.appendingPathComponent("c.json"))
        let json = data.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        return (outcome, (json?["runs"] as? [String: Any])?["r"] as? [String: Any])
    }

    func testTextTargetOfAClassificationRunListsItsClasses() throws {
        let (outcome, run) = try render("x,y\n1,dog\n2,cat\n3,dog\n4,cat\n", config: "model: logistic\nepochs: 3")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let line = try XCTUnwrap(run?["status_line"] as? String)
        XCTAssertTrue(line.hasSuffix(" Classes of 'y' (sorted by name): cat = 0, dog = 1."), line)
    }

    func testNumericTargetOfARegressionRunListsNoClasses() throws {
        let (outcome, run) = try render("x,y\n1,2\n2,4.5\n3,6\n", config: "epochs: 3")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let line = try XCTUnwrap(run?["status_line"] as? String)
        XCTAssertFalse(line.contains("Classes"), line)
    }

    func testTextTargetOfARegressionRunIsAnError() throws {
        let (outcome, run) = try render("x,y\n1,2\n2,4.5\n3,six\n", config: "loss: mse")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("c.md:4:13: error: t.csv:4: the target column 'y' has the text 'six', but line 2 has the number 2"), outcome.stderr)
        XCTAssertEqual(run?["status"] as? String, "error")
    }
}
