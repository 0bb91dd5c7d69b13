import Foundation
import TestSupport
import XCTest
@testable import Formula

/// Gradients and Hessians against hand-derived formulas for the objectives the project serves.
final class ClosedFormDerivativeTests: XCTestCase {
    let xs = [0.5, 1.0, 1.5, 2.0, 3.0, -1.0]
    let ys = [1.2, 2.1, 2.9, 4.2, 6.1, -0.8]

    func testRosenbrockGradientAndHessian() throws {
        let f = try FormulaCompiler.compile("f(x, y) = (1 - x)^2 + 100\\,(y - x^2)^2")
        XCTAssertEqual(f.parameterNames, ["x", "y"])
        for (x, y) in [(-1.5, 2.0), (0.3, -0.7), (1.0, 1.0)] {
            assertClose(try f.value([x, y]), pow(1 - x, 2) + 100 * pow(y - x * x, 2))
            let gradient = [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)]
            assertClose(try f.gradient([x, y]), gradient, relative: 1e-12, absolute: 1e-12)
            let h = try f.hessian([x, y])
            assertClose(h[0], [2 - 400 * (y - 3 * x * x), -400 * x], relative: 1e-12, absolute: 1e-12)
            assertClose(h[1], [-400 * x, 200], relative: 1e-12, absolute: 1e-12)
        }
        assertClose(try f.gradient([1, 1]), [0, 0])
    }

    func testMeanSquaredErrorOverData() throws {
        let f = try FormulaCompiler.compile("J(w, b) = \\frac{1}{N}\\sum_{i=1}^{N}(y_i - (w x_i + b))^2", data: ["x": xs, "y": ys])
        let (w, b) = (0.7, -0.2)
        let n = Double(xs.count)
        let residuals = zip(xs, ys).map { $1 - (w * $0 + b) }
        assertClose(try f.value([w, b]), residuals.map { $0 * $0 }.reduce(0, +) / n)
        let gw = -2 / n * zip(residuals, xs).map { $0 * $1 }.reduce(0, +)
        let gb = -2 / n * residuals.reduce(0, +)
        assertClose(try f.gradient([w, b]), [gw, gb], relative: 1e-12)
        let sxx = xs.map { $0 * $0 }.reduce(0, +), sx = xs.reduce(0, +)
        let h = try f.hessian([w, b])
        assertClose(h[0], [2 * sxx / n, 2 * sx / n], relative: 1e-12)
        assertClose(h[1], [2 * sx / n, 2], relative: 1e-12)
    }

    func testL1RegularizedMeanSquaredErrorAwayFromZero() throws {
        let tex = "J(w, b) = \\frac{1}{2N}\\sum_i (w x_i + b - y_i)^2 + \\lambda |w|"
        let f = try FormulaCompiler.compile(tex, constants: ["lambda": 0.3], data: ["x": xs, "y": ys])
        let n = Double(xs.count)
        for w in [0.8, -0.6] {
            let b = 0.1
            let residuals = zip(xs, ys).map { w * $0 + b - $1 }
            let gw = zip(residuals, xs).map { $0 * $1 }.reduce(0, +) / n + 0.3 * (w > 0 ? 1 : -1)
            let gb = residuals.reduce(0, +) / n
            assertClose(try f.gradient([w, b]), [gw, gb], relative: 1e-12)
            let h = try f.hessian([w, b])
            assertClose(h[0][0], xs.map { $0 * $0 }.reduce(0, +) / n, relative: 1e-12)
        }
    }

    func testLogisticLoss() throws {
        let labels = [1.0, -1.0, 1.0, 1.0, -1.0, -1.0]
        let tex = "L(w, b) = \\frac{1}{N}\\sum_{i=1}^{N} \\log\\left(1 + \\exp(-y_i (w x_i + b))\\right)"
        let f = try FormulaCompiler.compile(tex, data: ["x": xs, "y": labels])
        let (w, b) = (0.4, -0.3)
        let n = Double(xs.count)
        var (value, gw, gb, hww, hwb, hbb) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
        for (x, y) in zip(xs, labels) {
            let margin = y * (w * x + b)
            value += log(1 + exp(-margin)) / n
            let s = 1 / (1 + exp(margin))  // σ(−margin)
            gw += -y * x * s / n
            gb += -y * s / n
            let curvature = s * (1 - s) / n
            hww += x * x * curvature
            hwb += x * curvature
            hbb += curvature
        }
        assertClose(try f.value([w, b]), value, relative: 1e-12)
        assertClose(try f.gradient([w, b]), [gw, gb], relative: 1e-10)
        let h = try f.hessian([w, b])
        assertClose(h[0], [hww, hwb], relative: 1e-10)
        assertClose(h[1], [hwb, hbb], relative: 1e-10)
    }

    func testQuadraticForm() throws {
        // f = ½ xᵀAx − bᵀx with A = [[3, 1], [1, 2]], b = (1, −1): ∇f = Ax − b, ∇²f = A.
        let f = try FormulaCompiler.compile("f(x_1, x_2) = \\tfrac{1}{2}(3x_1^2 + 2x_1 x_2 + 2x_2^2) - (x_1 - x_2)")
        XCTAssertEqual(f.parameterNames, ["x_1", "x_2"])
        let x = [0.7, -1.9]
        assertClose(try f.gradient(x), [3 * 0.7 + -1.9 - 1, 0.7 + 2 * -1.9 + 1], relative: 1e-12)
        let h = try f.hessian(x)
        assertClose(h[0], [3, 1])
        assertClose(h[1], [1, 2])
    }

    func testDataSumMinimumEqualsLeastSquaresSolution() throws {
        let f = try FormulaCompiler.compile("J(w, b) = \\frac{1}{N}\\sum_{i=1}^{N}(y_i - (w x_i + b))^2", data: ["x": xs, "y": ys])
        // Normal equations for y ≈ w x + b.
        let n = Double(xs.count)
        let sx = xs.reduce(0, +), sy = ys.reduce(0, +)
        let sxx = xs.map { $0 * $0 }.reduce(0, +), sxy = zip(xs, ys).map { $0 * $1 }.reduce(0, +)
        let w = (n * sxy - sx * sy) / (n * sxx - sx * sx)
        let b = (sy - w * sx) / n
        // One Newton step from any point reaches the minimum of a quadratic.
        let start = [5.0, -3.0]
        let g = try f.gradient(start)
        let h = try f.hessian(start)
        let det = h[0][0] * h[1][1] - h[0][1] * h[1][0]
        let step = [(h[1][1] * g[0] - h[0][1] * g[1]) / det, (h[0][0] * g[1] - h[1][0] * g[0]) / det]
        let minimum = [start[0] - step[0], start[1] - step[1]]
        assertClose(minimum, [w, b], relative: 1e-10, absolute: 1e-12)
        assertClose(try f.gradient(minimum), [0, 0], absolute: 1e-10)
        // Gradient descent reaches it too.
        var point = [0.0, 0.0]
        for _ in 0..<5000 {
            let gradient = try f.gradient(point)
            point = [point[0] - 0.05 * gradient[0], point[1] - 0.05 * gradient[1]]
        }
        assertClose(point, [w, b], relative: 1e-6, absolute: 1e-8)
    }

    func testSumWithoutBoundsRunsOverAllRows() throws {
        let bounded = try FormulaCompiler.compile("J(w) = \\sum_{i=1}^{N} (w x_i - y_i)^2", data: ["x": xs, "y": ys])
        let unbounded = try FormulaCompiler.compile("J(w) = \\sum_i (w x_i - y_i)^2", data: ["x": xs, "y": ys])
        let byUpperSymbol = try FormulaCompiler.compile("J(w) = \\frac{1}{m}\\sum_{i=1}^{m} (w x_i - y_i)^2", data: ["x": xs, "y": ys])
        XCTAssertEqual(try bounded.value([1.3]), try unbounded.value([1.3]))
        assertClose(try byUpperSymbol.value([1.3]) * Double(xs.count), try bounded.value([1.3]), relative: 1e-12)
    }

    func testElasticNetWithConstantsFromParams() throws {
        let tex = "J(w) = \\frac{1}{N}\\sum_i (w x_i - y_i)^2 + \\lambda_1 |w| + \\lambda_2 w^2"
        let f = try FormulaCompiler.compile(tex, constants: ["lambda_1": 0.1, "lambda_2": 0.5], data: ["x": xs, "y": ys])
        let w = 1.1
        let n = Double(xs.count)
        let expected = zip(xs, ys).map { pow(w * $0 - $1, 2) }.reduce(0, +) / n + 0.1 * w + 0.5 * w * w
        assertClose(try f.value([w]), expected, relative: 1e-12)
        assertClose(try f.hessian([w])[0][0], 2 * xs.map { $0 * $0 }.reduce(0, +) / n + 1, relative: 1e-12)
    }

    func testEvaluationIsFastEnoughForThousandsOfSteps() throws {
        let rows = 300
        let x = (0..<rows).map { Double($0) / 100 }
        let y = x.map { 2 * $0 + 1 }
        let f = try FormulaCompiler.compile("J(w, b) = \\frac{1}{N}\\sum_{i=1}^{N}(y_i - (w x_i + b))^2", data: ["x": x, "y": y])
        XCTAssertLessThan(f.instructionCount, 10 * rows)
        var point = [0.0, 0.0]
        for _ in 0..<2000 {
            let gradient = try f.gradient(point)
            point = [point[0] - 0.1 * gradient[0], point[1] - 0.1 * gradient[1]]
        }
        assertClose(point, [2, 1], relative: 1e-3, absolute: 1e-3)
    }
}
