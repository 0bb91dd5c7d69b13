import Engine
import TestSupport
import XCTest

/// Initialization schemes against torch.nn.init (features.json "init": fans, gains, and the spread of a 400 × 300
/// weight torch initialized), and the new activations' gradients against autograd (features.json "activations").
final class InitializationTests: XCTestCase {
    private func scheme(_ name: String, gain: Double) -> Initialization {
        switch name {
        case "xavier_uniform", "xavier_uniform_tanh": return .xavierUniform(gain: gain)
        case "xavier_normal": return .xavierNormal(gain: gain)
        case "kaiming_uniform", "kaiming_uniform_tanh": return .kaimingUniform(gain: gain)
        case "kaiming_normal": return .kaimingNormal(gain: gain)
        default: return .normal(std: 0.05)
        }
    }

    /// Our draws of the same shape: the uniform bound holds, and mean and std agree with torch's sample to 2%.
    func testSpreadAndMomentsAgreeWithTorch() {
        let schemes = (Reference.features["init"] as? [String: Any])?["schemes"] as? [[String: Any]] ?? []
        XCTAssertEqual(schemes.count, 7)
        for entry in schemes {
            let name = entry["name"] as? String ?? "?"
            let fanIn = Int(number(entry["fan_in"])), fanOut = Int(number(entry["fan_out"]))
            XCTAssertEqual([fanIn, fanOut], [300, 400], "torch's fans of a (400, 300) weight")
            let chosen = scheme(name, gain: number(entry["gain"]))
            let spread = chosen.spread(fanIn: fanIn, fanOut: fanOut)
            var generator = SeededGenerator(seed: 5)
            let weights = chosen.weights(count: fanIn * fanOut, fanIn: fanIn, fanOut: fanOut, generator: &generator)
            let mean = weights.reduce(0, +) / Double(weights.count)
            let std = (weights.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(weights.count)).squareRoot()
            let torchStd = number(entry["std"]), torchMax = number(entry["max_abs"])
            if chosen.isNormal {
                XCTAssertEqual(spread, torchStd, accuracy: 0.02 * torchStd, "\(name): std formula vs torch's sample")
            } else {
                XCTAssertLessThanOrEqual(torchMax, spread, "\(name): torch never exceeds the bound")
                XCTAssertEqual(torchMax, spread, accuracy: 1e-3 * spread, "\(name): 120000 draws come close to the bound")
                XCTAssertLessThanOrEqual(weights.map(abs).max() ?? .infinity, spread)
            }
            XCTAssertEqual(std, torchStd, accuracy: 0.02 * torchStd, "\(name): our sample's std vs torch's")
            XCTAssertEqual(mean, 0, accuracy: 0.02 * torchStd, name)
        }
    }

    func testDefaultGainsAreTorchs() {
        let gains = (Reference.features["init"] as? [String: Any])?["gains"] as? [String: Any] ?? [:]
        XCTAssertEqual(Initialization.named("kaiming_uniform")?.scale, number(gains["relu"]), "torch's kaiming default: leaky_relu, a = 0")
        XCTAssertEqual(Initialization.named("xavier_normal")?.scale, number(gains["linear"]))
        XCTAssertEqual(Initialization.named("normal"), .normal(std: 1))
    }

    func testSchemesDrawWeightsAndZeroBiases() {
        var network = MLPModel(inputs: 3, hidden: [4], outputs: 2)
        network.initialization = .kaimingUniform(gain: 2.0.squareRoot())
        var generator = SeededGenerator(seed: 2)
        let theta = network.initialParameters(generator: &generator)
        XCTAssertEqual(Array(theta[12..<16]), [0, 0, 0, 0], "hidden biases")
        XCTAssertEqual(Array(theta[24...]), [0, 0], "output biases")
        XCTAssertTrue(theta[..<12].allSatisfy { abs($0) <= (6.0 / 3).squareRoot() && $0 != 0 })
        XCTAssertTrue(theta[16..<24].allSatisfy { abs($0) <= (6.0 / 4).squareRoot() && $0 != 0 })
        let linear = LinearModel(inputs: 2, initialization: .zeros)
        XCTAssertEqual(linear.initialParameters(generator: &generator), [0, 0, 0])
        let normal = LinearModel(inputs: 2, outputs: 1, initialization: .normal(std: 3))
        var again = SeededGenerator(seed: 9), reference = SeededGenerator(seed: 9)
        XCTAssertEqual(normal.initialParameters(generator: &again), [3 * reference.normal(), 3 * reference.normal(), 0])
    }

    func testNewActivationsMatchTorchAutograd() {
        let entries = Reference.features["activations"] as? [[String: Any]] ?? []
        XCTAssertEqual(entries.count, 2)
        for entry in entries {
            let widths = (entry["widths"] as? [Int]) ?? []
            let activation = Activation(rawValue: entry["activation"] as? String ?? "")
            XCTAssertNotNil(activation)
            let model = MLPModel(inputs: widths[0], hidden: Array(widths.dropFirst().dropLast()), outputs: widths.last ?? 1,
                                 activation: activation ?? .relu)
            let loss: any Loss = entry["loss"] as? String == "mse" ? MSELoss() : CrossEntropyLoss()
            let data = Dataset(features: Reference.dataD().features, targets: doubles(entry["targets"]))
            let objective = TrainingObjective(model: model, loss: loss, regularization: Regularization(), data: data)
            var generator = SeededGenerator(seed: 0)
            let (value, gradient) = objective.smoothGradient(doubles(entry["parameters"]), rows: .all(5), training: false, generator: &generator)
            let name = activation?.rawValue ?? "?"
            assertAgreement("torch.mlp.\(name).value", [value], [number(entry["value"])], tolerance: 1e-12)
            assertAgreement("torch.mlp.\(name).gradient", gradient, doubles(entry["gradient"]), tolerance: 1e-10, floor: 1e-8)
        }
    }
}
