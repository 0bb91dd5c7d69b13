import Foundation
import Notebook
@testable import Report
import TestSupport
import XCTest

final class PythonExportTests: XCTestCase {
    /// A resolved config as nbrun writes it (`RunResult.config`).
    private func config(data: JSONValue, model: String = "linear", loss: String = "mse", l2: Double = 0,
                        optimizer: JSONValue, metrics: [String] = ["r2"]) -> JSONValue {
        .object([
            ("data", data), ("model", .object([("name", .string(model))])), ("loss", .object([("name", .string(loss))])),
            ("regularization", .object([("l1", .number(0)), ("l2", .number(l2))])), ("optimizer", optimizer),
            ("epochs", .int(100)), ("tolerance", .number(1e-6)), ("schedule", .object([("name", .string("constant"))])),
            ("metrics", .array(metrics.map(JSONValue.string))), ("seed", .int(42)),
        ])
    }

    private let generated = JSONValue.object([
        ("generate", .string("linear")), ("n", .int(100)), ("weights", .array([.number(2)])), ("bias", .number(1)),
        ("noise", .number(0.5)), ("seed", .int(0)), ("validation", .number(0)), ("standardize", .bool(false)),
    ])

    private func run(_ name: String, _ config: JSONValue, distance: Bool = true) -> RunResult {
        var result = RunResult(name: name, status: .converged, statusLine: "Converged.", config: config,
                               parametersJSON: .object([("weights", .array([.number(2)])), ("bias", .number(1)),
                                                        ("names", .array([.string("x")]))]),
                               metrics: [NamedValue("train_loss", 0.25)] + (distance ? [NamedValue("distance_to_optimum", 0)] : []),
                               show: [])
        result.history = HistoryTable(epoch: [0, 1])
        return result
    }

    private func sample() throws -> NotebookResult {
        let markdown = "# Lines\n\nSome prose.\n\n```\n# not a heading\n```\n\n## The exact answer\n"
        let exact = run("exact", config(data: generated, l2: 0.02, optimizer: .object([("name", .string("closed_form"))])))
        let momentum = run("too-fast", config(data: .object([("from", .string("exact"))]), optimizer: .object([
            ("name", .string("momentum")), ("lr", .number(0.1)), ("batch_size", .string("all")), ("momentum", .number(0.9)),
        ])))
        var formula = run("net", config(data: generated, optimizer: .object([("name", .string("gd"))])), distance: false)
        if case var .object(pairs) = formula.config {
            pairs.insert(("objective", .string("x^2")), at: 1)
            formula.config = .object(pairs)
        }
        let failure = Diagnostic(.error, "unknown key 'epoch'", at: SourceLocation(line: 9, column: 1), file: "nb.md")
        return NotebookResult(fileName: "nb.md", title: "Lines", lang: "en", headings: [], cells: [
            .prose(blocks: [], markdown: markdown),
            .run(RunCell(name: "exact", kind: .single, source: "optimizer: closed_form\n", echo: true, runs: [exact], show: [])),
            .run(RunCell(name: "too-fast", kind: .single, source: "extends: exact\n", echo: true, runs: [momentum], show: [])),
            .run(RunCell(name: "net", kind: .single, source: "model: mlp\n", echo: true, runs: [formula], show: [])),
            .run(RunCell(name: "bad", kind: .single, source: "epoch: 5\n", echo: true, runs: [], show: [], error: failure)),
            .run(RunCell(name: "both", kind: .compare, source: "compare: [exact, too-fast]\n", echo: true, runs: [exact, momentum], show: [])),
        ], diagnostics: [failure])
    }

    func testProgramMatchesGoldenFile() throws {
        assertSnapshot(PythonExport(try sample()).program(), named: "export.py")
    }

    func testEveryExportedRunIsRegisteredOnceAfterItsHeadings() throws {
        let program = PythonExport(try sample()).program()
        XCTAssertEqual(program.components(separatedBy: "RUNS[\"exact\"] = run_exact\n").count, 2)
        XCTAssertEqual(program.components(separatedBy: "RUNS[\"too-fast\"] = run_too_fast\n").count, 2,
                       "a compare cell does not export its runs again")
        XCTAssertFalse(program.contains("RUNS[\"net\"]"), "a formula run is not exported")
        XCTAssertTrue(program.contains("# Not exported: formula objectives are not exported yet."))
        let headings = try XCTUnwrap(program.range(of: "# # Lines\n# ## The exact answer\n# ──── run \"exact\""))
        XCTAssertLessThan(headings.lowerBound, try XCTUnwrap(program.range(of: "def run_exact():")).lowerBound)
        XCTAssertFalse(program.contains("# # not a heading"), "a # line inside a code fence is not a heading")
        XCTAssertTrue(program.hasSuffix("if __name__ == \"__main__\":\n    main()\n"))
    }

