import Foundation
import Notebook
import Results
import Runner
import TestSupport
import XCTest

/// The distance to the optimum and the loss gap per epoch: recorded for linear + mse runs (the closed-form optimum)
/// and formula runs with `optimum:`, addressable by inline values and `expect:`, drawn only when `show` asks.
final class OptimumRunTests: XCTestCase {
    private func run(_ markdown: String) throws -> NotebookResult {
        let notebook = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md")
        return NotebookRunner.run(notebook, folder: FileManager.default.temporaryDirectory)
    }

    private func only(_ result: NotebookResult, _ name: String) throws -> RunResult {
        try XCTUnwrap(result.runs.first { $0.name == name }, "no run \(name)")
    }

    private func messages(_ result: NotebookResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    func testLinearRunRecordsDistanceAndGapEndingAtTheReportedDistance() throws {
        let result = try run("""
        ```config line
        data: {generate: linear, n: 40, weights: [2, -1], seed: 1}
        optimizer: {name: gd, lr: 0.5}
        epochs: 60
        expect:
          history.gap[-1]: {"<": 1e-3}
          history.distance[0]: {">": 1}
        ```

        Gap `{line.history.gap[-1]:.1e}`.
        """)
        XCTAssertEqual(messages(result), [])
        let line = try only(result, "line")
        let distance = try XCTUnwrap(line.history.distance), gap = try XCTUnwrap(line.history.gap)
        XCTAssertEqual(distance.count, line.history.epoch.count)
        XCTAssertEqual(distance.last, line.metrics.first { $0.name == "distance_to_optimum" }?.value)
        XCTAssertTrue(gap.allSatisfy { $0 > -1e-12 }, "J* is the minimum: \(gap.min() ?? .nan)")
        XCTAssertTrue(zip(gap, gap.dropFirst()).allSatisfy { $1 <= $0 }, "gd at a stable rate never raises J")
        XCTAssertEqual(result.cells.compactMap { if case let .run(cell) = $0 { return cell.checksPassed } else { return nil } }, [2])
        let json = line.json(sentence: nil)
        XCTAssertNotNil(try? ValueReference(run: "line", path: [.key("history"), .key("gap"), .index(-1)], format: nil).resolve(in: json))
    }

    func testClosedFormHistoryEndsAtZeroAndDefaultShowDrawsNoOptimumChart() throws {
        let result = try run("```config exact\ndata: {generate: linear, n: 30}\noptimizer: closed_form\n```\n")
        let exact = try only(result, "exact")
        XCTAssertEqual(exact.history.distance?.last, 0)
        XCTAssertEqual(exact.history.gap?.last, 0)
        XCTAssertGreaterThan(exact.history.gap?.first ?? 0, 0)
        XCTAssertFalse(exact.show.contains(.distance))
        XCTAssertFalse(exact.show.contains(.gap))
    }

    func testAModelWithoutAKnownOptimumHasNoColumnsAndRefusesTheChart() throws {
        let result = try run("""
        ```config net
        data: {generate: linear, n: 30}
        model: {name: mlp, hidden: [4]}
        epochs: 3
        show: [summary, gap]
        ```
        """)
        let net = try only(result, "net")
        XCTAssertNil(net.history.distance)
        XCTAssertNil(net.history.gap)
        let errors = result.cells.flatMap { cell -> [Diagnostic] in if case let .run(run) = cell { return run.partErrors } else { return [] } }
        XCTAssertEqual(errors.map(\.message), ["show: 'gap' cannot be drawn for 'net': the optimum is known only for a linear model with mse and no l1 (its closed-form solution), or a formula run that gives 'optimum:'"])
    }

    func testFormulaOptimumGivesTheGapAndDistance() throws {
        let result = try run("```formula bowl\nf(x, y) = (x - 1)^2 + 2\\,(y + 2)^2 + 3\n```\n\n```config b\nobjective: bowl\nstart: {x: 0, y: 0}\noptimum: {x: 1, y: -2}\noptimizer: {name: gd, lr: 0.1}\nsteps: 5\n```\n")
        let bowl = try only(result, "b")
        XCTAssertEqual(messages(result), [])
        XCTAssertEqual(bowl.history.gap?.first ?? .nan, 9, accuracy: 1e-12)  // f(0, 0) − f(1, −2) = 1 + 8
        XCTAssertEqual(bowl.history.distance?.first ?? .nan, 5.0.squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(bowl.history.gap?.count, bowl.history.epoch.count)
    }

    func testOptimumKeyErrorsAreLocated() throws {
        let onData = try run("```config r\ndata: {generate: linear}\noptimum: {x: 1}\n```\n")
        XCTAssertEqual(onData.diagnostics.first?.message, "'optimum' only applies to a formula objective")
        XCTAssertEqual(onData.diagnostics.first?.location?.line, 3)
        let missing = try run("```formula bowl\nf(x, y) = x^2 + y^2\n```\n\n```config b\nobjective: bowl\nstart: {x: 1, y: 1}\noptimum: {x: 0}\n```\n")
        XCTAssertEqual(missing.diagnostics.first?.message, "'optimum' gives no value for y")
        let unknown = try run("```formula bowl\nf(x, y) = x^2 + y^2\n```\n\n```config b\nobjective: bowl\nstart: {x: 1, y: 1}\noptimum: {x: 0, yy: 0}\n```\n")
        XCTAssertEqual(unknown.diagnostics.first?.hint, "did you mean 'y'?")
    }
}
