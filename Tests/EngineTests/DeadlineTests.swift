import Engine
import XCTest

/// The cooperative time limit: a passed deadline stops every loop before its next epoch or iteration.
final class DeadlineTests: XCTestCase {
    private let past = Deadline(uptimeNanoseconds: 0)

    private func objective() -> TrainingObjective {
        let data = DataGenerator.linear(count: 40, weights: [2], bias: 1, noise: 0.1, seed: 3)
        return TrainingObjective(model: LinearModel(inputs: 1), loss: MSELoss(), regularization: Regularization(), data: data)
    }

    func testTrainerStopsAtOnceWhenTheDeadlineHasPassed() {
        let settings = TrainingSettings(epochs: 100_000, learningRate: 0.01, tolerance: 0, batchSize: 1, deadline: past)
        let result = Trainer(objective: objective(), validation: nil, settings: settings).train(optimizer: GradientDescent())
        XCTAssertEqual(result.status, .timedOut(epoch: 0))
        XCTAssertLessThanOrEqual(result.history.epoch.count, 2, "at most one epoch after the deadline")
        XCTAssertEqual(result.history.epoch.first, 0)
    }

    func testFullBatchTrainerStopsAtOnceWhenTheDeadlineHasPassed() throws {
        let settings = TrainingSettings(epochs: 1000, learningRate: 1, tolerance: 0, deadline: past)
        let result = try Trainer(objective: objective(), validation: nil, settings: settings).train(method: try LBFGS())
        XCTAssertEqual(result.status, .timedOut(epoch: 0))
        XCTAssertEqual(result.history.epoch, [0])
    }

    func testMinimizerStopsAtOnceWhenTheDeadlineHasPassed() throws {
        let minimizer = try ObjectiveMinimizer(steps: 1000, tolerance: 0, deadline: past)
        let result = minimizer.minimize(Rosenbrock(), from: [-1.5, 2], method: NewtonMethod())
        XCTAssertEqual(result.status, .timedOut(epoch: 0))
        XCTAssertEqual(result.point, [-1.5, 2])
    }

    func testAFutureDeadlineChangesNothing() throws {
        let far = try XCTUnwrap(Deadline.after(seconds: 3600))
        let settings = TrainingSettings(epochs: 50, learningRate: 0.1, tolerance: 0)
        var limited = settings
        limited.deadline = far
        let free = Trainer(objective: objective(), validation: nil, settings: settings).train(optimizer: GradientDescent())
        let bounded = Trainer(objective: objective(), validation: nil, settings: limited).train(optimizer: GradientDescent())
        XCTAssertEqual(free, bounded)
        XCTAssertEqual(bounded.status, .maxEpochs(epoch: 50))
    }

    func testHugeOrInfiniteLimitsMeanNoDeadline() {
        XCTAssertNil(Deadline.after(seconds: .infinity))
        XCTAssertNil(Deadline.after(seconds: 1e300))
        XCTAssertNotNil(Deadline.after(seconds: 0))
        XCTAssertTrue(Deadline.after(seconds: 0)?.hasPassed ?? false)
    }
}
