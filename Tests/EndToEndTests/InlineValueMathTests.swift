import Foundation
import XCTest

/// An inline value inside math (`$w = `{r.params.weights[0]}`$`, and in `$$…$$`) puts its number into the TeX,
/// which becomes MathML; a value that cannot be a number there is a located error. Never raw `$…$` text.
final class InlineValueMathTests: XCTestCase {
    private let folder = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/values")

    func testValuesInInlineAndDisplayMathBecomeNumbersInTheMathML() throws {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([folder.appendingPathComponent("math.md").path, "-o", output.path, "--to", "html,json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let html = try String(contentsOf: output.appendingPathComponent("math.html"), encoding: .utf8)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("math.json"))) as? [String: Any])
        let run = try XCTUnwrap((json["runs"] as? [String: [String: Any]])?["r"])
        let params = try XCTUnwrap(run["params"] as? [String: Any])
        let weight = try XCTUnwrap((params["weights"] as? [Double])?.first), bias = try XCTUnwrap(params["bias"] as? Double)
        let loss = try XCTUnwrap((run["metrics"] as? [String: Double])?["train_loss"])
        let inline = "<math><semantics><mrow><mi>w</mi><mo>=</mo><mn>\(String(format: "%.5g", weight))</mn></mrow>"
        XCTAssertTrue(html.contains(inline), "inline math: \(inline)")
        XCTAssertTrue(html.contains("<math display=\"block\"><semantics><mrow><mi>b</mi><mo>=</mo><mn>\(String(format: "%.3f", bias))</mn>"),
                      "display math in a paragraph")
        XCTAssertTrue(html.contains("<mn>\(String(format: "%.1f", loss * 100))</mn><mi mathvariant=\"normal\">%</mi>"), "a percentage keeps its %")
        XCTAssertTrue(html.contains("<mn>\(String(format: "%.2f", weight))</mn><mi>x</mi><mo>+</mo><mn>\(String(format: "%.2f", bias))</mn>"),
                      "a display block of its own")
        let main = try XCTUnwrap(html.range(of: "<main")).upperBound
        let text = html[main...].replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        XCTAssertFalse(text.contains("$"), "no dollar left in the page text")
        XCTAssertFalse(text.contains("`{r."), "no value reference left as text")
    }

    func testAValueThatCannotBeANumberInMathIsALocatedError() throws {
        let file = folder.appendingPathComponent("math-errors.md").path
        let output = try NBRunProcess.temporaryFolder()
        let rendered = try NBRunProcess.run([file, "-o", output.path])
        XCTAssertEqual(rendered.status, 1)
        for line in ["\(file):3:15: error: {r.status} is a status, not a number, so it cannot stand in math\n  hint: write it outside the $…$",
                     "\(file):3:42: error: {r.config.optimizer.name} is 'gd', not a number, so it cannot stand in math",
                     "\(file):3:87: error: {r.metrix.x}: 'r' has no key 'metrix'\n  hint: did you mean 'metrics'?"] {
            XCTAssertTrue(rendered.stderr.contains(line), "missing: \(line)\n\(rendered.stderr)")
        }
        let html = try String(contentsOf: output.appendingPathComponent("math-errors.html"), encoding: .utf8)
        XCTAssertEqual(html.components(separatedBy: "<span class=\"math-error\"").count - 1, 3, "each span is marked, with its error as tooltip")
        let checked = try NBRunProcess.run([file, "--check"])
        XCTAssertEqual(checked.status, 1)
        XCTAssertTrue(checked.stderr.contains("\(file):3:15: error: {r.status} is a status, not a number"), checked.stderr)
        XCTAssertTrue(checked.stderr.contains("\(file):3:87: error: {r.metrix.x}: a run has no key 'metrix'"), checked.stderr)
    }
}
