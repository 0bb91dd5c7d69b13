import Foundation
import Notebook
import Results
import Runner
import TestSupport
import XCTest

final class NotebookRunnerTests: XCTestCase {
    /// Data D of docs/conversions.md ("Check values").
    private let csvD = "x1,x2,y,yc\n1,2,4,1\n2,-1,1,0\n0.5,0,0.5,0\n-1,1.5,1,1\n3,0.5,5,1\n"

    private func run(_ markdown: String, files: [String: String] = [:]) throws -> NotebookResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-runner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let notebook = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md")
        return NotebookRunner.run(notebook, folder: folder)
    }

    private func runResult(_ result: NotebookResult, _ name: String) throws -> RunResult {
        try XCTUnwrap(result.runs.first { $0.name == name }, "no run \(name)")
    }

    private func metric(_ run: RunResult, _ name: String) -> Double? { run.metrics.first { $0.name == name }?.value }

    func testClosedFormMatchesScikitLearnRidge() throws {
        // sklearn Ridge(alpha=1) on D; nbrun's l2 = alpha / N = 1/5.
        let result = try run("```config ridge\ndata: {csv: d.csv, target: y, features: [x1, x2]}\noptimizer: closed_form\nregularization: {l2: 0.2}\n```\n",
                             files: ["d.csv": csvD])
        let ridge = try runResult(result, "ridge")
        XCTAssertNil(ridge.error)
        assertClose(ridge.parameters.map(\.value), [1.121845082681, 1.164490861619, 0.3672758920800696], relative: 1e-10)
        XCTAssertEqual(ridge.parameters.map(\.name), ["w[x1]", "w[x2]", "bias"])
        XCTAssertEqual(ridge.status, .converged)
    }

    func testGradientDescentReachesTheExactOptimum() throws {
        let result = try run("```config gd\ndata: {generate: linear, n: 50, seed: 4}\noptimizer: {name: gd, lr: 0.5}\nepochs: 2000\n```\n")
        let gd = try runResult(result, "gd")
        XCTAssertEqual(gd.status, .converged)
        XCTAssertLessThan(try XCTUnwrap(metric(gd, "distance_to_optimum")), 1e-7)
        XCTAssertLessThan(try XCTUnwrap(gd.history.gradientNorm.last), 1e-8)
        XCTAssertEqual(gd.history.epoch.first, 0)
    }

    func testL1MakesTheIrrelevantWeightExactlyZero() throws {
        let result = try run("```config lasso\ndata: {generate: linear, n: 200, weights: [3, 0], bias: 0.5, noise: 0.3, seed: 1, standardize: true}\nregularization: {l1: 0.1}\nepochs: 500\n```\n")
        let lasso = try runResult(result, "lasso")
        XCTAssertEqual(lasso.parameters[1].value, 0, "w[x2] must be exactly zero")
        XCTAssertGreaterThan(lasso.parameters[0].value, 0.5)
        XCTAssertNil(metric(lasso, "distance_to_optimum"), "no closed-form optimum with L1")
    }

    func testDivergenceStopsAtTheEpochAndKeepsTheFiniteHistory() throws {
        let result = try run("```config boom\ndata: {generate: linear, n: 100, seed: 0}\noptimizer: {name: gd, lr: 2.5}\nepochs: 400\n```\n")
        let boom = try runResult(result, "boom")
        XCTAssertEqual(boom.status, .diverged)
        XCTAssertEqual(boom.detail.stop, .diverged(epoch: boom.history.epoch.count, cause: .nonFinite))
        XCTAssertEqual(boom.detail.learningRate, 2.5)
        XCTAssertLessThan(boom.history.epoch.count, 401)
        XCTAssertTrue(boom.history.trainLoss.allSatisfy(\.isFinite))
        XCTAssertTrue(boom.history.gradientNorm.allSatisfy(\.isFinite))
        XCTAssertTrue(boom.parameters.allSatisfy { $0.value.isFinite })
    }

    func testReusedDataIsIdentical() throws {
        let markdown = "```config a\ndata: {generate: linear, n: 30, seed: 9, validation: 0.3}\noptimizer: closed_form\n```\n\n```config b\ndata: a\noptimizer: closed_form\n```\n"
        let result = try run(markdown)
        XCTAssertEqual(try runResult(result, "a").parameters, try runResult(result, "b").parameters)
        XCTAssertEqual(try runResult(result, "b").history.validationLoss?.count, 2)
    }

    func testSweepAndCompare() throws {
        let markdown = "```config s\ndata: {generate: linear, n: 40}\nepochs: 10\nsweep: {optimizer.lr: [0.01, 0.1]}\n```\n\n```config c\ncompare: [s]\n```\n"
        let result = try run(markdown)
        XCTAssertEqual(result.runs.map(\.name), ["s[0.01]", "s[0.1]"])
        let first = try runResult(result, "s[0.01]"), second = try runResult(result, "s[0.1]")
        XCTAssertGreaterThan(first.history.trainLoss.last!, second.history.trainLoss.last!, "the larger rate gets further in 10 epochs")
        guard case let .run(compare)? = result.cells.last else { return XCTFail("expected a run cell") }
        XCTAssertEqual(compare.kind, .compare)
        XCTAssertEqual(compare.runs.map(\.name), ["s[0.01]", "s[0.1]"])
    }

    func testLogisticRegressionSeparatesBlobs() throws {
        let result = try run("```config logit\ndata: {generate: blobs, n: 100, seed: 3}\nmodel: logistic\noptimizer: {name: gd, lr: 0.5}\nepochs: 200\n```\n")
        let logit = try runResult(result, "logit")
        XCTAssertGreaterThan(try XCTUnwrap(metric(logit, "train_accuracy")), 0.9)
        let boundary = try XCTUnwrap(logit.boundary)
        XCTAssertEqual(boundary.points.count, 100)
        XCTAssertEqual(Set(boundary.points.map(\.label)), [0, 1], "class labels are integers")
        XCTAssertNil(logit.fit)
    }

    func testEarlyStoppingRecordsTheBestEpoch() throws {
        let markdown = "```config es\ndata: {generate: polynomial, n: 30, noise: 0.3, seed: 5, validation: 0.4, standardize: true}\nmodel: {name: linear, polynomial: 12}\noptimizer: {name: gd, lr: 0.3}\nepochs: 5000\nearly_stopping: {patience: 20}\n```\n"
        let es = try runResult(try run(markdown), "es")
        XCTAssertEqual(es.status, .earlyStopped, "\(es.detail)")
        let best = try XCTUnwrap(es.bestEpoch)
        let validation = try XCTUnwrap(es.history.validationLoss)
        XCTAssertEqual(validation[best], validation.dropFirst().min())
    }

    func testFailingCellDoesNotStopIndependentCells() throws {
        let result = try run("```config bad\ndata: {csv: missing.csv, target: y}\n```\n\n```config good\ndata: {generate: linear, n: 10}\nepochs: 2\n```\n\n```config dependent\ndata: bad\n```\n")
        XCTAssertEqual(try runResult(result, "bad").status, .error)
        XCTAssertEqual(try runResult(result, "good").status, .maxEpochs)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.message), ["data file 'missing.csv' not found"],
                       "the dependent block is not an error of its own")
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .note }.map(\.message), ["1 run depends on the failed run 'bad'"])
    }
}
