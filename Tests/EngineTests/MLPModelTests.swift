import Engine
import TestSupport
import XCTest

final class MLPModelTests: XCTestCase {
    private func loss(_ name: String) -> any Loss {
        switch name {
        case "cross_entropy": return CrossEntropyLoss()
        case "bce": return BCELoss()
        default: return MSELoss()
        }
    }

    func testBackpropagationMatchesTorchAutograd() {
        let entries = Reference.root["mlp"] as? [[String: Any]] ?? []
        XCTAssertEqual(entries.count, 3)
        for entry in entries {
            let widths = (entry["widths"] as? [Int]) ?? []
            let activation = Activation(rawValue: entry["activation"] as? String ?? "") ?? .relu
            let model = MLPModel(inputs: widths[0], hidden: Array(widths.dropFirst().dropLast()), outputs: widths.last ?? 1, activation: activation)
            let data = Dataset(features: Reference.dataD().features, targets: doubles(entry["targets"]))
            let objective = TrainingObjective(model: model, loss: loss(entry["loss"] as? String ?? ""), regularization: Regularization(), data: data)
            var generator = SeededGenerator(seed: 0)
            let (value, gradient) = objective.smoothGradient(doubles(entry["parameters"]), rows: .all(5), training: false, generator: &generator)
            assertAgreement("torch.mlp.\(activation.rawValue).value", [value], [number(entry["value"])], tolerance: 1e-12)
            assertAgreement("torch.mlp.\(activation.rawValue).gradient", gradient, doubles(entry["gradient"]), tolerance: 1e-10, floor: 1e-8)
        }
    }

    func testInitializationIsUniformInPlusMinusOneOverRootFanIn() {
        let model = MLPModel(inputs: 4, hidden: [9], outputs: 2)
        var generator = SeededGenerator(seed: 1)
        let theta = model.initialParameters(generator: &generator)
        XCTAssertEqual(theta.count, 9 * 5 + 2 * 10)
        XCTAssertTrue(theta[..<45].allSatisfy { abs($0) <= 0.5 })
        XCTAssertTrue(theta[45...].allSatisfy { abs($0) <= 1 / 3 })
        XCTAssertGreaterThan(theta[45...].map(abs).max() ?? 0, 0.25)
        var again = SeededGenerator(seed: 1)
        XCTAssertEqual(model.initialParameters(generator: &again), theta)
        XCTAssertEqual(model.penalized.filter { $0 }.count, 9 * 4 + 2 * 9)
        XCTAssertEqual(model.layerSummary, ["layer 1: 4 → 9, relu, 45 parameters", "layer 2: 9 → 2, linear output, 20 parameters"])
    }

    func testDropoutIsInvertedAndOffAtEvaluation() {
        let model = MLPModel(inputs: 2, hidden: [200], outputs: 1, activation: .relu, dropout: 0.5)
        let plain = MLPModel(inputs: 2, hidden: [200], outputs: 1, activation: .relu)
        var generator = SeededGenerator(seed: 4)
        let theta = model.initialParameters(generator: &generator)
        let data = Reference.dataD()
        XCTAssertEqual(model.outputs(data.features, parameters: theta), plain.outputs(data.features, parameters: theta))
        let objective = TrainingObjective(model: model, loss: MSELoss(), regularization: Regularization(), data: data)
        let evaluation = objective.smoothGradient(theta, rows: RowSelection([0]), training: false, generator: &generator).loss
        var a = SeededGenerator(seed: 1), b = SeededGenerator(seed: 2)
        let first = objective.smoothGradient(theta, rows: RowSelection([0]), training: true, generator: &a).loss
        let second = objective.smoothGradient(theta, rows: RowSelection([0]), training: true, generator: &b).loss
        XCTAssertNotEqual(first, second, "dropout masks must differ between draws")
        XCTAssertNotEqual(first, evaluation)
        // the mean over many masks of the scaled hidden layer equals the evaluation output (inverted dropout)
        var mean = 0.0
        var generatorC = SeededGenerator(seed: 7)
        let exact = model.outputs(Matrix([[1, 2]]), parameters: theta)[0, 0]
        let probe = TrainingObjective(model: model, loss: MSELoss(), regularization: Regularization(),
                                      data: Dataset(features: Matrix([[1, 2]]), targets: [exact]))
        for _ in 0..<4000 {
            let g = probe.smoothGradient(theta, rows: .all(1), training: true, generator: &generatorC).gradient
            mean += g[theta.count - 1] / 2  // bias gradient 2(ŷ − y) gives ŷ − exact
        }
        assertClose(mean / 4000, 0, absolute: 0.02)
    }

    func testAnMLPLearnsXOR() throws {
        let data = Dataset(features: Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]), targets: [0, 1, 1, 0])
        let model = MLPModel(inputs: 2, hidden: [8], outputs: 2, activation: .tanh)
        let objective = TrainingObjective(model: model, loss: CrossEntropyLoss(), regularization: Regularization(), data: data)
        let trainer = Trainer(objective: objective, validation: nil, settings: TrainingSettings(epochs: 300, learningRate: 1, tolerance: 1e-6, seed: 3))
        let result = try trainer.train(method: LBFGS())
        let predicted = Prediction.predict(outputs: model.outputs(data.features, parameters: result.parameters), classification: true)
        XCTAssertEqual(predicted, [0, 1, 1, 0])
    }
}
