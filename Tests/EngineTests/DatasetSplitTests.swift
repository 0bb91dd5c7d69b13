@testable import Engine
import XCTest

final class DatasetSplitTests: XCTestCase {
    private let data = Dataset(features: Matrix((0..<40).map { [Double($0)] }), targets: (0..<40).map(Double.init))

    func testTestPartIsCutBeforeTheValidationPartWhichStaysTheSame() {
        let two = data.split(validationFraction: 0.25, seed: 5)
        let three = data.split(validationFraction: 0.25, testFraction: 0.2, seed: 5)
        XCTAssertEqual(three.validation?.targets, two.validation?.targets)
        XCTAssertEqual(three.test?.count, 8)
        XCTAssertEqual(three.train.count, 22)
        let all = three.train.targets + three.validation!.targets + three.test!.targets
        XCTAssertEqual(Set(all), Set(data.targets), "every row in exactly one part")
        XCTAssertEqual(all.count, 40)
    }

    func testNoFractionsKeepEveryRowForTraining() {
        let parts = data.split(validationFraction: 0, testFraction: 0, seed: 1)
        XCTAssertNil(parts.validation)
        XCTAssertNil(parts.test)
        XCTAssertEqual(parts.train.targets, data.targets)
        let onlyTest = data.split(validationFraction: 0, testFraction: 0.5, seed: 1)
        XCTAssertNil(onlyTest.validation)
        XCTAssertEqual(onlyTest.test?.count, 20)
    }
}
