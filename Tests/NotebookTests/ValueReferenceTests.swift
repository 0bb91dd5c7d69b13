import Notebook
import Output
import XCTest

final class ValueReferenceTests: XCTestCase {
    private func reference(_ text: String) throws -> ValueReference {
        guard case let .success(reference)? = ValueReference.parse(text) else { throw XCTSkip("not a reference: \(text)") }
        return reference
    }

    func testRunPathIndexesAndFormat() throws {
        let simple = try reference("{batch.metrics.train_loss}")
        XCTAssertEqual(simple, ValueReference(run: "batch", path: [.key("metrics"), .key("train_loss")]))
        let member = try reference("{sweep[0.1].history.train_loss[-1]:.3g}")
        XCTAssertEqual(member, ValueReference(run: "sweep[0.1]", path: [.key("history"), .key("train_loss"), .index(-1)], format: ".3g"))
        XCTAssertEqual(member.pathText, "history.train_loss[-1]")
        XCTAssertEqual(try reference("{lasso.params.weights[1]}").path, [.key("params"), .key("weights"), .index(1)])
        XCTAssertEqual(try reference("{too-large.status}").run, "too-large")
    }

    func testOrdinaryCodeIsNotAReference() {
        for text in ["{x}", "{l1: 0.1, l2: 0.2}", "{}", "x.y", "{a.b} c", "{{a.b}}", "print({a.b})"] {
            XCTAssertNil(ValueReference.parse(text), text)
        }
    }

    func testMalformedReferencesSayWhy() {
        guard case let .failure(index)? = ValueReference.parse("{run.history.lr[x]}") else { return XCTFail("expected an error") }
        XCTAssertEqual(index.message, "index 'x' is not a whole number")
        guard case let .failure(empty)? = ValueReference.parse("{run..x}") else { return XCTFail("expected an error") }
        XCTAssertEqual(empty.message, "empty key in the path")
        guard case let .failure(format)? = ValueReference.parse("{run.epochs:}") else { return XCTFail("expected an error") }
        XCTAssertEqual(format.message, "empty format after ':'")
    }
}

/// Digits as Python 3's `format(value, spec)` prints them (checked against CPython by hand for each row).
final class PythonFormatTests: XCTestCase {
    private func check(_ value: Double, _ spec: String, _ expected: String, integer: Bool = false, line: UInt = #line) {
        XCTAssertEqual(try PythonFormat(spec).format(value, isInteger: integer), expected, "format(\(value), '\(spec)')", line: line)
    }

    func testFixedScientificGeneralPercent() {
        check(0.123456, ".3f", "0.123")
        check(2.5, ".0f", "2")
        check(-1.23456e-5, ".2e", "-1.23e-05")
        check(12345.678, ".3E", "1.235E+04")
        check(0.00001234, ".3g", "1.23e-05")
        check(0.0001234, ".3g", "0.000123")
        check(123456, ".4g", "1.235e+05")
        check(100, ".4g", "100")
        check(1.5, "g", "1.5")
        check(0.0421, ".1%", "4.2%")
        check(1, ".0%", "100%")
        check(1234567.891, ",.2f", "1,234,567.89")
        check(3.14159, "+.2f", "+3.14")
        check(3.14159, "8.3f", "   3.142")
        check(3.14159, "<8.2f", "3.14    ")
        check(3.14159, "*^9.2f", "**3.14***")
        check(-2.5, "08.2f", "-0002.50")
        check(1.0, ".3", "1.0")
        check(1234.5, ".3", "1.23e+03")
        check(2.0, "#.3g", "2.00")
    }

    func testWholeNumbers() {
        check(250, "d", "250", integer: true)
        check(1234567, ",d", "1,234,567", integer: true)
        check(42, "5d", "   42", integer: true)
        XCTAssertThrowsError(try PythonFormat("d").format(0.5)) { error in
            XCTAssertEqual((error as? PythonFormat.Failure)?.hint, "use .0f to round it")
        }
    }

    func testUnknownSpecsAreRefused() {
        for spec in [".3x", "abc", ".f", ".3ff"] {
            XCTAssertThrowsError(try PythonFormat(spec), spec)
        }
    }
}
