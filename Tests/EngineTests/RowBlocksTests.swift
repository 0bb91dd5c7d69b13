import XCTest
@testable import Engine

final class RowBlocksTests: XCTestCase {
    func testRangesCoverEveryRowOnceInOrder() {
        let ranges = RowBlocks.ranges(count: 5000, size: 2048)
        XCTAssertEqual(ranges, [0..<2048, 2048..<4096, 4096..<5000])
        XCTAssertEqual(RowBlocks.ranges(count: 0, size: 8), [])
    }

    func testMapKeepsBlockOrderForAnyThreadCount() {
        let values = (0..<10_000).map { 1.0 / Double($0 + 1) }
        func blockSums(threads: Int) -> [Double] {
            RowBlocks.map(count: values.count, size: 64, threads: threads) { range in
                values[range].reduce(0, +)
            }
        }
        let one = blockSums(threads: 1)
        XCTAssertEqual(one.count, 157)
        for threads in [2, 3, 8] {
            let many = blockSums(threads: threads)
            XCTAssertEqual(many.map(\.bitPattern), one.map(\.bitPattern), "threads \(threads)")
        }
        XCTAssertEqual(one.reduce(0, +), values.reduce(0, +), accuracy: 1e-12)
    }
}
