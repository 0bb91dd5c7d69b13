import Engine
import Foundation
import Notebook
@testable import Report
import Output
import Results
import TestSupport
import XCTest

final class PythonExportTests: XCTestCase {
    /// Resolved settings as the runner attaches them (`RunResult.resolved`).
    private func settings(data: ResolvedData?, model: ModelChoice = .linear(LinearModel.Settings()), loss: LossChoice = .mse,
                          l2: Double = 0, optimizer: any OptimizerSettings, metrics: [Metric] = [.r2]) -> ResolvedRun {
        ResolvedRun(data: data, objective: nil, model: model, loss: loss, regularization: Regularization(l1: 0, l2: l2),
                    optimizer: optimizer, epochs: 100, tolerance: 1e-6, schedule: .constant, earlyStopping: nil, metrics: metrics,
                    seed: 42, logScale: nil)
    }

    private let generated = ResolvedData(
        source: .generate(GeneratorSpec(kind: .linear, count: 100, weights: [2], bias: 1, coefficients: [], noise: 0.5, centers: nil,
                                        classes: 2, xRange: nil, seed: 0)),
        validation: 0, test: 0, standardize: false, splitSeed: 0)

    private func gd(lr: Double = 0.1) -> GradientDescent.Settings {
        var settings = GradientDescent.Settings.gd
        settings.learningRate = lr
        return settings
    }

    private func run(_ name: String, _ settings: ResolvedRun, distance: Bool = true) -> RunResult {
        var result = RunResult(name: name, detail: StatusDetail(subject: .training, stop: .converged(epoch: 1)), resolved: settings,
                               learned: .linear(weights: [2], bias: 1, features: ["x"]),
                               metrics: [NamedValue("train_loss", 0.25)] + (distance ? [NamedValue("distance_to_optimum", 0)] : []),
                               show: [])
        result.history = HistoryTable(epoch: [0, 1])
        return result
    }

    private func sample() throws -> NotebookResult {
        let markdown = "# Lines\n\nSome prose.\n\n```\n# not a heading\n```\n\n## The exact answer\n"
        let exact = run("exact", settings(data: generated, l2: 0.02, optimizer: ClosedForm.Settings()))
        let reused = ResolvedData(source: .reuse(run: "exact"), validation: 0, test: 0, standardize: false, splitSeed: 42)
        let momentum = run("too-fast", settings(data: reused, optimizer: Momentum.Settings.heavyBall))
        var formula = run("net", settings(data: generated, optimizer: gd()), distance: false)
        formula.resolved?.objective = ResolvedObjective(formula: "missing", start: [])
        let failure = Diagnostic(.error, "unknown key 'epoch'", at: SourceLocation(line: 9, column: 1), file: "nb.md")
        let bowl = formulaRun("bowl-cg", objective: "bowl", optimizer: ConjugateGradient.Settings())
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
        // The runtime's version is its hash: the golden file names it VERSION, so that it records the program only.
        let program = PythonExport(try sample()).program()
        XCTAssertTrue(program.contains("setup(\"\(PythonRuntime.version)\", HERE, language=\"en\")"))
        assertSnapshot(program.replacingOccurrences(of: PythonRuntime.version, with: "VERSION"), named: "export.py")
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
        XCTAssertTrue(program.hasSuffix("if __name__ == \"__main__\":\n    main(CELLS, program=__file__)\n"))
        XCTAssertTrue(program.contains("RUNS[\"bowl-cg\"] = run_bowl_cg\n"), "a formula run with its formula block is exported")
        XCTAssertTrue(program.contains("status, steps, point, _ = minimize(Differentiable(q), ConjugateGradient(), start,"))
    }

