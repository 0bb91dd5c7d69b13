import Engine
import TestSupport
import XCTest

/// Warm-up schedules against torch's `SequentialLR([LinearLR(start_factor, total_iters=w), S], milestones=[w])`
/// (features.json "warmup": 14 epochs at lr 0.5).
final class WarmupScheduleTests: XCTestCase {
    func testWarmupThenEachScheduleMatchesTorch() {
        let fixture = Reference.features["warmup"] as? [String: Any] ?? [:]
        let cases: [(String, Schedule)] = [
            ("cosine", .warmup(epochs: 4, startFactor: 0.1, then: .cosine(period: 10, minimum: 0.01))),
            ("constant", .warmup(epochs: 4, startFactor: 0.1, then: .constant)),
            ("step", .warmup(epochs: 4, startFactor: 0.1, then: .step(every: 3, gamma: 0.5))),
            ("exponential", .warmup(epochs: 3, startFactor: 1.0 / 3, then: .exponential(gamma: 0.9))),
        ]
        XCTAssertEqual(fixture.count, cases.count)
        for (key, schedule) in cases {
            let expected = doubles((fixture[key] as? [String: Any])?["rates"])
            let rates = expected.indices.map { schedule.learningRate(epoch: $0, initial: 0.5) }
            assertAgreement("torch.warmup.\(key)", rates, expected, tolerance: 1e-12)
        }
    }

    func testTrainingRecordsTheWarmupRates() {
        let objective = TrainingObjective(model: LinearModel(inputs: 2), loss: MSELoss(), regularization: Regularization(),
                                          data: Reference.dataD())
        let settings = TrainingSettings(epochs: 4, learningRate: 0.2, tolerance: 0,
                                        schedule: .warmup(epochs: 2, startFactor: 0.5, then: .cosine(period: 2, minimum: 0)))
        let history = Trainer(objective: objective, validation: nil, settings: settings).train(optimizer: GradientDescent()).history
        XCTAssertEqual(history.learningRate[0], 0.1)
        XCTAssertEqual(history.learningRate[1], 0.15, accuracy: 1e-16)
        XCTAssertEqual(history.learningRate[2], 0.2)
        XCTAssertEqual(history.learningRate[3], 0.1, accuracy: 1e-16)  // cos(π/2): halfway down
    }
}
