import Markup
import Notebook
@testable import Report
import Output
import Results
import TestSupport
import XCTest

final class ReportTests: XCTestCase {
    func testEscapingHappensInOnePlace() {
        let node = MarkupNode.el("p", [("title", "a \"quote\" & <tag>")], [.text("<script>alert(1)</script> & co")])
        XCTAssertEqual(node.render(), "<p title=\"a &quot;quote&quot; &amp; &lt;tag&gt;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>")
        XCTAssertEqual(MarkupNode.el("meta", [("charset", "utf-8")]).render(), "<meta charset=\"utf-8\">")
    }

    func testJSONIsDeterministicAndValid() throws {
        let value = JSONValue.object([("b", .int(1)), ("a", .array([.number(0.1), .number(2), .finite(.nan), .string("q\"\n")]))])
        let text = JSONWriter.write(value)
        XCTAssertEqual(text, "{\n  \"b\": 1,\n  \"a\": [0.1, 2, null, \"q\\\"\\n\"]\n}\n")
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(text.utf8)))
        XCTAssertEqual(NumberFormat.json(1e-8), "1e-08")
        XCTAssertEqual(NumberFormat.json(-0.0), "0")
    }

    func testLossTableSamplesAboutTenEpochsPlusTheLast() {
        XCTAssertEqual(TableBuilder.sampledIndices(count: 5), [0, 1, 2, 3, 4])
        XCTAssertEqual(TableBuilder.sampledIndices(count: 101), [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
        let odd = TableBuilder.sampledIndices(count: 213)
        XCTAssertEqual(odd.first, 0)
        XCTAssertEqual(odd.last, 212)
        XCTAssertTrue((11...12).contains(odd.count))
        XCTAssertEqual(odd, odd.sorted())
    }

    func testMathIsRenderedInPlaceAndFailedMathShowsItsError() throws {
        let notebook = try NotebookParser.parse(bytes: Array("a $x$ b $\\foo$\n".utf8), path: "nb.md")
        guard case let .prose(blocks, _) = notebook.cells[0].kind else { return XCTFail("expected prose") }
        let error = Diagnostic(.error, "unknown command \\foo", at: SourceLocation(line: 1, column: 10), file: "nb.md")
        let html = ProseRenderer.html(blocks, mathErrors: [SourceLocation(line: 1, column: 10): error])
        XCTAssertTrue(html.hasPrefix("<p>a <math><semantics><mrow><mi>x</mi></mrow>"), html)
        XCTAssertTrue(html.hasSuffix(" b <span class=\"math-error\" title=\"nb.md:1:10: error: unknown command \\foo\">$\\foo$</span></p>\n"), html)
    }

    private func sampleRun() -> RunResult {
        var detail = StatusDetail(subject: .training, stop: .converged(epoch: 3), tolerance: 1e-8, gradientNorm: 1e-9)
        detail.bestEpoch = 2
        let run = RunResult(name: "demo", detail: detail,
                            history: HistoryTable(epoch: [0, 1, 2, 3], trainLoss: [4, 1, 0.5, 0.4], validationLoss: [4.2, 1.2, 0.7, 0.6],
                                                  learningRate: [0.1, 0.1, 0.1, 0.1], gradientNorm: [3, 1, 0.1, 1e-9], objective: [4, 1, 0.5, 0.4]),
                            parameters: [NamedValue("w[x]", 1.5), NamedValue("w[z]", 0), NamedValue("bias", -0.25)],
                            metrics: [NamedValue("train_loss", 0.4), NamedValue("validation_loss", 0.6)],
                            show: ShowParts.all)
        return run
    }

    func testRunSectionGoldenFile() {
        let cell = RunCell(name: "demo", kind: .single, source: "data: {generate: linear}\n", echo: true, runs: [sampleRun()], show: ShowParts.all)
        var ids = PageIDs(headings: [])
        let html = RunSection.render(cell, words: .english, ids: &ids).render()
        XCTAssertTrue(html.contains("<td class=\"zero\">0</td>"), "exact zeros are marked")
        XCTAssertTrue(html.contains("best epoch 2"))
        XCTAssertEqual(html.components(separatedBy: "<svg").count - 1, 1)
        assertSnapshot(html, named: "run-section.html")
    }

    func testFailedCellShowsItsErrorInPlace() {
        let error = Diagnostic(.error, "unknown optimizer 'adma'", at: SourceLocation(line: 5, column: 19), file: "nb.md", hint: "did you mean 'adam'?")
        let cell = RunCell(name: "r", kind: .single, source: "optimizer: adma\n", echo: false, runs: [], show: ShowParts.all, error: error)
        var ids = PageIDs(headings: [])
        let html = RunSection.render(cell, words: .english, ids: &ids).render()
        XCTAssertTrue(html.contains("nb.md:5:19: error: unknown optimizer 'adma'"))
        XCTAssertTrue(html.contains("hint: did you mean 'adam'?"))
        XCTAssertTrue(html.contains("optimizer: adma"), "the failing source is shown even with echo: false")
    }

    func testPageIsSelfContained() {
        let result = NotebookResult(fileName: "t.md", title: "T <1>", lang: "zh", headings: [Heading(level: 2, text: "Intro", id: "intro")],
                                    cells: [.prose(blocks: [Block(.heading(level: 2, anchor: "intro", [Inline(.text("Intro"), range: SourceRange(at: SourceLocation(line: 1, column: 4)))]),
                                                          range: SourceRange(at: SourceLocation(line: 1, column: 1)))], markdown: "## Intro"),
                                            .code(language: "python", source: "x < 1")], diagnostics: [])
        let page = HTMLReport.render(result)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh\">"))
        XCTAssertTrue(page.contains("<title>T &lt;1&gt;</title>"))
        XCTAssertTrue(page.contains("<a href=\"#intro\">Intro</a>"))
        // The `#` link's label is read aloud in the page's language.
        XCTAssertTrue(page.contains("<h2 id=\"intro\">Intro<a class=\"anchor\" href=\"#intro\" aria-label=\"本节链接\">#</a></h2>"))
        var english = result
        english.lang = "en"
        XCTAssertTrue(HTMLReport.render(english).contains("aria-label=\"link to this section\">#</a></h2>"))
        XCTAssertTrue(page.contains("<code class=\"language-python\">x &lt; 1</code>"))
        XCTAssertFalse(page.contains("<script"))
        XCTAssertTrue(page.contains("prefers-color-scheme:dark"))
        XCTAssertTrue(page.contains("@media print"))
    }
}

enum ShowParts {
    static let all = ShowPart.allCases
}
