import Engine
@testable import Runner
import XCTest

/// The closed-form optimum is solved once per data set and penalty, whichever run asks first.
final class OptimumCacheTests: XCTestCase {
    private func data(seed: UInt64) -> Dataset {
        var generator = SeededGenerator(seed: seed)
        let rows = (0..<50).map { _ in [generator.uniform(), generator.uniform()] }
        return Dataset(features: Matrix(rows), targets: rows.map { 2 * $0[0] - $0[1] + 1 })
    }

    func testEqualDataAndPenaltyAreSolvedOnce() throws {
        let cache = OptimumCache()
        let first = cache.solution(data(seed: 1), l2: 0.1)
        XCTAssertEqual(cache.solution(data(seed: 1), l2: 0.1), first, "regenerated equal data")
        XCTAssertEqual(cache.solves, 1)
        XCTAssertEqual(first, ClosedForm.solve(data(seed: 1), l2: 0.1))
        XCTAssertNotEqual(cache.solution(data(seed: 1), l2: 0), first)
        XCTAssertNotEqual(cache.solution(data(seed: 2), l2: 0.1), first)
        XCTAssertEqual(cache.solves, 3)
        let exact = try XCTUnwrap(cache.solution(data(seed: 2), l2: 0))
        XCTAssertEqual(exact[0], 2, accuracy: 1e-12)
        XCTAssertEqual(exact[2], 1, accuracy: 1e-12)
    }
}