    func testConversionsAndReuseAreWrittenOut() throws {
        let export = PythonExport(try sample())
        let exact = export.section(for: try sample().runs[0])
        XCTAssertTrue(exact.contains("theta = least_squares(train_part, l2=objective.l2)"))
        XCTAssertTrue(export.prelude.contains("Ridge(alpha=l2 * N"), "the conversion alpha = l2·N is code, not prose")
        let reused = export.section(for: try sample().runs[1])
        XCTAssertTrue(reused.contains("data = generate_linear(n=100, weights=[2], bias=1, noise=0.5, seed=0)"),
                      "data: NAME regenerates the named run's data")
        XCTAssertTrue(reused.contains("optimizer = SGD(lr=0.1, momentum=0.9, nesterov=False)"))
        XCTAssertTrue(reused.contains("batch_size=None"), "batch_size: all is the whole set")
    }

    func testCellSources() throws {
        let result = try sample()
        let export = PythonExport(result)
        guard case let .run(compare) = result.cells[5], case let .run(bad) = result.cells[4],
              case let .run(exact) = result.cells[1] else { return XCTFail("cells") }
        XCTAssertEqual(export.cellSource(for: compare),
                       "# ```config both\n# compare: [exact, too-fast]\n# ```\n# The runs above, side by side: the chart is in the saved output.")
        XCTAssertTrue(export.cellSource(for: bad).contains("# nbrun reported an error for this cell: "), export.cellSource(for: bad))
        XCTAssertTrue(export.cellSource(for: bad).contains("unknown key 'epoch'"))
        XCTAssertTrue(export.cellSource(for: exact).hasSuffix("\n\nshow(\"exact\")"))
        XCTAssertNil(export.reportSource(for: compare))
        XCTAssertNil(export.reportSource(for: bad))
        XCTAssertEqual(export.reportSource(for: exact), export.section(for: exact.runs[0]))
    }

    func testLineSearchRunsUseThePortedMethods() throws {
        let lbfgs = run("fit", config(data: generated, model: "softmax", loss: "cross_entropy",
                                      optimizer: .object([("name", .string("lbfgs")), ("memory", .int(7))])), distance: false)
        let newton = run("newton", config(data: generated, model: "logistic", loss: "bce", optimizer: .object([("name", .string("newton"))])),
                         distance: false)
        let export = PythonExport(try sample())
        let section = export.section(for: lbfgs)
        XCTAssertTrue(section.contains("method = LBFGS(memory=7)"), section)
        XCTAssertTrue(section.contains("status, epochs, theta, best_epoch = minimize(\n        objective, method, validation, epochs=100, tolerance=1e-06,"), section)
        XCTAssertTrue(export.section(for: newton).contains("method = Newton(\"bce\")"))
        XCTAssertTrue(export.section(for: newton).contains("objective = Objective(model, bce, train_part, l1=0, l2=0)"))
        for definition in ["class Wolfe:", "class Newton:", "class ConjugateGradient:", "class LBFGS:", "def minimize("] {
            XCTAssertTrue(export.prelude.contains(definition), definition)
        }
    }

    func testNetworksBecomeAnMLPWithDropout() throws {
        var net = run("net", config(data: generated, model: "mlp", loss: "bce", optimizer: .object([("name", .string("adam"))])),
                      distance: false)
        net.config = .object(try XCTUnwrap({ () -> [(String, JSONValue)]? in
            guard case var .object(pairs) = net.config else { return nil }
            pairs[1].1 = .object([("name", .string("mlp")), ("hidden", .array([.int(16), .int(8)])),
                                  ("activation", .string("tanh")), ("dropout", .number(0.5))])
            return pairs
        }()))
        net.parametersJSON = .object([("layers", .array([.object([("weights", .array([])), ("bias", .array([.number(0), .number(0)]))])]))])
        let section = PythonExport(try sample()).section(for: net)
        XCTAssertTrue(section.contains("model = MLP(widths=[train_part.X.shape[1]] + [16, 8] + [2], activation=\"tanh\", dropout=0.5)"), section)
        XCTAssertTrue(section.contains("nn.Dropout(p=0.5)"))
        XCTAssertTrue(PythonExport(try sample()).prelude.contains("class MLP:"))
    }

    func testLiteralsAndIdentifiers() {
        XCTAssertEqual(PythonLiteral.make(.array([.number(0.5), .number(1e-6), .int(3), .bool(true), .null, .string("a\"b")])),
                       "[0.5, 1e-06, 3, True, None, \"a\\\"b\"]")
        XCTAssertEqual(PythonLiteral.identifier("rosen-second-order[newton]"), "run_rosen_second_order_newton_")
        XCTAssertEqual(PythonLiteral.comment("a\n\nb", indent: "  "), "  # a\n  #\n  # b")
    }

    func testHTMLReportHasACollapsedPythonSectionPerExportedCell() throws {
        let html = HTMLReport.render(try sample())
        XCTAssertEqual(html.components(separatedBy: "<details class=\"python\"><summary>Python</summary>").count - 1, 3,
                       "exact, too-fast and net (whose section says why it is not exported); not the error or the comparison")
        XCTAssertTrue(html.contains("<code class=\"language-python\"># ──── run &quot;exact&quot;")
                      || html.contains("<code class=\"language-python\"># ──── run \"exact\""))
    }
}
