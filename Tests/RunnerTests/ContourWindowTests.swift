@testable import Runner
import XCTest

/// Contour windows keep the shape of level sets: equal aspect when both arguments are on one scale.
final class ContourWindowTests: XCTestCase {
    func testTheNarrowerSpanIsWidenedToThePlotAspect() {
        let (x, y) = ContourSampler.equalAspect(-5...1, -1...1)
        XCTAssertEqual(x, -5...1, "x already spans more than 1.7 × y")
        XCTAssertEqual((x.upperBound - x.lowerBound) / (y.upperBound - y.lowerBound), ContourSampler.plotAspect, accuracy: 1e-12)
        XCTAssertEqual((y.lowerBound + y.upperBound) / 2, 0, accuracy: 1e-12, "widened about its centre")
        let (tallX, tallY) = ContourSampler.equalAspect(0...1, 0...2)
        XCTAssertEqual(tallY, 0...2)
        XCTAssertEqual(tallX.upperBound - tallX.lowerBound, 2 * ContourSampler.plotAspect, accuracy: 1e-12)
    }

    func testDifferentScalesKeepTheirOwnRanges() {
        let (x, y) = ContourSampler.equalAspect(0...100, 0...1)
        XCTAssertEqual(x, 0...100)
        XCTAssertEqual(y, 0...1)
    }
}
