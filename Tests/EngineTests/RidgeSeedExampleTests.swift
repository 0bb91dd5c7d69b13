import Engine
import Foundation
import TestSupport
import XCTest

/// The source material's `Ridge(alpha=0.1)` example: the rows and scikit-learn's answer come from
/// scripts/ridge-seed-example.py (Fixtures/ridge-seed.json, notebooks/data/ridge-seed.csv).
final class RidgeSeedExampleTests: XCTestCase {
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The fixture's numbers, read with Swift's correctly rounded `Double(String)` (not JSONSerialization, whose
    /// reading of 17-digit numbers may differ in the last bit).
    private func fixture() throws -> [String: Double] {
        let text = try String(contentsOf: fixtureURL("ridge-seed.json"), encoding: .utf8)
        return number(after: ["alpha", "coef", "intercept", "l2", "n"].map { "\"\($0)\": " }, in: text,
                      keys: ["alpha", "coef", "intercept", "l2", "n"])
    }

    /// For each `prefix`, the number that follows it in `text`, under the matching key.
    private func number(after prefixes: [String], in text: String, keys: [String]) -> [String: Double] {
        var values: [String: Double] = [:]
        for (prefix, key) in zip(prefixes, keys) {
            guard let start = text.range(of: prefix)?.upperBound else { continue }
            let digits = text[start...].prefix { "0123456789.eE+-".contains($0) }
            values[key] = Double(digits)
        }
        return values
    }

    private func rows() throws -> Dataset {
        let text = try String(contentsOf: repository.appendingPathComponent("notebooks/data/ridge-seed.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").dropFirst()
        let pairs = try lines.map { line -> (Double, Double) in
            let fields = line.split(separator: ",")
            return (try XCTUnwrap(Double(fields[0])), try XCTUnwrap(Double(fields[1])))
        }
        return Dataset(features: Matrix(pairs.map { [$0.0] }), targets: pairs.map(\.1))
    }

    func testClosedFormWithL2EqualToAlphaOverNMatchesScikitLearn() throws {
        let reference = try fixture()
        let data = try rows()
        let alpha = try XCTUnwrap(reference["alpha"])
        XCTAssertEqual(Double(data.count), reference["n"])
        XCTAssertEqual(alpha / Double(data.count), reference["l2"])
        let solution = try XCTUnwrap(ClosedForm.solve(data, l2: alpha / Double(data.count)))
        assertClose(solution[0], try XCTUnwrap(reference["coef"]), relative: 1e-12)
        assertClose(solution[1], try XCTUnwrap(reference["intercept"]), relative: 1e-12)
        let wrong = try XCTUnwrap(ClosedForm.solve(data, l2: alpha))
        XCTAssertGreaterThan(abs(wrong[0] - solution[0]), 0.5, "l2 = alpha fits a much flatter line")
    }

    func testTheChapterChecksExactlyTheFixtureValues() throws {
        let reference = try fixture()
        let chapter = try String(contentsOf: repository.appendingPathComponent("notebooks/ridge.md"), encoding: .utf8)
        let quoted = number(after: ["params.weights[0]: {approx: ", "params.bias: {approx: ", "regularization: {l2: "],
                            in: chapter, keys: ["coef", "intercept", "l2"])
        for key in ["coef", "intercept", "l2"] {
            XCTAssertEqual(quoted[key], reference[key], "the chapter's expect: quotes scikit-learn's \(key)")
        }
        for (name, key) in [("w", "coef"), ("b", "intercept")] {
            let text = "$\(name) = \(String(format: "%.10f", try XCTUnwrap(reference[key])))$"
            XCTAssertTrue(chapter.contains(text), "the prose quotes scikit-learn's \(text)")
        }
    }
}
