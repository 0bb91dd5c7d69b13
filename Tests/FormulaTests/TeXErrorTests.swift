import TestSupport
import XCTest
@testable import Formula

/// Malformed or unsupported TeX is a located error with an exact message, never dropped.
final class TeXErrorTests: XCTestCase {
    /// Asserts that rendering `tex` fails with `message` at 1-based `column` (line 1 unless given) and `hint`.
    func assertError(_ tex: String, _ message: String, column: Int, line: Int = 1, hint: String? = nil,
                     file: StaticString = #filePath, lineNumber: UInt = #line) {
        XCTAssertThrowsError(try MathML.render(tex, display: true), file: file, line: lineNumber) { error in
            guard let error = error as? FormulaError else { return XCTFail("not a FormulaError: \(error)", file: file, line: lineNumber) }
            XCTAssertEqual(error.kind, .syntax, file: file, line: lineNumber)
            XCTAssertEqual(error.message, message, file: file, line: lineNumber)
            XCTAssertEqual(error.line, line, "line", file: file, line: lineNumber)
            XCTAssertEqual(error.column, column, "column", file: file, line: lineNumber)
            if let hint { XCTAssertEqual(error.hint, hint, file: file, line: lineNumber) }
        }
    }

    func testUnknownCommandsSuggestNearMisses() {
        assertError("\\frca{1}{2}", "unknown command \\frca", column: 1, hint: "did you mean \\frac?")
        assertError("\\lambda + \\alpah", "unknown command \\alpah", column: 11, hint: "did you mean \\alpha?")
        assertError("x + \\foo", "unknown command \\foo", column: 5)
        XCTAssertThrowsError(try MathML.render("\\zzzzzz", display: false)) { error in
            XCTAssertNil((error as? FormulaError)?.hint, "no suggestion for a far miss")
        }
    }

    func testBracesAndFences() {
        assertError("{x", "unbalanced braces: missing } for the { opened here", column: 1)
        assertError("x}", "unbalanced braces: unexpected }", column: 2)
        assertError("a + \\left( x", "\\left without matching \\right", column: 5)
        assertError("x \\right)", "\\right without matching \\left", column: 3)
        assertError("\\left x \\right)", "missing delimiter after \\left", column: 7)
        assertError("\\text{abc", "unbalanced braces: missing } for the { opened here", column: 6)
    }

    func testMissingArguments() {
        assertError("\\frac{1}", "missing argument for \\frac", column: 1)
        assertError("y = \\sqrt", "missing argument for \\sqrt", column: 5)
        assertError("x^", "missing argument for ^", column: 2)
        assertError("\\mathbf", "missing argument for \\mathbf", column: 1)
    }

    func testEnvironmentsAndAlignment() {
        assertError("\\begin{pmatrx} a \\end{pmatrx}", "unknown environment pmatrx", column: 1, hint: "did you mean pmatrix?")
        assertError("a & b", "& outside an environment", column: 3)
        assertError("a \\\\ b", "\\\\ outside an environment", column: 3)
        assertError("\\begin{matrix} a & b", "missing \\end{matrix} for the \\begin{matrix} here", column: 1)
        assertError("\\begin{matrix} a \\end{bmatrix}", "\\end{bmatrix} does not match \\begin{matrix}", column: 18)
        assertError("\\begin{array}{cx} a \\end{array}", "bad column specification for array", column: 16)
    }

    func testScriptsAndMisc() {
        assertError("x^1^2", "double superscript", column: 4)
        assertError("x_1_2", "double subscript", column: 4)
        assertError("a \\hline b", "unsupported command \\hline", column: 3, hint: "\\hline may only start a row of an array or matrix")
        assertError("\\color{red!} x", "cannot read the colour 'red!' in \\color", column: 7, hint: "write a name such as red or #1f77b4")
        assertError("\\textcolor{#12345}{x}", "cannot read the colour '#12345' in \\textcolor", column: 11, hint: "write a name such as red or #1f77b4")
        assertError("x \\cancel{x}", "unsupported command \\cancel", column: 3, hint: "MathML Core has no strike-through notation (menclose)")
        assertError("\\colorbox{red}{x}", "unsupported command \\colorbox", column: 1, hint: "background colours are not supported; use \\textcolor or \\boxed")
        assertError("\\mathbin{a+b}", "\\mathbin needs a single symbol or name", column: 9)
        assertError("\\substack{a \\\\ b", "unbalanced braces: missing } for the { opened here", column: 10)
        assertError("a $ b", "unsupported character $ (math delimiters cannot nest)", column: 3, hint: "write \\$ for a dollar sign")
        assertError("\\", "lone backslash at the end of the formula", column: 1)
        assertError("\\limits", "\\limits must follow a large operator such as \\sum or \\int", column: 1)
        assertError("☃", "unsupported character '☃'", column: 1)
    }

    func testPositionsCountLinesAndUTF8Bytes() {
        assertError("x\n+ \\frca{1}{2}", "unknown command \\frca", column: 3, line: 2)
        // α is two UTF-8 bytes, so \foo starts at byte 4 → column 5.
        assertError("α + \\foo", "unknown command \\foo", column: 6)
        XCTAssertThrowsError(try MathML.render("α + \\foo", display: true)) { error in
            XCTAssertEqual((error as? FormulaError)?.offset, 5)
        }
    }

    func testNoFalseErrorsForValidEdgeCases() throws {
        XCTAssertNoThrow(try MathML.render("", display: true))
        XCTAssertNoThrow(try MathML.render("{}^2 x", display: true))
        XCTAssertNoThrow(try MathML.render("\\sum\\limits_{i} x_i % a comment", display: false))
        XCTAssertNoThrow(try MathML.render("\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{else} \\\\ \\end{cases}", display: true))
    }
}
