import Foundation
import XCTest

final class EndToEndTests: XCTestCase {
    private let notebooks = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks")

    private func renderBasic(to output: URL, extra: [String] = []) throws -> (NBRunProcess.Outcome, [String: Any]) {
        let outcome = try NBRunProcess.run([notebooks.appendingPathComponent("basic.md").path, "-o", output.path, "--to", "html,json"] + extra)
        let data = try Data(contentsOf: output.appendingPathComponent("basic.json"))
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (outcome, json)
    }

    func testBasicNotebookRendersHTMLAndJSON() throws {
        let output = try NBRunProcess.temporaryFolder()
        let (outcome, json) = try renderBasic(to: output)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(json["notebook"] as? String, "basic.md")
        XCTAssertEqual(json["title"] as? String, "End-to-end fixture")
        let runs = try XCTUnwrap(json["runs"] as? [String: Any])
        XCTAssertEqual(Set(runs.keys), ["line", "houses", "s[gd]", "s[momentum]", "logit"])
        let line = try XCTUnwrap(runs["line"] as? [String: Any])
        XCTAssertTrue(["converged", "max_epochs"].contains(line["status"] as? String))
        let history = try XCTUnwrap(line["history"] as? [String: Any])
        let epochs = try XCTUnwrap(history["epoch"] as? [Int])
        XCTAssertEqual(epochs.first, 0)
        XCTAssertEqual(epochs.count, (history["train_loss"] as? [Double])?.count)
        XCTAssertEqual(epochs.count, (history["validation_loss"] as? [Double])?.count)
        XCTAssertEqual((history["lr"] as? [Double])?.first, 0.5)
        let config = try XCTUnwrap(line["config"] as? [String: Any])
        XCTAssertEqual((config["optimizer"] as? [String: Any])?["lr"] as? Double, 0.5)
        XCTAssertEqual((config["loss"] as? [String: Any])?["name"] as? String, "mse")
        let params = try XCTUnwrap(line["params"] as? [String: Any])
        XCTAssertEqual((params["weights"] as? [Double])?.count, 1)
        XCTAssertNotNil(params["bias"] as? Double)
        let houses = try XCTUnwrap(runs["houses"] as? [String: Any])
        XCTAssertEqual(((houses["params"] as? [String: Any])?["names"] as? [String]), ["area", "rooms"])
        let html = try String(contentsOf: output.appendingPathComponent("basic.html"), encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<html lang=\"en\">"))
        XCTAssertFalse(html.contains("<script"))
        for loader in ["src=", "href=\"http", "href=\"//", "url(http", "url(//", "@import"] {
            XCTAssertFalse(html.contains(loader), "a report must not load anything: found \(loader)")
        }
        XCTAssertEqual(html.components(separatedBy: "<svg").count - 1, 6, "line: curve + fit; houses: none; sweep: 1; compare: 1; logit: curve + boundary")
    }

    func testOutputIsByteIdenticalAcrossRuns() throws {
        let first = try NBRunProcess.temporaryFolder(), second = try NBRunProcess.temporaryFolder()
        _ = try renderBasic(to: first)
        _ = try renderBasic(to: second)
        for name in ["basic.html", "basic.json"] {
            let a = try Data(contentsOf: first.appendingPathComponent(name)), b = try Data(contentsOf: second.appendingPathComponent(name))
            XCTAssertEqual(a, b, "\(name) differs between two renders")
        }
    }

    func testParamOverrideChangesTheRun() throws {
        let (outcome, json) = try renderBasic(to: try NBRunProcess.temporaryFolder(), extra: ["-p", "lr=0.05"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let line = (json["runs"] as? [String: Any])?["line"] as? [String: Any]
        let lr = ((line?["history"] as? [String: Any])?["lr"] as? [Double])?.first
        XCTAssertEqual(lr, 0.05)
    }

    func testFolderInputWritesEveryNotebookAndAnIndex() throws {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        for name in ["a", "b"] {
            try "# Notebook \(name)\n\n```config r\ndata: {generate: linear, n: 20}\nepochs: 5\n```\n"
                .write(to: input.appendingPathComponent("\(name).md"), atomically: true, encoding: .utf8)
        }
        let outcome = try NBRunProcess.run([input.path, "-o", output.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["404.html", "a.html", "a.ipynb", "a.py", "a.slides.html", "b.html", "b.ipynb", "b.py", "b.slides.html", "index.html",
                                                        "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "print.html", "requirements.txt", "search-index.js"])
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("href=\"a.html\"") && index.contains("href=\"b.html\""))
    }

    func testUsageErrorsExitWithTwoAndWriteNothing() throws {
        let output = try NBRunProcess.temporaryFolder()
        let missing = try NBRunProcess.run(["no/such/notebook.md", "-o", output.path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no such file or folder: no/such/notebook.md"), missing.stderr)
        let badFlag = try NBRunProcess.run(["--frobnicate", "x.md", "-o", output.path])
        XCTAssertEqual(badFlag.status, 2)
        let badFormat = try NBRunProcess.run([notebooks.appendingPathComponent("basic.md").path, "--to", "pdf", "-o", output.path])
        XCTAssertEqual(badFormat.status, 2)
        XCTAssertTrue(badFormat.stderr.contains("'pdf'") && badFormat.stderr.contains("'html', 'json', 'ipynb', 'py' or 'slides'"), badFormat.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), [])
        XCTAssertEqual(try NBRunProcess.run(["--help"]).status, 0)
    }

    func testCheckValidatesWithoutWriting() throws {
        let output = try NBRunProcess.temporaryFolder()
        let good = try NBRunProcess.run([notebooks.appendingPathComponent("basic.md").path, "--check", "-o", output.path])
        XCTAssertEqual(good.status, 0, good.stderr)
        let bad = try NBRunProcess.run([notebooks.appendingPathComponent("bad/unknown-value.md").path, "--check", "-o", output.path])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("unknown optimizer 'adma'"))
        XCTAssertEqual(NBRunProcess.files(in: output), [])
    }

    func testAllowErrorsStillReportsButExitsZero() throws {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([notebooks.appendingPathComponent("bad/unknown-data.md").path, "--allow-errors", "-o", output.path])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertTrue(outcome.stderr.contains("error: no earlier run named 'aa'"), outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["unknown-data.html"])
    }
}
