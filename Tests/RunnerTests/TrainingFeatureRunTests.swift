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
