import Foundation
import Engine
import Notebook
import Results
@testable import Report
import TestSupport
import XCTest

/// Issue 18: every piece of notebook text that reaches the Python export (file name, title, headings, cell and run
/// names, YAML, CSV path, target and feature names, parameter names, error messages and hints, formula names,
/// the notebook's folder, a code fence's language) leaves the token shape of the program and of every ipynb code
/// cell as a benign twin's, and leaves every ipynb Markdown cell we write on as many lines.
final class PythonInjectionTests: XCTestCase {
    /// Characters that end a line for Python or a viewer, NUL, quotes, backslashes and a triple quote, each with code.
    static let hostile = ["\r", "\n", "\r\n", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}", "\u{0}", "\"", "'", "\\", "\"\"\"",
                          "\u{1C}", "\u{202E}"].map { $0 + "import os;os.system('touch PWNED')#" + $0 }

    /// A notebook result with `text` in every place that reaches the export.
    static func notebook(_ text: String) -> NotebookResult {
        let csv = ResolvedData(source: .csv(path: "d\(text).csv", target: "t\(text)", features: ["f\(text)"]), validation: 0.2, test: 0,
                               standardize: true, splitSeed: 1)
        let settings = ResolvedRun(data: csv, objective: nil, model: .softmax, loss: .crossEntropy, regularization: Regularization(l1: 0, l2: 0),
                                   optimizer: GradientDescent.Settings.gd, epochs: 3, tolerance: 0, schedule: .constant, earlyStopping: nil,
                                   metrics: [.accuracy], seed: 1, logScale: nil)
        let learned = LearnedParameters.perClass(weights: [[1], [2]], bias: [0, 0], features: ["w[\(text)]"], classes: ["a\(text)", "b\(text)"])
        let fit = RunResult(name: "r\(text)", detail: StatusDetail(subject: .training, stop: .converged(epoch: 1)), resolved: settings,
                            learned: learned, metrics: [], show: [])
        var walkSettings = settings
        walkSettings.data = nil
        walkSettings.objective = ResolvedObjective(formula: "F\(text)", start: [NamedValue("a", 1)])
        let walk = RunResult(name: "w\(text)", detail: StatusDetail(subject: .formula, stop: .converged(epoch: 1)), resolved: walkSettings,
                             metrics: [], show: [])
        let error = Diagnostic(.error, "m\(text)", at: SourceLocation(line: 3, column: 1), file: "nb\(text).md", hint: "h\(text)")
        var failed = fit
        failed.name = "e\(text)"
        failed.error = error
        return NotebookResult(fileName: "nb\(text).md", title: "T\(text)", lang: "en", headings: [], cells: [
            .prose(blocks: [], markdown: "# H\(text)\n\nprose\n"),
            .run(RunCell(name: "c\(text)", kind: .single, source: "data: \(text)\n", echo: true, runs: [fit], show: [])),
            .run(RunCell(name: "b\(text)", kind: .single, source: "x: \(text)\n", echo: true, runs: [], show: [], error: error)),
            .run(RunCell(name: "e\(text)", kind: .single, source: "y: 1\n", echo: true, runs: [failed], show: [])),
            .formula(name: "F\(text)", tex: "J(a) = a^2", error: nil),
            .formula(name: "G\(text)", tex: "K(a) = \\oops", error: error),
            .code(language: "py\(text)", source: "print(1)\n"),
            .run(RunCell(name: "v\(text)", kind: .single, source: "objective: F\n", echo: true, runs: [walk], show: [])),
        ], diagnostics: [error])
    }

    /// The code cells' sources and the Markdown cells nbrun writes (not the author's prose) of a rendered ipynb.
    private func cells(_ json: String) throws -> (code: [String], markdown: [String]) {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let cells = try XCTUnwrap(object?["cells"] as? [[String: Any]])
        let source = { (cell: [String: Any]) in (cell["source"] as? [String] ?? []).joined() }
        let code = cells.filter { $0["cell_type"] as? String == "code" }.map(source)
        let markdown = cells.filter { $0["cell_type"] as? String == "markdown" }.map(source).filter { !$0.hasPrefix("# H") }
        return (code, markdown)
    }

    func testHostileTextKeepsTheProgramsTokenShape() throws {
        let twin = Self.notebook("x")
        let program = PythonExport(twin).program()
        let expected = try PythonShape.tokens(of: program)
        XCTAssertTrue(program.contains("RUNS[\"rx\"] = run_rx") && program.contains("RUNS[\"wx\"] = run_wx"), "both runs are exported")
        for text in Self.hostile {
            let hostile = PythonExport(Self.notebook(text)).program()
            XCTAssertEqual(try PythonShape.tokens(of: hostile), expected, text.debugDescription)
        }
    }

    func testHostileTextKeepsEveryCodeCellsShapeAndEveryWrittenMarkdownCellsLines() throws {
        let twin = try cells(IPyNBWriter.render(Self.notebook("x")))
        let expected = try twin.code.map(PythonShape.tokens(of:))
        XCTAssertEqual(twin.markdown.count, 4, "the title, two formulas and the code fence")
        for text in Self.hostile {
            let hostile = try cells(IPyNBWriter.render(Self.notebook(text)))
            XCTAssertEqual(try hostile.code.map(PythonShape.tokens(of:)), expected, text.debugDescription)
            XCTAssertEqual(hostile.markdown.map { $0.split(separator: "\n", omittingEmptySubsequences: false).count },
                           twin.markdown.map { $0.split(separator: "\n", omittingEmptySubsequences: false).count }, text.debugDescription)
            XCTAssertFalse(hostile.markdown.joined().unicodeScalars.contains { $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{0}" }, text.debugDescription)
        }
    }

    func testTheShapeCatchesTextThatLeavesACommentOrAString() throws {
        let benign = try PythonShape.tokens(of: "# a\nx = \"b\"\n")
        XCTAssertNotEqual(try PythonShape.tokens(of: "# a\rimport os\nx = \"b\"\n"), benign)
        XCTAssertThrowsError(try PythonShape.tokens(of: "# a\nx = \"b\nc\"\n"))
        XCTAssertThrowsError(try PythonShape.tokens(of: "# a\u{0}\nx = 1\n"))
        XCTAssertEqual(try PythonShape.tokens(of: "def f(a,\n      b):  # c\n    return \"\"\"d\n\"\"\"\n"),
                       ["def", "name", "(", "name", ",", "name", ")", ":", "⏎", "return", "string", "⏎"])
    }

    func testMarkdownTextHasNoLineBreaksAndEscapesMarkup() {
        XCTAssertEqual(IPyNBWriter.escapeMarkdown("a\rb\r\nc\nd\u{2028}e\u{2029}f\u{85}g\u{0B}h\u{0C}i"), "a b c d e f g h i")
        XCTAssertEqual(IPyNBWriter.escapeMarkdown("a\u{0}b \"q\" 'p' \\ ``` $x$ <b> *e*"),
                       "a\u{FFFD}b \"q\" 'p' \\\\ \\`\\`\\` \\$x\\$ \\<b\\> \\*e\\*")
        XCTAssertEqual(IPyNBWriter.fencedCode("x", language: "py\n# Heading"), "```py # Heading\nx\n```")
    }

    func testJSONStringsEscapeControlsAndSeparators() throws {
        let text = "a\rb\nc\u{2028}d\u{2029}e\u{85}f\u{0B}g\u{0C}h\u{0}i\"j\\k\"\"\"l"
        let quoted = JSONWriter.quote(text)
        XCTAssertEqual(quoted, "\"a\\rb\\nc\\u2028d\\u2029e\u{85}f\\u000bg\\u000ch\\u0000i\\\"j\\\\k\\\"\\\"\\\"l\"")
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        XCTAssertEqual(decoded, [text])
    }
}
