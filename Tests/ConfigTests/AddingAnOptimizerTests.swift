import Config
import Engine
import Notebook
import XCTest

/// The README's recipe, followed in a test: an optimizer in its own file (here, below) plus one registration line
/// is named by configs, range-checked with located errors, and trained by the engine like any other.
final class AddingAnOptimizerTests: XCTestCase {
    private let registry = Registry.optimizers + [SignDescent.Settings()]

    private func resolve(_ optimizer: String) throws -> Result<RunPlan, Diagnostic> {
        let markdown = "```config r\ndata: {generate: linear}\noptimizer: \(optimizer)\n```\n"
        let notebook = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md")
        guard case let .config(yaml) = notebook.cells[0].kind else { throw XCTSkip("no config cell") }
        let resolver = ConfigResolver(frontMatter: FrontMatter(), path: "nb.md", optimizers: registry)
        return resolver.resolve(notebook.cells[0], yaml: yaml, earlier: RecordingLookup())
    }

    func testARegisteredOptimizerIsDecodedCheckedAndTrained() throws {
        guard case let .success(.single(spec)) = try resolve("{name: sign, lr: 0.125}") else { return XCTFail("not resolved") }
        let settings = try XCTUnwrap(spec.optimizer as? SignDescent.Settings)
        XCTAssertEqual(settings.learningRate, 0.125)
        XCTAssertEqual(spec.optimizer.keys, ["name", "lr"])
        guard case let .failure(range) = try resolve("{name: sign, lr: -1}") else { return XCTFail("accepted lr -1") }
        XCTAssertEqual(range.headline, "nb.md:3:29: error: 'lr' is -1, out of range")
        guard case let .failure(key) = try resolve("{name: sign, momentum: 0.9}") else { return XCTFail("accepted momentum") }
        XCTAssertEqual(key.message, "unknown key 'momentum' in 'optimizer'")

        guard case let .firstOrder(rule, rate, _) = try spec.optimizer.makeMethod(penalized: [true, false]) else {
            return XCTFail("sign descent is first order")
        }
        let data = DataGenerator.linear(count: 20, weights: [2], bias: 1, noise: 0.1, seed: 1)
        let objective = TrainingObjective(model: LinearModel(inputs: 1), loss: MSELoss(), regularization: Regularization(), data: data)
        let result = Trainer(objective: objective, validation: nil,
                             settings: TrainingSettings(epochs: 3, learningRate: rate, tolerance: 0)).train(optimizer: rule)
        XCTAssertEqual(result.parameters, [0.375, 0.375], "three steps of 0.125 along −sign(g) from zero")
        XCTAssertEqual(result.history.learningRate, [0.125, 0.125, 0.125, 0.125])
    }

    func testWithoutItsRegistrationLineTheNameIsUnknown() throws {
        let resolver = ConfigResolver(frontMatter: FrontMatter(), path: "nb.md")
        let notebook = try NotebookParser.parse(bytes: Array("```config r\ndata: {generate: linear}\noptimizer: sign\n```\n".utf8), path: "nb.md")
        guard case let .config(yaml) = notebook.cells[0].kind else { return XCTFail("no config cell") }
        guard case let .failure(diagnostic) = resolver.resolve(notebook.cells[0], yaml: yaml, earlier: RecordingLookup()) else {
            return XCTFail("an unregistered name resolved")
        }
        XCTAssertEqual(diagnostic.message, "unknown optimizer 'sign'")
    }
}

/// Sign gradient descent, `θ ← θ − lr·sign(g)`: the optimizer "file" of the recipe.
struct SignDescent: Optimizer {
    mutating func step(_ parameters: inout [Double], gradient: [Double], learningRate: Double) {
        for i in parameters.indices where gradient[i] != 0 { parameters[i] -= learningRate * (gradient[i] > 0 ? 1 : -1) }
    }

    struct Settings: OptimizerSettings {
        var learningRate = 0.01
        var name: String { "sign" }
        var family: OptimizerFamily { .firstOrder }
        static var fields: [SettingField<Settings>] { [.learningRate(\.learningRate)] }

        func makeMethod(penalized: [Bool]) throws -> TrainingMethod {
            .firstOrder(SignDescent(), learningRate: learningRate, batchSize: nil)
        }
    }
}
