import Config
import Engine
import Notebook
import XCTest

/// The loss recipe of docs/ARCHITECTURE.md, followed as far as a test can: step 1 (a type conforming to `Loss`)
/// is trained by the engine's fused passes with no other change, and until step 2 adds its `LossChoice` case a
/// config cannot name it. Steps 2–6 (the case, the fused-pass line, the decoder keys, the Python spelling) are
/// exhaustive switches over `LossChoice`, so the compiler refuses a build that misses one.
final class AddingALossTests: XCTestCase {
    func testALossTypeIsTrainedByTheEngineAsWritten() {
        let data = Dataset(features: Matrix([[1], [2], [-1], [0.5]]), targets: [1, 3, -2, 0])
        let objective = TrainingObjective(model: LinearModel(inputs: 1), loss: LogCoshLoss(), regularization: Regularization(), data: data)
        let result = Trainer(objective: objective, validation: nil, settings: TrainingSettings(epochs: 1, learningRate: 0.5, tolerance: 0))
            .train(optimizer: GradientDescent())
        // From w = b = 0 the residual is −y, so ∂J/∂w = mean(tanh(−y)·x), ∂J/∂b = mean(tanh(−y)); one step of 0.5.
        let x = [1.0, 2, -1, 0.5], y = [1.0, 3, -2, 0]
        let gradientW = zip(x, y).map { tanh(-$1) * $0 }.reduce(0, +) / 4
        let gradientB = y.map { tanh(-$0) }.reduce(0, +) / 4
        XCTAssertEqual(result.parameters[0], -0.5 * gradientW, accuracy: 1e-15)
        XCTAssertEqual(result.parameters[1], -0.5 * gradientB, accuracy: 1e-15)
        XCTAssertEqual(result.history.trainLoss[0], y.map { log(cosh($0)) }.reduce(0, +) / 4, accuracy: 1e-15)
        XCTAssertLessThan(result.history.trainLoss[1], result.history.trainLoss[0], "one step lowers the loss")
    }

    func testWithoutItsChoiceCaseTheNameIsUnknown() throws {
        let resolver = ConfigResolver(frontMatter: FrontMatter(), path: "nb.md")
        let notebook = try NotebookParser.parse(bytes: Array("```config r\ndata: {generate: linear}\nloss: logcosh\n```\n".utf8), path: "nb.md")
        guard case let .config(yaml) = notebook.cells[0].kind else { return XCTFail("no config cell") }
        guard case let .failure(diagnostic) = resolver.resolve(notebook.cells[0], yaml: yaml, earlier: RecordingLookup()) else {
            return XCTFail("an unregistered loss resolved")
        }
        XCTAssertEqual(diagnostic.message, "unknown loss 'logcosh'")
        XCTAssertEqual(diagnostic.location?.line, 3)
    }
}

/// `log cosh(ŷ − y)`, derivative `tanh(ŷ − y)`: the loss "file" of the recipe.
struct LogCoshLoss: Loss {
    var name: String { "logcosh" }
    var isClassification: Bool { false }
    func outputCount(classCount: Int) -> Int { 1 }
    func evaluate(outputs: UnsafeBufferPointer<Double>, target: Double, delta: UnsafeMutableBufferPointer<Double>?) -> Double {
        let residual = outputs[0] - target
        delta?[0] = tanh(residual)
        return log(cosh(residual))
    }
}
