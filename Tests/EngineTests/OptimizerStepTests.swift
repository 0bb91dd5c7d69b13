import Engine
import TestSupport
import XCTest

/// One step of each first-order rule against a hand-computed update, and convergence on a quadratic.
final class OptimizerStepTests: XCTestCase {
    private let g = [0.5, -2.0]

    private func step(_ optimizer: any Optimizer, times: Int = 1, rate: Double) -> [Double] {
        var o = optimizer, x = [1.0, 1.0]
        for _ in 0..<times { o.step(&x, gradient: g, learningRate: rate) }
        return x
    }

    func testFirstStepsByHand() {
        assertClose(step(GradientDescent(), rate: 0.1), [0.95, 1.2])
        // momentum: b = g, then b = 0.9 g + g = 1.9 g; two steps move by lr (1 + 1.9) g
        assertClose(step(Momentum(momentum: 0.9), times: 2, rate: 0.1), [1 - 0.1 * 2.9 * 0.5, 1 + 0.1 * 2.9 * 2])
        // nesterov first step: direction g + 0.9 g
        assertClose(step(Momentum(momentum: 0.9, nesterov: true), rate: 0.1), [1 - 0.1 * 1.9 * 0.5, 1 + 0.1 * 1.9 * 2])
        // adagrad: s = g², step lr·g/(|g| + eps) = lr·sign(g)
        assertClose(step(Adagrad(), rate: 0.1), [0.9, 1.1], relative: 1e-9)
        // rmsprop: v = 0.01 g², step lr·g/(0.1|g| + eps)
        assertClose(step(RMSprop(), rate: 0.01), [1 - 0.01 * 0.5 / (0.05 + 1e-8), 1 + 0.01 * 2 / (0.2 + 1e-8)])
        // adam: the first step is lr·g/(|g| + eps) ≈ lr·sign(g)
        assertClose(step(Adam(), rate: 0.001), [1 - 0.001 * 0.5 / (0.5 + 1e-8), 1 + 0.001 * 2 / (2 + 1e-8)])
        // adamw decays the penalized first entry before the step
        let decayed = step(Adam(decoupledWeightDecay: 0.1, penalized: [true, false]), rate: 0.001)
        assertClose(decayed, [1 * (1 - 0.0001) - 0.001 * 0.5 / (0.5 + 1e-8), 1 + 0.001 * 2 / (2 + 1e-8)])
    }

    func testEveryFirstOrderRuleConvergesOnAQuadratic() throws {
        // f(x) = (x₁ − 3)² + 10(x₂ + 1)², minimum at (3, −1)
        let f = Quadratic(a: Matrix([[2, 0], [0, 20]]), b: [-6, 20], c: 19)
        let cases: [(String, any Optimizer, Double)] = [
            ("gd", GradientDescent(), 0.04), ("momentum", Momentum(momentum: 0.9), 0.01), ("nesterov", Momentum(momentum: 0.9, nesterov: true), 0.01),
            ("adagrad", Adagrad(), 0.5), ("rmsprop", RMSprop(), 0.01), ("adam", Adam(), 0.02),
        ]
        for (name, optimizer, rate) in cases {
            let method = try FirstOrderMethod(optimizer: optimizer, learningRate: rate,
                                              schedule: name == "rmsprop" || name == "adam" ? .exponential(gamma: 0.999) : .constant)
            let result = try ObjectiveMinimizer(steps: 20000, tolerance: 1e-6).minimize(f, from: [0, 0], method: method)
            assertClose(result.point, [3, -1], relative: 1e-4, absolute: 1e-4, name)
            XCTAssertEqual(result.history.iterates.first, [0, 0], name)
        }
    }

    func testInvalidSettingsAreRejected() {
        XCTAssertThrowsError(try FirstOrderMethod(optimizer: GradientDescent(), learningRate: 0))
        XCTAssertThrowsError(try FirstOrderMethod(optimizer: GradientDescent(), learningRate: .nan))
        XCTAssertThrowsError(try LBFGS(memory: 0)) { error in
            XCTAssertEqual(error as? EngineError, .invalidSetting("lbfgs memory must be at least 1, got 0"))
        }
        XCTAssertThrowsError(try ObjectiveMinimizer(steps: 0))
        XCTAssertThrowsError(try ObjectiveMinimizer(steps: 10, tolerance: -1))
    }

    func testDivergenceIsCaughtAtTheEpochItHappens() {
        let objective = TrainingObjective(model: LinearModel(inputs: 2), loss: MSELoss(), regularization: Regularization(),
                                          data: Reference.dataD())
        let result = Trainer(objective: objective, validation: nil, settings: TrainingSettings(epochs: 2000, learningRate: 5))
            .train(optimizer: GradientDescent())
        guard case let .diverged(epoch, cause) = result.status else { return XCTFail("expected divergence, got \(result.status)") }
        XCTAssertEqual(result.history.count, epoch)
        XCTAssertTrue(result.history.trainLoss.allSatisfy { $0.isFinite })
        XCTAssertTrue(result.parameters.allSatisfy { $0.isFinite })
        XCTAssertEqual(cause, .nonFinite)
    }
}
