import Engine
import TestSupport
import XCTest

/// Newton, CG and L-BFGS: their defining properties, SciPy's optima, errors and refusals.
final class SecondOrderTests: XCTestCase {
    private let spd = Matrix([[4, 1, 0.5], [1, 3, -0.2], [0.5, -0.2, 2]])
    private var quadratic: Quadratic { Quadratic(a: spd, b: [1, -2, 0.5]) }
    private var quadraticMinimum: [Double] { Cholesky.solve(spd, [-1, 2, -0.5])! }

    func testNewtonSolvesAQuadraticInOneStep() throws {
        let result = try ObjectiveMinimizer(steps: 5, tolerance: 1e-10).minimize(quadratic, from: [5, 5, 5], method: NewtonMethod())
        XCTAssertEqual(result.status, .converged(epoch: 1))
        assertClose(result.point, quadraticMinimum, relative: 1e-12, absolute: 1e-12)
        XCTAssertEqual(result.history.learningRate[0], 1)
    }

    func testConjugateGradientEndsWithinDimensionSteps() throws {
        let d = 6
        var a = Matrix(rows: d, columns: d)
        var generator = SeededGenerator(seed: 3)
        let m = Matrix(rows: d, columns: d, storage: (0..<(d * d)).map { _ in generator.uniform(-1, 1) })
        for i in 0..<d { for j in 0..<d { a[i, j] = (0..<d).reduce(0) { $0 + m[$1, i] * m[$1, j] } + (i == j ? 0.5 : 0) } }
        let f = Quadratic(a: a, b: (0..<d).map { Double($0) - 2 })
        let result = try ObjectiveMinimizer(steps: d, tolerance: 1e-8).minimize(f, from: [Double](repeating: 0, count: d), method: ConjugateGradient())
        guard case let .converged(epoch) = result.status else { return XCTFail("CG did not converge in \(d) steps: \(result.status)") }
        XCTAssertLessThanOrEqual(epoch, d)
        assertClose(result.point, Cholesky.solve(a, f.b.map { -$0 })!, relative: 1e-7, absolute: 1e-8)
    }

    func testLBFGSAndCGReachSciPysRosenbrockOptimum() throws {
        for (key, method) in [("rosenbrock_cg", ConjugateGradient() as any SearchMethod), ("rosenbrock_lbfgs", try LBFGS())] {
            let expected = Reference.object("scipy", key)
            let result = try ObjectiveMinimizer(steps: 5000, tolerance: 1e-10).minimize(Rosenbrock(), from: [-1.2, 1], method: method)
            assertAgreement("scipy.\(key)", result.point, doubles(expected["x"]), tolerance: 1e-7)
            XCTAssertTrue(result.status.isConverged, key)
            print("ITERATIONS \(key) nbrun \(result.history.count - 1) scipy \(Int(number(expected["nit"])))")
        }
    }

    func testNewtonOnRosenbrockNeverIncreasesTheValue() throws {
        for f in [Rosenbrock(), Rosenbrock(withHessian: false)] {
            let result = try ObjectiveMinimizer(steps: 200, tolerance: 1e-9).minimize(f, from: [-1.2, 1], method: NewtonMethod())
            XCTAssertTrue(result.status.isConverged)
            assertClose(result.point, [1, 1], relative: 1e-6, absolute: 1e-6)
            for (a, b) in zip(result.history.objective, result.history.objective.dropFirst()) { XCTAssertLessThanOrEqual(b, a) }
        }
    }

    func testCGAndLBFGSTrainLogisticRegressionToSciPysOptimum() throws {
        let l2 = number(Reference.object("scipy")["logistic_l2"])
        let objective = TrainingObjective(model: LinearModel(inputs: 2), loss: BCELoss(), regularization: Regularization(l2: l2),
                                          data: Reference.dataD(classes: true))
        let trainer = Trainer(objective: objective, validation: nil, settings: TrainingSettings(epochs: 500, learningRate: 1, tolerance: 1e-11))
        for (key, method) in [("logistic_cg", ConjugateGradient() as any SearchMethod), ("logistic_lbfgs", try LBFGS()), ("logistic_newton", NewtonMethod())] {
            let result = try trainer.train(method: method)
            let expected = doubles(Reference.object("scipy", key == "logistic_newton" ? "logistic_lbfgs" : key)["x"])
            assertAgreement("scipy.\(key)", result.parameters, expected, tolerance: 1e-7)
            XCTAssertTrue(result.status.isConverged, key)
        }
    }

    func testADomainErrorEndsTheRunAsDiverged() throws {
        // gd with a big step jumps to x < 0 where log is undefined
        let method = try FirstOrderMethod(optimizer: GradientDescent(), learningRate: 10)
        let result = try ObjectiveMinimizer(steps: 10).minimize(LogBarrier(), from: [3], method: method)
        guard case let .diverged(epoch, .failed(reason)) = result.status else { return XCTFail("expected divergence, got \(result.status)") }
        XCTAssertEqual(epoch, 1)
        XCTAssertTrue(reason.hasPrefix("log of a non-positive number"), reason)
        XCTAssertEqual(result.history.count, 1)
        XCTAssertEqual(result.point, [3])
        let newton = try ObjectiveMinimizer(steps: 20, tolerance: 1e-10).minimize(LogBarrier(), from: [0.5], method: NewtonMethod())
        assertClose(newton.point, [2], relative: 1e-8)
    }

    func testNewtonRefusesLargeModels() {
        var newton = NewtonMethod(maxDimension: 2)
        XCTAssertThrowsError(try newton.advance(quadratic, from: Iterate(point: [0, 0, 0], value: 0, gradient: [1, 0, 0]))) { error in
            XCTAssertTrue("\(error)".contains("use lbfgs"))
        }
    }

    func testNewtonFallsBackOnAnIndefiniteHessian() throws {
        // saddle f = x² − y² + y⁴/4: Hessian indefinite at the start; damping or −g must still decrease f
        struct Saddle: DifferentiableFunction {
            var dimension: Int { 2 }
            func value(_ v: [Double]) throws -> Double { v[0] * v[0] - v[1] * v[1] + pow(v[1], 4) / 4 }
            func gradient(_ v: [Double]) throws -> [Double] { [2 * v[0], -2 * v[1] + pow(v[1], 3)] }
            func hessian(_ v: [Double]) throws -> Matrix? { Matrix([[2, 0], [0, -2 + 3 * v[1] * v[1]]]) }
        }
        let result = try ObjectiveMinimizer(steps: 100, tolerance: 1e-9).minimize(Saddle(), from: [1, 0.1], method: NewtonMethod())
        XCTAssertTrue(result.status.isConverged)
        assertClose(result.point.map(abs), [0, 2.0.squareRoot()], relative: 1e-7, absolute: 1e-7)
    }

    func testTrainerRefusesL1ForLineSearchMethods() {
        let objective = TrainingObjective(model: LinearModel(inputs: 2), loss: MSELoss(), regularization: Regularization(l1: 0.1),
                                          data: Reference.dataD())
        let trainer = Trainer(objective: objective, validation: nil, settings: TrainingSettings(epochs: 10, learningRate: 1))
        XCTAssertThrowsError(try trainer.train(method: NewtonMethod())) { XCTAssertTrue("\($0)".contains("use gd")) }
    }
}

import Foundation
