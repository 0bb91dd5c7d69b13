import XCTest
@testable import Formula

/// Inputs found by `scripts/fuzz.sh`, kept as regression tests: each compiles or throws a `FormulaError`.
final class FuzzFindingsTests: XCTestCase {
    /// FuzzTape, 2026-12-01: a NUL followed by a combining mark (U+0350 after invalid UTF-8) made the lexer form a
    /// `Character` from two graphemes, a fatal error in the Swift runtime (ASan saw the trap's stack overflow).
    func testTapeFindingOne() {
        let bytes: [UInt8] = [92, 111, 112, 0, 0, 0, 205, 144, 141, 145, 158, 146, 154, 208, 123, 97, 114, 103, 92, 44, 109, 105,
                              110, 105, 110, 64, 32, 92, 65, 114, 114, 97, 121, 97, 108, 123, 67, 125, 125, 32, 92, 124, 229, 120,
                              32, 45, 32, 121, 92, 124, 120]
        let tex = String(decoding: bytes, as: UTF8.self)
        for display in [true, false] {
            XCTAssertThrowsError(try MathML.render(tex, display: display)) { XCTAssertTrue($0 is FormulaError, "\($0)") }
        }
        do {
            if let definition = try FormulaCompiler.parseDefinition(tex) {
                let objective = try FormulaCompiler.compile(definition, constants: ["N": 2, "lambda": 0.1], data: ["x": [1, 2], "y": [3, 4]])
                let point = objective.parameterNames.map { _ in 0.5 }
                _ = try? objective.valueAndGradient(point)
                _ = try? objective.hessian(point)
            }
        } catch {
            XCTAssertTrue(error is FormulaError, "\(error)")
        }
    }

    func testCombiningMarkAfterAControlCharacterIsItsOwnToken() {
        for tex in ["\u{1}\u{301}", "x\u{7}\u{350}y", "\u{301}"] {
            do { _ = try MathML.render(tex, display: true) } catch { XCTAssertTrue(error is FormulaError, "\(error)") }
        }
        XCTAssertNoThrow(try MathML.render("e\u{301}", display: true), "a letter with its accent stays one character")
    }
}
