import Foundation
import XCTest

/// Broken notebooks: each gives a clear, located error and exit status 1 or 2, never a crash, and never a
/// partial file in the output folder.
final class BadInputTests: XCTestCase {
    private let folder = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/bad")

    /// (file, exit status, expected text on stderr).
    private let cases: [(String, Int32, String)] = [
        ("bad-yaml.md", 1, "bad-yaml.md:5:7: error: invalid YAML: did not find expected ',' or '}'"),
        ("unknown-key.md", 1, "unknown-key.md:5:1: error: unknown key 'optimiser' in 'config'\n  hint: did you mean 'optimizer'?"),
        ("unknown-value.md", 1, "unknown-value.md:5:19: error: unknown optimizer 'adma'\n  hint: did you mean 'adam'?"),
        ("wrong-type.md", 1, "wrong-type.md:5:9: error: 'epochs' must be a whole number, not 'many'"),
        ("negative-epochs.md", 1, "negative-epochs.md:5:9: error: 'epochs' is -5, out of range\n  hint: allowed: a whole number from 1 to 100000"),
        ("zero-lr.md", 1, "zero-lr.md:5:27: error: 'lr' is 0, out of range\n  hint: allowed: a number > 0"),
        ("validation-one.md", 1, "validation-one.md:4:38: error: 'validation' is 1.0, out of range"),
        ("missing-csv.md", 1, "missing-csv.md:4:13: error: data file 'data/nope.csv' not found"),
        ("escaping-csv.md", 1, "escaping-csv.md:4:13: error: data path '../../EndToEndTests.swift' leaves the notebook's folder"),
        ("absolute-csv.md", 1, "absolute-csv.md:4:13: error: data path '/etc/passwd' must be relative to the notebook's folder"),
        ("nan-csv.md", 1, "nan-csv.md:4:13: error: data/nan.csv:3: the target is 'NaN', not a finite number"),
        ("duplicate-names.md", 1, "duplicate-names.md:7:1: error: name 'a' is already used by an earlier cell"),
        ("unknown-data.md", 1, "unknown-data.md:8:7: error: no earlier run named 'aa' to reuse the data of\n  hint: did you mean 'a'?"),
        ("unknown-extends.md", 1, "unknown-extends.md:4:10: error: no earlier run named 'base' to extend"),
        ("unclosed-front-matter.md", 2, "unclosed-front-matter.md:1:1: error: front matter opened here is never closed"),
        ("empty.md", 2, "empty.md:1:1: error: notebook is empty"),
        ("bce-three-classes.md", 1, "bce-three-classes.md:5:8: error: loss 'bce' needs two classes (targets 0 and 1), but the target has 3 distinct values"),
        ("closed-form-l1.md", 1, "closed-form-l1.md:6:12: error: closed_form cannot solve an L1 penalty exactly"),
        ("unknown-param.md", 1, "unknown-param.md:8:27: error: unknown parameter 'rate'\n  hint: expected one of: lr"),
        ("front-matter-key.md", 1, "front-matter-key.md:2:1: error: unknown key 'titel' in 'front matter'\n  hint: did you mean 'title'?"),
        ("bad-tex.md", 1, "bad-tex.md:3:30: error: unknown command \\foo"),
        ("unbalanced-formula.md", 1, "unbalanced-formula.md:4:16: error: unbalanced braces: missing } for the { opened here"),
        ("bad-generator.md", 1, "bad-generator.md:4:18: error: unknown generator 'spirals'\n  hint: did you mean 'spiral'?"),
        ("ragged-csv.md", 1, "ragged-csv.md:4:13: error: data/ragged.csv:3: the row has 3 fields but the header has 2: the extra field '7' has no column"),
        ("empty-feature-csv.md", 1, "empty-feature-csv.md:5:8: error: data/empty-feature.csv:3: column 'b' has an empty value, not a finite number"),
        ("mixed-target-csv.md", 1, "mixed-target-csv.md:4:13: error: data/mixed-target.csv:3: the target column 'y' has the text 'abc', but line 2 has the number 1.0"),
        ("text-target-regression.md", 1, "text-target-regression.md:4:13: error: data/text-target.csv:2: the target column 'y' has the text 'cat', but a regression loss needs numbers"),
        ("unknown-target.md", 1, "unknown-target.md:4:35: error: data file 'data/nan.csv' has no column 'z'\n  hint: did you mean 'x'?"),
        ("unknown-feature.md", 1, "unknown-feature.md:7:17: error: data file 'data/empty-feature.csv' has no column 'bb'\n  hint: did you mean 'b'?"),
        ("duplicate-key.md", 1, "duplicate-key.md:7:1: error: duplicate key 'epochs'"),
        ("duplicate-flow-key.md", 1, "duplicate-flow-key.md:4:33: error: duplicate key 'n'"),
        ("empty-target-csv.md", 1, "empty-target-csv.md:4:13: error: data/empty-target.csv:6: the target column 'y' is empty"),
        ("yaml-alias.md", 1, "yaml-alias.md:4:7: error: YAML anchor '&d' is not supported in notebooks"),
        ("yaml-bomb.md", 1, "yaml-bomb.md:5:5: error: YAML anchor '&a0' is not supported in notebooks"),
        ("front-matter-bomb.md", 1, "front-matter-bomb.md:3:5: error: YAML anchor '&a0' is not supported in notebooks"),
    ]

