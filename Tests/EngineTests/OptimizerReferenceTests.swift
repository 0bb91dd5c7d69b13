import Engine
import TestSupport
import XCTest

/// Every first-order optimizer against torch.optim: parameters after 1 and 30 full-batch steps on data D.
final class OptimizerReferenceTests: XCTestCase {
    private func optimizer(_ name: String, _ settings: [String: Any], penalized: [Bool]) -> any Optimizer {
        let momentum = number(settings["momentum"])
        switch name {
        case "momentum": return Momentum(momentum: momentum)
        case "nesterov": return Momentum(momentum: momentum, nesterov: true)
        case "adagrad": return Adagrad()
        case "adagrad_decay": return Adagrad(learningRateDecay: number(settings["lr_decay"]))
        case "rmsprop": return RMSprop()
        case "rmsprop_centered": return RMSprop(centered: true)
        case "rmsprop_momentum": return RMSprop(momentum: momentum)
        case "adam", "adam_bce": return Adam()
        case "amsgrad": return Adam(amsgrad: true)
        case "adamw": return Adam(decoupledWeightDecay: number(settings["weight_decay"]), penalized: penalized)
        default: return GradientDescent()
        }
    }

    private func train(_ entry: [String: Any], steps: Int) -> [Double] {
        let name = entry["name"] as? String ?? ""
        let settings = entry["settings"] as? [String: Any] ?? [:]
        let isBCE = entry["loss"] as? String == "bce"
        let model = LinearModel(inputs: 2)
        let objective = TrainingObjective(model: model, loss: isBCE ? BCELoss() : MSELoss(),
                                          regularization: Regularization(l2: number(entry["l2"])), data: Reference.dataD(classes: isBCE))
        let trainer = Trainer(objective: objective, validation: nil,
                              settings: TrainingSettings(epochs: steps, learningRate: number(settings["lr"]), tolerance: 0))
        return trainer.train(optimizer: optimizer(name, settings, penalized: model.penalized)).parameters
    }

    func testThirtyStepsMatchTorch() {
        let entries = Reference.root["optimizers"] as? [[String: Any]] ?? []
        XCTAssertEqual(entries.count, 14)
        for entry in entries {
            let name = entry["name"] as? String ?? "?"
            assertAgreement("torch.\(name).step1", train(entry, steps: 1), doubles(entry["after_one"]), tolerance: 1e-9)
            assertAgreement("torch.\(name).step30", train(entry, steps: 30), doubles(entry["parameters"]), tolerance: 1e-9)
        }
    }

    func testSchedulesMatchTorch() {
        let fixture = Reference.object("schedules")
        let cases: [(String, Schedule)] = [
            ("step", .step(every: 3, gamma: 0.5)), ("exponential", .exponential(gamma: 0.9)), ("cosine", .cosine(period: 8, minimum: 0.01)),
        ]
        for (key, schedule) in cases {
            let expected = doubles((fixture[key] as? [String: Any])?["rates"])
            let rates = expected.indices.map { schedule.learningRate(epoch: $0, initial: 0.5) }
            assertAgreement("torch.schedule.\(key)", rates, expected, tolerance: 1e-12)
        }
    }
}
