import XCTest
@testable import Formula

/// Recognizing `name(args) = body` and binding parameters, constants, data and built-in constants.
final class DefinitionTests: XCTestCase {
    func testDefinitionsAreRecognized() throws {
        let rosenbrock = try XCTUnwrap(FormulaCompiler.parseDefinition("f(x, y) = (1 - x)^2 + 100\\,(y - x^2)^2"))
        XCTAssertEqual(rosenbrock.name, "f")
        XCTAssertEqual(rosenbrock.parameters, ["x", "y"])
        XCTAssertEqual(rosenbrock.parameterOffsets, [2, 5])
        let greek = try XCTUnwrap(FormulaCompiler.parseDefinition("J\\left(\\theta_0, \\theta_1\\right) = \\theta_0^2 + \\theta_1^2"))
        XCTAssertEqual(greek.name, "J")
        XCTAssertEqual(greek.parameters, ["theta_0", "theta_1"])
        let subscripted = try XCTUnwrap(FormulaCompiler.parseDefinition("J_{\\text{reg}}(w) = w^2."))
        XCTAssertEqual(subscripted.name, "J_reg")
    }

    func testNonDefinitionsGiveNil() throws {
        XCTAssertNil(try FormulaCompiler.parseDefinition("x^2 + y^2"))
        XCTAssertNil(try FormulaCompiler.parseDefinition("\\theta_{t+1} = \\theta_t - \\eta \\nabla J(\\theta_t)"))
        XCTAssertNil(try FormulaCompiler.parseDefinition("f(x)^2 = 4"))
        XCTAssertNil(try FormulaCompiler.parseDefinition("f(x + 1) = 2"))
        XCTAssertThrowsError(try FormulaCompiler.parseDefinition("f(x) = \\frca{1}{x}"))
    }

    func testImplicitMultiplicationAndPrecedence() throws {
        let f = try FormulaCompiler.compile("f(x, y) = 2x y - x^2 y / 4 + 3(x - y)")
        assertValue(f, [2, 3], 2 * 2 * 3 - 4.0 * 3 / 4 + 3 * (2 - 3))
        let g = try FormulaCompiler.compile("g(x) = -x^2 + -\\frac{x}{2}")
        assertValue(g, [3], -9 - 1.5)
        let h = try FormulaCompiler.compile("h(x) = 100\\,(1 - x)^2 \\cdot \\left[ x \\right]")
        assertValue(h, [3], 100 * 4 * 3)
    }

    func testFunctionsAndConstants() throws {
        let f = try FormulaCompiler.compile("f(x) = \\exp(x) + e^{x} + \\ln x + \\log x + \\pi + e + \\sqrt{x} + \\sqrt[3]{x}")
        let x = 8.0
        assertValue(f, [x], exp(x) * 2 + log(x) * 2 + Double.pi + M_E + x.squareRoot() + 2)
        let g = try FormulaCompiler.compile("g(x) = \\sin^2 x + \\cos(x)^2 + |x - 10| + \\max(x, 3, 9) + \\min\\left(x, 1\\right)")
        assertValue(g, [x], 1 + 2 + 9 + 1)
        let sigmoid = try FormulaCompiler.compile("\\sigma(z) = \\frac{1}{1 + e^{-z}}")
        XCTAssertEqual(sigmoid.name, "sigma")
        assertValue(sigmoid, [0], 0.5)
    }

    func testEIsAParameterWhenNamedSo() throws {
        let f = try FormulaCompiler.compile("f(e) = e^2")
        assertValue(f, [3], 9)
    }

    func testIndexedParametersInsideSums() throws {
        let f = try FormulaCompiler.compile("f(w_1, w_2, w_3) = \\sum_{j=1}^{3} j\\, w_j^2")
        assertValue(f, [1, 1, 2], 1 + 2 + 12)
    }

    func testNestedSumsAndIndexValues() throws {
        let f = try FormulaCompiler.compile("f(a) = \\sum_{i=1}^{3}\\sum_{j=1}^{i} a\\, i j")
        assertValue(f, [2], 2 * (1 + (2 + 4) + (3 + 6 + 9)))
    }

    func assertValue(_ f: CompiledObjective, _ x: [Double], _ expected: Double, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(try f.value(x), expected, accuracy: 1e-12 * max(1, abs(expected)), file: file, line: line)
    }
}
