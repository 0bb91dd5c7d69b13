import XCTest
@testable import Charts

/// Exact tick arrays: ticks are built from integers, so plain equality must hold.
final class NiceTicksTests: XCTestCase {
    func testUnitRangeUsesStepOfTwoTenths() {
        XCTAssertEqual(NiceTicks.ticks(0, 1), [0, 0.2, 0.4, 0.6, 0.8, 1])
    }

    func testRaggedRangeKeepsTicksInside() {
        XCTAssertEqual(NiceTicks.ticks(0.013, 0.87), [0.2, 0.4, 0.6, 0.8])
    }

    func testNegativeRanges() {
        XCTAssertEqual(NiceTicks.ticks(-3.7, 2.1), [-3, -2, -1, 0, 1, 2])
        XCTAssertEqual(NiceTicks.ticks(-1, -0.1), [-1, -0.8, -0.6, -0.4, -0.2])
    }

    func testReversedBoundsGiveAscendingTicks() {
        XCTAssertEqual(NiceTicks.ticks(1, 0), NiceTicks.ticks(0, 1))
    }

    func testTinyRanges() {
        XCTAssertEqual(NiceTicks.ticks(0, 1e-5), [0, 2e-6, 4e-6, 6e-6, 8e-6, 1e-5])
        XCTAssertEqual(NiceTicks.ticks(1, 1.0001), [1, 1.00002, 1.00004, 1.00006, 1.00008, 1.0001])
    }

    func testLargeRangeAndCount() {
        XCTAssertEqual(NiceTicks.ticks(0, 1000, count: 4), [0, 200, 400, 600, 800, 1000])
        XCTAssertEqual(NiceTicks.ticks(0, 100, count: 10), [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
        XCTAssertEqual(NiceTicks.ticks(1, 100, count: 2), [50, 100])
    }

    func testDegenerateAndNonFiniteBounds() {
        XCTAssertEqual(NiceTicks.ticks(5, 5), [5])
        XCTAssertEqual(NiceTicks.ticks(.nan, 1), [])
        XCTAssertEqual(NiceTicks.ticks(0, .infinity), [])
    }

    func testLogTicksAreDecades() {
        XCTAssertEqual(NiceTicks.logTicks(1e-3, 10), [0.001, 0.01, 0.1, 1, 10])
        XCTAssertEqual(NiceTicks.logTicks(0.02, 90), [0.1, 1, 10])
    }

    func testLogTicksAddTwoAndFiveWithinFewDecades() {
        XCTAssertEqual(NiceTicks.logTicks(1, 50), [1, 2, 5, 10, 20, 50])
        XCTAssertEqual(NiceTicks.logTicks(2, 8), [2, 5])
    }

    func testLogTicksThinManyDecades() {
        XCTAssertEqual(NiceTicks.logTicks(1e-10, 1e10), [1e-10, 1e-8, 1e-6, 1e-4, 1e-2, 1, 1e2, 1e4, 1e6, 1e8, 1e10])
    }

    func testLogTicksFallBackToLinearInsideOneDecade() {
        XCTAssertEqual(NiceTicks.logTicks(3, 4), [3, 3.2, 3.4, 3.6, 3.8, 4])
        XCTAssertEqual(NiceTicks.logTicks(0, 10), [])
    }

    func testLogMinorTicksSkipMajorsAndCrowdedRanges() {
        XCTAssertEqual(NiceTicks.logMinorTicks(1, 10, excluding: [1, 2, 5, 10]), [3, 4, 6, 7, 8, 9])
        XCTAssertEqual(NiceTicks.logMinorTicks(1e-8, 1, excluding: []), [])
    }
}
