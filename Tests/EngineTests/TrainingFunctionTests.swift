import Engine
import TestSupport
import XCTest

/// The exact Hessians of linear models against central differences of the analytic gradient.
final class TrainingFunctionTests: XCTestCase {
    private func check(_ loss: any Loss, outputs: Int, targets: [Double], l2: Double) throws {
        var generator = SeededGenerator(seed: 9)
        let features = Matrix(rows: targets.count, columns: 3, storage: (0..<(3 * targets.count)).map { _ in generator.normal() })
        let model = LinearModel(inputs: 3, outputs: outputs)
        let function = TrainingFunction(TrainingObjective(model: model, loss: loss, regularization: Regularization(l2: l2),
                                                          data: Dataset(features: features, targets: targets)))
        for _ in 0..<3 {
            let theta = (0..<model.parameterCount).map { _ in generator.uniform(-1, 1) }
            let exact = try XCTUnwrap(try function.hessian(theta))
            let numeric = finiteDifferenceHessian({ (try? function.gradient($0)) ?? [] }, at: theta)
            assertClose(exact.storage, numeric.flatMap { $0 }, relative: 1e-5, absolute: 1e-7, loss.name)
            let gradient = try function.gradient(theta)
            assertClose(gradient, finiteDifferenceGradient({ (try? function.value($0)) ?? .nan }, at: theta), relative: 1e-6, absolute: 1e-8)
        }
    }

    func testMSEHessianIsTwoOverNXtX() throws {
        try check(MSELoss(), outputs: 1, targets: [1, 2, -1, 0.5, 3, 2], l2: 0.3)
    }

    func testBCEHessian() throws {
        try check(BCELoss(), outputs: 1, targets: [1, 0, 0, 1, 1, 0], l2: 0.1)
    }

    func testSoftmaxHessian() throws {
        try check(CrossEntropyLoss(), outputs: 3, targets: [0, 1, 2, 2, 1, 0, 1], l2: 0.05)
    }

    func testNetworksHaveNoAnalyticHessian() throws {
        let model = MLPModel(inputs: 2, hidden: [3], outputs: 1)
        let function = TrainingFunction(TrainingObjective(model: model, loss: MSELoss(), regularization: Regularization(), data: Reference.dataD()))
        XCTAssertNil(try function.hessian([Double](repeating: 0.1, count: model.parameterCount)))
    }
}
