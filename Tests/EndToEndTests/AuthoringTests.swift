import Foundation
import XCTest

/// What authors reach for: grid sweeps, `extends` with `null`, `--seed`, parameter warnings, duplicate names in
/// the JSON, `--check` saying so when all is well, and messages that point at the fix.
final class AuthoringTests: XCTestCase {
    private let folder = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/authoring")

    private func render(_ name: String, _ extra: [String] = []) throws -> (NBRunProcess.Outcome, [String: [String: Any]]) {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([folder.appendingPathComponent(name).path, "-o", output.path, "--to", "json"] + extra)
        let url = output.appendingPathComponent(name.replacingOccurrences(of: ".md", with: ".json"))
        let json = (try? JSONSerialization.jsonObject(with: Data(contentsOf: url))) as? [String: Any]
        return (outcome, json?["runs"] as? [String: [String: Any]] ?? [:])
    }

    func testGridSweepNamesEveryCombinationAndExtendsNullRemovesAKey() throws {
        let (outcome, runs) = try render("grid.md")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(runs.keys.filter { $0.hasPrefix("study[") }.sorted(),
                       ["study[0,0.01]", "study[0,0]", "study[0.5,0.01]", "study[0.5,0]"])
        let config = try XCTUnwrap(runs["study[0.5,0.01]"]?["config"] as? [String: Any])
        XCTAssertEqual((config["model"] as? [String: Any])?["dropout"] as? Double, 0.5)
        XCTAssertEqual((config["regularization"] as? [String: Any])?["l2"] as? Double, 0.01)
        XCTAssertNil(config["early_stopping"], "null removed the inherited early stopping")
        XCTAssertEqual(runs["plain"]?["epochs"] as? Int, 60, "no early stop without early_stopping")
        let data = try XCTUnwrap(config["data"] as? [String: Any])
        XCTAssertEqual(data["n"] as? Int, 80, "a redefined mapping merges key by key")
        XCTAssertEqual(data["standardize"] as? Bool, true, "…and keeps what it does not redefine")
        XCTAssertTrue(outcome.stderr.contains("grid.md:3:28: warning: parameter 'unused' is declared but no block uses it"), outcome.stderr)
    }

