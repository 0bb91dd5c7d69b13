import Engine
import XCTest

/// The cooperative time limit: a passed deadline stops every loop before its next epoch or iteration, and inside the
/// long passes (row blocks, a network's rows, data generation, the least-squares solve, line-search evaluations),
/// read from an injected clock that advances per reading.
final class DeadlineTests: XCTestCase {
    private let past = Deadline(instant: 0)

    private func objective(rows: Int = 40) -> TrainingObjective {
        let data = DataGenerator.linear(count: rows, weights: [2], bias: 1, noise: 0.1, seed: 3)
        return TrainingObjective(model: LinearModel(inputs: 1), loss: MSELoss(), regularization: Regularization(), data: data)
    }

    /// A network whose pass checks every 127 rows (2,049 parameters), on 1,000 rows: one row block.
    private func network() -> TrainingObjective {
        let data = DataGenerator.linear(count: 1000, weights: [1, -1], bias: 0.5, noise: 0.1, seed: 4)
        let model = MLPModel(inputs: 2, hidden: [512], outputs: 1)
        XCTAssertEqual(model.rowsPerCheck, 127)
        return TrainingObjective(model: model, loss: MSELoss(), regularization: Regularization(), data: data)
    }

    private func singleThreaded(_ body: () throws -> Void) rethrows {
        let saved = RowBlocks.threadCount
        RowBlocks.threadCount = 1
        defer { RowBlocks.threadCount = saved }
        try body()
    }