    func testEveryBrokenNotebookGivesALocatedError() throws {
        XCTAssertGreaterThanOrEqual(cases.count, 15)
        for (file, status, expected) in cases {
            let output = try NBRunProcess.temporaryFolder()
            let outcome = try NBRunProcess.run([folder.appendingPathComponent(file).path, "-o", output.path])
            XCTAssertEqual(outcome.status, status, "\(file): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains(expected), "\(file): expected «\(expected)» in:\n\(outcome.stderr)")
            let written = NBRunProcess.files(in: output)
            if status == 2 {
                XCTAssertEqual(written, [], "\(file): nothing may be written for an unreadable notebook")
            } else {
                let name = String(file.dropLast(3)) + ".html"
                XCTAssertEqual(written, [name], "\(file): only the complete report may be written")
                let html = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
                XCTAssertTrue(html.contains("class=\"error\""), "\(file): the failing cell is shown in place")
                XCTAssertTrue(html.hasSuffix("</html>\n"), "\(file): report is complete")
            }
        }
    }

    func testInvalidUTF8ExitsWithTwo() throws {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        let file = input.appendingPathComponent("latin1.md")
        try Data([0x23, 0x20, 0x43, 0x61, 0x66, 0xE9, 0x0A]).write(to: file)
        let outcome = try NBRunProcess.run([file.path, "-o", output.path])
        XCTAssertEqual(outcome.status, 2)
        XCTAssertTrue(outcome.stderr.contains("latin1.md:1:6: error: file is not valid UTF-8"), outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), [])
    }

    func testLaterIndependentCellsStillRun() throws {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        let text = "# Mixed\n\n```config bad\ndata: {generate: linear}\nepochs: -1\n```\n\n```config good\ndata: {generate: linear, n: 20}\nepochs: 3\n```\n"
        try text.write(to: input.appendingPathComponent("mixed.md"), atomically: true, encoding: .utf8)
        let outcome = try NBRunProcess.run([input.appendingPathComponent("mixed.md").path, "-o", output.path, "--to", "json"])
        XCTAssertEqual(outcome.status, 1)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("mixed.json"))) as? [String: Any]
        let runs = json?["runs"] as? [String: Any]
        XCTAssertEqual((runs?["bad"] as? [String: Any])?["status"] as? String, "error")
        XCTAssertEqual((runs?["good"] as? [String: Any])?["status"] as? String, "max_epochs")
    }
}
