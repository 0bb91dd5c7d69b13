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
            pairs.insert(("objective", .string("missing")), at: 1)
            formula.config = .object(pairs)
        }
        let failure = Diagnostic(.error, "unknown key 'epoch'", at: SourceLocation(line: 9, column: 1), file: "nb.md")
        let bowl = try replacing("optimizer", with: .object([("name", .string("cg"))]), in: try formulaRun("bowl-cg", objective: "bowl"))
        var result = NotebookResult(fileName: "nb.md", title: "Lines", lang: "en", headings: [], cells: [
            .prose(blocks: [], markdown: markdown),
            .run(RunCell(name: "exact", kind: .single, source: "optimizer: closed_form\n", echo: true, runs: [exact], show: [])),
            .run(RunCell(name: "too-fast", kind: .single, source: "extends: exact\n", echo: true, runs: [momentum], show: [])),
            .run(RunCell(name: "net", kind: .single, source: "model: mlp\n", echo: true, runs: [formula], show: [])),
            .run(RunCell(name: "bad", kind: .single, source: "epoch: 5\n", echo: true, runs: [], show: [], error: failure)),
            .run(RunCell(name: "both", kind: .compare, source: "compare: [exact, too-fast]\n", echo: true, runs: [exact, momentum], show: [])),
            .formula(name: "bowl", tex: "q(x, y) = \\frac{1}{2}\\left(x^2 + \\kappa\\, y^2\\right)", error: nil),
            .run(RunCell(name: "bowl-cg", kind: .single, source: "objective: bowl\n", echo: true, runs: [bowl], show: [])),
        ], diagnostics: [failure])
        result.constants = ["kappa": 10]
        return result
    }

    func testProgramMatchesGoldenFile() throws {
        assertSnapshot(PythonExport(try sample()).program(), named: "export.py")
    }

    func testEveryExportedRunIsRegisteredOnceAfterItsHeadings() throws {
        let program = PythonExport(try sample()).program()
        XCTAssertEqual(program.components(separatedBy: "RUNS[\"exact\"] = run_exact\n").count, 2)
        XCTAssertEqual(program.components(separatedBy: "RUNS[\"too-fast\"] = run_too_fast\n").count, 2,
                       "a compare cell does not export its runs again")
        XCTAssertFalse(program.contains("RUNS[\"net\"]"), "a formula run without its formula block is not exported")
        XCTAssertTrue(program.contains("# Not exported: the formula of this run could not be found."))
        let headings = try XCTUnwrap(program.range(of: "# # Lines\n# ## The exact answer\n# ──── run \"exact\""))
        XCTAssertLessThan(headings.lowerBound, try XCTUnwrap(program.range(of: "def run_exact():")).lowerBound)
        XCTAssertFalse(program.contains("# # not a heading"), "a # line inside a code fence is not a heading")
        XCTAssertTrue(program.hasSuffix("if __name__ == \"__main__\":\n    main()\n"))
        XCTAssertTrue(program.contains("RUNS[\"bowl-cg\"] = run_bowl_cg\n"), "a formula run with its formula block is exported")
        XCTAssertTrue(program.contains("status, steps, point, _ = minimize(Differentiable(q), ConjugateGradient(), start,"))
    }

    func testConversionsAndReuseAreWrittenOut() throws {
        let export = PythonExport(try sample())
        let exact = export.section(for: try sample().runs[0])
        XCTAssertTrue(exact.contains("load(model, least_squares(train_part, l2=0.02))"))
        XCTAssertTrue(exact.contains("model = linear_model(train_part.X.shape[1], 1)"))
        XCTAssertTrue(exact.contains("criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)"))
        XCTAssertTrue(export.prelude.contains("Ridge(alpha=l2 * N"), "the conversion alpha = l2·N is code, not prose")
        let reused = export.section(for: try sample().runs[1])
        XCTAssertTrue(reused.contains("data = generate_linear(n=100, weights=[2], bias=1, noise=0.5, seed=0)"),
                      "data: NAME regenerates the named run's data")
        XCTAssertTrue(reused.contains("optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=False)"))
        XCTAssertTrue(reused.contains("scheduler = None  # a constant rate"))
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
        XCTAssertTrue(section.contains("status, epochs, best_epoch = minimize_model(\n        model, criterion, train_part, validation, LBFGS(memory=7), epochs=100,"), section)
        XCTAssertTrue(section.contains("criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())"), section)
        XCTAssertTrue(export.section(for: newton).contains("validation, Newton(), epochs=100,"))
        XCTAssertTrue(export.section(for: newton).contains("criterion = lambda z, y: nn.BCEWithLogitsLoss()(z[:, 0], y)"))
        for definition in ["class Wolfe:", "class Newton:", "class ConjugateGradient:", "class LBFGS:", "def minimize(",
                           "torch.autograd.functional.hessian", "torch.func.functional_call"] {
            XCTAssertTrue(export.prelude.contains(definition), definition)
        }
    }

    /// The key-value pairs of `result`'s config.
    private func pairs(of result: RunResult) throws -> [(String, JSONValue)] {
        try XCTUnwrap({ () -> [(String, JSONValue)]? in
            if case let .object(pairs) = result.config { return pairs }
            return nil
        }(), "the config is an object")
    }

    /// `run` with `key` of its config replaced by `value`.
    private func replacing(_ key: String, with value: JSONValue, in result: RunResult) throws -> RunResult {
        var pairs = try self.pairs(of: result)
        pairs[try XCTUnwrap(pairs.firstIndex { $0.0 == key }, key)].1 = value
        var changed = result
        changed.config = .object(pairs)
        return changed
    }

    func testNetworksAreTorchModulesWithSeededInitializationAndDropout() throws {
        var net = try replacing("model", with: .object([("name", .string("mlp")), ("hidden", .array([.int(16), .int(8)])),
                                                        ("activation", .string("tanh")), ("dropout", .number(0.5))]),
                                in: run("net", config(data: generated, model: "mlp", loss: "bce", optimizer: .object([
                                    ("name", .string("adam")), ("lr", .number(0.01)), ("beta1", .number(0.9)), ("beta2", .number(0.999)),
                                    ("eps", .number(1e-8)), ("amsgrad", .bool(false)),
                                ])), distance: false))
        net.parametersJSON = .object([("layers", .array([.object([("weights", .array([])), ("bias", .array([.number(0), .number(0)]))])]))])
        let section = PythonExport(try sample()).section(for: net)
        XCTAssertTrue(section.contains("generator = SeededGenerator(42)\n    model = network([train_part.X.shape[1]] + [16, 8] + [2], activation=\"tanh\", dropout=0.5)\n    initialize(model, generator)"), section)
        XCTAssertTrue(section.contains("optimizer = torch.optim.Adam(model.parameters(), lr=0.01, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)"), section)
        XCTAssertTrue(section.contains("optimizer, scheduler, generator,"), "the network's generator also shuffles and drops")
        let prelude = PythonExport(try sample()).prelude
        for definition in ["class SeededDropout(nn.Dropout):", "def initialize(model, generator):", "torch.set_default_dtype(torch.float64)"] {
            XCTAssertTrue(prelude.contains(definition), definition)
        }
    }

    func testATestPartIsSplitOffAndScored() throws {
        guard case var .object(pairs) = generated else { return XCTFail("generated data is a mapping") }
        pairs.append(("test", .number(0.25)))
        var held = run("held", config(data: .object(pairs), optimizer: .object([("name", .string("gd")), ("lr", .number(0.1))])),
                       distance: false)
        held.metrics.append(NamedValue("test_loss", 0.3))
        let section = PythonExport(try sample()).section(for: held)
        XCTAssertTrue(section.contains("train_part, validation, test = split(data, validation=0, seed=0, test=0.25)"), section)
        XCTAssertTrue(section.contains("train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)"), section)
        XCTAssertTrue(section.contains("best_epoch=best_epoch, test=test)"), section)
        let plain = PythonExport(try sample()).section(for: run("plain", config(data: generated, optimizer: .object([("name", .string("gd"))])),
                                                              distance: false))
        XCTAssertFalse(plain.contains("test"), "a run without a test part is exported as before: \(plain)")
    }

    func testSchedulesAndAdamWUseTorchsClasses() throws {
        let adamw = JSONValue.object([("name", .string("adamw")), ("lr", .number(0.01)), ("beta1", .number(0.9)), ("beta2", .number(0.999)),
                                      ("eps", .number(1e-8)), ("amsgrad", .bool(false)), ("weight_decay", .number(0.01))])
        let base = run("decay", config(data: generated, optimizer: adamw), distance: false)
        let schedules: [(JSONValue, String)] = [
            (.object([("name", .string("step")), ("every", .int(10)), ("gamma", .number(0.5))]),
             "scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=10, gamma=0.5)"),
            (.object([("name", .string("exponential")), ("gamma", .number(0.99))]),
             "scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.99)"),
            (.object([("name", .string("cosine")), ("period", .int(50)), ("min_lr", .number(0.001))]),
             "scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=50, eta_min=0.001)"),
        ]
        for (schedule, line) in schedules {
            let section = PythonExport(try sample()).section(for: try replacing("schedule", with: schedule, in: base))
            XCTAssertTrue(section.contains(line), section)
            XCTAssertTrue(section.contains("torch.optim.AdamW([{\"params\": weights(model)}, {\"params\": biases(model), \"weight_decay\": 0.0}], lr=0.01,"),
                          "AdamW decays the weights only: \(section)")
        }
    }

    func testFormulaRunsBecomeTorchFunctionsOfTheirArguments() throws {
        let tex = "q(x, y) = \\frac{1}{2}\\left(x^2 + \\kappa\\, y^2\\right)"
        let bowl = try replacing("optimizer", with: .object([("name", .string("newton"))]), in: try formulaRun("bowl-newton", objective: "bowl"))
        let momentum = try replacing("optimizer", with: .object([("name", .string("momentum")), ("lr", .number(0.01)), ("momentum", .number(0.9))]),
                                     in: try formulaRun("bowl-momentum", objective: "bowl"))
        var result = try sample()
        result.cells.insert(.formula(name: "bowl", tex: tex, error: nil), at: 1)
        result.cells.append(.run(RunCell(name: "bowl-newton", kind: .single, source: "objective: bowl\n", echo: true, runs: [bowl], show: [])))
        result.cells.append(.run(RunCell(name: "bowl-momentum", kind: .single, source: "objective: bowl\n", echo: true, runs: [momentum], show: [])))
        result.constants = ["kappa": 10, "unused": 3]
        let export = PythonExport(result)
        let newton = export.section(for: bowl)
        for line in ["    kappa = 10  # front-matter param kappa", "    def q(theta):\n        x, y = theta\n        return 1 / 2 * (x ** 2 + kappa * y ** 2)",
                     "    start = [-4, 1.5]  # x, y", "minimize(Differentiable(q), Newton(), start, epochs=100, tolerance=1e-06)",
                     "return formula_report(q, point, status, steps, names=[\"x\", \"y\"])", "    # q(x, y) = \\frac{1}{2}"] {
            XCTAssertTrue(newton.contains(line), line + "\n" + newton)
        }
        XCTAssertFalse(newton.contains("unused"), "only the constants the formula uses")
        XCTAssertFalse(newton.contains("data_columns"), "a formula without data reads no columns")
        let descent = export.section(for: momentum)
        XCTAssertTrue(descent.contains("optimizer = lambda params: torch.optim.SGD(params, lr=0.01, momentum=0.9, nesterov=False)"), descent)
        XCTAssertTrue(descent.contains("status, steps, point = descend(q, start, optimizer, scheduler, steps=100, tolerance=1e-06)"), descent)
    }

    /// A formula run minimizing `objective` from (−4, 1.5), without data.
    private func formulaRun(_ name: String, objective: String) throws -> RunResult {
        var result = run(name, config(data: generated, optimizer: .object([("name", .string("gd"))])), distance: false)
        var pairs = try self.pairs(of: result)
        pairs.removeAll { $0.0 == "data" }
        pairs.insert(contentsOf: [("objective", .string(objective)), ("start", .object([("x", .number(-4)), ("y", .number(1.5))]))], at: 0)
        result.config = .object(pairs)
        return result
    }

    func testLiteralsAndIdentifiers() {
        XCTAssertEqual(PythonLiteral.make(.array([.number(0.5), .number(1e-6), .int(3), .bool(true), .null, .string("a\"b")])),
                       "[0.5, 1e-06, 3, True, None, \"a\\\"b\"]")
        XCTAssertEqual(PythonLiteral.function("rosen-second-order[newton]"), "run_rosen_second_order_newton_")
        XCTAssertEqual(PythonLiteral.make(.object([("a\rb", .string("\u{2028}"))])), "{\"a\\rb\": \"\\u2028\"}")
    }

    func testHTMLReportHasACollapsedPythonSectionPerExportedCell() throws {
        let html = HTMLReport.render(try sample())
        XCTAssertEqual(html.components(separatedBy: "<details class=\"python\"><summary>Python</summary>").count - 1, 4,
                       "exact, too-fast, net (whose section says why it is not exported) and bowl-cg; not the error or the comparison")
        var chinese = try sample()
        chinese.lang = "zh"
        XCTAssertTrue(HTMLReport.render(chinese).contains("<summary>Python 代码</summary>"), "the label follows the page's language")
        XCTAssertTrue(html.contains("<code class=\"language-python\"># ──── run &quot;exact&quot;")
                      || html.contains("<code class=\"language-python\"># ──── run \"exact\""))
    }
}
