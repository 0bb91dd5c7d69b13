@testable import Engine
import XCTest

/// The model recipe of docs/ARCHITECTURE.md, step 1 followed in a test: a type conforming to `Model` (written in
/// Sources/Engine, hence `@testable` here for the row indices) is trained by the engine's one iteration driver with
/// any loss and no other change. Its `ModelChoice` case, decoder and Python spelling are exhaustive switches over
/// `ModelChoice`, so the compiler refuses a build that misses one.
final class AddingAModelTests: XCTestCase {
    func testAModelTypeIsTrainedByTheEngineAsWritten() {
        let x = [1.0, 2, -1, 0.5], y = [2.5, 3, -2, 1]
        let data = Dataset(features: Matrix(x.map { [$0] }), targets: y)
        let objective = TrainingObjective(model: ProportionalModel(), loss: MSELoss(), regularization: Regularization(), data: data)
        let result = Trainer(objective: objective, validation: nil, settings: TrainingSettings(epochs: 2, learningRate: 0.1, tolerance: 0))
            .train(optimizer: GradientDescent())
        // J(w) = mean((w·x − y)²), ∂J/∂w = 2·mean((w·x − y)·x); two steps of 0.1 from w = 0.
        func gradient(_ w: Double) -> Double { 2 * zip(x, y).map { (w * $0 - $1) * $0 }.reduce(0, +) / 4 }
        let first = -0.1 * gradient(0)
        XCTAssertEqual(result.parameters.count, 1)
        XCTAssertEqual(result.parameters[0], first - 0.1 * gradient(first), accuracy: 1e-15)
        XCTAssertEqual(result.history.trainLoss[0], y.map { $0 * $0 }.reduce(0, +) / 4, accuracy: 1e-15)
        XCTAssertLessThan(result.history.trainLoss[2], result.history.trainLoss[1])
    }
}

/// `ŷ = w·x₀`, one weight and no bias: the model "file" of the recipe.
struct ProportionalModel: Model {
    var parameterCount: Int { 1 }
    var outputCount: Int { 1 }
    var penalized: [Bool] { [true] }
    var scratchCount: Int { 0 }
    var rowsPerCheck: Int { RowBlocks.standardSize }
    var layerSummary: [String] { ["1 → 1, no bias"] }

    func initialParameters(generator: inout SeededGenerator) -> [Double] { [0] }

    func outputs<Limit: WorkLimit>(_ features: Matrix, parameters: [Double], limit: Limit) throws(Limit.Failure) -> Matrix {
        Matrix(rows: features.rows, columns: 1, storage: (0..<features.rows).map { parameters[0] * features[$0, 0] })
    }

    func accumulateLoss<Limit: WorkLimit>(features: Matrix, targets: [Double], rows: RowSelection, parameters: UnsafeBufferPointer<Double>,
                                          loss: any Loss, training: Bool, gradient: UnsafeMutablePointer<Double>?,
                                          scratch: UnsafeMutablePointer<Double>, generator: inout SeededGenerator,
                                          limit: Limit) throws(Limit.Failure) -> Double {
        var total = 0.0, output = 0.0, delta = 0.0
        rows.withIndices { indices in
            for i in 0..<rows.count {
                let row = indices[i], x = features[row, 0]
                output = parameters[0] * x
                let value = withUnsafePointer(to: output) { out in
                    withUnsafeMutablePointer(to: &delta) { d in
                        loss.evaluate(outputs: UnsafeBufferPointer(start: out, count: 1), target: targets[row],
                                      delta: gradient == nil ? nil : UnsafeMutableBufferPointer(start: d, count: 1))
                    }
                }
                total += value
                gradient?[0] += delta * x
            }
        }
        return total
    }
}
