import Foundation
import TestSupport
import XCTest
@testable import Formula

/// Gradients and Hessians of every operator against central finite differences at seeded random points.
final class GradientTests: XCTestCase {
    /// Formulas exercising each operator, with the box the random points are drawn from.
    static let cases: [(tex: String, range: ClosedRange<Double>)] = [
        ("f(x, y) = x + y - 3", -2...2),
        ("f(x, y) = x \\cdot y \\times 2 * x", -2...2),
        ("f(x, y) = 2x y + x y^2", -2...2),
        ("f(x, y) = \\frac{x}{y}", 0.5...2),
        ("f(x, y) = x / y - y / x", 0.5...2),
        ("f(x, y) = -x^3 + y^{-1}", 0.5...2),
        ("f(x, y) = x^{2.5} y^{0.5}", 0.5...2),
        ("f(x, y) = x^{y}", 0.5...2),
        ("f(x, y) = \\sqrt{x^2 + y^2}", 0.5...2),
        ("f(x, y) = \\sqrt[3]{x y}", 0.5...2),
        ("f(x, y) = \\exp(x y) + e^{-x}", -1...1),
        ("f(x, y) = \\log(x) + \\ln y^2 + \\log_2 x", 0.5...2),
        ("f(x, y) = \\sin x \\cos(y) + \\sin^2 x", -2...2),
        ("f(x, y) = \\tanh(x - y) + \\tan x", -1...1),
        ("f(x, y) = \\sinh x + \\cosh y", -1...1),
        ("f(x, y) = |x - y| + \\left|x\\right| + \\lvert y \\rvert", 0.3...2),
        ("f(x, y) = \\max(x, y^2) + \\min(x, 1, y)", -2...2),
        ("f(x, y) = \\left(x + \\frac{1}{2}\\right)^2 \\left[y - 1\\right]^3", -2...2),
        ("f(\\theta, \\lambda) = \\frac{\\lambda}{2}\\theta^2 + \\pi \\theta", -2...2),
        ("f(w_1, w_2) = \\sum_{j=1}^{2} w_j^2 + w_1 w_2", -2...2),
        ("f(x, y) = \\prod_{k=1}^{3} (x + k y)", -2...2),
        ("f(x, y) = (1 - x)^2 + 100\\,(y - x^2)^2", -2...2),
        ("f(x, y) = \\dfrac{1}{1 + e^{-(x - 2y)}}", -2...2),
    ]

    func testGradientsMatchFiniteDifferences() throws {
        var generator = SplitMix64(seed: 42)
        for (tex, range) in Self.cases {
            let objective = try FormulaCompiler.compile(tex)
            for _ in 0..<5 {
                let x = (0..<objective.parameterNames.count).map { _ in Double.random(in: range, using: &generator) }
                let expected = finiteDifferenceGradient({ (try? objective.value($0)) ?? .nan }, at: x)
                assertClose(try objective.gradient(x), expected, relative: 1e-6, absolute: 1e-6, tex)
            }
        }
    }

    func testHessiansMatchFiniteDifferencesOfTheGradient() throws {
        var generator = SplitMix64(seed: 7)
        for (tex, range) in Self.cases {
            let objective = try FormulaCompiler.compile(tex)
            for _ in 0..<3 {
                let x = (0..<objective.parameterNames.count).map { _ in Double.random(in: range, using: &generator) }
                let expected = finiteDifferenceHessian({ (try? objective.gradient($0)) ?? [.nan, .nan] }, at: x)
                let hessian = try objective.hessian(x)
                for row in 0..<x.count {
                    assertClose(hessian[row], expected[row], relative: 1e-5, absolute: 1e-5, "\(tex) row \(row)")
                }
            }
        }
    }

    func testValueAndGradientAgreesWithSeparateCalls() throws {
        let objective = try FormulaCompiler.compile("f(x, y) = x^2 y + \\sin(x y)")
        let (value, gradient) = try objective.valueAndGradient([0.3, -1.2])
        XCTAssertEqual(value, try objective.value([0.3, -1.2]))
        XCTAssertEqual(gradient, try objective.gradient([0.3, -1.2]))
        assertClose(value, 0.09 * -1.2 + sin(-0.36))
    }

    func testHessianIsSymmetric() throws {
        let objective = try FormulaCompiler.compile("f(a, b, c) = a^2 b c + \\exp(a b) / c + b^{c}")
        let h = try objective.hessian([0.4, 1.3, 0.8])
        for i in 0..<3 { for j in 0..<3 { XCTAssertEqual(h[i][j], h[j][i]) } }
    }
}