    func testConversionsAndReuseAreWrittenOut() throws {
        let export = PythonExport(try sample())
        let exact = export.section(for: try sample().runs[0])
        XCTAssertTrue(exact.contains("load(model, least_squares(train_part, l2=0.02))"))
        XCTAssertTrue(exact.contains("model = linear_model(train_part.X.shape[1], 1)"))
        XCTAssertTrue(exact.contains("criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)"))
        XCTAssertTrue(PythonRuntime.text.contains("A = np.vstack([A, np.column_stack([math.sqrt(N * l2) * np.eye(d), np.zeros(d)])])"),
                      "the closed form stacks √(N·l2)·I under X, as nbrun's QR does")
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
                       "# ```config both\n# compare: [exact, too-fast]\n# ```\n\nshow_cell(\"both\", \"compare\", [\"exact\", \"too-fast\"], [])")
        XCTAssertTrue(export.cellSource(for: bad).contains("# nbrun reported an error for this cell: "), export.cellSource(for: bad))
        XCTAssertTrue(export.cellSource(for: bad).contains("unknown key 'epoch'"))
        XCTAssertTrue(export.cellSource(for: exact).hasSuffix("\n\nshow_cell(\"exact\", \"single\", [\"exact\"], [])"),
                      export.cellSource(for: exact))
        XCTAssertNil(export.reportSource(for: compare))
        XCTAssertNil(export.reportSource(for: bad))
        XCTAssertEqual(export.reportSource(for: exact), export.section(for: exact.runs[0]))
    }

    func testLineSearchRunsUseThePortedMethods() throws {
        var memory = LBFGS.Settings()
        memory.memory = 7
        let lbfgs = run("fit", settings(data: generated, model: .softmax, loss: .crossEntropy, optimizer: memory), distance: false)
        let newton = run("newton", settings(data: generated, model: .logistic(LinearModel.Settings()), loss: .bce, optimizer: NewtonMethod.Settings()),
                         distance: false)
        let export = PythonExport(try sample())
        let section = export.section(for: lbfgs)
        XCTAssertTrue(section.contains("status, epochs, best_epoch = minimize_model(\n        model, criterion, train_part, validation, LBFGS(memory=7), epochs=100,"), section)
        XCTAssertTrue(section.contains("criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())"), section)
        XCTAssertTrue(export.section(for: newton).contains("validation, Newton(), epochs=100,"))
        XCTAssertTrue(export.section(for: newton).contains("criterion = lambda z, y: nn.BCEWithLogitsLoss()(z[:, 0], y)"))
        for definition in ["class Wolfe:", "class Newton:", "class ConjugateGradient:", "class LBFGS:", "def minimize(",
                           "torch.autograd.functional.hessian", "torch.func.functional_call"] {
            XCTAssertTrue(PythonRuntime.text.contains(definition), definition)
        }
    }

    func testNetworksAreTorchModulesWithSeededInitializationAndDropout() throws {
        var network = MLPModel.Settings()
        network.hidden = [16, 8]
        network.activation = .tanh
        network.dropout = 0.5
        var adam = Adam.Settings()
        adam.learningRate = 0.01
        var net = run("net", settings(data: generated, model: .mlp(network), loss: .bce, optimizer: adam), distance: false)
        net.learned = .network(layers: [LearnedParameters.Layer(weights: [], bias: [0, 0])], features: ["x"])
        let section = PythonExport(try sample()).section(for: net)
        XCTAssertTrue(section.contains("generator = SeededGenerator(42)\n    model = network([train_part.X.shape[1]] + [16, 8] + [2], activation=\"tanh\", dropout=0.5)\n    initialize(model, generator)"), section)
        XCTAssertTrue(section.contains("optimizer = torch.optim.Adam(model.parameters(), lr=0.01, betas=(0.9, 0.999), eps=1e-08, amsgrad=False)"), section)
        XCTAssertTrue(section.contains("optimizer, scheduler, generator,"), "the network's generator also shuffles and drops")
        let prelude = PythonRuntime.text
        for definition in ["class SeededDropout(nn.Dropout):", "def initialize(model, generator):", "torch.set_default_dtype(torch.float64)"] {
            XCTAssertTrue(prelude.contains(definition), definition)
        }
    }

    func testATestPartIsSplitOffAndScored() throws {
        var data = generated
        data.test = 0.25
        var held = run("held", settings(data: data, optimizer: gd()), distance: false)
        held.metrics.append(NamedValue("test_loss", 0.3))
        let section = PythonExport(try sample()).section(for: held)
        XCTAssertTrue(section.contains("train_part, validation, test = split(data, validation=0, seed=0, test=0.25)"), section)
        XCTAssertTrue(section.contains("train_part, validation, test = prepare(train_part, validation, test, degree=None, standardize=False)"), section)
        XCTAssertTrue(section.contains("best_epoch=best_epoch, test=test)"), section)
        let plain = PythonExport(try sample()).section(for: run("plain", settings(data: generated, optimizer: gd()),
                                                              distance: false))
        XCTAssertFalse(plain.contains("test"), "a run without a test part is exported as before: \(plain)")
    }

    func testTheHeaderNamesTheProgramByTheNotebooksBaseName() throws {
        var result = try sample()
        result.fileName = "v1.md-draft.md"
        XCTAssertTrue(PythonExport(result).program().contains("`python3 v1.md-draft.py` prints each cell's table and saves its charts in v1.md-draft-charts/"),
                      "only the final .md becomes .py")
    }

    func testCSVDataIsReadFromItsCopyBesideTheExport() throws {
        let csv = ResolvedData(source: .csv(path: "./data/../data//x.csv", target: "y", features: nil), validation: 0, test: 0,
                               standardize: false, splitSeed: 7)
        let section = PythonExport(try sample()).section(for: run("x", settings(data: csv, optimizer: gd()), distance: false))
        XCTAssertTrue(section.contains("data = load_csv(\"data/x.csv\", target=\"y\")"), section)
        XCTAssertEqual(PythonExportFolder.exportedPath("../../up/x.csv"), "up/x.csv", "a copy never climbs out of the export folder")
        XCTAssertEqual(PythonExportFolder.exportedPath("/abs/x.csv"), "abs/x.csv")
    }

    func testCSVDataIsSplitWithTheSeedNbrunSplitItWith() throws {
        let csv = ResolvedData(source: .csv(path: "iris.csv", target: "species", features: nil), validation: 0.2, test: 0,
                               standardize: true, splitSeed: 7)
        let section = PythonExport(try sample()).section(for: run("iris", settings(data: csv, optimizer: gd()), distance: false))
        XCTAssertTrue(section.contains("data = load_csv(\"iris.csv\", target=\"species\")"), section)
        XCTAssertTrue(section.contains("train_part, validation = split(data, validation=0.2, seed=7)"),
                      "the data's own seed splits it, not the run's (42): \(section)")
    }

    func testSchedulesAndAdamWUseTorchsClasses() throws {
        var adamw = AdamW.Settings()
        adamw.adam.learningRate = 0.01
        let base = run("decay", settings(data: generated, optimizer: adamw), distance: false)
        let schedules: [(Schedule, String)] = [
            (.step(every: 10, gamma: 0.5), "scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=10, gamma=0.5)"),
            (.exponential(gamma: 0.99), "scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.99)"),
            (.cosine(period: 50, minimum: 0.001), "scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=50, eta_min=0.001)"),
        ]
        for (schedule, line) in schedules {
            var scheduled = base
            scheduled.resolved?.schedule = schedule
            let section = PythonExport(try sample()).section(for: scheduled)
            XCTAssertTrue(section.contains(line), section)
            XCTAssertTrue(section.contains("torch.optim.AdamW([{\"params\": weights(model)}, {\"params\": biases(model), \"weight_decay\": 0.0}], lr=0.01,"),
                          "AdamW decays the weights only: \(section)")
        }
    }

    func testFormulaRunsBecomeTorchFunctionsOfTheirArguments() throws {
        let tex = "q(x, y) = \\frac{1}{2}\\left(x^2 + \\kappa\\, y^2\\right)"
        let bowl = formulaRun("bowl-newton", objective: "bowl", optimizer: NewtonMethod.Settings())
        var slow = Momentum.Settings.heavyBall
        slow.learningRate = 0.01
        let momentum = formulaRun("bowl-momentum", objective: "bowl", optimizer: slow)
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
        // A known minimizer reaches formula_report, in the formula's argument order, for the distance and gap charts.
        var known = momentum
        known.resolved?.objective = ResolvedObjective(formula: "bowl", start: [NamedValue("x", -4), NamedValue("y", 1.5)],
                                                      optimum: [NamedValue("y", 0.5), NamedValue("x", 0)])
        XCTAssertTrue(export.section(for: known).contains("return formula_report(q, point, status, steps, names=[\"x\", \"y\"], optimum=[0, 0.5])"),
                      export.section(for: known))
        XCTAssertTrue(descent.contains("status, steps, point = descend(q, start, optimizer, scheduler, steps=100, tolerance=1e-06)"), descent)
    }

    /// A formula run minimizing `objective` from (−4, 1.5), without data.
    private func formulaRun(_ name: String, objective: String, optimizer: any OptimizerSettings) -> RunResult {
        var settings = settings(data: nil, optimizer: optimizer)
        settings.objective = ResolvedObjective(formula: objective, start: [NamedValue("x", -4), NamedValue("y", 1.5)])
        return run(name, settings, distance: false)
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