    func testTrainerStopsAtOnceWhenTheDeadlineHasPassed() {
        let settings = TrainingSettings(epochs: 100_000, learningRate: 0.01, tolerance: 0, batchSize: 1, deadline: past)
        let result = Trainer(objective: objective(), validation: nil, settings: settings).train(optimizer: GradientDescent())
        XCTAssertEqual(result.status, .timedOut(epoch: 0))
        XCTAssertEqual(result.history.epoch, [0], "the first entry's pass is one small block: no check inside it")
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

    /// The first evaluation of a large data set checks before each row block, so a passed deadline records nothing.
    func testAPassOverManyRowsStopsBeforeItsFirstBlock() {
        let settings = TrainingSettings(epochs: 10, learningRate: 0.01, tolerance: 0, deadline: past)
        let result = Trainer(objective: objective(rows: 5000), validation: nil, settings: settings).train(optimizer: GradientDescent())
        XCTAssertEqual(result.status, .timedOut(epoch: 0))
        XCTAssertEqual(result.history.epoch, [], "stopped inside entry 0's pass")
    }

    /// A network's pass checks every `rowsPerCheck` rows: the deadline at the third check stops epoch 0's evaluation
    /// at row 381 of 1,000, with no further reading.
    func testANetworkPassStopsWithinAFewRows() {
        singleThreaded {
            let clock = StepClock()
            let settings = TrainingSettings(epochs: 5, learningRate: 0.01, tolerance: 0, deadline: clock.deadline(atReading: 3))
            let result = Trainer(objective: network(), validation: nil, settings: settings).train(optimizer: Adam())
            XCTAssertEqual(result.status, .timedOut(epoch: 0))
            XCTAssertEqual(result.history.epoch, [])
            XCTAssertEqual(clock.readings, 4, "the deadline's own reading, then checks at rows 127, 254 and 381")
        }
    }

    /// Stopped in the middle of epoch 2's evaluation: the history keeps epochs 0 and 1, the status says 1 was the last
    /// completed, and the parameters are those of epoch 1.
    func testAMidEpochStopKeepsTheHistorySoFar() throws {
        try singleThreaded {
            let clock = StepClock()
            // An entry's pass checks 7 times (rows 127…889); the driver reads once before each epoch's step (full
            // batch: the step reuses the entry's gradient). So: entry 0, epoch 1, epoch 2's step and 3 checks.
            let settings = TrainingSettings(epochs: 5, learningRate: 0.01, tolerance: 0, deadline: clock.deadline(atReading: 7 + 8 + 1 + 3))
            let result = Trainer(objective: network(), validation: nil, settings: settings).train(optimizer: GradientDescent())
            XCTAssertEqual(result.status, .timedOut(epoch: 1))
            XCTAssertEqual(result.history.epoch, [0, 1])
            var free = settings
            free.deadline = nil
            free.epochs = 1
            let reference = Trainer(objective: network(), validation: nil, settings: free).train(optimizer: GradientDescent())
            XCTAssertEqual(result.parameters, reference.parameters)
            XCTAssertEqual(result.history.trainLoss, reference.history.trainLoss)
        }
    }

    /// A deadline that never passes changes no bit, for a network pass over several row blocks and a line search.
    func testAFutureDeadlineChangesNothing() throws {
        let far = try XCTUnwrap(Deadline.after(seconds: 3600))
        let data = DataGenerator.linear(count: 5000, weights: [1, -1], bias: 0.5, noise: 0.1, seed: 4)
        let network = TrainingObjective(model: MLPModel(inputs: 2, hidden: [8], outputs: 1), loss: MSELoss(),
                                        regularization: Regularization(), data: data)
        let settings = TrainingSettings(epochs: 6, learningRate: 0.05, tolerance: 0, batchSize: 700)
        var limited = settings
        limited.deadline = far
        for objective in [objective(rows: 5000), network] {
            let free = Trainer(objective: objective, validation: nil, settings: settings)
            let bounded = Trainer(objective: objective, validation: nil, settings: limited)
            XCTAssertEqual(free.train(optimizer: Adam()), bounded.train(optimizer: Adam()))
            XCTAssertEqual(try free.train(method: try LBFGS()), try bounded.train(method: try LBFGS()))
        }
        XCTAssertEqual(Trainer(objective: network, validation: nil, settings: limited).train(optimizer: Adam()).status,
                       .maxEpochs(epoch: 6))
    }

    /// Data generation checks every 1,024 rows.
    func testDataGenerationStops() {
        let clock = StepClock()
        XCTAssertThrowsError(try DataGenerator.linear(count: 200_000, weights: [1, 2, 3], bias: 0, noise: 1, seed: 1,
                                                      limit: clock.deadline(atReading: 2))) { error in
            XCTAssertTrue(error is DeadlineExceeded)
        }
        XCTAssertEqual(clock.readings, 3, "stopped at row 2,048 of 200,000")
        XCTAssertThrowsError(try DataGenerator.shapes(.spiral, count: 50_000, classes: 3, noise: 0.1, seed: 1, limit: past))
        XCTAssertEqual(try DataGenerator.polynomial(count: 3000, coefficients: [1, 2], noise: 0, seed: 1, limit: Deadline?.none).count, 3000)
    }

    /// The least-squares solve checks before each 32-row chunk.
    func testLeastSquaresStops() throws {
        try singleThreaded {
            let clock = StepClock()
            let data = DataGenerator.linear(count: 9000, weights: [Double](repeating: 0.5, count: 20), bias: 1, noise: 0.1, seed: 2)
            XCTAssertThrowsError(try ClosedForm.solve(data, l2: 0, limit: clock.deadline(atReading: 5)))
            XCTAssertEqual(clock.readings, 6, "the first block's check, then four chunks")
            XCTAssertEqual(try ClosedForm.solve(data, l2: 0, limit: Deadline.after(seconds: 3600)), ClosedForm.solve(data, l2: 0))
        }
    }

    /// A line search checks before every evaluation: the deadline stops Newton's first iteration (difference Hessian and
    /// backtracking) rather than after it.
    func testLineSearchEvaluationsStopInsideAnIteration() throws {
        let clock = StepClock()
        let minimizer = try ObjectiveMinimizer(steps: 100, tolerance: 0, deadline: clock.deadline(atReading: 4))
        let result = minimizer.minimize(Rosenbrock(withHessian: false), from: [-1.5, 2], method: NewtonMethod())
        XCTAssertEqual(result.status, .timedOut(epoch: 0))
        XCTAssertEqual(result.history.epoch, [0])
        XCTAssertEqual(clock.readings, 5, "the start's evaluation, the driver's check, two of the Hessian's gradients")
    }

    func testHugeOrInfiniteLimitsMeanNoDeadline() {
        XCTAssertNil(Deadline.after(seconds: .infinity))
        XCTAssertNil(Deadline.after(seconds: 1e300))
        XCTAssertNotNil(Deadline.after(seconds: 0))
        XCTAssertTrue(Deadline.after(seconds: 0)?.hasPassed ?? false)
    }
}
