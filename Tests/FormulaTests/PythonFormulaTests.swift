import XCTest
@testable import Formula

/// Formula definitions translated into Python (torch) expressions for the `--to py` export.
final class PythonFormulaTests: XCTestCase {
    private func translate(_ tex: String, constants: [String: Double] = [:], data: Bool = false) throws -> PythonFormula {
        try PythonFormula.translate(try XCTUnwrap(FormulaCompiler.parseDefinition(tex)), constants: constants, hasData: data)
    }

    func testOperatorsKeepTheTreesOrderWithFewestParentheses() throws {
        XCTAssertEqual(try translate("f(x, y) = (1 - x)^2 + 100\\,(y - x^2)^2").expression, "(1 - x) ** 2 + 100 * (y - x ** 2) ** 2")
        XCTAssertEqual(try translate("g(x) = -x^2 + -\\frac{x}{2}").expression, "-x ** 2 + -(x / 2)")
        XCTAssertEqual(try translate("h(a, b, c) = a - (b - c) + a / (b * c)").expression, "a - (b - c) + a / (b * c)")
        XCTAssertEqual(try translate("p(x) = x^{-1} + (-x)^2 + x^1").expression, "x ** (-1) + (-x) ** 2 + x")
    }

    func testFunctionsUseTorchOnParametersAndMathOnConstants() throws {
        let f = try translate("f(x) = e^{x} + \\log(\\sqrt{2}) + \\max(x, 0) + |x| + \\sin(\\pi)")
        XCTAssertEqual(f.expression, "torch.exp(x) + math.log(math.sqrt(2)) + fmax(x, 0) + torch.abs(x) + math.sin(math.pi)")
    }

    func testNamesBecomeIdentifiersAndConstantsAreListed() throws {
        let f = try translate("J(\\theta, w_1) = \\lambda \\theta^2 + \\kappa w_1", constants: ["lambda": 0.5, "kappa": 10, "unused": 1])
        XCTAssertEqual(f.function, "J")
        XCTAssertEqual(f.parameters.map(\.python), ["theta_", "w_1"], "theta is the function's own argument name")
        XCTAssertEqual(f.constants.map(\.name.python), ["lambda_", "kappa"], "a keyword gets a trailing underscore")
        XCTAssertEqual(f.constants.map(\.value), [0.5, 10])
        XCTAssertEqual(f.expression, "lambda_ * theta_ ** 2 + kappa * w_1")
    }

    func testSumsOverDataBecomeTorchSumsOverColumns() throws {
        let ridge = try translate("J(w, b) = \\frac{1}{N}\\sum_{i=1}^{N}\\left(y_i - (w x_i + b)\\right)^2 + \\lambda w^2",
                                  constants: ["lambda": 0.05], data: true)
        XCTAssertEqual(ridge.expression, "1 / N * torch.sum((y - (w * x + b)) ** 2) + lambda_ * w ** 2")
        XCTAssertEqual(ridge.columns.map(\.tex), ["y", "x"])
        XCTAssertTrue(ridge.usesRowCount)
        let unbounded = try translate("J(w) = \\sum_i (y_i - w x_i)^2", data: true)
        XCTAssertEqual(unbounded.expression, "torch.sum((y - w * x) ** 2)")
        XCTAssertFalse(unbounded.usesRowCount)
    }

    func testSumsWithConstantBoundsAreWrittenOutOrLooped() throws {
        XCTAssertEqual(try translate("f(w_1, w_2, w_3) = \\sum_{j=1}^{3} j w_j^2").expression, "(1 * w_1 ** 2 + 2 * w_2 ** 2 + 3 * w_3 ** 2)")
        XCTAssertEqual(try translate("f(x) = \\prod_{k=1}^{2} (x + k)").expression, "((x + 1) * (x + 2))")
        XCTAssertEqual(try translate("f(x) = \\sum_{k=1}^{100} (x - k)^2").expression, "sum((x - k) ** 2 for k in range(int(1), int(100) + 1))")
        let indexed = try translate("f(x) = \\sum_{i=1}^{N} i\\,(x - y_i)^2", data: true)
        XCTAssertEqual(indexed.expression, "sum(i * (x - y[i - 1]) ** 2 for i in range(int(1), int(N) + 1))",
                       "the index used as a number keeps the rows in a loop")
    }

    func testWhatCannotBeTranslatedIsAnError() throws {
        XCTAssertThrowsError(try translate("f(w_1, w_2) = \\sum_{i=1}^{N} w_i x_i", data: true)) { error in
            XCTAssertTrue("\(error)".contains("not exported to Python"), "\(error)")
        }
        XCTAssertThrowsError(try translate("f(x) = x + z"), "an unbound symbol")
    }
}

extension PythonFormulaTests {
    func testNamesTheExportBindsAreAvoided() throws {
        for name in ["start", "split", "train_part", "columns", "report", "torch", "theta", "DATA_FOLDER", "HERE", "run", "setup"] {
            XCTAssertEqual(PythonFormulaEmitter.identifier(name), name + "_", name)
        }
        XCTAssertEqual(PythonFormulaEmitter.identifier("w_1"), "w_1")
        XCTAssertEqual(PythonFormulaEmitter.identifier("2x"), "_2x")
    }

    func testTwoNamesWithOneIdentifierAreRefused() throws {
        XCTAssertThrowsError(try translate("f(α, β) = α^2 + β^2")) { error in
            XCTAssertTrue((error as? FormulaError)?.message.contains("would both be the Python name _") ?? false, "\(error)")
        }
    }
}
