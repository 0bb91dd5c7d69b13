import Foundation
import Notebook
@testable import Report
import Results
import XCTest

final class IPyNBWriterTests: XCTestCase {
    private func sampleRun(_ name: String) -> RunResult {
        RunResult(name: name, detail: StatusDetail(subject: .training, stop: .converged(epoch: 3), tolerance: 1e-8, gradientNorm: 1e-9),
                  history: HistoryTable(epoch: [0, 1, 2, 3], trainLoss: [4, 1, 0.5, 0.4], learningRate: [0.1, 0.1, 0.1, 0.1],
                                        gradientNorm: [3, 1, 0.1, 1e-9], objective: [4, 1, 0.5, 0.4]),
                  parameters: [NamedValue("bias", -0.25)], metrics: [NamedValue("train_loss", 0.4)], show: ShowParts.all)
    }

    private func sampleResult() -> NotebookResult {
        let markdown = "# Sample\n\nCosts $5 \\(sic): $w_1 x < b$ and\n$$a\nb$$\n\n    x\n\n    y"
        let prose = try! NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md").cells[0]
        guard case let .prose(blocks, source) = prose.kind else { fatalError("expected prose") }
        let failure = Diagnostic(.error, "unknown key 'epoch'", at: SourceLocation(line: 9, column: 1), file: "nb.md", hint: "did you mean 'epochs'?")
        let sweep = RunCell(name: "s", kind: .sweep, source: "sweep: {optimizer.lr: [0.1, 0.2]}\n", echo: true,
                            runs: [sampleRun("s[0.1]"), sampleRun("s[0.2]")], sweepKey: "optimizer.lr", show: ShowParts.all)
        return NotebookResult(fileName: "nb.md", title: "Sample", lang: "en", headings: [], cells: [
            .prose(blocks: blocks, markdown: source),
            .formula(name: "loss", tex: "L(w) = w^2", error: nil),
            .code(language: "python", source: "print(1)\n"),
            .run(RunCell(name: "line", kind: .single, source: "epochs: 5\n", echo: true, runs: [sampleRun("line")], show: ShowParts.all)),
            .run(sweep),
            .run(RunCell(name: "bad", kind: .single, source: "epoch: 5\n", echo: true, runs: [], show: ShowParts.all, error: failure)),
        ], diagnostics: [failure])
    }

