import Engine
import TestSupport
import XCTest

/// nbrun's regularized optima against scikit-learn with the documented conversions (docs/conversions.md).
final class RegularizedOptimaTests: XCTestCase {
    private func optimum(_ data: Dataset, loss: any Loss = MSELoss(), l1: Double, l2: Double, outputs: Int = 1) throws -> [Double] {
        let model = LinearModel(inputs: data.featureCount, outputs: outputs)
        let objective = TrainingObjective(model: model, loss: loss, regularization: Regularization(l1: l1, l2: l2), data: data)
        if l1 == 0 {
            let trainer = Trainer(objective: objective, validation: nil, settings: TrainingSettings(epochs: 200, learningRate: 1, tolerance: 1e-12))
            return try trainer.train(method: NewtonMethod()).parameters
        }
        // ISTA: gradient step on the smooth part, then the L1 proximal step; lr below 1/L of the smooth part
        let trainer = Trainer(objective: objective, validation: nil, settings: TrainingSettings(epochs: 100_000, learningRate: 0.02, tolerance: 1e-13))
        return trainer.train(optimizer: GradientDescent()).parameters
    }

    private func expected(_ entry: [String: Any]) -> [Double] {
        doubles(entry["coef"]) + [number(entry["intercept"])]
    }

    func testRidgeLassoElasticNetMatchScikitLearn() throws {
        for tag in ["D", "R"] {
            let fixture = Reference.object("linear", tag)
            let data = Reference.dataset(fixture)
            for key in ["ridge", "lasso", "elastic_net"] {
                let entry = fixture[key] as? [String: Any] ?? [:]
                let theta = try optimum(data, l1: number(entry["l1"]), l2: number(entry["l2"]))
                assertAgreement("sklearn.\(key).\(tag)", theta, expected(entry), tolerance: 1e-7, floor: 1e-3)
            }
            let ridge = fixture["ridge"] as? [String: Any] ?? [:]
            let exact = ClosedForm.solve(data, l2: number(ridge["l2"])) ?? []
            assertAgreement("sklearn.ridge_closed_form.\(tag)", exact, expected(ridge), tolerance: 1e-10)
        }
    }

    func testCheckValuesOfTheEngineReference() throws {
        let d = Reference.dataD()
        assertClose(ClosedForm.solve(d, l2: 1.0 / 5) ?? [], [1.121845082681, 1.164490861619, 0.3672758920800696], relative: 1e-11)
        assertClose(try optimum(d, l1: 0.2, l2: 0), [1.259927797834, 1.361010830325, 0.09747292418808984], relative: 1e-8)
        assertClose(try optimum(d, l1: 0.1, l2: 0.05), [1.244830438379, 1.33746898263, 0.12820512820522634], relative: 1e-8)
        let classes = Reference.dataD(classes: true)
        // the sheet's intercept is quoted to ~1e-8 relative; a tight sklearn fit (reference.json) agrees with ours to 1e-14
        assertClose(try optimum(classes, loss: BCELoss(), l1: 0, l2: 1 / (2 * 0.5 * 5)), [0.05171401227, 0.68047648694, -0.015417935994],
                    relative: 1e-7)
    }

    func testL1MakesWeightsExactlyZero() throws {
        let theta = try optimum(Reference.dataD(), l1: 20, l2: 0)
        XCTAssertEqual(theta[0], 0)
        XCTAssertEqual(theta[1], 0)
        assertClose(theta[2], 2.3, relative: 1e-9)  // only the (unpenalized) bias is left: the mean of y
    }

    func testLogisticRegressionMatchesScikitLearn() throws {
        let entry = Reference.object("logistic", "binary")
        let theta = try optimum(Reference.dataset(entry), loss: BCELoss(), l1: 0, l2: number(entry["l2"]))
        assertAgreement("sklearn.logistic_regression", theta, expected(entry), tolerance: 1e-8)
    }

    func testSoftmaxRegressionMatchesScikitLearnsMultinomialFit() throws {
        let entry = Reference.object("logistic", "softmax")
        let data = Reference.dataset(entry)
        let objective = TrainingObjective(model: LinearModel(inputs: 2, outputs: 3), loss: CrossEntropyLoss(),
                                          regularization: Regularization(l2: number(entry["l2"])), data: data)
        for method in [NewtonMethod() as any SearchMethod, try LBFGS()] {
            let trainer = Trainer(objective: objective, validation: nil, settings: TrainingSettings(epochs: 500, learningRate: 1, tolerance: 1e-11))
            let theta = try trainer.train(method: method).parameters
            // the weights are unique; the intercepts only up to a common shift, so compare them centred
            let bias = Array(theta[6...]), mean = bias.reduce(0, +) / 3
            let reference = doubles(entry["intercept"]), referenceMean = reference.reduce(0, +) / 3
            assertAgreement("sklearn.softmax.\(type(of: method))", Array(theta[..<6]) + bias.map { $0 - mean },
                            matrix(entry["coef"]).flatMap { $0 } + reference.map { $0 - referenceMean }, tolerance: 1e-7, floor: 1e-2)
        }
    }
}
