import Engine
import XCTest

/// Keras 3 semantics: strict improvement `current + min_delta < best`, stop when `wait ≥ patience`.
final class EarlyStoppingTests: XCTestCase {
    func testStopsAfterPatienceEpochsWithoutStrictImprovement() {
        var monitor = EarlyStopping(patience: 2, minDelta: 0.1).monitor()
        XCTAssertFalse(monitor.observe(epoch: 1, loss: 1.0, parameters: [1]))
        XCTAssertFalse(monitor.observe(epoch: 2, loss: 0.95, parameters: [2]))  // not better by more than 0.1
        XCTAssertEqual(monitor.bestEpoch, 1)
        XCTAssertFalse(monitor.observe(epoch: 3, loss: 0.85, parameters: [3]))  // 0.85 + 0.1 < 1.0: improvement
        XCTAssertEqual(monitor.bestEpoch, 3)
        XCTAssertFalse(monitor.observe(epoch: 4, loss: 0.85, parameters: [4]))  // equal is not an improvement
        XCTAssertTrue(monitor.observe(epoch: 5, loss: 0.80, parameters: [5]))
        XCTAssertEqual(monitor.bestParameters, [3])
    }

    func testTrainerRestoresTheBestWeights() {
        let all = DataGenerator.polynomial(count: 30, coefficients: [0, 1, -2], noise: 0.3, seed: 2)
        let (train, validation) = all.split(validationFraction: 0.5, seed: 1)
        let expanded: (Dataset) -> Dataset = { d in
            Dataset(features: Matrix((0..<d.count).map { r in (1...9).map { pow(d.features[r, 0], Double($0)) } }), targets: d.targets)
        }
        let objective = TrainingObjective(model: LinearModel(inputs: 9), loss: MSELoss(), regularization: Regularization(), data: expanded(train))
        let settings = TrainingSettings(epochs: 3000, learningRate: 0.3, tolerance: 0, earlyStopping: EarlyStopping(patience: 20))
        let result = Trainer(objective: objective, validation: expanded(validation!), settings: settings).train(optimizer: Momentum())
        guard case let .earlyStopped(epoch, best) = result.status else { return XCTFail("expected early stop, got \(result.status)") }
        XCTAssertEqual(epoch - best, 20)
        let losses = result.history.validationLoss ?? []
        XCTAssertEqual(losses[best], losses.dropFirst().min())
        XCTAssertEqual(objective.dataLoss(result.parameters, on: expanded(validation!)), losses[best], accuracy: 1e-12)
    }
}

import Foundation
