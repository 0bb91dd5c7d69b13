import Engine
import TestSupport
import XCTest

/// The distance ‖θ − θ*‖ and the gap J − J* the driver records when the optimum is known, against PyTorch SGD
/// and scikit-learn's Ridge optimum (features.json "optimum").
final class OptimumHistoryTests: XCTestCase {
    private var fixture: [String: Any] { Reference.object("linear", "R") }

    private func objective() -> TrainingObjective {
        TrainingObjective(model: LinearModel(inputs: 3), loss: MSELoss(),
                          regularization: Regularization(l2: number(Reference.features["optimum"].flatMap { ($0 as? [String: Any])?["l2"] })),
                          data: Reference.dataset(fixture))
    }

    private func run(optimum: KnownOptimum?) -> TrainingResult {
        var settings = TrainingSettings(epochs: 25, learningRate: 0.05, tolerance: 0)
        settings.optimum = optimum
        return Trainer(objective: objective(), validation: nil, settings: settings).train(optimizer: GradientDescent())
    }

    func testDistanceAndGapMatchTorchAgainstRidge() throws {
        let reference = Reference.features["optimum"] as? [String: Any] ?? [:]
        let objective = objective()
        let point = try XCTUnwrap(ClosedForm.solve(objective.data, l2: objective.regularization.l2))
        assertAgreement("ridge.optimum", point, doubles(reference["optimum"]), tolerance: 1e-10)
        let result = run(optimum: KnownOptimum(point: point, value: objective.value(point)))
        assertAgreement("torch.sgd.distance", try XCTUnwrap(result.history.distance), doubles(reference["distance"]), tolerance: 1e-9)
        // The gap is a difference of nearby numbers: compared with an absolute floor of 1e-12.
        assertAgreement("torch.sgd.gap", try XCTUnwrap(result.history.gap), doubles(reference["gap"]), tolerance: 1e-8, floor: 1e-4)
    }

    func testWithoutAnOptimumNoColumnsAndTheSameTraining() throws {
        let objective = objective()
        let point = try XCTUnwrap(ClosedForm.solve(objective.data, l2: objective.regularization.l2))
        let plain = run(optimum: nil), tracked = run(optimum: KnownOptimum(point: point, value: objective.value(point)))
        XCTAssertNil(plain.history.distance)
        XCTAssertNil(plain.history.gap)
        XCTAssertEqual(plain.parameters, tracked.parameters)
        XCTAssertEqual(plain.history.trainLoss, tracked.history.trainLoss)
        XCTAssertEqual(tracked.history.distance?.count, tracked.history.count)
    }

    func testFormulaMinimizerRecordsDistanceToAGivenOptimum() throws {
        var minimizer = try ObjectiveMinimizer(steps: 3, tolerance: 0)
        minimizer.optimum = KnownOptimum(point: [1, 1], value: 0)
        let result = minimizer.minimize(Rosenbrock(), from: [-1.2, 1], method: try FirstOrderMethod(optimizer: GradientDescent(), learningRate: 1e-3))
        let distance = try XCTUnwrap(result.history.distance), gap = try XCTUnwrap(result.history.gap)
        XCTAssertEqual(distance[0], (2.2 * 2.2).squareRoot(), accuracy: 1e-15)
        XCTAssertEqual(gap[0], 24.2, accuracy: 1e-12)  // f(−1.2, 1) = 2.2² + 100·0.44² = 4.84 + 19.36
        XCTAssertEqual(gap, result.history.objective)
    }
}
