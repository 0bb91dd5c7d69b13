import Config
import Engine
import Notebook
import XCTest

/// The one table of names: every name decodes to its own typed settings; unknown names and bad values are
/// located errors, never a fallback.
final class RegistryTests: XCTestCase {
    private func resolve(_ body: String) throws -> Result<RunPlan, Diagnostic> {
        let markdown = "```config r\ndata: {generate: linear}\n\(body)\n```\n"
        let notebook = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md")
        let resolver = ConfigResolver(frontMatter: FrontMatter(), path: "nb.md")
        guard case let .config(yaml) = notebook.cells[0].kind else { throw XCTSkip("no config cell") }
        return resolver.resolve(notebook.cells[0], yaml: yaml, earlier: RecordingLookup())
    }

    private func spec(_ body: String) throws -> RunSpec {
        guard case let .success(.single(spec)) = try resolve(body) else { throw XCTSkip("expected a run: \(body)") }
        return spec
    }

    private func failure(_ body: String) throws -> Diagnostic {
        guard case let .failure(diagnostic) = try resolve(body) else {
            XCTFail("expected an error for \(body)")
            throw XCTSkip("no error")
        }
        return diagnostic
    }

    func testEveryRegisteredOptimizerDecodesToItsOwnSettings() throws {
        XCTAssertEqual(Registry.optimizerNames, ["gd", "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw",
                                                 "newton", "cg", "lbfgs", "closed_form"])
        XCTAssertEqual(Set(Registry.optimizerNames).count, Registry.optimizers.count, "names are unique")
        for name in Registry.optimizerNames {
            let decoded = try spec("optimizer: \(name)").optimizer
            XCTAssertEqual(decoded.name, name)
            XCTAssertEqual(decoded.keys, Registry.optimizer(named: name)?.keys)
        }
        XCTAssertTrue(try spec("optimizer: nesterov").optimizer is Momentum.Settings)
        XCTAssertTrue(try spec("optimizer: adamw").optimizer is AdamW.Settings)
    }

    func testUnknownNamesAreRejectedNotReplacedByADefault() throws {
        let optimizer = try failure("optimizer: adamm")
        XCTAssertEqual(optimizer.message, "unknown optimizer 'adamm'")
        XCTAssertEqual(optimizer.location?.line, 3)
        let loss = try failure("loss: {name: mse2}")
        XCTAssertEqual(loss.message, "unknown loss 'mse2'")
        XCTAssertEqual(loss.hint, "did you mean 'mse'?")
        let model = try failure("model: lineer")
        XCTAssertEqual(model.message, "unknown model 'lineer'")
        XCTAssertEqual(model.hint, "did you mean 'linear'?")
        let activation = try failure("model: {name: mlp, activation: relux}")
        XCTAssertEqual(activation.message, "unknown activation 'relux'")
        let metric = try failure("metrics: [r3]")
        XCTAssertEqual(metric.message, "unknown metric 'r3'")
    }

    func testSettingsAreCheckedWithLocatedErrors() throws {
        let momentum = try failure("optimizer: {name: momentum, momentum: 1}")
        XCTAssertEqual(momentum.headline, "nb.md:3:39: error: 'momentum' is 1, out of range")
        XCTAssertEqual(momentum.hint, "allowed: 0 ≤ value < 1")
        let memory = try failure("optimizer: {name: lbfgs, memory: 0}")
        XCTAssertEqual(memory.message, "'memory' is 0, out of range")
        let key = try failure("optimizer: {name: rmsprop, beta1: 0.9}")
        XCTAssertEqual(key.message, "unknown key 'beta1' in 'optimizer'")
        let delta = try failure("loss: {name: huber, delta: 0}")
        XCTAssertEqual(delta.message, "'delta' is 0, out of range")
        let flag = try failure("optimizer: {name: adam, amsgrad: 3}")
        XCTAssertEqual(flag.message, "'amsgrad' must be true or false, not '3'")
    }

    func testTypedChoicesCarryTheirSettings() throws {
        let run = try spec("model: {name: linear, polynomial: 3}\nloss: {name: huber, delta: 2}\noptimizer: {name: adamw, weight_decay: 0.5, lr: 0.01}")
        XCTAssertEqual(run.model.polynomialDegree, 3)
        var huber = HuberLoss.Settings()
        huber.delta = 2
        XCTAssertEqual(run.loss, .huber(huber))
        let adamw = try XCTUnwrap(run.optimizer as? AdamW.Settings)
        XCTAssertEqual(adamw.weightDecay, 0.5)
        XCTAssertEqual(adamw.adam.learningRate, 0.01)
        let network = try spec("model: {name: mlp, hidden: [4, 4], activation: tanh}").model
        guard case let .mlp(settings) = network else { return XCTFail("expected an mlp") }
        XCTAssertEqual(settings.hidden, [4, 4])
        XCTAssertEqual(settings.activation, .tanh)
    }
}
