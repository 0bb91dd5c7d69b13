import Engine
import TestSupport
import XCTest

/// The tall-skinny QR: exact on consistent systems, equal to the normal equations on noisy ones, the same bits on
/// any thread count, and rank deficiency detected.
final class LeastSquaresTests: XCTestCase {
    /// `rows × columns` uniform features and `y = X·w + 0.5 + noise`.
    private func data(rows: Int, columns: Int, noise: Double, seed: UInt64 = 3) -> Dataset {
        var generator = SeededGenerator(seed: seed)
        let weights = (0..<columns).map { Double($0 + 1) / Double(columns) - 0.4 }
        var features = Matrix(rows: rows, columns: columns), targets = [Double](repeating: 0.5, count: rows)
        for r in 0..<rows {
            for c in 0..<columns {
                features[r, c] = generator.uniform(-1, 1)
                targets[r] += weights[c] * features[r, c]
            }
            targets[r] += noise * generator.uniform(-1, 1)
        }
        return Dataset(features: features, targets: targets)
    }

    /// `(XᵀX + N·l2·I′) θ = Xᵀy` with a column of ones for the bias (unpenalized), by Cholesky.
    private func normalEquations(_ data: Dataset, l2: Double) -> [Double] {
        let d = data.featureCount + 1
        var gram = Matrix(rows: d, columns: d), right = [Double](repeating: 0, count: d)
        for r in 0..<data.count {
            let x = data.features.row(r) + [1]
            for i in 0..<d {
                right[i] += x[i] * data.targets[r]
                for j in 0..<d { gram[i, j] += x[i] * x[j] }
            }
        }
        for j in 0..<(d - 1) { gram[j, j] += Double(data.count) * l2 }
        return Cholesky.solve(gram, right) ?? []
    }

    func testConsistentSystemIsSolvedExactly() throws {
        let data = data(rows: 9000, columns: 7, noise: 0)
        let theta = try XCTUnwrap(ClosedForm.solve(data, l2: 0))
        assertClose(theta, (0..<7).map { Double($0 + 1) / 7 - 0.4 } + [0.5], relative: 1e-12)
    }

    func testNoisyAndRidgeSystemsMatchTheNormalEquations() throws {
        let data = data(rows: 10_000, columns: 12, noise: 0.3)
        for l2 in [0, 0.01, 1] {
            assertClose(try XCTUnwrap(ClosedForm.solve(data, l2: l2)), normalEquations(data, l2: l2), relative: 1e-10)
        }
    }

    func testThreadCountDoesNotChangeABit() throws {
        let data = data(rows: 13_000, columns: 9, noise: 0.3)
        let saved = RowBlocks.threadCount
        defer { RowBlocks.threadCount = saved }
        var solutions: [[UInt64]] = []
        for threads in [1, 2, 5] {
            RowBlocks.threadCount = threads
            solutions.append(try XCTUnwrap(ClosedForm.solve(data, l2: 0.05)).map(\.bitPattern))
        }
        XCTAssertEqual(solutions[0], solutions[1])
        XCTAssertEqual(solutions[0], solutions[2])
    }

    func testCollinearColumnsHaveNoSolutionUnlessPenalized() {
        var data = data(rows: 5000, columns: 3, noise: 0.1)
        for r in 0..<data.count { data.features[r, 2] = 2 * data.features[r, 0] - data.features[r, 1] }
        XCTAssertNil(ClosedForm.solve(data, l2: 0))
        XCTAssertNotNil(ClosedForm.solve(data, l2: 0.1))
        XCTAssertNil(LeastSquares.solve(Matrix([[1, 2]]), [1]), "fewer rows than columns")
        XCTAssertEqual(LeastSquares.solve(Matrix([[2, 0], [0, 4], [0, 0]]), [2, 2, 5]), [1, 0.5])
    }
}
