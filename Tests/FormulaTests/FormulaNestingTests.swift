import XCTest
@testable import Formula

/// Formulas nested or chained up to the limits compile, evaluate and translate to Python; one level past, and
/// at the sizes that overflowed the stack (4000 parentheses, a 100000-term sum), they are located errors.
final class FormulaNestingTests: XCTestCase {
    private let levels = ExpressionParser.maximumNesting, operations = Expression.maximumHeight
    private let nestingMessage = "formula nested too deeply: more than 50 levels of parentheses, fractions, roots, scripts, functions or sums"
    private let heightMessage = "formula too deep to evaluate: more than 250 operations in a chain or inside one another"

    private func assertRefused(_ tex: String, _ message: String, column: Int, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try FormulaCompiler.compile(tex), file: file, line: line) { error in
            guard let error = error as? FormulaError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.kind, .compile, file: file, line: line)
            XCTAssertEqual(error.message, message, file: file, line: line)
            XCTAssertEqual(error.column, column, "column", file: file, line: line)
        }
        let definition = try? FormulaCompiler.parseDefinition(tex)
        XCTAssertThrowsError(try PythonFormula.translate(XCTUnwrap(definition), constants: [:], hasData: false), file: file, line: line)
    }

    /// `f(x) = ((…(x)…))` with `count` pairs; the k-th `(` is at column 7 + k.
    private func parentheses(_ count: Int) -> String {
        "f(x) = " + String(repeating: "(", count: count) + "x" + String(repeating: ")", count: count)
    }

    /// `f(x) = x+x+…+x` with `count` operators; the k-th `+` is at column 7 + 2k.
    private func chain(_ count: Int) -> String {
        "f(x) = x" + String(repeating: "+x", count: count)
    }

    func testLimitsAreFiftyLevelsAndTwoHundredFiftyOperations() {
        XCTAssertEqual(levels, 50)
        XCTAssertEqual(operations, 250)
    }

    func testParenthesesAtTheLimitCompileAndPastItAreLocated() throws {
        let objective = try FormulaCompiler.compile(parentheses(levels) + "^2")
        XCTAssertEqual(try objective.value([3]), 9)
        XCTAssertEqual(try PythonFormula.translate(XCTUnwrap(FormulaCompiler.parseDefinition(parentheses(levels))), constants: [:], hasData: false).expression, "x")
        assertRefused(parentheses(levels + 1), nestingMessage, column: 8 + levels)
        assertRefused(parentheses(4000), nestingMessage, column: 8 + levels)
    }

    func testNestedFunctionsFractionsAndSumsCountAsLevels() throws {
        let exps = { (count: Int) in "f(x) = " + String(repeating: "\\exp(", count: count) + "x" + String(repeating: ")", count: count) }
        XCTAssertNoThrow(try FormulaCompiler.compile(exps(levels)))
        assertRefused(exps(levels + 1), nestingMessage, column: 8 + 5 * levels)
        assertRefused("f(x) = " + String(repeating: "\\log ", count: levels + 1) + "x", nestingMessage, column: 8 + 5 * levels)
        // the 50th sum is level 50; the braces of its upper bound, {2}, are the first level past the limit
        assertRefused("f(x) = " + String(repeating: "\\sum_{i=1}^{2} ", count: levels + 1) + "x", nestingMessage, column: 8 + 15 * (levels - 1) + 11)
        let fractions = { (count: Int) in "f(x) = " + String(repeating: "\\frac{1}{", count: count) + "x" + String(repeating: "}", count: count) }
        XCTAssertEqual(try FormulaCompiler.compile(fractions(levels / 2)).value([2]), 0.5, "a fraction and its braces are two levels")
        assertRefused(fractions(levels / 2 + 1), nestingMessage, column: 8 + 9 * (levels / 2))
    }

    func testChainsAtTheLimitCompileAndPastItAreLocated() throws {
        let objective = try FormulaCompiler.compile(chain(operations))
        XCTAssertEqual(try objective.value([2]), Double(2 * (operations + 1)))
        let python = try PythonFormula.translate(XCTUnwrap(FormulaCompiler.parseDefinition(chain(operations))), constants: [:], hasData: false)
        XCTAssertEqual(python.expression, "x" + String(repeating: " + x", count: operations))
        assertRefused(chain(operations + 1), heightMessage, column: 7 + 2 * (operations + 1))
        assertRefused(chain(100_000), heightMessage, column: 7 + 2 * (operations + 1))
        assertRefused("f(x) = x" + String(repeating: "\\cdot x", count: operations + 1), heightMessage, column: 9 + 7 * operations)
    }

    func testRepeatedSignsAndManyArgumentsAreBoundedToo() throws {
        XCTAssertEqual(try FormulaCompiler.compile("f(x) = " + String(repeating: "-", count: operations) + "x").value([5]), 5)
        assertRefused("f(x) = " + String(repeating: "-", count: operations + 1) + "x", heightMessage, column: 8)
        let arguments = { (count: Int) in "f(x) = \\max(" + Array(repeating: "x", count: count).joined(separator: ", ") + ")" }
        XCTAssertEqual(try FormulaCompiler.compile(arguments(operations + 1)).value([4]), 4)
        assertRefused(arguments(operations + 2), heightMessage, column: 8)
    }
}
