import TestSupport
import XCTest
@testable import Formula

/// Random input never crashes the renderer or the compiler: it renders or throws a `FormulaError`.
final class FuzzTests: XCTestCase {
    static let pieces = ["\\frac", "\\sqrt", "{", "}", "^", "_", "&", "\\\\", "\\left(", "\\right)", "\\left", "\\right",
                         "\\begin{pmatrix}", "\\end{pmatrix}", "\\begin{cases}", "\\end{cases}", "x", "y", "2", "3.5", "+", "-",
                         "(", ")", "|", "\\|", "\\sum", "_{i=1}", "^{N}", "\\text{a b}", "\\mathbf", "\\alpha", "\\foo", "'", " ",
                         "\\", "[", "]", "\\operatorname", "\\underbrace", "\\big(", "\\hat", "=", ",", "f(x) =", "x_i", "\\exp",
                         "\\log", "\\max(", "\\limits", "\\not", "é", "\n", "%", "$", "~", "\\,", "\\;", "\\displaystyle", "\\begin{array}{c|c}"]

    func testRandomStringsNeverCrash() {
        var generator = SplitMix64(seed: 2024)
        var rendered = 0, rejected = 0
        for _ in 0..<1500 {
            let count = Int.random(in: 1...12, using: &generator)
            let tex = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            for display in [true, false] {
                do {
                    let html = try MathML.render(tex, display: display)
                    XCTAssertTrue(html.hasSuffix("</semantics></math>"))
                    rendered += 1
                } catch is FormulaError {
                    rejected += 1
                } catch {
                    XCTFail("unexpected error type for \(tex.debugDescription): \(error)")
                }
            }
            do {
                if let definition = try FormulaCompiler.parseDefinition(tex) {
                    let objective = try FormulaCompiler.compile(definition, constants: ["N": 2], data: ["x": [1, 2], "y": [3, 4]])
                    let point = objective.parameterNames.map { _ in 0.5 }
                    _ = try? objective.value(point)
                    _ = try? objective.hessian(point)
                }
            } catch is FormulaError {
            } catch {
                XCTFail("unexpected error type for \(tex.debugDescription): \(error)")
            }
        }
        XCTAssertGreaterThan(rendered, 50, "fuzz inputs should sometimes be valid")
        XCTAssertGreaterThan(rejected, 50, "fuzz inputs should sometimes be invalid")
    }

    func testRandomBytesNeverCrash() {
        var generator = SplitMix64(seed: 99)
        for _ in 0..<2000 {
            let scalars = (0..<Int.random(in: 0...20, using: &generator)).map { _ in
                Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator)))
            }
            let tex = String(scalars)
            do { _ = try MathML.render(tex, display: true) } catch is FormulaError {} catch { XCTFail("\(tex): \(error)") }
        }
    }

    func testDeepNestingIsAnErrorNotAStackOverflow() {
        let tex = String(repeating: "{", count: 5000) + "x" + String(repeating: "}", count: 5000)
        XCTAssertThrowsError(try MathML.render(tex, display: true)) { error in
            XCTAssertEqual((error as? FormulaError)?.message, "formula nested too deeply")
        }
        let fractions = String(repeating: "\\frac{1}", count: 3000) + "{x}"
        XCTAssertThrowsError(try MathML.render(fractions, display: true))
    }
}
