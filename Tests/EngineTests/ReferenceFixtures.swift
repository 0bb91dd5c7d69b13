import Engine
import Foundation
import TestSupport
import XCTest

/// The numbers the reference libraries produced (Fixtures/reference.json, written by generate_fixtures.py).
enum Reference {
    /// The whole fixture file.
    static let root: [String: Any] = {
        guard let data = try? Data(contentsOf: fixtureURL("reference.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }()

    /// Fixtures/features.json: the course's second-pass engine features (distance to the optimum, gradient
    /// clipping, warm-up, k-fold splits, initialization), written by `generate_fixtures.py features`.
    static let features: [String: Any] = {
        guard let data = try? Data(contentsOf: fixtureURL("features.json")),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return object
    }()

    /// The object at a path of keys.
    static func object(_ keys: String...) -> [String: Any] {
        var node: Any = root
        for key in keys { node = (node as? [String: Any])?[key] ?? [String: Any]() }
        return node as? [String: Any] ?? [:]
    }

    /// The tiny data set D of docs/conversions.md ("Check values") with regression targets (or the 0/1 classes).
    static func dataD(classes: Bool = false) -> Dataset {
        let x: [[Double]] = [[1, 2], [2, -1], [0.5, 0], [-1, 1.5], [3, 0.5]]
        return Dataset(features: Matrix(x), targets: classes ? [1, 0, 0, 1, 1] : [4, 1, 0.5, 1, 5])
    }

    /// A data set from fixture arrays.
    static func dataset(_ entry: [String: Any], features: String = "features", targets: String = "targets") -> Dataset {
        Dataset(features: Matrix(matrix(entry[features])), targets: doubles(entry[targets]))
    }
}

func doubles(_ value: Any?) -> [Double] {
    (value as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue } ?? []
}

func matrix(_ value: Any?) -> [[Double]] {
    (value as? [Any])?.map(doubles) ?? []
}

func number(_ value: Any?) -> Double {
    (value as? NSNumber)?.doubleValue ?? .nan
}

/// Records the largest relative error of a comparison and prints it (`AGREEMENT name max-rel-error`), so the
/// measured agreement can be read from the test log; also asserts it is within `tolerance`.
func assertAgreement(_ name: String, _ actual: [Double], _ expected: [Double], tolerance: Double,
                     floor: Double = 1e-12, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, "\(name): length", file: file, line: line)
    XCTAssertFalse(expected.isEmpty, "\(name): no reference values (fixture missing?)", file: file, line: line)
    var worst = 0.0
    for (a, e) in zip(actual, expected) {
        let error = abs(a - e) / max(abs(e), floor)
        worst = max(worst, error.isNaN ? .infinity : error)
    }
    print("AGREEMENT \(name) \(String(format: "%.3e", worst))")
    XCTAssertLessThanOrEqual(worst, tolerance, "\(name): \(actual) vs \(expected)", file: file, line: line)
}
