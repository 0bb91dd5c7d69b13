import Engine
import XCTest

/// Passes over the rows run in fixed blocks summed in block order, so training gives the same bits on one thread
/// as on several.
final class ThreadCountTests: XCTestCase {
    private func blobs(rows: Int, classes: Int) -> Dataset {
        let centers = (0..<classes).map { k in (0..<5).map { $0 == k ? 1.5 : -0.5 } }
        return DataGenerator.blobs(count: rows, centers: centers, spread: 1, seed: 4)
    }

    /// The history columns and the parameters as bit patterns.
    private func bits(_ result: TrainingResult) -> [UInt64] {
        let history = result.history
        return (history.trainLoss + history.gradientNorm + history.objective + (history.validationLoss ?? []) + result.parameters)
            .map(\.bitPattern)
    }

    /// Trains with each thread count in turn and checks every result against the one-thread result.
    private func assertSameBits(_ name: String, _ train: () throws -> TrainingResult) rethrows {
        let saved = RowBlocks.threadCount
        defer { RowBlocks.threadCount = saved }
        RowBlocks.threadCount = 1
        let reference = try train()
        XCTAssertGreaterThan(reference.history.count, 2, name)
        for threads in [2, 3, 5] {
            RowBlocks.threadCount = threads
            XCTAssertEqual(bits(try train()), bits(reference), "\(name) with \(threads) threads")
        }
    }

    func testFullBatchRunsAreBitIdenticalForAnyThreadCount() throws {
        let data = blobs(rows: 9000, classes: 3)
        let (train, validation) = data.split(validationFraction: 0.2, seed: 1)
        let softmax = TrainingObjective(model: LinearModel(inputs: 5, outputs: 3), loss: CrossEntropyLoss(),
                                        regularization: Regularization(l2: 0.01), data: train)
        let settings = TrainingSettings(epochs: 15, learningRate: 0.5, tolerance: 0)
        assertSameBits("softmax gd") {
            Trainer(objective: softmax, validation: validation, settings: settings).train(optimizer: GradientDescent())
        }
        try assertSameBits("softmax lbfgs") {
            try Trainer(objective: softmax, validation: validation, settings: settings).train(method: try LBFGS())
        }
        let regression = DataGenerator.linear(count: 7000, weights: [1, -2, 0.5], bias: 1, noise: 0.3, seed: 2)
        let linear = TrainingObjective(model: LinearModel(inputs: 3), loss: MSELoss(), regularization: Regularization(l1: 0.01),
                                       data: regression)
        assertSameBits("linear gd with l1") {
            Trainer(objective: linear, validation: nil, settings: settings).train(optimizer: GradientDescent())
        }
    }

    func testMiniBatchAndNetworkRunsAreBitIdenticalForAnyThreadCount() {
        let data = blobs(rows: 6000, classes: 2)
        let logistic = TrainingObjective(model: LinearModel(inputs: 5), loss: BCELoss(), regularization: Regularization(), data: data)
        let batches = TrainingSettings(epochs: 4, learningRate: 0.1, tolerance: 0, batchSize: 2500, seed: 3)
        assertSameBits("logistic, batches of 2500") {
            Trainer(objective: logistic, validation: nil, settings: batches).train(optimizer: Momentum())
        }
        let network = TrainingObjective(model: MLPModel(inputs: 5, hidden: [6], outputs: 2, activation: .tanh),
                                        loss: CrossEntropyLoss(), regularization: Regularization(l2: 0.001), data: data)
        assertSameBits("mlp, full batch") {
            Trainer(objective: network, validation: nil, settings: TrainingSettings(epochs: 4, learningRate: 0.5, tolerance: 0, seed: 3))
                .train(optimizer: Adam())
        }
    }
}
