import Engine
import TestSupport
import XCTest

final class LossTests: XCTestCase {
    /// Mean loss and the gradient of the mean with respect to every output, as torch reports them.
    private func meanAndGradient(_ loss: any Loss, outputs: [[Double]], targets: [Double]) -> (Double, [Double]) {
        var total = 0.0, gradient: [Double] = []
        for (row, target) in zip(outputs, targets) {
            var delta = [Double](repeating: 0, count: row.count)
            total += row.withUnsafeBufferPointer { o in delta.withUnsafeMutableBufferPointer { loss.evaluate(outputs: o, target: target, delta: $0) } }
            gradient += delta.map { $0 / Double(targets.count) }
        }
        return (total / Double(targets.count), gradient)
    }

    func testRegressionLossesMatchTorch() {
        let fixture = Reference.object("losses", "regression")
        let outputs = doubles(fixture["outputs"]).map { [$0] }, targets = doubles(fixture["targets"])
        let cases: [(String, any Loss)] = [("mse", MSELoss()), ("mae", MAELoss()), ("huber", HuberLoss()), ("huber_delta_0_5", HuberLoss(delta: 0.5))]
        for (key, loss) in cases {
            let expected = fixture[key] as? [String: Any] ?? [:]
            let (value, gradient) = meanAndGradient(loss, outputs: outputs, targets: targets)
            assertAgreement("loss.\(key).value", [value], [number(expected["value"])], tolerance: 1e-12)
            assertAgreement("loss.\(key).gradient", gradient, doubles(expected["gradient"]), tolerance: 1e-12)
        }
    }

    func testBCEOnExtremeLogitsMatchesTorch() {
        let fixture = Reference.object("losses", "bce")
        let (value, gradient) = meanAndGradient(BCELoss(), outputs: doubles(fixture["logits"]).map { [$0] }, targets: doubles(fixture["targets"]))
        XCTAssertTrue(value.isFinite)
        assertAgreement("loss.bce.value", [value], [number(fixture["value"])], tolerance: 1e-12)
        assertAgreement("loss.bce.gradient", gradient, doubles(fixture["gradient"]), tolerance: 1e-12)
    }

    func testCrossEntropyIsStableAndMatchesTorch() {
        let fixture = Reference.object("losses", "cross_entropy")
        let (value, gradient) = meanAndGradient(CrossEntropyLoss(), outputs: matrix(fixture["logits"]), targets: doubles(fixture["targets"]))
        XCTAssertTrue(value.isFinite)
        assertAgreement("loss.cross_entropy.value", [value], [number(fixture["value"])], tolerance: 1e-12)
        assertAgreement("loss.cross_entropy.gradient", gradient, matrix(fixture["gradient"]).flatMap { $0 }, tolerance: 1e-12)
    }

    func testHingeMatchesScikitLearn() {
        let binary = Reference.object("losses", "hinge", "binary")
        let labels = doubles(binary["labels"]).map { $0 > 0 ? 1.0 : 0.0 }
        let (value, _) = meanAndGradient(HingeLoss(), outputs: doubles(binary["scores"]).map { [$0] }, targets: labels)
        assertAgreement("loss.hinge.binary", [value], [number(binary["value"])], tolerance: 1e-12)
        assertClose(value, 0.45, relative: 1e-12)  // the check value in docs/conversions.md
        let multi = Reference.object("losses", "hinge", "multiclass")
        let (multiValue, _) = meanAndGradient(HingeLoss(), outputs: matrix(multi["scores"]), targets: doubles(multi["labels"]))
        assertAgreement("loss.hinge.crammer_singer", [multiValue], [number(multi["value"])], tolerance: 1e-12)
    }

    func testDerivativesAgreeWithFiniteDifferences() {
        var generator = SeededGenerator(seed: 5)
        let cases: [(any Loss, Int, Double)] = [(MSELoss(), 1, 0.7), (HuberLoss(delta: 0.8), 1, 0.2), (BCELoss(), 1, 1),
                                                (CrossEntropyLoss(), 4, 2), (HingeLoss(), 3, 1)]
        for (loss, k, target) in cases {
            for _ in 0..<5 {
                let z = (0..<k).map { _ in generator.uniform(-3, 3) }
                let f: ([Double]) -> Double = { x in x.withUnsafeBufferPointer { loss.evaluate(outputs: $0, target: target, delta: nil) } }
                var delta = [Double](repeating: 0, count: k)
                _ = z.withUnsafeBufferPointer { o in delta.withUnsafeMutableBufferPointer { loss.evaluate(outputs: o, target: target, delta: $0) } }
                assertClose(delta, finiteDifferenceGradient(f, at: z), relative: 1e-6, absolute: 1e-7, loss.name)
            }
        }
    }

    func testOutputHessiansAgreeWithFiniteDifferences() {
        let cases: [(any TwiceDifferentiableLoss, [Double], Double)] = [(MSELoss(), [0.3], 1), (BCELoss(), [0.4], 1),
                                                                        (CrossEntropyLoss(), [0.2, -1, 1.3], 2), (HuberLoss(), [0.3], 0)]
        for (loss, z, target) in cases {
            let gradient: ([Double]) -> [Double] = { x in
                var d = [Double](repeating: 0, count: x.count)
                _ = x.withUnsafeBufferPointer { o in d.withUnsafeMutableBufferPointer { loss.evaluate(outputs: o, target: target, delta: $0) } }
                return d
            }
            var h = [Double](repeating: 0, count: z.count * z.count)
            z.withUnsafeBufferPointer { o in h.withUnsafeMutableBufferPointer { loss.outputHessian(outputs: o, target: target, into: $0) } }
            assertClose(h, finiteDifferenceHessian(gradient, at: z).flatMap { $0 }, relative: 1e-5, absolute: 1e-7, loss.name)
        }
    }

    func testOutputCounts() {
        XCTAssertEqual(CrossEntropyLoss().outputCount(classCount: 3), 3)
        XCTAssertEqual(CrossEntropyLoss().outputCount(classCount: 1), 2)
        XCTAssertEqual(HingeLoss().outputCount(classCount: 2), 1)
        XCTAssertEqual(HingeLoss().outputCount(classCount: 4), 4)
        XCTAssertTrue(HingeLoss().isClassification)
        XCTAssertFalse(HuberLoss().isClassification)
    }
}
