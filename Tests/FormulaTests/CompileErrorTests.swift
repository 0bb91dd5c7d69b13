import XCTest
@testable import Formula

/// Definitions that cannot be executed, and evaluation failures at a point, are located errors.
final class CompileErrorTests: XCTestCase {
    func assertCompileError(_ tex: String, _ kind: FormulaError.Kind, _ message: String, column: Int,
                            constants: [String: Double] = [:], data: [String: [Double]]? = nil,
                            file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try FormulaCompiler.compile(tex, constants: constants, data: data), file: file, line: line) { error in
            guard let error = error as? FormulaError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.kind, kind, file: file, line: line)
            XCTAssertEqual(error.message, message, file: file, line: line)
            XCTAssertEqual(error.column, column, "column", file: file, line: line)
        }
    }

    func assertEvaluationError(_ tex: String, at point: [Double], _ message: String, column: Int,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let objective = try FormulaCompiler.compile(tex)
        XCTAssertThrowsError(try objective.valueAndGradient(point), file: file, line: line) { error in
            guard let error = error as? FormulaError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error.kind, .evaluation, file: file, line: line)
            XCTAssertEqual(error.message, message, file: file, line: line)
            XCTAssertEqual(error.column, column, "column", file: file, line: line)
        }
    }

    func testUnboundSymbolIsLocated() {
        assertCompileError("f(x, y) = x^2 + \\lambda y", .compile, "unbound symbol \\lambda", column: 17)
    }

    func testBoundConstantIsAccepted() throws {
        let f = try FormulaCompiler.compile("f(x, y) = x^2 + \\lambda y", constants: ["lambda": 3])
        XCTAssertEqual(try f.value([2, 5]), 19)
    }

    func testUnusedParameterIsLocated() {
        assertCompileError("f(x, w) = x^2", .compile, "f is a function of w that never uses w", column: 6)
    }

    func testRepeatedParameter() {
        assertCompileError("f(x, x) = x", .compile, "parameter x appears twice", column: 6)
    }

    func testNonExecutableConstructs() {
        assertCompileError("f(x) = \\softmax(x)", .compile, "cannot evaluate \\softmax", column: 8)
        assertCompileError("f(x) = x \\le 2", .compile, "cannot evaluate \\le here", column: 10)
        assertCompileError("f(x) = \\max_x x", .compile, "cannot evaluate \\max over a set; write \\max(a, b)", column: 13)
        assertCompileError("f(x) = \\sum x", .compile, "\\sum needs an index, as in \\sum_{i=1}^{N}", column: 8)
        assertCompileError("f(x) = (x + 1", .compile, "missing ) for the ( here", column: 8)
        assertCompileError("f(x) = \\text{a} x", .compile, "cannot evaluate \\text here", column: 8)
        assertCompileError("f(x) =", .compile, "missing expression after =", column: 7)
        assertCompileError("x^2 + 1", .compile, "not a function definition", column: 1)
    }

    func testDataErrors() {
        assertCompileError("J(w) = \\sum_i (w x_i - z_i)^2", .compile, "no data column z for z_i", column: 24, data: ["x": [1, 2]])
        assertCompileError("J(w) = \\sum_i w x_i", .compile, "\\sum_i without bounds needs data", column: 8)
        assertCompileError("J(w) = \\sum_{i=1}^{5} w x_i", .compile, "the sum reaches row 3 of x_i but the data has 2 rows",
                           column: 25, data: ["x": [1, 2]])
        assertCompileError("J(w) = \\sum_i w x_i y_i", .compile, "data columns have different lengths (x: 2, y: 3)",
                           column: 8, data: ["x": [1, 2], "y": [1, 2, 3]])
    }

    func testConstantPartThatIsUndefinedFailsAtCompileTime() {
        assertCompileError("f(x) = x + \\log(0)", .evaluation, "log of a non-positive number (0)", column: 12)
    }

    func testEvaluationErrorsAtAPoint() throws {
        try assertEvaluationError("f(x) = \\frac{1}{x}", at: [0], "division by zero", column: 8)
        try assertEvaluationError("f(x) = 2 + \\log(x)", at: [-1], "log of a non-positive number (-1)", column: 12)
        try assertEvaluationError("f(x) = \\sqrt{x - 1}", at: [0], "square root of a negative number (-1)", column: 8)
        try assertEvaluationError("f(x) = e^{x}", at: [1000], "overflow: the value is not finite", column: 10)
        try assertEvaluationError("f(x) = x^{0.5}", at: [-2], "fractional power of a negative number (-2)", column: 10)
        try assertEvaluationError("f(x) = \\sqrt{x}", at: [0], "the derivative of \\sqrt is infinite here", column: 8)
        try assertEvaluationError("f(x, y) = x y", at: [1], "f takes 2 values (x, y), got 1", column: 1)
    }

    func testSameFormulaEvaluatesWhereDefined() throws {
        let f = try FormulaCompiler.compile("f(x) = \\frac{1}{x}")
        XCTAssertEqual(try f.value([4]), 0.25)
        XCTAssertEqual(try f.gradient([2]), [-0.25])
    }
}
