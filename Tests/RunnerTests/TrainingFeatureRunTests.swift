import Foundation
import Notebook
import Results
import Runner
import TestSupport
import XCTest

/// Issue 23's training features through a notebook: gradient clipping, warm-up, initialization, k-fold.
final class TrainingFeatureRunTests: XCTestCase {
    private func run(_ markdown: String) throws -> NotebookResult {
        let notebook = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md")
        return NotebookRunner.run(notebook, folder: FileManager.default.temporaryDirectory)
    }

    private func only(_ result: NotebookResult, _ name: String) throws -> RunResult {
        try XCTUnwrap(result.runs.first { $0.name == name }, "no run \(name)")
    }

    func testClippingIsRefusedWhereNoFirstOrderStepIsTaken() throws {
        let result = try run("```config r\ndata: {generate: linear}\noptimizer: lbfgs\nclip_grad: {max_norm: 1}\n```\n")
        let error = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(error.message, "clip_grad clips the gradient of a first-order step; lbfgs takes no such step")
        XCTAssertEqual(error.location?.line, 4)
    }

    func testClippedRunIsInTheJSONAndSlowerThanUnclipped() throws {
        let result = try run("""
        ```config plain
        data: {generate: linear, n: 30}
        optimizer: {name: gd, lr: 0.1}
        epochs: 5
        ```

        ```config clipped
        extends: plain
        clip_grad: {max_norm: 0.1}
        ```
        """)
        let plain = try only(result, "plain"), clipped = try only(result, "clipped")
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.message), [])
        XCTAssertGreaterThan(clipped.metrics[0].value, plain.metrics[0].value, "steps of length ≤ 0.01 leave the loss higher")
        let config = clipped.resolved?.json
        guard case let .object(pairs)? = config, case let .object(clip)? = pairs.first(where: { $0.0 == "clip_grad" })?.1 else {
            return XCTFail("no clip_grad in \(String(describing: config))")
        }
        XCTAssertEqual(clip.map(\.0), ["max_norm"])
    }
}

/// `validation: {kfold: k}` through a notebook, against scikit-learn's `cross_val_score` (features.json).
final class CrossValidationRunTests: XCTestCase {
    private static let fixture: [String: Any] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../EngineTests/Fixtures/features.json")
        guard let data = try? Data(contentsOf: url), let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return root["cross_validation"] as? [String: Any] ?? [:]
    }()

    private func run(_ markdown: String, csv: String? = nil) throws -> NotebookResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-cv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let csv { try csv.write(to: folder.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8) }
        return NotebookRunner.run(try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md"), folder: folder)
    }

    private var csv: String {
        let features = (Self.fixture["features"] as? [[Double]]) ?? [], targets = (Self.fixture["targets"] as? [Double]) ?? []
        let rows = zip(features, targets).map { row, y in (row + [y]).map { "\($0)" }.joined(separator: ",") }
        return (["a,b,c,y"] + rows).joined(separator: "\n") + "\n"
    }

    func testFoldsMatchCrossValScoreOfLinearRegression() throws {
        let result = try run("""
        ```config cv
        data: {csv: r.csv, target: y, validation: {kfold: 5}}
        optimizer: closed_form
        metrics: [r2]
        expect:
          cv.folds[0].status: converged
        ```

        Mean `{cv.cv.mean.validation_r2:.4f}`.
        """, csv: csv)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }.map(\.message), [])
        let cv = try XCTUnwrap(result.runs.first?.crossValidation)
        XCTAssertEqual(cv.folds.map(\.validationRows), [8, 8, 8, 8, 8])
        assertClose(cv.values("validation_r2"), (Self.fixture["r2"] as? [Double]) ?? [], relative: 1e-10)
        assertClose(cv.values("validation_loss"), (Self.fixture["mse"] as? [Double]) ?? [], relative: 1e-10)
        let r2 = try XCTUnwrap(cv.mean.first { $0.name == "validation_r2" }), spread = try XCTUnwrap(cv.standardDeviation.first { $0.name == "validation_r2" })
        XCTAssertEqual(r2.value, number(Self.fixture["r2_mean"]), accuracy: 1e-10)
        XCTAssertEqual(spread.value, number(Self.fixture["r2_std"]), accuracy: 1e-10)
        XCTAssertEqual(result.runs.first?.parameters.count, 4, "the run's own model is trained on every row")
    }

    func testErrorsAreLocated() throws {
        let early = try run("```config r\ndata: {generate: linear, validation: {kfold: 3}}\nearly_stopping: 5\n```\n")
        XCTAssertEqual(early.diagnostics.first?.hint, "use validation: 0.2 with early stopping, or drop early_stopping")
        let many = try run("```config r\ndata: {generate: linear, n: 5, validation: {kfold: 6}}\n```\n")
        XCTAssertEqual(many.diagnostics.first?.message, "6-fold cross-validation needs at least 6 training rows, but there are 5")
        let typo = try run("```config r\ndata: {generate: linear, validation: {kfolds: 3}}\n```\n")
        XCTAssertEqual(typo.diagnostics.first?.hint, "did you mean 'kfold'?")
        let range = try run("```config r\ndata: {generate: linear, validation: {kfold: 1}}\n```\n")
        XCTAssertEqual(range.diagnostics.first?.location?.line, 2)
    }

    private func number(_ value: Any?) -> Double { (value as? NSNumber)?.doubleValue ?? .nan }
}

/// k-fold on a formula objective is refused rather than ignored.
final class CrossValidationFormulaTests: XCTestCase {
    func testFormulaRunRefusesKFold() throws {
        let markdown = "```formula f\nJ(a) = \\frac{1}{N}\\sum_{i}(y_i - a)^2\n```\n\n```config r\nobjective: f\nstart: {a: 0}\ndata: {generate: linear, validation: {kfold: 3}}\n```\n"
        let result = NotebookRunner.run(try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md"), folder: FileManager.default.temporaryDirectory)
        XCTAssertEqual(result.diagnostics.first?.message, "k-fold cross-validation trains models; a formula objective is minimized once on its data")
        XCTAssertEqual(result.diagnostics.first?.location?.line, 8)
    }
}
