import Engine
import TestSupport
import XCTest

/// Gradient clipping against `torch.nn.utils.clip_grad_norm_` / `clip_grad_value_` before each torch.optim step
/// (features.json "clipping": 30 full-batch steps on data D from zero).
final class GradientClippingTests: XCTestCase {
    private func optimizer(_ name: String) -> any Optimizer {
        switch name {
        case "momentum_norm": return Momentum(momentum: 0.9)
        case "adam_norm": return Adam()
        case "rmsprop_value": return RMSprop()
        default: return GradientDescent()
        }
    }

    private let rates = ["gd_norm": 0.05, "gd_value": 0.05, "momentum_norm": 0.02, "adam_norm": 0.1, "rmsprop_value": 0.01]

    func testThirtyClippedStepsMatchTorch() {
        let entries = Reference.features["clipping"] as? [[String: Any]] ?? []
        XCTAssertEqual(entries.count, 5)
        for entry in entries {
            let name = entry["name"] as? String ?? "?", clip = entry["clip"] as? [String: Any] ?? [:]
            let clipping: GradientClipping = clip["max_norm"] != nil ? .norm(maximum: number(clip["max_norm"])) : .value(number(clip["value"]))
            let objective = TrainingObjective(model: LinearModel(inputs: 2), loss: MSELoss(), regularization: Regularization(),
                                              data: Reference.dataD())
            var settings = TrainingSettings(epochs: 30, learningRate: rates[name] ?? .nan, tolerance: 0)
            settings.clipping = clipping
            let result = Trainer(objective: objective, validation: nil, settings: settings).train(optimizer: optimizer(name))
            assertAgreement("torch.clip.\(name)", result.parameters, doubles(entry["parameters"]), tolerance: 1e-9)
        }
    }

    func testNormClippingUsesTorchsEpsilonAndLeavesSmallGradientsAlone() {
        var gradient = [3.0, 4.0]
        GradientClipping.norm(maximum: 1).apply(&gradient)
        XCTAssertEqual(gradient, [3 / (5 + 1e-6), 4 / (5 + 1e-6)])
        var small = [0.3, -0.4]
        GradientClipping.norm(maximum: 1).apply(&small)
        XCTAssertEqual(small, [0.3, -0.4])
        var exact = [0.6, 0.8]
        GradientClipping.norm(maximum: 1).apply(&exact)
        XCTAssertLessThan(exact[0], 0.6, "norm exactly max_norm still shrinks by 1/(1 + 1e-6), as torch")
        var values = [2.0, -0.1, -7]
        GradientClipping.value(0.5).apply(&values)
        XCTAssertEqual(values, [0.5, -0.1, -0.5])
    }

    func testClippingAFormulaStepLimitsItsLength() throws {
        var method = try FirstOrderMethod(optimizer: GradientDescent(), learningRate: 1)
        method.clipping = .norm(maximum: 0.1)
        let result = try ObjectiveMinimizer(steps: 1, tolerance: 0).minimize(Rosenbrock(), from: [-1.2, 1], method: method)
        let step = zip(result.point, [-1.2, 1.0]).map { $0 - $1 }
        XCTAssertEqual(euclideanNorm(step), 0.1, accuracy: 1e-6)
    }
}
