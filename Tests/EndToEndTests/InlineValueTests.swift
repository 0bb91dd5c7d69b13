import Foundation
import XCTest

/// Inline values `{RUN.PATH:FORMAT}` and `expect:` checks, end to end through the built binary.
final class InlineValueTests: XCTestCase {
    private let folder = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/values")

    private func render(_ name: String, _ extra: [String] = []) throws -> (NBRunProcess.Outcome, URL) {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([folder.appendingPathComponent(name).path, "-o", output.path, "--to", "html,json"] + extra)
        return (outcome, output)
    }

    /// The text of every inline value on the page, by reference.
    private func values(in html: String) -> [String: String] {
        var found: [String: String] = [:]
        let pattern = try? NSRegularExpression(pattern: #"<span class="value" data-ref="([^"]*)">([^<]*)</span>"#)
        let range = NSRange(html.startIndex..., in: html)
        pattern?.enumerateMatches(in: html, range: range) { match, _, _ in
            guard let match, let ref = Range(match.range(at: 1), in: html), let text = Range(match.range(at: 2), in: html) else { return }
            found[String(html[ref])] = String(html[text])
        }
        return found
    }

    func testValuesShowTheDigitsOfTheJSONInTheirFormat() throws {
        let (outcome, output) = try render("values.md")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let html = try String(contentsOf: output.appendingPathComponent("values.html"), encoding: .utf8)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("values.json"))) as? [String: Any])
        let runs = try XCTUnwrap(json["runs"] as? [String: [String: Any]])
        let gd = try XCTUnwrap(runs["gd"])
        let metrics = try XCTUnwrap(gd["metrics"] as? [String: Double])
        let params = try XCTUnwrap(gd["params"] as? [String: Any])
        let losses = try XCTUnwrap((gd["history"] as? [String: Any])?["train_loss"] as? [Double])
        let member = try XCTUnwrap((runs["s[0.5]"]?["history"] as? [String: Any])?["train_loss"] as? [Double])
        let shown = values(in: html)
        XCTAssertEqual(shown["gd.metrics.train_loss:.4f"], String(format: "%.4f", try XCTUnwrap(metrics["train_loss"])), "forward reference, fixed")
        XCTAssertEqual(shown["gd.epochs"], "\(try XCTUnwrap(gd["epochs"] as? Int))")
        XCTAssertEqual(shown["gd.status"], "ran every epoch", "a status is a word, neutral for a run that did every epoch")
        XCTAssertEqual(shown["gd.history.train_loss[-1]:.3e"], String(format: "%.3e", try XCTUnwrap(losses.last)), "negative index, scientific")
        XCTAssertEqual(shown["gd.history.train_loss[0]:.3g"], String(format: "%.3g", losses[0]), "general")
        XCTAssertEqual(shown["gd.params.bias:.2f"], String(format: "%.2f", try XCTUnwrap(params["bias"] as? Double)))
        XCTAssertEqual(shown["gd.metrics.train_r2:.1%"], String(format: "%.1f%%", try XCTUnwrap(metrics["train_r2"]) * 100), "percent")
        XCTAssertEqual(shown["gd.params.bias"], "1.4612", "the report's 5 significant digits")
        XCTAssertEqual(shown["gd.epochs:,d"], "25", "whole number")
        XCTAssertEqual(shown["s[0.5].history.train_loss[-1]:.3g"], String(format: "%.3g", try XCTUnwrap(member.last)), "sweep member")
        XCTAssertTrue(html.contains("<code>{x}</code>"), "an ordinary code span stays code")
        XCTAssertTrue(html.contains("print(f&quot;{gd.status}&quot;)"), "fenced code is untouched")
        XCTAssertTrue(html.contains("✓ 4 checks passed"))
        XCTAssertTrue(html.contains("✓ 1 check passed"), "a sweep member's own expectation")
    }

    func testAStatusSentenceIsInThePagesLanguageInProseTheReportAndTheJSON() throws {
        let (outcome, output) = try render("zh-sentence.md")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let html = try String(contentsOf: output.appendingPathComponent("zh-sentence.html"), encoding: .utf8)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("zh-sentence.json"))) as? [String: Any])
        let line = try XCTUnwrap(((json["runs"] as? [String: Any])?["fit"] as? [String: Any])?["status_line"] as? String)
        XCTAssertTrue(line.hasPrefix("由最小二乘法精确求解（QR 分解，闭式解）；梯度范数 "), line)
        XCTAssertEqual(values(in: html)["fit.status_line"], line, "the inline sentence is the page's, as in the JSON")
        XCTAssertEqual(values(in: html)["fit.status"], "已收敛")
        XCTAssertTrue(html.contains("<p class=\"status status-converged\">\(line)</p>"), "the run's own sentence is the same")
    }

    func testEachValueErrorIsLocatedWithItsHintAndFailedChecksFailTheCell() throws {
        let (outcome, output) = try render("errors.md")
        XCTAssertEqual(outcome.status, 1)
        let expected = [
            "errors.md:3:14: error: {gdd.status}: no run is named 'gdd'\n  hint: did you mean 'gd'?",
            "errors.md:3:42: error: {gd.metrix.x}: 'gd' has no key 'metrix'\n  hint: did you mean 'metrics'?",
            "errors.md:3:72: error: {gd.history.lr[99]}: index 99 is out of range: 'gd.history.lr' has 26 entries\n  hint: use 0 to 25, or -1 for the last",
            "errors.md:4:17: error: {gd.status:.3f}: format '.3f' does not apply to the text 'max_epochs'\n  hint: drop ':.3f'",
            "errors.md:4:44: error: {s.epochs}: 's' is a sweep, not one run\n  hint: name a member: s[0.1], s[0.5]",
            "errors.md:4:68: error: malformed value {gd.history.lr[x]}: index 'x' is not a whole number",
            "errors.md:22:19: error: unknown optimizer 'adma'\n  hint: did you mean 'adam'?\n",
            "errors.md:22:19: note: 1 value depends on the failed run 'bad'\n  hint: at line 4; it works once this error is fixed",
            "errors.md:11:3: error: expectation failed: expected status = 'converged', but it is 'max_epochs'",
            "errors.md:12:3: error: expectation failed: expected params.weights[0] > 100, but it is",
        ]
        for line in expected { XCTAssertTrue(outcome.stderr.contains(line), "missing: \(line)\n\(outcome.stderr)") }
        XCTAssertFalse(outcome.stderr.contains("{bad.epochs}"), "a value of a failed run is counted in its note, not an error of its own")
        let html = try String(contentsOf: output.appendingPathComponent("errors.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<span class=\"value-error\" title=\"") && html.contains("⚠ {gdd.status}</span>"), "a value error is a visible marker")
        XCTAssertTrue(html.contains("<a href=\"#run-bad\" class=\"value status-checked\" title=\"{bad.epochs}: run &#39;bad&#39; failed, so it has no values\" data-ref=\"bad.epochs\">–</a>")
                      || html.contains("<a href=\"#run-bad\" class=\"value status-checked\" title=\"{bad.epochs}: run 'bad' failed, so it has no values\" data-ref=\"bad.epochs\">–</a>"),
                      "a value of a failed run is a neutral dash linking to the failed block")
        XCTAssertTrue(html.contains("expectation failed: expected status = &#39;converged&#39;") || html.contains("expectation failed: expected status = 'converged'"))
        XCTAssertFalse(html.contains("checks passed"), "no check of gd held")
    }

    func testCheckValidatesPathsWithoutTraining() throws {
        let (outcome, _) = try render("check.md", ["--check"])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("check.md:3:2: error: {gd.histroy.lr[-1]}: a run has no key 'histroy'\n  hint: did you mean 'history'?"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("check.md:3:28: error: {gd.history.loss[0]}: a history has no column 'loss'"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("check.md:13:3: error: expect key 'metrix.train_r2' does not start with a result key\n  hint: did you mean 'metrics'?"), outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("{gd.epochs}"), "a valid path passes")
    }
}
