import Engine
import XCTest

/// Each optimizer's, loss's and model's `Settings`: torch defaults, and out-of-range values rejected.
final class SettingsValidationTests: XCTestCase {
    private let defaults: [any OptimizerSettings] = [
        GradientDescent.Settings.gd, GradientDescent.Settings.sgd, Momentum.Settings.heavyBall, Momentum.Settings.nesterov,
        Adagrad.Settings(), RMSprop.Settings(), Adam.Settings(), AdamW.Settings(), NewtonMethod.Settings(),
        ConjugateGradient.Settings(), LBFGS.Settings(), ClosedForm.Settings(),
    ]

    func testDefaultsAreValidAndPyTorchs() throws {
        for settings in defaults { XCTAssertNoThrow(try settings.validate(), settings.name) }
        XCTAssertEqual(Adam.Settings().learningRate, 1e-3)
        XCTAssertEqual(Adagrad.Settings().epsilon, 1e-10)
        XCTAssertEqual(RMSprop.Settings().alpha, 0.99)
        XCTAssertEqual(AdamW.Settings().weightDecay, 0.01)
        XCTAssertEqual(GradientDescent.Settings.sgd.batchSize, 1)
        XCTAssertNil(GradientDescent.Settings.gd.batchSize)
        XCTAssertEqual(LBFGS.Settings().memory, 10)
        XCTAssertEqual(defaults.map(\.learningRate), [0.1, 0.1, 0.1, 0.1, 0.01, 0.01, 0.001, 0.001, nil, nil, nil, nil])
    }

    func testOutOfRangeSettingsAreRejected() {
        var adam = Adam.Settings()
        adam.learningRate = -1
        XCTAssertThrowsError(try adam.validate()) { XCTAssertEqual("\($0)", "invalid lr: number(-1.0)") }
        var momentum = Momentum.Settings.heavyBall
        momentum.momentum = 1
        XCTAssertThrowsError(try momentum.validate())
        var lbfgs = LBFGS.Settings()
        lbfgs.memory = 0
        XCTAssertThrowsError(try lbfgs.validate())
        var adamw = AdamW.Settings()
        adamw.weightDecay = -0.1
        XCTAssertThrowsError(try adamw.validate())
        var sgd = GradientDescent.Settings.sgd
        sgd.batchSize = 0
        XCTAssertThrowsError(try sgd.validate())
        var network = MLPModel.Settings()
        network.dropout = 1
        XCTAssertThrowsError(try network.validate())
        network = MLPModel.Settings()
        network.hidden = []
        XCTAssertThrowsError(try network.validate())
    }

    func testSetChecksKindAndRangeAndKnowsOnlyItsKeys() throws {
        var rmsprop = RMSprop.Settings()
        try rmsprop.set("alpha", to: .number(0.9))
        XCTAssertEqual(rmsprop.alpha, 0.9)
        try rmsprop.set("centered", to: .flag(true))
        XCTAssertTrue(rmsprop.centered)
        XCTAssertThrowsError(try rmsprop.set("alpha", to: .number(1)))
        XCTAssertThrowsError(try rmsprop.set("centered", to: .number(1)))
        XCTAssertThrowsError(try rmsprop.set("beta1", to: .number(0.9)), "rmsprop has no beta1")
        var huber = HuberLoss.Settings()
        XCTAssertThrowsError(try HuberLoss.Settings.fields[0].set(&huber, to: .number(0)))
    }

    func testTheResolvedValuesFollowTheFieldOrder() {
        XCTAssertEqual(AdamW.Settings().keys, ["name", "lr", "batch_size", "beta1", "beta2", "eps", "amsgrad", "weight_decay"])
        XCTAssertEqual(GradientDescent.Settings.gd.values.map(\.value), [.number(0.1), .text("all")])
        XCTAssertEqual(NewtonMethod.Settings().keys, ["name"])
    }

    func testSettingsMakeTheirMethods() throws {
        guard case let .firstOrder(rule, rate, batch) = try Momentum.Settings.nesterov.makeMethod(penalized: []) else {
            return XCTFail("momentum is first order")
        }
        XCTAssertEqual((rule as? Momentum)?.nesterov, true)
        XCTAssertEqual(rate, 0.1)
        XCTAssertNil(batch)
        guard case let .lineSearch(method) = try LBFGS.Settings().makeMethod(penalized: []) else { return XCTFail("lbfgs") }
        XCTAssertEqual((method as? LBFGS)?.memory, 10)
        guard case .exact = try ClosedForm.Settings().makeMethod(penalized: []) else { return XCTFail("closed form") }
    }

    func testNewtonStatesItsOwnSizeLimit() {
        XCTAssertNil(NewtonMethod.Settings().refusal(parameterCount: 2000))
        XCTAssertEqual(NewtonMethod.Settings().refusal(parameterCount: 2001)?.hint,
                       "use lbfgs: it builds curvature from the last 10 gradients and costs O(d) per step")
        XCTAssertNil(LBFGS.Settings().refusal(parameterCount: 1_000_000))
    }

    func testLossAndModelChoicesMakeTheirEngineObjects() {
        XCTAssertEqual((LossChoice.huber(HuberLoss.Settings()).make() as? HuberLoss)?.delta, 1)
        XCTAssertEqual(LossChoice.all.map(\.name), ["mse", "mae", "huber", "bce", "cross_entropy", "hinge"])
        XCTAssertEqual(ModelChoice.all.map(\.name), ["linear", "logistic", "softmax", "mlp"])
        XCTAssertEqual(ModelChoice.logistic(LinearModel.Settings()).make(inputs: 2, outputs: 3).parameterCount, 3)
        XCTAssertEqual(ModelChoice.softmax.defaultLoss(classification: false), .crossEntropy)
        XCTAssertEqual(ModelChoice.linear(LinearModel.Settings()).defaultLoss(classification: false), .mse)
    }
}
