import Foundation
import XCTest

/// Asserts `|actual − expected| ≤ absolute + relative·|expected|`.
public func assertClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-12,
                        _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line) {
    let tolerance = absolute + relative * abs(expected)
    if !(abs(actual - expected) <= tolerance) {
        XCTFail("\(actual) is not within \(tolerance) of \(expected). \(message())", file: file, line: line)
    }
}

/// Element-wise `assertClose`; also fails on a length mismatch.
public func assertClose(_ actual: [Double], _ expected: [Double], relative: Double = 1e-9, absolute: Double = 1e-12,
                        _ message: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line) {
    guard actual.count == expected.count else {
        XCTFail("length \(actual.count) != \(expected.count). \(message())", file: file, line: line)
        return
    }
    for (index, (a, e)) in zip(actual, expected).enumerated() {
        assertClose(a, e, relative: relative, absolute: absolute, "index \(index). \(message())", file: file, line: line)
    }
}

/// Central finite-difference gradient of `f` at `x`: `(f(x + h eᵢ) − f(x − h eᵢ)) / 2h`, with `h = step·max(1, |xᵢ|)`.
public func finiteDifferenceGradient(_ f: ([Double]) -> Double, at x: [Double], step: Double = 1e-6) -> [Double] {
    var gradient = [Double](repeating: 0, count: x.count)
    var probe = x
    for i in x.indices {
        let h = step * max(1, abs(x[i]))
        probe[i] = x[i] + h
        let up = f(probe)
        probe[i] = x[i] - h
        let down = f(probe)
        probe[i] = x[i]
        gradient[i] = (up - down) / (2 * h)
    }
    return gradient
}

/// Central finite-difference Hessian of `f` at `x`, built from finite differences of `gradient`.
public func finiteDifferenceHessian(_ gradient: ([Double]) -> [Double], at x: [Double], step: Double = 1e-5) -> [[Double]] {
    var hessian = [[Double]](repeating: [Double](repeating: 0, count: x.count), count: x.count)
    var probe = x
    for j in x.indices {
        let h = step * max(1, abs(x[j]))
        probe[j] = x[j] + h
        let up = gradient(probe)
        probe[j] = x[j] - h
        let down = gradient(probe)
        probe[j] = x[j]
        for i in x.indices { hessian[i][j] = (up[i] - down[i]) / (2 * h) }
    }
    return hessian
}