    func testComparisonsDrawValidationCurvesAndNameCoincidingOnes() throws {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([folder.appendingPathComponent("grid.md").path, "-o", output.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let html = try String(contentsOf: output.appendingPathComponent("grid.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("Series: plain, plain (validation), twin"), "the comparison lists validation curves")
        XCTAssertTrue(html.contains("stroke-dasharray"), "validation curves are dashed")
        XCTAssertTrue(html.contains("twin (same as plain)"), "an identical curve is named after the one it hides behind")
        XCTAssertFalse(html.contains(">run-"), "unnamed comparisons are not called run-N")
        XCTAssertTrue(html.contains("class=\"name\">comparison-"), "…but comparison-N")
        XCTAssertTrue(html.contains("twin (validation) (same as plain (validation))"))
        XCTAssertTrue(html.contains("<caption>Final validation loss of every combination.</caption>"), "the grid table")
        XCTAssertTrue(html.contains("<th scope=\"col\">run</th><th scope=\"col\">config.optimizer.lr</th><th scope=\"col\">epochs</th>"
                                    + "<th scope=\"col\">metrics.validation_loss</th><th scope=\"col\">status</th>"), "chosen columns")
        XCTAssertTrue(html.contains("<tr><td>plain</td><td>0.02</td><td>60</td>"), "chosen columns hold each run's values")
        XCTAssertTrue(html.contains("<caption>Final metrics.validation_accuracy of every combination.</caption>"), "a grid of the chosen result")
        XCTAssertTrue(html.contains("<th scope=\"col\">run</th><th scope=\"col\">metrics.validation_accuracy</th><th scope=\"col\">epochs</th>"))
    }

    func testSweepsDrawSmallMultiplesAndAPartThatCannotApplyIsALocatedError() throws {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([folder.appendingPathComponent("multiples.md").path, "-o", output.path])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("multiples.md:18:17: error: show: 'boundary' cannot be drawn for 'reg': decision regions need a classifier; "
                                              + "this run is a regression (use fit)"),
                      outcome.stderr)
        let html = try String(contentsOf: output.appendingPathComponent("multiples.html"), encoding: .utf8)
        let multiples = try XCTUnwrap(html.components(separatedBy: "<div class=\"multiples\">").dropFirst().first)
        let panel = multiples.components(separatedBy: "</div>")[0]
        XCTAssertEqual(panel.components(separatedBy: "<svg").count - 1, 3, "one panel per sweep member")
        for name in ["lrs[0.002]", "lrs[0.02]", "lrs[0.2]"] { XCTAssertTrue(panel.contains(">\(name)</text>"), name) }
    }

    func testPrecisionShowsMoreDigitsAndTheJSONKeepsThemAll() throws {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([folder.appendingPathComponent("precision.md").path, "-o", output.path, "--to", "html,json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("precision.json"))) as? [String: Any])
        let params = try XCTUnwrap(((json["runs"] as? [String: Any])?["exact"] as? [String: Any])?["params"] as? [String: Any])
        let weight = try XCTUnwrap((params["weights"] as? [Double])?.first)
        let html = try String(contentsOf: output.appendingPathComponent("precision.html"), encoding: .utf8)
        func digits(_ decimals: Int) -> String {
            var text = String(format: "%.\(decimals)f", weight)
            while text.hasSuffix("0") { text.removeLast() }
            return text
        }
        XCTAssertTrue(html.contains("<td>\(digits(11))</td>"), "12 significant digits in the run that asks for them")
        XCTAssertTrue(html.contains("<td>\(digits(7))</td>"), "the page default (defaults: {precision: 8}) elsewhere")
    }

    func testColumnsOnASingleRunIsALocatedError() throws {
        let (outcome, _) = try render("columns-single.md")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("columns-single.md:6:10: error: 'columns' chooses the table of a sweep or a comparison; this block is a single run"),
                      outcome.stderr)
    }

    func testSeedFlagReplacesTheFrontMatterSeed() throws {
        let (_, first) = try render("grid.md")
        let (_, same) = try render("grid.md", ["--seed", "1"])
        let (outcome, other) = try render("grid.md", ["--seed", "2", "-p", "seed=2"])
        XCTAssertEqual(first["base"]?["params"] as? NSDictionary, same["base"]?["params"] as? NSDictionary)
        XCTAssertNotEqual(first["base"]?["params"] as? NSDictionary, other["base"]?["params"] as? NSDictionary, "another initialization")
        XCTAssertEqual((other["base"]?["config"] as? [String: Any])?["seed"] as? Int, 2)
        XCTAssertTrue(outcome.stderr.contains("hint: the seed is not a parameter: use --seed 2"), outcome.stderr)
    }

    func testDuplicateNamesKeepEveryEntryInTheJSON() throws {
        let (outcome, runs) = try render("duplicates.md")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(runs["a"]?["status"] as? String, "max_epochs")
        XCTAssertEqual(runs["a (duplicate at line 8)"]?["status"] as? String, "error")
    }

    func testMessagesPointAtTheFix() throws {
        let (outcome, _) = try render("messages.md")
        XCTAssertEqual(outcome.status, 1)
        let expected = [
            "messages.md:12:28: error: invalid YAML: did not find expected ',' or '}' (while parsing a flow mapping)\n  hint: inside { … } a ${param} must be quoted, e.g. lr: \"${lr}\"",
            "messages.md:17:18: error: unknown key 'alpha' in 'regularization'\n  hint: nbrun scales penalties per sample: scikit-learn's Ridge(alpha) is l2 = alpha/N",
            "messages.md:22:9: error: unknown key 'learning_rate' in 'optimizer'\n  hint: did you mean 'lr'?",
            "messages.md:26:10: error: 'e' is defined later, at line 29; a block can only extend an earlier run",
            "messages.md:7:8: note: 1 run depends on the failed formula 'broken'\n  hint: at line 34; it works once this error is fixed",
        ]
        for line in expected { XCTAssertTrue(outcome.stderr.contains(line), "missing: \(line)\n\(outcome.stderr)") }
        XCTAssertFalse(outcome.stderr.contains("no formula named 'broken'"), "no second, misleading error")
        XCTAssertFalse(outcome.stderr.contains("error: formula 'broken' has an error"), "the run that minimizes it is counted in the formula's note")
    }

    func testAMissingDataFileSaysSoAndSuggestsTheOneThatExists() throws {
        let (outcome, _) = try render("missing.md")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("missing.md:4:13: error: data file 'data/house.csv' not found\n  hint: did you mean 'data/houses.csv'?"),
                      outcome.stderr)
    }

    func testCheckSaysSoWhenAllIsWell() throws {
        let outcome = try NBRunProcess.run(["--check", "notebooks/gd.md"])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertTrue(outcome.stderr.contains("nbrun: notebooks/gd.md: ok, 15 config cells checked, no errors"), outcome.stderr)
    }
}
