import Engine
import Foundation
import TestSupport
import XCTest

/// The closed form's rank test against numpy's `matrix_rank` (Fixtures/rank.json, written by generate_fixtures.py
/// with the real numpy): wide, well-conditioned data is solved (it was once called collinear from about 330
/// features on), truly collinear data is still refused. The matrices are rebuilt here from their seeds with
/// `DataGenerator.linear`; the fixture's bit patterns of three entries prove they are numpy's matrices.
final class ClosedFormRankTests: XCTestCase {
    /// One fixture case: the generated features, the column edit, numpy's rank and condition number of `[X | 1]`.
    private struct Case: Decodable {
        let name: String
        let rows: Int, features: Int, columns: Int, rank: Int
        let seed: UInt64
        let edit: Edit?
        let condition: Double
        let fingerprint: [String]
    }

    /// Column `target` replaced: `sum` of the two sources, `copy` of the source, `constant` 1, `near`:
    /// source + scale · itself.
    private struct Edit: Decodable {
        let kind: String
        let target: Int
        let sources: [Int]
        let scale: Double
    }

    private struct Fixture: Decodable { let cases: [Case] }

    /// rank.json names an edit this test does not know.
    private struct UnknownEdit: Error { let kind: String }

    private func cases() throws -> [Case] {
        let cases = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: fixtureURL("rank.json"))).cases
        XCTAssertEqual(cases.count, 6, "fixture cases")
        return cases
    }

    /// The weights of the consistent targets: quarters in [−0.75, 0.75].
    private func weights(_ count: Int) -> [Double] { (0..<count).map { Double($0 % 7) * 0.25 - 0.75 } }

    /// The case's features as numpy built them, with exact targets `y = X·w + 1` (computed after the edit).
    private func data(_ test: Case) throws -> Dataset {
        var data = DataGenerator.linear(count: test.rows, weights: weights(test.features), bias: 1, noise: 0, seed: test.seed)
        if let edit = test.edit {
            let sources = edit.sources, target = edit.target
            for r in 0..<data.count {
                let source = sources.map { data.features[r, $0] }
                switch edit.kind {
                case "sum": data.features[r, target] = source[0] + source[1]
                case "copy": data.features[r, target] = source[0]
                case "constant": data.features[r, target] = 1
                case "near": data.features[r, target] = source[0] + edit.scale * data.features[r, target]
                default: throw UnknownEdit(kind: edit.kind)
                }
            }
        }
        let w = weights(test.features)
        for r in 0..<data.count {
            var y = 1.0
            for c in 0..<test.features { y += w[c] * data.features[r, c] }
            data.targets[r] = y
        }
        return data
    }

    private func bits(_ value: Double) -> String {
        let hex = String(value.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    func testRankAgreesWithNumpy() throws {
        for test in try cases() {
            let data = try data(test), d = test.features, last = test.rows - 1
            XCTAssertEqual([data.features[0, 0], data.features[0, d - 1], data.features[last, d - 1]].map(bits), test.fingerprint,
                           "\(test.name): the matrix numpy ranked")
            let rank = data.features.storage.withUnsafeBufferPointer { x in
                LeastSquares.rank(rows: test.rows, columns: d + 1) { row, column in column < d ? x[row * d + column] : 1 }
            }
            XCTAssertEqual(rank, test.rank, "\(test.name): rank of [X | 1] (numpy \(test.rank) of \(test.columns))")
        }
    }

    /// The solve's refusal uses the rank's rule on the same factor (the first columns of `[X | 1 | y]`'s factor are
    /// `[X | 1]`'s), so the rank test above covers it; here the well-conditioned cases must also be solved exactly.
    func testWellConditionedWideDataIsSolvedExactly() throws {
        let solvable = try cases().filter { $0.rank == $0.columns && $0.condition < 1e4 }
        XCTAssertEqual(solvable.map(\.name), ["wide", "few features"])
        for test in solvable {
            let theta = try XCTUnwrap(ClosedForm.solve(try data(test), l2: 0), "\(test.name): full rank must be solved")
            assertClose(theta, weights(test.features) + [1], relative: 1e-10, "\(test.name)")
        }
        let collinear = try XCTUnwrap(try cases().first { $0.name == "constant feature beside the bias" })
        XCTAssertNil(ClosedForm.solve(try data(collinear), l2: 0), "a constant feature duplicates the bias")
    }
}
