import Foundation
import Notebook
import Results
import Runner
import XCTest

/// The runner's one session table: runs, sweeps, formulas, displays and failed cells under their names.
final class SessionTests: XCTestCase {
    private func run(_ markdown: String) throws -> NotebookResult {
        let notebook = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md")
        return NotebookRunner.run(notebook, folder: FileManager.default.temporaryDirectory)
    }

    private func cellError(_ result: NotebookResult, _ name: String) -> Diagnostic? {
        for case let .run(cell) in result.cells where cell.name == name { return cell.error }
        return nil
    }

    func testAFailedRunCannotBeExtendedComparedOrReused() throws {
        let result = try run("""
        ```config bad
        data: {generate: linear}
        model: logistic
        loss: mse
        ```

        ```config child
        extends: bad
        ```

        ```config both
        compare: [bad]
        ```

        ```config reuse
        data: {from: bad}
        ```
        """)
        XCTAssertEqual(result.runs.first { $0.name == "bad" }?.status, .error)
        XCTAssertEqual(cellError(result, "child")?.message, "run 'bad' failed, so this cell cannot extend it")
        XCTAssertEqual(cellError(result, "both")?.message, "run 'bad' failed, so this cell cannot compare it")
        XCTAssertEqual(cellError(result, "reuse")?.message, "run 'bad' failed, so this cell cannot reuse the data of it")
    }

    func testASweepCanBeExtendedAndComparedAndAFormulaIsNotARun() throws {
        let result = try run("""
        ```formula f
        f(x) = x^2
        ```

        ```config s
        data: {generate: linear, n: 20}
        epochs: 5
        sweep: {optimizer.lr: [0.1, 0.2]}
        ```

        ```config child
        extends: s
        ```

        ```config both
        compare: [s, child]
        ```

        ```config wrong
        extends: f
        ```
        """)
        let child = try XCTUnwrap(result.runs.first { $0.name == "child" })
        XCTAssertEqual(child.history.epoch.count, 6, "child extends the sweep's base config (epochs: 5)")
        guard case let .run(both)? = result.cells.first(where: { if case let .run(c) = $0 { return c.name == "both" } else { return false } })
        else { return XCTFail("no comparison") }
        XCTAssertEqual(both.runs.map(\.name), ["s[0.1]", "s[0.2]", "child"])
        XCTAssertEqual(cellError(result, "wrong")?.message, "'f' is a formula, not a run to extend")
    }

    func testADefinitionAfterADisplayOfTheSameNameCanBeMinimized() throws {
        let result = try run("""
        ```formula g
        g = \\sum_i x_i
        ```

        ```formula g
        g(x, y) = x^2 + y^2
        ```

        ```config r
        objective: g
        start: {x: 1, y: 1}
        optimizer: newton
        ```
        """)
        XCTAssertEqual(result.runs.first { $0.name == "r" }?.status, .converged)
    }

    func testANameIsTakenByItsFirstCell() throws {
        let result = try run("```config r\ndata: {generate: linear}\nepochs: 3\n```\n\n```config r\ndata: {generate: linear}\n```\n")
        XCTAssertEqual(result.runs.count, 1)
        let duplicate = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(duplicate.message, "name 'r' is already used by an earlier cell")
        XCTAssertEqual(duplicate.location?.line, 6)
    }
}
