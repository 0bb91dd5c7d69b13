import Engine
import TestSupport
import XCTest

/// k-fold splits against scikit-learn's `KFold` (features.json "kfold").
final class KFoldTests: XCTestCase {
    func testUnshuffledFoldsAreScikitLearns() {
        let cases = Reference.features["kfold"] as? [[String: Any]] ?? []
        XCTAssertEqual(cases.count, 4)
        for entry in cases {
            let n = Int(number(entry["n"])), k = Int(number(entry["k"]))
            let expected = (entry["test"] as? [[Any]] ?? []).map { $0.compactMap { ($0 as? NSNumber)?.intValue } }
            XCTAssertEqual(KFold(folds: k).validationRows(count: n), expected, "KFold(\(k)) on \(n) rows")
        }
    }

    func testShuffledFoldsPartitionTheRowsWithScikitLearnsSizes() {
        let rule = KFold(folds: 3, shuffleSeed: 9)
        let validation = rule.validationRows(count: 11), training = rule.trainingRows(count: 11)
        XCTAssertEqual(validation.map(\.count), [4, 4, 3])
        XCTAssertEqual(validation.flatMap { $0 }.sorted(), Array(0..<11))
        XCTAssertNotEqual(validation, KFold(folds: 3).validationRows(count: 11), "the seed permutes the rows")
        XCTAssertEqual(validation, rule.validationRows(count: 11), "the same seed gives the same folds")
        for (train, held) in zip(training, validation) {
            XCTAssertEqual(Set(train).union(held), Set(0..<11))
            XCTAssertTrue(Set(train).isDisjoint(with: held))
            XCTAssertEqual(train, train.sorted())
            XCTAssertEqual(held, held.sorted())
        }
    }
}
