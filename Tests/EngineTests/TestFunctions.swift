import Engine

/// `f(x) = ½ xᵀA x + bᵀx + c` with gradient `A x + b` and Hessian A.
struct Quadratic: DifferentiableFunction {
    let a: Matrix
    let b: [Double]
    var c: Double = 0
    var dimension: Int { b.count }
    func value(_ x: [Double]) throws -> Double { 0.5 * dot(x, a.multiply(x)) + dot(b, x) + c }
    func gradient(_ x: [Double]) throws -> [Double] { zip(a.multiply(x), b).map { $0 + $1 } }
    func hessian(_ x: [Double]) throws -> Matrix? { a }
}

/// Rosenbrock `(1 − x)² + 100(y − x²)²`, minimum 0 at (1, 1); `withHessian: false` hides the Hessian.
struct Rosenbrock: DifferentiableFunction {
    var withHessian = true
    var dimension: Int { 2 }
    func value(_ v: [Double]) throws -> Double { (1 - v[0]) * (1 - v[0]) + 100 * (v[1] - v[0] * v[0]) * (v[1] - v[0] * v[0]) }
    func gradient(_ v: [Double]) throws -> [Double] {
        [-2 * (1 - v[0]) - 400 * v[0] * (v[1] - v[0] * v[0]), 200 * (v[1] - v[0] * v[0])]
    }
    func hessian(_ v: [Double]) throws -> Matrix? {
        guard withHessian else { return nil }
        return Matrix([[2 - 400 * v[1] + 1200 * v[0] * v[0], -400 * v[0]], [-400 * v[0], 200]])
    }
}

/// `x − log x`-style function that throws a domain error for x ≤ 0, as a formula objective would.
struct LogBarrier: DifferentiableFunction {
    var dimension: Int { 1 }
    func value(_ x: [Double]) throws -> Double {
        guard x[0] > 0 else { throw EngineError.domain("log of a non-positive number (x = \(x[0]))") }
        return x[0] - 2 * Foundation.log(x[0])
    }
    func gradient(_ x: [Double]) throws -> [Double] {
        guard x[0] > 0 else { throw EngineError.domain("log of a non-positive number (x = \(x[0]))") }
        return [1 - 2 / x[0]]
    }
    func hessian(_ x: [Double]) throws -> Matrix? { Matrix([[2 / (x[0] * x[0])]]) }
}

import Foundation
