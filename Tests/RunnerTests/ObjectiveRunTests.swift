import Foundation
import Notebook
import Results
import Runner
import TestSupport
import XCTest

/// `objective: NAME` runs: the formula on the page is the function that is minimized.
final class ObjectiveRunTests: XCTestCase {
    private func run(_ markdown: String) throws -> NotebookResult {
        let notebook = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md")
        return NotebookRunner.run(notebook, folder: FileManager.default.temporaryDirectory)
    }

    private func only(_ result: NotebookResult, _ name: String) throws -> RunResult {
        try XCTUnwrap(result.runs.first { $0.name == name })
    }

    func testDataSumFormulaAgreesWithTheBuiltInLinearModel() throws {
        let markdown = """
        ---
        params: {lambda: 0.05}
        ---
        ```formula ridge
        J(w, b) = \\frac{1}{N}\\sum_{i=1}^{N}\\left(y_i - (w x_i + b)\\right)^2 + \\lambda w^2
        ```

        ```config by-hand
        objective: ridge
        data: {generate: linear, n: 80, seed: 3}
        start: {w: 0, b: 0}
        optimizer: lbfgs
        steps: 100
        ```

        ```config built-in
        data: by-hand
        optimizer: closed_form
        regularization: {l2: 0.05}
        ```
        """
        let result = try run(markdown)
        let byHand = try only(result, "by-hand"), builtIn = try only(result, "built-in")
        XCTAssertEqual(byHand.status, .converged, "\(byHand.detail)")
        assertClose(byHand.parameters.map(\.value), builtIn.parameters.map(\.value), relative: 1e-6, absolute: 1e-9)
        guard case let .point(point) = byHand.learned else { return XCTFail("a formula run learns a point, not \(byHand.learned)") }
        XCTAssertEqual(point.first { $0.name == "w" }?.value, byHand.parameters[0].value)
    }

    func testRosenbrockWithNewtonReachesTheMinimumAndDrawsAContour() throws {
        let result = try run("```formula rosen\nf(x, y) = (1 - x)^2 + 100\\,(y - x^2)^2\n```\n\n```config r\nobjective: rosen\nstart: {x: -1.5, y: 2}\noptimizer: newton\nsteps: 100\n```\n")
        let rosen = try only(result, "r")
        XCTAssertEqual(rosen.status, .converged)
        assertClose(rosen.parameters.map(\.value), [1, 1], relative: 1e-6, absolute: 1e-6)
        XCTAssertEqual(rosen.history.path?.count, 2)
        XCTAssertEqual(rosen.history.path?[0].first, -1.5)
        XCTAssertNotNil(rosen.contour)
        XCTAssertTrue(rosen.history.objective.dropFirst().enumerated().allSatisfy { $0.element <= rosen.history.objective[$0.offset] },
                      "Newton with backtracking never increases the value")
    }

    func testClosedFormCannotMinimizeAFormulaAndIsNotReplacedByGradientDescent() throws {
        let result = try run("```formula bowl\nf(x, y) = x^2 + y^2\n```\n\n```config r\nobjective: bowl\nstart: {x: 1, y: 2}\noptimizer: closed_form\n```\n")
        let run = try only(result, "r")
        XCTAssertEqual(run.status, .error)
        XCTAssertEqual(run.error?.message, "closed_form solves linear regression with mse only, not a formula")
        XCTAssertEqual(run.error?.location?.line, 8, "at the optimizer line")
        XCTAssertTrue(run.history.epoch.isEmpty, "nothing was minimized")
    }

    func testObjectiveNamedByFunctionNameAndSweepSharesOneContour() throws {
        let result = try run("```formula\ng(u, v) = u^2 + 4 v^2\n```\n\n```config s\nobjective: g\nstart: {u: 2, v: 1}\nsteps: 50\nsweep: {optimizer.name: [cg, lbfgs]}\n```\n")
        XCTAssertEqual(result.runs.map(\.status), [.converged, .converged])
        guard case let .run(cell)? = result.cells.last else { return XCTFail("expected a run cell") }
        XCTAssertNotNil(cell.contour)
    }

    func testUnboundSymbolIsLocatedInTheFormula() throws {
        let result = try run("# T\n\n```formula f\nf(x) = (x - c)^2\n```\n\n```config r\nobjective: f\nstart: {x: 0}\n```\n")
        let error = try XCTUnwrap(try only(result, "r").error)
        XCTAssertEqual(error.location?.line, 4)
        XCTAssertTrue(error.message.contains("c"), error.message)
    }

    func testDomainErrorEndsTheRunAsDivergedWithTheReason() throws {
        let result = try run("```formula f\nf(x) = \\log(x) + x^2\n```\n\n```config r\nobjective: f\nstart: {x: 0.5}\noptimizer: {name: gd, lr: 2}\nsteps: 50\n```\n")
        let run = try only(result, "r")
        XCTAssertEqual(run.status, .diverged)
        guard case let .diverged(_, .failed(message)) = run.detail.stop else { return XCTFail("\(run.detail.stop)") }
        XCTAssertTrue(message.contains("log"), message)
        XCTAssertTrue(run.history.objective.allSatisfy(\.isFinite))
    }

    func testStartMustNameEveryArgument() throws {
        let missing = try only(try run("```formula f\nf(x, y) = x^2 + y^2\n```\n\n```config r\nobjective: f\nstart: {x: 1}\n```\n"), "r")
        XCTAssertEqual(missing.error?.message, "'start' gives no value for y")
        let unknown = try only(try run("```formula f\nf(x, y) = x^2 + y^2\n```\n\n```config r\nobjective: f\nstart: {x: 1, z: 2}\n```\n"), "r")
        XCTAssertEqual(unknown.error?.message, "'z' is not an argument of f(x, y)")
        let noFormula = try only(try run("```formula f\nf(x) = x^2\n```\n\n```config r\nobjective: ff\nstart: {x: 1}\n```\n"), "r")
        XCTAssertEqual(noFormula.error?.message, "no formula named 'ff' defines a function to minimize")
        XCTAssertEqual(noFormula.error?.hint, "did you mean 'f'?")
    }

    func testADisplayFormulaCannotBeMinimized() throws {
        let result = try run("```formula loss\n\\mathcal{L} = \\frac{1}{N}\\sum_i \\ell_i\n```\n\n```config r\nobjective: loss\nstart: {x: 1}\n```\n")
        let error = try XCTUnwrap(try only(result, "r").error)
        XCTAssertEqual(error.message, "formula 'loss' is a display, not a function definition, so it cannot be minimized")
        XCTAssertEqual(error.location, SourceLocation(line: 2, column: 1))
    }

    func testTrainingKeysAreRefusedForObjectives() throws {
        let result = try run("```formula f\nf(x) = x^2\n```\n\n```config r\nobjective: f\nstart: {x: 1}\nmodel: linear\n```\n")
        XCTAssertEqual(result.diagnostics.map(\.message), ["'model' does not apply to a formula objective"])
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(line: 8, column: 1))
    }

    func testBadTeXInAnUnusedFormulaIsStillReportedButDoesNotStopRuns() throws {
        let result = try run("Text $\\frca{1}{2}$ here.\n\n```formula g\ng(x) = x^2\n```\n\n```config r\nobjective: g\nstart: {x: 3}\noptimizer: newton\n```\n")
        let diagnostic = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(diagnostic.location, SourceLocation(line: 1, column: 7))
        XCTAssertEqual(diagnostic.hint, "did you mean \\frac?")
        XCTAssertEqual(try only(result, "r").status, .converged)
    }
}