    private func parse(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func joined(_ source: Any?) -> String { (source as? [String])?.joined() ?? "" }

    /// The cells without the setup cell, which must come second, after the title's prose.
    private func cellsAfterPrelude() throws -> [[String: Any]] {
        var cells = try XCTUnwrap(try parse(IPyNBWriter.render(sampleResult()))["cells"] as? [[String: Any]])
        XCTAssertEqual((cells[1]["metadata"] as? [String: Any])?["nbrun"] as? [String: String], ["kind": "setup"])
        cells.remove(at: 1)
        return cells
    }

    func testNotebookStructure() throws {
        let notebook = try parse(IPyNBWriter.render(sampleResult()))
        XCTAssertEqual(notebook["nbformat"] as? Int, 4)
        XCTAssertEqual(notebook["nbformat_minor"] as? Int, 5)
        let metadata = try XCTUnwrap(notebook["metadata"] as? [String: Any])
        XCTAssertEqual((metadata["kernelspec"] as? [String: Any])?["name"] as? String, "python3")
        XCTAssertEqual((metadata["language_info"] as? [String: Any])?["name"] as? String, "python")
        XCTAssertEqual((metadata["nbrun"] as? [String: Any])?["source"] as? String, "nb.md")
        let cells = try XCTUnwrap(notebook["cells"] as? [[String: Any]])
        XCTAssertEqual(cells.map { $0["cell_type"] as? String }, ["markdown", "code", "markdown", "markdown", "code", "code", "code"])
        let ids = cells.compactMap { $0["id"] as? String }
        XCTAssertEqual(ids.count, cells.count)
        XCTAssertEqual(Set(ids).count, ids.count, "ids are unique")
        for id in ids { XCTAssertNotNil(id.range(of: "^[a-zA-Z0-9-_]{1,64}$", options: .regularExpression), id) }
        for cell in cells {
            let source = try XCTUnwrap(cell["source"] as? [String])
            XCTAssertTrue(source.dropLast().allSatisfy { $0.hasSuffix("\n") }, "every line but the last ends in a newline")
            XCTAssertFalse(source.last?.hasSuffix("\n") ?? true, "the last line has no newline")
        }
    }

    func testRunCellsCarryHTMLAndStatus() throws {
        let cells = try cellsAfterPrelude()
        let line = cells[3]
        XCTAssertTrue(line["execution_count"] is NSNull)
        XCTAssertTrue(joined(line["source"]).hasPrefix("# ```config line\n# epochs: 5\n# ```\n"), joined(line["source"]))
        XCTAssertTrue(joined(line["source"]).contains("# ──── run \"line\""), "the run's Python section follows its YAML")
        XCTAssertEqual((line["metadata"] as? [String: Any])?["nbrun"] as? [String: String], ["name": "line", "kind": "single"])
        XCTAssertEqual((cells[4]["metadata"] as? [String: Any])?["nbrun"] as? [String: String], ["name": "s", "kind": "sweep"])
        for (index, cell) in cells.enumerated().dropFirst(3) {
            let outputs = try XCTUnwrap(cell["outputs"] as? [[String: Any]])
            XCTAssertTrue(outputs.allSatisfy { $0["output_type"] as? String == "display_data" && ($0["metadata"] as? [String: Any])?.count == 0 })
            let data = try XCTUnwrap(outputs[0]["data"] as? [String: Any])
            let html = joined(data["text/html"])
            XCTAssertTrue(html.hasPrefix("<div class=\"nbrun-output\"><style>"), "cell \(index)")
            XCTAssertFalse(html.contains("<svg"), "the charts are outputs of their own, not in the HTML")
            let charts = outputs.dropFirst().compactMap { ($0["data"] as? [String: Any])?["image/svg+xml"] }.map(joined)
            XCTAssertEqual(charts.count, outputs.count - 1, "every further output is a chart")
            XCTAssertEqual(charts.isEmpty, index == 5, "runs have saved charts; the failed cell has none")
            XCTAssertTrue(charts.allSatisfy { $0.hasPrefix("<svg font-family=\"system-ui") && $0.hasSuffix("</svg>") },
                          "whole SVG documents that name their font (the page's stylesheet is not there)")
            XCTAssertFalse(joined(data["text/plain"]).isEmpty)
        }
        XCTAssertEqual(joined((cells[3]["outputs"] as? [[String: Any]])?[0]["data"].flatMap { ($0 as? [String: Any])?["text/plain"] }),
                       "Converged at epoch 3: gradient norm 1e-9 fell below the tolerance 1e-8.")
        let failed = try XCTUnwrap((cells[5]["outputs"] as? [[String: Any]])?[0]["data"] as? [String: Any])
        XCTAssertEqual(joined(failed["text/plain"]), "nb.md:9:1: error: unknown key 'epoch'\n  hint: did you mean 'epochs'?")
        XCTAssertTrue(joined(failed["text/html"]).contains("class=\"error\""))
    }

    func testChartIdsAreUniqueAcrossTheNotebook() throws {
        // Jupyter puts every output in one page, so clip-path ids must not repeat between cells.
        let cells = try XCTUnwrap(try parse(IPyNBWriter.render(sampleResult()))["cells"] as? [[String: Any]])
        let html = cells.flatMap { cell in
            (cell["outputs"] as? [[String: Any]] ?? []).map { joined(($0["data"] as? [String: Any])?["image/svg+xml"]) }
        }.joined()
        let regex = try NSRegularExpression(pattern: "<clipPath id=\"([^\"]+)\"")
        let ids = regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } }
        XCTAssertGreaterThan(ids.count, 1)
        XCTAssertEqual(Set(ids).count, ids.count, "\(ids)")
    }

    func testMarkdownCells() throws {
        let cells = try cellsAfterPrelude()
        let prose = joined(cells[0]["source"])
        XCTAssertEqual(prose, "# Sample\n\nCosts $5 \\(sic): $w_1 x < b$ and\n$$a\nb$$\n\n    x\n\n    y",
                       "a prose cell holds the author's own Markdown, which Jupyter renders with its math")
        XCTAssertEqual(joined(cells[1]["source"]), "**loss**\n\n$$\nL(w) = w^2\n$$")
        XCTAssertEqual(joined(cells[2]["source"]), "```python\nprint(1)\n```")
    }

    func testFormulaErrorsAndFences() {
        let error = Diagnostic(.error, "unknown command \\foo", at: SourceLocation(line: 2, column: 3), file: "nb.md", hint: "use *\\mathrm*")
        XCTAssertEqual(IPyNBWriter.formulaMarkdown(name: nil, tex: "\\foo x", rendered: false, error: error),
                       "```tex\n\\foo x\n```\n\n> nb.md:2:3: error: unknown command \\\\foo\n>\n> hint: use \\*\\\\mathrm\\*")
        XCTAssertEqual(IPyNBWriter.fencedCode("a ```` b", language: ""), "`````\na ```` b\n`````")
        XCTAssertEqual(IPyNBWriter.lines("a\nb\n"), .array([.string("a\n"), .string("b\n")]))
        XCTAssertEqual(IPyNBWriter.lines(""), .array([]))
    }

    func testSetupCellImportsTheRuntimeInAFewLines() throws {
        let cells = try XCTUnwrap(try parse(IPyNBWriter.render(sampleResult()))["cells"] as? [[String: Any]])
        let source = joined(cells[1]["source"])
        XCTAssertEqual(cells[1]["cell_type"] as? String, "code")
        XCTAssertEqual(cells[1]["id"] as? String, "cell-1")
        XCTAssertEqual((cells[1]["outputs"] as? [Any])?.count, 0)
        XCTAssertLessThan(source.utf8.count, 1024, "the first code cell is a few lines, not the engine")
        XCTAssertTrue(source.contains("from nbrun_runtime import *"), source)
        XCTAssertTrue(source.contains("setup(\"\(PythonRuntime.version)\", HERE, language=\"en\")"), source)
        XCTAssertFalse(source.contains("def ") || source.contains("class "), "no engine code in the notebook")
    }

    func testATitleCellComesFirstWhenTheProseDoesNotOpenWithIt() throws {
        var result = sampleResult()
        result.cells.removeFirst()
        result.title = "Sample *title*"
        let cells = try XCTUnwrap(try parse(IPyNBWriter.render(result))["cells"] as? [[String: Any]])
        XCTAssertEqual(joined(cells[0]["source"]), "# Sample \\*title\\*", "the title, escaped, before anything else")
        XCTAssertEqual((cells[1]["metadata"] as? [String: Any])?["nbrun"] as? [String: String], ["kind": "setup"])
    }

    func testLinksToOtherNotebooksLeadToTheirExports() throws {
        let markdown = "See [the steps](losses.md#the-steps), [**gd** `{x.y}`](gd.md), [site](https://a.md/x.md) and [ref][r].\n\n[r]: ridge.md"
        let cell = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md").cells[0]
        guard case let .prose(blocks, source) = cell.kind else { return XCTFail("expected prose") }
        let shown = IPyNBWriter.proseMarkdown(blocks: blocks, markdown: source, values: [:], words: .english)
        XCTAssertEqual(shown, "See [the steps](losses.ipynb#the-steps), [**gd** ⚠ \\{x.y\\}](gd.ipynb), [site](https://a.md/x.md) and [ref](ridge.ipynb).",
                       "links to notebooks lead to the exported notebooks (with a value inside too); URLs stay; a reference link, "
                       + "whose definition the cell lacks, is written inline")
    }

    func testInlineValuesBecomeTheTextThePageShows() throws {
        let markdown = "# T\n\nAfter `{fit.epochs}` epochs the run ``{fit.status}``; loss `{fit.metrics.train_loss:.3f}`,\n`{gone.x}` and `code`."
        let cell = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md").cells[0]
        guard case let .prose(blocks, source) = cell.kind else { return XCTFail("expected prose") }
        var starts: [SourceLocation] = []
        for block in blocks { block.forEachInline { if case .value = $0.kind { starts.append($0.range.start) } } }
        XCTAssertEqual(starts.count, 4)
        let values: [SourceLocation: InlineValue] = [starts[0]: .text("12"), starts[1]: .status(.converged), starts[2]: .text("0.5*2")]
        let shown = IPyNBWriter.proseMarkdown(blocks: blocks, markdown: source, values: values, words: .english)
        XCTAssertEqual(shown, "# T\n\nAfter 12 epochs the run converged; loss 0.5\\*2,\n⚠ \\{gone.x\\} and `code`.",
                       "values are their text (escaped), an uncomputed one is marked, code spans stay")
        let chinese = IPyNBWriter.proseMarkdown(blocks: blocks, markdown: source, values: values, words: .chinese)
        XCTAssertTrue(chinese.contains("the run " + ReportStrings.chinese.statusWords("converged") + ";"), chinese)
    }

    func testDeterministic() {
        XCTAssertEqual(IPyNBWriter.render(sampleResult()), IPyNBWriter.render(sampleResult()))
    }
}
